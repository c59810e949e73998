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
        line_item_ids (list[str] | None | Unset): The IDs of the line items that triggered the threshold invoice.
        usage_gte (int | None | Unset): The quantity threshold boundary that applied to the given line item.
    """

    line_item_ids: list[str] | None | Unset = UNSET
    usage_gte: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item_ids: list[str] | None | Unset
        if isinstance(self.line_item_ids, Unset):
            line_item_ids = UNSET
        elif isinstance(self.line_item_ids, list):
            line_item_ids = self.line_item_ids

        else:
            line_item_ids = self.line_item_ids

        usage_gte: int | None | Unset
        if isinstance(self.usage_gte, Unset):
            usage_gte = UNSET
        else:
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

        def _parse_line_item_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_item_ids_type_0 = cast(list[str], data)

                return line_item_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        line_item_ids = _parse_line_item_ids(d.pop("line_item_ids", UNSET))

        def _parse_usage_gte(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage_gte = _parse_usage_gte(d.pop("usage_gte", UNSET))

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
