from typing import Literal, cast

PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1 = Literal[
    "eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer", "us_bank_transfer"
]

PAYMENT_INTENT_NEXT_ACTION_DISPLAY_BANK_TRANSFER_INSTRUCTIONS_TYPE_TYPE_1_VALUES: set[
    PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1
] = {
    "eu_bank_transfer",
    "gb_bank_transfer",
    "jp_bank_transfer",
    "mx_bank_transfer",
    "us_bank_transfer",
}


def check_payment_intent_next_action_display_bank_transfer_instructions_type_type_1(
    value: str,
) -> PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1, value)
