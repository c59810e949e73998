from typing import Literal, cast

CustomerApmsSourcesSourceListObject = Literal["list"]

CUSTOMER_APMS_SOURCES_SOURCE_LIST_OBJECT_VALUES: set[CustomerApmsSourcesSourceListObject] = {
    "list",
}


def check_customer_apms_sources_source_list_object(value: str) -> CustomerApmsSourcesSourceListObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerApmsSourcesSourceListObject, value)
