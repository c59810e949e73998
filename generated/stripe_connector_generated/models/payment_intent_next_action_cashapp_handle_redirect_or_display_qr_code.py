from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_next_action_cashapp_qr_code import (
        PaymentIntentNextActionCashappQRCode,
    )


T = TypeVar("T", bound="PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode")


@_attrs_define
class PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode:
    """
    Attributes:
        hosted_instructions_url (None | str | Unset): The URL to the hosted Cash App Pay instructions page, which allows
            customers to view the QR code, and supports QR code refreshing on expiration.
        mobile_auth_url (None | str | Unset): The url for mobile redirect based auth
        qr_code (None | PaymentIntentNextActionCashappQRCode | Unset):
    """

    hosted_instructions_url: None | str | Unset = UNSET
    mobile_auth_url: None | str | Unset = UNSET
    qr_code: None | PaymentIntentNextActionCashappQRCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_next_action_cashapp_qr_code import (
            PaymentIntentNextActionCashappQRCode,  # noqa: PLC0415
        )

        hosted_instructions_url: None | str | Unset
        if isinstance(self.hosted_instructions_url, Unset):
            hosted_instructions_url = UNSET
        else:
            hosted_instructions_url = self.hosted_instructions_url

        mobile_auth_url: None | str | Unset
        if isinstance(self.mobile_auth_url, Unset):
            mobile_auth_url = UNSET
        else:
            mobile_auth_url = self.mobile_auth_url

        qr_code: dict[str, Any] | None | Unset
        if isinstance(self.qr_code, Unset):
            qr_code = UNSET
        elif isinstance(self.qr_code, PaymentIntentNextActionCashappQRCode):
            qr_code = self.qr_code.to_dict()
        else:
            qr_code = self.qr_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hosted_instructions_url is not UNSET:
            field_dict["hosted_instructions_url"] = hosted_instructions_url
        if mobile_auth_url is not UNSET:
            field_dict["mobile_auth_url"] = mobile_auth_url
        if qr_code is not UNSET:
            field_dict["qr_code"] = qr_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_next_action_cashapp_qr_code import (
            PaymentIntentNextActionCashappQRCode,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_hosted_instructions_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_instructions_url = _parse_hosted_instructions_url(d.pop("hosted_instructions_url", UNSET))

        def _parse_mobile_auth_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_auth_url = _parse_mobile_auth_url(d.pop("mobile_auth_url", UNSET))

        def _parse_qr_code(data: object) -> None | PaymentIntentNextActionCashappQRCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qr_code_type_0 = PaymentIntentNextActionCashappQRCode.from_dict(data)

                return qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionCashappQRCode | Unset, data)

        qr_code = _parse_qr_code(d.pop("qr_code", UNSET))

        payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code = cls(
            hosted_instructions_url=hosted_instructions_url,
            mobile_auth_url=mobile_auth_url,
            qr_code=qr_code,
        )

        payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.additional_properties = d
        return payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code

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
