from typing import Literal, cast

PaymentMethodDetailsEpsBankType1 = Literal[
    "arzte_und_apotheker_bank",
    "austrian_anadi_bank_ag",
    "bank_austria",
    "bankhaus_carl_spangler",
    "bankhaus_schelhammer_und_schattera_ag",
    "bawag_psk_ag",
    "bks_bank_ag",
    "brull_kallmus_bank_ag",
    "btv_vier_lander_bank",
    "capital_bank_grawe_gruppe_ag",
    "deutsche_bank_ag",
    "dolomitenbank",
    "easybank_ag",
    "erste_bank_und_sparkassen",
    "hypo_alpeadriabank_international_ag",
    "hypo_bank_burgenland_aktiengesellschaft",
    "hypo_noe_lb_fur_niederosterreich_u_wien",
    "hypo_oberosterreich_salzburg_steiermark",
    "hypo_tirol_bank_ag",
    "hypo_vorarlberg_bank_ag",
    "marchfelder_bank",
    "oberbank_ag",
    "raiffeisen_bankengruppe_osterreich",
    "schoellerbank_ag",
    "sparda_bank_wien",
    "volksbank_gruppe",
    "volkskreditbank_ag",
    "vr_bank_braunau",
]

PAYMENT_METHOD_DETAILS_EPS_BANK_TYPE_1_VALUES: set[PaymentMethodDetailsEpsBankType1] = {
    "arzte_und_apotheker_bank",
    "austrian_anadi_bank_ag",
    "bank_austria",
    "bankhaus_carl_spangler",
    "bankhaus_schelhammer_und_schattera_ag",
    "bawag_psk_ag",
    "bks_bank_ag",
    "brull_kallmus_bank_ag",
    "btv_vier_lander_bank",
    "capital_bank_grawe_gruppe_ag",
    "deutsche_bank_ag",
    "dolomitenbank",
    "easybank_ag",
    "erste_bank_und_sparkassen",
    "hypo_alpeadriabank_international_ag",
    "hypo_bank_burgenland_aktiengesellschaft",
    "hypo_noe_lb_fur_niederosterreich_u_wien",
    "hypo_oberosterreich_salzburg_steiermark",
    "hypo_tirol_bank_ag",
    "hypo_vorarlberg_bank_ag",
    "marchfelder_bank",
    "oberbank_ag",
    "raiffeisen_bankengruppe_osterreich",
    "schoellerbank_ag",
    "sparda_bank_wien",
    "volksbank_gruppe",
    "volkskreditbank_ag",
    "vr_bank_braunau",
}


def check_payment_method_details_eps_bank_type_1(value: str) -> PaymentMethodDetailsEpsBankType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsEpsBankType1, value)
