from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_us_bank_account_linked_account_options_permissions_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item,
    check_invoice_payment_method_options_us_bank_account_linked_account_options_permissions_type_0_item,
)
from ..models.invoice_payment_method_options_us_bank_account_linked_account_options_prefetch_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPrefetchType0Item,
    check_invoice_payment_method_options_us_bank_account_linked_account_options_prefetch_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions")


@_attrs_define
class InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions:
    """
    Attributes:
        permissions (list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item] | None |
            Unset): The list of permissions to request. The `payment_method` permission must be included.
        prefetch (list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPrefetchType0Item] | None | Unset):
            Data features requested to be retrieved upon account creation.
    """

    permissions: (
        list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item] | None | Unset
    ) = UNSET
    prefetch: (
        list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPrefetchType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: list[str] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: str = permissions_type_0_item_data
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        prefetch: list[str] | None | Unset
        if isinstance(self.prefetch, Unset):
            prefetch = UNSET
        elif isinstance(self.prefetch, list):
            prefetch = []
            for prefetch_type_0_item_data in self.prefetch:
                prefetch_type_0_item: str = prefetch_type_0_item_data
                prefetch.append(prefetch_type_0_item)

        else:
            prefetch = self.prefetch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if prefetch is not UNSET:
            field_dict["prefetch"] = prefetch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_permissions(
            data: object,
        ) -> (
            list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = check_invoice_payment_method_options_us_bank_account_linked_account_options_permissions_type_0_item(
                        permissions_type_0_item_data
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item]
                | None
                | Unset,
                data,
            )

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_prefetch(
            data: object,
        ) -> (
            list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPrefetchType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prefetch_type_0 = []
                _prefetch_type_0 = data
                for prefetch_type_0_item_data in _prefetch_type_0:
                    prefetch_type_0_item = check_invoice_payment_method_options_us_bank_account_linked_account_options_prefetch_type_0_item(
                        prefetch_type_0_item_data
                    )

                    prefetch_type_0.append(prefetch_type_0_item)

                return prefetch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPrefetchType0Item]
                | None
                | Unset,
                data,
            )

        prefetch = _parse_prefetch(d.pop("prefetch", UNSET))

        invoice_payment_method_options_us_bank_account_linked_account_options = cls(
            permissions=permissions,
            prefetch=prefetch,
        )

        invoice_payment_method_options_us_bank_account_linked_account_options.additional_properties = d
        return invoice_payment_method_options_us_bank_account_linked_account_options

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
