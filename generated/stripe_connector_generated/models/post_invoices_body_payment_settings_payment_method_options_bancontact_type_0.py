from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage,
    check_post_invoices_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0:
    """
    Attributes:
        preferred_language (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage |
            Unset):
    """

    preferred_language: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred_language: str | Unset = UNSET
        if not isinstance(self.preferred_language, Unset):
            preferred_language = self.preferred_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preferred_language is not UNSET:
            field_dict["preferred_language"] = preferred_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _preferred_language = d.pop("preferred_language", UNSET)
        preferred_language: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage | Unset
        )
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = check_post_invoices_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language(
                _preferred_language
            )

        post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 = cls(
            preferred_language=preferred_language,
        )

        post_invoices_body_payment_settings_payment_method_options_bancontact_type_0.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_bancontact_type_0

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
