from typing import Literal, cast

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type = Literal["fixed_count"]

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_INSTALLMENTS_PLAN_TYPE_0_TYPE_VALUES: set[
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type
] = {
    "fixed_count",
}


def check_post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type(
    value: str,
) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type, value)
