from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_payment_intents_intent_cancel_body_cancellation_reason import (
    PostPaymentIntentsIntentCancelBodyCancellationReason,
    check_post_payment_intents_intent_cancel_body_cancellation_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostPaymentIntentsIntentCancelBody")


@_attrs_define
class PostPaymentIntentsIntentCancelBody:
    """
    Attributes:
        cancellation_reason (PostPaymentIntentsIntentCancelBodyCancellationReason | Unset): Reason for canceling this
            PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
    """

    cancellation_reason: PostPaymentIntentsIntentCancelBodyCancellationReason | Unset = UNSET
    expand: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cancellation_reason: str | Unset = UNSET
        if not isinstance(self.cancellation_reason, Unset):
            cancellation_reason = self.cancellation_reason

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cancellation_reason = d.pop("cancellation_reason", UNSET)
        cancellation_reason: PostPaymentIntentsIntentCancelBodyCancellationReason | Unset
        if isinstance(_cancellation_reason, Unset):
            cancellation_reason = UNSET
        else:
            cancellation_reason = check_post_payment_intents_intent_cancel_body_cancellation_reason(
                _cancellation_reason
            )

        expand = cast(list[str], d.pop("expand", UNSET))

        post_payment_intents_intent_cancel_body = cls(
            cancellation_reason=cancellation_reason,
            expand=expand,
        )

        return post_payment_intents_intent_cancel_body
