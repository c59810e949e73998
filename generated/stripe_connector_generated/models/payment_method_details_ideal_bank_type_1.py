from typing import Literal, cast

PaymentMethodDetailsIdealBankType1 = Literal[
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

PAYMENT_METHOD_DETAILS_IDEAL_BANK_TYPE_1_VALUES: set[PaymentMethodDetailsIdealBankType1] = {
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


def check_payment_method_details_ideal_bank_type_1(value: str) -> PaymentMethodDetailsIdealBankType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsIdealBankType1, value)
