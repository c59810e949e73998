from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_acss_debit_verification_method import (
    InvoicePaymentMethodOptionsAcssDebitVerificationMethod,
    check_invoice_payment_method_options_acss_debit_verification_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_method_options_acss_debit_mandate_options import (
        InvoicePaymentMethodOptionsAcssDebitMandateOptions,
    )


T = TypeVar("T", bound="InvoicePaymentMethodOptionsAcssDebit")


@_attrs_define
class InvoicePaymentMethodOptionsAcssDebit:
    """
    Attributes:
        mandate_options (InvoicePaymentMethodOptionsAcssDebitMandateOptions | Unset):
        verification_method (InvoicePaymentMethodOptionsAcssDebitVerificationMethod | Unset): Bank account verification
            method.
    """

    mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | Unset = UNSET
    verification_method: InvoicePaymentMethodOptionsAcssDebitVerificationMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandate_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_options, Unset):
            mandate_options = self.mandate_options.to_dict()

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_method_options_acss_debit_mandate_options import (
            InvoicePaymentMethodOptionsAcssDebitMandateOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _mandate_options = d.pop("mandate_options", UNSET)
        mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | Unset
        if isinstance(_mandate_options, Unset):
            mandate_options = UNSET
        else:
            mandate_options = InvoicePaymentMethodOptionsAcssDebitMandateOptions.from_dict(_mandate_options)

        _verification_method = d.pop("verification_method", UNSET)
        verification_method: InvoicePaymentMethodOptionsAcssDebitVerificationMethod | Unset
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        else:
            verification_method = check_invoice_payment_method_options_acss_debit_verification_method(
                _verification_method
            )

        invoice_payment_method_options_acss_debit = cls(
            mandate_options=mandate_options,
            verification_method=verification_method,
        )

        invoice_payment_method_options_acss_debit.additional_properties = d
        return invoice_payment_method_options_acss_debit

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
