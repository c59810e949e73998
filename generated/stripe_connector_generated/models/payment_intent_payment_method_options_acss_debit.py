from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_payment_method_options_acss_debit_setup_future_usage_type_1 import (
    PaymentIntentPaymentMethodOptionsAcssDebitSetupFutureUsageType1,
    check_payment_intent_payment_method_options_acss_debit_setup_future_usage_type_1,
)
from ..models.payment_intent_payment_method_options_acss_debit_verification_method_type_1 import (
    PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1,
    check_payment_intent_payment_method_options_acss_debit_verification_method_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_payment_method_options_mandate_options_acss_debit import (
        PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
    )


T = TypeVar("T", bound="PaymentIntentPaymentMethodOptionsAcssDebit")


@_attrs_define
class PaymentIntentPaymentMethodOptionsAcssDebit:
    """
    Attributes:
        mandate_options (None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit | Unset):
        setup_future_usage (None | PaymentIntentPaymentMethodOptionsAcssDebitSetupFutureUsageType1 | Unset): Indicates
            that you intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
        verification_method (None | PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1 | Unset): Bank
            account verification method.
    """

    mandate_options: None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit | Unset = UNSET
    setup_future_usage: None | PaymentIntentPaymentMethodOptionsAcssDebitSetupFutureUsageType1 | Unset = UNSET
    verification_method: None | PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_payment_method_options_mandate_options_acss_debit import (
            PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,  # noqa: PLC0415
        )

        mandate_options: dict[str, Any] | None | Unset
        if isinstance(self.mandate_options, Unset):
            mandate_options = UNSET
        elif isinstance(self.mandate_options, PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit):
            mandate_options = self.mandate_options.to_dict()
        else:
            mandate_options = self.mandate_options

        setup_future_usage: None | str | Unset
        if isinstance(self.setup_future_usage, Unset):
            setup_future_usage = UNSET
        elif isinstance(self.setup_future_usage, str):
            setup_future_usage = self.setup_future_usage
        else:
            setup_future_usage = self.setup_future_usage

        verification_method: None | str | Unset
        if isinstance(self.verification_method, Unset):
            verification_method = UNSET
        elif isinstance(self.verification_method, str):
            verification_method = self.verification_method
        else:
            verification_method = self.verification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_payment_method_options_mandate_options_acss_debit import (
            PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_mandate_options(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_options_type_0 = PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit.from_dict(
                    data
                )

                return mandate_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit | Unset, data)

        mandate_options = _parse_mandate_options(d.pop("mandate_options", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsAcssDebitSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = (
                    check_payment_intent_payment_method_options_acss_debit_setup_future_usage_type_1(data)
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptionsAcssDebitSetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        def _parse_verification_method(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_method_type_1 = (
                    check_payment_intent_payment_method_options_acss_debit_verification_method_type_1(data)
                )

                return verification_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1 | Unset, data
            )

        verification_method = _parse_verification_method(d.pop("verification_method", UNSET))

        payment_intent_payment_method_options_acss_debit = cls(
            mandate_options=mandate_options,
            setup_future_usage=setup_future_usage,
            verification_method=verification_method,
        )

        payment_intent_payment_method_options_acss_debit.additional_properties = d
        return payment_intent_payment_method_options_acss_debit

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
