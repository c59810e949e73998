from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_item_threshold_reason import InvoiceItemThresholdReason


T = TypeVar("T", bound="InvoiceThresholdReason")


@_attrs_define
class InvoiceThresholdReason:
    """
    Attributes:
        amount_gte (int | None | Unset): The total invoice amount threshold boundary if it triggered the threshold
            invoice.
        item_reasons (list[InvoiceItemThresholdReason] | None | Unset): Indicates which line items triggered a threshold
            invoice.
    """

    amount_gte: int | None | Unset = UNSET
    item_reasons: list[InvoiceItemThresholdReason] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_gte: int | None | Unset
        if isinstance(self.amount_gte, Unset):
            amount_gte = UNSET
        else:
            amount_gte = self.amount_gte

        item_reasons: list[dict[str, Any]] | None | Unset
        if isinstance(self.item_reasons, Unset):
            item_reasons = UNSET
        elif isinstance(self.item_reasons, list):
            item_reasons = []
            for item_reasons_type_0_item_data in self.item_reasons:
                item_reasons_type_0_item = item_reasons_type_0_item_data.to_dict()
                item_reasons.append(item_reasons_type_0_item)

        else:
            item_reasons = self.item_reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_gte is not UNSET:
            field_dict["amount_gte"] = amount_gte
        if item_reasons is not UNSET:
            field_dict["item_reasons"] = item_reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_item_threshold_reason import InvoiceItemThresholdReason  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount_gte(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_gte = _parse_amount_gte(d.pop("amount_gte", UNSET))

        def _parse_item_reasons(data: object) -> list[InvoiceItemThresholdReason] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                item_reasons_type_0 = []
                _item_reasons_type_0 = data
                for item_reasons_type_0_item_data in _item_reasons_type_0:
                    item_reasons_type_0_item = InvoiceItemThresholdReason.from_dict(
                        item_reasons_type_0_item_data
                    )

                    item_reasons_type_0.append(item_reasons_type_0_item)

                return item_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceItemThresholdReason] | None | Unset, data)

        item_reasons = _parse_item_reasons(d.pop("item_reasons", UNSET))

        invoice_threshold_reason = cls(
            amount_gte=amount_gte,
            item_reasons=item_reasons,
        )

        invoice_threshold_reason.additional_properties = d
        return invoice_threshold_reason

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
