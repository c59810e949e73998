from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_next_action_verify_with_microdeposits_microdeposit_type_type_1 import (
    PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1,
    check_payment_intent_next_action_verify_with_microdeposits_microdeposit_type_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionVerifyWithMicrodeposits")


@_attrs_define
class PaymentIntentNextActionVerifyWithMicrodeposits:
    """
    Attributes:
        arrival_date (int | None | Unset): The timestamp when the microdeposits are expected to land.
        hosted_verification_url (None | str | Unset): The URL for the hosted verification page, which allows customers
            to verify their bank account.
        microdeposit_type (None | PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1 | Unset): The type
            of the microdeposit sent to the customer. Used to distinguish between different verification methods.
    """

    arrival_date: int | None | Unset = UNSET
    hosted_verification_url: None | str | Unset = UNSET
    microdeposit_type: None | PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrival_date: int | None | Unset
        if isinstance(self.arrival_date, Unset):
            arrival_date = UNSET
        else:
            arrival_date = self.arrival_date

        hosted_verification_url: None | str | Unset
        if isinstance(self.hosted_verification_url, Unset):
            hosted_verification_url = UNSET
        else:
            hosted_verification_url = self.hosted_verification_url

        microdeposit_type: None | str | Unset
        if isinstance(self.microdeposit_type, Unset):
            microdeposit_type = UNSET
        elif isinstance(self.microdeposit_type, str):
            microdeposit_type = self.microdeposit_type
        else:
            microdeposit_type = self.microdeposit_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arrival_date is not UNSET:
            field_dict["arrival_date"] = arrival_date
        if hosted_verification_url is not UNSET:
            field_dict["hosted_verification_url"] = hosted_verification_url
        if microdeposit_type is not UNSET:
            field_dict["microdeposit_type"] = microdeposit_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_arrival_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        arrival_date = _parse_arrival_date(d.pop("arrival_date", UNSET))

        def _parse_hosted_verification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_verification_url = _parse_hosted_verification_url(d.pop("hosted_verification_url", UNSET))

        def _parse_microdeposit_type(
            data: object,
        ) -> None | PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                microdeposit_type_type_1 = (
                    check_payment_intent_next_action_verify_with_microdeposits_microdeposit_type_type_1(data)
                )

                return microdeposit_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1 | Unset, data
            )

        microdeposit_type = _parse_microdeposit_type(d.pop("microdeposit_type", UNSET))

        payment_intent_next_action_verify_with_microdeposits = cls(
            arrival_date=arrival_date,
            hosted_verification_url=hosted_verification_url,
            microdeposit_type=microdeposit_type,
        )

        payment_intent_next_action_verify_with_microdeposits.additional_properties = d
        return payment_intent_next_action_verify_with_microdeposits

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
