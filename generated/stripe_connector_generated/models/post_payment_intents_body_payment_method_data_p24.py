from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_data_p24_bank import (
    PostPaymentIntentsBodyPaymentMethodDataP24Bank,
    check_post_payment_intents_body_payment_method_data_p24_bank,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodDataP24")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodDataP24:
    """
    Attributes:
        bank (PostPaymentIntentsBodyPaymentMethodDataP24Bank | Unset):
    """

    bank: PostPaymentIntentsBodyPaymentMethodDataP24Bank | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank: str | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bank = d.pop("bank", UNSET)
        bank: PostPaymentIntentsBodyPaymentMethodDataP24Bank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = check_post_payment_intents_body_payment_method_data_p24_bank(_bank)

        post_payment_intents_body_payment_method_data_p24 = cls(
            bank=bank,
        )

        post_payment_intents_body_payment_method_data_p24.additional_properties = d
        return post_payment_intents_body_payment_method_data_p24

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
