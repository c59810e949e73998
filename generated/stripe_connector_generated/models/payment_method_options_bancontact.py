from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_bancontact_preferred_language import (
    PaymentMethodOptionsBancontactPreferredLanguage,
    check_payment_method_options_bancontact_preferred_language,
)
from ..models.payment_method_options_bancontact_setup_future_usage import (
    PaymentMethodOptionsBancontactSetupFutureUsage,
    check_payment_method_options_bancontact_setup_future_usage,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsBancontact")


@_attrs_define
class PaymentMethodOptionsBancontact:
    """
    Attributes:
        preferred_language (PaymentMethodOptionsBancontactPreferredLanguage | Unset): Preferred language of the
            Bancontact authorization page that the customer is redirected to.
        setup_future_usage (PaymentMethodOptionsBancontactSetupFutureUsage | Unset): Indicates that you intend to make
            future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
    """

    preferred_language: PaymentMethodOptionsBancontactPreferredLanguage | Unset = UNSET
    setup_future_usage: PaymentMethodOptionsBancontactSetupFutureUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred_language: str | Unset = UNSET
        if not isinstance(self.preferred_language, Unset):
            preferred_language = self.preferred_language

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preferred_language is not UNSET:
            field_dict["preferred_language"] = preferred_language
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _preferred_language = d.pop("preferred_language", UNSET)
        preferred_language: PaymentMethodOptionsBancontactPreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = check_payment_method_options_bancontact_preferred_language(
                _preferred_language
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PaymentMethodOptionsBancontactSetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = check_payment_method_options_bancontact_setup_future_usage(
                _setup_future_usage
            )

        payment_method_options_bancontact = cls(
            preferred_language=preferred_language,
            setup_future_usage=setup_future_usage,
        )

        payment_method_options_bancontact.additional_properties = d
        return payment_method_options_bancontact

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
