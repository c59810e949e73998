from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_pending_invoice_item_interval_interval import (
    SubscriptionPendingInvoiceItemIntervalInterval,
    check_subscription_pending_invoice_item_interval_interval,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPendingInvoiceItemInterval")


@_attrs_define
class SubscriptionPendingInvoiceItemInterval:
    """
    Attributes:
        interval (SubscriptionPendingInvoiceItemIntervalInterval | Unset): Specifies invoicing frequency. Either `day`,
            `week`, `month` or `year`.
        interval_count (int | Unset): The number of intervals between invoices. For example, `interval=month` and
            `interval_count=3` bills every 3 months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks).
    """

    interval: SubscriptionPendingInvoiceItemIntervalInterval | Unset = UNSET
    interval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval

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
        _interval = d.pop("interval", UNSET)
        interval: SubscriptionPendingInvoiceItemIntervalInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = check_subscription_pending_invoice_item_interval_interval(_interval)

        interval_count = d.pop("interval_count", UNSET)

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
