from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="SubscriptionsResourcePendingUpdate")


@_attrs_define
class SubscriptionsResourcePendingUpdate:
    """Pending Updates store the changes pending from a previous update that will be applied
    to the Subscription upon successful payment.

        Attributes:
            billing_cycle_anchor (int | None | Unset): If the update is applied, determines the date of the first full
                invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices. The
                timestamp is in UTC format.
            expires_at (int | None | Unset): The point after which the changes reflected by this update will be discarded
                and no longer applied.
            subscription_items (list[StripeResourceObject] | None | Unset): List of subscription items, each with an
                attached plan, that will be set if the update is applied.
            trial_end (int | None | Unset): Unix timestamp representing the end of the trial period the customer will get
                before being charged for the first time, if the update is applied.
            trial_from_plan (bool | None | Unset): Indicates if a plan's `trial_period_days` should be applied to the
                subscription. Setting `trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag
                to `true` together with `trial_end` is not allowed. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to learn more.
    """

    billing_cycle_anchor: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    subscription_items: list[StripeResourceObject] | None | Unset = UNSET
    trial_end: int | None | Unset = UNSET
    trial_from_plan: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_cycle_anchor: int | None | Unset
        if isinstance(self.billing_cycle_anchor, Unset):
            billing_cycle_anchor = UNSET
        else:
            billing_cycle_anchor = self.billing_cycle_anchor

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        subscription_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.subscription_items, Unset):
            subscription_items = UNSET
        elif isinstance(self.subscription_items, list):
            subscription_items = []
            for subscription_items_type_0_item_data in self.subscription_items:
                subscription_items_type_0_item = subscription_items_type_0_item_data.to_dict()
                subscription_items.append(subscription_items_type_0_item)

        else:
            subscription_items = self.subscription_items

        trial_end: int | None | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        else:
            trial_end = self.trial_end

        trial_from_plan: bool | None | Unset
        if isinstance(self.trial_from_plan, Unset):
            trial_from_plan = UNSET
        else:
            trial_from_plan = self.trial_from_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_cycle_anchor is not UNSET:
            field_dict["billing_cycle_anchor"] = billing_cycle_anchor
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if subscription_items is not UNSET:
            field_dict["subscription_items"] = subscription_items
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_from_plan is not UNSET:
            field_dict["trial_from_plan"] = trial_from_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_billing_cycle_anchor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_cycle_anchor = _parse_billing_cycle_anchor(d.pop("billing_cycle_anchor", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_subscription_items(data: object) -> list[StripeResourceObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscription_items_type_0 = []
                _subscription_items_type_0 = data
                for subscription_items_type_0_item_data in _subscription_items_type_0:
                    subscription_items_type_0_item = StripeResourceObject.from_dict(
                        subscription_items_type_0_item_data
                    )

                    subscription_items_type_0.append(subscription_items_type_0_item)

                return subscription_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StripeResourceObject] | None | Unset, data)

        subscription_items = _parse_subscription_items(d.pop("subscription_items", UNSET))

        def _parse_trial_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        def _parse_trial_from_plan(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trial_from_plan = _parse_trial_from_plan(d.pop("trial_from_plan", UNSET))

        subscriptions_resource_pending_update = cls(
            billing_cycle_anchor=billing_cycle_anchor,
            expires_at=expires_at,
            subscription_items=subscription_items,
            trial_end=trial_end,
            trial_from_plan=trial_from_plan,
        )

        subscriptions_resource_pending_update.additional_properties = d
        return subscriptions_resource_pending_update

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
