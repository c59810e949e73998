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


T = TypeVar("T", bound="PaymentMethodOptionsCardInstallments")


@_attrs_define
class PaymentMethodOptionsCardInstallments:
    """
    Attributes:
        available_plans (list[PaymentMethodDetailsCardInstallmentsPlan] | None | Unset): Installment plans that may be
            selected for this PaymentIntent.
        enabled (bool | None | Unset): Whether Installments are enabled for this PaymentIntent.
        plan (None | PaymentMethodDetailsCardInstallmentsPlan | Unset): Installment plan selected for this
            PaymentIntent.
    """

    available_plans: list[PaymentMethodDetailsCardInstallmentsPlan] | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    plan: None | PaymentMethodDetailsCardInstallmentsPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_details_card_installments_plan import (
            PaymentMethodDetailsCardInstallmentsPlan,  # noqa: PLC0415
        )

        available_plans: list[dict[str, Any]] | None | Unset
        if isinstance(self.available_plans, Unset):
            available_plans = UNSET
        elif isinstance(self.available_plans, list):
            available_plans = []
            for available_plans_type_0_item_data in self.available_plans:
                available_plans_type_0_item = available_plans_type_0_item_data.to_dict()
                available_plans.append(available_plans_type_0_item)

        else:
            available_plans = self.available_plans

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
        if available_plans is not UNSET:
            field_dict["available_plans"] = available_plans
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

        def _parse_available_plans(
            data: object,
        ) -> list[PaymentMethodDetailsCardInstallmentsPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_plans_type_0 = []
                _available_plans_type_0 = data
                for available_plans_type_0_item_data in _available_plans_type_0:
                    available_plans_type_0_item = PaymentMethodDetailsCardInstallmentsPlan.from_dict(
                        available_plans_type_0_item_data
                    )

                    available_plans_type_0.append(available_plans_type_0_item)

                return available_plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentMethodDetailsCardInstallmentsPlan] | None | Unset, data)

        available_plans = _parse_available_plans(d.pop("available_plans", UNSET))

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

        payment_method_options_card_installments = cls(
            available_plans=available_plans,
            enabled=enabled,
            plan=plan,
        )

        payment_method_options_card_installments.additional_properties = d
        return payment_method_options_card_installments

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
