from typing import Literal, cast

PaymentMethodDetailsUsBankAccountAccountTypeType1 = Literal["checking", "savings"]

PAYMENT_METHOD_DETAILS_US_BANK_ACCOUNT_ACCOUNT_TYPE_TYPE_1_VALUES: set[
    PaymentMethodDetailsUsBankAccountAccountTypeType1
] = {
    "checking",
    "savings",
}


def check_payment_method_details_us_bank_account_account_type_type_1(
    value: str,
) -> PaymentMethodDetailsUsBankAccountAccountTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsUsBankAccountAccountTypeType1, value)
