from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsCardPresent")


@_attrs_define
class PaymentMethodOptionsCardPresent:
    """
    Attributes:
        request_extended_authorization (bool | None | Unset): Request ability to capture this payment beyond the
            standard [authorization validity window](https://stripe.com/docs/terminal/features/extended-
            authorizations#authorization-validity)
        request_incremental_authorization_support (bool | None | Unset): Request ability to
            [increment](https://stripe.com/docs/terminal/features/incremental-authorizations) this PaymentIntent if the
            combination of MCC and card brand is eligible. Check
            [incremental_authorization_supported](https://stripe.com/docs/api/charges/object#charge_object-
            payment_method_details-card_present-incremental_authorization_supported) in the
            [Confirm](https://stripe.com/docs/api/payment_intents/confirm) response to verify support.
    """

    request_extended_authorization: bool | None | Unset = UNSET
    request_incremental_authorization_support: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_extended_authorization: bool | None | Unset
        if isinstance(self.request_extended_authorization, Unset):
            request_extended_authorization = UNSET
        else:
            request_extended_authorization = self.request_extended_authorization

        request_incremental_authorization_support: bool | None | Unset
        if isinstance(self.request_incremental_authorization_support, Unset):
            request_incremental_authorization_support = UNSET
        else:
            request_incremental_authorization_support = self.request_incremental_authorization_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_extended_authorization is not UNSET:
            field_dict["request_extended_authorization"] = request_extended_authorization
        if request_incremental_authorization_support is not UNSET:
            field_dict["request_incremental_authorization_support"] = (
                request_incremental_authorization_support
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_request_extended_authorization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        request_extended_authorization = _parse_request_extended_authorization(
            d.pop("request_extended_authorization", UNSET)
        )

        def _parse_request_incremental_authorization_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        request_incremental_authorization_support = _parse_request_incremental_authorization_support(
            d.pop("request_incremental_authorization_support", UNSET)
        )

        payment_method_options_card_present = cls(
            request_extended_authorization=request_extended_authorization,
            request_incremental_authorization_support=request_incremental_authorization_support,
        )

        payment_method_options_card_present.additional_properties = d
        return payment_method_options_card_present

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
