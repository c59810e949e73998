from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_us_bank_account_verification_method import (
    InvoicePaymentMethodOptionsUsBankAccountVerificationMethod,
    check_invoice_payment_method_options_us_bank_account_verification_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_method_options_us_bank_account_linked_account_options import (
        InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
    )


T = TypeVar("T", bound="InvoicePaymentMethodOptionsUsBankAccount")


@_attrs_define
class InvoicePaymentMethodOptionsUsBankAccount:
    """
    Attributes:
        financial_connections (InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | Unset):
        verification_method (InvoicePaymentMethodOptionsUsBankAccountVerificationMethod | Unset): Bank account
            verification method.
    """

    financial_connections: InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | Unset = UNSET
    verification_method: InvoicePaymentMethodOptionsUsBankAccountVerificationMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        financial_connections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_connections, Unset):
            financial_connections = self.financial_connections.to_dict()

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if financial_connections is not UNSET:
            field_dict["financial_connections"] = financial_connections
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_method_options_us_bank_account_linked_account_options import (
            InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _financial_connections = d.pop("financial_connections", UNSET)
        financial_connections: InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | Unset
        if isinstance(_financial_connections, Unset):
            financial_connections = UNSET
        else:
            financial_connections = InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions.from_dict(
                _financial_connections
            )

        _verification_method = d.pop("verification_method", UNSET)
        verification_method: InvoicePaymentMethodOptionsUsBankAccountVerificationMethod | Unset
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        else:
            verification_method = check_invoice_payment_method_options_us_bank_account_verification_method(
                _verification_method
            )

        invoice_payment_method_options_us_bank_account = cls(
            financial_connections=financial_connections,
            verification_method=verification_method,
        )

        invoice_payment_method_options_us_bank_account.additional_properties = d
        return invoice_payment_method_options_us_bank_account

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
