from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_processing_type import (
    PaymentIntentProcessingType,
    check_payment_intent_processing_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_card_processing import PaymentIntentCardProcessing


T = TypeVar("T", bound="PaymentIntentProcessing")


@_attrs_define
class PaymentIntentProcessing:
    """
    Attributes:
        card (PaymentIntentCardProcessing | Unset):
        type_ (PaymentIntentProcessingType | Unset): Type of the payment method for which payment is in `processing`
            state, one of `card`.
    """

    card: PaymentIntentCardProcessing | Unset = UNSET
    type_: PaymentIntentProcessingType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card is not UNSET:
            field_dict["card"] = card
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_card_processing import PaymentIntentCardProcessing  # noqa: PLC0415

        d = dict(src_dict)
        _card = d.pop("card", UNSET)
        card: PaymentIntentCardProcessing | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = PaymentIntentCardProcessing.from_dict(_card)

        _type_ = d.pop("type", UNSET)
        type_: PaymentIntentProcessingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_payment_intent_processing_type(_type_)

        payment_intent_processing = cls(
            card=card,
            type_=type_,
        )

        payment_intent_processing.additional_properties = d
        return payment_intent_processing

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
