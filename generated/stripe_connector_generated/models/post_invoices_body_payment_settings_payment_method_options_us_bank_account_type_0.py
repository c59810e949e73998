from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod,
    check_post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0:
    """
    Attributes:
        financial_connections (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections
            | Unset):
        verification_method (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod |
            Unset):
    """

    financial_connections: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections | Unset
    ) = UNSET
    verification_method: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod | Unset
    ) = UNSET
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
        from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _financial_connections = d.pop("financial_connections", UNSET)
        financial_connections: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections | Unset
        )
        if isinstance(_financial_connections, Unset):
            financial_connections = UNSET
        else:
            financial_connections = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections.from_dict(
                _financial_connections
            )

        _verification_method = d.pop("verification_method", UNSET)
        verification_method: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod | Unset
        )
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        else:
            verification_method = check_post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method(
                _verification_method
            )

        post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 = cls(
            financial_connections=financial_connections,
            verification_method=verification_method,
        )

        post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0

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
