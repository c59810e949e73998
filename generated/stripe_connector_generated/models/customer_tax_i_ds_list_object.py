from typing import Literal, cast

CustomerTaxIDsListObject = Literal["list"]

CUSTOMER_TAX_I_DS_LIST_OBJECT_VALUES: set[CustomerTaxIDsListObject] = {
    "list",
}


def check_customer_tax_i_ds_list_object(value: str) -> CustomerTaxIDsListObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerTaxIDsListObject, value)
