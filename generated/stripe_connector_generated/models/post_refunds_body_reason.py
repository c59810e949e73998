from typing import Literal, cast

PostRefundsBodyReason = Literal["duplicate", "fraudulent", "requested_by_customer"]

POST_REFUNDS_BODY_REASON_VALUES: set[PostRefundsBodyReason] = {
    "duplicate",
    "fraudulent",
    "requested_by_customer",
}


def check_post_refunds_body_reason(value: str) -> PostRefundsBodyReason:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostRefundsBodyReason, value)
