from typing import Literal, cast

SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1 = Literal["cancel", "create_invoice", "pause"]

SUBSCRIPTIONS_TRIALS_RESOURCE_END_BEHAVIOR_MISSING_PAYMENT_METHOD_TYPE_1_VALUES: set[
    SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1
] = {
    "cancel",
    "create_invoice",
    "pause",
}


def check_subscriptions_trials_resource_end_behavior_missing_payment_method_type_1(
    value: str,
) -> SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionsTrialsResourceEndBehaviorMissingPaymentMethodType1, value)
