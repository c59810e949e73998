from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum,
    )


T = TypeVar("T", bound="PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate")


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate:
    """
    Attributes:
        maximum (PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum | Unset):
        minimum (PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum | Unset):
    """

    maximum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum | Unset = UNSET
    minimum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maximum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maximum, Unset):
            maximum = self.maximum.to_dict()

        minimum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minimum, Unset):
            minimum = self.minimum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if minimum is not UNSET:
            field_dict["minimum"] = minimum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum import (
            PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum import (
            PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _maximum = d.pop("maximum", UNSET)
        maximum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum | Unset
        if isinstance(_maximum, Unset):
            maximum = UNSET
        else:
            maximum = PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum.from_dict(_maximum)

        _minimum = d.pop("minimum", UNSET)
        minimum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum | Unset
        if isinstance(_minimum, Unset):
            minimum = UNSET
        else:
            minimum = PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum.from_dict(_minimum)

        post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate = cls(
            maximum=maximum,
            minimum=minimum,
        )

        post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate.additional_properties = d
        return post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate

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
