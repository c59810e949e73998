from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeFraudDetails")


@_attrs_define
class ChargeFraudDetails:
    """
    Attributes:
        stripe_report (str | Unset): Assessments from Stripe. If set, the value is `fraudulent`.
        user_report (str | Unset): Assessments reported by you. If set, possible values of are `safe` and `fraudulent`.
    """

    stripe_report: str | Unset = UNSET
    user_report: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_report = self.stripe_report

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
        stripe_report = d.pop("stripe_report", UNSET)

        user_report = d.pop("user_report", UNSET)

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
