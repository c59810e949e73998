from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoices_payment_settings_payment_method_types_type_0_item import (
    InvoicesPaymentSettingsPaymentMethodTypesType0Item,
    check_invoices_payment_settings_payment_method_types_type_0_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoices_payment_method_options import InvoicesPaymentMethodOptions


T = TypeVar("T", bound="InvoicesPaymentSettings")


@_attrs_define
class InvoicesPaymentSettings:
    """
    Attributes:
        default_mandate (None | str | Unset): ID of the mandate to be used for this invoice. It must correspond to the
            payment method used to pay the invoice, including the invoice's default_payment_method or default_source, if
            set.
        payment_method_options (InvoicesPaymentMethodOptions | None | Unset): Payment-method-specific configuration to
            provide to the invoice’s PaymentIntent.
        payment_method_types (list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None | Unset): The list of
            payment method types (e.g. card) to provide to the invoice’s PaymentIntent. If not set, Stripe attempts to
            automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s
            default payment method, the customer’s default payment method, and your [invoice template
            settings](https://dashboard.stripe.com/settings/billing/invoice).
    """

    default_mandate: None | str | Unset = UNSET
    payment_method_options: InvoicesPaymentMethodOptions | None | Unset = UNSET
    payment_method_types: list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoices_payment_method_options import (
            InvoicesPaymentMethodOptions,  # noqa: PLC0415
        )

        default_mandate: None | str | Unset
        if isinstance(self.default_mandate, Unset):
            default_mandate = UNSET
        else:
            default_mandate = self.default_mandate

        payment_method_options: dict[str, Any] | None | Unset
        if isinstance(self.payment_method_options, Unset):
            payment_method_options = UNSET
        elif isinstance(self.payment_method_options, InvoicesPaymentMethodOptions):
            payment_method_options = self.payment_method_options.to_dict()
        else:
            payment_method_options = self.payment_method_options

        payment_method_types: list[str] | None | Unset
        if isinstance(self.payment_method_types, Unset):
            payment_method_types = UNSET
        elif isinstance(self.payment_method_types, list):
            payment_method_types = []
            for payment_method_types_type_0_item_data in self.payment_method_types:
                payment_method_types_type_0_item: str = payment_method_types_type_0_item_data
                payment_method_types.append(payment_method_types_type_0_item)

        else:
            payment_method_types = self.payment_method_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_mandate is not UNSET:
            field_dict["default_mandate"] = default_mandate
        if payment_method_options is not UNSET:
            field_dict["payment_method_options"] = payment_method_options
        if payment_method_types is not UNSET:
            field_dict["payment_method_types"] = payment_method_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoices_payment_method_options import (
            InvoicesPaymentMethodOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_default_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_mandate = _parse_default_mandate(d.pop("default_mandate", UNSET))

        def _parse_payment_method_options(data: object) -> InvoicesPaymentMethodOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_options_type_0 = InvoicesPaymentMethodOptions.from_dict(data)

                return payment_method_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicesPaymentMethodOptions | None | Unset, data)

        payment_method_options = _parse_payment_method_options(d.pop("payment_method_options", UNSET))

        def _parse_payment_method_types(
            data: object,
        ) -> list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_method_types_type_0 = []
                _payment_method_types_type_0 = data
                for payment_method_types_type_0_item_data in _payment_method_types_type_0:
                    payment_method_types_type_0_item = (
                        check_invoices_payment_settings_payment_method_types_type_0_item(
                            payment_method_types_type_0_item_data
                        )
                    )

                    payment_method_types_type_0.append(payment_method_types_type_0_item)

                return payment_method_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None | Unset, data)

        payment_method_types = _parse_payment_method_types(d.pop("payment_method_types", UNSET))

        invoices_payment_settings = cls(
            default_mandate=default_mandate,
            payment_method_options=payment_method_options,
            payment_method_types=payment_method_types,
        )

        invoices_payment_settings.additional_properties = d
        return invoices_payment_settings

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
