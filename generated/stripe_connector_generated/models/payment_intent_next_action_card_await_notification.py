from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionCardAwaitNotification")


@_attrs_define
class PaymentIntentNextActionCardAwaitNotification:
    """
    Attributes:
        charge_attempt_at (int | None | Unset): The time that payment will be attempted. If customer approval is
            required, they need to provide approval before this time.
        customer_approval_required (bool | None | Unset): For payments greater than INR 15000, the customer must provide
            explicit approval of the payment with their bank. For payments of lower amount, no customer action is required.
    """

    charge_attempt_at: int | None | Unset = UNSET
    customer_approval_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_attempt_at: int | None | Unset
        if isinstance(self.charge_attempt_at, Unset):
            charge_attempt_at = UNSET
        else:
            charge_attempt_at = self.charge_attempt_at

        customer_approval_required: bool | None | Unset
        if isinstance(self.customer_approval_required, Unset):
            customer_approval_required = UNSET
        else:
            customer_approval_required = self.customer_approval_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_attempt_at is not UNSET:
            field_dict["charge_attempt_at"] = charge_attempt_at
        if customer_approval_required is not UNSET:
            field_dict["customer_approval_required"] = customer_approval_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_charge_attempt_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        charge_attempt_at = _parse_charge_attempt_at(d.pop("charge_attempt_at", UNSET))

        def _parse_customer_approval_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        customer_approval_required = _parse_customer_approval_required(
            d.pop("customer_approval_required", UNSET)
        )

        payment_intent_next_action_card_await_notification = cls(
            charge_attempt_at=charge_attempt_at,
            customer_approval_required=customer_approval_required,
        )

        payment_intent_next_action_card_await_notification.additional_properties = d
        return payment_intent_next_action_card_await_notification

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
