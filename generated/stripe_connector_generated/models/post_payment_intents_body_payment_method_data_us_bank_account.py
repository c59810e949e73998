from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_data_us_bank_account_account_holder_type import (
    PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountHolderType,
    check_post_payment_intents_body_payment_method_data_us_bank_account_account_holder_type,
)
from ..models.post_payment_intents_body_payment_method_data_us_bank_account_account_type import (
    PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType,
    check_post_payment_intents_body_payment_method_data_us_bank_account_account_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodDataUsBankAccount")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodDataUsBankAccount:
    """
    Attributes:
        account_holder_type (PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountHolderType | Unset):
        account_number (str | Unset):
        account_type (PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType | Unset):
        financial_connections_account (str | Unset):
        routing_number (str | Unset):
    """

    account_holder_type: PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountHolderType | Unset = UNSET
    account_number: str | Unset = UNSET
    account_type: PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType | Unset = UNSET
    financial_connections_account: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder_type: str | Unset = UNSET
        if not isinstance(self.account_holder_type, Unset):
            account_holder_type = self.account_holder_type

        account_number = self.account_number

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type

        financial_connections_account = self.financial_connections_account

        routing_number = self.routing_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder_type is not UNSET:
            field_dict["account_holder_type"] = account_holder_type
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if financial_connections_account is not UNSET:
            field_dict["financial_connections_account"] = financial_connections_account
        if routing_number is not UNSET:
            field_dict["routing_number"] = routing_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _account_holder_type = d.pop("account_holder_type", UNSET)
        account_holder_type: PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountHolderType | Unset
        if isinstance(_account_holder_type, Unset):
            account_holder_type = UNSET
        else:
            account_holder_type = (
                check_post_payment_intents_body_payment_method_data_us_bank_account_account_holder_type(
                    _account_holder_type
                )
            )

        account_number = d.pop("account_number", UNSET)

        _account_type = d.pop("account_type", UNSET)
        account_type: PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = check_post_payment_intents_body_payment_method_data_us_bank_account_account_type(
                _account_type
            )

        financial_connections_account = d.pop("financial_connections_account", UNSET)

        routing_number = d.pop("routing_number", UNSET)

        post_payment_intents_body_payment_method_data_us_bank_account = cls(
            account_holder_type=account_holder_type,
            account_number=account_number,
            account_type=account_type,
            financial_connections_account=financial_connections_account,
            routing_number=routing_number,
        )

        post_payment_intents_body_payment_method_data_us_bank_account.additional_properties = d
        return post_payment_intents_body_payment_method_data_us_bank_account

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
