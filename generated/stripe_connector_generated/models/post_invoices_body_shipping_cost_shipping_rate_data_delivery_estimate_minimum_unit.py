from typing import Literal, cast

PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit = Literal[
    "business_day", "day", "hour", "month", "week"
]

POST_INVOICES_BODY_SHIPPING_COST_SHIPPING_RATE_DATA_DELIVERY_ESTIMATE_MINIMUM_UNIT_VALUES: set[
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit
] = {
    "business_day",
    "day",
    "hour",
    "month",
    "week",
}


def check_post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit(
    value: str,
) -> PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit, value)
