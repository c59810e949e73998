from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay,
    check_post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0")


@_attrs_define
class PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0:
    """
    Attributes:
        amount_tax_display (PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay | Unset):
    """

    amount_tax_display: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_tax_display: str | Unset = UNSET
        if not isinstance(self.amount_tax_display, Unset):
            amount_tax_display = self.amount_tax_display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_tax_display is not UNSET:
            field_dict["amount_tax_display"] = amount_tax_display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount_tax_display = d.pop("amount_tax_display", UNSET)
        amount_tax_display: (
            PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay | Unset
        )
        if isinstance(_amount_tax_display, Unset):
            amount_tax_display = UNSET
        else:
            amount_tax_display = check_post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display(
                _amount_tax_display
            )

        post_customers_customer_body_invoice_settings_rendering_options_type_0 = cls(
            amount_tax_display=amount_tax_display,
        )

        post_customers_customer_body_invoice_settings_rendering_options_type_0.additional_properties = d
        return post_customers_customer_body_invoice_settings_rendering_options_type_0

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
