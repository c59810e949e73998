from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_processing_type_type_1 import (
    PaymentIntentProcessingTypeType1,
    check_payment_intent_processing_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_card_processing import PaymentIntentCardProcessing


T = TypeVar("T", bound="PaymentIntentProcessing")


@_attrs_define
class PaymentIntentProcessing:
    """
    Attributes:
        card (None | PaymentIntentCardProcessing | Unset):
        type_ (None | PaymentIntentProcessingTypeType1 | Unset): Type of the payment method for which payment is in
            `processing` state, one of `card`.
    """

    card: None | PaymentIntentCardProcessing | Unset = UNSET
    type_: None | PaymentIntentProcessingTypeType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_card_processing import PaymentIntentCardProcessing  # noqa: PLC0415

        card: dict[str, Any] | None | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PaymentIntentCardProcessing):
            card = self.card.to_dict()
        else:
            card = self.card

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
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

        def _parse_card(data: object) -> None | PaymentIntentCardProcessing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PaymentIntentCardProcessing.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentCardProcessing | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        def _parse_type_(data: object) -> None | PaymentIntentProcessingTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_payment_intent_processing_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentProcessingTypeType1 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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
