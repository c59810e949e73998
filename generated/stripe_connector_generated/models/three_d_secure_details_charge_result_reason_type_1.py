from typing import Literal, cast

ThreeDSecureDetailsChargeResultReasonType1 = Literal[
    "abandoned",
    "bypassed",
    "canceled",
    "card_not_enrolled",
    "network_not_supported",
    "protocol_error",
    "rejected",
]

THREE_D_SECURE_DETAILS_CHARGE_RESULT_REASON_TYPE_1_VALUES: set[ThreeDSecureDetailsChargeResultReasonType1] = {
    "abandoned",
    "bypassed",
    "canceled",
    "card_not_enrolled",
    "network_not_supported",
    "protocol_error",
    "rejected",
}


def check_three_d_secure_details_charge_result_reason_type_1(
    value: str,
) -> ThreeDSecureDetailsChargeResultReasonType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ThreeDSecureDetailsChargeResultReasonType1, value)
