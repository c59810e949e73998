from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_amount import BalanceAmount


T = TypeVar("T", bound="BalanceDetail")


@_attrs_define
class BalanceDetail:
    """
    Attributes:
        available (list[BalanceAmount] | Unset): Funds that are available for use.
    """

    available: list[BalanceAmount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = []
            for available_item_data in self.available:
                available_item = available_item_data.to_dict()
                available.append(available_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_amount import BalanceAmount  # noqa: PLC0415

        d = dict(src_dict)
        _available = d.pop("available", UNSET)
        available: list[BalanceAmount] | Unset = UNSET
        if _available is not UNSET:
            available = []
            for available_item_data in _available:
                available_item = BalanceAmount.from_dict(available_item_data)

                available.append(available_item)

        balance_detail = cls(
            available=available,
        )

        balance_detail.additional_properties = d
        return balance_detail

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
