from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_data_klarna_dob import (
        PostPaymentIntentsBodyPaymentMethodDataKlarnaDob,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodDataKlarna")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodDataKlarna:
    """
    Attributes:
        dob (PostPaymentIntentsBodyPaymentMethodDataKlarnaDob | Unset):
    """

    dob: PostPaymentIntentsBodyPaymentMethodDataKlarnaDob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dob: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dob is not UNSET:
            field_dict["dob"] = dob

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_data_klarna_dob import (
            PostPaymentIntentsBodyPaymentMethodDataKlarnaDob,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _dob = d.pop("dob", UNSET)
        dob: PostPaymentIntentsBodyPaymentMethodDataKlarnaDob | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = PostPaymentIntentsBodyPaymentMethodDataKlarnaDob.from_dict(_dob)

        post_payment_intents_body_payment_method_data_klarna = cls(
            dob=dob,
        )

        post_payment_intents_body_payment_method_data_klarna.additional_properties = d
        return post_payment_intents_body_payment_method_data_klarna

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
