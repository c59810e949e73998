from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_payment_method_options_us_bank_account_preferred_settlement_speed_type_1 import (
    PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1,
    check_payment_intent_payment_method_options_us_bank_account_preferred_settlement_speed_type_1,
)
from ..models.payment_intent_payment_method_options_us_bank_account_setup_future_usage_type_1 import (
    PaymentIntentPaymentMethodOptionsUsBankAccountSetupFutureUsageType1,
    check_payment_intent_payment_method_options_us_bank_account_setup_future_usage_type_1,
)
from ..models.payment_intent_payment_method_options_us_bank_account_verification_method_type_1 import (
    PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1,
    check_payment_intent_payment_method_options_us_bank_account_verification_method_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linked_account_options_us_bank_account import (
        LinkedAccountOptionsUsBankAccount,
    )


T = TypeVar("T", bound="PaymentIntentPaymentMethodOptionsUsBankAccount")


@_attrs_define
class PaymentIntentPaymentMethodOptionsUsBankAccount:
    """
    Attributes:
        financial_connections (LinkedAccountOptionsUsBankAccount | None | Unset):
        preferred_settlement_speed (None | PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1 |
            Unset): Preferred transaction settlement speed
        setup_future_usage (None | PaymentIntentPaymentMethodOptionsUsBankAccountSetupFutureUsageType1 | Unset):
            Indicates that you intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
        verification_method (None | PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1 | Unset): Bank
            account verification method.
    """

    financial_connections: LinkedAccountOptionsUsBankAccount | None | Unset = UNSET
    preferred_settlement_speed: (
        None | PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1 | Unset
    ) = UNSET
    setup_future_usage: None | PaymentIntentPaymentMethodOptionsUsBankAccountSetupFutureUsageType1 | Unset = (
        UNSET
    )
    verification_method: (
        None | PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.linked_account_options_us_bank_account import (
            LinkedAccountOptionsUsBankAccount,  # noqa: PLC0415
        )

        financial_connections: dict[str, Any] | None | Unset
        if isinstance(self.financial_connections, Unset):
            financial_connections = UNSET
        elif isinstance(self.financial_connections, LinkedAccountOptionsUsBankAccount):
            financial_connections = self.financial_connections.to_dict()
        else:
            financial_connections = self.financial_connections

        preferred_settlement_speed: None | str | Unset
        if isinstance(self.preferred_settlement_speed, Unset):
            preferred_settlement_speed = UNSET
        elif isinstance(self.preferred_settlement_speed, str):
            preferred_settlement_speed = self.preferred_settlement_speed
        else:
            preferred_settlement_speed = self.preferred_settlement_speed

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
        if financial_connections is not UNSET:
            field_dict["financial_connections"] = financial_connections
        if preferred_settlement_speed is not UNSET:
            field_dict["preferred_settlement_speed"] = preferred_settlement_speed
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.linked_account_options_us_bank_account import (
            LinkedAccountOptionsUsBankAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_financial_connections(data: object) -> LinkedAccountOptionsUsBankAccount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                financial_connections_type_0 = LinkedAccountOptionsUsBankAccount.from_dict(data)

                return financial_connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedAccountOptionsUsBankAccount | None | Unset, data)

        financial_connections = _parse_financial_connections(d.pop("financial_connections", UNSET))

        def _parse_preferred_settlement_speed(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_settlement_speed_type_1 = check_payment_intent_payment_method_options_us_bank_account_preferred_settlement_speed_type_1(
                    data
                )

                return preferred_settlement_speed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1 | Unset,
                data,
            )

        preferred_settlement_speed = _parse_preferred_settlement_speed(
            d.pop("preferred_settlement_speed", UNSET)
        )

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsUsBankAccountSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = (
                    check_payment_intent_payment_method_options_us_bank_account_setup_future_usage_type_1(
                        data
                    )
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentPaymentMethodOptionsUsBankAccountSetupFutureUsageType1 | Unset, data
            )

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        def _parse_verification_method(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_method_type_1 = (
                    check_payment_intent_payment_method_options_us_bank_account_verification_method_type_1(
                        data
                    )
                )

                return verification_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1 | Unset, data
            )

        verification_method = _parse_verification_method(d.pop("verification_method", UNSET))

        payment_intent_payment_method_options_us_bank_account = cls(
            financial_connections=financial_connections,
            preferred_settlement_speed=preferred_settlement_speed,
            setup_future_usage=setup_future_usage,
            verification_method=verification_method,
        )

        payment_intent_payment_method_options_us_bank_account.additional_properties = d
        return payment_intent_payment_method_options_us_bank_account

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
