from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item,
)
from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections:
    """
    Attributes:
        permissions
            (list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem] | Unset):
        prefetch (list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem] |
            Unset):
        return_url (str | Unset):
    """

    permissions: (
        list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem]
        | Unset
    ) = UNSET
    prefetch: (
        list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem]
        | Unset
    ) = UNSET
    return_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item: str = permissions_item_data
                permissions.append(permissions_item)

        prefetch: list[str] | Unset = UNSET
        if not isinstance(self.prefetch, Unset):
            prefetch = []
            for prefetch_item_data in self.prefetch:
                prefetch_item: str = prefetch_item_data
                prefetch.append(prefetch_item)

        return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if prefetch is not UNSET:
            field_dict["prefetch"] = prefetch
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: (
            list[
                PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
            ]
            | Unset
        ) = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item(
                    permissions_item_data
                )

                permissions.append(permissions_item)

        _prefetch = d.pop("prefetch", UNSET)
        prefetch: (
            list[PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem]
            | Unset
        ) = UNSET
        if _prefetch is not UNSET:
            prefetch = []
            for prefetch_item_data in _prefetch:
                prefetch_item = check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item(
                    prefetch_item_data
                )

                prefetch.append(prefetch_item)

        return_url = d.pop("return_url", UNSET)

        post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections = cls(
            permissions=permissions,
            prefetch=prefetch,
            return_url=return_url,
        )

        post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections.additional_properties = d
        return post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections

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
