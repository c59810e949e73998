from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_card_type_0_mandate_options_amount_type import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType,
    check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_amount_type,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_mandate_options_interval import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval,
    check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_interval,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_mandate_options_supported_types_item import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsSupportedTypesItem,
    check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_supported_types_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions:
    """
    Attributes:
        amount (int):
        amount_type (PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType):
        interval (PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval):
        reference (str):
        start_date (int):
        description (str | Unset):
        end_date (int | Unset):
        interval_count (int | Unset):
        supported_types (list[PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsSupportedTypesItem] |
            Unset):
    """

    amount: int
    amount_type: PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType
    interval: PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval
    reference: str
    start_date: int
    description: str | Unset = UNSET
    end_date: int | Unset = UNSET
    interval_count: int | Unset = UNSET
    supported_types: (
        list[PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsSupportedTypesItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_type: str = self.amount_type

        interval: str = self.interval

        reference = self.reference

        start_date = self.start_date

        description = self.description

        end_date = self.end_date

        interval_count = self.interval_count

        supported_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_types, Unset):
            supported_types = []
            for supported_types_item_data in self.supported_types:
                supported_types_item: str = supported_types_item_data
                supported_types.append(supported_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "amount_type": amount_type,
                "interval": interval,
                "reference": reference,
                "start_date": start_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if supported_types is not UNSET:
            field_dict["supported_types"] = supported_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_type = (
            check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_amount_type(
                d.pop("amount_type")
            )
        )

        interval = (
            check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_interval(
                d.pop("interval")
            )
        )

        reference = d.pop("reference")

        start_date = d.pop("start_date")

        description = d.pop("description", UNSET)

        end_date = d.pop("end_date", UNSET)

        interval_count = d.pop("interval_count", UNSET)

        _supported_types = d.pop("supported_types", UNSET)
        supported_types: (
            list[PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsSupportedTypesItem] | Unset
        ) = UNSET
        if _supported_types is not UNSET:
            supported_types = []
            for supported_types_item_data in _supported_types:
                supported_types_item = check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_supported_types_item(
                    supported_types_item_data
                )

                supported_types.append(supported_types_item)

        post_payment_intents_body_payment_method_options_card_type_0_mandate_options = cls(
            amount=amount,
            amount_type=amount_type,
            interval=interval,
            reference=reference,
            start_date=start_date,
            description=description,
            end_date=end_date,
            interval_count=interval_count,
            supported_types=supported_types,
        )

        post_payment_intents_body_payment_method_options_card_type_0_mandate_options.additional_properties = d
        return post_payment_intents_body_payment_method_options_card_type_0_mandate_options

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
