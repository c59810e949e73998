from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paypal_seller_protection_dispute_categories_type_0_item import (
    PaypalSellerProtectionDisputeCategoriesType0Item,
    check_paypal_seller_protection_dispute_categories_type_0_item,
)
from ..models.paypal_seller_protection_status_type_1 import (
    PaypalSellerProtectionStatusType1,
    check_paypal_seller_protection_status_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaypalSellerProtection")


@_attrs_define
class PaypalSellerProtection:
    """
    Attributes:
        dispute_categories (list[PaypalSellerProtectionDisputeCategoriesType0Item] | None | Unset): An array of
            conditions that are covered for the transaction, if applicable.
        status (None | PaypalSellerProtectionStatusType1 | Unset): Indicates whether the transaction is eligible for
            PayPal's seller protection.
    """

    dispute_categories: list[PaypalSellerProtectionDisputeCategoriesType0Item] | None | Unset = UNSET
    status: None | PaypalSellerProtectionStatusType1 | Unset = UNSET
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
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

        def _parse_status(data: object) -> None | PaypalSellerProtectionStatusType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_paypal_seller_protection_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaypalSellerProtectionStatusType1 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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
