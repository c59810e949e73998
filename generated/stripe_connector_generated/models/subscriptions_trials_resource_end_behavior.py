from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriptions_trials_resource_end_behavior_missing_payment_method_type_1 import (
    SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1,
    check_subscriptions_trials_resource_end_behavior_missing_payment_method_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionsTrialsResourceEndBehavior")


@_attrs_define
class SubscriptionsTrialsResourceEndBehavior:
    """Defines how a subscription behaves when a free trial ends.

    Attributes:
        missing_payment_method (None | SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1 | Unset):
            Indicates how the subscription should change when the trial ends if the user did not provide a payment method.
    """

    missing_payment_method: None | SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing_payment_method: None | str | Unset
        if isinstance(self.missing_payment_method, Unset):
            missing_payment_method = UNSET
        elif isinstance(self.missing_payment_method, str):
            missing_payment_method = self.missing_payment_method
        else:
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

        def _parse_missing_payment_method(
            data: object,
        ) -> None | SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                missing_payment_method_type_1 = (
                    check_subscriptions_trials_resource_end_behavior_missing_payment_method_type_1(data)
                )

                return missing_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1 | Unset, data)

        missing_payment_method = _parse_missing_payment_method(d.pop("missing_payment_method", UNSET))

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
