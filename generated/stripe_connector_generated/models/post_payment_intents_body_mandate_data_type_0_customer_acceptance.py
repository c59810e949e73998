from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance_type import (
    PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType,
    check_post_payment_intents_body_mandate_data_type_0_customer_acceptance_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance_offline import (
        PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOffline,
    )
    from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance_online import (
        PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyMandateDataType0CustomerAcceptance")


@_attrs_define
class PostPaymentIntentsBodyMandateDataType0CustomerAcceptance:
    """
    Attributes:
        type_ (PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType):
        accepted_at (int | Unset):
        offline (PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOffline | Unset):
        online (PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline | Unset):
    """

    type_: PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType
    accepted_at: int | Unset = UNSET
    offline: PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOffline | Unset = UNSET
    online: PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        accepted_at = self.accepted_at

        offline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offline, Unset):
            offline = self.offline.to_dict()

        online: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online, Unset):
            online = self.online.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if offline is not UNSET:
            field_dict["offline"] = offline
        if online is not UNSET:
            field_dict["online"] = online

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance_offline import (
            PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOffline,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_mandate_data_type_0_customer_acceptance_online import (
            PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = check_post_payment_intents_body_mandate_data_type_0_customer_acceptance_type(d.pop("type"))

        accepted_at = d.pop("accepted_at", UNSET)

        _offline = d.pop("offline", UNSET)
        offline: PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOffline | Unset
        if isinstance(_offline, Unset):
            offline = UNSET
        else:
            offline = PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOffline.from_dict(_offline)

        _online = d.pop("online", UNSET)
        online: PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline | Unset
        if isinstance(_online, Unset):
            online = UNSET
        else:
            online = PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceOnline.from_dict(_online)

        post_payment_intents_body_mandate_data_type_0_customer_acceptance = cls(
            type_=type_,
            accepted_at=accepted_at,
            offline=offline,
            online=online,
        )

        post_payment_intents_body_mandate_data_type_0_customer_acceptance.additional_properties = d
        return post_payment_intents_body_mandate_data_type_0_customer_acceptance

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
