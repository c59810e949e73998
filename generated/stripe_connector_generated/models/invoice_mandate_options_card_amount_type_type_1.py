from typing import Literal, cast

InvoiceMandateOptionsCardAmountTypeType1 = Literal["fixed", "maximum"]

INVOICE_MANDATE_OPTIONS_CARD_AMOUNT_TYPE_TYPE_1_VALUES: set[InvoiceMandateOptionsCardAmountTypeType1] = {
    "fixed",
    "maximum",
}


def check_invoice_mandate_options_card_amount_type_type_1(
    value: str,
) -> InvoiceMandateOptionsCardAmountTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoiceMandateOptionsCardAmountTypeType1, value)
