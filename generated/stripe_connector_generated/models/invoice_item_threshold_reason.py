from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemThresholdReason")


@_attrs_define
class InvoiceItemThresholdReason:
    """
    Attributes:
        line_item_ids (list[str] | Unset): The IDs of the line items that triggered the threshold invoice.
        usage_gte (int | Unset): The quantity threshold boundary that applied to the given line item.
    """

    line_item_ids: list[str] | Unset = UNSET
    usage_gte: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.line_item_ids, Unset):
            line_item_ids = self.line_item_ids

        usage_gte = self.usage_gte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item_ids is not UNSET:
            field_dict["line_item_ids"] = line_item_ids
        if usage_gte is not UNSET:
            field_dict["usage_gte"] = usage_gte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_item_ids = cast(list[str], d.pop("line_item_ids", UNSET))

        usage_gte = d.pop("usage_gte", UNSET)

        invoice_item_threshold_reason = cls(
            line_item_ids=line_item_ids,
            usage_gte=usage_gte,
        )

        invoice_item_threshold_reason.additional_properties = d
        return invoice_item_threshold_reason

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
