from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_charges_body_shipping_address import PostChargesBodyShippingAddress


T = TypeVar("T", bound="PostChargesBodyShipping")


@_attrs_define
class PostChargesBodyShipping:
    """Shipping information for the charge. Helps prevent fraud on charges for physical goods.

    Attributes:
        address (PostChargesBodyShippingAddress):
        name (str):
        carrier (str | Unset):
        phone (str | Unset):
        tracking_number (str | Unset):
    """

    address: PostChargesBodyShippingAddress
    name: str
    carrier: str | Unset = UNSET
    phone: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        name = self.name

        carrier = self.carrier

        phone = self.phone

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "name": name,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if phone is not UNSET:
            field_dict["phone"] = phone
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_charges_body_shipping_address import (
            PostChargesBodyShippingAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        address = PostChargesBodyShippingAddress.from_dict(d.pop("address"))

        name = d.pop("name")

        carrier = d.pop("carrier", UNSET)

        phone = d.pop("phone", UNSET)

        tracking_number = d.pop("tracking_number", UNSET)

        post_charges_body_shipping = cls(
            address=address,
            name=name,
            carrier=carrier,
            phone=phone,
            tracking_number=tracking_number,
        )

        post_charges_body_shipping.additional_properties = d
        return post_charges_body_shipping

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
