from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_type_specific_payment_method_options_client_capture_method_type_1 import (
    PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1,
    check_payment_intent_type_specific_payment_method_options_client_capture_method_type_1,
)
from ..models.payment_intent_type_specific_payment_method_options_client_setup_future_usage_type_1 import (
    PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1,
    check_payment_intent_type_specific_payment_method_options_client_setup_future_usage_type_1,
)
from ..models.payment_intent_type_specific_payment_method_options_client_verification_method_type_1 import (
    PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1,
    check_payment_intent_type_specific_payment_method_options_client_verification_method_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_flows_installment_options import PaymentFlowsInstallmentOptions


T = TypeVar("T", bound="PaymentIntentTypeSpecificPaymentMethodOptionsClient")


@_attrs_define
class PaymentIntentTypeSpecificPaymentMethodOptionsClient:
    """
    Attributes:
        capture_method (None | PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1 | Unset): Controls
            when the funds will be captured from the customer's account.
        installments (None | PaymentFlowsInstallmentOptions | Unset):
        setup_future_usage (None | PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1 | Unset):
            Indicates that you intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
        verification_method (None | PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1 | Unset):
            Bank account verification method.
    """

    capture_method: None | PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1 | Unset = (
        UNSET
    )
    installments: None | PaymentFlowsInstallmentOptions | Unset = UNSET
    setup_future_usage: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1 | Unset
    ) = UNSET
    verification_method: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_flows_installment_options import (
            PaymentFlowsInstallmentOptions,  # noqa: PLC0415
        )

        capture_method: None | str | Unset
        if isinstance(self.capture_method, Unset):
            capture_method = UNSET
        elif isinstance(self.capture_method, str):
            capture_method = self.capture_method
        else:
            capture_method = self.capture_method

        installments: dict[str, Any] | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        elif isinstance(self.installments, PaymentFlowsInstallmentOptions):
            installments = self.installments.to_dict()
        else:
            installments = self.installments

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
        if capture_method is not UNSET:
            field_dict["capture_method"] = capture_method
        if installments is not UNSET:
            field_dict["installments"] = installments
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_flows_installment_options import (
            PaymentFlowsInstallmentOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_capture_method(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capture_method_type_1 = (
                    check_payment_intent_type_specific_payment_method_options_client_capture_method_type_1(
                        data
                    )
                )

                return capture_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1 | Unset, data
            )

        capture_method = _parse_capture_method(d.pop("capture_method", UNSET))

        def _parse_installments(data: object) -> None | PaymentFlowsInstallmentOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                installments_type_0 = PaymentFlowsInstallmentOptions.from_dict(data)

                return installments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentFlowsInstallmentOptions | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = check_payment_intent_type_specific_payment_method_options_client_setup_future_usage_type_1(
                    data
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1 | Unset, data
            )

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        def _parse_verification_method(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_method_type_1 = check_payment_intent_type_specific_payment_method_options_client_verification_method_type_1(
                    data
                )

                return verification_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1 | Unset,
                data,
            )

        verification_method = _parse_verification_method(d.pop("verification_method", UNSET))

        payment_intent_type_specific_payment_method_options_client = cls(
            capture_method=capture_method,
            installments=installments,
            setup_future_usage=setup_future_usage,
            verification_method=verification_method,
        )

        payment_intent_type_specific_payment_method_options_client.additional_properties = d
        return payment_intent_type_specific_payment_method_options_client

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
