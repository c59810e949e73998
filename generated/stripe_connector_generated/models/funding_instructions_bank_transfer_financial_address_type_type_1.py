from typing import Literal, cast

FundingInstructionsBankTransferFinancialAddressTypeType1 = Literal["iban", "sort_code", "spei", "zengin"]

FUNDING_INSTRUCTIONS_BANK_TRANSFER_FINANCIAL_ADDRESS_TYPE_TYPE_1_VALUES: set[
    FundingInstructionsBankTransferFinancialAddressTypeType1
] = {
    "iban",
    "sort_code",
    "spei",
    "zengin",
}


def check_funding_instructions_bank_transfer_financial_address_type_type_1(
    value: str,
) -> FundingInstructionsBankTransferFinancialAddressTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(FundingInstructionsBankTransferFinancialAddressTypeType1, value)
