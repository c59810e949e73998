from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_pending_invoice_item_interval_interval_type_1 import (
    SubscriptionPendingInvoiceItemIntervalIntervalType1,
    check_subscription_pending_invoice_item_interval_interval_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPendingInvoiceItemInterval")


@_attrs_define
class SubscriptionPendingInvoiceItemInterval:
    """
    Attributes:
        interval (None | SubscriptionPendingInvoiceItemIntervalIntervalType1 | Unset): Specifies invoicing frequency.
            Either `day`, `week`, `month` or `year`.
        interval_count (int | None | Unset): The number of intervals between invoices. For example, `interval=month` and
            `interval_count=3` bills every 3 months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks).
    """

    interval: None | SubscriptionPendingInvoiceItemIntervalIntervalType1 | Unset = UNSET
    interval_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, str):
            interval = self.interval
        else:
            interval = self.interval

        interval_count: int | None | Unset
        if isinstance(self.interval_count, Unset):
            interval_count = UNSET
        else:
            interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_interval(
            data: object,
        ) -> None | SubscriptionPendingInvoiceItemIntervalIntervalType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_1 = check_subscription_pending_invoice_item_interval_interval_type_1(data)

                return interval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPendingInvoiceItemIntervalIntervalType1 | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        def _parse_interval_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_count = _parse_interval_count(d.pop("interval_count", UNSET))

        subscription_pending_invoice_item_interval = cls(
            interval=interval,
            interval_count=interval_count,
        )

        subscription_pending_invoice_item_interval.additional_properties = d
        return subscription_pending_invoice_item_interval

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
