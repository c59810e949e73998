from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_bank_account_type_0_account_holder_type import (
    PostCustomersCustomerBodyBankAccountType0AccountHolderType,
    check_post_customers_customer_body_bank_account_type_0_account_holder_type,
)
from ..models.post_customers_customer_body_bank_account_type_0_object import (
    PostCustomersCustomerBodyBankAccountType0Object,
    check_post_customers_customer_body_bank_account_type_0_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCustomersCustomerBodyBankAccountType0")


@_attrs_define
class PostCustomersCustomerBodyBankAccountType0:
    """
    Attributes:
        account_number (str):
        country (str):
        account_holder_name (str | Unset):
        account_holder_type (PostCustomersCustomerBodyBankAccountType0AccountHolderType | Unset):
        currency (str | Unset):
        object_ (PostCustomersCustomerBodyBankAccountType0Object | Unset):
        routing_number (str | Unset):
    """

    account_number: str
    country: str
    account_holder_name: str | Unset = UNSET
    account_holder_type: PostCustomersCustomerBodyBankAccountType0AccountHolderType | Unset = UNSET
    currency: str | Unset = UNSET
    object_: PostCustomersCustomerBodyBankAccountType0Object | Unset = UNSET
    routing_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        country = self.country

        account_holder_name = self.account_holder_name

        account_holder_type: str | Unset = UNSET
        if not isinstance(self.account_holder_type, Unset):
            account_holder_type = self.account_holder_type

        currency = self.currency

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        routing_number = self.routing_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "country": country,
            }
        )
        if account_holder_name is not UNSET:
            field_dict["account_holder_name"] = account_holder_name
        if account_holder_type is not UNSET:
            field_dict["account_holder_type"] = account_holder_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if object_ is not UNSET:
            field_dict["object"] = object_
        if routing_number is not UNSET:
            field_dict["routing_number"] = routing_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number = d.pop("account_number")

        country = d.pop("country")

        account_holder_name = d.pop("account_holder_name", UNSET)

        _account_holder_type = d.pop("account_holder_type", UNSET)
        account_holder_type: PostCustomersCustomerBodyBankAccountType0AccountHolderType | Unset
        if isinstance(_account_holder_type, Unset):
            account_holder_type = UNSET
        else:
            account_holder_type = check_post_customers_customer_body_bank_account_type_0_account_holder_type(
                _account_holder_type
            )

        currency = d.pop("currency", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: PostCustomersCustomerBodyBankAccountType0Object | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_post_customers_customer_body_bank_account_type_0_object(_object_)

        routing_number = d.pop("routing_number", UNSET)

        post_customers_customer_body_bank_account_type_0 = cls(
            account_number=account_number,
            country=country,
            account_holder_name=account_holder_name,
            account_holder_type=account_holder_type,
            currency=currency,
            object_=object_,
            routing_number=routing_number,
        )

        post_customers_customer_body_bank_account_type_0.additional_properties = d
        return post_customers_customer_body_bank_account_type_0

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
