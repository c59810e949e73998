from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0:
    """
    Attributes:
        bank_transfer (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset):
        funding_type (str | Unset):
    """

    bank_transfer: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset
    ) = UNSET
    funding_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_transfer, Unset):
            bank_transfer = self.bank_transfer.to_dict()

        funding_type = self.funding_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_transfer is not UNSET:
            field_dict["bank_transfer"] = bank_transfer
        if funding_type is not UNSET:
            field_dict["funding_type"] = funding_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _bank_transfer = d.pop("bank_transfer", UNSET)
        bank_transfer: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset
        )
        if isinstance(_bank_transfer, Unset):
            bank_transfer = UNSET
        else:
            bank_transfer = (
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer.from_dict(
                    _bank_transfer
                )
            )

        funding_type = d.pop("funding_type", UNSET)

        post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 = cls(
            bank_transfer=bank_transfer,
            funding_type=funding_type,
        )

        post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0

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
