from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_items_tax_amount_taxability_reason_type_1 import (
    LineItemsTaxAmountTaxabilityReasonType1,
    check_line_items_tax_amount_taxability_reason_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="LineItemsTaxAmount")


@_attrs_define
class LineItemsTaxAmount:
    """
    Attributes:
        amount (int | None | Unset): Amount of tax applied for this rate.
        rate (None | StripeResourceObject | Unset):
        taxability_reason (LineItemsTaxAmountTaxabilityReasonType1 | None | Unset): The reasoning behind this tax, for
            example, if the product is tax exempt. The possible values for this field may be extended as new tax rules are
            supported.
        taxable_amount (int | None | Unset): The amount on which tax is calculated, in cents (or local equivalent).
    """

    amount: int | None | Unset = UNSET
    rate: None | StripeResourceObject | Unset = UNSET
    taxability_reason: LineItemsTaxAmountTaxabilityReasonType1 | None | Unset = UNSET
    taxable_amount: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        rate: dict[str, Any] | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        elif isinstance(self.rate, StripeResourceObject):
            rate = self.rate.to_dict()
        else:
            rate = self.rate

        taxability_reason: None | str | Unset
        if isinstance(self.taxability_reason, Unset):
            taxability_reason = UNSET
        elif isinstance(self.taxability_reason, str):
            taxability_reason = self.taxability_reason
        else:
            taxability_reason = self.taxability_reason

        taxable_amount: int | None | Unset
        if isinstance(self.taxable_amount, Unset):
            taxable_amount = UNSET
        else:
            taxable_amount = self.taxable_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if rate is not UNSET:
            field_dict["rate"] = rate
        if taxability_reason is not UNSET:
            field_dict["taxability_reason"] = taxability_reason
        if taxable_amount is not UNSET:
            field_dict["taxable_amount"] = taxable_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_rate(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_type_0 = StripeResourceObject.from_dict(data)

                return rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_taxability_reason(data: object) -> LineItemsTaxAmountTaxabilityReasonType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taxability_reason_type_1 = check_line_items_tax_amount_taxability_reason_type_1(data)

                return taxability_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineItemsTaxAmountTaxabilityReasonType1 | None | Unset, data)

        taxability_reason = _parse_taxability_reason(d.pop("taxability_reason", UNSET))

        def _parse_taxable_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taxable_amount = _parse_taxable_amount(d.pop("taxable_amount", UNSET))

        line_items_tax_amount = cls(
            amount=amount,
            rate=rate,
            taxability_reason=taxability_reason,
            taxable_amount=taxable_amount,
        )

        line_items_tax_amount.additional_properties = d
        return line_items_tax_amount

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
