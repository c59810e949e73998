from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_us_bank_account_verification_method_type_1 import (
    InvoicePaymentMethodOptionsUsBankAccountVerificationMethodType1,
    check_invoice_payment_method_options_us_bank_account_verification_method_type_1,
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
        financial_connections (InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | None | Unset):
        verification_method (InvoicePaymentMethodOptionsUsBankAccountVerificationMethodType1 | None | Unset): Bank
            account verification method.
    """

    financial_connections: InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | None | Unset = UNSET
    verification_method: InvoicePaymentMethodOptionsUsBankAccountVerificationMethodType1 | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_payment_method_options_us_bank_account_linked_account_options import (
            InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,  # noqa: PLC0415
        )

        financial_connections: dict[str, Any] | None | Unset
        if isinstance(self.financial_connections, Unset):
            financial_connections = UNSET
        elif isinstance(
            self.financial_connections, InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions
        ):
            financial_connections = self.financial_connections.to_dict()
        else:
            financial_connections = self.financial_connections

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
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_method_options_us_bank_account_linked_account_options import (
            InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_financial_connections(
            data: object,
        ) -> InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                financial_connections_type_0 = (
                    InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions.from_dict(data)
                )

                return financial_connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | None | Unset, data)

        financial_connections = _parse_financial_connections(d.pop("financial_connections", UNSET))

        def _parse_verification_method(
            data: object,
        ) -> InvoicePaymentMethodOptionsUsBankAccountVerificationMethodType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_method_type_1 = (
                    check_invoice_payment_method_options_us_bank_account_verification_method_type_1(data)
                )

                return verification_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsUsBankAccountVerificationMethodType1 | None | Unset, data)

        verification_method = _parse_verification_method(d.pop("verification_method", UNSET))

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
