from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_us_bank_account_account_holder_type_type_1 import (
    PaymentMethodDetailsUsBankAccountAccountHolderTypeType1,
    check_payment_method_details_us_bank_account_account_holder_type_type_1,
)
from ..models.payment_method_details_us_bank_account_account_type_type_1 import (
    PaymentMethodDetailsUsBankAccountAccountTypeType1,
    check_payment_method_details_us_bank_account_account_type_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsUsBankAccount")


@_attrs_define
class PaymentMethodDetailsUsBankAccount:
    """
    Attributes:
        account_holder_type (None | PaymentMethodDetailsUsBankAccountAccountHolderTypeType1 | Unset): Account holder
            type: individual or company.
        account_type (None | PaymentMethodDetailsUsBankAccountAccountTypeType1 | Unset): Account type: checkings or
            savings. Defaults to checking if omitted.
        bank_name (None | str | Unset): Name of the bank associated with the bank account.
        fingerprint (None | str | Unset): Uniquely identifies this particular bank account. You can use this attribute
            to check whether two bank accounts are the same.
        last4 (None | str | Unset): Last four digits of the bank account number.
        routing_number (None | str | Unset): Routing number of the bank account.
    """

    account_holder_type: None | PaymentMethodDetailsUsBankAccountAccountHolderTypeType1 | Unset = UNSET
    account_type: None | PaymentMethodDetailsUsBankAccountAccountTypeType1 | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    last4: None | str | Unset = UNSET
    routing_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder_type: None | str | Unset
        if isinstance(self.account_holder_type, Unset):
            account_holder_type = UNSET
        elif isinstance(self.account_holder_type, str):
            account_holder_type = self.account_holder_type
        else:
            account_holder_type = self.account_holder_type

        account_type: None | str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        elif isinstance(self.account_type, str):
            account_type = self.account_type
        else:
            account_type = self.account_type

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

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        routing_number: None | str | Unset
        if isinstance(self.routing_number, Unset):
            routing_number = UNSET
        else:
            routing_number = self.routing_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder_type is not UNSET:
            field_dict["account_holder_type"] = account_holder_type
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if routing_number is not UNSET:
            field_dict["routing_number"] = routing_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_holder_type(
            data: object,
        ) -> None | PaymentMethodDetailsUsBankAccountAccountHolderTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_holder_type_type_1 = (
                    check_payment_method_details_us_bank_account_account_holder_type_type_1(data)
                )

                return account_holder_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsUsBankAccountAccountHolderTypeType1 | Unset, data)

        account_holder_type = _parse_account_holder_type(d.pop("account_holder_type", UNSET))

        def _parse_account_type(
            data: object,
        ) -> None | PaymentMethodDetailsUsBankAccountAccountTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_type_type_1 = check_payment_method_details_us_bank_account_account_type_type_1(data)

                return account_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsUsBankAccountAccountTypeType1 | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

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

        def _parse_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last4 = _parse_last4(d.pop("last4", UNSET))

        def _parse_routing_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        routing_number = _parse_routing_number(d.pop("routing_number", UNSET))

        payment_method_details_us_bank_account = cls(
            account_holder_type=account_holder_type,
            account_type=account_type,
            bank_name=bank_name,
            fingerprint=fingerprint,
            last4=last4,
            routing_number=routing_number,
        )

        payment_method_details_us_bank_account.additional_properties = d
        return payment_method_details_us_bank_account

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
