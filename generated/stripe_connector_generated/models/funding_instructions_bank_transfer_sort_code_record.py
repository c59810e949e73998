from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingInstructionsBankTransferSortCodeRecord")


@_attrs_define
class FundingInstructionsBankTransferSortCodeRecord:
    """Sort Code Records contain U.K. bank account details per the sort code format.

    Attributes:
        account_holder_name (None | str | Unset): The name of the person or business that owns the bank account
        account_number (None | str | Unset): The account number
        sort_code (None | str | Unset): The six-digit sort code
    """

    account_holder_name: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    sort_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder_name: None | str | Unset
        if isinstance(self.account_holder_name, Unset):
            account_holder_name = UNSET
        else:
            account_holder_name = self.account_holder_name

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        sort_code: None | str | Unset
        if isinstance(self.sort_code, Unset):
            sort_code = UNSET
        else:
            sort_code = self.sort_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder_name is not UNSET:
            field_dict["account_holder_name"] = account_holder_name
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_holder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_holder_name = _parse_account_holder_name(d.pop("account_holder_name", UNSET))

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_sort_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_code = _parse_sort_code(d.pop("sort_code", UNSET))

        funding_instructions_bank_transfer_sort_code_record = cls(
            account_holder_name=account_holder_name,
            account_number=account_number,
            sort_code=sort_code,
        )

        funding_instructions_bank_transfer_sort_code_record.additional_properties = d
        return funding_instructions_bank_transfer_sort_code_record

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
