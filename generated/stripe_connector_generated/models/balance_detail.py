from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        available (list[BalanceAmount] | None | Unset): Funds that are available for use.
    """

    available: list[BalanceAmount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: list[dict[str, Any]] | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        elif isinstance(self.available, list):
            available = []
            for available_type_0_item_data in self.available:
                available_type_0_item = available_type_0_item_data.to_dict()
                available.append(available_type_0_item)

        else:
            available = self.available

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

        def _parse_available(data: object) -> list[BalanceAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_type_0 = []
                _available_type_0 = data
                for available_type_0_item_data in _available_type_0:
                    available_type_0_item = BalanceAmount.from_dict(available_type_0_item_data)

                    available_type_0.append(available_type_0_item)

                return available_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BalanceAmount] | None | Unset, data)

        available = _parse_available(d.pop("available", UNSET))

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
