from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_funding_type import (
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType,
    check_post_payment_intents_body_payment_method_options_customer_balance_type_0_funding_type,
)
from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_customer_balance_type_0_setup_future_usage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer import (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0:
    """
    Attributes:
        bank_transfer (PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset):
        funding_type (PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType | Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0SetupFutureUsage | Unset):
    """

    bank_transfer: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset = UNSET
    funding_type: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType | Unset = UNSET
    setup_future_usage: (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0SetupFutureUsage | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_transfer, Unset):
            bank_transfer = self.bank_transfer.to_dict()

        funding_type: str | Unset = UNSET
        if not isinstance(self.funding_type, Unset):
            funding_type = self.funding_type

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
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
        from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer import (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _bank_transfer = d.pop("bank_transfer", UNSET)
        bank_transfer: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset
        if isinstance(_bank_transfer, Unset):
            bank_transfer = UNSET
        else:
            bank_transfer = (
                PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer.from_dict(
                    _bank_transfer
                )
            )

        _funding_type = d.pop("funding_type", UNSET)
        funding_type: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType | Unset
        if isinstance(_funding_type, Unset):
            funding_type = UNSET
        else:
            funding_type = (
                check_post_payment_intents_body_payment_method_options_customer_balance_type_0_funding_type(
                    _funding_type
                )
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0SetupFutureUsage | Unset
        )
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = check_post_payment_intents_body_payment_method_options_customer_balance_type_0_setup_future_usage(
                _setup_future_usage
            )

        post_payment_intents_body_payment_method_options_customer_balance_type_0 = cls(
            bank_transfer=bank_transfer,
            funding_type=funding_type,
            setup_future_usage=setup_future_usage,
        )

        post_payment_intents_body_payment_method_options_customer_balance_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_customer_balance_type_0

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
