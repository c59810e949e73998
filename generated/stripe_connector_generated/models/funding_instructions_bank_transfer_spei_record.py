from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingInstructionsBankTransferSpeiRecord")


@_attrs_define
class FundingInstructionsBankTransferSpeiRecord:
    """SPEI Records contain Mexico bank account details per the SPEI format.

    Attributes:
        bank_code (str | Unset): The three-digit bank code
        bank_name (str | Unset): The short banking institution name
        clabe (str | Unset): The CLABE number
    """

    bank_code: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    clabe: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_code = self.bank_code

        bank_name = self.bank_name

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
        bank_code = d.pop("bank_code", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        clabe = d.pop("clabe", UNSET)

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
