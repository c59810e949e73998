from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_konbini_type_0_confirmation_number_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ConfirmationNumberType1,
    check_post_payment_intents_body_payment_method_options_konbini_type_0_confirmation_number_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_konbini_type_0_expires_after_days_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAfterDaysType1,
    check_post_payment_intents_body_payment_method_options_konbini_type_0_expires_after_days_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_konbini_type_0_expires_at_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAtType1,
    check_post_payment_intents_body_payment_method_options_konbini_type_0_expires_at_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_konbini_type_0_product_description_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1,
    check_post_payment_intents_body_payment_method_options_konbini_type_0_product_description_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_konbini_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_konbini_type_0_setup_future_usage,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0:
    """
    Attributes:
        confirmation_number (PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ConfirmationNumberType1 | str |
            Unset):
        expires_after_days (int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAfterDaysType1 | Unset):
        expires_at (int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAtType1 | Unset):
        product_description (PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1 | str |
            Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0SetupFutureUsage | Unset):
    """

    confirmation_number: (
        PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ConfirmationNumberType1 | str | Unset
    ) = UNSET
    expires_after_days: (
        int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAfterDaysType1 | Unset
    ) = UNSET
    expires_at: int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAtType1 | Unset = UNSET
    product_description: (
        PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1 | str | Unset
    ) = UNSET
    setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0SetupFutureUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmation_number: str | Unset
        if isinstance(self.confirmation_number, Unset):
            confirmation_number = UNSET
        elif isinstance(self.confirmation_number, str):
            confirmation_number = self.confirmation_number
        else:
            confirmation_number = self.confirmation_number

        expires_after_days: int | str | Unset
        if isinstance(self.expires_after_days, Unset):
            expires_after_days = UNSET
        elif isinstance(self.expires_after_days, str):
            expires_after_days = self.expires_after_days
        else:
            expires_after_days = self.expires_after_days

        expires_at: int | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, str):
            expires_at = self.expires_at
        else:
            expires_at = self.expires_at

        product_description: str | Unset
        if isinstance(self.product_description, Unset):
            product_description = UNSET
        elif isinstance(self.product_description, str):
            product_description = self.product_description
        else:
            product_description = self.product_description

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmation_number is not UNSET:
            field_dict["confirmation_number"] = confirmation_number
        if expires_after_days is not UNSET:
            field_dict["expires_after_days"] = expires_after_days
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if product_description is not UNSET:
            field_dict["product_description"] = product_description
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_confirmation_number(
            data: object,
        ) -> PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ConfirmationNumberType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmation_number_type_1 = check_post_payment_intents_body_payment_method_options_konbini_type_0_confirmation_number_type_1(
                    data
                )

                return confirmation_number_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ConfirmationNumberType1 | str | Unset,
                data,
            )

        confirmation_number = _parse_confirmation_number(d.pop("confirmation_number", UNSET))

        def _parse_expires_after_days(
            data: object,
        ) -> int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAfterDaysType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_after_days_type_1 = check_post_payment_intents_body_payment_method_options_konbini_type_0_expires_after_days_type_1(
                    data
                )

                return expires_after_days_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAfterDaysType1 | Unset,
                data,
            )

        expires_after_days = _parse_expires_after_days(d.pop("expires_after_days", UNSET))

        def _parse_expires_at(
            data: object,
        ) -> int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAtType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_1 = (
                    check_post_payment_intents_body_payment_method_options_konbini_type_0_expires_at_type_1(
                        data
                    )
                )

                return expires_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                int | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ExpiresAtType1 | Unset, data
            )

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_product_description(
            data: object,
        ) -> PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_description_type_1 = check_post_payment_intents_body_payment_method_options_konbini_type_0_product_description_type_1(
                    data
                )

                return product_description_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1 | str | Unset,
                data,
            )

        product_description = _parse_product_description(d.pop("product_description", UNSET))

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0SetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = (
                check_post_payment_intents_body_payment_method_options_konbini_type_0_setup_future_usage(
                    _setup_future_usage
                )
            )

        post_payment_intents_body_payment_method_options_konbini_type_0 = cls(
            confirmation_number=confirmation_number,
            expires_after_days=expires_after_days,
            expires_at=expires_at,
            product_description=product_description,
            setup_future_usage=setup_future_usage,
        )

        post_payment_intents_body_payment_method_options_konbini_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_konbini_type_0

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
