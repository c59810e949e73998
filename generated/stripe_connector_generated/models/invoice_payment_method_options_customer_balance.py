from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_customer_balance_funding_type_type_1 import (
    InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1,
    check_invoice_payment_method_options_customer_balance_funding_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_method_options_customer_balance_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
    )


T = TypeVar("T", bound="InvoicePaymentMethodOptionsCustomerBalance")


@_attrs_define
class InvoicePaymentMethodOptionsCustomerBalance:
    """
    Attributes:
        bank_transfer (InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None | Unset):
        funding_type (InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1 | None | Unset): The funding method
            type to be used when there are not enough funds in the customer balance. Permitted values include:
            `bank_transfer`.
    """

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None | Unset = UNSET
    funding_type: InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_payment_method_options_customer_balance_bank_transfer import (
            InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,  # noqa: PLC0415
        )

        bank_transfer: dict[str, Any] | None | Unset
        if isinstance(self.bank_transfer, Unset):
            bank_transfer = UNSET
        elif isinstance(self.bank_transfer, InvoicePaymentMethodOptionsCustomerBalanceBankTransfer):
            bank_transfer = self.bank_transfer.to_dict()
        else:
            bank_transfer = self.bank_transfer

        funding_type: None | str | Unset
        if isinstance(self.funding_type, Unset):
            funding_type = UNSET
        elif isinstance(self.funding_type, str):
            funding_type = self.funding_type
        else:
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
        from ..models.invoice_payment_method_options_customer_balance_bank_transfer import (
            InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_bank_transfer(
            data: object,
        ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_transfer_type_0 = InvoicePaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(data)

                return bank_transfer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None | Unset, data)

        bank_transfer = _parse_bank_transfer(d.pop("bank_transfer", UNSET))

        def _parse_funding_type(
            data: object,
        ) -> InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                funding_type_type_1 = (
                    check_invoice_payment_method_options_customer_balance_funding_type_type_1(data)
                )

                return funding_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1 | None | Unset, data)

        funding_type = _parse_funding_type(d.pop("funding_type", UNSET))

        invoice_payment_method_options_customer_balance = cls(
            bank_transfer=bank_transfer,
            funding_type=funding_type,
        )

        invoice_payment_method_options_customer_balance.additional_properties = d
        return invoice_payment_method_options_customer_balance

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
