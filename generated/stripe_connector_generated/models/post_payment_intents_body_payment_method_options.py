from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType1,
    check_post_payment_intents_body_payment_method_options_acss_debit_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_affirm_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsAffirmType1,
    check_post_payment_intents_body_payment_method_options_affirm_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_afterpay_clearpay_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType1,
    check_post_payment_intents_body_payment_method_options_afterpay_clearpay_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_alipay_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsAlipayType1,
    check_post_payment_intents_body_payment_method_options_alipay_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_au_becs_debit_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType1,
    check_post_payment_intents_body_payment_method_options_au_becs_debit_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_bacs_debit_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType1,
    check_post_payment_intents_body_payment_method_options_bacs_debit_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_bancontact_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsBancontactType1,
    check_post_payment_intents_body_payment_method_options_bancontact_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_blik_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsBlikType1,
    check_post_payment_intents_body_payment_method_options_blik_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_boleto_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsBoletoType1,
    check_post_payment_intents_body_payment_method_options_boleto_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_card_present_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType1,
    check_post_payment_intents_body_payment_method_options_card_present_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType1,
    check_post_payment_intents_body_payment_method_options_card_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_cashapp_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsCashappType1,
    check_post_payment_intents_body_payment_method_options_cashapp_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType1,
    check_post_payment_intents_body_payment_method_options_customer_balance_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_eps_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsEpsType1,
    check_post_payment_intents_body_payment_method_options_eps_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_fpx_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsFpxType1,
    check_post_payment_intents_body_payment_method_options_fpx_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_giropay_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsGiropayType1,
    check_post_payment_intents_body_payment_method_options_giropay_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_grabpay_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType1,
    check_post_payment_intents_body_payment_method_options_grabpay_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_ideal_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsIdealType1,
    check_post_payment_intents_body_payment_method_options_ideal_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_interac_present_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1,
    check_post_payment_intents_body_payment_method_options_interac_present_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_klarna_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType1,
    check_post_payment_intents_body_payment_method_options_klarna_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_konbini_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType1,
    check_post_payment_intents_body_payment_method_options_konbini_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_link_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsLinkType1,
    check_post_payment_intents_body_payment_method_options_link_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_oxxo_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsOxxoType1,
    check_post_payment_intents_body_payment_method_options_oxxo_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_p24_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsP24Type1,
    check_post_payment_intents_body_payment_method_options_p24_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_paynow_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsPaynowType1,
    check_post_payment_intents_body_payment_method_options_paynow_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_paypal_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsPaypalType1,
    check_post_payment_intents_body_payment_method_options_paypal_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_pix_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsPixType1,
    check_post_payment_intents_body_payment_method_options_pix_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_promptpay_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1,
    check_post_payment_intents_body_payment_method_options_promptpay_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType1,
    check_post_payment_intents_body_payment_method_options_sepa_debit_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_sofort_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsSofortType1,
    check_post_payment_intents_body_payment_method_options_sofort_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType1,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_wechat_pay_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1,
    check_post_payment_intents_body_payment_method_options_wechat_pay_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_zip_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsZipType1,
    check_post_payment_intents_body_payment_method_options_zip_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_affirm_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_afterpay_clearpay_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_alipay_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_au_becs_debit_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_bacs_debit_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_bancontact_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_blik_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsBlikType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_boleto_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_card_present_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_card_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsCardType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_cashapp_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsCashappType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_eps_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsEpsType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_fpx_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsFpxType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_giropay_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_grabpay_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_ideal_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsIdealType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_interac_present_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_klarna_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_konbini_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_link_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsLinkType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_oxxo_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_p24_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsP24Type0,
    )
    from ..models.post_payment_intents_body_payment_method_options_paynow_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_paypal_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_pix_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsPixType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_promptpay_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_sofort_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsSofortType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_wechat_pay_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0,
    )
    from ..models.post_payment_intents_body_payment_method_options_zip_type_0 import (
        PostPaymentIntentsBodyPaymentMethodOptionsZipType0,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptions")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptions:
    """Payment-method-specific configuration for this PaymentIntent.

    Attributes:
        acss_debit (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType1 | Unset):
        affirm (PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsAffirmType1 | Unset):
        afterpay_clearpay (PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType1 | Unset):
        alipay (PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsAlipayType1 | Unset):
        au_becs_debit (PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType1 | Unset):
        bacs_debit (PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType1 | Unset):
        bancontact (PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsBancontactType1 | Unset):
        blik (PostPaymentIntentsBodyPaymentMethodOptionsBlikType0 | PostPaymentIntentsBodyPaymentMethodOptionsBlikType1
            | Unset):
        boleto (PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsBoletoType1 | Unset):
        card (PostPaymentIntentsBodyPaymentMethodOptionsCardType0 | PostPaymentIntentsBodyPaymentMethodOptionsCardType1
            | Unset):
        card_present (PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType1 | Unset):
        cashapp (PostPaymentIntentsBodyPaymentMethodOptionsCashappType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsCashappType1 | Unset):
        customer_balance (PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType1 | Unset):
        eps (PostPaymentIntentsBodyPaymentMethodOptionsEpsType0 | PostPaymentIntentsBodyPaymentMethodOptionsEpsType1 |
            Unset):
        fpx (PostPaymentIntentsBodyPaymentMethodOptionsFpxType0 | PostPaymentIntentsBodyPaymentMethodOptionsFpxType1 |
            Unset):
        giropay (PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsGiropayType1 | Unset):
        grabpay (PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType1 | Unset):
        ideal (PostPaymentIntentsBodyPaymentMethodOptionsIdealType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsIdealType1 | Unset):
        interac_present (PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1 | Unset):
        klarna (PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType1 | Unset):
        konbini (PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType1 | Unset):
        link (PostPaymentIntentsBodyPaymentMethodOptionsLinkType0 | PostPaymentIntentsBodyPaymentMethodOptionsLinkType1
            | Unset):
        oxxo (PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0 | PostPaymentIntentsBodyPaymentMethodOptionsOxxoType1
            | Unset):
        p24 (PostPaymentIntentsBodyPaymentMethodOptionsP24Type0 | PostPaymentIntentsBodyPaymentMethodOptionsP24Type1 |
            Unset):
        paynow (PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsPaynowType1 | Unset):
        paypal (PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsPaypalType1 | Unset):
        pix (PostPaymentIntentsBodyPaymentMethodOptionsPixType0 | PostPaymentIntentsBodyPaymentMethodOptionsPixType1 |
            Unset):
        promptpay (PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1 | Unset):
        sepa_debit (PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType1 | Unset):
        sofort (PostPaymentIntentsBodyPaymentMethodOptionsSofortType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsSofortType1 | Unset):
        us_bank_account (PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType1 | Unset):
        wechat_pay (PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0 |
            PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1 | Unset):
        zip_ (PostPaymentIntentsBodyPaymentMethodOptionsZipType0 | PostPaymentIntentsBodyPaymentMethodOptionsZipType1 |
            Unset):
    """

    acss_debit: (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0
        | PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType1
        | Unset
    ) = UNSET
    affirm: (
        PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0
        | PostPaymentIntentsBodyPaymentMethodOptionsAffirmType1
        | Unset
    ) = UNSET
    afterpay_clearpay: (
        PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0
        | PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType1
        | Unset
    ) = UNSET
    alipay: (
        PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0
        | PostPaymentIntentsBodyPaymentMethodOptionsAlipayType1
        | Unset
    ) = UNSET
    au_becs_debit: (
        PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0
        | PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType1
        | Unset
    ) = UNSET
    bacs_debit: (
        PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0
        | PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType1
        | Unset
    ) = UNSET
    bancontact: (
        PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0
        | PostPaymentIntentsBodyPaymentMethodOptionsBancontactType1
        | Unset
    ) = UNSET
    blik: (
        PostPaymentIntentsBodyPaymentMethodOptionsBlikType0
        | PostPaymentIntentsBodyPaymentMethodOptionsBlikType1
        | Unset
    ) = UNSET
    boleto: (
        PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0
        | PostPaymentIntentsBodyPaymentMethodOptionsBoletoType1
        | Unset
    ) = UNSET
    card: (
        PostPaymentIntentsBodyPaymentMethodOptionsCardType0
        | PostPaymentIntentsBodyPaymentMethodOptionsCardType1
        | Unset
    ) = UNSET
    card_present: (
        PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0
        | PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType1
        | Unset
    ) = UNSET
    cashapp: (
        PostPaymentIntentsBodyPaymentMethodOptionsCashappType0
        | PostPaymentIntentsBodyPaymentMethodOptionsCashappType1
        | Unset
    ) = UNSET
    customer_balance: (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0
        | PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType1
        | Unset
    ) = UNSET
    eps: (
        PostPaymentIntentsBodyPaymentMethodOptionsEpsType0
        | PostPaymentIntentsBodyPaymentMethodOptionsEpsType1
        | Unset
    ) = UNSET
    fpx: (
        PostPaymentIntentsBodyPaymentMethodOptionsFpxType0
        | PostPaymentIntentsBodyPaymentMethodOptionsFpxType1
        | Unset
    ) = UNSET
    giropay: (
        PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0
        | PostPaymentIntentsBodyPaymentMethodOptionsGiropayType1
        | Unset
    ) = UNSET
    grabpay: (
        PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0
        | PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType1
        | Unset
    ) = UNSET
    ideal: (
        PostPaymentIntentsBodyPaymentMethodOptionsIdealType0
        | PostPaymentIntentsBodyPaymentMethodOptionsIdealType1
        | Unset
    ) = UNSET
    interac_present: (
        PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0
        | PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1
        | Unset
    ) = UNSET
    klarna: (
        PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0
        | PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType1
        | Unset
    ) = UNSET
    konbini: (
        PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0
        | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType1
        | Unset
    ) = UNSET
    link: (
        PostPaymentIntentsBodyPaymentMethodOptionsLinkType0
        | PostPaymentIntentsBodyPaymentMethodOptionsLinkType1
        | Unset
    ) = UNSET
    oxxo: (
        PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0
        | PostPaymentIntentsBodyPaymentMethodOptionsOxxoType1
        | Unset
    ) = UNSET
    p24: (
        PostPaymentIntentsBodyPaymentMethodOptionsP24Type0
        | PostPaymentIntentsBodyPaymentMethodOptionsP24Type1
        | Unset
    ) = UNSET
    paynow: (
        PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0
        | PostPaymentIntentsBodyPaymentMethodOptionsPaynowType1
        | Unset
    ) = UNSET
    paypal: (
        PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0
        | PostPaymentIntentsBodyPaymentMethodOptionsPaypalType1
        | Unset
    ) = UNSET
    pix: (
        PostPaymentIntentsBodyPaymentMethodOptionsPixType0
        | PostPaymentIntentsBodyPaymentMethodOptionsPixType1
        | Unset
    ) = UNSET
    promptpay: (
        PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0
        | PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1
        | Unset
    ) = UNSET
    sepa_debit: (
        PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0
        | PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType1
        | Unset
    ) = UNSET
    sofort: (
        PostPaymentIntentsBodyPaymentMethodOptionsSofortType0
        | PostPaymentIntentsBodyPaymentMethodOptionsSofortType1
        | Unset
    ) = UNSET
    us_bank_account: (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0
        | PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType1
        | Unset
    ) = UNSET
    wechat_pay: (
        PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0
        | PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1
        | Unset
    ) = UNSET
    zip_: (
        PostPaymentIntentsBodyPaymentMethodOptionsZipType0
        | PostPaymentIntentsBodyPaymentMethodOptionsZipType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_affirm_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_afterpay_clearpay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_alipay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_au_becs_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_bacs_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_bancontact_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_blik_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBlikType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_boleto_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_card_present_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_card_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_cashapp_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCashappType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_eps_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsEpsType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_fpx_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsFpxType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_giropay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_grabpay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_ideal_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsIdealType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_interac_present_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_klarna_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_konbini_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_link_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsLinkType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_oxxo_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_p24_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsP24Type0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_paynow_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_paypal_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_pix_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPixType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_promptpay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_sofort_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsSofortType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_wechat_pay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_zip_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsZipType0,  # noqa: PLC0415
        )

        acss_debit: dict[str, Any] | str | Unset
        if isinstance(self.acss_debit, Unset):
            acss_debit = UNSET
        elif isinstance(self.acss_debit, PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0):
            acss_debit = self.acss_debit.to_dict()
        else:
            acss_debit = self.acss_debit

        affirm: dict[str, Any] | str | Unset
        if isinstance(self.affirm, Unset):
            affirm = UNSET
        elif isinstance(self.affirm, PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0):
            affirm = self.affirm.to_dict()
        else:
            affirm = self.affirm

        afterpay_clearpay: dict[str, Any] | str | Unset
        if isinstance(self.afterpay_clearpay, Unset):
            afterpay_clearpay = UNSET
        elif isinstance(
            self.afterpay_clearpay, PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0
        ):
            afterpay_clearpay = self.afterpay_clearpay.to_dict()
        else:
            afterpay_clearpay = self.afterpay_clearpay

        alipay: dict[str, Any] | str | Unset
        if isinstance(self.alipay, Unset):
            alipay = UNSET
        elif isinstance(self.alipay, PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0):
            alipay = self.alipay.to_dict()
        else:
            alipay = self.alipay

        au_becs_debit: dict[str, Any] | str | Unset
        if isinstance(self.au_becs_debit, Unset):
            au_becs_debit = UNSET
        elif isinstance(self.au_becs_debit, PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0):
            au_becs_debit = self.au_becs_debit.to_dict()
        else:
            au_becs_debit = self.au_becs_debit

        bacs_debit: dict[str, Any] | str | Unset
        if isinstance(self.bacs_debit, Unset):
            bacs_debit = UNSET
        elif isinstance(self.bacs_debit, PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0):
            bacs_debit = self.bacs_debit.to_dict()
        else:
            bacs_debit = self.bacs_debit

        bancontact: dict[str, Any] | str | Unset
        if isinstance(self.bancontact, Unset):
            bancontact = UNSET
        elif isinstance(self.bancontact, PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0):
            bancontact = self.bancontact.to_dict()
        else:
            bancontact = self.bancontact

        blik: dict[str, Any] | str | Unset
        if isinstance(self.blik, Unset):
            blik = UNSET
        elif isinstance(self.blik, PostPaymentIntentsBodyPaymentMethodOptionsBlikType0):
            blik = self.blik.to_dict()
        else:
            blik = self.blik

        boleto: dict[str, Any] | str | Unset
        if isinstance(self.boleto, Unset):
            boleto = UNSET
        elif isinstance(self.boleto, PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0):
            boleto = self.boleto.to_dict()
        else:
            boleto = self.boleto

        card: dict[str, Any] | str | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PostPaymentIntentsBodyPaymentMethodOptionsCardType0):
            card = self.card.to_dict()
        else:
            card = self.card

        card_present: dict[str, Any] | str | Unset
        if isinstance(self.card_present, Unset):
            card_present = UNSET
        elif isinstance(self.card_present, PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0):
            card_present = self.card_present.to_dict()
        else:
            card_present = self.card_present

        cashapp: dict[str, Any] | str | Unset
        if isinstance(self.cashapp, Unset):
            cashapp = UNSET
        elif isinstance(self.cashapp, PostPaymentIntentsBodyPaymentMethodOptionsCashappType0):
            cashapp = self.cashapp.to_dict()
        else:
            cashapp = self.cashapp

        customer_balance: dict[str, Any] | str | Unset
        if isinstance(self.customer_balance, Unset):
            customer_balance = UNSET
        elif isinstance(
            self.customer_balance, PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0
        ):
            customer_balance = self.customer_balance.to_dict()
        else:
            customer_balance = self.customer_balance

        eps: dict[str, Any] | str | Unset
        if isinstance(self.eps, Unset):
            eps = UNSET
        elif isinstance(self.eps, PostPaymentIntentsBodyPaymentMethodOptionsEpsType0):
            eps = self.eps.to_dict()
        else:
            eps = self.eps

        fpx: dict[str, Any] | str | Unset
        if isinstance(self.fpx, Unset):
            fpx = UNSET
        elif isinstance(self.fpx, PostPaymentIntentsBodyPaymentMethodOptionsFpxType0):
            fpx = self.fpx.to_dict()
        else:
            fpx = self.fpx

        giropay: dict[str, Any] | str | Unset
        if isinstance(self.giropay, Unset):
            giropay = UNSET
        elif isinstance(self.giropay, PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0):
            giropay = self.giropay.to_dict()
        else:
            giropay = self.giropay

        grabpay: dict[str, Any] | str | Unset
        if isinstance(self.grabpay, Unset):
            grabpay = UNSET
        elif isinstance(self.grabpay, PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0):
            grabpay = self.grabpay.to_dict()
        else:
            grabpay = self.grabpay

        ideal: dict[str, Any] | str | Unset
        if isinstance(self.ideal, Unset):
            ideal = UNSET
        elif isinstance(self.ideal, PostPaymentIntentsBodyPaymentMethodOptionsIdealType0):
            ideal = self.ideal.to_dict()
        else:
            ideal = self.ideal

        interac_present: dict[str, Any] | str | Unset
        if isinstance(self.interac_present, Unset):
            interac_present = UNSET
        elif isinstance(self.interac_present, PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0):
            interac_present = self.interac_present.to_dict()
        else:
            interac_present = self.interac_present

        klarna: dict[str, Any] | str | Unset
        if isinstance(self.klarna, Unset):
            klarna = UNSET
        elif isinstance(self.klarna, PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0):
            klarna = self.klarna.to_dict()
        else:
            klarna = self.klarna

        konbini: dict[str, Any] | str | Unset
        if isinstance(self.konbini, Unset):
            konbini = UNSET
        elif isinstance(self.konbini, PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0):
            konbini = self.konbini.to_dict()
        else:
            konbini = self.konbini

        link: dict[str, Any] | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, PostPaymentIntentsBodyPaymentMethodOptionsLinkType0):
            link = self.link.to_dict()
        else:
            link = self.link

        oxxo: dict[str, Any] | str | Unset
        if isinstance(self.oxxo, Unset):
            oxxo = UNSET
        elif isinstance(self.oxxo, PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0):
            oxxo = self.oxxo.to_dict()
        else:
            oxxo = self.oxxo

        p24: dict[str, Any] | str | Unset
        if isinstance(self.p24, Unset):
            p24 = UNSET
        elif isinstance(self.p24, PostPaymentIntentsBodyPaymentMethodOptionsP24Type0):
            p24 = self.p24.to_dict()
        else:
            p24 = self.p24

        paynow: dict[str, Any] | str | Unset
        if isinstance(self.paynow, Unset):
            paynow = UNSET
        elif isinstance(self.paynow, PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0):
            paynow = self.paynow.to_dict()
        else:
            paynow = self.paynow

        paypal: dict[str, Any] | str | Unset
        if isinstance(self.paypal, Unset):
            paypal = UNSET
        elif isinstance(self.paypal, PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0):
            paypal = self.paypal.to_dict()
        else:
            paypal = self.paypal

        pix: dict[str, Any] | str | Unset
        if isinstance(self.pix, Unset):
            pix = UNSET
        elif isinstance(self.pix, PostPaymentIntentsBodyPaymentMethodOptionsPixType0):
            pix = self.pix.to_dict()
        else:
            pix = self.pix

        promptpay: dict[str, Any] | str | Unset
        if isinstance(self.promptpay, Unset):
            promptpay = UNSET
        elif isinstance(self.promptpay, PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0):
            promptpay = self.promptpay.to_dict()
        else:
            promptpay = self.promptpay

        sepa_debit: dict[str, Any] | str | Unset
        if isinstance(self.sepa_debit, Unset):
            sepa_debit = UNSET
        elif isinstance(self.sepa_debit, PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0):
            sepa_debit = self.sepa_debit.to_dict()
        else:
            sepa_debit = self.sepa_debit

        sofort: dict[str, Any] | str | Unset
        if isinstance(self.sofort, Unset):
            sofort = UNSET
        elif isinstance(self.sofort, PostPaymentIntentsBodyPaymentMethodOptionsSofortType0):
            sofort = self.sofort.to_dict()
        else:
            sofort = self.sofort

        us_bank_account: dict[str, Any] | str | Unset
        if isinstance(self.us_bank_account, Unset):
            us_bank_account = UNSET
        elif isinstance(self.us_bank_account, PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0):
            us_bank_account = self.us_bank_account.to_dict()
        else:
            us_bank_account = self.us_bank_account

        wechat_pay: dict[str, Any] | str | Unset
        if isinstance(self.wechat_pay, Unset):
            wechat_pay = UNSET
        elif isinstance(self.wechat_pay, PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0):
            wechat_pay = self.wechat_pay.to_dict()
        else:
            wechat_pay = self.wechat_pay

        zip_: dict[str, Any] | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        elif isinstance(self.zip_, PostPaymentIntentsBodyPaymentMethodOptionsZipType0):
            zip_ = self.zip_.to_dict()
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acss_debit is not UNSET:
            field_dict["acss_debit"] = acss_debit
        if affirm is not UNSET:
            field_dict["affirm"] = affirm
        if afterpay_clearpay is not UNSET:
            field_dict["afterpay_clearpay"] = afterpay_clearpay
        if alipay is not UNSET:
            field_dict["alipay"] = alipay
        if au_becs_debit is not UNSET:
            field_dict["au_becs_debit"] = au_becs_debit
        if bacs_debit is not UNSET:
            field_dict["bacs_debit"] = bacs_debit
        if bancontact is not UNSET:
            field_dict["bancontact"] = bancontact
        if blik is not UNSET:
            field_dict["blik"] = blik
        if boleto is not UNSET:
            field_dict["boleto"] = boleto
        if card is not UNSET:
            field_dict["card"] = card
        if card_present is not UNSET:
            field_dict["card_present"] = card_present
        if cashapp is not UNSET:
            field_dict["cashapp"] = cashapp
        if customer_balance is not UNSET:
            field_dict["customer_balance"] = customer_balance
        if eps is not UNSET:
            field_dict["eps"] = eps
        if fpx is not UNSET:
            field_dict["fpx"] = fpx
        if giropay is not UNSET:
            field_dict["giropay"] = giropay
        if grabpay is not UNSET:
            field_dict["grabpay"] = grabpay
        if ideal is not UNSET:
            field_dict["ideal"] = ideal
        if interac_present is not UNSET:
            field_dict["interac_present"] = interac_present
        if klarna is not UNSET:
            field_dict["klarna"] = klarna
        if konbini is not UNSET:
            field_dict["konbini"] = konbini
        if link is not UNSET:
            field_dict["link"] = link
        if oxxo is not UNSET:
            field_dict["oxxo"] = oxxo
        if p24 is not UNSET:
            field_dict["p24"] = p24
        if paynow is not UNSET:
            field_dict["paynow"] = paynow
        if paypal is not UNSET:
            field_dict["paypal"] = paypal
        if pix is not UNSET:
            field_dict["pix"] = pix
        if promptpay is not UNSET:
            field_dict["promptpay"] = promptpay
        if sepa_debit is not UNSET:
            field_dict["sepa_debit"] = sepa_debit
        if sofort is not UNSET:
            field_dict["sofort"] = sofort
        if us_bank_account is not UNSET:
            field_dict["us_bank_account"] = us_bank_account
        if wechat_pay is not UNSET:
            field_dict["wechat_pay"] = wechat_pay
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_affirm_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_afterpay_clearpay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_alipay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_au_becs_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_bacs_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_bancontact_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_blik_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBlikType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_boleto_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_card_present_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_card_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_cashapp_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCashappType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_customer_balance_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_eps_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsEpsType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_fpx_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsFpxType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_giropay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_grabpay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_ideal_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsIdealType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_interac_present_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_klarna_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_konbini_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_link_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsLinkType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_oxxo_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_p24_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsP24Type0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_paynow_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_paypal_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_pix_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPixType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_promptpay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_sofort_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsSofortType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_wechat_pay_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_zip_type_0 import (
            PostPaymentIntentsBodyPaymentMethodOptionsZipType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_acss_debit(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0
            | PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acss_debit_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0.from_dict(data)

                return acss_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            acss_debit_type_1 = check_post_payment_intents_body_payment_method_options_acss_debit_type_1(data)

            return acss_debit_type_1

        acss_debit = _parse_acss_debit(d.pop("acss_debit", UNSET))

        def _parse_affirm(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0
            | PostPaymentIntentsBodyPaymentMethodOptionsAffirmType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affirm_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0.from_dict(data)

                return affirm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            affirm_type_1 = check_post_payment_intents_body_payment_method_options_affirm_type_1(data)

            return affirm_type_1

        affirm = _parse_affirm(d.pop("affirm", UNSET))

        def _parse_afterpay_clearpay(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0
            | PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                afterpay_clearpay_type_0 = (
                    PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0.from_dict(data)
                )

                return afterpay_clearpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            afterpay_clearpay_type_1 = (
                check_post_payment_intents_body_payment_method_options_afterpay_clearpay_type_1(data)
            )

            return afterpay_clearpay_type_1

        afterpay_clearpay = _parse_afterpay_clearpay(d.pop("afterpay_clearpay", UNSET))

        def _parse_alipay(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0
            | PostPaymentIntentsBodyPaymentMethodOptionsAlipayType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alipay_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsAlipayType0.from_dict(data)

                return alipay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            alipay_type_1 = check_post_payment_intents_body_payment_method_options_alipay_type_1(data)

            return alipay_type_1

        alipay = _parse_alipay(d.pop("alipay", UNSET))

        def _parse_au_becs_debit(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0
            | PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                au_becs_debit_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebitType0.from_dict(
                    data
                )

                return au_becs_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            au_becs_debit_type_1 = (
                check_post_payment_intents_body_payment_method_options_au_becs_debit_type_1(data)
            )

            return au_becs_debit_type_1

        au_becs_debit = _parse_au_becs_debit(d.pop("au_becs_debit", UNSET))

        def _parse_bacs_debit(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0
            | PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bacs_debit_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsBacsDebitType0.from_dict(data)

                return bacs_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            bacs_debit_type_1 = check_post_payment_intents_body_payment_method_options_bacs_debit_type_1(data)

            return bacs_debit_type_1

        bacs_debit = _parse_bacs_debit(d.pop("bacs_debit", UNSET))

        def _parse_bancontact(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0
            | PostPaymentIntentsBodyPaymentMethodOptionsBancontactType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bancontact_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsBancontactType0.from_dict(data)

                return bancontact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            bancontact_type_1 = check_post_payment_intents_body_payment_method_options_bancontact_type_1(data)

            return bancontact_type_1

        bancontact = _parse_bancontact(d.pop("bancontact", UNSET))

        def _parse_blik(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsBlikType0
            | PostPaymentIntentsBodyPaymentMethodOptionsBlikType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blik_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsBlikType0.from_dict(data)

                return blik_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            blik_type_1 = check_post_payment_intents_body_payment_method_options_blik_type_1(data)

            return blik_type_1

        blik = _parse_blik(d.pop("blik", UNSET))

        def _parse_boleto(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0
            | PostPaymentIntentsBodyPaymentMethodOptionsBoletoType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsBoletoType0.from_dict(data)

                return boleto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            boleto_type_1 = check_post_payment_intents_body_payment_method_options_boleto_type_1(data)

            return boleto_type_1

        boleto = _parse_boleto(d.pop("boleto", UNSET))

        def _parse_card(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0
            | PostPaymentIntentsBodyPaymentMethodOptionsCardType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsCardType0.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            card_type_1 = check_post_payment_intents_body_payment_method_options_card_type_1(data)

            return card_type_1

        card = _parse_card(d.pop("card", UNSET))

        def _parse_card_present(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0
            | PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_present_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsCardPresentType0.from_dict(
                    data
                )

                return card_present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            card_present_type_1 = check_post_payment_intents_body_payment_method_options_card_present_type_1(
                data
            )

            return card_present_type_1

        card_present = _parse_card_present(d.pop("card_present", UNSET))

        def _parse_cashapp(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsCashappType0
            | PostPaymentIntentsBodyPaymentMethodOptionsCashappType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cashapp_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsCashappType0.from_dict(data)

                return cashapp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            cashapp_type_1 = check_post_payment_intents_body_payment_method_options_cashapp_type_1(data)

            return cashapp_type_1

        cashapp = _parse_cashapp(d.pop("cashapp", UNSET))

        def _parse_customer_balance(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0
            | PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_balance_type_0 = (
                    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0.from_dict(data)
                )

                return customer_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            customer_balance_type_1 = (
                check_post_payment_intents_body_payment_method_options_customer_balance_type_1(data)
            )

            return customer_balance_type_1

        customer_balance = _parse_customer_balance(d.pop("customer_balance", UNSET))

        def _parse_eps(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsEpsType0
            | PostPaymentIntentsBodyPaymentMethodOptionsEpsType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eps_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsEpsType0.from_dict(data)

                return eps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            eps_type_1 = check_post_payment_intents_body_payment_method_options_eps_type_1(data)

            return eps_type_1

        eps = _parse_eps(d.pop("eps", UNSET))

        def _parse_fpx(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsFpxType0
            | PostPaymentIntentsBodyPaymentMethodOptionsFpxType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fpx_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsFpxType0.from_dict(data)

                return fpx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            fpx_type_1 = check_post_payment_intents_body_payment_method_options_fpx_type_1(data)

            return fpx_type_1

        fpx = _parse_fpx(d.pop("fpx", UNSET))

        def _parse_giropay(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0
            | PostPaymentIntentsBodyPaymentMethodOptionsGiropayType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                giropay_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsGiropayType0.from_dict(data)

                return giropay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            giropay_type_1 = check_post_payment_intents_body_payment_method_options_giropay_type_1(data)

            return giropay_type_1

        giropay = _parse_giropay(d.pop("giropay", UNSET))

        def _parse_grabpay(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0
            | PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grabpay_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsGrabpayType0.from_dict(data)

                return grabpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            grabpay_type_1 = check_post_payment_intents_body_payment_method_options_grabpay_type_1(data)

            return grabpay_type_1

        grabpay = _parse_grabpay(d.pop("grabpay", UNSET))

        def _parse_ideal(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsIdealType0
            | PostPaymentIntentsBodyPaymentMethodOptionsIdealType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ideal_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsIdealType0.from_dict(data)

                return ideal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            ideal_type_1 = check_post_payment_intents_body_payment_method_options_ideal_type_1(data)

            return ideal_type_1

        ideal = _parse_ideal(d.pop("ideal", UNSET))

        def _parse_interac_present(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0
            | PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interac_present_type_0 = (
                    PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType0.from_dict(data)
                )

                return interac_present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            interac_present_type_1 = (
                check_post_payment_intents_body_payment_method_options_interac_present_type_1(data)
            )

            return interac_present_type_1

        interac_present = _parse_interac_present(d.pop("interac_present", UNSET))

        def _parse_klarna(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0
            | PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                klarna_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsKlarnaType0.from_dict(data)

                return klarna_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            klarna_type_1 = check_post_payment_intents_body_payment_method_options_klarna_type_1(data)

            return klarna_type_1

        klarna = _parse_klarna(d.pop("klarna", UNSET))

        def _parse_konbini(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0
            | PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0.from_dict(data)

                return konbini_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            konbini_type_1 = check_post_payment_intents_body_payment_method_options_konbini_type_1(data)

            return konbini_type_1

        konbini = _parse_konbini(d.pop("konbini", UNSET))

        def _parse_link(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsLinkType0
            | PostPaymentIntentsBodyPaymentMethodOptionsLinkType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsLinkType0.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            link_type_1 = check_post_payment_intents_body_payment_method_options_link_type_1(data)

            return link_type_1

        link = _parse_link(d.pop("link", UNSET))

        def _parse_oxxo(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0
            | PostPaymentIntentsBodyPaymentMethodOptionsOxxoType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oxxo_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0.from_dict(data)

                return oxxo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            oxxo_type_1 = check_post_payment_intents_body_payment_method_options_oxxo_type_1(data)

            return oxxo_type_1

        oxxo = _parse_oxxo(d.pop("oxxo", UNSET))

        def _parse_p24(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsP24Type0
            | PostPaymentIntentsBodyPaymentMethodOptionsP24Type1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                p24_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsP24Type0.from_dict(data)

                return p24_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            p24_type_1 = check_post_payment_intents_body_payment_method_options_p24_type_1(data)

            return p24_type_1

        p24 = _parse_p24(d.pop("p24", UNSET))

        def _parse_paynow(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0
            | PostPaymentIntentsBodyPaymentMethodOptionsPaynowType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paynow_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsPaynowType0.from_dict(data)

                return paynow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            paynow_type_1 = check_post_payment_intents_body_payment_method_options_paynow_type_1(data)

            return paynow_type_1

        paynow = _parse_paynow(d.pop("paynow", UNSET))

        def _parse_paypal(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0
            | PostPaymentIntentsBodyPaymentMethodOptionsPaypalType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paypal_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0.from_dict(data)

                return paypal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            paypal_type_1 = check_post_payment_intents_body_payment_method_options_paypal_type_1(data)

            return paypal_type_1

        paypal = _parse_paypal(d.pop("paypal", UNSET))

        def _parse_pix(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsPixType0
            | PostPaymentIntentsBodyPaymentMethodOptionsPixType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsPixType0.from_dict(data)

                return pix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            pix_type_1 = check_post_payment_intents_body_payment_method_options_pix_type_1(data)

            return pix_type_1

        pix = _parse_pix(d.pop("pix", UNSET))

        def _parse_promptpay(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0
            | PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promptpay_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0.from_dict(data)

                return promptpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            promptpay_type_1 = check_post_payment_intents_body_payment_method_options_promptpay_type_1(data)

            return promptpay_type_1

        promptpay = _parse_promptpay(d.pop("promptpay", UNSET))

        def _parse_sepa_debit(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0
            | PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sepa_debit_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0.from_dict(data)

                return sepa_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            sepa_debit_type_1 = check_post_payment_intents_body_payment_method_options_sepa_debit_type_1(data)

            return sepa_debit_type_1

        sepa_debit = _parse_sepa_debit(d.pop("sepa_debit", UNSET))

        def _parse_sofort(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsSofortType0
            | PostPaymentIntentsBodyPaymentMethodOptionsSofortType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sofort_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsSofortType0.from_dict(data)

                return sofort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            sofort_type_1 = check_post_payment_intents_body_payment_method_options_sofort_type_1(data)

            return sofort_type_1

        sofort = _parse_sofort(d.pop("sofort", UNSET))

        def _parse_us_bank_account(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0
            | PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_bank_account_type_0 = (
                    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0.from_dict(data)
                )

                return us_bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            us_bank_account_type_1 = (
                check_post_payment_intents_body_payment_method_options_us_bank_account_type_1(data)
            )

            return us_bank_account_type_1

        us_bank_account = _parse_us_bank_account(d.pop("us_bank_account", UNSET))

        def _parse_wechat_pay(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0
            | PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0.from_dict(data)

                return wechat_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            wechat_pay_type_1 = check_post_payment_intents_body_payment_method_options_wechat_pay_type_1(data)

            return wechat_pay_type_1

        wechat_pay = _parse_wechat_pay(d.pop("wechat_pay", UNSET))

        def _parse_zip_(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsZipType0
            | PostPaymentIntentsBodyPaymentMethodOptionsZipType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zip_type_0 = PostPaymentIntentsBodyPaymentMethodOptionsZipType0.from_dict(data)

                return zip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            zip_type_1 = check_post_payment_intents_body_payment_method_options_zip_type_1(data)

            return zip_type_1

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        post_payment_intents_body_payment_method_options = cls(
            acss_debit=acss_debit,
            affirm=affirm,
            afterpay_clearpay=afterpay_clearpay,
            alipay=alipay,
            au_becs_debit=au_becs_debit,
            bacs_debit=bacs_debit,
            bancontact=bancontact,
            blik=blik,
            boleto=boleto,
            card=card,
            card_present=card_present,
            cashapp=cashapp,
            customer_balance=customer_balance,
            eps=eps,
            fpx=fpx,
            giropay=giropay,
            grabpay=grabpay,
            ideal=ideal,
            interac_present=interac_present,
            klarna=klarna,
            konbini=konbini,
            link=link,
            oxxo=oxxo,
            p24=p24,
            paynow=paynow,
            paypal=paypal,
            pix=pix,
            promptpay=promptpay,
            sepa_debit=sepa_debit,
            sofort=sofort,
            us_bank_account=us_bank_account,
            wechat_pay=wechat_pay,
            zip_=zip_,
        )

        post_payment_intents_body_payment_method_options.additional_properties = d
        return post_payment_intents_body_payment_method_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
