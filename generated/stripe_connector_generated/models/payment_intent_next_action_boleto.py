from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionBoleto")


@_attrs_define
class PaymentIntentNextActionBoleto:
    """
    Attributes:
        expires_at (int | None | Unset): The timestamp after which the boleto expires.
        hosted_voucher_url (None | str | Unset): The URL to the hosted boleto voucher page, which allows customers to
            view the boleto voucher.
        number (None | str | Unset): The boleto number.
        pdf (None | str | Unset): The URL to the downloadable boleto voucher PDF.
    """

    expires_at: int | None | Unset = UNSET
    hosted_voucher_url: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    pdf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        pdf: None | str | Unset
        if isinstance(self.pdf, Unset):
            pdf = UNSET
        else:
            pdf = self.pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if hosted_voucher_url is not UNSET:
            field_dict["hosted_voucher_url"] = hosted_voucher_url
        if number is not UNSET:
            field_dict["number"] = number
        if pdf is not UNSET:
            field_dict["pdf"] = pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_pdf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf = _parse_pdf(d.pop("pdf", UNSET))

        payment_intent_next_action_boleto = cls(
            expires_at=expires_at,
            hosted_voucher_url=hosted_voucher_url,
            number=number,
            pdf=pdf,
        )

        payment_intent_next_action_boleto.additional_properties = d
        return payment_intent_next_action_boleto

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
