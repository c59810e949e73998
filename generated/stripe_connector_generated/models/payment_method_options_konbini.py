from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_konbini_setup_future_usage_type_1 import (
    PaymentMethodOptionsKonbiniSetupFutureUsageType1,
    check_payment_method_options_konbini_setup_future_usage_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsKonbini")


@_attrs_define
class PaymentMethodOptionsKonbini:
    """
    Attributes:
        confirmation_number (None | str | Unset): An optional 10 to 11 digit numeric-only string determining the
            confirmation code at applicable convenience stores.
        expires_after_days (int | None | Unset): The number of calendar days (between 1 and 60) after which Konbini
            payment instructions will expire. For example, if a PaymentIntent is confirmed with Konbini and
            `expires_after_days` set to 2 on Monday JST, the instructions will expire on Wednesday 23:59:59 JST.
        expires_at (int | None | Unset): The timestamp at which the Konbini payment instructions will expire. Only one
            of `expires_after_days` or `expires_at` may be set.
        product_description (None | str | Unset): A product descriptor of up to 22 characters, which will appear to
            customers at the convenience store.
        setup_future_usage (None | PaymentMethodOptionsKonbiniSetupFutureUsageType1 | Unset): Indicates that you intend
            to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
    """

    confirmation_number: None | str | Unset = UNSET
    expires_after_days: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    product_description: None | str | Unset = UNSET
    setup_future_usage: None | PaymentMethodOptionsKonbiniSetupFutureUsageType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmation_number: None | str | Unset
        if isinstance(self.confirmation_number, Unset):
            confirmation_number = UNSET
        else:
            confirmation_number = self.confirmation_number

        expires_after_days: int | None | Unset
        if isinstance(self.expires_after_days, Unset):
            expires_after_days = UNSET
        else:
            expires_after_days = self.expires_after_days

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        product_description: None | str | Unset
        if isinstance(self.product_description, Unset):
            product_description = UNSET
        else:
            product_description = self.product_description

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
        if confirmation_number is not UNSET:
            field_dict["confirmation_number"] = confirmation_number
        if expires_after_days is not UNSET:
            field_dict["expires_after_days"] = expires_after_days
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if product_description is not UNSET:
            field_dict["product_description"] = product_description
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_confirmation_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation_number = _parse_confirmation_number(d.pop("confirmation_number", UNSET))

        def _parse_expires_after_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_after_days = _parse_expires_after_days(d.pop("expires_after_days", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_product_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_description = _parse_product_description(d.pop("product_description", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentMethodOptionsKonbiniSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = check_payment_method_options_konbini_setup_future_usage_type_1(
                    data
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsKonbiniSetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        payment_method_options_konbini = cls(
            confirmation_number=confirmation_number,
            expires_after_days=expires_after_days,
            expires_at=expires_at,
            product_description=product_description,
            setup_future_usage=setup_future_usage,
        )

        payment_method_options_konbini.additional_properties = d
        return payment_method_options_konbini

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
