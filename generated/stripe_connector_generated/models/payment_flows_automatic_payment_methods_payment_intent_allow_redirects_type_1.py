from typing import Literal, cast

PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1 = Literal["always", "never"]

PAYMENT_FLOWS_AUTOMATIC_PAYMENT_METHODS_PAYMENT_INTENT_ALLOW_REDIRECTS_TYPE_1_VALUES: set[
    PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1
] = {
    "always",
    "never",
}


def check_payment_flows_automatic_payment_methods_payment_intent_allow_redirects_type_1(
    value: str,
) -> PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirectsType1, value)
