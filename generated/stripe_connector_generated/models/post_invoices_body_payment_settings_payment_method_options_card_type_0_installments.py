from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1,
    check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments:
    """
    Attributes:
        enabled (bool | Unset):
        plan (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1 | Unset):
    """

    enabled: bool | Unset = UNSET
    plan: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,  # noqa: PLC0415
        )

        enabled = self.enabled

        plan: dict[str, Any] | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        elif isinstance(
            self.plan, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0
        ):
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
        from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_plan(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plan_type_0 = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0.from_dict(
                    data
                )

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            plan_type_1 = check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1(
                data
            )

            return plan_type_1

        plan = _parse_plan(d.pop("plan", UNSET))

        post_invoices_body_payment_settings_payment_method_options_card_type_0_installments = cls(
            enabled=enabled,
            plan=plan,
        )

        post_invoices_body_payment_settings_payment_method_options_card_type_0_installments.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_card_type_0_installments

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
