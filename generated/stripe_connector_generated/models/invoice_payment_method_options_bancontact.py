from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_bancontact_preferred_language import (
    InvoicePaymentMethodOptionsBancontactPreferredLanguage,
    check_invoice_payment_method_options_bancontact_preferred_language,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentMethodOptionsBancontact")


@_attrs_define
class InvoicePaymentMethodOptionsBancontact:
    """
    Attributes:
        preferred_language (InvoicePaymentMethodOptionsBancontactPreferredLanguage | Unset): Preferred language of the
            Bancontact authorization page that the customer is redirected to.
    """

    preferred_language: InvoicePaymentMethodOptionsBancontactPreferredLanguage | Unset = UNSET
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
        preferred_language: InvoicePaymentMethodOptionsBancontactPreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = check_invoice_payment_method_options_bancontact_preferred_language(
                _preferred_language
            )

        invoice_payment_method_options_bancontact = cls(
            preferred_language=preferred_language,
        )

        invoice_payment_method_options_bancontact.additional_properties = d
        return invoice_payment_method_options_bancontact

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
