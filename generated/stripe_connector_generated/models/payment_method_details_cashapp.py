from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsCashapp")


@_attrs_define
class PaymentMethodDetailsCashapp:
    """
    Attributes:
        buyer_id (None | str | Unset): A unique and immutable identifier assigned by Cash App to every buyer.
        cashtag (None | str | Unset): A public identifier for buyers using Cash App.
    """

    buyer_id: None | str | Unset = UNSET
    cashtag: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_id: None | str | Unset
        if isinstance(self.buyer_id, Unset):
            buyer_id = UNSET
        else:
            buyer_id = self.buyer_id

        cashtag: None | str | Unset
        if isinstance(self.cashtag, Unset):
            cashtag = UNSET
        else:
            cashtag = self.cashtag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_id is not UNSET:
            field_dict["buyer_id"] = buyer_id
        if cashtag is not UNSET:
            field_dict["cashtag"] = cashtag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_buyer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_id = _parse_buyer_id(d.pop("buyer_id", UNSET))

        def _parse_cashtag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cashtag = _parse_cashtag(d.pop("cashtag", UNSET))

        payment_method_details_cashapp = cls(
            buyer_id=buyer_id,
            cashtag=cashtag,
        )

        payment_method_details_cashapp.additional_properties = d
        return payment_method_details_cashapp

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
