from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionKonbiniMinistop")


@_attrs_define
class PaymentIntentNextActionKonbiniMinistop:
    """
    Attributes:
        confirmation_number (None | str | Unset): The confirmation number.
        payment_code (None | str | Unset): The payment code.
    """

    confirmation_number: None | str | Unset = UNSET
    payment_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmation_number: None | str | Unset
        if isinstance(self.confirmation_number, Unset):
            confirmation_number = UNSET
        else:
            confirmation_number = self.confirmation_number

        payment_code: None | str | Unset
        if isinstance(self.payment_code, Unset):
            payment_code = UNSET
        else:
            payment_code = self.payment_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmation_number is not UNSET:
            field_dict["confirmation_number"] = confirmation_number
        if payment_code is not UNSET:
            field_dict["payment_code"] = payment_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_confirmation_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation_number = _parse_confirmation_number(d.pop("confirmation_number", UNSET))

        def _parse_payment_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_code = _parse_payment_code(d.pop("payment_code", UNSET))

        payment_intent_next_action_konbini_ministop = cls(
            confirmation_number=confirmation_number,
            payment_code=payment_code,
        )

        payment_intent_next_action_konbini_ministop.additional_properties = d
        return payment_intent_next_action_konbini_ministop

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
