from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer:
    """
    Attributes:
        eu_bank_transfer
            (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer | Unset):
        type_ (str | Unset):
    """

    eu_bank_transfer: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer
        | Unset
    ) = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eu_bank_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eu_bank_transfer, Unset):
            eu_bank_transfer = self.eu_bank_transfer.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eu_bank_transfer is not UNSET:
            field_dict["eu_bank_transfer"] = eu_bank_transfer
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _eu_bank_transfer = d.pop("eu_bank_transfer", UNSET)
        eu_bank_transfer: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer
            | Unset
        )
        if isinstance(_eu_bank_transfer, Unset):
            eu_bank_transfer = UNSET
        else:
            eu_bank_transfer = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer.from_dict(
                _eu_bank_transfer
            )

        type_ = d.pop("type", UNSET)

        post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer = (
            cls(
                eu_bank_transfer=eu_bank_transfer,
                type_=type_,
            )
        )

        post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer.additional_properties = d
        return (
            post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer
        )

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
