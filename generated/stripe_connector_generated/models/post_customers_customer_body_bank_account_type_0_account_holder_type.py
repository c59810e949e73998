from typing import Literal, cast

PostCustomersCustomerBodyBankAccountType0AccountHolderType = Literal["company", "individual"]

POST_CUSTOMERS_CUSTOMER_BODY_BANK_ACCOUNT_TYPE_0_ACCOUNT_HOLDER_TYPE_VALUES: set[
    PostCustomersCustomerBodyBankAccountType0AccountHolderType
] = {
    "company",
    "individual",
}


def check_post_customers_customer_body_bank_account_type_0_account_holder_type(
    value: str,
) -> PostCustomersCustomerBodyBankAccountType0AccountHolderType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyBankAccountType0AccountHolderType, value)
