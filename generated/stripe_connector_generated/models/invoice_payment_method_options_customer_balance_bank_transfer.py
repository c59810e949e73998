from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
    )


T = TypeVar("T", bound="InvoicePaymentMethodOptionsCustomerBalanceBankTransfer")


@_attrs_define
class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer:
    """
    Attributes:
        eu_bank_transfer (InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None | Unset):
        type_ (None | str | Unset): The bank transfer type that can be used for funding. Permitted values include:
            `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`.
    """

    eu_bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None | Unset = (
        UNSET
    )
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
            InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,  # noqa: PLC0415
        )

        eu_bank_transfer: dict[str, Any] | None | Unset
        if isinstance(self.eu_bank_transfer, Unset):
            eu_bank_transfer = UNSET
        elif isinstance(
            self.eu_bank_transfer, InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer
        ):
            eu_bank_transfer = self.eu_bank_transfer.to_dict()
        else:
            eu_bank_transfer = self.eu_bank_transfer

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
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
        from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
            InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_eu_bank_transfer(
            data: object,
        ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eu_bank_transfer_type_0 = (
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer.from_dict(data)
                )

                return eu_bank_transfer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None | Unset, data
            )

        eu_bank_transfer = _parse_eu_bank_transfer(d.pop("eu_bank_transfer", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        invoice_payment_method_options_customer_balance_bank_transfer = cls(
            eu_bank_transfer=eu_bank_transfer,
            type_=type_,
        )

        invoice_payment_method_options_customer_balance_bank_transfer.additional_properties = d
        return invoice_payment_method_options_customer_balance_bank_transfer

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
