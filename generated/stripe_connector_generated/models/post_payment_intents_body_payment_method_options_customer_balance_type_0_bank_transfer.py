from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_requested_address_types_item import (
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem,
    check_post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_requested_address_types_item,
)
from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_type import (
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferType,
    check_post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransfer:
    """
    Attributes:
        type_ (PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferType):
        eu_bank_transfer (PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer |
            Unset):
        requested_address_types
            (list[PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem] |
            Unset):
    """

    type_: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferType
    eu_bank_transfer: (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer | Unset
    ) = UNSET
    requested_address_types: (
        list[
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        eu_bank_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eu_bank_transfer, Unset):
            eu_bank_transfer = self.eu_bank_transfer.to_dict()

        requested_address_types: list[str] | Unset = UNSET
        if not isinstance(self.requested_address_types, Unset):
            requested_address_types = []
            for requested_address_types_item_data in self.requested_address_types:
                requested_address_types_item: str = requested_address_types_item_data
                requested_address_types.append(requested_address_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if eu_bank_transfer is not UNSET:
            field_dict["eu_bank_transfer"] = eu_bank_transfer
        if requested_address_types is not UNSET:
            field_dict["requested_address_types"] = requested_address_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = (
            check_post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_type(
                d.pop("type")
            )
        )

        _eu_bank_transfer = d.pop("eu_bank_transfer", UNSET)
        eu_bank_transfer: (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer | Unset
        )
        if isinstance(_eu_bank_transfer, Unset):
            eu_bank_transfer = UNSET
        else:
            eu_bank_transfer = PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer.from_dict(
                _eu_bank_transfer
            )

        _requested_address_types = d.pop("requested_address_types", UNSET)
        requested_address_types: (
            list[
                PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem
            ]
            | Unset
        ) = UNSET
        if _requested_address_types is not UNSET:
            requested_address_types = []
            for requested_address_types_item_data in _requested_address_types:
                requested_address_types_item = check_post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_requested_address_types_item(
                    requested_address_types_item_data
                )

                requested_address_types.append(requested_address_types_item)

        post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer = cls(
            type_=type_,
            eu_bank_transfer=eu_bank_transfer,
            requested_address_types=requested_address_types,
        )

        post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer.additional_properties = d
        return post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer

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
