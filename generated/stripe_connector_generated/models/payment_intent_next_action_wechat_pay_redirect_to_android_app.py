from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionWechatPayRedirectToAndroidApp")


@_attrs_define
class PaymentIntentNextActionWechatPayRedirectToAndroidApp:
    """
    Attributes:
        app_id (None | str | Unset): app_id is the APP ID registered on WeChat open platform
        nonce_str (None | str | Unset): nonce_str is a random string
        package (None | str | Unset): package is static value
        partner_id (None | str | Unset): an unique merchant ID assigned by WeChat Pay
        prepay_id (None | str | Unset): an unique trading ID assigned by WeChat Pay
        sign (None | str | Unset): A signature
        timestamp (None | str | Unset): Specifies the current time in epoch format
    """

    app_id: None | str | Unset = UNSET
    nonce_str: None | str | Unset = UNSET
    package: None | str | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    prepay_id: None | str | Unset = UNSET
    sign: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        nonce_str: None | str | Unset
        if isinstance(self.nonce_str, Unset):
            nonce_str = UNSET
        else:
            nonce_str = self.nonce_str

        package: None | str | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        else:
            package = self.package

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        prepay_id: None | str | Unset
        if isinstance(self.prepay_id, Unset):
            prepay_id = UNSET
        else:
            prepay_id = self.prepay_id

        sign: None | str | Unset
        if isinstance(self.sign, Unset):
            sign = UNSET
        else:
            sign = self.sign

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
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

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_nonce_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nonce_str = _parse_nonce_str(d.pop("nonce_str", UNSET))

        def _parse_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package = _parse_package(d.pop("package", UNSET))

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_prepay_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prepay_id = _parse_prepay_id(d.pop("prepay_id", UNSET))

        def _parse_sign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign = _parse_sign(d.pop("sign", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

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
