from typing import Literal, cast

PostCustomersCustomerBodyBankAccountType0Object = Literal["bank_account"]

POST_CUSTOMERS_CUSTOMER_BODY_BANK_ACCOUNT_TYPE_0_OBJECT_VALUES: set[
    PostCustomersCustomerBodyBankAccountType0Object
] = {
    "bank_account",
}


def check_post_customers_customer_body_bank_account_type_0_object(
    value: str,
) -> PostCustomersCustomerBodyBankAccountType0Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyBankAccountType0Object, value)
