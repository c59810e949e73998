from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_flows_amount_details_resource_tip import (
        PaymentFlowsAmountDetailsResourceTip,
    )


T = TypeVar("T", bound="PaymentFlowsAmountDetails")


@_attrs_define
class PaymentFlowsAmountDetails:
    """
    Attributes:
        tip (PaymentFlowsAmountDetailsResourceTip | Unset):
    """

    tip: PaymentFlowsAmountDetailsResourceTip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip, Unset):
            tip = self.tip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tip is not UNSET:
            field_dict["tip"] = tip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_flows_amount_details_resource_tip import (
            PaymentFlowsAmountDetailsResourceTip,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _tip = d.pop("tip", UNSET)
        tip: PaymentFlowsAmountDetailsResourceTip | Unset
        if isinstance(_tip, Unset):
            tip = UNSET
        else:
            tip = PaymentFlowsAmountDetailsResourceTip.from_dict(_tip)

        payment_flows_amount_details = cls(
            tip=tip,
        )

        payment_flows_amount_details.additional_properties = d
        return payment_flows_amount_details

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
