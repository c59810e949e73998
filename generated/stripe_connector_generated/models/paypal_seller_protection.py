from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paypal_seller_protection_dispute_categories_type_0_item import (
    PaypalSellerProtectionDisputeCategoriesType0Item,
    check_paypal_seller_protection_dispute_categories_type_0_item,
)
from ..models.paypal_seller_protection_status import (
    PaypalSellerProtectionStatus,
    check_paypal_seller_protection_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaypalSellerProtection")


@_attrs_define
class PaypalSellerProtection:
    """
    Attributes:
        dispute_categories (list[PaypalSellerProtectionDisputeCategoriesType0Item] | None | Unset): An array of
            conditions that are covered for the transaction, if applicable.
        status (PaypalSellerProtectionStatus | Unset): Indicates whether the transaction is eligible for PayPal's seller
            protection.
    """

    dispute_categories: list[PaypalSellerProtectionDisputeCategoriesType0Item] | None | Unset = UNSET
    status: PaypalSellerProtectionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispute_categories: list[str] | None | Unset
        if isinstance(self.dispute_categories, Unset):
            dispute_categories = UNSET
        elif isinstance(self.dispute_categories, list):
            dispute_categories = []
            for dispute_categories_type_0_item_data in self.dispute_categories:
                dispute_categories_type_0_item: str = dispute_categories_type_0_item_data
                dispute_categories.append(dispute_categories_type_0_item)

        else:
            dispute_categories = self.dispute_categories

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dispute_categories is not UNSET:
            field_dict["dispute_categories"] = dispute_categories
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_dispute_categories(
            data: object,
        ) -> list[PaypalSellerProtectionDisputeCategoriesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dispute_categories_type_0 = []
                _dispute_categories_type_0 = data
                for dispute_categories_type_0_item_data in _dispute_categories_type_0:
                    dispute_categories_type_0_item = (
                        check_paypal_seller_protection_dispute_categories_type_0_item(
                            dispute_categories_type_0_item_data
                        )
                    )

                    dispute_categories_type_0.append(dispute_categories_type_0_item)

                return dispute_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaypalSellerProtectionDisputeCategoriesType0Item] | None | Unset, data)

        dispute_categories = _parse_dispute_categories(d.pop("dispute_categories", UNSET))

        _status = d.pop("status", UNSET)
        status: PaypalSellerProtectionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_paypal_seller_protection_status(_status)

        paypal_seller_protection = cls(
            dispute_categories=dispute_categories,
            status=status,
        )

        paypal_seller_protection.additional_properties = d
        return paypal_seller_protection

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
