from typing import Literal, cast

ThreeDSecureDetailsChargeVersionType1 = Literal["1.0.2", "2.1.0", "2.2.0"]

THREE_D_SECURE_DETAILS_CHARGE_VERSION_TYPE_1_VALUES: set[ThreeDSecureDetailsChargeVersionType1] = {
    "1.0.2",
    "2.1.0",
    "2.2.0",
}


def check_three_d_secure_details_charge_version_type_1(value: str) -> ThreeDSecureDetailsChargeVersionType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ThreeDSecureDetailsChargeVersionType1, value)
