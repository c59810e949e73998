from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailsGiropay")


@_attrs_define
class PaymentMethodDetailsGiropay:
    """
    Attributes:
        bank_code (None | str | Unset): Bank code of bank associated with the bank account.
        bank_name (None | str | Unset): Name of the bank associated with the bank account.
        bic (None | str | Unset): Bank Identifier Code of the bank associated with the bank account.
        verified_name (None | str | Unset): Owner's verified full name. Values are verified or provided by Giropay
            directly
            (if supported) at the time of authorization or settlement. They cannot be set or mutated.
            Giropay rarely provides this information so the attribute is usually empty.
    """

    bank_code: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    verified_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_code: None | str | Unset
        if isinstance(self.bank_code, Unset):
            bank_code = UNSET
        else:
            bank_code = self.bank_code

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        bic: None | str | Unset
        if isinstance(self.bic, Unset):
            bic = UNSET
        else:
            bic = self.bic

        verified_name: None | str | Unset
        if isinstance(self.verified_name, Unset):
            verified_name = UNSET
        else:
            verified_name = self.verified_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bic is not UNSET:
            field_dict["bic"] = bic
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bank_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_code = _parse_bank_code(d.pop("bank_code", UNSET))

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_bic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bic = _parse_bic(d.pop("bic", UNSET))

        def _parse_verified_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verified_name = _parse_verified_name(d.pop("verified_name", UNSET))

        payment_method_details_giropay = cls(
            bank_code=bank_code,
            bank_name=bank_name,
            bic=bic,
            verified_name=verified_name,
        )

        payment_method_details_giropay.additional_properties = d
        return payment_method_details_giropay

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
