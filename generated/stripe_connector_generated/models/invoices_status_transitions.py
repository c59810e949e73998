from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicesStatusTransitions")


@_attrs_define
class InvoicesStatusTransitions:
    """
    Attributes:
        finalized_at (int | None | Unset): The time that the invoice draft was finalized.
        marked_uncollectible_at (int | None | Unset): The time that the invoice was marked uncollectible.
        paid_at (int | None | Unset): The time that the invoice was paid.
        voided_at (int | None | Unset): The time that the invoice was voided.
    """

    finalized_at: int | None | Unset = UNSET
    marked_uncollectible_at: int | None | Unset = UNSET
    paid_at: int | None | Unset = UNSET
    voided_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finalized_at: int | None | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        else:
            finalized_at = self.finalized_at

        marked_uncollectible_at: int | None | Unset
        if isinstance(self.marked_uncollectible_at, Unset):
            marked_uncollectible_at = UNSET
        else:
            marked_uncollectible_at = self.marked_uncollectible_at

        paid_at: int | None | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        else:
            paid_at = self.paid_at

        voided_at: int | None | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        else:
            voided_at = self.voided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if marked_uncollectible_at is not UNSET:
            field_dict["marked_uncollectible_at"] = marked_uncollectible_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_finalized_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at", UNSET))

        def _parse_marked_uncollectible_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        marked_uncollectible_at = _parse_marked_uncollectible_at(d.pop("marked_uncollectible_at", UNSET))

        def _parse_paid_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_voided_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        voided_at = _parse_voided_at(d.pop("voided_at", UNSET))

        invoices_status_transitions = cls(
            finalized_at=finalized_at,
            marked_uncollectible_at=marked_uncollectible_at,
            paid_at=paid_at,
            voided_at=voided_at,
        )

        invoices_status_transitions.additional_properties = d
        return invoices_status_transitions

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
