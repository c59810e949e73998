from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType = Literal["bank_transfer"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_TYPE_0_FUNDING_TYPE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType
] = {
    "bank_transfer",
}


def check_post_payment_intents_body_payment_method_options_customer_balance_type_0_funding_type(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0FundingType, value)
