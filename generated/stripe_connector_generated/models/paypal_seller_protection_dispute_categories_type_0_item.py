from typing import Literal, cast

PaypalSellerProtectionDisputeCategoriesType0Item = Literal["fraudulent", "product_not_received"]

PAYPAL_SELLER_PROTECTION_DISPUTE_CATEGORIES_TYPE_0_ITEM_VALUES: set[
    PaypalSellerProtectionDisputeCategoriesType0Item
] = {
    "fraudulent",
    "product_not_received",
}


def check_paypal_seller_protection_dispute_categories_type_0_item(
    value: str,
) -> PaypalSellerProtectionDisputeCategoriesType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaypalSellerProtectionDisputeCategoriesType0Item, value)
