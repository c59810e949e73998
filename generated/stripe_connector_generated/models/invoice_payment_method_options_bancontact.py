from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_bancontact_preferred_language_type_1 import (
    InvoicePaymentMethodOptionsBancontactPreferredLanguageType1,
    check_invoice_payment_method_options_bancontact_preferred_language_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentMethodOptionsBancontact")


@_attrs_define
class InvoicePaymentMethodOptionsBancontact:
    """
    Attributes:
        preferred_language (InvoicePaymentMethodOptionsBancontactPreferredLanguageType1 | None | Unset): Preferred
            language of the Bancontact authorization page that the customer is redirected to.
    """

    preferred_language: InvoicePaymentMethodOptionsBancontactPreferredLanguageType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred_language: None | str | Unset
        if isinstance(self.preferred_language, Unset):
            preferred_language = UNSET
        elif isinstance(self.preferred_language, str):
            preferred_language = self.preferred_language
        else:
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

        def _parse_preferred_language(
            data: object,
        ) -> InvoicePaymentMethodOptionsBancontactPreferredLanguageType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_language_type_1 = (
                    check_invoice_payment_method_options_bancontact_preferred_language_type_1(data)
                )

                return preferred_language_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsBancontactPreferredLanguageType1 | None | Unset, data)

        preferred_language = _parse_preferred_language(d.pop("preferred_language", UNSET))

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
