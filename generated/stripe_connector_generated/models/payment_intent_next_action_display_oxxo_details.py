from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionDisplayOxxoDetails")


@_attrs_define
class PaymentIntentNextActionDisplayOxxoDetails:
    """
    Attributes:
        expires_after (int | None | Unset): The timestamp after which the OXXO voucher expires.
        hosted_voucher_url (None | str | Unset): The URL for the hosted OXXO voucher page, which allows customers to
            view and print an OXXO voucher.
        number (None | str | Unset): OXXO reference number.
    """

    expires_after: int | None | Unset = UNSET
    hosted_voucher_url: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_after: int | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = self.expires_after

        hosted_voucher_url: None | str | Unset
        if isinstance(self.hosted_voucher_url, Unset):
            hosted_voucher_url = UNSET
        else:
            hosted_voucher_url = self.hosted_voucher_url

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if hosted_voucher_url is not UNSET:
            field_dict["hosted_voucher_url"] = hosted_voucher_url
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expires_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_after = _parse_expires_after(d.pop("expires_after", UNSET))

        def _parse_hosted_voucher_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_voucher_url = _parse_hosted_voucher_url(d.pop("hosted_voucher_url", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        payment_intent_next_action_display_oxxo_details = cls(
            expires_after=expires_after,
            hosted_voucher_url=hosted_voucher_url,
            number=number,
        )

        payment_intent_next_action_display_oxxo_details.additional_properties = d
        return payment_intent_next_action_display_oxxo_details

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
