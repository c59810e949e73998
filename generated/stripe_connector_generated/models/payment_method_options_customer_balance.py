from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_customer_balance_funding_type_type_1 import (
    PaymentMethodOptionsCustomerBalanceFundingTypeType1,
    check_payment_method_options_customer_balance_funding_type_type_1,
)
from ..models.payment_method_options_customer_balance_setup_future_usage_type_1 import (
    PaymentMethodOptionsCustomerBalanceSetupFutureUsageType1,
    check_payment_method_options_customer_balance_setup_future_usage_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_options_customer_balance_bank_transfer import (
        PaymentMethodOptionsCustomerBalanceBankTransfer,
    )


T = TypeVar("T", bound="PaymentMethodOptionsCustomerBalance")


@_attrs_define
class PaymentMethodOptionsCustomerBalance:
    """
    Attributes:
        bank_transfer (None | PaymentMethodOptionsCustomerBalanceBankTransfer | Unset):
        funding_type (None | PaymentMethodOptionsCustomerBalanceFundingTypeType1 | Unset): The funding method type to be
            used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`.
        setup_future_usage (None | PaymentMethodOptionsCustomerBalanceSetupFutureUsageType1 | Unset): Indicates that you
            intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
    """

    bank_transfer: None | PaymentMethodOptionsCustomerBalanceBankTransfer | Unset = UNSET
    funding_type: None | PaymentMethodOptionsCustomerBalanceFundingTypeType1 | Unset = UNSET
    setup_future_usage: None | PaymentMethodOptionsCustomerBalanceSetupFutureUsageType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_options_customer_balance_bank_transfer import (
            PaymentMethodOptionsCustomerBalanceBankTransfer,  # noqa: PLC0415
        )

        bank_transfer: dict[str, Any] | None | Unset
        if isinstance(self.bank_transfer, Unset):
            bank_transfer = UNSET
        elif isinstance(self.bank_transfer, PaymentMethodOptionsCustomerBalanceBankTransfer):
            bank_transfer = self.bank_transfer.to_dict()
        else:
            bank_transfer = self.bank_transfer

        funding_type: None | str | Unset
        if isinstance(self.funding_type, Unset):
            funding_type = UNSET
        elif isinstance(self.funding_type, str):
            funding_type = self.funding_type
        else:
            funding_type = self.funding_type

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
        if bank_transfer is not UNSET:
            field_dict["bank_transfer"] = bank_transfer
        if funding_type is not UNSET:
            field_dict["funding_type"] = funding_type
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_options_customer_balance_bank_transfer import (
            PaymentMethodOptionsCustomerBalanceBankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_bank_transfer(
            data: object,
        ) -> None | PaymentMethodOptionsCustomerBalanceBankTransfer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_transfer_type_0 = PaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(data)

                return bank_transfer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCustomerBalanceBankTransfer | Unset, data)

        bank_transfer = _parse_bank_transfer(d.pop("bank_transfer", UNSET))

        def _parse_funding_type(
            data: object,
        ) -> None | PaymentMethodOptionsCustomerBalanceFundingTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                funding_type_type_1 = check_payment_method_options_customer_balance_funding_type_type_1(data)

                return funding_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCustomerBalanceFundingTypeType1 | Unset, data)

        funding_type = _parse_funding_type(d.pop("funding_type", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentMethodOptionsCustomerBalanceSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = (
                    check_payment_method_options_customer_balance_setup_future_usage_type_1(data)
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCustomerBalanceSetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        payment_method_options_customer_balance = cls(
            bank_transfer=bank_transfer,
            funding_type=funding_type,
            setup_future_usage=setup_future_usage,
        )

        payment_method_options_customer_balance.additional_properties = d
        return payment_method_options_customer_balance

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
