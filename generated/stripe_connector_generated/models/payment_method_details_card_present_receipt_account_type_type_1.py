from typing import Literal, cast

PaymentMethodDetailsCardPresentReceiptAccountTypeType1 = Literal["checking", "credit", "prepaid", "unknown"]

PAYMENT_METHOD_DETAILS_CARD_PRESENT_RECEIPT_ACCOUNT_TYPE_TYPE_1_VALUES: set[
    PaymentMethodDetailsCardPresentReceiptAccountTypeType1
] = {
    "checking",
    "credit",
    "prepaid",
    "unknown",
}


def check_payment_method_details_card_present_receipt_account_type_type_1(
    value: str,
) -> PaymentMethodDetailsCardPresentReceiptAccountTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsCardPresentReceiptAccountTypeType1, value)
