from typing import Literal, cast

PaymentMethodOptionsCustomerBalanceBankTransferTypeType1 = Literal[
    "eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer", "us_bank_transfer"
]

PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_BANK_TRANSFER_TYPE_TYPE_1_VALUES: set[
    PaymentMethodOptionsCustomerBalanceBankTransferTypeType1
] = {
    "eu_bank_transfer",
    "gb_bank_transfer",
    "jp_bank_transfer",
    "mx_bank_transfer",
    "us_bank_transfer",
}


def check_payment_method_options_customer_balance_bank_transfer_type_type_1(
    value: str,
) -> PaymentMethodOptionsCustomerBalanceBankTransferTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCustomerBalanceBankTransferTypeType1, value)
