from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsKlarna")


@_attrs_define
class PaymentMethodDetailsKlarna:
    """
    Attributes:
        payment_method_category (None | str | Unset): The Klarna payment method used for this transaction.
            Can be one of `pay_later`, `pay_now`, `pay_with_financing`, or `pay_in_installments`
        preferred_locale (None | str | Unset): Preferred language of the Klarna authorization page that the customer is
            redirected to.
            Can be one of `de-AT`, `en-AT`, `nl-BE`, `fr-BE`, `en-BE`, `de-DE`, `en-DE`, `da-DK`, `en-DK`, `es-ES`, `en-ES`,
            `fi-FI`, `sv-FI`, `en-FI`, `en-GB`, `en-IE`, `it-IT`, `en-IT`, `nl-NL`, `en-NL`, `nb-NO`, `en-NO`, `sv-SE`, `en-
            SE`, `en-US`, `es-US`, `fr-FR`, `en-FR`, `cs-CZ`, `en-CZ`, `el-GR`, `en-GR`, `en-AU`, `en-NZ`, `en-CA`, `fr-CA`,
            `pl-PL`, `en-PL`, `pt-PT`, `en-PT`, `de-CH`, `fr-CH`, `it-CH`, or `en-CH`
    """

    payment_method_category: None | str | Unset = UNSET
    preferred_locale: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_category: None | str | Unset
        if isinstance(self.payment_method_category, Unset):
            payment_method_category = UNSET
        else:
            payment_method_category = self.payment_method_category

        preferred_locale: None | str | Unset
        if isinstance(self.preferred_locale, Unset):
            preferred_locale = UNSET
        else:
            preferred_locale = self.preferred_locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_category is not UNSET:
            field_dict["payment_method_category"] = payment_method_category
        if preferred_locale is not UNSET:
            field_dict["preferred_locale"] = preferred_locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_payment_method_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_category = _parse_payment_method_category(d.pop("payment_method_category", UNSET))

        def _parse_preferred_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_locale = _parse_preferred_locale(d.pop("preferred_locale", UNSET))

        payment_method_details_klarna = cls(
            payment_method_category=payment_method_category,
            preferred_locale=preferred_locale,
        )

        payment_method_details_klarna.additional_properties = d
        return payment_method_details_klarna

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
