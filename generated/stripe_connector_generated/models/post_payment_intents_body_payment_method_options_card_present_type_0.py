from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0:
    """
    Attributes:
        request_extended_authorization (bool | Unset):
        request_incremental_authorization_support (bool | Unset):
    """

    request_extended_authorization: bool | Unset = UNSET
    request_incremental_authorization_support: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_extended_authorization = self.request_extended_authorization

        request_incremental_authorization_support = self.request_incremental_authorization_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_extended_authorization is not UNSET:
            field_dict["request_extended_authorization"] = request_extended_authorization
        if request_incremental_authorization_support is not UNSET:
            field_dict["request_incremental_authorization_support"] = (
                request_incremental_authorization_support
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_extended_authorization = d.pop("request_extended_authorization", UNSET)

        request_incremental_authorization_support = d.pop("request_incremental_authorization_support", UNSET)

        post_payment_intents_body_payment_method_options_card_present_type_0 = cls(
            request_extended_authorization=request_extended_authorization,
            request_incremental_authorization_support=request_incremental_authorization_support,
        )

        post_payment_intents_body_payment_method_options_card_present_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_card_present_type_0

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
