from typing import Literal, cast

GetProductsResponse200Object = Literal["list"]

GET_PRODUCTS_RESPONSE_200_OBJECT_VALUES: set[GetProductsResponse200Object] = {
    "list",
}


def check_get_products_response_200_object(value: str) -> GetProductsResponse200Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetProductsResponse200Object, value)
