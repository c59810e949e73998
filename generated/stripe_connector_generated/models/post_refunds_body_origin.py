from typing import Literal, cast

PostRefundsBodyOrigin = Literal["customer_balance"]

POST_REFUNDS_BODY_ORIGIN_VALUES: set[PostRefundsBodyOrigin] = {
    "customer_balance",
}


def check_post_refunds_body_origin(value: str) -> PostRefundsBodyOrigin:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostRefundsBodyOrigin, value)
