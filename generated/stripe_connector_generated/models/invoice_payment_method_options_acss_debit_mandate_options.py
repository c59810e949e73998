from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_acss_debit_mandate_options_transaction_type_type_1 import (
    InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1,
    check_invoice_payment_method_options_acss_debit_mandate_options_transaction_type_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentMethodOptionsAcssDebitMandateOptions")


@_attrs_define
class InvoicePaymentMethodOptionsAcssDebitMandateOptions:
    """
    Attributes:
        transaction_type (InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1 | None | Unset):
            Transaction type of the mandate.
    """

    transaction_type: (
        InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_type: None | str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
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

        def _parse_transaction_type(
            data: object,
        ) -> InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_type_type_1 = (
                    check_invoice_payment_method_options_acss_debit_mandate_options_transaction_type_type_1(
                        data
                    )
                )

                return transaction_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1 | None | Unset, data
            )

        transaction_type = _parse_transaction_type(d.pop("transaction_type", UNSET))

        invoice_payment_method_options_acss_debit_mandate_options = cls(
            transaction_type=transaction_type,
        )

        invoice_payment_method_options_acss_debit_mandate_options.additional_properties = d
        return invoice_payment_method_options_acss_debit_mandate_options

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
