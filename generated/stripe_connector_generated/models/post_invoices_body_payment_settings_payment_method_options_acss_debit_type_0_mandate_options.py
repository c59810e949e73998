from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType,
    check_post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions:
    """
    Attributes:
        transaction_type (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType
            | Unset):
    """

    transaction_type: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType
            | Unset
        )
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = check_post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type(
                _transaction_type
            )

        post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options = cls(
            transaction_type=transaction_type,
        )

        post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options

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
