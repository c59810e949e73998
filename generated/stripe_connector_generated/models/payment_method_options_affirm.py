from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_affirm_capture_method_type_1 import (
    PaymentMethodOptionsAffirmCaptureMethodType1,
    check_payment_method_options_affirm_capture_method_type_1,
)
from ..models.payment_method_options_affirm_setup_future_usage_type_1 import (
    PaymentMethodOptionsAffirmSetupFutureUsageType1,
    check_payment_method_options_affirm_setup_future_usage_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsAffirm")


@_attrs_define
class PaymentMethodOptionsAffirm:
    """
    Attributes:
        capture_method (None | PaymentMethodOptionsAffirmCaptureMethodType1 | Unset): Controls when the funds will be
            captured from the customer's account.
        preferred_locale (None | str | Unset): Preferred language of the Affirm authorization page that the customer is
            redirected to.
        setup_future_usage (None | PaymentMethodOptionsAffirmSetupFutureUsageType1 | Unset): Indicates that you intend
            to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
    """

    capture_method: None | PaymentMethodOptionsAffirmCaptureMethodType1 | Unset = UNSET
    preferred_locale: None | str | Unset = UNSET
    setup_future_usage: None | PaymentMethodOptionsAffirmSetupFutureUsageType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_method: None | str | Unset
        if isinstance(self.capture_method, Unset):
            capture_method = UNSET
        elif isinstance(self.capture_method, str):
            capture_method = self.capture_method
        else:
            capture_method = self.capture_method

        preferred_locale: None | str | Unset
        if isinstance(self.preferred_locale, Unset):
            preferred_locale = UNSET
        else:
            preferred_locale = self.preferred_locale

        setup_future_usage: None | str | Unset
        if isinstance(self.setup_future_usage, Unset):
            setup_future_usage = UNSET
        elif isinstance(self.setup_future_usage, str):
            setup_future_usage = self.setup_future_usage
        else:
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

        def _parse_capture_method(
            data: object,
        ) -> None | PaymentMethodOptionsAffirmCaptureMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capture_method_type_1 = check_payment_method_options_affirm_capture_method_type_1(data)

                return capture_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsAffirmCaptureMethodType1 | Unset, data)

        capture_method = _parse_capture_method(d.pop("capture_method", UNSET))

        def _parse_preferred_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_locale = _parse_preferred_locale(d.pop("preferred_locale", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentMethodOptionsAffirmSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = check_payment_method_options_affirm_setup_future_usage_type_1(
                    data
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsAffirmSetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        payment_method_options_affirm = cls(
            capture_method=capture_method,
            preferred_locale=preferred_locale,
            setup_future_usage=setup_future_usage,
        )

        payment_method_options_affirm.additional_properties = d
        return payment_method_options_affirm

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
