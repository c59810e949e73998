from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_p24_bank_type_1 import (
    PaymentMethodDetailsP24BankType1,
    check_payment_method_details_p24_bank_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsP24")


@_attrs_define
class PaymentMethodDetailsP24:
    """
    Attributes:
        bank (None | PaymentMethodDetailsP24BankType1 | Unset): The customer's bank. Can be one of `ing`,
            `citi_handlowy`, `tmobile_usbugi_bankowe`, `plus_bank`, `etransfer_pocztowy24`, `banki_spbdzielcze`,
            `bank_nowy_bfg_sa`, `getin_bank`, `blik`, `noble_pay`, `ideabank`, `envelobank`, `santander_przelew24`,
            `nest_przelew`, `mbank_mtransfer`, `inteligo`, `pbac_z_ipko`, `bnp_paribas`, `credit_agricole`, `toyota_bank`,
            `bank_pekao_sa`, `volkswagen_bank`, `bank_millennium`, `alior_bank`, or `boz`.
        reference (None | str | Unset): Unique reference for this Przelewy24 payment.
        verified_name (None | str | Unset): Owner's verified full name. Values are verified or provided by Przelewy24
            directly
            (if supported) at the time of authorization or settlement. They cannot be set or mutated.
            Przelewy24 rarely provides this information so the attribute is usually empty.
    """

    bank: None | PaymentMethodDetailsP24BankType1 | Unset = UNSET
    reference: None | str | Unset = UNSET
    verified_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank: None | str | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        elif isinstance(self.bank, str):
            bank = self.bank
        else:
            bank = self.bank

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        verified_name: None | str | Unset
        if isinstance(self.verified_name, Unset):
            verified_name = UNSET
        else:
            verified_name = self.verified_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank is not UNSET:
            field_dict["bank"] = bank
        if reference is not UNSET:
            field_dict["reference"] = reference
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bank(data: object) -> None | PaymentMethodDetailsP24BankType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bank_type_1 = check_payment_method_details_p24_bank_type_1(data)

                return bank_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsP24BankType1 | Unset, data)

        bank = _parse_bank(d.pop("bank", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_verified_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verified_name = _parse_verified_name(d.pop("verified_name", UNSET))

        payment_method_details_p24 = cls(
            bank=bank,
            reference=reference,
            verified_name=verified_name,
        )

        payment_method_details_p24.additional_properties = d
        return payment_method_details_p24

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
