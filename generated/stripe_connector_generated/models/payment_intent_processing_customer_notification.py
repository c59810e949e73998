from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentProcessingCustomerNotification")


@_attrs_define
class PaymentIntentProcessingCustomerNotification:
    """
    Attributes:
        approval_requested (bool | None | Unset): Whether customer approval has been requested for this payment. For
            payments greater than INR 15000 or mandate amount, the customer must provide explicit approval of the payment
            with their bank.
        completes_at (int | None | Unset): If customer approval is required, they need to provide approval before this
            time.
    """

    approval_requested: bool | None | Unset = UNSET
    completes_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_requested: bool | None | Unset
        if isinstance(self.approval_requested, Unset):
            approval_requested = UNSET
        else:
            approval_requested = self.approval_requested

        completes_at: int | None | Unset
        if isinstance(self.completes_at, Unset):
            completes_at = UNSET
        else:
            completes_at = self.completes_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approval_requested is not UNSET:
            field_dict["approval_requested"] = approval_requested
        if completes_at is not UNSET:
            field_dict["completes_at"] = completes_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_approval_requested(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        approval_requested = _parse_approval_requested(d.pop("approval_requested", UNSET))

        def _parse_completes_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completes_at = _parse_completes_at(d.pop("completes_at", UNSET))

        payment_intent_processing_customer_notification = cls(
            approval_requested=approval_requested,
            completes_at=completes_at,
        )

        payment_intent_processing_customer_notification.additional_properties = d
        return payment_intent_processing_customer_notification

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
