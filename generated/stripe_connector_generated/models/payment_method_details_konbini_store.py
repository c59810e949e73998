from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_konbini_store_chain_type_1 import (
    PaymentMethodDetailsKonbiniStoreChainType1,
    check_payment_method_details_konbini_store_chain_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsKonbiniStore")


@_attrs_define
class PaymentMethodDetailsKonbiniStore:
    """
    Attributes:
        chain (None | PaymentMethodDetailsKonbiniStoreChainType1 | Unset): The name of the convenience store chain where
            the payment was completed.
    """

    chain: None | PaymentMethodDetailsKonbiniStoreChainType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain: None | str | Unset
        if isinstance(self.chain, Unset):
            chain = UNSET
        elif isinstance(self.chain, str):
            chain = self.chain
        else:
            chain = self.chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain is not UNSET:
            field_dict["chain"] = chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_chain(data: object) -> None | PaymentMethodDetailsKonbiniStoreChainType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chain_type_1 = check_payment_method_details_konbini_store_chain_type_1(data)

                return chain_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsKonbiniStoreChainType1 | Unset, data)

        chain = _parse_chain(d.pop("chain", UNSET))

        payment_method_details_konbini_store = cls(
            chain=chain,
        )

        payment_method_details_konbini_store.additional_properties = d
        return payment_method_details_konbini_store

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
