from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriptions_trials_resource_end_behavior_missing_payment_method import (
    SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethod,
    check_subscriptions_trials_resource_end_behavior_missing_payment_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionsTrialsResourceEndBehavior")


@_attrs_define
class SubscriptionsTrialsResourceEndBehavior:
    """Defines how a subscription behaves when a free trial ends.

    Attributes:
        missing_payment_method (SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethod | Unset): Indicates how the
            subscription should change when the trial ends if the user did not provide a payment method.
    """

    missing_payment_method: SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing_payment_method: str | Unset = UNSET
        if not isinstance(self.missing_payment_method, Unset):
            missing_payment_method = self.missing_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if missing_payment_method is not UNSET:
            field_dict["missing_payment_method"] = missing_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _missing_payment_method = d.pop("missing_payment_method", UNSET)
        missing_payment_method: SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethod | Unset
        if isinstance(_missing_payment_method, Unset):
            missing_payment_method = UNSET
        else:
            missing_payment_method = check_subscriptions_trials_resource_end_behavior_missing_payment_method(
                _missing_payment_method
            )

        subscriptions_trials_resource_end_behavior = cls(
            missing_payment_method=missing_payment_method,
        )

        subscriptions_trials_resource_end_behavior.additional_properties = d
        return subscriptions_trials_resource_end_behavior

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
