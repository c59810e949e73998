from typing import Literal, cast

PaymentMethodDetailsInteracPresentReceiptAccountTypeType1 = Literal["checking", "savings", "unknown"]

PAYMENT_METHOD_DETAILS_INTERAC_PRESENT_RECEIPT_ACCOUNT_TYPE_TYPE_1_VALUES: set[
    PaymentMethodDetailsInteracPresentReceiptAccountTypeType1
] = {
    "checking",
    "savings",
    "unknown",
}


def check_payment_method_details_interac_present_receipt_account_type_type_1(
    value: str,
) -> PaymentMethodDetailsInteracPresentReceiptAccountTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsInteracPresentReceiptAccountTypeType1, value)
