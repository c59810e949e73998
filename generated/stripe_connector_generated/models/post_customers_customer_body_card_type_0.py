from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_card_type_0_object import (
    PostCustomersCustomerBodyCardType0Object,
    check_post_customers_customer_body_card_type_0_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_card_type_0_metadata import (
        PostCustomersCustomerBodyCardType0Metadata,
    )


T = TypeVar("T", bound="PostCustomersCustomerBodyCardType0")


@_attrs_define
class PostCustomersCustomerBodyCardType0:
    """
    Attributes:
        exp_month (int):
        exp_year (int):
        number (str):
        address_city (str | Unset):
        address_country (str | Unset):
        address_line1 (str | Unset):
        address_line2 (str | Unset):
        address_state (str | Unset):
        address_zip (str | Unset):
        cvc (str | Unset):
        metadata (PostCustomersCustomerBodyCardType0Metadata | Unset):
        name (str | Unset):
        object_ (PostCustomersCustomerBodyCardType0Object | Unset):
    """

    exp_month: int
    exp_year: int
    number: str
    address_city: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    cvc: str | Unset = UNSET
    metadata: PostCustomersCustomerBodyCardType0Metadata | Unset = UNSET
    name: str | Unset = UNSET
    object_: PostCustomersCustomerBodyCardType0Object | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exp_month = self.exp_month

        exp_year = self.exp_year

        number = self.number

        address_city = self.address_city

        address_country = self.address_country

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        address_state = self.address_state

        address_zip = self.address_zip

        cvc = self.cvc

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exp_month": exp_month,
                "exp_year": exp_year,
                "number": number,
            }
        )
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_customers_customer_body_card_type_0_metadata import (
            PostCustomersCustomerBodyCardType0Metadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        exp_month = d.pop("exp_month")

        exp_year = d.pop("exp_year")

        number = d.pop("number")

        address_city = d.pop("address_city", UNSET)

        address_country = d.pop("address_country", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_zip = d.pop("address_zip", UNSET)

        cvc = d.pop("cvc", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PostCustomersCustomerBodyCardType0Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PostCustomersCustomerBodyCardType0Metadata.from_dict(_metadata)

        name = d.pop("name", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: PostCustomersCustomerBodyCardType0Object | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_post_customers_customer_body_card_type_0_object(_object_)

        post_customers_customer_body_card_type_0 = cls(
            exp_month=exp_month,
            exp_year=exp_year,
            number=number,
            address_city=address_city,
            address_country=address_country,
            address_line1=address_line1,
            address_line2=address_line2,
            address_state=address_state,
            address_zip=address_zip,
            cvc=cvc,
            metadata=metadata,
            name=name,
            object_=object_,
        )

        post_customers_customer_body_card_type_0.additional_properties = d
        return post_customers_customer_body_card_type_0

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
