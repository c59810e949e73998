from typing import Literal, cast

SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1 = Literal["off", "on_subscription"]

SUBSCRIPTIONS_RESOURCE_PAYMENT_SETTINGS_SAVE_DEFAULT_PAYMENT_METHOD_TYPE_1_VALUES: set[
    SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1
] = {
    "off",
    "on_subscription",
}


def check_subscriptions_resource_payment_settings_save_default_payment_method_type_1(
    value: str,
) -> SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionsResourcePaymentSettingsSaveDefaultPaymentMethodType1, value)
