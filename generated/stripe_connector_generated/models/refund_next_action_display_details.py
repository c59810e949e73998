from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_sent import EmailSent


T = TypeVar("T", bound="RefundNextActionDisplayDetails")


@_attrs_define
class RefundNextActionDisplayDetails:
    """
    Attributes:
        email_sent (EmailSent | Unset):
        expires_at (int | Unset): The expiry timestamp.
    """

    email_sent: EmailSent | Unset = UNSET
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_sent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_sent, Unset):
            email_sent = self.email_sent.to_dict()

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_sent is not UNSET:
            field_dict["email_sent"] = email_sent
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_sent import EmailSent  # noqa: PLC0415

        d = dict(src_dict)
        _email_sent = d.pop("email_sent", UNSET)
        email_sent: EmailSent | Unset
        if isinstance(_email_sent, Unset):
            email_sent = UNSET
        else:
            email_sent = EmailSent.from_dict(_email_sent)

        expires_at = d.pop("expires_at", UNSET)

        refund_next_action_display_details = cls(
            email_sent=email_sent,
            expires_at=expires_at,
        )

        refund_next_action_display_details.additional_properties = d
        return refund_next_action_display_details

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
