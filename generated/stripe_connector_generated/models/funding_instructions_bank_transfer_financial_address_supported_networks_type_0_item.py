from typing import Literal, cast

FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item = Literal[
    "bacs", "fps", "sepa", "spei", "zengin"
]

FUNDING_INSTRUCTIONS_BANK_TRANSFER_FINANCIAL_ADDRESS_SUPPORTED_NETWORKS_TYPE_0_ITEM_VALUES: set[
    FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item
] = {
    "bacs",
    "fps",
    "sepa",
    "spei",
    "zengin",
}


def check_funding_instructions_bank_transfer_financial_address_supported_networks_type_0_item(
    value: str,
) -> FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(FundingInstructionsBankTransferFinancialAddressSupportedNetworksType0Item, value)
