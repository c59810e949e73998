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
        expires_at (int): The timestamp at which the pending Konbini payment expires.
        stores (PaymentIntentNextActionKonbiniStores):
        hosted_voucher_url (None | str | Unset): The URL for the Konbini payment instructions page, which allows
            customers to view and print a Konbini voucher.
    """

    expires_at: int
    stores: PaymentIntentNextActionKonbiniStores
    hosted_voucher_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at

        stores = self.stores.to_dict()

        hosted_voucher_url: None | str | Unset
        if isinstance(self.hosted_voucher_url, Unset):
            hosted_voucher_url = UNSET
        else:
            hosted_voucher_url = self.hosted_voucher_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
                "stores": stores,
            }
        )
        if hosted_voucher_url is not UNSET:
            field_dict["hosted_voucher_url"] = hosted_voucher_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_next_action_konbini_stores import (
            PaymentIntentNextActionKonbiniStores,  # noqa: PLC0415
        )

        d = dict(src_dict)
        expires_at = d.pop("expires_at")

        stores = PaymentIntentNextActionKonbiniStores.from_dict(d.pop("stores"))

        def _parse_hosted_voucher_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_voucher_url = _parse_hosted_voucher_url(d.pop("hosted_voucher_url", UNSET))

        payment_intent_next_action_konbini = cls(
            expires_at=expires_at,
            stores=stores,
            hosted_voucher_url=hosted_voucher_url,
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
