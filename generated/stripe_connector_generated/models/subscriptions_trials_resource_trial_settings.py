from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        end_behavior (None | SubscriptionsTrialsResourceEndBehavior | Unset):
    """

    end_behavior: None | SubscriptionsTrialsResourceEndBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriptions_trials_resource_end_behavior import (
            SubscriptionsTrialsResourceEndBehavior,  # noqa: PLC0415
        )

        end_behavior: dict[str, Any] | None | Unset
        if isinstance(self.end_behavior, Unset):
            end_behavior = UNSET
        elif isinstance(self.end_behavior, SubscriptionsTrialsResourceEndBehavior):
            end_behavior = self.end_behavior.to_dict()
        else:
            end_behavior = self.end_behavior

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

        def _parse_end_behavior(data: object) -> None | SubscriptionsTrialsResourceEndBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_behavior_type_0 = SubscriptionsTrialsResourceEndBehavior.from_dict(data)

                return end_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsTrialsResourceEndBehavior | Unset, data)

        end_behavior = _parse_end_behavior(d.pop("end_behavior", UNSET))

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
