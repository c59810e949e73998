from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_next_action_konbini_stores import (
        PaymentIntentNextActionKonbiniStores,
    )


T = TypeVar("T", bound="PaymentIntentNextActionKonbini")


@_attrs_define
class PaymentIntentNextActionKonbini:
    """
    Attributes:
        expires_at (int | None | Unset): The timestamp at which the pending Konbini payment expires.
        hosted_voucher_url (None | str | Unset): The URL for the Konbini payment instructions page, which allows
            customers to view and print a Konbini voucher.
        stores (None | PaymentIntentNextActionKonbiniStores | Unset):
    """

    expires_at: int | None | Unset = UNSET
    hosted_voucher_url: None | str | Unset = UNSET
    stores: None | PaymentIntentNextActionKonbiniStores | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_next_action_konbini_stores import (
            PaymentIntentNextActionKonbiniStores,  # noqa: PLC0415
        )

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        hosted_voucher_url: None | str | Unset
        if isinstance(self.hosted_voucher_url, Unset):
            hosted_voucher_url = UNSET
        else:
            hosted_voucher_url = self.hosted_voucher_url

        stores: dict[str, Any] | None | Unset
        if isinstance(self.stores, Unset):
            stores = UNSET
        elif isinstance(self.stores, PaymentIntentNextActionKonbiniStores):
            stores = self.stores.to_dict()
        else:
            stores = self.stores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if hosted_voucher_url is not UNSET:
            field_dict["hosted_voucher_url"] = hosted_voucher_url
        if stores is not UNSET:
            field_dict["stores"] = stores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_next_action_konbini_stores import (
            PaymentIntentNextActionKonbiniStores,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_hosted_voucher_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_voucher_url = _parse_hosted_voucher_url(d.pop("hosted_voucher_url", UNSET))

        def _parse_stores(data: object) -> None | PaymentIntentNextActionKonbiniStores | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stores_type_0 = PaymentIntentNextActionKonbiniStores.from_dict(data)

                return stores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionKonbiniStores | Unset, data)

        stores = _parse_stores(d.pop("stores", UNSET))

        payment_intent_next_action_konbini = cls(
            expires_at=expires_at,
            hosted_voucher_url=hosted_voucher_url,
            stores=stores,
        )

        payment_intent_next_action_konbini.additional_properties = d
        return payment_intent_next_action_konbini

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
