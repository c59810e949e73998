from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_payment_method_options_mandate_options_acss_debit_payment_schedule_type_1 import (
    PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1,
    check_payment_intent_payment_method_options_mandate_options_acss_debit_payment_schedule_type_1,
)
from ..models.payment_intent_payment_method_options_mandate_options_acss_debit_transaction_type_type_1 import (
    PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1,
    check_payment_intent_payment_method_options_mandate_options_acss_debit_transaction_type_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit")


@_attrs_define
class PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit:
    """
    Attributes:
        custom_mandate_url (None | str | Unset): A URL for custom mandate text
        interval_description (None | str | Unset): Description of the interval. Only required if the 'payment_schedule'
            parameter is 'interval' or 'combined'.
        payment_schedule (None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1 | Unset):
            Payment schedule for the mandate.
        transaction_type (None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1 | Unset):
            Transaction type of the mandate.
    """

    custom_mandate_url: None | str | Unset = UNSET
    interval_description: None | str | Unset = UNSET
    payment_schedule: (
        None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1 | Unset
    ) = UNSET
    transaction_type: (
        None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_mandate_url: None | str | Unset
        if isinstance(self.custom_mandate_url, Unset):
            custom_mandate_url = UNSET
        else:
            custom_mandate_url = self.custom_mandate_url

        interval_description: None | str | Unset
        if isinstance(self.interval_description, Unset):
            interval_description = UNSET
        else:
            interval_description = self.interval_description

        payment_schedule: None | str | Unset
        if isinstance(self.payment_schedule, Unset):
            payment_schedule = UNSET
        elif isinstance(self.payment_schedule, str):
            payment_schedule = self.payment_schedule
        else:
            payment_schedule = self.payment_schedule

        transaction_type: None | str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_mandate_url is not UNSET:
            field_dict["custom_mandate_url"] = custom_mandate_url
        if interval_description is not UNSET:
            field_dict["interval_description"] = interval_description
        if payment_schedule is not UNSET:
            field_dict["payment_schedule"] = payment_schedule
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_custom_mandate_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_mandate_url = _parse_custom_mandate_url(d.pop("custom_mandate_url", UNSET))

        def _parse_interval_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interval_description = _parse_interval_description(d.pop("interval_description", UNSET))

        def _parse_payment_schedule(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_schedule_type_1 = check_payment_intent_payment_method_options_mandate_options_acss_debit_payment_schedule_type_1(
                    data
                )

                return payment_schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1 | Unset,
                data,
            )

        payment_schedule = _parse_payment_schedule(d.pop("payment_schedule", UNSET))

        def _parse_transaction_type(
            data: object,
        ) -> None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_type_type_1 = check_payment_intent_payment_method_options_mandate_options_acss_debit_transaction_type_type_1(
                    data
                )

                return transaction_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1 | Unset,
                data,
            )

        transaction_type = _parse_transaction_type(d.pop("transaction_type", UNSET))

        payment_intent_payment_method_options_mandate_options_acss_debit = cls(
            custom_mandate_url=custom_mandate_url,
            interval_description=interval_description,
            payment_schedule=payment_schedule,
            transaction_type=transaction_type,
        )

        payment_intent_payment_method_options_mandate_options_acss_debit.additional_properties = d
        return payment_intent_payment_method_options_mandate_options_acss_debit

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
