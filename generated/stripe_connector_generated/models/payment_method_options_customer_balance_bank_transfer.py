from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_customer_balance_bank_transfer_requested_address_types_type_0_item import (
    PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item,
    check_payment_method_options_customer_balance_bank_transfer_requested_address_types_type_0_item,
)
from ..models.payment_method_options_customer_balance_bank_transfer_type_type_1 import (
    PaymentMethodOptionsCustomerBalanceBankTransferTypeType1,
    check_payment_method_options_customer_balance_bank_transfer_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_options_customer_balance_eu_bank_account import (
        PaymentMethodOptionsCustomerBalanceEuBankAccount,
    )


T = TypeVar("T", bound="PaymentMethodOptionsCustomerBalanceBankTransfer")


@_attrs_define
class PaymentMethodOptionsCustomerBalanceBankTransfer:
    """
    Attributes:
        eu_bank_transfer (None | PaymentMethodOptionsCustomerBalanceEuBankAccount | Unset):
        requested_address_types (list[PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item] |
            None | Unset): List of address types that should be returned in the financial_addresses response. If not
            specified, all valid types will be returned.

            Permitted values include: `sort_code`, `zengin`, `iban`, or `spei`.
        type_ (None | PaymentMethodOptionsCustomerBalanceBankTransferTypeType1 | Unset): The bank transfer type that
            this PaymentIntent is allowed to use for funding Permitted values include: `eu_bank_transfer`,
            `gb_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`.
    """

    eu_bank_transfer: None | PaymentMethodOptionsCustomerBalanceEuBankAccount | Unset = UNSET
    requested_address_types: (
        list[PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item] | None | Unset
    ) = UNSET
    type_: None | PaymentMethodOptionsCustomerBalanceBankTransferTypeType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_options_customer_balance_eu_bank_account import (
            PaymentMethodOptionsCustomerBalanceEuBankAccount,  # noqa: PLC0415
        )

        eu_bank_transfer: dict[str, Any] | None | Unset
        if isinstance(self.eu_bank_transfer, Unset):
            eu_bank_transfer = UNSET
        elif isinstance(self.eu_bank_transfer, PaymentMethodOptionsCustomerBalanceEuBankAccount):
            eu_bank_transfer = self.eu_bank_transfer.to_dict()
        else:
            eu_bank_transfer = self.eu_bank_transfer

        requested_address_types: list[str] | None | Unset
        if isinstance(self.requested_address_types, Unset):
            requested_address_types = UNSET
        elif isinstance(self.requested_address_types, list):
            requested_address_types = []
            for requested_address_types_type_0_item_data in self.requested_address_types:
                requested_address_types_type_0_item: str = requested_address_types_type_0_item_data
                requested_address_types.append(requested_address_types_type_0_item)

        else:
            requested_address_types = self.requested_address_types

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eu_bank_transfer is not UNSET:
            field_dict["eu_bank_transfer"] = eu_bank_transfer
        if requested_address_types is not UNSET:
            field_dict["requested_address_types"] = requested_address_types
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_options_customer_balance_eu_bank_account import (
            PaymentMethodOptionsCustomerBalanceEuBankAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_eu_bank_transfer(
            data: object,
        ) -> None | PaymentMethodOptionsCustomerBalanceEuBankAccount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eu_bank_transfer_type_0 = PaymentMethodOptionsCustomerBalanceEuBankAccount.from_dict(data)

                return eu_bank_transfer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCustomerBalanceEuBankAccount | Unset, data)

        eu_bank_transfer = _parse_eu_bank_transfer(d.pop("eu_bank_transfer", UNSET))

        def _parse_requested_address_types(
            data: object,
        ) -> (
            list[PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                requested_address_types_type_0 = []
                _requested_address_types_type_0 = data
                for requested_address_types_type_0_item_data in _requested_address_types_type_0:
                    requested_address_types_type_0_item = check_payment_method_options_customer_balance_bank_transfer_requested_address_types_type_0_item(
                        requested_address_types_type_0_item_data
                    )

                    requested_address_types_type_0.append(requested_address_types_type_0_item)

                return requested_address_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item]
                | None
                | Unset,
                data,
            )

        requested_address_types = _parse_requested_address_types(d.pop("requested_address_types", UNSET))

        def _parse_type_(
            data: object,
        ) -> None | PaymentMethodOptionsCustomerBalanceBankTransferTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_payment_method_options_customer_balance_bank_transfer_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCustomerBalanceBankTransferTypeType1 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        payment_method_options_customer_balance_bank_transfer = cls(
            eu_bank_transfer=eu_bank_transfer,
            requested_address_types=requested_address_types,
            type_=type_,
        )

        payment_method_options_customer_balance_bank_transfer.additional_properties = d
        return payment_method_options_customer_balance_bank_transfer

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
