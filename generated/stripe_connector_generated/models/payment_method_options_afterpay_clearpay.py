from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_afterpay_clearpay_capture_method_type_1 import (
    PaymentMethodOptionsAfterpayClearpayCaptureMethodType1,
    check_payment_method_options_afterpay_clearpay_capture_method_type_1,
)
from ..models.payment_method_options_afterpay_clearpay_setup_future_usage_type_1 import (
    PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1,
    check_payment_method_options_afterpay_clearpay_setup_future_usage_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsAfterpayClearpay")


@_attrs_define
class PaymentMethodOptionsAfterpayClearpay:
    """
    Attributes:
        capture_method (None | PaymentMethodOptionsAfterpayClearpayCaptureMethodType1 | Unset): Controls when the funds
            will be captured from the customer's account.
        reference (None | str | Unset): Order identifier shown to the customer in Afterpay’s online portal. We recommend
            using a value that helps you answer any questions a customer might have about
            the payment. The identifier is limited to 128 characters and may contain only letters, digits, underscores,
            backslashes and dashes.
        setup_future_usage (None | PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1 | Unset): Indicates that
            you intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
    """

    capture_method: None | PaymentMethodOptionsAfterpayClearpayCaptureMethodType1 | Unset = UNSET
    reference: None | str | Unset = UNSET
    setup_future_usage: None | PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_method: None | str | Unset
        if isinstance(self.capture_method, Unset):
            capture_method = UNSET
        elif isinstance(self.capture_method, str):
            capture_method = self.capture_method
        else:
            capture_method = self.capture_method

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

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
        if reference is not UNSET:
            field_dict["reference"] = reference
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_capture_method(
            data: object,
        ) -> None | PaymentMethodOptionsAfterpayClearpayCaptureMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capture_method_type_1 = check_payment_method_options_afterpay_clearpay_capture_method_type_1(
                    data
                )

                return capture_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsAfterpayClearpayCaptureMethodType1 | Unset, data)

        capture_method = _parse_capture_method(d.pop("capture_method", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = (
                    check_payment_method_options_afterpay_clearpay_setup_future_usage_type_1(data)
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        payment_method_options_afterpay_clearpay = cls(
            capture_method=capture_method,
            reference=reference,
            setup_future_usage=setup_future_usage,
        )

        payment_method_options_afterpay_clearpay.additional_properties = d
        return payment_method_options_afterpay_clearpay

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
