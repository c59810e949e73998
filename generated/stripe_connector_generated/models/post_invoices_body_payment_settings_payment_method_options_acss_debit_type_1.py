from typing import Literal, cast

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1 = Literal[""]

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_TYPE_1_VALUES: set[
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
] = {
    "",
}


def check_post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1(
    value: str,
) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1, value)
