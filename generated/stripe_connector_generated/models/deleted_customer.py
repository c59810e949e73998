from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_customer_object import (
    DeletedCustomerObject,
    check_deleted_customer_object,
)

T = TypeVar("T", bound="DeletedCustomer")


@_attrs_define
class DeletedCustomer:
    """
    Attributes:
        deleted (bool): Always true for a deleted object
        id (str): Unique identifier for the object.
        object_ (DeletedCustomerObject): String representing the object's type. Objects of the same type share the same
            value.
    """

    deleted: bool
    id: str
    object_: DeletedCustomerObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        id = self.id

        object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "id": id,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = d.pop("deleted")

        id = d.pop("id")

        object_ = check_deleted_customer_object(d.pop("object"))

        deleted_customer = cls(
            deleted=deleted,
            id=id,
            object_=object_,
        )

        deleted_customer.additional_properties = d
        return deleted_customer

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
