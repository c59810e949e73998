from typing import Literal, cast

PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1 = Literal["BE", "DE", "ES", "FR", "IE", "NL"]

PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_EU_BANK_ACCOUNT_COUNTRY_TYPE_1_VALUES: set[
    PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1
] = {
    "BE",
    "DE",
    "ES",
    "FR",
    "IE",
    "NL",
}


def check_payment_method_options_customer_balance_eu_bank_account_country_type_1(
    value: str,
) -> PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCustomerBalanceEuBankAccountCountryType1, value)
