from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionWechatPayRedirectToAndroidApp")


@_attrs_define
class PaymentIntentNextActionWechatPayRedirectToAndroidApp:
    """
    Attributes:
        app_id (str | Unset): app_id is the APP ID registered on WeChat open platform
        nonce_str (str | Unset): nonce_str is a random string
        package (str | Unset): package is static value
        partner_id (str | Unset): an unique merchant ID assigned by WeChat Pay
        prepay_id (str | Unset): an unique trading ID assigned by WeChat Pay
        sign (str | Unset): A signature
        timestamp (str | Unset): Specifies the current time in epoch format
    """

    app_id: str | Unset = UNSET
    nonce_str: str | Unset = UNSET
    package: str | Unset = UNSET
    partner_id: str | Unset = UNSET
    prepay_id: str | Unset = UNSET
    sign: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        nonce_str = self.nonce_str

        package = self.package

        partner_id = self.partner_id

        prepay_id = self.prepay_id

        sign = self.sign

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if nonce_str is not UNSET:
            field_dict["nonce_str"] = nonce_str
        if package is not UNSET:
            field_dict["package"] = package
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if prepay_id is not UNSET:
            field_dict["prepay_id"] = prepay_id
        if sign is not UNSET:
            field_dict["sign"] = sign
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        nonce_str = d.pop("nonce_str", UNSET)

        package = d.pop("package", UNSET)

        partner_id = d.pop("partner_id", UNSET)

        prepay_id = d.pop("prepay_id", UNSET)

        sign = d.pop("sign", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        payment_intent_next_action_wechat_pay_redirect_to_android_app = cls(
            app_id=app_id,
            nonce_str=nonce_str,
            package=package,
            partner_id=partner_id,
            prepay_id=prepay_id,
            sign=sign,
            timestamp=timestamp,
        )

        payment_intent_next_action_wechat_pay_redirect_to_android_app.additional_properties = d
        return payment_intent_next_action_wechat_pay_redirect_to_android_app

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
