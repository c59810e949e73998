from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automatic_tax_status_type_1 import (
    AutomaticTaxStatusType1,
    check_automatic_tax_status_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomaticTax")


@_attrs_define
class AutomaticTax:
    """
    Attributes:
        enabled (bool | None | Unset): Whether Stripe automatically computes tax on this invoice. Note that incompatible
            invoice items (invoice items with manually specified [tax rates](https://stripe.com/docs/api/tax_rates),
            negative amounts, or `tax_behavior=unspecified`) cannot be added to automatic tax invoices.
        status (AutomaticTaxStatusType1 | None | Unset): The status of the most recent automated tax calculation for
            this invoice.
    """

    enabled: bool | None | Unset = UNSET
    status: AutomaticTaxStatusType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_status(data: object) -> AutomaticTaxStatusType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_automatic_tax_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomaticTaxStatusType1 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        automatic_tax = cls(
            enabled=enabled,
            status=status,
        )

        automatic_tax.additional_properties = d
        return automatic_tax

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
