from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks_requested_item import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks_requested_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks:
    """
    Attributes:
        requested (list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem] | Unset):
    """

    requested: (
        list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested: list[str] | Unset = UNSET
        if not isinstance(self.requested, Unset):
            requested = []
            for requested_item_data in self.requested:
                requested_item: str = requested_item_data
                requested.append(requested_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requested is not UNSET:
            field_dict["requested"] = requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _requested = d.pop("requested", UNSET)
        requested: (
            list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem] | Unset
        ) = UNSET
        if _requested is not UNSET:
            requested = []
            for requested_item_data in _requested:
                requested_item = check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks_requested_item(
                    requested_item_data
                )

                requested.append(requested_item)

        post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks = cls(
            requested=requested,
        )

        post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks.additional_properties = d
        return post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks

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
