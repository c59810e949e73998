from typing import Literal, cast

GetCustomersResponse200Object = Literal["list"]

GET_CUSTOMERS_RESPONSE_200_OBJECT_VALUES: set[GetCustomersResponse200Object] = {
    "list",
}


def check_get_customers_response_200_object(value: str) -> GetCustomersResponse200Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetCustomersResponse200Object, value)
