from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_tax_ip_address_type_1 import (
    PostCustomersCustomerBodyTaxIpAddressType1,
    check_post_customers_customer_body_tax_ip_address_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCustomersCustomerBodyTax")


@_attrs_define
class PostCustomersCustomerBodyTax:
    """Tax details about the customer.

    Attributes:
        ip_address (PostCustomersCustomerBodyTaxIpAddressType1 | str | Unset):
    """

    ip_address: PostCustomersCustomerBodyTaxIpAddressType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address: str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        elif isinstance(self.ip_address, str):
            ip_address = self.ip_address
        else:
            ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ip_address(data: object) -> PostCustomersCustomerBodyTaxIpAddressType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ip_address_type_1 = check_post_customers_customer_body_tax_ip_address_type_1(data)

                return ip_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostCustomersCustomerBodyTaxIpAddressType1 | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        post_customers_customer_body_tax = cls(
            ip_address=ip_address,
        )

        post_customers_customer_body_tax.additional_properties = d
        return post_customers_customer_body_tax

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
