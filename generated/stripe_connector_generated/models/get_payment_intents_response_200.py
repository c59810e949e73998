from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_payment_intents_response_200_object import (
    GetPaymentIntentsResponse200Object,
    check_get_payment_intents_response_200_object,
)

if TYPE_CHECKING:
    from ..models.payment_intent import PaymentIntent


T = TypeVar("T", bound="GetPaymentIntentsResponse200")


@_attrs_define
class GetPaymentIntentsResponse200:
    """
    Attributes:
        data (list[PaymentIntent]):
        has_more (bool): True if this list has another page of items after this one that can be fetched.
        object_ (GetPaymentIntentsResponse200Object): String representing the object's type. Objects of the same type
            share the same value. Always has the value `list`.
        url (str): The URL where this list can be accessed.
    """

    data: list[PaymentIntent]
    has_more: bool
    object_: GetPaymentIntentsResponse200Object
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        object_: str = self.object_

        url = self.url

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent import PaymentIntent  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PaymentIntent.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        object_ = check_get_payment_intents_response_200_object(d.pop("object"))

        url = d.pop("url")

        get_payment_intents_response_200 = cls(
            data=data,
            has_more=has_more,
            object_=object_,
            url=url,
        )

        get_payment_intents_response_200.additional_properties = d
        return get_payment_intents_response_200

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
