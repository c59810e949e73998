from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodDataIdealBank = Literal[
    "abn_amro",
    "asn_bank",
    "bunq",
    "handelsbanken",
    "ing",
    "knab",
    "moneyou",
    "n26",
    "rabobank",
    "regiobank",
    "revolut",
    "sns_bank",
    "triodos_bank",
    "van_lanschot",
    "yoursafe",
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_DATA_IDEAL_BANK_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodDataIdealBank
] = {
    "abn_amro",
    "asn_bank",
    "bunq",
    "handelsbanken",
    "ing",
    "knab",
    "moneyou",
    "n26",
    "rabobank",
    "regiobank",
    "revolut",
    "sns_bank",
    "triodos_bank",
    "van_lanschot",
    "yoursafe",
}


def check_post_payment_intents_body_payment_method_data_ideal_bank(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodDataIdealBank:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodDataIdealBank, value)
