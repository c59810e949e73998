from typing import Literal, cast

DeletedCustomerObject = Literal["customer"]

DELETED_CUSTOMER_OBJECT_VALUES: set[DeletedCustomerObject] = {
    "customer",
}


def check_deleted_customer_object(value: str) -> DeletedCustomerObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(DeletedCustomerObject, value)
