from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriptions_resource_payment_settings_payment_method_types_type_0_item import (
    SubscriptionsResourcePaymentSettingsPaymentMethodTypesType0Item,
    check_subscriptions_resource_payment_settings_payment_method_types_type_0_item,
)
from ..models.subscriptions_resource_payment_settings_save_default_payment_method_type_1 import (
    SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1,
    check_subscriptions_resource_payment_settings_save_default_payment_method_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriptions_resource_payment_method_options import (
        SubscriptionsResourcePaymentMethodOptions,
    )


T = TypeVar("T", bound="SubscriptionsResourcePaymentSettings")


@_attrs_define
class SubscriptionsResourcePaymentSettings:
    """
    Attributes:
        payment_method_options (None | SubscriptionsResourcePaymentMethodOptions | Unset): Payment-method-specific
            configuration to provide to invoices created by the subscription.
        payment_method_types (list[SubscriptionsResourcePaymentSettingsPaymentMethodTypesType0Item] | None | Unset): The
            list of payment method types to provide to every invoice created by the subscription. If not set, Stripe
            attempts to automatically determine the types to use by looking at the invoice’s default payment method, the
            subscription’s default payment method, the customer’s default payment method, and your [invoice template
            settings](https://dashboard.stripe.com/settings/billing/invoice).
        save_default_payment_method (None | SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1 | Unset):
            Either `off`, or `on_subscription`. With `on_subscription` Stripe updates `subscription.default_payment_method`
            when a subscription payment succeeds.
    """

    payment_method_options: None | SubscriptionsResourcePaymentMethodOptions | Unset = UNSET
    payment_method_types: (
        list[SubscriptionsResourcePaymentSettingsPaymentMethodTypesType0Item] | None | Unset
    ) = UNSET
    save_default_payment_method: (
        None | SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriptions_resource_payment_method_options import (
            SubscriptionsResourcePaymentMethodOptions,  # noqa: PLC0415
        )

        payment_method_options: dict[str, Any] | None | Unset
        if isinstance(self.payment_method_options, Unset):
            payment_method_options = UNSET
        elif isinstance(self.payment_method_options, SubscriptionsResourcePaymentMethodOptions):
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

        save_default_payment_method: None | str | Unset
        if isinstance(self.save_default_payment_method, Unset):
            save_default_payment_method = UNSET
        elif isinstance(self.save_default_payment_method, str):
            save_default_payment_method = self.save_default_payment_method
        else:
            save_default_payment_method = self.save_default_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_options is not UNSET:
            field_dict["payment_method_options"] = payment_method_options
        if payment_method_types is not UNSET:
            field_dict["payment_method_types"] = payment_method_types
        if save_default_payment_method is not UNSET:
            field_dict["save_default_payment_method"] = save_default_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriptions_resource_payment_method_options import (
            SubscriptionsResourcePaymentMethodOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_payment_method_options(
            data: object,
        ) -> None | SubscriptionsResourcePaymentMethodOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_options_type_0 = SubscriptionsResourcePaymentMethodOptions.from_dict(data)

                return payment_method_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsResourcePaymentMethodOptions | Unset, data)

        payment_method_options = _parse_payment_method_options(d.pop("payment_method_options", UNSET))

        def _parse_payment_method_types(
            data: object,
        ) -> list[SubscriptionsResourcePaymentSettingsPaymentMethodTypesType0Item] | None | Unset:
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
                        check_subscriptions_resource_payment_settings_payment_method_types_type_0_item(
                            payment_method_types_type_0_item_data
                        )
                    )

                    payment_method_types_type_0.append(payment_method_types_type_0_item)

                return payment_method_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[SubscriptionsResourcePaymentSettingsPaymentMethodTypesType0Item] | None | Unset, data
            )

        payment_method_types = _parse_payment_method_types(d.pop("payment_method_types", UNSET))

        def _parse_save_default_payment_method(
            data: object,
        ) -> None | SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                save_default_payment_method_type_1 = (
                    check_subscriptions_resource_payment_settings_save_default_payment_method_type_1(data)
                )

                return save_default_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1 | Unset, data
            )

        save_default_payment_method = _parse_save_default_payment_method(
            d.pop("save_default_payment_method", UNSET)
        )

        subscriptions_resource_payment_settings = cls(
            payment_method_options=payment_method_options,
            payment_method_types=payment_method_types,
            save_default_payment_method=save_default_payment_method,
        )

        subscriptions_resource_payment_settings.additional_properties = d
        return subscriptions_resource_payment_settings

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
