from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions,
    )


T = TypeVar("T", bound="PostInvoicesBodyShippingCostShippingRateDataFixedAmount")


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataFixedAmount:
    """
    Attributes:
        amount (int):
        currency (str):
        currency_options (PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions | Unset):
    """

    amount: int
    currency: str
    currency_options: PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        currency_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_options, Unset):
            currency_options = self.currency_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )
        if currency_options is not UNSET:
            field_dict["currency_options"] = currency_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options import (
            PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        _currency_options = d.pop("currency_options", UNSET)
        currency_options: PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions | Unset
        if isinstance(_currency_options, Unset):
            currency_options = UNSET
        else:
            currency_options = (
                PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions.from_dict(
                    _currency_options
                )
            )

        post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount = cls(
            amount=amount,
            currency=currency,
            currency_options=currency_options,
        )

        post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount.additional_properties = d
        return post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount

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
