from typing import Literal, cast

GetCustomersSearchResponse200Object = Literal["search_result"]

GET_CUSTOMERS_SEARCH_RESPONSE_200_OBJECT_VALUES: set[GetCustomersSearchResponse200Object] = {
    "search_result",
}


def check_get_customers_search_response_200_object(value: str) -> GetCustomersSearchResponse200Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetCustomersSearchResponse200Object, value)
