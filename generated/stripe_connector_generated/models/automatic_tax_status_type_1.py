from typing import Literal, cast

AutomaticTaxStatusType1 = Literal["complete", "failed", "requires_location_inputs"]

AUTOMATIC_TAX_STATUS_TYPE_1_VALUES: set[AutomaticTaxStatusType1] = {
    "complete",
    "failed",
    "requires_location_inputs",
}


def check_automatic_tax_status_type_1(value: str) -> AutomaticTaxStatusType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(AutomaticTaxStatusType1, value)
