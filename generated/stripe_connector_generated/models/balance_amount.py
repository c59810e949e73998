from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_amount_by_source_type import BalanceAmountBySourceType


T = TypeVar("T", bound="BalanceAmount")


@_attrs_define
class BalanceAmount:
    """
    Attributes:
        amount (int | Unset): Balance amount.
        currency (str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
            lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        source_types (BalanceAmountBySourceType | Unset):
    """

    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    source_types: BalanceAmountBySourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        source_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_types, Unset):
            source_types = self.source_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if source_types is not UNSET:
            field_dict["source_types"] = source_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_amount_by_source_type import BalanceAmountBySourceType  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _source_types = d.pop("source_types", UNSET)
        source_types: BalanceAmountBySourceType | Unset
        if isinstance(_source_types, Unset):
            source_types = UNSET
        else:
            source_types = BalanceAmountBySourceType.from_dict(_source_types)

        balance_amount = cls(
            amount=amount,
            currency=currency,
            source_types=source_types,
        )

        balance_amount.additional_properties = d
        return balance_amount

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
