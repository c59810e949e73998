from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        hosted_instructions_url (str | Unset): The URL to the hosted Cash App Pay instructions page, which allows
            customers to view the QR code, and supports QR code refreshing on expiration.
        mobile_auth_url (str | Unset): The url for mobile redirect based auth
        qr_code (PaymentIntentNextActionCashappQRCode | Unset):
    """

    hosted_instructions_url: str | Unset = UNSET
    mobile_auth_url: str | Unset = UNSET
    qr_code: PaymentIntentNextActionCashappQRCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hosted_instructions_url = self.hosted_instructions_url

        mobile_auth_url = self.mobile_auth_url

        qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qr_code, Unset):
            qr_code = self.qr_code.to_dict()

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
        hosted_instructions_url = d.pop("hosted_instructions_url", UNSET)

        mobile_auth_url = d.pop("mobile_auth_url", UNSET)

        _qr_code = d.pop("qr_code", UNSET)
        qr_code: PaymentIntentNextActionCashappQRCode | Unset
        if isinstance(_qr_code, Unset):
            qr_code = UNSET
        else:
            qr_code = PaymentIntentNextActionCashappQRCode.from_dict(_qr_code)

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
