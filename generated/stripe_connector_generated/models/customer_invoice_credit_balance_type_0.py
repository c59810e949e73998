from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerInvoiceCreditBalanceType0")


@_attrs_define
class CustomerInvoiceCreditBalanceType0:
    """The current multi-currency balances, if any, being stored on the customer. If positive in a currency, the customer
    has a credit to apply to their next invoice denominated in that currency. If negative, the customer has an amount
    owed that will be added to their next invoice denominated in that currency. These balances do not refer to any
    unpaid invoices. They solely track amounts that have yet to be successfully applied to any invoice. A balance in a
    particular currency is only applied to any invoice as an invoice in that currency is finalized.

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_invoice_credit_balance_type_0 = cls()

        customer_invoice_credit_balance_type_0.additional_properties = d
        return customer_invoice_credit_balance_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
