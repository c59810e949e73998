from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_mandate_options_card_amount_type_type_1 import (
    InvoiceMandateOptionsCardAmountTypeType1,
    check_invoice_mandate_options_card_amount_type_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceMandateOptionsCard")


@_attrs_define
class InvoiceMandateOptionsCard:
    """
    Attributes:
        amount (int | None | Unset): Amount to be charged for future payments.
        amount_type (InvoiceMandateOptionsCardAmountTypeType1 | None | Unset): One of `fixed` or `maximum`. If `fixed`,
            the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged
            can be up to the value passed for the `amount` param.
        description (None | str | Unset): A description of the mandate or subscription that is meant to be displayed to
            the customer.
    """

    amount: int | None | Unset = UNSET
    amount_type: InvoiceMandateOptionsCardAmountTypeType1 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_type: None | str | Unset
        if isinstance(self.amount_type, Unset):
            amount_type = UNSET
        elif isinstance(self.amount_type, str):
            amount_type = self.amount_type
        else:
            amount_type = self.amount_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_type is not UNSET:
            field_dict["amount_type"] = amount_type
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_amount_type(data: object) -> InvoiceMandateOptionsCardAmountTypeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                amount_type_type_1 = check_invoice_mandate_options_card_amount_type_type_1(data)

                return amount_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceMandateOptionsCardAmountTypeType1 | None | Unset, data)

        amount_type = _parse_amount_type(d.pop("amount_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        invoice_mandate_options_card = cls(
            amount=amount,
            amount_type=amount_type,
            description=description,
        )

        invoice_mandate_options_card.additional_properties = d
        return invoice_mandate_options_card

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
