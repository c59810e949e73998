from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriptions_trials_resource_end_behavior import (
        SubscriptionsTrialsResourceEndBehavior,
    )


T = TypeVar("T", bound="SubscriptionsTrialsResourceTrialSettings")


@_attrs_define
class SubscriptionsTrialsResourceTrialSettings:
    """Configures how this subscription behaves during the trial period.

    Attributes:
        end_behavior (SubscriptionsTrialsResourceEndBehavior | Unset): Defines how a subscription behaves when a free
            trial ends.
    """

    end_behavior: SubscriptionsTrialsResourceEndBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_behavior, Unset):
            end_behavior = self.end_behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_behavior is not UNSET:
            field_dict["end_behavior"] = end_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriptions_trials_resource_end_behavior import (
            SubscriptionsTrialsResourceEndBehavior,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _end_behavior = d.pop("end_behavior", UNSET)
        end_behavior: SubscriptionsTrialsResourceEndBehavior | Unset
        if isinstance(_end_behavior, Unset):
            end_behavior = UNSET
        else:
            end_behavior = SubscriptionsTrialsResourceEndBehavior.from_dict(_end_behavior)

        subscriptions_trials_resource_trial_settings = cls(
            end_behavior=end_behavior,
        )

        subscriptions_trials_resource_trial_settings.additional_properties = d
        return subscriptions_trials_resource_trial_settings

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
