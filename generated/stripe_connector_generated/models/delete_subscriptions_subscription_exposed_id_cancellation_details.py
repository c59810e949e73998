from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_subscriptions_subscription_exposed_id_cancellation_details_comment_type_1 import (
    DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1,
    check_delete_subscriptions_subscription_exposed_id_cancellation_details_comment_type_1,
)
from ..models.delete_subscriptions_subscription_exposed_id_cancellation_details_feedback import (
    DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback,
    check_delete_subscriptions_subscription_exposed_id_cancellation_details_feedback,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSubscriptionsSubscriptionExposedIdCancellationDetails")


@_attrs_define
class DeleteSubscriptionsSubscriptionExposedIdCancellationDetails:
    """Details about why this subscription was cancelled

    Attributes:
        comment (DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1 | str | Unset):
        feedback (DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback | Unset):
    """

    comment: DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1 | str | Unset = UNSET
    feedback: DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, str):
            comment = self.comment
        else:
            comment = self.comment

        feedback: str | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment(
            data: object,
        ) -> DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                comment_type_1 = (
                    check_delete_subscriptions_subscription_exposed_id_cancellation_details_comment_type_1(
                        data
                    )
                )

                return comment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1 | str | Unset, data
            )

        comment = _parse_comment(d.pop("comment", UNSET))

        _feedback = d.pop("feedback", UNSET)
        feedback: DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = check_delete_subscriptions_subscription_exposed_id_cancellation_details_feedback(
                _feedback
            )

        delete_subscriptions_subscription_exposed_id_cancellation_details = cls(
            comment=comment,
            feedback=feedback,
        )

        delete_subscriptions_subscription_exposed_id_cancellation_details.additional_properties = d
        return delete_subscriptions_subscription_exposed_id_cancellation_details

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
