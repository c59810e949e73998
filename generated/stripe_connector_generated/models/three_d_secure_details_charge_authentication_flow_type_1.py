from typing import Literal, cast

ThreeDSecureDetailsChargeAuthenticationFlowType1 = Literal["challenge", "frictionless"]

THREE_D_SECURE_DETAILS_CHARGE_AUTHENTICATION_FLOW_TYPE_1_VALUES: set[
    ThreeDSecureDetailsChargeAuthenticationFlowType1
] = {
    "challenge",
    "frictionless",
}


def check_three_d_secure_details_charge_authentication_flow_type_1(
    value: str,
) -> ThreeDSecureDetailsChargeAuthenticationFlowType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ThreeDSecureDetailsChargeAuthenticationFlowType1, value)
