from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_bacs_debit_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_bacs_debit_type_0_setup_future_usage,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0:
    """
    Attributes:
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0SetupFutureUsage | Unset):
    """

    setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0SetupFutureUsage | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0SetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = (
                check_post_payment_intents_body_payment_method_options_bacs_debit_type_0_setup_future_usage(
                    _setup_future_usage
                )
            )

        post_payment_intents_body_payment_method_options_bacs_debit_type_0 = cls(
            setup_future_usage=setup_future_usage,
        )

        post_payment_intents_body_payment_method_options_bacs_debit_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_bacs_debit_type_0

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
