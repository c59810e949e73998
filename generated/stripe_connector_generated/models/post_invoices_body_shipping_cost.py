from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data import (
        PostInvoicesBodyShippingCostShippingRateData,
    )


T = TypeVar("T", bound="PostInvoicesBodyShippingCost")


@_attrs_define
class PostInvoicesBodyShippingCost:
    """Settings for the cost of shipping for this invoice.

    Attributes:
        shipping_rate (str | Unset):
        shipping_rate_data (PostInvoicesBodyShippingCostShippingRateData | Unset):
    """

    shipping_rate: str | Unset = UNSET
    shipping_rate_data: PostInvoicesBodyShippingCostShippingRateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_rate = self.shipping_rate

        shipping_rate_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_rate_data, Unset):
            shipping_rate_data = self.shipping_rate_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_rate is not UNSET:
            field_dict["shipping_rate"] = shipping_rate
        if shipping_rate_data is not UNSET:
            field_dict["shipping_rate_data"] = shipping_rate_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data import (
            PostInvoicesBodyShippingCostShippingRateData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        shipping_rate = d.pop("shipping_rate", UNSET)

        _shipping_rate_data = d.pop("shipping_rate_data", UNSET)
        shipping_rate_data: PostInvoicesBodyShippingCostShippingRateData | Unset
        if isinstance(_shipping_rate_data, Unset):
            shipping_rate_data = UNSET
        else:
            shipping_rate_data = PostInvoicesBodyShippingCostShippingRateData.from_dict(_shipping_rate_data)

        post_invoices_body_shipping_cost = cls(
            shipping_rate=shipping_rate,
            shipping_rate_data=shipping_rate_data,
        )

        post_invoices_body_shipping_cost.additional_properties = d
        return post_invoices_body_shipping_cost

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
