from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_default_mandate_type_1 import (
    PostInvoicesBodyPaymentSettingsDefaultMandateType1,
    check_post_invoices_body_payment_settings_default_mandate_type_1,
)
from ..models.post_invoices_body_payment_settings_payment_method_types_type_0_item import (
    PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item,
    check_post_invoices_body_payment_settings_payment_method_types_type_0_item,
)
from ..models.post_invoices_body_payment_settings_payment_method_types_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1,
    check_post_invoices_body_payment_settings_payment_method_types_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptions,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettings")


@_attrs_define
class PostInvoicesBodyPaymentSettings:
    """Configuration settings for the PaymentIntent that is generated when the invoice is finalized.

    Attributes:
        default_mandate (PostInvoicesBodyPaymentSettingsDefaultMandateType1 | str | Unset):
        payment_method_options (PostInvoicesBodyPaymentSettingsPaymentMethodOptions | Unset):
        payment_method_types (list[PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item] |
            PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1 | Unset):
    """

    default_mandate: PostInvoicesBodyPaymentSettingsDefaultMandateType1 | str | Unset = UNSET
    payment_method_options: PostInvoicesBodyPaymentSettingsPaymentMethodOptions | Unset = UNSET
    payment_method_types: (
        list[PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item]
        | PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_mandate: str | Unset
        if isinstance(self.default_mandate, Unset):
            default_mandate = UNSET
        elif isinstance(self.default_mandate, str):
            default_mandate = self.default_mandate
        else:
            default_mandate = self.default_mandate

        payment_method_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_options, Unset):
            payment_method_options = self.payment_method_options.to_dict()

        payment_method_types: list[str] | str | Unset
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
        from ..models.post_invoices_body_payment_settings_payment_method_options import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_default_mandate(
            data: object,
        ) -> PostInvoicesBodyPaymentSettingsDefaultMandateType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_mandate_type_1 = check_post_invoices_body_payment_settings_default_mandate_type_1(
                    data
                )

                return default_mandate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostInvoicesBodyPaymentSettingsDefaultMandateType1 | str | Unset, data)

        default_mandate = _parse_default_mandate(d.pop("default_mandate", UNSET))

        _payment_method_options = d.pop("payment_method_options", UNSET)
        payment_method_options: PostInvoicesBodyPaymentSettingsPaymentMethodOptions | Unset
        if isinstance(_payment_method_options, Unset):
            payment_method_options = UNSET
        else:
            payment_method_options = PostInvoicesBodyPaymentSettingsPaymentMethodOptions.from_dict(
                _payment_method_options
            )

        def _parse_payment_method_types(
            data: object,
        ) -> (
            list[PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item]
            | PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_method_types_type_0 = []
                _payment_method_types_type_0 = data
                for payment_method_types_type_0_item_data in _payment_method_types_type_0:
                    payment_method_types_type_0_item = (
                        check_post_invoices_body_payment_settings_payment_method_types_type_0_item(
                            payment_method_types_type_0_item_data
                        )
                    )

                    payment_method_types_type_0.append(payment_method_types_type_0_item)

                return payment_method_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            payment_method_types_type_1 = (
                check_post_invoices_body_payment_settings_payment_method_types_type_1(data)
            )

            return payment_method_types_type_1

        payment_method_types = _parse_payment_method_types(d.pop("payment_method_types", UNSET))

        post_invoices_body_payment_settings = cls(
            default_mandate=default_mandate,
            payment_method_options=payment_method_options,
            payment_method_types=payment_method_types,
        )

        post_invoices_body_payment_settings.additional_properties = d
        return post_invoices_body_payment_settings

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
