from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_cash_balance_settings_reconciliation_mode import (
    PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode,
    check_post_customers_customer_body_cash_balance_settings_reconciliation_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCustomersCustomerBodyCashBalanceSettings")


@_attrs_define
class PostCustomersCustomerBodyCashBalanceSettings:
    """
    Attributes:
        reconciliation_mode (PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode | Unset):
    """

    reconciliation_mode: PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reconciliation_mode: str | Unset = UNSET
        if not isinstance(self.reconciliation_mode, Unset):
            reconciliation_mode = self.reconciliation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reconciliation_mode is not UNSET:
            field_dict["reconciliation_mode"] = reconciliation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reconciliation_mode = d.pop("reconciliation_mode", UNSET)
        reconciliation_mode: PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode | Unset
        if isinstance(_reconciliation_mode, Unset):
            reconciliation_mode = UNSET
        else:
            reconciliation_mode = (
                check_post_customers_customer_body_cash_balance_settings_reconciliation_mode(
                    _reconciliation_mode
                )
            )

        post_customers_customer_body_cash_balance_settings = cls(
            reconciliation_mode=reconciliation_mode,
        )

        post_customers_customer_body_cash_balance_settings.additional_properties = d
        return post_customers_customer_body_cash_balance_settings

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
