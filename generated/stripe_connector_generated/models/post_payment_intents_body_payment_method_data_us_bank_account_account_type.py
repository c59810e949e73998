from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType = Literal["checking", "savings"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_DATA_US_BANK_ACCOUNT_ACCOUNT_TYPE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType
] = {
    "checking",
    "savings",
}


def check_post_payment_intents_body_payment_method_data_us_bank_account_account_type(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodDataUsBankAccountAccountType, value)
