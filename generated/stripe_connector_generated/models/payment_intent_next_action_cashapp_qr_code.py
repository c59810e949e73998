from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionCashappQRCode")


@_attrs_define
class PaymentIntentNextActionCashappQRCode:
    """
    Attributes:
        expires_at (int | None | Unset): The date (unix timestamp) when the QR code expires.
        image_url_png (None | str | Unset): The image_url_png string used to render QR code
        image_url_svg (None | str | Unset): The image_url_svg string used to render QR code
    """

    expires_at: int | None | Unset = UNSET
    image_url_png: None | str | Unset = UNSET
    image_url_svg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        image_url_png: None | str | Unset
        if isinstance(self.image_url_png, Unset):
            image_url_png = UNSET
        else:
            image_url_png = self.image_url_png

        image_url_svg: None | str | Unset
        if isinstance(self.image_url_svg, Unset):
            image_url_svg = UNSET
        else:
            image_url_svg = self.image_url_svg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if image_url_png is not UNSET:
            field_dict["image_url_png"] = image_url_png
        if image_url_svg is not UNSET:
            field_dict["image_url_svg"] = image_url_svg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_image_url_png(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url_png = _parse_image_url_png(d.pop("image_url_png", UNSET))

        def _parse_image_url_svg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url_svg = _parse_image_url_svg(d.pop("image_url_svg", UNSET))

        payment_intent_next_action_cashapp_qr_code = cls(
            expires_at=expires_at,
            image_url_png=image_url_png,
            image_url_svg=image_url_svg,
        )

        payment_intent_next_action_cashapp_qr_code.additional_properties = d
        return payment_intent_next_action_cashapp_qr_code

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
