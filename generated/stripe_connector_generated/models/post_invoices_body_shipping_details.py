from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_shipping_details_phone_type_1 import (
    PostInvoicesBodyShippingDetailsPhoneType1,
    check_post_invoices_body_shipping_details_phone_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_details_address import (
        PostInvoicesBodyShippingDetailsAddress,
    )


T = TypeVar("T", bound="PostInvoicesBodyShippingDetails")


@_attrs_define
class PostInvoicesBodyShippingDetails:
    """Shipping details for the invoice. The Invoice PDF will use the `shipping_details` value if it is set, otherwise the
    PDF will render the shipping address from the customer.

        Attributes:
            address (PostInvoicesBodyShippingDetailsAddress):
            name (str):
            phone (PostInvoicesBodyShippingDetailsPhoneType1 | str | Unset):
    """

    address: PostInvoicesBodyShippingDetailsAddress
    name: str
    phone: PostInvoicesBodyShippingDetailsPhoneType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        name = self.name

        phone: str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        elif isinstance(self.phone, str):
            phone = self.phone
        else:
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
        from ..models.post_invoices_body_shipping_details_address import (
            PostInvoicesBodyShippingDetailsAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        address = PostInvoicesBodyShippingDetailsAddress.from_dict(d.pop("address"))

        name = d.pop("name")

        def _parse_phone(data: object) -> PostInvoicesBodyShippingDetailsPhoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_type_1 = check_post_invoices_body_shipping_details_phone_type_1(data)

                return phone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostInvoicesBodyShippingDetailsPhoneType1 | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        post_invoices_body_shipping_details = cls(
            address=address,
            name=name,
            phone=phone,
        )

        post_invoices_body_shipping_details.additional_properties = d
        return post_invoices_body_shipping_details

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
