from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceAmountBySourceType")


@_attrs_define
class BalanceAmountBySourceType:
    """
    Attributes:
        bank_account (int | None | Unset): Amount for bank account.
        card (int | None | Unset): Amount for card.
        fpx (int | None | Unset): Amount for FPX.
    """

    bank_account: int | None | Unset = UNSET
    card: int | None | Unset = UNSET
    fpx: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_account: int | None | Unset
        if isinstance(self.bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = self.bank_account

        card: int | None | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        else:
            card = self.card

        fpx: int | None | Unset
        if isinstance(self.fpx, Unset):
            fpx = UNSET
        else:
            fpx = self.fpx

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if card is not UNSET:
            field_dict["card"] = card
        if fpx is not UNSET:
            field_dict["fpx"] = fpx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bank_account(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bank_account = _parse_bank_account(d.pop("bank_account", UNSET))

        def _parse_card(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        def _parse_fpx(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fpx = _parse_fpx(d.pop("fpx", UNSET))

        balance_amount_by_source_type = cls(
            bank_account=bank_account,
            card=card,
            fpx=fpx,
        )

        balance_amount_by_source_type.additional_properties = d
        return balance_amount_by_source_type

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
