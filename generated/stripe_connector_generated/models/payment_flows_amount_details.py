from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        tip (None | PaymentFlowsAmountDetailsResourceTip | Unset):
    """

    tip: None | PaymentFlowsAmountDetailsResourceTip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_flows_amount_details_resource_tip import (
            PaymentFlowsAmountDetailsResourceTip,  # noqa: PLC0415
        )

        tip: dict[str, Any] | None | Unset
        if isinstance(self.tip, Unset):
            tip = UNSET
        elif isinstance(self.tip, PaymentFlowsAmountDetailsResourceTip):
            tip = self.tip.to_dict()
        else:
            tip = self.tip

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

        def _parse_tip(data: object) -> None | PaymentFlowsAmountDetailsResourceTip | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tip_type_0 = PaymentFlowsAmountDetailsResourceTip.from_dict(data)

                return tip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentFlowsAmountDetailsResourceTip | Unset, data)

        tip = _parse_tip(d.pop("tip", UNSET))

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
