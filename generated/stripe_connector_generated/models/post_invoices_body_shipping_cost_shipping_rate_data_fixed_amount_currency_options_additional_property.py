from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior import (
    PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior,
    check_post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty"
)


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty:
    """
    Attributes:
        amount (int):
        tax_behavior
            (PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior | Unset):
    """

    amount: int
    tax_behavior: (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        tax_behavior: str | Unset = UNSET
        if not isinstance(self.tax_behavior, Unset):
            tax_behavior = self.tax_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if tax_behavior is not UNSET:
            field_dict["tax_behavior"] = tax_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        _tax_behavior = d.pop("tax_behavior", UNSET)
        tax_behavior: (
            PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior
            | Unset
        )
        if isinstance(_tax_behavior, Unset):
            tax_behavior = UNSET
        else:
            tax_behavior = check_post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior(
                _tax_behavior
            )

        post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property = cls(
            amount=amount,
            tax_behavior=tax_behavior,
        )

        post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property.additional_properties = d
        return post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property

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
