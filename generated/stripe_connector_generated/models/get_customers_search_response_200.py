from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_customers_search_response_200_object import (
    GetCustomersSearchResponse200Object,
    check_get_customers_search_response_200_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="GetCustomersSearchResponse200")


@_attrs_define
class GetCustomersSearchResponse200:
    """
    Attributes:
        data (list[Customer]):
        has_more (bool):
        object_ (GetCustomersSearchResponse200Object): String representing the object's type. Objects of the same type
            share the same value.
        url (str):
        next_page (None | str | Unset):
        total_count (int | Unset): The total number of objects that match the query, only accurate up to 10,000.
    """

    data: list[Customer]
    has_more: bool
    object_: GetCustomersSearchResponse200Object
    url: str
    next_page: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        object_: str = self.object_

        url = self.url

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "object": object_,
                "url": url,
            }
        )
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Customer.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        object_ = check_get_customers_search_response_200_object(d.pop("object"))

        url = d.pop("url")

        def _parse_next_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        total_count = d.pop("total_count", UNSET)

        get_customers_search_response_200 = cls(
            data=data,
            has_more=has_more,
            object_=object_,
            url=url,
            next_page=next_page,
            total_count=total_count,
        )

        get_customers_search_response_200.additional_properties = d
        return get_customers_search_response_200

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
