from typing import Literal, cast

PaypalSellerProtectionStatusType1 = Literal["eligible", "not_eligible", "partially_eligible"]

PAYPAL_SELLER_PROTECTION_STATUS_TYPE_1_VALUES: set[PaypalSellerProtectionStatusType1] = {
    "eligible",
    "not_eligible",
    "partially_eligible",
}


def check_paypal_seller_protection_status_type_1(value: str) -> PaypalSellerProtectionStatusType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaypalSellerProtectionStatusType1, value)
