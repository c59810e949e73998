from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline")


@_attrs_define
class PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline:
    """
    Attributes:
        ip_address (str):
        user_agent (str):
    """

    ip_address: str
    user_agent: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip_address": ip_address,
                "user_agent": user_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip_address = d.pop("ip_address")

        user_agent = d.pop("user_agent")

        post_payment_intents_body_mandate_data_type_0_customer_acceptance_online = cls(
            ip_address=ip_address,
            user_agent=user_agent,
        )

        post_payment_intents_body_mandate_data_type_0_customer_acceptance_online.additional_properties = d
        return post_payment_intents_body_mandate_data_type_0_customer_acceptance_online

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
