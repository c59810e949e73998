from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_payment_method_options_card_capture_method_type_1 import (
    PaymentIntentPaymentMethodOptionsCardCaptureMethodType1,
    check_payment_intent_payment_method_options_card_capture_method_type_1,
)
from ..models.payment_intent_payment_method_options_card_network_type_1 import (
    PaymentIntentPaymentMethodOptionsCardNetworkType1,
    check_payment_intent_payment_method_options_card_network_type_1,
)
from ..models.payment_intent_payment_method_options_card_request_three_d_secure_type_1 import (
    PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1,
    check_payment_intent_payment_method_options_card_request_three_d_secure_type_1,
)
from ..models.payment_intent_payment_method_options_card_setup_future_usage_type_1 import (
    PaymentIntentPaymentMethodOptionsCardSetupFutureUsageType1,
    check_payment_intent_payment_method_options_card_setup_future_usage_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_options_card_installments import (
        PaymentMethodOptionsCardInstallments,
    )
    from ..models.payment_method_options_card_mandate_options import (
        PaymentMethodOptionsCardMandateOptions,
    )


T = TypeVar("T", bound="PaymentIntentPaymentMethodOptionsCard")


@_attrs_define
class PaymentIntentPaymentMethodOptionsCard:
    """
    Attributes:
        capture_method (None | PaymentIntentPaymentMethodOptionsCardCaptureMethodType1 | Unset): Controls when the funds
            will be captured from the customer's account.
        installments (None | PaymentMethodOptionsCardInstallments | Unset): Installment details for this payment (Mexico
            only).

            For more information, see the [installments integration guide](https://stripe.com/docs/payments/installments).
        mandate_options (None | PaymentMethodOptionsCardMandateOptions | Unset): Configuration options for setting up an
            eMandate for cards issued in India.
        network (None | PaymentIntentPaymentMethodOptionsCardNetworkType1 | Unset): Selected network to process this
            payment intent on. Depends on the available networks of the card attached to the payment intent. Can be only set
            confirm-time.
        request_three_d_secure (None | PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset): We
            strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication
            based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However,
            if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted
            values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually
            requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how
            this configuration interacts with Radar and our SCA Engine.
        setup_future_usage (None | PaymentIntentPaymentMethodOptionsCardSetupFutureUsageType1 | Unset): Indicates that
            you intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
        statement_descriptor_suffix_kana (None | str | Unset): Provides information about a card payment that customers
            see on their statements. Concatenated with the Kana prefix (shortened Kana descriptor) or Kana statement
            descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters. On card
            statements, the *concatenation* of both prefix and suffix (including separators) will appear truncated to 22
            characters.
        statement_descriptor_suffix_kanji (None | str | Unset): Provides information about a card payment that customers
            see on their statements. Concatenated with the Kanji prefix (shortened Kanji descriptor) or Kanji statement
            descriptor that’s set on the account to form the complete statement descriptor. Maximum 17 characters. On card
            statements, the *concatenation* of both prefix and suffix (including separators) will appear truncated to 17
            characters.
    """

    capture_method: None | PaymentIntentPaymentMethodOptionsCardCaptureMethodType1 | Unset = UNSET
    installments: None | PaymentMethodOptionsCardInstallments | Unset = UNSET
    mandate_options: None | PaymentMethodOptionsCardMandateOptions | Unset = UNSET
    network: None | PaymentIntentPaymentMethodOptionsCardNetworkType1 | Unset = UNSET
    request_three_d_secure: None | PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset = (
        UNSET
    )
    setup_future_usage: None | PaymentIntentPaymentMethodOptionsCardSetupFutureUsageType1 | Unset = UNSET
    statement_descriptor_suffix_kana: None | str | Unset = UNSET
    statement_descriptor_suffix_kanji: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_options_card_installments import (
            PaymentMethodOptionsCardInstallments,  # noqa: PLC0415
        )
        from ..models.payment_method_options_card_mandate_options import (
            PaymentMethodOptionsCardMandateOptions,  # noqa: PLC0415
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
        elif isinstance(self.installments, PaymentMethodOptionsCardInstallments):
            installments = self.installments.to_dict()
        else:
            installments = self.installments

        mandate_options: dict[str, Any] | None | Unset
        if isinstance(self.mandate_options, Unset):
            mandate_options = UNSET
        elif isinstance(self.mandate_options, PaymentMethodOptionsCardMandateOptions):
            mandate_options = self.mandate_options.to_dict()
        else:
            mandate_options = self.mandate_options

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, str):
            network = self.network
        else:
            network = self.network

        request_three_d_secure: None | str | Unset
        if isinstance(self.request_three_d_secure, Unset):
            request_three_d_secure = UNSET
        elif isinstance(self.request_three_d_secure, str):
            request_three_d_secure = self.request_three_d_secure
        else:
            request_three_d_secure = self.request_three_d_secure

        setup_future_usage: None | str | Unset
        if isinstance(self.setup_future_usage, Unset):
            setup_future_usage = UNSET
        elif isinstance(self.setup_future_usage, str):
            setup_future_usage = self.setup_future_usage
        else:
            setup_future_usage = self.setup_future_usage

        statement_descriptor_suffix_kana: None | str | Unset
        if isinstance(self.statement_descriptor_suffix_kana, Unset):
            statement_descriptor_suffix_kana = UNSET
        else:
            statement_descriptor_suffix_kana = self.statement_descriptor_suffix_kana

        statement_descriptor_suffix_kanji: None | str | Unset
        if isinstance(self.statement_descriptor_suffix_kanji, Unset):
            statement_descriptor_suffix_kanji = UNSET
        else:
            statement_descriptor_suffix_kanji = self.statement_descriptor_suffix_kanji

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capture_method is not UNSET:
            field_dict["capture_method"] = capture_method
        if installments is not UNSET:
            field_dict["installments"] = installments
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if network is not UNSET:
            field_dict["network"] = network
        if request_three_d_secure is not UNSET:
            field_dict["request_three_d_secure"] = request_three_d_secure
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if statement_descriptor_suffix_kana is not UNSET:
            field_dict["statement_descriptor_suffix_kana"] = statement_descriptor_suffix_kana
        if statement_descriptor_suffix_kanji is not UNSET:
            field_dict["statement_descriptor_suffix_kanji"] = statement_descriptor_suffix_kanji

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_options_card_installments import (
            PaymentMethodOptionsCardInstallments,  # noqa: PLC0415
        )
        from ..models.payment_method_options_card_mandate_options import (
            PaymentMethodOptionsCardMandateOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_capture_method(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsCardCaptureMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capture_method_type_1 = (
                    check_payment_intent_payment_method_options_card_capture_method_type_1(data)
                )

                return capture_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptionsCardCaptureMethodType1 | Unset, data)

        capture_method = _parse_capture_method(d.pop("capture_method", UNSET))

        def _parse_installments(data: object) -> None | PaymentMethodOptionsCardInstallments | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                installments_type_0 = PaymentMethodOptionsCardInstallments.from_dict(data)

                return installments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCardInstallments | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        def _parse_mandate_options(data: object) -> None | PaymentMethodOptionsCardMandateOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_options_type_0 = PaymentMethodOptionsCardMandateOptions.from_dict(data)

                return mandate_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCardMandateOptions | Unset, data)

        mandate_options = _parse_mandate_options(d.pop("mandate_options", UNSET))

        def _parse_network(data: object) -> None | PaymentIntentPaymentMethodOptionsCardNetworkType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_1 = check_payment_intent_payment_method_options_card_network_type_1(data)

                return network_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptionsCardNetworkType1 | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_request_three_d_secure(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_three_d_secure_type_1 = (
                    check_payment_intent_payment_method_options_card_request_three_d_secure_type_1(data)
                )

                return request_three_d_secure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset, data)

        request_three_d_secure = _parse_request_three_d_secure(d.pop("request_three_d_secure", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsCardSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = (
                    check_payment_intent_payment_method_options_card_setup_future_usage_type_1(data)
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptionsCardSetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        def _parse_statement_descriptor_suffix_kana(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor_suffix_kana = _parse_statement_descriptor_suffix_kana(
            d.pop("statement_descriptor_suffix_kana", UNSET)
        )

        def _parse_statement_descriptor_suffix_kanji(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor_suffix_kanji = _parse_statement_descriptor_suffix_kanji(
            d.pop("statement_descriptor_suffix_kanji", UNSET)
        )

        payment_intent_payment_method_options_card = cls(
            capture_method=capture_method,
            installments=installments,
            mandate_options=mandate_options,
            network=network,
            request_three_d_secure=request_three_d_secure,
            setup_future_usage=setup_future_usage,
            statement_descriptor_suffix_kana=statement_descriptor_suffix_kana,
            statement_descriptor_suffix_kanji=statement_descriptor_suffix_kanji,
        )

        payment_intent_payment_method_options_card.additional_properties = d
        return payment_intent_payment_method_options_card

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
