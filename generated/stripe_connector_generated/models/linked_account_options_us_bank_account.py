from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_account_options_us_bank_account_permissions_type_0_item import (
    LinkedAccountOptionsUsBankAccountPermissionsType0Item,
    check_linked_account_options_us_bank_account_permissions_type_0_item,
)
from ..models.linked_account_options_us_bank_account_prefetch_type_0_item import (
    LinkedAccountOptionsUsBankAccountPrefetchType0Item,
    check_linked_account_options_us_bank_account_prefetch_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkedAccountOptionsUsBankAccount")


@_attrs_define
class LinkedAccountOptionsUsBankAccount:
    """
    Attributes:
        permissions (list[LinkedAccountOptionsUsBankAccountPermissionsType0Item] | None | Unset): The list of
            permissions to request. The `payment_method` permission must be included.
        prefetch (list[LinkedAccountOptionsUsBankAccountPrefetchType0Item] | None | Unset): Data features requested to
            be retrieved upon account creation.
        return_url (None | str | Unset): For webview integrations only. Upon completing OAuth login in the native
            browser, the user will be redirected to this URL to return to your app.
    """

    permissions: list[LinkedAccountOptionsUsBankAccountPermissionsType0Item] | None | Unset = UNSET
    prefetch: list[LinkedAccountOptionsUsBankAccountPrefetchType0Item] | None | Unset = UNSET
    return_url: None | str | Unset = UNSET
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

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
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

        def _parse_permissions(
            data: object,
        ) -> list[LinkedAccountOptionsUsBankAccountPermissionsType0Item] | None | Unset:
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
                    permissions_type_0_item = (
                        check_linked_account_options_us_bank_account_permissions_type_0_item(
                            permissions_type_0_item_data
                        )
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedAccountOptionsUsBankAccountPermissionsType0Item] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_prefetch(
            data: object,
        ) -> list[LinkedAccountOptionsUsBankAccountPrefetchType0Item] | None | Unset:
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
                    prefetch_type_0_item = check_linked_account_options_us_bank_account_prefetch_type_0_item(
                        prefetch_type_0_item_data
                    )

                    prefetch_type_0.append(prefetch_type_0_item)

                return prefetch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedAccountOptionsUsBankAccountPrefetchType0Item] | None | Unset, data)

        prefetch = _parse_prefetch(d.pop("prefetch", UNSET))

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        linked_account_options_us_bank_account = cls(
            permissions=permissions,
            prefetch=prefetch,
            return_url=return_url,
        )

        linked_account_options_us_bank_account.additional_properties = d
        return linked_account_options_us_bank_account

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
