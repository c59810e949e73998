from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance import (
        PostPaymentIntentsBodyMandateDataType0CustomerAcceptance,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyMandateDataType0")


@_attrs_define
class PostPaymentIntentsBodyMandateDataType0:
    """
    Attributes:
        customer_acceptance (PostPaymentIntentsBodyMandateDataType0CustomerAcceptance):
    """

    customer_acceptance: PostPaymentIntentsBodyMandateDataType0CustomerAcceptance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_acceptance = self.customer_acceptance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_acceptance": customer_acceptance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance import (
            PostPaymentIntentsBodyMandateDataType0CustomerAcceptance,  # noqa: PLC0415
        )

        d = dict(src_dict)
        customer_acceptance = PostPaymentIntentsBodyMandateDataType0CustomerAcceptance.from_dict(
            d.pop("customer_acceptance")
        )

        post_payment_intents_body_mandate_data_type_0 = cls(
            customer_acceptance=customer_acceptance,
        )

        post_payment_intents_body_mandate_data_type_0.additional_properties = d
        return post_payment_intents_body_mandate_data_type_0

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
