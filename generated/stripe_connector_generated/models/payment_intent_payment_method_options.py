from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_payment_method_options_acss_debit import (
        PaymentIntentPaymentMethodOptionsAcssDebit,
    )
    from ..models.payment_intent_payment_method_options_au_becs_debit import (
        PaymentIntentPaymentMethodOptionsAuBecsDebit,
    )
    from ..models.payment_intent_payment_method_options_blik import (
        PaymentIntentPaymentMethodOptionsBlik,
    )
    from ..models.payment_intent_payment_method_options_card import (
        PaymentIntentPaymentMethodOptionsCard,
    )
    from ..models.payment_intent_payment_method_options_eps import (
        PaymentIntentPaymentMethodOptionsEps,
    )
    from ..models.payment_intent_payment_method_options_link import (
        PaymentIntentPaymentMethodOptionsLink,
    )
    from ..models.payment_intent_payment_method_options_sepa_debit import (
        PaymentIntentPaymentMethodOptionsSepaDebit,
    )
    from ..models.payment_intent_payment_method_options_us_bank_account import (
        PaymentIntentPaymentMethodOptionsUsBankAccount,
    )
    from ..models.payment_intent_type_specific_payment_method_options_client import (
        PaymentIntentTypeSpecificPaymentMethodOptionsClient,
    )
    from ..models.payment_method_options_affirm import PaymentMethodOptionsAffirm
    from ..models.payment_method_options_afterpay_clearpay import (
        PaymentMethodOptionsAfterpayClearpay,
    )
    from ..models.payment_method_options_alipay import PaymentMethodOptionsAlipay
    from ..models.payment_method_options_bacs_debit import PaymentMethodOptionsBacsDebit
    from ..models.payment_method_options_bancontact import PaymentMethodOptionsBancontact
    from ..models.payment_method_options_boleto import PaymentMethodOptionsBoleto
    from ..models.payment_method_options_card_present import (
        PaymentMethodOptionsCardPresent,
    )
    from ..models.payment_method_options_cashapp import PaymentMethodOptionsCashapp
    from ..models.payment_method_options_customer_balance import (
        PaymentMethodOptionsCustomerBalance,
    )
    from ..models.payment_method_options_fpx import PaymentMethodOptionsFpx
    from ..models.payment_method_options_giropay import PaymentMethodOptionsGiropay
    from ..models.payment_method_options_grabpay import PaymentMethodOptionsGrabpay
    from ..models.payment_method_options_ideal import PaymentMethodOptionsIdeal
    from ..models.payment_method_options_interac_present import (
        PaymentMethodOptionsInteracPresent,
    )
    from ..models.payment_method_options_klarna import PaymentMethodOptionsKlarna
    from ..models.payment_method_options_konbini import PaymentMethodOptionsKonbini
    from ..models.payment_method_options_oxxo import PaymentMethodOptionsOxxo
    from ..models.payment_method_options_p24 import PaymentMethodOptionsP24
    from ..models.payment_method_options_paynow import PaymentMethodOptionsPaynow
    from ..models.payment_method_options_paypal import PaymentMethodOptionsPaypal
    from ..models.payment_method_options_pix import PaymentMethodOptionsPix
    from ..models.payment_method_options_promptpay import PaymentMethodOptionsPromptpay
    from ..models.payment_method_options_sofort import PaymentMethodOptionsSofort
    from ..models.payment_method_options_wechat_pay import PaymentMethodOptionsWechatPay
    from ..models.payment_method_options_zip import PaymentMethodOptionsZip


T = TypeVar("T", bound="PaymentIntentPaymentMethodOptions")


