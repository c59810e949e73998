from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_details_feedback_type_1 import (
    CancellationDetailsFeedbackType1,
    check_cancellation_details_feedback_type_1,
)
from ..models.cancellation_details_reason_type_1 import (
    CancellationDetailsReasonType1,
    check_cancellation_details_reason_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationDetails")


@_attrs_define
class CancellationDetails:
    """
    Attributes:
        comment (None | str | Unset): Additional comments about why the user canceled the subscription, if the
            subscription was canceled explicitly by the user.
        feedback (CancellationDetailsFeedbackType1 | None | Unset): The customer submitted reason for why they canceled,
            if the subscription was canceled explicitly by the user.
        reason (CancellationDetailsReasonType1 | None | Unset): Why this subscription was canceled.
    """

    comment: None | str | Unset = UNSET
    feedback: CancellationDetailsFeedbackType1 | None | Unset = UNSET
    reason: CancellationDetailsReasonType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        feedback: None | str | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        elif isinstance(self.feedback, str):
            feedback = self.feedback
        else:
            feedback = self.feedback

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_feedback(data: object) -> CancellationDetailsFeedbackType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_type_1 = check_cancellation_details_feedback_type_1(data)

                return feedback_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancellationDetailsFeedbackType1 | None | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        def _parse_reason(data: object) -> CancellationDetailsReasonType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_1 = check_cancellation_details_reason_type_1(data)

                return reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancellationDetailsReasonType1 | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        cancellation_details = cls(
            comment=comment,
            feedback=feedback,
            reason=reason,
        )

        cancellation_details.additional_properties = d
        return cancellation_details

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
