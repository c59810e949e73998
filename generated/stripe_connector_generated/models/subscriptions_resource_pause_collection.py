from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriptions_resource_pause_collection_behavior_type_1 import (
    SubscriptionsResourcePauseCollectionBehaviorType1,
    check_subscriptions_resource_pause_collection_behavior_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionsResourcePauseCollection")


@_attrs_define
class SubscriptionsResourcePauseCollection:
    """The Pause Collection settings determine how we will pause collection for this subscription and for how long the
    subscription
    should be paused.

        Attributes:
            behavior (None | SubscriptionsResourcePauseCollectionBehaviorType1 | Unset): The payment collection behavior for
                this subscription while paused. One of `keep_as_draft`, `mark_uncollectible`, or `void`.
            resumes_at (int | None | Unset): The time after which the subscription will resume collecting payments.
    """

    behavior: None | SubscriptionsResourcePauseCollectionBehaviorType1 | Unset = UNSET
    resumes_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        behavior: None | str | Unset
        if isinstance(self.behavior, Unset):
            behavior = UNSET
        elif isinstance(self.behavior, str):
            behavior = self.behavior
        else:
            behavior = self.behavior

        resumes_at: int | None | Unset
        if isinstance(self.resumes_at, Unset):
            resumes_at = UNSET
        else:
            resumes_at = self.resumes_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if resumes_at is not UNSET:
            field_dict["resumes_at"] = resumes_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_behavior(data: object) -> None | SubscriptionsResourcePauseCollectionBehaviorType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                behavior_type_1 = check_subscriptions_resource_pause_collection_behavior_type_1(data)

                return behavior_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsResourcePauseCollectionBehaviorType1 | Unset, data)

        behavior = _parse_behavior(d.pop("behavior", UNSET))

        def _parse_resumes_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resumes_at = _parse_resumes_at(d.pop("resumes_at", UNSET))

        subscriptions_resource_pause_collection = cls(
            behavior=behavior,
            resumes_at=resumes_at,
        )

        subscriptions_resource_pause_collection.additional_properties = d
        return subscriptions_resource_pause_collection

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
