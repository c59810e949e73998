from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_card_mandate_options_amount_type_type_1 import (
    PaymentMethodOptionsCardMandateOptionsAmountTypeType1,
    check_payment_method_options_card_mandate_options_amount_type_type_1,
)
from ..models.payment_method_options_card_mandate_options_interval_type_1 import (
    PaymentMethodOptionsCardMandateOptionsIntervalType1,
    check_payment_method_options_card_mandate_options_interval_type_1,
)
from ..models.payment_method_options_card_mandate_options_supported_types_type_0_item import (
    PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item,
    check_payment_method_options_card_mandate_options_supported_types_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsCardMandateOptions")


@_attrs_define
class PaymentMethodOptionsCardMandateOptions:
    """
    Attributes:
        amount (int | None | Unset): Amount to be charged for future payments.
        amount_type (None | PaymentMethodOptionsCardMandateOptionsAmountTypeType1 | Unset): One of `fixed` or `maximum`.
            If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the
            amount charged can be up to the value passed for the `amount` param.
        description (None | str | Unset): A description of the mandate or subscription that is meant to be displayed to
            the customer.
        end_date (int | None | Unset): End date of the mandate or subscription. If not provided, the mandate will be
            active until canceled. If provided, end date should be after start date.
        interval (None | PaymentMethodOptionsCardMandateOptionsIntervalType1 | Unset): Specifies payment frequency. One
            of `day`, `week`, `month`, `year`, or `sporadic`.
        interval_count (int | None | Unset): The number of intervals between payments. For example, `interval=month` and
            `interval_count=3` indicates one payment every three months. Maximum of one year interval allowed (1 year, 12
            months, or 52 weeks). This parameter is optional when `interval=sporadic`.
        reference (None | str | Unset): Unique identifier for the mandate or subscription.
        start_date (int | None | Unset): Start date of the mandate or subscription. Start date should not be lesser than
            yesterday.
        supported_types (list[PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item] | None | Unset): Specifies
            the type of mandates supported. Possible values are `india`.
    """

    amount: int | None | Unset = UNSET
    amount_type: None | PaymentMethodOptionsCardMandateOptionsAmountTypeType1 | Unset = UNSET
    description: None | str | Unset = UNSET
    end_date: int | None | Unset = UNSET
    interval: None | PaymentMethodOptionsCardMandateOptionsIntervalType1 | Unset = UNSET
    interval_count: int | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    start_date: int | None | Unset = UNSET
    supported_types: list[PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_type: None | str | Unset
        if isinstance(self.amount_type, Unset):
            amount_type = UNSET
        elif isinstance(self.amount_type, str):
            amount_type = self.amount_type
        else:
            amount_type = self.amount_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        end_date: int | None | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

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

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        start_date: int | None | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        supported_types: list[str] | None | Unset
        if isinstance(self.supported_types, Unset):
            supported_types = UNSET
        elif isinstance(self.supported_types, list):
            supported_types = []
            for supported_types_type_0_item_data in self.supported_types:
                supported_types_type_0_item: str = supported_types_type_0_item_data
                supported_types.append(supported_types_type_0_item)

        else:
            supported_types = self.supported_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_type is not UNSET:
            field_dict["amount_type"] = amount_type
        if description is not UNSET:
            field_dict["description"] = description
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if reference is not UNSET:
            field_dict["reference"] = reference
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if supported_types is not UNSET:
            field_dict["supported_types"] = supported_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_amount_type(
            data: object,
        ) -> None | PaymentMethodOptionsCardMandateOptionsAmountTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                amount_type_type_1 = check_payment_method_options_card_mandate_options_amount_type_type_1(
                    data
                )

                return amount_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCardMandateOptionsAmountTypeType1 | Unset, data)

        amount_type = _parse_amount_type(d.pop("amount_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_end_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_interval(
            data: object,
        ) -> None | PaymentMethodOptionsCardMandateOptionsIntervalType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_1 = check_payment_method_options_card_mandate_options_interval_type_1(data)

                return interval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsCardMandateOptionsIntervalType1 | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        def _parse_interval_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_count = _parse_interval_count(d.pop("interval_count", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_start_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_supported_types(
            data: object,
        ) -> list[PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_types_type_0 = []
                _supported_types_type_0 = data
                for supported_types_type_0_item_data in _supported_types_type_0:
                    supported_types_type_0_item = (
                        check_payment_method_options_card_mandate_options_supported_types_type_0_item(
                            supported_types_type_0_item_data
                        )
                    )

                    supported_types_type_0.append(supported_types_type_0_item)

                return supported_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item] | None | Unset, data
            )

        supported_types = _parse_supported_types(d.pop("supported_types", UNSET))

        payment_method_options_card_mandate_options = cls(
            amount=amount,
            amount_type=amount_type,
            description=description,
            end_date=end_date,
            interval=interval,
            interval_count=interval_count,
            reference=reference,
            start_date=start_date,
            supported_types=supported_types,
        )

        payment_method_options_card_mandate_options.additional_properties = d
        return payment_method_options_card_mandate_options

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
