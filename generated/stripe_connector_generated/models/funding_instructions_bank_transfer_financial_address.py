from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_instructions_bank_transfer_financial_address_supported_networks_item import (
    FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem,
    check_funding_instructions_bank_transfer_financial_address_supported_networks_item,
)
from ..models.funding_instructions_bank_transfer_financial_address_type import (
    FundingInstructionsBankTransferFinancialAddressType,
    check_funding_instructions_bank_transfer_financial_address_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_instructions_bank_transfer_iban_record import (
        FundingInstructionsBankTransferIbanRecord,
    )
    from ..models.funding_instructions_bank_transfer_sort_code_record import (
        FundingInstructionsBankTransferSortCodeRecord,
    )
    from ..models.funding_instructions_bank_transfer_spei_record import (
        FundingInstructionsBankTransferSpeiRecord,
    )
    from ..models.funding_instructions_bank_transfer_zengin_record import (
        FundingInstructionsBankTransferZenginRecord,
    )


T = TypeVar("T", bound="FundingInstructionsBankTransferFinancialAddress")


@_attrs_define
class FundingInstructionsBankTransferFinancialAddress:
    """FinancialAddresses contain identifying information that resolves to a FinancialAccount.

    Attributes:
        iban (FundingInstructionsBankTransferIbanRecord | Unset): Iban Records contain E.U. bank account details per the
            SEPA format.
        sort_code (FundingInstructionsBankTransferSortCodeRecord | Unset): Sort Code Records contain U.K. bank account
            details per the sort code format.
        spei (FundingInstructionsBankTransferSpeiRecord | Unset): SPEI Records contain Mexico bank account details per
            the SPEI format.
        supported_networks (list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem] | Unset): The
            payment networks supported by this FinancialAddress
        type_ (FundingInstructionsBankTransferFinancialAddressType | Unset): The type of financial address
        zengin (FundingInstructionsBankTransferZenginRecord | Unset): Zengin Records contain Japan bank account details
            per the Zengin format.
    """

    iban: FundingInstructionsBankTransferIbanRecord | Unset = UNSET
    sort_code: FundingInstructionsBankTransferSortCodeRecord | Unset = UNSET
    spei: FundingInstructionsBankTransferSpeiRecord | Unset = UNSET
    supported_networks: list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem] | Unset = (
        UNSET
    )
    type_: FundingInstructionsBankTransferFinancialAddressType | Unset = UNSET
    zengin: FundingInstructionsBankTransferZenginRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iban: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iban, Unset):
            iban = self.iban.to_dict()

        sort_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort_code, Unset):
            sort_code = self.sort_code.to_dict()

        spei: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spei, Unset):
            spei = self.spei.to_dict()

        supported_networks: list[str] | Unset = UNSET
        if not isinstance(self.supported_networks, Unset):
            supported_networks = []
            for supported_networks_item_data in self.supported_networks:
                supported_networks_item: str = supported_networks_item_data
                supported_networks.append(supported_networks_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        zengin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zengin, Unset):
            zengin = self.zengin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iban is not UNSET:
            field_dict["iban"] = iban
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if spei is not UNSET:
            field_dict["spei"] = spei
        if supported_networks is not UNSET:
            field_dict["supported_networks"] = supported_networks
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zengin is not UNSET:
            field_dict["zengin"] = zengin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_instructions_bank_transfer_iban_record import (
            FundingInstructionsBankTransferIbanRecord,  # noqa: PLC0415
        )
        from ..models.funding_instructions_bank_transfer_sort_code_record import (
            FundingInstructionsBankTransferSortCodeRecord,  # noqa: PLC0415
        )
        from ..models.funding_instructions_bank_transfer_spei_record import (
            FundingInstructionsBankTransferSpeiRecord,  # noqa: PLC0415
        )
        from ..models.funding_instructions_bank_transfer_zengin_record import (
            FundingInstructionsBankTransferZenginRecord,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _iban = d.pop("iban", UNSET)
        iban: FundingInstructionsBankTransferIbanRecord | Unset
        if isinstance(_iban, Unset):
            iban = UNSET
        else:
            iban = FundingInstructionsBankTransferIbanRecord.from_dict(_iban)

        _sort_code = d.pop("sort_code", UNSET)
        sort_code: FundingInstructionsBankTransferSortCodeRecord | Unset
        if isinstance(_sort_code, Unset):
            sort_code = UNSET
        else:
            sort_code = FundingInstructionsBankTransferSortCodeRecord.from_dict(_sort_code)

        _spei = d.pop("spei", UNSET)
        spei: FundingInstructionsBankTransferSpeiRecord | Unset
        if isinstance(_spei, Unset):
            spei = UNSET
        else:
            spei = FundingInstructionsBankTransferSpeiRecord.from_dict(_spei)

        _supported_networks = d.pop("supported_networks", UNSET)
        supported_networks: (
            list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem] | Unset
        ) = UNSET
        if _supported_networks is not UNSET:
            supported_networks = []
            for supported_networks_item_data in _supported_networks:
                supported_networks_item = (
                    check_funding_instructions_bank_transfer_financial_address_supported_networks_item(
                        supported_networks_item_data
                    )
                )

                supported_networks.append(supported_networks_item)

        _type_ = d.pop("type", UNSET)
        type_: FundingInstructionsBankTransferFinancialAddressType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_funding_instructions_bank_transfer_financial_address_type(_type_)

        _zengin = d.pop("zengin", UNSET)
        zengin: FundingInstructionsBankTransferZenginRecord | Unset
        if isinstance(_zengin, Unset):
            zengin = UNSET
        else:
            zengin = FundingInstructionsBankTransferZenginRecord.from_dict(_zengin)

        funding_instructions_bank_transfer_financial_address = cls(
            iban=iban,
            sort_code=sort_code,
            spei=spei,
            supported_networks=supported_networks,
            type_=type_,
            zengin=zengin,
        )

        funding_instructions_bank_transfer_financial_address.additional_properties = d
        return funding_instructions_bank_transfer_financial_address

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
