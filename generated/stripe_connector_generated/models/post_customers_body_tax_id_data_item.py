from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_body_tax_id_data_item_type import (
    PostCustomersBodyTaxIdDataItemType,
    check_post_customers_body_tax_id_data_item_type,
)

T = TypeVar("T", bound="PostCustomersBodyTaxIdDataItem")


@_attrs_define
class PostCustomersBodyTaxIdDataItem:
    """
    Attributes:
        type_ (PostCustomersBodyTaxIdDataItemType):
        value (str):
    """

    type_: PostCustomersBodyTaxIdDataItemType
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_post_customers_body_tax_id_data_item_type(d.pop("type"))

        value = d.pop("value")

        post_customers_body_tax_id_data_item = cls(
            type_=type_,
            value=value,
        )

        post_customers_body_tax_id_data_item.additional_properties = d
        return post_customers_body_tax_id_data_item

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
