from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_items_tax_amount import LineItemsTaxAmount
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="InvoicesShippingCost")


@_attrs_define
class InvoicesShippingCost:
    """
    Attributes:
        amount_subtotal (int | None | Unset): Total shipping cost before any taxes are applied.
        amount_tax (int | None | Unset): Total tax amount applied due to shipping costs. If no tax was applied, defaults
            to 0.
        amount_total (int | None | Unset): Total shipping cost after taxes are applied.
        shipping_rate (None | str | StripeResourceObject | Unset): The ID of the ShippingRate for this invoice.
        taxes (list[LineItemsTaxAmount] | None | Unset): The taxes applied to the shipping rate.
    """

    amount_subtotal: int | None | Unset = UNSET
    amount_tax: int | None | Unset = UNSET
    amount_total: int | None | Unset = UNSET
    shipping_rate: None | str | StripeResourceObject | Unset = UNSET
    taxes: list[LineItemsTaxAmount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        amount_subtotal: int | None | Unset
        if isinstance(self.amount_subtotal, Unset):
            amount_subtotal = UNSET
        else:
            amount_subtotal = self.amount_subtotal

        amount_tax: int | None | Unset
        if isinstance(self.amount_tax, Unset):
            amount_tax = UNSET
        else:
            amount_tax = self.amount_tax

        amount_total: int | None | Unset
        if isinstance(self.amount_total, Unset):
            amount_total = UNSET
        else:
            amount_total = self.amount_total

        shipping_rate: dict[str, Any] | None | str | Unset
        if isinstance(self.shipping_rate, Unset):
            shipping_rate = UNSET
        elif isinstance(self.shipping_rate, StripeResourceObject):
            shipping_rate = self.shipping_rate.to_dict()
        else:
            shipping_rate = self.shipping_rate

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_subtotal is not UNSET:
            field_dict["amount_subtotal"] = amount_subtotal
        if amount_tax is not UNSET:
            field_dict["amount_tax"] = amount_tax
        if amount_total is not UNSET:
            field_dict["amount_total"] = amount_total
        if shipping_rate is not UNSET:
            field_dict["shipping_rate"] = shipping_rate
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_items_tax_amount import LineItemsTaxAmount  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount_subtotal(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_subtotal = _parse_amount_subtotal(d.pop("amount_subtotal", UNSET))

        def _parse_amount_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_tax = _parse_amount_tax(d.pop("amount_tax", UNSET))

        def _parse_amount_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_total = _parse_amount_total(d.pop("amount_total", UNSET))

        def _parse_shipping_rate(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_rate_type_1 = StripeResourceObject.from_dict(data)

                return shipping_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        shipping_rate = _parse_shipping_rate(d.pop("shipping_rate", UNSET))

        def _parse_taxes(data: object) -> list[LineItemsTaxAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxes_type_0 = []
                _taxes_type_0 = data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = LineItemsTaxAmount.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                return taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LineItemsTaxAmount] | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        invoices_shipping_cost = cls(
            amount_subtotal=amount_subtotal,
            amount_tax=amount_tax,
            amount_total=amount_total,
            shipping_rate=shipping_rate,
            taxes=taxes,
        )

        invoices_shipping_cost.additional_properties = d
        return invoices_shipping_cost

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
