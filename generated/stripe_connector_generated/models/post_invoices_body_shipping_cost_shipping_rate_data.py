from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior import (
    PostInvoicesBodyShippingCostShippingRateDataTaxBehavior,
    check_post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior,
)
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_type import (
    PostInvoicesBodyShippingCostShippingRateDataType,
    check_post_invoices_body_shipping_cost_shipping_rate_data_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmount,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_metadata import (
        PostInvoicesBodyShippingCostShippingRateDataMetadata,
    )


T = TypeVar("T", bound="PostInvoicesBodyShippingCostShippingRateData")


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateData:
    """
    Attributes:
        display_name (str):
        delivery_estimate (PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate | Unset):
        fixed_amount (PostInvoicesBodyShippingCostShippingRateDataFixedAmount | Unset):
        metadata (PostInvoicesBodyShippingCostShippingRateDataMetadata | Unset):
        tax_behavior (PostInvoicesBodyShippingCostShippingRateDataTaxBehavior | Unset):
        tax_code (str | Unset):
        type_ (PostInvoicesBodyShippingCostShippingRateDataType | Unset):
    """

    display_name: str
    delivery_estimate: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate | Unset = UNSET
    fixed_amount: PostInvoicesBodyShippingCostShippingRateDataFixedAmount | Unset = UNSET
    metadata: PostInvoicesBodyShippingCostShippingRateDataMetadata | Unset = UNSET
    tax_behavior: PostInvoicesBodyShippingCostShippingRateDataTaxBehavior | Unset = UNSET
    tax_code: str | Unset = UNSET
    type_: PostInvoicesBodyShippingCostShippingRateDataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        delivery_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_estimate, Unset):
            delivery_estimate = self.delivery_estimate.to_dict()

        fixed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_amount, Unset):
            fixed_amount = self.fixed_amount.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tax_behavior: str | Unset = UNSET
        if not isinstance(self.tax_behavior, Unset):
            tax_behavior = self.tax_behavior

        tax_code = self.tax_code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if delivery_estimate is not UNSET:
            field_dict["delivery_estimate"] = delivery_estimate
        if fixed_amount is not UNSET:
            field_dict["fixed_amount"] = fixed_amount
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tax_behavior is not UNSET:
            field_dict["tax_behavior"] = tax_behavior
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate import (
            PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount import (
            PostInvoicesBodyShippingCostShippingRateDataFixedAmount,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_shipping_cost_shipping_rate_data_metadata import (
            PostInvoicesBodyShippingCostShippingRateDataMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        display_name = d.pop("display_name")

        _delivery_estimate = d.pop("delivery_estimate", UNSET)
        delivery_estimate: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate | Unset
        if isinstance(_delivery_estimate, Unset):
            delivery_estimate = UNSET
        else:
            delivery_estimate = PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate.from_dict(
                _delivery_estimate
            )

        _fixed_amount = d.pop("fixed_amount", UNSET)
        fixed_amount: PostInvoicesBodyShippingCostShippingRateDataFixedAmount | Unset
        if isinstance(_fixed_amount, Unset):
            fixed_amount = UNSET
        else:
            fixed_amount = PostInvoicesBodyShippingCostShippingRateDataFixedAmount.from_dict(_fixed_amount)

        _metadata = d.pop("metadata", UNSET)
        metadata: PostInvoicesBodyShippingCostShippingRateDataMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PostInvoicesBodyShippingCostShippingRateDataMetadata.from_dict(_metadata)

        _tax_behavior = d.pop("tax_behavior", UNSET)
        tax_behavior: PostInvoicesBodyShippingCostShippingRateDataTaxBehavior | Unset
        if isinstance(_tax_behavior, Unset):
            tax_behavior = UNSET
        else:
            tax_behavior = check_post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior(
                _tax_behavior
            )

        tax_code = d.pop("tax_code", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PostInvoicesBodyShippingCostShippingRateDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_post_invoices_body_shipping_cost_shipping_rate_data_type(_type_)

        post_invoices_body_shipping_cost_shipping_rate_data = cls(
            display_name=display_name,
            delivery_estimate=delivery_estimate,
            fixed_amount=fixed_amount,
            metadata=metadata,
            tax_behavior=tax_behavior,
            tax_code=tax_code,
            type_=type_,
        )

        post_invoices_body_shipping_cost_shipping_rate_data.additional_properties = d
        return post_invoices_body_shipping_cost_shipping_rate_data

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
