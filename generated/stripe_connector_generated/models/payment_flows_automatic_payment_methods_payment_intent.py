from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_flows_automatic_payment_methods_payment_intent_allow_redirects_type_1 import (
    PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1,
    check_payment_flows_automatic_payment_methods_payment_intent_allow_redirects_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentFlowsAutomaticPaymentMethodsPaymentIntent")


@_attrs_define
class PaymentFlowsAutomaticPaymentMethodsPaymentIntent:
    """
    Attributes:
        allow_redirects (None | PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1 | Unset): Controls
            whether this PaymentIntent will accept redirect-based payment methods.

            Redirect-based payment methods may require your customer to be redirected to a payment method's app or site for
            authentication or additional steps. To [confirm](https://stripe.com/docs/api/payment_intents/confirm) this
            PaymentIntent, you may be required to provide a `return_url` to redirect customers back to your site after they
            authenticate or complete the payment.
        enabled (bool | None | Unset): Automatically calculates compatible payment methods
    """

    allow_redirects: None | PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1 | Unset = (
        UNSET
    )
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_redirects: None | str | Unset
        if isinstance(self.allow_redirects, Unset):
            allow_redirects = UNSET
        elif isinstance(self.allow_redirects, str):
            allow_redirects = self.allow_redirects
        else:
            allow_redirects = self.allow_redirects

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
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

        def _parse_allow_redirects(
            data: object,
        ) -> None | PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allow_redirects_type_1 = (
                    check_payment_flows_automatic_payment_methods_payment_intent_allow_redirects_type_1(data)
                )

                return allow_redirects_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1 | Unset, data
            )

        allow_redirects = _parse_allow_redirects(d.pop("allow_redirects", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

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
