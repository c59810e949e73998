from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_processing_customer_notification import (
        PaymentIntentProcessingCustomerNotification,
    )


T = TypeVar("T", bound="PaymentIntentCardProcessing")


@_attrs_define
class PaymentIntentCardProcessing:
    """
    Attributes:
        customer_notification (None | PaymentIntentProcessingCustomerNotification | Unset):
    """

    customer_notification: None | PaymentIntentProcessingCustomerNotification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_processing_customer_notification import (
            PaymentIntentProcessingCustomerNotification,  # noqa: PLC0415
        )

        customer_notification: dict[str, Any] | None | Unset
        if isinstance(self.customer_notification, Unset):
            customer_notification = UNSET
        elif isinstance(self.customer_notification, PaymentIntentProcessingCustomerNotification):
            customer_notification = self.customer_notification.to_dict()
        else:
            customer_notification = self.customer_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_notification is not UNSET:
            field_dict["customer_notification"] = customer_notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_processing_customer_notification import (
            PaymentIntentProcessingCustomerNotification,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_customer_notification(
            data: object,
        ) -> None | PaymentIntentProcessingCustomerNotification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_notification_type_0 = PaymentIntentProcessingCustomerNotification.from_dict(data)

                return customer_notification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentProcessingCustomerNotification | Unset, data)

        customer_notification = _parse_customer_notification(d.pop("customer_notification", UNSET))

        payment_intent_card_processing = cls(
            customer_notification=customer_notification,
        )

        payment_intent_card_processing.additional_properties = d
        return payment_intent_card_processing

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
