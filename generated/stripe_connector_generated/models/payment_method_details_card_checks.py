from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsCardChecks")


@_attrs_define
class PaymentMethodDetailsCardChecks:
    """
    Attributes:
        address_line1_check (None | str | Unset): If a address line1 was provided, results of the check, one of `pass`,
            `fail`, `unavailable`, or `unchecked`.
        address_postal_code_check (None | str | Unset): If a address postal code was provided, results of the check, one
            of `pass`, `fail`, `unavailable`, or `unchecked`.
        cvc_check (None | str | Unset): If a CVC was provided, results of the check, one of `pass`, `fail`,
            `unavailable`, or `unchecked`.
    """

    address_line1_check: None | str | Unset = UNSET
    address_postal_code_check: None | str | Unset = UNSET
    cvc_check: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line1_check: None | str | Unset
        if isinstance(self.address_line1_check, Unset):
            address_line1_check = UNSET
        else:
            address_line1_check = self.address_line1_check

        address_postal_code_check: None | str | Unset
        if isinstance(self.address_postal_code_check, Unset):
            address_postal_code_check = UNSET
        else:
            address_postal_code_check = self.address_postal_code_check

        cvc_check: None | str | Unset
        if isinstance(self.cvc_check, Unset):
            cvc_check = UNSET
        else:
            cvc_check = self.cvc_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line1_check is not UNSET:
            field_dict["address_line1_check"] = address_line1_check
        if address_postal_code_check is not UNSET:
            field_dict["address_postal_code_check"] = address_postal_code_check
        if cvc_check is not UNSET:
            field_dict["cvc_check"] = cvc_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address_line1_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line1_check = _parse_address_line1_check(d.pop("address_line1_check", UNSET))

        def _parse_address_postal_code_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_postal_code_check = _parse_address_postal_code_check(
            d.pop("address_postal_code_check", UNSET)
        )

        def _parse_cvc_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cvc_check = _parse_cvc_check(d.pop("cvc_check", UNSET))

        payment_method_details_card_checks = cls(
            address_line1_check=address_line1_check,
            address_postal_code_check=address_postal_code_check,
            cvc_check=cvc_check,
        )

        payment_method_details_card_checks.additional_properties = d
        return payment_method_details_card_checks

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
