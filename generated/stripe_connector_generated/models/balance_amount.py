from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        amount (int | None | Unset): Balance amount.
        currency (None | str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-
            codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        source_types (BalanceAmountBySourceType | None | Unset):
    """

    amount: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    source_types: BalanceAmountBySourceType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.balance_amount_by_source_type import BalanceAmountBySourceType  # noqa: PLC0415

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        source_types: dict[str, Any] | None | Unset
        if isinstance(self.source_types, Unset):
            source_types = UNSET
        elif isinstance(self.source_types, BalanceAmountBySourceType):
            source_types = self.source_types.to_dict()
        else:
            source_types = self.source_types

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

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_source_types(data: object) -> BalanceAmountBySourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_types_type_0 = BalanceAmountBySourceType.from_dict(data)

                return source_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BalanceAmountBySourceType | None | Unset, data)

        source_types = _parse_source_types(d.pop("source_types", UNSET))

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
