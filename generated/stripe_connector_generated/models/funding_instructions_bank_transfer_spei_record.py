from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingInstructionsBankTransferSpeiRecord")


@_attrs_define
class FundingInstructionsBankTransferSpeiRecord:
    """SPEI Records contain Mexico bank account details per the SPEI format.

    Attributes:
        bank_code (None | str | Unset): The three-digit bank code
        bank_name (None | str | Unset): The short banking institution name
        clabe (None | str | Unset): The CLABE number
    """

    bank_code: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    clabe: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_code: None | str | Unset
        if isinstance(self.bank_code, Unset):
            bank_code = UNSET
        else:
            bank_code = self.bank_code

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        clabe: None | str | Unset
        if isinstance(self.clabe, Unset):
            clabe = UNSET
        else:
            clabe = self.clabe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if clabe is not UNSET:
            field_dict["clabe"] = clabe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bank_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_code = _parse_bank_code(d.pop("bank_code", UNSET))

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_clabe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clabe = _parse_clabe(d.pop("clabe", UNSET))

        funding_instructions_bank_transfer_spei_record = cls(
            bank_code=bank_code,
            bank_name=bank_name,
            clabe=clabe,
        )

        funding_instructions_bank_transfer_spei_record.additional_properties = d
        return funding_instructions_bank_transfer_spei_record

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
