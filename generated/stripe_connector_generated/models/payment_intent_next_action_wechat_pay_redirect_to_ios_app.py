from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionWechatPayRedirectToIOSApp")


@_attrs_define
class PaymentIntentNextActionWechatPayRedirectToIOSApp:
    """
    Attributes:
        native_url (None | str | Unset): An universal link that redirect to WeChat Pay app
    """

    native_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        native_url: None | str | Unset
        if isinstance(self.native_url, Unset):
            native_url = UNSET
        else:
            native_url = self.native_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if native_url is not UNSET:
            field_dict["native_url"] = native_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_native_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        native_url = _parse_native_url(d.pop("native_url", UNSET))

        payment_intent_next_action_wechat_pay_redirect_to_ios_app = cls(
            native_url=native_url,
        )

        payment_intent_next_action_wechat_pay_redirect_to_ios_app.additional_properties = d
        return payment_intent_next_action_wechat_pay_redirect_to_ios_app

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
