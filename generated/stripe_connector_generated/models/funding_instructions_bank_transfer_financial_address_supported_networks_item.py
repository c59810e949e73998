from typing import Literal, cast

FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem = Literal[
    "bacs", "fps", "sepa", "spei", "zengin"
]

FUNDING_INSTRUCTIONS_BANK_TRANSFER_FINANCIAL_ADDRESS_SUPPORTED_NETWORKS_ITEM_VALUES: set[
    FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem
] = {
    "bacs",
    "fps",
    "sepa",
    "spei",
    "zengin",
}


def check_funding_instructions_bank_transfer_financial_address_supported_networks_item(
    value: str,
) -> FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(FundingInstructionsBankTransferFinancialAddressSupportedNetworksItem, value)
