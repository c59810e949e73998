from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_shipping_type_0_address import (
        PostCustomersCustomerBodyShippingType0Address,
    )


T = TypeVar("T", bound="PostCustomersCustomerBodyShippingType0")


@_attrs_define
class PostCustomersCustomerBodyShippingType0:
    """
    Attributes:
        address (PostCustomersCustomerBodyShippingType0Address):
        name (str):
        phone (str | Unset):
    """

    address: PostCustomersCustomerBodyShippingType0Address
    name: str
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "name": name,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_customers_customer_body_shipping_type_0_address import (
            PostCustomersCustomerBodyShippingType0Address,  # noqa: PLC0415
        )

        d = dict(src_dict)
        address = PostCustomersCustomerBodyShippingType0Address.from_dict(d.pop("address"))

        name = d.pop("name")

        phone = d.pop("phone", UNSET)

        post_customers_customer_body_shipping_type_0 = cls(
            address=address,
            name=name,
            phone=phone,
        )

        post_customers_customer_body_shipping_type_0.additional_properties = d
        return post_customers_customer_body_shipping_type_0

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
