from typing import Literal, cast

PaymentMethodOptionsZipSetupFutureUsageType1 = Literal["none"]

PAYMENT_METHOD_OPTIONS_ZIP_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsZipSetupFutureUsageType1
] = {
    "none",
}


def check_payment_method_options_zip_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsZipSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsZipSetupFutureUsageType1, value)
