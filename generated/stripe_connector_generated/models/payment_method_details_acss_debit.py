from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsAcssDebit")


@_attrs_define
class PaymentMethodDetailsAcssDebit:
    """
    Attributes:
        bank_name (None | str | Unset): Name of the bank associated with the bank account.
        fingerprint (None | str | Unset): Uniquely identifies this particular bank account. You can use this attribute
            to check whether two bank accounts are the same.
        institution_number (None | str | Unset): Institution number of the bank account
        last4 (None | str | Unset): Last four digits of the bank account number.
        mandate (None | str | Unset): ID of the mandate used to make this payment.
        transit_number (None | str | Unset): Transit number of the bank account.
    """

    bank_name: None | str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    institution_number: None | str | Unset = UNSET
    last4: None | str | Unset = UNSET
    mandate: None | str | Unset = UNSET
    transit_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        institution_number: None | str | Unset
        if isinstance(self.institution_number, Unset):
            institution_number = UNSET
        else:
            institution_number = self.institution_number

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

        transit_number: None | str | Unset
        if isinstance(self.transit_number, Unset):
            transit_number = UNSET
        else:
            transit_number = self.transit_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if institution_number is not UNSET:
            field_dict["institution_number"] = institution_number
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if transit_number is not UNSET:
            field_dict["transit_number"] = transit_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        def _parse_institution_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution_number = _parse_institution_number(d.pop("institution_number", UNSET))

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

        def _parse_transit_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transit_number = _parse_transit_number(d.pop("transit_number", UNSET))

        payment_method_details_acss_debit = cls(
            bank_name=bank_name,
            fingerprint=fingerprint,
            institution_number=institution_number,
            last4=last4,
            mandate=mandate,
            transit_number=transit_number,
        )

        payment_method_details_acss_debit.additional_properties = d
        return payment_method_details_acss_debit

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
