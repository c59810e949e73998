from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageDimensions")


@_attrs_define
class PackageDimensions:
    """
    Attributes:
        height (float | Unset): Height, in inches.
        length (float | Unset): Length, in inches.
        weight (float | Unset): Weight, in ounces.
        width (float | Unset): Width, in inches.
    """

    height: float | Unset = UNSET
    length: float | Unset = UNSET
    weight: float | Unset = UNSET
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        length = self.length

        weight = self.weight

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if length is not UNSET:
            field_dict["length"] = length
        if weight is not UNSET:
            field_dict["weight"] = weight
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height", UNSET)

        length = d.pop("length", UNSET)

        weight = d.pop("weight", UNSET)

        width = d.pop("width", UNSET)

        package_dimensions = cls(
            height=height,
            length=length,
            weight=weight,
            width=width,
        )

        package_dimensions.additional_properties = d
        return package_dimensions

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
