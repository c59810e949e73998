from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        email_sent (EmailSent | None | Unset):
        expires_at (int | None | Unset): The expiry timestamp.
    """

    email_sent: EmailSent | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_sent import EmailSent  # noqa: PLC0415

        email_sent: dict[str, Any] | None | Unset
        if isinstance(self.email_sent, Unset):
            email_sent = UNSET
        elif isinstance(self.email_sent, EmailSent):
            email_sent = self.email_sent.to_dict()
        else:
            email_sent = self.email_sent

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
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

        def _parse_email_sent(data: object) -> EmailSent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_sent_type_0 = EmailSent.from_dict(data)

                return email_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailSent | None | Unset, data)

        email_sent = _parse_email_sent(d.pop("email_sent", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

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
