from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval,
    check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type,
    check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type,
)

T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0:
    """
    Attributes:
        count (int):
        interval (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval):
        type_ (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type):
    """

    count: int
    interval: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval
    type_: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        interval: str = self.interval

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "interval": interval,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        interval = check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval(
            d.pop("interval")
        )

        type_ = check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type(
            d.pop("type")
        )

        post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 = cls(
            count=count,
            interval=interval,
            type_=type_,
        )

        post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0

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
