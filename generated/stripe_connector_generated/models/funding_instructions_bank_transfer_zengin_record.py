from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingInstructionsBankTransferZenginRecord")


@_attrs_define
class FundingInstructionsBankTransferZenginRecord:
    """Zengin Records contain Japan bank account details per the Zengin format.

    Attributes:
        account_holder_name (None | str | Unset): The account holder name
        account_number (None | str | Unset): The account number
        account_type (None | str | Unset): The bank account type. In Japan, this can only be `futsu` or `toza`.
        bank_code (None | str | Unset): The bank code of the account
        bank_name (None | str | Unset): The bank name of the account
        branch_code (None | str | Unset): The branch code of the account
        branch_name (None | str | Unset): The branch name of the account
    """

    account_holder_name: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    account_type: None | str | Unset = UNSET
    bank_code: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    branch_code: None | str | Unset = UNSET
    branch_name: None | str | Unset = UNSET
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

        account_type: None | str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        else:
            account_type = self.account_type

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

        branch_code: None | str | Unset
        if isinstance(self.branch_code, Unset):
            branch_code = UNSET
        else:
            branch_code = self.branch_code

        branch_name: None | str | Unset
        if isinstance(self.branch_name, Unset):
            branch_name = UNSET
        else:
            branch_name = self.branch_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder_name is not UNSET:
            field_dict["account_holder_name"] = account_holder_name
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if branch_code is not UNSET:
            field_dict["branch_code"] = branch_code
        if branch_name is not UNSET:
            field_dict["branch_name"] = branch_name

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

        def _parse_account_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

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

        def _parse_branch_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_code = _parse_branch_code(d.pop("branch_code", UNSET))

        def _parse_branch_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_name = _parse_branch_name(d.pop("branch_name", UNSET))

        funding_instructions_bank_transfer_zengin_record = cls(
            account_holder_name=account_holder_name,
            account_number=account_number,
            account_type=account_type,
            bank_code=bank_code,
            bank_name=bank_name,
            branch_code=branch_code,
            branch_name=branch_name,
        )

        funding_instructions_bank_transfer_zengin_record.additional_properties = d
        return funding_instructions_bank_transfer_zengin_record

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
