from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodDataFpxBank = Literal[
    "affin_bank",
    "agrobank",
    "alliance_bank",
    "ambank",
    "bank_islam",
    "bank_muamalat",
    "bank_of_china",
    "bank_rakyat",
    "bsn",
    "cimb",
    "deutsche_bank",
    "hong_leong_bank",
    "hsbc",
    "kfh",
    "maybank2e",
    "maybank2u",
    "ocbc",
    "pb_enterprise",
    "public_bank",
    "rhb",
    "standard_chartered",
    "uob",
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_DATA_FPX_BANK_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodDataFpxBank
] = {
    "affin_bank",
    "agrobank",
    "alliance_bank",
    "ambank",
    "bank_islam",
    "bank_muamalat",
    "bank_of_china",
    "bank_rakyat",
    "bsn",
    "cimb",
    "deutsche_bank",
    "hong_leong_bank",
    "hsbc",
    "kfh",
    "maybank2e",
    "maybank2u",
    "ocbc",
    "pb_enterprise",
    "public_bank",
    "rhb",
    "standard_chartered",
    "uob",
}


def check_post_payment_intents_body_payment_method_data_fpx_bank(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodDataFpxBank:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodDataFpxBank, value)
