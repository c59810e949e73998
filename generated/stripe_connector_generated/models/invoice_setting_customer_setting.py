from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_setting_custom_field import InvoiceSettingCustomField
    from ..models.invoice_setting_rendering_options import InvoiceSettingRenderingOptions
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="InvoiceSettingCustomerSetting")


@_attrs_define
class InvoiceSettingCustomerSetting:
    """
    Attributes:
        custom_fields (list[InvoiceSettingCustomField] | None | Unset): Default custom fields to be displayed on
            invoices for this customer.
        default_payment_method (None | str | StripeResourceObject | Unset): ID of a payment method that's attached to
            the customer, to be used as the customer's default payment method for subscriptions and invoices.
        footer (None | str | Unset): Default footer to be displayed on invoices for this customer.
        rendering_options (InvoiceSettingRenderingOptions | None | Unset): Default options for invoice PDF rendering for
            this customer.
    """

    custom_fields: list[InvoiceSettingCustomField] | None | Unset = UNSET
    default_payment_method: None | str | StripeResourceObject | Unset = UNSET
    footer: None | str | Unset = UNSET
    rendering_options: InvoiceSettingRenderingOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_setting_rendering_options import (
            InvoiceSettingRenderingOptions,  # noqa: PLC0415
        )
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        default_payment_method: dict[str, Any] | None | str | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        elif isinstance(self.default_payment_method, StripeResourceObject):
            default_payment_method = self.default_payment_method.to_dict()
        else:
            default_payment_method = self.default_payment_method

        footer: None | str | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        else:
            footer = self.footer

        rendering_options: dict[str, Any] | None | Unset
        if isinstance(self.rendering_options, Unset):
            rendering_options = UNSET
        elif isinstance(self.rendering_options, InvoiceSettingRenderingOptions):
            rendering_options = self.rendering_options.to_dict()
        else:
            rendering_options = self.rendering_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method
        if footer is not UNSET:
            field_dict["footer"] = footer
        if rendering_options is not UNSET:
            field_dict["rendering_options"] = rendering_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_setting_custom_field import InvoiceSettingCustomField  # noqa: PLC0415
        from ..models.invoice_setting_rendering_options import (
            InvoiceSettingRenderingOptions,  # noqa: PLC0415
        )
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_custom_fields(data: object) -> list[InvoiceSettingCustomField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = InvoiceSettingCustomField.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceSettingCustomField] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_default_payment_method(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_payment_method_type_1 = StripeResourceObject.from_dict(data)

                return default_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        default_payment_method = _parse_default_payment_method(d.pop("default_payment_method", UNSET))

        def _parse_footer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footer = _parse_footer(d.pop("footer", UNSET))

        def _parse_rendering_options(data: object) -> InvoiceSettingRenderingOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rendering_options_type_0 = InvoiceSettingRenderingOptions.from_dict(data)

                return rendering_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSettingRenderingOptions | None | Unset, data)

        rendering_options = _parse_rendering_options(d.pop("rendering_options", UNSET))

        invoice_setting_customer_setting = cls(
            custom_fields=custom_fields,
            default_payment_method=default_payment_method,
            footer=footer,
            rendering_options=rendering_options,
        )

        invoice_setting_customer_setting.additional_properties = d
        return invoice_setting_customer_setting

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
