from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_customer_balance_eu_bank_account_country_type_1 import (
    PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1,
    check_payment_method_options_customer_balance_eu_bank_account_country_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsCustomerBalanceEuBankAccount")


@_attrs_define
class PaymentMethodOptionsCustomerBalanceEuBankAccount:
    """
    Attributes:
        country (None | PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1 | Unset): The desired country code
            of the bank account information. Permitted values include: `BE`, `DE`, `ES`, `FR`, `IE`, or `NL`.
    """

    country: None | PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, str):
            country = self.country
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_country(
            data: object,
        ) -> None | PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_1 = check_payment_method_options_customer_balance_eu_bank_account_country_type_1(
                    data
                )

                return country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1 | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        payment_method_options_customer_balance_eu_bank_account = cls(
            country=country,
        )

        payment_method_options_customer_balance_eu_bank_account.additional_properties = d
        return payment_method_options_customer_balance_eu_bank_account

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
