from typing import Literal, cast

CancellationDetailsFeedbackType1 = Literal[
    "customer_service",
    "low_quality",
    "missing_features",
    "other",
    "switched_service",
    "too_complex",
    "too_expensive",
    "unused",
]

CANCELLATION_DETAILS_FEEDBACK_TYPE_1_VALUES: set[CancellationDetailsFeedbackType1] = {
    "customer_service",
    "low_quality",
    "missing_features",
    "other",
    "switched_service",
    "too_complex",
    "too_expensive",
    "unused",
}


def check_cancellation_details_feedback_type_1(value: str) -> CancellationDetailsFeedbackType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CancellationDetailsFeedbackType1, value)
