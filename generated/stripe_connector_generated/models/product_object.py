from typing import Literal, cast

ProductObject = Literal["product"]

PRODUCT_OBJECT_VALUES: set[ProductObject] = {
    "product",
}


def check_product_object(value: str) -> ProductObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ProductObject, value)