@_attrs_define
class PaymentIntentPaymentMethodOptions:
    """
    Attributes:
        acss_debit (None | PaymentIntentPaymentMethodOptionsAcssDebit |
            PaymentIntentTypeSpecificPaymentMethodOptionsClient | Unset):
        affirm (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsAffirm | Unset):
        afterpay_clearpay (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient |
            PaymentMethodOptionsAfterpayClearpay | Unset):
        alipay (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsAlipay | Unset):
        au_becs_debit (None | PaymentIntentPaymentMethodOptionsAuBecsDebit |
            PaymentIntentTypeSpecificPaymentMethodOptionsClient | Unset):
        bacs_debit (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBacsDebit | Unset):
        bancontact (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBancontact |
            Unset):
        blik (None | PaymentIntentPaymentMethodOptionsBlik | PaymentIntentTypeSpecificPaymentMethodOptionsClient |
            Unset):
        boleto (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBoleto | Unset):
        card (None | PaymentIntentPaymentMethodOptionsCard | PaymentIntentTypeSpecificPaymentMethodOptionsClient |
            Unset):
        card_present (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsCardPresent |
            Unset):
        cashapp (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsCashapp | Unset):
        customer_balance (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient |
            PaymentMethodOptionsCustomerBalance | Unset):
        eps (None | PaymentIntentPaymentMethodOptionsEps | PaymentIntentTypeSpecificPaymentMethodOptionsClient | Unset):
        fpx (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsFpx | Unset):
        giropay (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsGiropay | Unset):
        grabpay (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsGrabpay | Unset):
        ideal (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsIdeal | Unset):
        interac_present (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsInteracPresent
            | Unset):
        klarna (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsKlarna | Unset):
        konbini (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsKonbini | Unset):
        link (None | PaymentIntentPaymentMethodOptionsLink | PaymentIntentTypeSpecificPaymentMethodOptionsClient |
            Unset):
        oxxo (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsOxxo | Unset):
        p24 (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsP24 | Unset):
        paynow (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPaynow | Unset):
        paypal (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPaypal | Unset):
        pix (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPix | Unset):
        promptpay (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPromptpay | Unset):
        sepa_debit (None | PaymentIntentPaymentMethodOptionsSepaDebit |
            PaymentIntentTypeSpecificPaymentMethodOptionsClient | Unset):
        sofort (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsSofort | Unset):
        us_bank_account (None | PaymentIntentPaymentMethodOptionsUsBankAccount |
            PaymentIntentTypeSpecificPaymentMethodOptionsClient | Unset):
        wechat_pay (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsWechatPay | Unset):
        zip_ (None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsZip | Unset):
    """

    acss_debit: (
        None
        | PaymentIntentPaymentMethodOptionsAcssDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    affirm: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsAffirm | Unset
    ) = UNSET
    afterpay_clearpay: (
        None
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | PaymentMethodOptionsAfterpayClearpay
        | Unset
    ) = UNSET
    alipay: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsAlipay | Unset
    ) = UNSET
    au_becs_debit: (
        None
        | PaymentIntentPaymentMethodOptionsAuBecsDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    bacs_debit: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBacsDebit | Unset
    ) = UNSET
    bancontact: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBancontact | Unset
    ) = UNSET
    blik: (
        None
        | PaymentIntentPaymentMethodOptionsBlik
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    boleto: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBoleto | Unset
    ) = UNSET
    card: (
        None
        | PaymentIntentPaymentMethodOptionsCard
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    card_present: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsCardPresent | Unset
    ) = UNSET
    cashapp: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsCashapp | Unset
    ) = UNSET
    customer_balance: (
        None
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | PaymentMethodOptionsCustomerBalance
        | Unset
    ) = UNSET
    eps: (
        None
        | PaymentIntentPaymentMethodOptionsEps
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    fpx: None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsFpx | Unset = UNSET
    giropay: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsGiropay | Unset
    ) = UNSET
    grabpay: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsGrabpay | Unset
    ) = UNSET
    ideal: None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsIdeal | Unset = (
        UNSET
    )
    interac_present: (
        None
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | PaymentMethodOptionsInteracPresent
        | Unset
    ) = UNSET
    klarna: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsKlarna | Unset
    ) = UNSET
    konbini: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsKonbini | Unset
    ) = UNSET
    link: (
        None
        | PaymentIntentPaymentMethodOptionsLink
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    oxxo: None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsOxxo | Unset = (
        UNSET
    )
    p24: None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsP24 | Unset = UNSET
    paynow: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPaynow | Unset
    ) = UNSET
    paypal: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPaypal | Unset
    ) = UNSET
    pix: None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPix | Unset = UNSET
    promptpay: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPromptpay | Unset
    ) = UNSET
    sepa_debit: (
        None
        | PaymentIntentPaymentMethodOptionsSepaDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    sofort: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsSofort | Unset
    ) = UNSET
    us_bank_account: (
        None
        | PaymentIntentPaymentMethodOptionsUsBankAccount
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | Unset
    ) = UNSET
    wechat_pay: (
        None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsWechatPay | Unset
    ) = UNSET
    zip_: None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsZip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_payment_method_options_acss_debit import (
            PaymentIntentPaymentMethodOptionsAcssDebit,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_au_becs_debit import (
            PaymentIntentPaymentMethodOptionsAuBecsDebit,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_blik import (
            PaymentIntentPaymentMethodOptionsBlik,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_card import (
            PaymentIntentPaymentMethodOptionsCard,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_eps import (
            PaymentIntentPaymentMethodOptionsEps,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_link import (
            PaymentIntentPaymentMethodOptionsLink,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_sepa_debit import (
            PaymentIntentPaymentMethodOptionsSepaDebit,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_us_bank_account import (
            PaymentIntentPaymentMethodOptionsUsBankAccount,  # noqa: PLC0415
        )
        from ..models.payment_intent_type_specific_payment_method_options_client import (
            PaymentIntentTypeSpecificPaymentMethodOptionsClient,  # noqa: PLC0415
        )
        from ..models.payment_method_options_affirm import PaymentMethodOptionsAffirm  # noqa: PLC0415
        from ..models.payment_method_options_afterpay_clearpay import (
            PaymentMethodOptionsAfterpayClearpay,  # noqa: PLC0415
        )
        from ..models.payment_method_options_alipay import PaymentMethodOptionsAlipay  # noqa: PLC0415
        from ..models.payment_method_options_bacs_debit import (
            PaymentMethodOptionsBacsDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_options_bancontact import (
            PaymentMethodOptionsBancontact,  # noqa: PLC0415
        )
        from ..models.payment_method_options_boleto import PaymentMethodOptionsBoleto  # noqa: PLC0415
        from ..models.payment_method_options_card_present import (
            PaymentMethodOptionsCardPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_options_cashapp import PaymentMethodOptionsCashapp  # noqa: PLC0415
        from ..models.payment_method_options_customer_balance import (
            PaymentMethodOptionsCustomerBalance,  # noqa: PLC0415
        )
        from ..models.payment_method_options_fpx import PaymentMethodOptionsFpx  # noqa: PLC0415
        from ..models.payment_method_options_giropay import PaymentMethodOptionsGiropay  # noqa: PLC0415
        from ..models.payment_method_options_grabpay import PaymentMethodOptionsGrabpay  # noqa: PLC0415
        from ..models.payment_method_options_ideal import PaymentMethodOptionsIdeal  # noqa: PLC0415
        from ..models.payment_method_options_interac_present import (
            PaymentMethodOptionsInteracPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_options_klarna import PaymentMethodOptionsKlarna  # noqa: PLC0415
        from ..models.payment_method_options_konbini import PaymentMethodOptionsKonbini  # noqa: PLC0415
        from ..models.payment_method_options_oxxo import PaymentMethodOptionsOxxo  # noqa: PLC0415
        from ..models.payment_method_options_p24 import PaymentMethodOptionsP24  # noqa: PLC0415
        from ..models.payment_method_options_paynow import PaymentMethodOptionsPaynow  # noqa: PLC0415
        from ..models.payment_method_options_paypal import PaymentMethodOptionsPaypal  # noqa: PLC0415
        from ..models.payment_method_options_pix import PaymentMethodOptionsPix  # noqa: PLC0415
        from ..models.payment_method_options_promptpay import (
            PaymentMethodOptionsPromptpay,  # noqa: PLC0415
        )
        from ..models.payment_method_options_sofort import PaymentMethodOptionsSofort  # noqa: PLC0415
        from ..models.payment_method_options_wechat_pay import (
            PaymentMethodOptionsWechatPay,  # noqa: PLC0415
        )
        from ..models.payment_method_options_zip import PaymentMethodOptionsZip  # noqa: PLC0415

        acss_debit: dict[str, Any] | None | Unset
        if isinstance(self.acss_debit, Unset):
            acss_debit = UNSET
        elif isinstance(self.acss_debit, PaymentIntentPaymentMethodOptionsAcssDebit):
            acss_debit = self.acss_debit.to_dict()
        elif isinstance(self.acss_debit, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            acss_debit = self.acss_debit.to_dict()
        else:
            acss_debit = self.acss_debit

        affirm: dict[str, Any] | None | Unset
        if isinstance(self.affirm, Unset):
            affirm = UNSET
        elif isinstance(self.affirm, PaymentMethodOptionsAffirm):
            affirm = self.affirm.to_dict()
        elif isinstance(self.affirm, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            affirm = self.affirm.to_dict()
        else:
            affirm = self.affirm

        afterpay_clearpay: dict[str, Any] | None | Unset
        if isinstance(self.afterpay_clearpay, Unset):
            afterpay_clearpay = UNSET
        elif isinstance(self.afterpay_clearpay, PaymentMethodOptionsAfterpayClearpay):
            afterpay_clearpay = self.afterpay_clearpay.to_dict()
        elif isinstance(self.afterpay_clearpay, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            afterpay_clearpay = self.afterpay_clearpay.to_dict()
        else:
            afterpay_clearpay = self.afterpay_clearpay

        alipay: dict[str, Any] | None | Unset
        if isinstance(self.alipay, Unset):
            alipay = UNSET
        elif isinstance(self.alipay, PaymentMethodOptionsAlipay):
            alipay = self.alipay.to_dict()
        elif isinstance(self.alipay, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            alipay = self.alipay.to_dict()
        else:
            alipay = self.alipay

        au_becs_debit: dict[str, Any] | None | Unset
        if isinstance(self.au_becs_debit, Unset):
            au_becs_debit = UNSET
        elif isinstance(self.au_becs_debit, PaymentIntentPaymentMethodOptionsAuBecsDebit):
            au_becs_debit = self.au_becs_debit.to_dict()
        elif isinstance(self.au_becs_debit, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            au_becs_debit = self.au_becs_debit.to_dict()
        else:
            au_becs_debit = self.au_becs_debit

        bacs_debit: dict[str, Any] | None | Unset
        if isinstance(self.bacs_debit, Unset):
            bacs_debit = UNSET
        elif isinstance(self.bacs_debit, PaymentMethodOptionsBacsDebit):
            bacs_debit = self.bacs_debit.to_dict()
        elif isinstance(self.bacs_debit, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            bacs_debit = self.bacs_debit.to_dict()
        else:
            bacs_debit = self.bacs_debit

        bancontact: dict[str, Any] | None | Unset
        if isinstance(self.bancontact, Unset):
            bancontact = UNSET
        elif isinstance(self.bancontact, PaymentMethodOptionsBancontact):
            bancontact = self.bancontact.to_dict()
        elif isinstance(self.bancontact, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            bancontact = self.bancontact.to_dict()
        else:
            bancontact = self.bancontact

        blik: dict[str, Any] | None | Unset
        if isinstance(self.blik, Unset):
            blik = UNSET
        elif isinstance(self.blik, PaymentIntentPaymentMethodOptionsBlik):
            blik = self.blik.to_dict()
        elif isinstance(self.blik, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            blik = self.blik.to_dict()
        else:
            blik = self.blik

        boleto: dict[str, Any] | None | Unset
        if isinstance(self.boleto, Unset):
            boleto = UNSET
        elif isinstance(self.boleto, PaymentMethodOptionsBoleto):
            boleto = self.boleto.to_dict()
        elif isinstance(self.boleto, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            boleto = self.boleto.to_dict()
        else:
            boleto = self.boleto

        card: dict[str, Any] | None | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PaymentIntentPaymentMethodOptionsCard):
            card = self.card.to_dict()
        elif isinstance(self.card, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            card = self.card.to_dict()
        else:
            card = self.card

        card_present: dict[str, Any] | None | Unset
        if isinstance(self.card_present, Unset):
            card_present = UNSET
        elif isinstance(self.card_present, PaymentMethodOptionsCardPresent):
            card_present = self.card_present.to_dict()
        elif isinstance(self.card_present, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            card_present = self.card_present.to_dict()
        else:
            card_present = self.card_present

        cashapp: dict[str, Any] | None | Unset
        if isinstance(self.cashapp, Unset):
            cashapp = UNSET
        elif isinstance(self.cashapp, PaymentMethodOptionsCashapp):
            cashapp = self.cashapp.to_dict()
        elif isinstance(self.cashapp, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            cashapp = self.cashapp.to_dict()
        else:
            cashapp = self.cashapp

        customer_balance: dict[str, Any] | None | Unset
        if isinstance(self.customer_balance, Unset):
            customer_balance = UNSET
        elif isinstance(self.customer_balance, PaymentMethodOptionsCustomerBalance):
            customer_balance = self.customer_balance.to_dict()
        elif isinstance(self.customer_balance, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            customer_balance = self.customer_balance.to_dict()
        else:
            customer_balance = self.customer_balance

        eps: dict[str, Any] | None | Unset
        if isinstance(self.eps, Unset):
            eps = UNSET
        elif isinstance(self.eps, PaymentIntentPaymentMethodOptionsEps):
            eps = self.eps.to_dict()
        elif isinstance(self.eps, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            eps = self.eps.to_dict()
        else:
            eps = self.eps

        fpx: dict[str, Any] | None | Unset
        if isinstance(self.fpx, Unset):
            fpx = UNSET
        elif isinstance(self.fpx, PaymentMethodOptionsFpx):
            fpx = self.fpx.to_dict()
        elif isinstance(self.fpx, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            fpx = self.fpx.to_dict()
        else:
            fpx = self.fpx

        giropay: dict[str, Any] | None | Unset
        if isinstance(self.giropay, Unset):
            giropay = UNSET
        elif isinstance(self.giropay, PaymentMethodOptionsGiropay):
            giropay = self.giropay.to_dict()
        elif isinstance(self.giropay, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            giropay = self.giropay.to_dict()
        else:
            giropay = self.giropay

        grabpay: dict[str, Any] | None | Unset
        if isinstance(self.grabpay, Unset):
            grabpay = UNSET
        elif isinstance(self.grabpay, PaymentMethodOptionsGrabpay):
            grabpay = self.grabpay.to_dict()
        elif isinstance(self.grabpay, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            grabpay = self.grabpay.to_dict()
        else:
            grabpay = self.grabpay

        ideal: dict[str, Any] | None | Unset
        if isinstance(self.ideal, Unset):
            ideal = UNSET
        elif isinstance(self.ideal, PaymentMethodOptionsIdeal):
            ideal = self.ideal.to_dict()
        elif isinstance(self.ideal, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            ideal = self.ideal.to_dict()
        else:
            ideal = self.ideal

        interac_present: dict[str, Any] | None | Unset
        if isinstance(self.interac_present, Unset):
            interac_present = UNSET
        elif isinstance(self.interac_present, PaymentMethodOptionsInteracPresent):
            interac_present = self.interac_present.to_dict()
        elif isinstance(self.interac_present, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            interac_present = self.interac_present.to_dict()
        else:
            interac_present = self.interac_present

        klarna: dict[str, Any] | None | Unset
        if isinstance(self.klarna, Unset):
            klarna = UNSET
        elif isinstance(self.klarna, PaymentMethodOptionsKlarna):
            klarna = self.klarna.to_dict()
        elif isinstance(self.klarna, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            klarna = self.klarna.to_dict()
        else:
            klarna = self.klarna

        konbini: dict[str, Any] | None | Unset
        if isinstance(self.konbini, Unset):
            konbini = UNSET
        elif isinstance(self.konbini, PaymentMethodOptionsKonbini):
            konbini = self.konbini.to_dict()
        elif isinstance(self.konbini, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            konbini = self.konbini.to_dict()
        else:
            konbini = self.konbini

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, PaymentIntentPaymentMethodOptionsLink):
            link = self.link.to_dict()
        elif isinstance(self.link, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            link = self.link.to_dict()
        else:
            link = self.link

        oxxo: dict[str, Any] | None | Unset
        if isinstance(self.oxxo, Unset):
            oxxo = UNSET
        elif isinstance(self.oxxo, PaymentMethodOptionsOxxo):
            oxxo = self.oxxo.to_dict()
        elif isinstance(self.oxxo, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            oxxo = self.oxxo.to_dict()
        else:
            oxxo = self.oxxo

        p24: dict[str, Any] | None | Unset
        if isinstance(self.p24, Unset):
            p24 = UNSET
        elif isinstance(self.p24, PaymentMethodOptionsP24):
            p24 = self.p24.to_dict()
        elif isinstance(self.p24, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            p24 = self.p24.to_dict()
        else:
            p24 = self.p24

        paynow: dict[str, Any] | None | Unset
        if isinstance(self.paynow, Unset):
            paynow = UNSET
        elif isinstance(self.paynow, PaymentMethodOptionsPaynow):
            paynow = self.paynow.to_dict()
        elif isinstance(self.paynow, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            paynow = self.paynow.to_dict()
        else:
            paynow = self.paynow

        paypal: dict[str, Any] | None | Unset
        if isinstance(self.paypal, Unset):
            paypal = UNSET
        elif isinstance(self.paypal, PaymentMethodOptionsPaypal):
            paypal = self.paypal.to_dict()
        elif isinstance(self.paypal, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            paypal = self.paypal.to_dict()
        else:
            paypal = self.paypal

        pix: dict[str, Any] | None | Unset
        if isinstance(self.pix, Unset):
            pix = UNSET
        elif isinstance(self.pix, PaymentMethodOptionsPix):
            pix = self.pix.to_dict()
        elif isinstance(self.pix, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            pix = self.pix.to_dict()
        else:
            pix = self.pix

        promptpay: dict[str, Any] | None | Unset
        if isinstance(self.promptpay, Unset):
            promptpay = UNSET
        elif isinstance(self.promptpay, PaymentMethodOptionsPromptpay):
            promptpay = self.promptpay.to_dict()
        elif isinstance(self.promptpay, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            promptpay = self.promptpay.to_dict()
        else:
            promptpay = self.promptpay

        sepa_debit: dict[str, Any] | None | Unset
        if isinstance(self.sepa_debit, Unset):
            sepa_debit = UNSET
        elif isinstance(self.sepa_debit, PaymentIntentPaymentMethodOptionsSepaDebit):
            sepa_debit = self.sepa_debit.to_dict()
        elif isinstance(self.sepa_debit, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            sepa_debit = self.sepa_debit.to_dict()
        else:
            sepa_debit = self.sepa_debit

        sofort: dict[str, Any] | None | Unset
        if isinstance(self.sofort, Unset):
            sofort = UNSET
        elif isinstance(self.sofort, PaymentMethodOptionsSofort):
            sofort = self.sofort.to_dict()
        elif isinstance(self.sofort, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            sofort = self.sofort.to_dict()
        else:
            sofort = self.sofort

        us_bank_account: dict[str, Any] | None | Unset
        if isinstance(self.us_bank_account, Unset):
            us_bank_account = UNSET
        elif isinstance(self.us_bank_account, PaymentIntentPaymentMethodOptionsUsBankAccount):
            us_bank_account = self.us_bank_account.to_dict()
        elif isinstance(self.us_bank_account, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            us_bank_account = self.us_bank_account.to_dict()
        else:
            us_bank_account = self.us_bank_account

        wechat_pay: dict[str, Any] | None | Unset
        if isinstance(self.wechat_pay, Unset):
            wechat_pay = UNSET
        elif isinstance(self.wechat_pay, PaymentMethodOptionsWechatPay):
            wechat_pay = self.wechat_pay.to_dict()
        elif isinstance(self.wechat_pay, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
            wechat_pay = self.wechat_pay.to_dict()
        else:
            wechat_pay = self.wechat_pay

        zip_: dict[str, Any] | None | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        elif isinstance(self.zip_, PaymentMethodOptionsZip):
            zip_ = self.zip_.to_dict()
        elif isinstance(self.zip_, PaymentIntentTypeSpecificPaymentMethodOptionsClient):
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
        from ..models.payment_intent_payment_method_options_acss_debit import (
            PaymentIntentPaymentMethodOptionsAcssDebit,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_au_becs_debit import (
            PaymentIntentPaymentMethodOptionsAuBecsDebit,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_blik import (
            PaymentIntentPaymentMethodOptionsBlik,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_card import (
            PaymentIntentPaymentMethodOptionsCard,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_eps import (
            PaymentIntentPaymentMethodOptionsEps,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_link import (
            PaymentIntentPaymentMethodOptionsLink,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_sepa_debit import (
            PaymentIntentPaymentMethodOptionsSepaDebit,  # noqa: PLC0415
        )
        from ..models.payment_intent_payment_method_options_us_bank_account import (
            PaymentIntentPaymentMethodOptionsUsBankAccount,  # noqa: PLC0415
        )
        from ..models.payment_intent_type_specific_payment_method_options_client import (
            PaymentIntentTypeSpecificPaymentMethodOptionsClient,  # noqa: PLC0415
        )
        from ..models.payment_method_options_affirm import PaymentMethodOptionsAffirm  # noqa: PLC0415
        from ..models.payment_method_options_afterpay_clearpay import (
            PaymentMethodOptionsAfterpayClearpay,  # noqa: PLC0415
        )
        from ..models.payment_method_options_alipay import PaymentMethodOptionsAlipay  # noqa: PLC0415
        from ..models.payment_method_options_bacs_debit import (
            PaymentMethodOptionsBacsDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_options_bancontact import (
            PaymentMethodOptionsBancontact,  # noqa: PLC0415
        )
        from ..models.payment_method_options_boleto import PaymentMethodOptionsBoleto  # noqa: PLC0415
        from ..models.payment_method_options_card_present import (
            PaymentMethodOptionsCardPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_options_cashapp import PaymentMethodOptionsCashapp  # noqa: PLC0415
        from ..models.payment_method_options_customer_balance import (
            PaymentMethodOptionsCustomerBalance,  # noqa: PLC0415
        )
        from ..models.payment_method_options_fpx import PaymentMethodOptionsFpx  # noqa: PLC0415
        from ..models.payment_method_options_giropay import PaymentMethodOptionsGiropay  # noqa: PLC0415
        from ..models.payment_method_options_grabpay import PaymentMethodOptionsGrabpay  # noqa: PLC0415
        from ..models.payment_method_options_ideal import PaymentMethodOptionsIdeal  # noqa: PLC0415
        from ..models.payment_method_options_interac_present import (
            PaymentMethodOptionsInteracPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_options_klarna import PaymentMethodOptionsKlarna  # noqa: PLC0415
        from ..models.payment_method_options_konbini import PaymentMethodOptionsKonbini  # noqa: PLC0415
        from ..models.payment_method_options_oxxo import PaymentMethodOptionsOxxo  # noqa: PLC0415
        from ..models.payment_method_options_p24 import PaymentMethodOptionsP24  # noqa: PLC0415
        from ..models.payment_method_options_paynow import PaymentMethodOptionsPaynow  # noqa: PLC0415
        from ..models.payment_method_options_paypal import PaymentMethodOptionsPaypal  # noqa: PLC0415
        from ..models.payment_method_options_pix import PaymentMethodOptionsPix  # noqa: PLC0415
        from ..models.payment_method_options_promptpay import (
            PaymentMethodOptionsPromptpay,  # noqa: PLC0415
        )
        from ..models.payment_method_options_sofort import PaymentMethodOptionsSofort  # noqa: PLC0415
        from ..models.payment_method_options_wechat_pay import (
            PaymentMethodOptionsWechatPay,  # noqa: PLC0415
        )
        from ..models.payment_method_options_zip import PaymentMethodOptionsZip  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acss_debit(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsAcssDebit
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acss_debit_type_0 = PaymentIntentPaymentMethodOptionsAcssDebit.from_dict(data)

                return acss_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acss_debit_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return acss_debit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsAcssDebit
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        acss_debit = _parse_acss_debit(d.pop("acss_debit", UNSET))

        def _parse_affirm(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsAffirm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affirm_type_0 = PaymentMethodOptionsAffirm.from_dict(data)

                return affirm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affirm_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return affirm_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsAffirm
                | Unset,
                data,
            )

        affirm = _parse_affirm(d.pop("affirm", UNSET))

        def _parse_afterpay_clearpay(
            data: object,
        ) -> (
            None
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | PaymentMethodOptionsAfterpayClearpay
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                afterpay_clearpay_type_0 = PaymentMethodOptionsAfterpayClearpay.from_dict(data)

                return afterpay_clearpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                afterpay_clearpay_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return afterpay_clearpay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsAfterpayClearpay
                | Unset,
                data,
            )

        afterpay_clearpay = _parse_afterpay_clearpay(d.pop("afterpay_clearpay", UNSET))

        def _parse_alipay(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsAlipay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alipay_type_0 = PaymentMethodOptionsAlipay.from_dict(data)

                return alipay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alipay_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return alipay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsAlipay
                | Unset,
                data,
            )

        alipay = _parse_alipay(d.pop("alipay", UNSET))

        def _parse_au_becs_debit(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsAuBecsDebit
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                au_becs_debit_type_0 = PaymentIntentPaymentMethodOptionsAuBecsDebit.from_dict(data)

                return au_becs_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                au_becs_debit_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return au_becs_debit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsAuBecsDebit
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        au_becs_debit = _parse_au_becs_debit(d.pop("au_becs_debit", UNSET))

        def _parse_bacs_debit(
            data: object,
        ) -> (
            None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBacsDebit | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bacs_debit_type_0 = PaymentMethodOptionsBacsDebit.from_dict(data)

                return bacs_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bacs_debit_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return bacs_debit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsBacsDebit
                | Unset,
                data,
            )

        bacs_debit = _parse_bacs_debit(d.pop("bacs_debit", UNSET))

        def _parse_bancontact(
            data: object,
        ) -> (
            None
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | PaymentMethodOptionsBancontact
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bancontact_type_0 = PaymentMethodOptionsBancontact.from_dict(data)

                return bancontact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bancontact_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return bancontact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsBancontact
                | Unset,
                data,
            )

        bancontact = _parse_bancontact(d.pop("bancontact", UNSET))

        def _parse_blik(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsBlik
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blik_type_0 = PaymentIntentPaymentMethodOptionsBlik.from_dict(data)

                return blik_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blik_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return blik_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsBlik
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        blik = _parse_blik(d.pop("blik", UNSET))

        def _parse_boleto(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsBoleto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_0 = PaymentMethodOptionsBoleto.from_dict(data)

                return boleto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return boleto_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsBoleto
                | Unset,
                data,
            )

        boleto = _parse_boleto(d.pop("boleto", UNSET))

        def _parse_card(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsCard
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PaymentIntentPaymentMethodOptionsCard.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return card_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsCard
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        card = _parse_card(d.pop("card", UNSET))

        def _parse_card_present(
            data: object,
        ) -> (
            None
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | PaymentMethodOptionsCardPresent
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_present_type_0 = PaymentMethodOptionsCardPresent.from_dict(data)

                return card_present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_present_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return card_present_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsCardPresent
                | Unset,
                data,
            )

        card_present = _parse_card_present(d.pop("card_present", UNSET))

        def _parse_cashapp(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsCashapp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cashapp_type_0 = PaymentMethodOptionsCashapp.from_dict(data)

                return cashapp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cashapp_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return cashapp_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsCashapp
                | Unset,
                data,
            )

        cashapp = _parse_cashapp(d.pop("cashapp", UNSET))

        def _parse_customer_balance(
            data: object,
        ) -> (
            None
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | PaymentMethodOptionsCustomerBalance
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_balance_type_0 = PaymentMethodOptionsCustomerBalance.from_dict(data)

                return customer_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_balance_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return customer_balance_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsCustomerBalance
                | Unset,
                data,
            )

        customer_balance = _parse_customer_balance(d.pop("customer_balance", UNSET))

        def _parse_eps(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsEps
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eps_type_0 = PaymentIntentPaymentMethodOptionsEps.from_dict(data)

                return eps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eps_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return eps_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsEps
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        eps = _parse_eps(d.pop("eps", UNSET))

        def _parse_fpx(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsFpx | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fpx_type_0 = PaymentMethodOptionsFpx.from_dict(data)

                return fpx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fpx_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return fpx_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsFpx | Unset,
                data,
            )

        fpx = _parse_fpx(d.pop("fpx", UNSET))

        def _parse_giropay(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsGiropay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                giropay_type_0 = PaymentMethodOptionsGiropay.from_dict(data)

                return giropay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                giropay_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return giropay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsGiropay
                | Unset,
                data,
            )

        giropay = _parse_giropay(d.pop("giropay", UNSET))

        def _parse_grabpay(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsGrabpay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grabpay_type_0 = PaymentMethodOptionsGrabpay.from_dict(data)

                return grabpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grabpay_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return grabpay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsGrabpay
                | Unset,
                data,
            )

        grabpay = _parse_grabpay(d.pop("grabpay", UNSET))

        def _parse_ideal(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsIdeal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ideal_type_0 = PaymentMethodOptionsIdeal.from_dict(data)

                return ideal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ideal_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return ideal_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsIdeal
                | Unset,
                data,
            )

        ideal = _parse_ideal(d.pop("ideal", UNSET))

        def _parse_interac_present(
            data: object,
        ) -> (
            None
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | PaymentMethodOptionsInteracPresent
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interac_present_type_0 = PaymentMethodOptionsInteracPresent.from_dict(data)

                return interac_present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interac_present_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return interac_present_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsInteracPresent
                | Unset,
                data,
            )

        interac_present = _parse_interac_present(d.pop("interac_present", UNSET))

        def _parse_klarna(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsKlarna | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                klarna_type_0 = PaymentMethodOptionsKlarna.from_dict(data)

                return klarna_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                klarna_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return klarna_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsKlarna
                | Unset,
                data,
            )

        klarna = _parse_klarna(d.pop("klarna", UNSET))

        def _parse_konbini(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsKonbini | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_type_0 = PaymentMethodOptionsKonbini.from_dict(data)

                return konbini_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return konbini_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsKonbini
                | Unset,
                data,
            )

        konbini = _parse_konbini(d.pop("konbini", UNSET))

        def _parse_link(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsLink
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = PaymentIntentPaymentMethodOptionsLink.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return link_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsLink
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        link = _parse_link(d.pop("link", UNSET))

        def _parse_oxxo(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsOxxo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oxxo_type_0 = PaymentMethodOptionsOxxo.from_dict(data)

                return oxxo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oxxo_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return oxxo_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsOxxo | Unset,
                data,
            )

        oxxo = _parse_oxxo(d.pop("oxxo", UNSET))

        def _parse_p24(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsP24 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                p24_type_0 = PaymentMethodOptionsP24.from_dict(data)

                return p24_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                p24_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return p24_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsP24 | Unset,
                data,
            )

        p24 = _parse_p24(d.pop("p24", UNSET))

        def _parse_paynow(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPaynow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paynow_type_0 = PaymentMethodOptionsPaynow.from_dict(data)

                return paynow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paynow_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return paynow_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsPaynow
                | Unset,
                data,
            )

        paynow = _parse_paynow(d.pop("paynow", UNSET))

        def _parse_paypal(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPaypal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paypal_type_0 = PaymentMethodOptionsPaypal.from_dict(data)

                return paypal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paypal_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return paypal_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsPaypal
                | Unset,
                data,
            )

        paypal = _parse_paypal(d.pop("paypal", UNSET))

        def _parse_pix(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPix | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_0 = PaymentMethodOptionsPix.from_dict(data)

                return pix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return pix_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPix | Unset,
                data,
            )

        pix = _parse_pix(d.pop("pix", UNSET))

        def _parse_promptpay(
            data: object,
        ) -> (
            None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsPromptpay | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promptpay_type_0 = PaymentMethodOptionsPromptpay.from_dict(data)

                return promptpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promptpay_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return promptpay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsPromptpay
                | Unset,
                data,
            )

        promptpay = _parse_promptpay(d.pop("promptpay", UNSET))

        def _parse_sepa_debit(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsSepaDebit
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sepa_debit_type_0 = PaymentIntentPaymentMethodOptionsSepaDebit.from_dict(data)

                return sepa_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sepa_debit_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return sepa_debit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsSepaDebit
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        sepa_debit = _parse_sepa_debit(d.pop("sepa_debit", UNSET))

        def _parse_sofort(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsSofort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sofort_type_0 = PaymentMethodOptionsSofort.from_dict(data)

                return sofort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sofort_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return sofort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsSofort
                | Unset,
                data,
            )

        sofort = _parse_sofort(d.pop("sofort", UNSET))

        def _parse_us_bank_account(
            data: object,
        ) -> (
            None
            | PaymentIntentPaymentMethodOptionsUsBankAccount
            | PaymentIntentTypeSpecificPaymentMethodOptionsClient
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_bank_account_type_0 = PaymentIntentPaymentMethodOptionsUsBankAccount.from_dict(data)

                return us_bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_bank_account_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return us_bank_account_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentPaymentMethodOptionsUsBankAccount
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | Unset,
                data,
            )

        us_bank_account = _parse_us_bank_account(d.pop("us_bank_account", UNSET))

        def _parse_wechat_pay(
            data: object,
        ) -> (
            None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsWechatPay | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_type_0 = PaymentMethodOptionsWechatPay.from_dict(data)

                return wechat_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return wechat_pay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentIntentTypeSpecificPaymentMethodOptionsClient
                | PaymentMethodOptionsWechatPay
                | Unset,
                data,
            )

        wechat_pay = _parse_wechat_pay(d.pop("wechat_pay", UNSET))

        def _parse_zip_(
            data: object,
        ) -> None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsZip | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zip_type_0 = PaymentMethodOptionsZip.from_dict(data)

                return zip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zip_type_1 = PaymentIntentTypeSpecificPaymentMethodOptionsClient.from_dict(data)

                return zip_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PaymentIntentTypeSpecificPaymentMethodOptionsClient | PaymentMethodOptionsZip | Unset,
                data,
            )

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        payment_intent_payment_method_options = cls(
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

        payment_intent_payment_method_options.additional_properties = d
        return payment_intent_payment_method_options

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
