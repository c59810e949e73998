from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_card_installments_plan_interval_type_1 import (
    PaymentMethodDetailsCardInstallmentsPlanIntervalType1,
    check_payment_method_details_card_installments_plan_interval_type_1,
)
from ..models.payment_method_details_card_installments_plan_type_type_1 import (
    PaymentMethodDetailsCardInstallmentsPlanTypeType1,
    check_payment_method_details_card_installments_plan_type_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsCardInstallmentsPlan")


@_attrs_define
class PaymentMethodDetailsCardInstallmentsPlan:
    """
    Attributes:
        count (int | None | Unset): For `fixed_count` installment plans, this is the number of installment payments your
            customer will make to their credit card.
        interval (None | PaymentMethodDetailsCardInstallmentsPlanIntervalType1 | Unset): For `fixed_count` installment
            plans, this is the interval between installment payments your customer will make to their credit card.
            One of `month`.
        type_ (None | PaymentMethodDetailsCardInstallmentsPlanTypeType1 | Unset): Type of installment plan, one of
            `fixed_count`.
    """

    count: int | None | Unset = UNSET
    interval: None | PaymentMethodDetailsCardInstallmentsPlanIntervalType1 | Unset = UNSET
    type_: None | PaymentMethodDetailsCardInstallmentsPlanTypeType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, str):
            interval = self.interval
        else:
            interval = self.interval

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if interval is not UNSET:
            field_dict["interval"] = interval
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_interval(
            data: object,
        ) -> None | PaymentMethodDetailsCardInstallmentsPlanIntervalType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_1 = check_payment_method_details_card_installments_plan_interval_type_1(data)

                return interval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardInstallmentsPlanIntervalType1 | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        def _parse_type_(data: object) -> None | PaymentMethodDetailsCardInstallmentsPlanTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_payment_method_details_card_installments_plan_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardInstallmentsPlanTypeType1 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        payment_method_details_card_installments_plan = cls(
            count=count,
            interval=interval,
            type_=type_,
        )

        payment_method_details_card_installments_plan.additional_properties = d
        return payment_method_details_card_installments_plan

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
