from typing import Literal, cast

PaymentMethodDetailsUsBankAccountAccountHolderTypeType1 = Literal["company", "individual"]

PAYMENT_METHOD_DETAILS_US_BANK_ACCOUNT_ACCOUNT_HOLDER_TYPE_TYPE_1_VALUES: set[
    PaymentMethodDetailsUsBankAccountAccountHolderTypeType1
] = {
    "company",
    "individual",
}


def check_payment_method_details_us_bank_account_account_holder_type_type_1(
    value: str,
) -> PaymentMethodDetailsUsBankAccountAccountHolderTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsUsBankAccountAccountHolderTypeType1, value)
