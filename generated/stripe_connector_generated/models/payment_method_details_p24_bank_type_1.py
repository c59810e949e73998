from typing import Literal, cast

PaymentMethodDetailsP24BankType1 = Literal[
    "alior_bank",
    "bank_millennium",
    "bank_nowy_bfg_sa",
    "bank_pekao_sa",
    "banki_spbdzielcze",
    "blik",
    "bnp_paribas",
    "boz",
    "citi_handlowy",
    "credit_agricole",
    "envelobank",
    "etransfer_pocztowy24",
    "getin_bank",
    "ideabank",
    "ing",
    "inteligo",
    "mbank_mtransfer",
    "nest_przelew",
    "noble_pay",
    "pbac_z_ipko",
    "plus_bank",
    "santander_przelew24",
    "tmobile_usbugi_bankowe",
    "toyota_bank",
    "volkswagen_bank",
]

PAYMENT_METHOD_DETAILS_P24_BANK_TYPE_1_VALUES: set[PaymentMethodDetailsP24BankType1] = {
    "alior_bank",
    "bank_millennium",
    "bank_nowy_bfg_sa",
    "bank_pekao_sa",
    "banki_spbdzielcze",
    "blik",
    "bnp_paribas",
    "boz",
    "citi_handlowy",
    "credit_agricole",
    "envelobank",
    "etransfer_pocztowy24",
    "getin_bank",
    "ideabank",
    "ing",
    "inteligo",
    "mbank_mtransfer",
    "nest_przelew",
    "noble_pay",
    "pbac_z_ipko",
    "plus_bank",
    "santander_przelew24",
    "tmobile_usbugi_bankowe",
    "toyota_bank",
    "volkswagen_bank",
}


def check_payment_method_details_p24_bank_type_1(value: str) -> PaymentMethodDetailsP24BankType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsP24BankType1, value)
