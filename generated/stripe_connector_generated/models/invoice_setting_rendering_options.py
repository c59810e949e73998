from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSettingRenderingOptions")


@_attrs_define
class InvoiceSettingRenderingOptions:
    """
    Attributes:
        amount_tax_display (None | str | Unset): How line-item prices and amounts will be displayed with respect to tax
            on invoice PDFs.
    """

    amount_tax_display: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_tax_display: None | str | Unset
        if isinstance(self.amount_tax_display, Unset):
            amount_tax_display = UNSET
        else:
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

        def _parse_amount_tax_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_tax_display = _parse_amount_tax_display(d.pop("amount_tax_display", UNSET))

        invoice_setting_rendering_options = cls(
            amount_tax_display=amount_tax_display,
        )

        invoice_setting_rendering_options.additional_properties = d
        return invoice_setting_rendering_options

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
