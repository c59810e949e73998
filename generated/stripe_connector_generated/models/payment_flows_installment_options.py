from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_details_card_installments_plan import (
        PaymentMethodDetailsCardInstallmentsPlan,
    )


T = TypeVar("T", bound="PaymentFlowsInstallmentOptions")


@_attrs_define
class PaymentFlowsInstallmentOptions:
    """
    Attributes:
        enabled (bool | None | Unset):
        plan (None | PaymentMethodDetailsCardInstallmentsPlan | Unset):
    """

    enabled: bool | None | Unset = UNSET
    plan: None | PaymentMethodDetailsCardInstallmentsPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_details_card_installments_plan import (
            PaymentMethodDetailsCardInstallmentsPlan,  # noqa: PLC0415
        )

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        plan: dict[str, Any] | None | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        elif isinstance(self.plan, PaymentMethodDetailsCardInstallmentsPlan):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_details_card_installments_plan import (
            PaymentMethodDetailsCardInstallmentsPlan,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_plan(data: object) -> None | PaymentMethodDetailsCardInstallmentsPlan | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plan_type_0 = PaymentMethodDetailsCardInstallmentsPlan.from_dict(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardInstallmentsPlan | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        payment_flows_installment_options = cls(
            enabled=enabled,
            plan=plan,
        )

        payment_flows_installment_options.additional_properties = d
        return payment_flows_installment_options

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
