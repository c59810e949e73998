from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsAuBecsDebit")


@_attrs_define
class PaymentMethodDetailsAuBecsDebit:
    """
    Attributes:
        bsb_number (None | str | Unset): Bank-State-Branch number of the bank account.
        fingerprint (None | str | Unset): Uniquely identifies this particular bank account. You can use this attribute
            to check whether two bank accounts are the same.
        last4 (None | str | Unset): Last four digits of the bank account number.
        mandate (None | str | Unset): ID of the mandate used to make this payment.
    """

    bsb_number: None | str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    last4: None | str | Unset = UNSET
    mandate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bsb_number: None | str | Unset
        if isinstance(self.bsb_number, Unset):
            bsb_number = UNSET
        else:
            bsb_number = self.bsb_number

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        mandate: None | str | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        else:
            mandate = self.mandate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bsb_number is not UNSET:
            field_dict["bsb_number"] = bsb_number
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if mandate is not UNSET:
            field_dict["mandate"] = mandate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bsb_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bsb_number = _parse_bsb_number(d.pop("bsb_number", UNSET))

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        def _parse_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last4 = _parse_last4(d.pop("last4", UNSET))

        def _parse_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        payment_method_details_au_becs_debit = cls(
            bsb_number=bsb_number,
            fingerprint=fingerprint,
            last4=last4,
            mandate=mandate,
        )

        payment_method_details_au_becs_debit.additional_properties = d
        return payment_method_details_au_becs_debit

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
