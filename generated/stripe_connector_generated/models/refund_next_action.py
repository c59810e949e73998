from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_next_action_display_details import RefundNextActionDisplayDetails


T = TypeVar("T", bound="RefundNextAction")


@_attrs_define
class RefundNextAction:
    """
    Attributes:
        display_details (None | RefundNextActionDisplayDetails | Unset): Contains the refund details.
        type_ (None | str | Unset): Type of the next action to perform.
    """

    display_details: None | RefundNextActionDisplayDetails | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.refund_next_action_display_details import (
            RefundNextActionDisplayDetails,  # noqa: PLC0415
        )

        display_details: dict[str, Any] | None | Unset
        if isinstance(self.display_details, Unset):
            display_details = UNSET
        elif isinstance(self.display_details, RefundNextActionDisplayDetails):
            display_details = self.display_details.to_dict()
        else:
            display_details = self.display_details

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_details is not UNSET:
            field_dict["display_details"] = display_details
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund_next_action_display_details import (
            RefundNextActionDisplayDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_display_details(data: object) -> None | RefundNextActionDisplayDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_details_type_0 = RefundNextActionDisplayDetails.from_dict(data)

                return display_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundNextActionDisplayDetails | Unset, data)

        display_details = _parse_display_details(d.pop("display_details", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        refund_next_action = cls(
            display_details=display_details,
            type_=type_,
        )

        refund_next_action.additional_properties = d
        return refund_next_action

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
