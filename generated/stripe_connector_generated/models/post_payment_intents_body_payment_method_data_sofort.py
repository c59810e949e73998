from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_data_sofort_country import (
    PostPaymentIntentsBodyPaymentMethodDataSofortCountry,
    check_post_payment_intents_body_payment_method_data_sofort_country,
)

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodDataSofort")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodDataSofort:
    """
    Attributes:
        country (PostPaymentIntentsBodyPaymentMethodDataSofortCountry):
    """

    country: PostPaymentIntentsBodyPaymentMethodDataSofortCountry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: str = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = check_post_payment_intents_body_payment_method_data_sofort_country(d.pop("country"))

        post_payment_intents_body_payment_method_data_sofort = cls(
            country=country,
        )

        post_payment_intents_body_payment_method_data_sofort.additional_properties = d
        return post_payment_intents_body_payment_method_data_sofort

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
