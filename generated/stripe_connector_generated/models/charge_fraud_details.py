from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeFraudDetails")


@_attrs_define
class ChargeFraudDetails:
    """
    Attributes:
        stripe_report (None | str | Unset): Assessments from Stripe. If set, the value is `fraudulent`.
        user_report (None | str | Unset): Assessments reported by you. If set, possible values of are `safe` and
            `fraudulent`.
    """

    stripe_report: None | str | Unset = UNSET
    user_report: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_report: None | str | Unset
        if isinstance(self.stripe_report, Unset):
            stripe_report = UNSET
        else:
            stripe_report = self.stripe_report

        user_report: None | str | Unset
        if isinstance(self.user_report, Unset):
            user_report = UNSET
        else:
            user_report = self.user_report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripe_report is not UNSET:
            field_dict["stripe_report"] = stripe_report
        if user_report is not UNSET:
            field_dict["user_report"] = user_report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stripe_report(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_report = _parse_stripe_report(d.pop("stripe_report", UNSET))

        def _parse_user_report(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_report = _parse_user_report(d.pop("user_report", UNSET))

        charge_fraud_details = cls(
            stripe_report=stripe_report,
            user_report=user_report,
        )

        charge_fraud_details.additional_properties = d
        return charge_fraud_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
