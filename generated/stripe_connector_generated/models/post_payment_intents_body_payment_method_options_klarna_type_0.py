from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_klarna_type_0_capture_method import (
    PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0CaptureMethod,
    check_post_payment_intents_body_payment_method_options_klarna_type_0_capture_method,
)
from ..models.post_payment_intents_body_payment_method_options_klarna_type_0_preferred_locale import (
    PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0PreferredLocale,
    check_post_payment_intents_body_payment_method_options_klarna_type_0_preferred_locale,
)
from ..models.post_payment_intents_body_payment_method_options_klarna_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_klarna_type_0_setup_future_usage,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0:
    """
    Attributes:
        capture_method (PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0CaptureMethod | Unset):
        preferred_locale (PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0PreferredLocale | Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0SetupFutureUsage | Unset):
    """

    capture_method: PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0CaptureMethod | Unset = UNSET
    preferred_locale: PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0PreferredLocale | Unset = UNSET
    setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0SetupFutureUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_method: str | Unset = UNSET
        if not isinstance(self.capture_method, Unset):
            capture_method = self.capture_method

        preferred_locale: str | Unset = UNSET
        if not isinstance(self.preferred_locale, Unset):
            preferred_locale = self.preferred_locale

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capture_method is not UNSET:
            field_dict["capture_method"] = capture_method
        if preferred_locale is not UNSET:
            field_dict["preferred_locale"] = preferred_locale
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _capture_method = d.pop("capture_method", UNSET)
        capture_method: PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0CaptureMethod | Unset
        if isinstance(_capture_method, Unset):
            capture_method = UNSET
        else:
            capture_method = (
                check_post_payment_intents_body_payment_method_options_klarna_type_0_capture_method(
                    _capture_method
                )
            )

        _preferred_locale = d.pop("preferred_locale", UNSET)
        preferred_locale: PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0PreferredLocale | Unset
        if isinstance(_preferred_locale, Unset):
            preferred_locale = UNSET
        else:
            preferred_locale = (
                check_post_payment_intents_body_payment_method_options_klarna_type_0_preferred_locale(
                    _preferred_locale
                )
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0SetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = (
                check_post_payment_intents_body_payment_method_options_klarna_type_0_setup_future_usage(
                    _setup_future_usage
                )
            )

        post_payment_intents_body_payment_method_options_klarna_type_0 = cls(
            capture_method=capture_method,
            preferred_locale=preferred_locale,
            setup_future_usage=setup_future_usage,
        )

        post_payment_intents_body_payment_method_options_klarna_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_klarna_type_0

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
