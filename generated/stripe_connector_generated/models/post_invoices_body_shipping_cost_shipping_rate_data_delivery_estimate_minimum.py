from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit import (
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit,
    check_post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit,
)

T = TypeVar("T", bound="PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum")


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum:
    """
    Attributes:
        unit (PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit):
        value (int):
    """

    unit: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit: str = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = check_post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit(
            d.pop("unit")
        )

        value = d.pop("value")

        post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum = cls(
            unit=unit,
            value=value,
        )

        post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum.additional_properties = d
        return post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum

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
