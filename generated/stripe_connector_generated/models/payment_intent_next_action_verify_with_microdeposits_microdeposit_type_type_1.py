from typing import Literal, cast

PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1 = Literal["amounts", "descriptor_code"]

PAYMENT_INTENT_NEXT_ACTION_VERIFY_WITH_MICRODEPOSITS_MICRODEPOSIT_TYPE_TYPE_1_VALUES: set[
    PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1
] = {
    "amounts",
    "descriptor_code",
}


def check_payment_intent_next_action_verify_with_microdeposits_microdeposit_type_type_1(
    value: str,
) -> PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositTypeType1, value)
