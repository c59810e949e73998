from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_acss_debit_verification_method_type_1 import (
    InvoicePaymentMethodOptionsAcssDebitVerificationMethodType1,
    check_invoice_payment_method_options_acss_debit_verification_method_type_1,
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
        mandate_options (InvoicePaymentMethodOptionsAcssDebitMandateOptions | None | Unset):
        verification_method (InvoicePaymentMethodOptionsAcssDebitVerificationMethodType1 | None | Unset): Bank account
            verification method.
    """

    mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | None | Unset = UNSET
    verification_method: InvoicePaymentMethodOptionsAcssDebitVerificationMethodType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_payment_method_options_acss_debit_mandate_options import (
            InvoicePaymentMethodOptionsAcssDebitMandateOptions,  # noqa: PLC0415
        )

        mandate_options: dict[str, Any] | None | Unset
        if isinstance(self.mandate_options, Unset):
            mandate_options = UNSET
        elif isinstance(self.mandate_options, InvoicePaymentMethodOptionsAcssDebitMandateOptions):
            mandate_options = self.mandate_options.to_dict()
        else:
            mandate_options = self.mandate_options

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

        def _parse_mandate_options(
            data: object,
        ) -> InvoicePaymentMethodOptionsAcssDebitMandateOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_options_type_0 = InvoicePaymentMethodOptionsAcssDebitMandateOptions.from_dict(data)

                return mandate_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsAcssDebitMandateOptions | None | Unset, data)

        mandate_options = _parse_mandate_options(d.pop("mandate_options", UNSET))

        def _parse_verification_method(
            data: object,
        ) -> InvoicePaymentMethodOptionsAcssDebitVerificationMethodType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_method_type_1 = (
                    check_invoice_payment_method_options_acss_debit_verification_method_type_1(data)
                )

                return verification_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsAcssDebitVerificationMethodType1 | None | Unset, data)

        verification_method = _parse_verification_method(d.pop("verification_method", UNSET))

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
