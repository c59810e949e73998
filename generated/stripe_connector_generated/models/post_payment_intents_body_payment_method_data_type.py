from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodDataType = Literal[
    "acss_debit",
    "affirm",
    "afterpay_clearpay",
    "alipay",
    "au_becs_debit",
    "bacs_debit",
    "bancontact",
    "blik",
    "boleto",
    "cashapp",
    "customer_balance",
    "eps",
    "fpx",
    "giropay",
    "grabpay",
    "ideal",
    "klarna",
    "konbini",
    "link",
    "oxxo",
    "p24",
    "paynow",
    "paypal",
    "pix",
    "promptpay",
    "sepa_debit",
    "sofort",
    "us_bank_account",
    "wechat_pay",
    "zip",
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_DATA_TYPE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodDataType
] = {
    "acss_debit",
    "affirm",
    "afterpay_clearpay",
    "alipay",
    "au_becs_debit",
    "bacs_debit",
    "bancontact",
    "blik",
    "boleto",
    "cashapp",
    "customer_balance",
    "eps",
    "fpx",
    "giropay",
    "grabpay",
    "ideal",
    "klarna",
    "konbini",
    "link",
    "oxxo",
    "p24",
    "paynow",
    "paypal",
    "pix",
    "promptpay",
    "sepa_debit",
    "sofort",
    "us_bank_account",
    "wechat_pay",
    "zip",
}


def check_post_payment_intents_body_payment_method_data_type(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodDataType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodDataType, value)
