from typing import Literal, cast

GetPaymentIntentsResponse200Object = Literal["list"]

GET_PAYMENT_INTENTS_RESPONSE_200_OBJECT_VALUES: set[GetPaymentIntentsResponse200Object] = {
    "list",
}


def check_get_payment_intents_response_200_object(value: str) -> GetPaymentIntentsResponse200Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetPaymentIntentsResponse200Object, value)
