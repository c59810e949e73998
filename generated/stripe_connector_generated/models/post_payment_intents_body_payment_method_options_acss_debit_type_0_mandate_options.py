from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_custom_mandate_url_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1,
    check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_custom_mandate_url_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_payment_schedule import (
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule,
    check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_payment_schedule,
)
from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_transaction_type import (
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType,
    check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_transaction_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions:
    """
    Attributes:
        custom_mandate_url (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1
            | str | Unset):
        interval_description (str | Unset):
        payment_schedule (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule |
            Unset):
        transaction_type (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType |
            Unset):
    """

    custom_mandate_url: (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1
        | str
        | Unset
    ) = UNSET
    interval_description: str | Unset = UNSET
    payment_schedule: (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule | Unset
    ) = UNSET
    transaction_type: (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_mandate_url: str | Unset
        if isinstance(self.custom_mandate_url, Unset):
            custom_mandate_url = UNSET
        elif isinstance(self.custom_mandate_url, str):
            custom_mandate_url = self.custom_mandate_url
        else:
            custom_mandate_url = self.custom_mandate_url

        interval_description = self.interval_description

        payment_schedule: str | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
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

        def _parse_custom_mandate_url(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                custom_mandate_url_type_1 = check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_custom_mandate_url_type_1(
                    data
                )

                return custom_mandate_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1
                | str
                | Unset,
                data,
            )

        custom_mandate_url = _parse_custom_mandate_url(d.pop("custom_mandate_url", UNSET))

        interval_description = d.pop("interval_description", UNSET)

        _payment_schedule = d.pop("payment_schedule", UNSET)
        payment_schedule: (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule | Unset
        )
        if isinstance(_payment_schedule, Unset):
            payment_schedule = UNSET
        else:
            payment_schedule = check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_payment_schedule(
                _payment_schedule
            )

        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType | Unset
        )
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_transaction_type(
                _transaction_type
            )

        post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options = cls(
            custom_mandate_url=custom_mandate_url,
            interval_description=interval_description,
            payment_schedule=payment_schedule,
            transaction_type=transaction_type,
        )

        post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options.additional_properties = d
        return post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options

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
