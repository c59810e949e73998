from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_invoice_settings_custom_fields_type_1 import (
    PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1,
    check_post_customers_customer_body_invoice_settings_custom_fields_type_1,
)
from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_1 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1,
    check_post_customers_customer_body_invoice_settings_rendering_options_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_invoice_settings_custom_fields_type_0_item import (
        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item,
    )
    from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0 import (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,
    )


T = TypeVar("T", bound="PostCustomersCustomerBodyInvoiceSettings")


@_attrs_define
class PostCustomersCustomerBodyInvoiceSettings:
    """Default invoice settings for this customer.

    Attributes:
        custom_fields (list[PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item] |
            PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1 | Unset):
        default_payment_method (str | Unset):
        footer (str | Unset):
        rendering_options (PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0 |
            PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1 | Unset):
    """

    custom_fields: (
        list[PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item]
        | PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1
        | Unset
    ) = UNSET
    default_payment_method: str | Unset = UNSET
    footer: str | Unset = UNSET
    rendering_options: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0 import (
            PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,  # noqa: PLC0415
        )

        custom_fields: list[dict[str, Any]] | str | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        default_payment_method = self.default_payment_method

        footer = self.footer

        rendering_options: dict[str, Any] | str | Unset
        if isinstance(self.rendering_options, Unset):
            rendering_options = UNSET
        elif isinstance(
            self.rendering_options, PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0
        ):
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
        from ..models.post_customers_customer_body_invoice_settings_custom_fields_type_0_item import (
            PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0 import (
            PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_custom_fields(
            data: object,
        ) -> (
            list[PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item]
            | PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = (
                        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item.from_dict(
                            custom_fields_type_0_item_data
                        )
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            custom_fields_type_1 = check_post_customers_customer_body_invoice_settings_custom_fields_type_1(
                data
            )

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        default_payment_method = d.pop("default_payment_method", UNSET)

        footer = d.pop("footer", UNSET)

        def _parse_rendering_options(
            data: object,
        ) -> (
            PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0
            | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rendering_options_type_0 = (
                    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0.from_dict(data)
                )

                return rendering_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            rendering_options_type_1 = (
                check_post_customers_customer_body_invoice_settings_rendering_options_type_1(data)
            )

            return rendering_options_type_1

        rendering_options = _parse_rendering_options(d.pop("rendering_options", UNSET))

        post_customers_customer_body_invoice_settings = cls(
            custom_fields=custom_fields,
            default_payment_method=default_payment_method,
            footer=footer,
            rendering_options=rendering_options,
        )

        post_customers_customer_body_invoice_settings.additional_properties = d
        return post_customers_customer_body_invoice_settings

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
