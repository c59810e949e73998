from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentIntentNextActionPaynowDisplayQrCode")


@_attrs_define
class PaymentIntentNextActionPaynowDisplayQrCode:
    """
    Attributes:
        data (None | str | Unset): The raw data string used to generate QR code, it should be used together with QR code
            library.
        hosted_instructions_url (None | str | Unset): The URL to the hosted PayNow instructions page, which allows
            customers to view the PayNow QR code.
        image_url_png (None | str | Unset): The image_url_png string used to render QR code
        image_url_svg (None | str | Unset): The image_url_svg string used to render QR code
    """

    data: None | str | Unset = UNSET
    hosted_instructions_url: None | str | Unset = UNSET
    image_url_png: None | str | Unset = UNSET
    image_url_svg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        hosted_instructions_url: None | str | Unset
        if isinstance(self.hosted_instructions_url, Unset):
            hosted_instructions_url = UNSET
        else:
            hosted_instructions_url = self.hosted_instructions_url

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
        if data is not UNSET:
            field_dict["data"] = data
        if hosted_instructions_url is not UNSET:
            field_dict["hosted_instructions_url"] = hosted_instructions_url
        if image_url_png is not UNSET:
            field_dict["image_url_png"] = image_url_png
        if image_url_svg is not UNSET:
            field_dict["image_url_svg"] = image_url_svg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_hosted_instructions_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_instructions_url = _parse_hosted_instructions_url(d.pop("hosted_instructions_url", UNSET))

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

        payment_intent_next_action_paynow_display_qr_code = cls(
            data=data,
            hosted_instructions_url=hosted_instructions_url,
            image_url_png=image_url_png,
            image_url_svg=image_url_svg,
        )

        payment_intent_next_action_paynow_display_qr_code.additional_properties = d
        return payment_intent_next_action_paynow_display_qr_code

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
