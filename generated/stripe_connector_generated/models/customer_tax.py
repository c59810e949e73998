from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_tax_automatic_tax_type_1 import (
    CustomerTaxAutomaticTaxType1,
    check_customer_tax_automatic_tax_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_tax_location import CustomerTaxLocation


T = TypeVar("T", bound="CustomerTax")


@_attrs_define
class CustomerTax:
    """
    Attributes:
        automatic_tax (CustomerTaxAutomaticTaxType1 | None | Unset): Surfaces if automatic tax computation is possible
            given the current customer location information.
        ip_address (None | str | Unset): A recent IP address of the customer used for tax reporting and tax location
            inference.
        location (CustomerTaxLocation | None | Unset): The customer's location as identified by Stripe Tax.
    """

    automatic_tax: CustomerTaxAutomaticTaxType1 | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    location: CustomerTaxLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_tax_location import CustomerTaxLocation  # noqa: PLC0415

        automatic_tax: None | str | Unset
        if isinstance(self.automatic_tax, Unset):
            automatic_tax = UNSET
        elif isinstance(self.automatic_tax, str):
            automatic_tax = self.automatic_tax
        else:
            automatic_tax = self.automatic_tax

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, CustomerTaxLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automatic_tax is not UNSET:
            field_dict["automatic_tax"] = automatic_tax
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_tax_location import CustomerTaxLocation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_automatic_tax(data: object) -> CustomerTaxAutomaticTaxType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automatic_tax_type_1 = check_customer_tax_automatic_tax_type_1(data)

                return automatic_tax_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTaxAutomaticTaxType1 | None | Unset, data)

        automatic_tax = _parse_automatic_tax(d.pop("automatic_tax", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_location(data: object) -> CustomerTaxLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = CustomerTaxLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTaxLocation | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        customer_tax = cls(
            automatic_tax=automatic_tax,
            ip_address=ip_address,
            location=location,
        )

        customer_tax.additional_properties = d
        return customer_tax

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
