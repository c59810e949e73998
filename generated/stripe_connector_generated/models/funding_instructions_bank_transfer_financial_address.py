from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_instructions_bank_transfer_financial_address_supported_networks_type_0_item import (
    FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item,
    check_funding_instructions_bank_transfer_financial_address_supported_networks_type_0_item,
)
from ..models.funding_instructions_bank_transfer_financial_address_type_type_1 import (
    FundingInstructionsBankTransferFinancialAddressTypeType1,
    check_funding_instructions_bank_transfer_financial_address_type_type_1,
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
        iban (FundingInstructionsBankTransferIbanRecord | None | Unset):
        sort_code (FundingInstructionsBankTransferSortCodeRecord | None | Unset):
        spei (FundingInstructionsBankTransferSpeiRecord | None | Unset):
        supported_networks (list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item] | None |
            Unset): The payment networks supported by this FinancialAddress
        type_ (FundingInstructionsBankTransferFinancialAddressTypeType1 | None | Unset): The type of financial address
        zengin (FundingInstructionsBankTransferZenginRecord | None | Unset):
    """

    iban: FundingInstructionsBankTransferIbanRecord | None | Unset = UNSET
    sort_code: FundingInstructionsBankTransferSortCodeRecord | None | Unset = UNSET
    spei: FundingInstructionsBankTransferSpeiRecord | None | Unset = UNSET
    supported_networks: (
        list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item] | None | Unset
    ) = UNSET
    type_: FundingInstructionsBankTransferFinancialAddressTypeType1 | None | Unset = UNSET
    zengin: FundingInstructionsBankTransferZenginRecord | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        iban: dict[str, Any] | None | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        elif isinstance(self.iban, FundingInstructionsBankTransferIbanRecord):
            iban = self.iban.to_dict()
        else:
            iban = self.iban

        sort_code: dict[str, Any] | None | Unset
        if isinstance(self.sort_code, Unset):
            sort_code = UNSET
        elif isinstance(self.sort_code, FundingInstructionsBankTransferSortCodeRecord):
            sort_code = self.sort_code.to_dict()
        else:
            sort_code = self.sort_code

        spei: dict[str, Any] | None | Unset
        if isinstance(self.spei, Unset):
            spei = UNSET
        elif isinstance(self.spei, FundingInstructionsBankTransferSpeiRecord):
            spei = self.spei.to_dict()
        else:
            spei = self.spei

        supported_networks: list[str] | None | Unset
        if isinstance(self.supported_networks, Unset):
            supported_networks = UNSET
        elif isinstance(self.supported_networks, list):
            supported_networks = []
            for supported_networks_type_0_item_data in self.supported_networks:
                supported_networks_type_0_item: str = supported_networks_type_0_item_data
                supported_networks.append(supported_networks_type_0_item)

        else:
            supported_networks = self.supported_networks

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        zengin: dict[str, Any] | None | Unset
        if isinstance(self.zengin, Unset):
            zengin = UNSET
        elif isinstance(self.zengin, FundingInstructionsBankTransferZenginRecord):
            zengin = self.zengin.to_dict()
        else:
            zengin = self.zengin

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

        def _parse_iban(data: object) -> FundingInstructionsBankTransferIbanRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                iban_type_0 = FundingInstructionsBankTransferIbanRecord.from_dict(data)

                return iban_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingInstructionsBankTransferIbanRecord | None | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_sort_code(data: object) -> FundingInstructionsBankTransferSortCodeRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_code_type_0 = FundingInstructionsBankTransferSortCodeRecord.from_dict(data)

                return sort_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingInstructionsBankTransferSortCodeRecord | None | Unset, data)

        sort_code = _parse_sort_code(d.pop("sort_code", UNSET))

        def _parse_spei(data: object) -> FundingInstructionsBankTransferSpeiRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spei_type_0 = FundingInstructionsBankTransferSpeiRecord.from_dict(data)

                return spei_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingInstructionsBankTransferSpeiRecord | None | Unset, data)

        spei = _parse_spei(d.pop("spei", UNSET))

        def _parse_supported_networks(
            data: object,
        ) -> list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_networks_type_0 = []
                _supported_networks_type_0 = data
                for supported_networks_type_0_item_data in _supported_networks_type_0:
                    supported_networks_type_0_item = check_funding_instructions_bank_transfer_financial_address_supported_networks_type_0_item(
                        supported_networks_type_0_item_data
                    )

                    supported_networks_type_0.append(supported_networks_type_0_item)

                return supported_networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item]
                | None
                | Unset,
                data,
            )

        supported_networks = _parse_supported_networks(d.pop("supported_networks", UNSET))

        def _parse_type_(
            data: object,
        ) -> FundingInstructionsBankTransferFinancialAddressTypeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_funding_instructions_bank_transfer_financial_address_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingInstructionsBankTransferFinancialAddressTypeType1 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_zengin(data: object) -> FundingInstructionsBankTransferZenginRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zengin_type_0 = FundingInstructionsBankTransferZenginRecord.from_dict(data)

                return zengin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingInstructionsBankTransferZenginRecord | None | Unset, data)

        zengin = _parse_zengin(d.pop("zengin", UNSET))

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
