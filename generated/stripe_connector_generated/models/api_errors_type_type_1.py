from typing import Literal, cast

APIErrorsTypeType1 = Literal["api_error", "card_error", "idempotency_error", "invalid_request_error"]

API_ERRORS_TYPE_TYPE_1_VALUES: set[APIErrorsTypeType1] = {
    "api_error",
    "card_error",
    "idempotency_error",
    "invalid_request_error",
}


def check_api_errors_type_type_1(value: str) -> APIErrorsTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(APIErrorsTypeType1, value)
