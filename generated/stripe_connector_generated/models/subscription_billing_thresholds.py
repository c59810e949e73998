from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionBillingThresholds")


@_attrs_define
class SubscriptionBillingThresholds:
    """
    Attributes:
        amount_gte (int | None | Unset): Monetary threshold that triggers the subscription to create an invoice
        reset_billing_cycle_anchor (bool | None | Unset): Indicates if the `billing_cycle_anchor` should be reset when a
            threshold is reached. If true, `billing_cycle_anchor` will be updated to the date/time the threshold was last
            reached; otherwise, the value will remain unchanged. This value may not be `true` if the subscription contains
            items with plans that have `aggregate_usage=last_ever`.
    """

    amount_gte: int | None | Unset = UNSET
    reset_billing_cycle_anchor: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_gte: int | None | Unset
        if isinstance(self.amount_gte, Unset):
            amount_gte = UNSET
        else:
            amount_gte = self.amount_gte

        reset_billing_cycle_anchor: bool | None | Unset
        if isinstance(self.reset_billing_cycle_anchor, Unset):
            reset_billing_cycle_anchor = UNSET
        else:
            reset_billing_cycle_anchor = self.reset_billing_cycle_anchor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_gte is not UNSET:
            field_dict["amount_gte"] = amount_gte
        if reset_billing_cycle_anchor is not UNSET:
            field_dict["reset_billing_cycle_anchor"] = reset_billing_cycle_anchor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_gte(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_gte = _parse_amount_gte(d.pop("amount_gte", UNSET))

        def _parse_reset_billing_cycle_anchor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reset_billing_cycle_anchor = _parse_reset_billing_cycle_anchor(
            d.pop("reset_billing_cycle_anchor", UNSET)
        )

        subscription_billing_thresholds = cls(
            amount_gte=amount_gte,
            reset_billing_cycle_anchor=reset_billing_cycle_anchor,
        )

        subscription_billing_thresholds.additional_properties = d
        return subscription_billing_thresholds

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
