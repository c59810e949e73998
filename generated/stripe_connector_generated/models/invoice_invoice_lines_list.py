from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_invoice_lines_list_object import (
    InvoiceInvoiceLinesListObject,
    check_invoice_invoice_lines_list_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="InvoiceInvoiceLinesList")


@_attrs_define
class InvoiceInvoiceLinesList:
    """The individual line items that make up the invoice. `lines` is sorted as follows: (1) pending invoice items
    (including prorations) in reverse chronological order, (2) subscription items in reverse chronological order, and
    (3) invoice items added after invoice creation in chronological order.

        Attributes:
            object_ (InvoiceInvoiceLinesListObject): String representing the object's type. Objects of the same type share
                the same value. Always has the value `list`.
            data (list[StripeResourceObject] | Unset): Details about each object.
            has_more (bool | Unset): True if this list has another page of items after this one that can be fetched.
            url (str | Unset): The URL where this list can be accessed.
    """

    object_: InvoiceInvoiceLinesListObject
    data: list[StripeResourceObject] | Unset = UNSET
    has_more: bool | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str = self.object_

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        has_more = self.has_more

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        object_ = check_invoice_invoice_lines_list_object(d.pop("object"))

        _data = d.pop("data", UNSET)
        data: list[StripeResourceObject] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = StripeResourceObject.from_dict(data_item_data)

                data.append(data_item)

        has_more = d.pop("has_more", UNSET)

        url = d.pop("url", UNSET)

        invoice_invoice_lines_list = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            url=url,
        )

        invoice_invoice_lines_list.additional_properties = d
        return invoice_invoice_lines_list

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
