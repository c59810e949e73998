from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSent")


@_attrs_define
class EmailSent:
    """
    Attributes:
        email_sent_at (int | None | Unset): The timestamp when the email was sent.
        email_sent_to (None | str | Unset): The recipient's email address.
    """

    email_sent_at: int | None | Unset = UNSET
    email_sent_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_sent_at: int | None | Unset
        if isinstance(self.email_sent_at, Unset):
            email_sent_at = UNSET
        else:
            email_sent_at = self.email_sent_at

        email_sent_to: None | str | Unset
        if isinstance(self.email_sent_to, Unset):
            email_sent_to = UNSET
        else:
            email_sent_to = self.email_sent_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_sent_at is not UNSET:
            field_dict["email_sent_at"] = email_sent_at
        if email_sent_to is not UNSET:
            field_dict["email_sent_to"] = email_sent_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email_sent_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_sent_at = _parse_email_sent_at(d.pop("email_sent_at", UNSET))

        def _parse_email_sent_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_sent_to = _parse_email_sent_to(d.pop("email_sent_to", UNSET))

        email_sent = cls(
            email_sent_at=email_sent_at,
            email_sent_to=email_sent_to,
        )

        email_sent.additional_properties = d
        return email_sent

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
