from typing import Literal, cast

ThreeDSecureDetailsChargeResultType1 = Literal[
    "attempt_acknowledged", "authenticated", "exempted", "failed", "not_supported", "processing_error"
]

THREE_D_SECURE_DETAILS_CHARGE_RESULT_TYPE_1_VALUES: set[ThreeDSecureDetailsChargeResultType1] = {
    "attempt_acknowledged",
    "authenticated",
    "exempted",
    "failed",
    "not_supported",
    "processing_error",
}


def check_three_d_secure_details_charge_result_type_1(value: str) -> ThreeDSecureDetailsChargeResultType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ThreeDSecureDetailsChargeResultType1, value)
