from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="ChargeOutcome")


@_attrs_define
class ChargeOutcome:
    """
    Attributes:
        network_status (None | str | Unset): Possible values are `approved_by_network`, `declined_by_network`,
            `not_sent_to_network`, and `reversed_after_approval`. The value `reversed_after_approval` indicates the payment
            was [blocked by Stripe](https://stripe.com/docs/declines#blocked-payments) after bank authorization, and may
            temporarily appear as "pending" on a cardholder's statement.
        reason (None | str | Unset): An enumerated value providing a more detailed explanation of the outcome's `type`.
            Charges blocked by Radar's default block rule have the value `highest_risk_level`. Charges placed in review by
            Radar's default review rule have the value `elevated_risk_level`. Charges authorized, blocked, or placed in
            review by custom rules have the value `rule`. See [understanding declines](https://stripe.com/docs/declines) for
            more details.
        risk_level (None | str | Unset): Stripe Radar's evaluation of the riskiness of the payment. Possible values for
            evaluated payments are `normal`, `elevated`, `highest`. For non-card payments, and card-based payments predating
            the public assignment of risk levels, this field will have the value `not_assessed`. In the event of an error in
            the evaluation, this field will have the value `unknown`. This field is only available with Radar.
        risk_score (int | None | Unset): Stripe Radar's evaluation of the riskiness of the payment. Possible values for
            evaluated payments are between 0 and 100. For non-card payments, card-based payments predating the public
            assignment of risk scores, or in the event of an error during evaluation, this field will not be present. This
            field is only available with Radar for Fraud Teams.
        rule (None | str | StripeResourceObject | Unset): The ID of the Radar rule that matched the payment, if
            applicable.
        seller_message (None | str | Unset): A human-readable description of the outcome type and reason, designed for
            you (the recipient of the payment), not your customer.
        type_ (None | str | Unset): Possible values are `authorized`, `manual_review`, `issuer_declined`, `blocked`, and
            `invalid`. See [understanding declines](https://stripe.com/docs/declines) and [Radar
            reviews](https://stripe.com/docs/radar/reviews) for details.
    """

    network_status: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    risk_level: None | str | Unset = UNSET
    risk_score: int | None | Unset = UNSET
    rule: None | str | StripeResourceObject | Unset = UNSET
    seller_message: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        network_status: None | str | Unset
        if isinstance(self.network_status, Unset):
            network_status = UNSET
        else:
            network_status = self.network_status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = self.risk_level

        risk_score: int | None | Unset
        if isinstance(self.risk_score, Unset):
            risk_score = UNSET
        else:
            risk_score = self.risk_score

        rule: dict[str, Any] | None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        elif isinstance(self.rule, StripeResourceObject):
            rule = self.rule.to_dict()
        else:
            rule = self.rule

        seller_message: None | str | Unset
        if isinstance(self.seller_message, Unset):
            seller_message = UNSET
        else:
            seller_message = self.seller_message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_status is not UNSET:
            field_dict["network_status"] = network_status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if risk_score is not UNSET:
            field_dict["risk_score"] = risk_score
        if rule is not UNSET:
            field_dict["rule"] = rule
        if seller_message is not UNSET:
            field_dict["seller_message"] = seller_message
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_network_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_status = _parse_network_status(d.pop("network_status", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_risk_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        risk_level = _parse_risk_level(d.pop("risk_level", UNSET))

        def _parse_risk_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_score = _parse_risk_score(d.pop("risk_score", UNSET))

        def _parse_rule(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_type_1 = StripeResourceObject.from_dict(data)

                return rule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_seller_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seller_message = _parse_seller_message(d.pop("seller_message", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        charge_outcome = cls(
            network_status=network_status,
            reason=reason,
            risk_level=risk_level,
            risk_score=risk_score,
            rule=rule,
            seller_message=seller_message,
            type_=type_,
        )

        charge_outcome.additional_properties = d
        return charge_outcome

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
