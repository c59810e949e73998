from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSent")


@_attrs_define
class EmailSent:
    """
    Attributes:
        email_sent_at (int | Unset): The timestamp when the email was sent.
        email_sent_to (str | Unset): The recipient's email address.
    """

    email_sent_at: int | Unset = UNSET
    email_sent_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_sent_at = self.email_sent_at

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
        email_sent_at = d.pop("email_sent_at", UNSET)

        email_sent_to = d.pop("email_sent_to", UNSET)

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
