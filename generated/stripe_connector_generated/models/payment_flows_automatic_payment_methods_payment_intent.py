from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_flows_automatic_payment_methods_payment_intent_allow_redirects import (
    PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirects,
    check_payment_flows_automatic_payment_methods_payment_intent_allow_redirects,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentFlowsAutomaticPaymentMethodsPaymentIntent")


@_attrs_define
class PaymentFlowsAutomaticPaymentMethodsPaymentIntent:
    """
    Attributes:
        allow_redirects (PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirects | Unset): Controls whether this
            PaymentIntent will accept redirect-based payment methods.

            Redirect-based payment methods may require your customer to be redirected to a payment method's app or site for
            authentication or additional steps. To [confirm](https://stripe.com/docs/api/payment_intents/confirm) this
            PaymentIntent, you may be required to provide a `return_url` to redirect customers back to your site after they
            authenticate or complete the payment.
        enabled (bool | Unset): Automatically calculates compatible payment methods
    """

    allow_redirects: PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirects | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_redirects: str | Unset = UNSET
        if not isinstance(self.allow_redirects, Unset):
            allow_redirects = self.allow_redirects

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_redirects is not UNSET:
            field_dict["allow_redirects"] = allow_redirects
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _allow_redirects = d.pop("allow_redirects", UNSET)
        allow_redirects: PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirects | Unset
        if isinstance(_allow_redirects, Unset):
            allow_redirects = UNSET
        else:
            allow_redirects = check_payment_flows_automatic_payment_methods_payment_intent_allow_redirects(
                _allow_redirects
            )

        enabled = d.pop("enabled", UNSET)

        payment_flows_automatic_payment_methods_payment_intent = cls(
            allow_redirects=allow_redirects,
            enabled=enabled,
        )

        payment_flows_automatic_payment_methods_payment_intent.additional_properties = d
        return payment_flows_automatic_payment_methods_payment_intent

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
