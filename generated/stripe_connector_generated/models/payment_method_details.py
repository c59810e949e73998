from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_flows_private_payment_methods_alipay_details import (
        PaymentFlowsPrivatePaymentMethodsAlipayDetails,
    )
    from ..models.payment_method_details_ach_credit_transfer import (
        PaymentMethodDetailsAchCreditTransfer,
    )
    from ..models.payment_method_details_ach_debit import PaymentMethodDetailsAchDebit
    from ..models.payment_method_details_acss_debit import PaymentMethodDetailsAcssDebit
    from ..models.payment_method_details_affirm import PaymentMethodDetailsAffirm
    from ..models.payment_method_details_afterpay_clearpay import (
        PaymentMethodDetailsAfterpayClearpay,
    )
    from ..models.payment_method_details_au_becs_debit import (
        PaymentMethodDetailsAuBecsDebit,
    )
    from ..models.payment_method_details_bacs_debit import PaymentMethodDetailsBacsDebit
    from ..models.payment_method_details_bancontact import PaymentMethodDetailsBancontact
    from ..models.payment_method_details_blik import PaymentMethodDetailsBlik
    from ..models.payment_method_details_boleto import PaymentMethodDetailsBoleto
    from ..models.payment_method_details_card import PaymentMethodDetailsCard
    from ..models.payment_method_details_card_present import (
        PaymentMethodDetailsCardPresent,
    )
    from ..models.payment_method_details_cashapp import PaymentMethodDetailsCashapp
    from ..models.payment_method_details_customer_balance import (
        PaymentMethodDetailsCustomerBalance,
    )
    from ..models.payment_method_details_eps import PaymentMethodDetailsEps
    from ..models.payment_method_details_fpx import PaymentMethodDetailsFpx
    from ..models.payment_method_details_giropay import PaymentMethodDetailsGiropay
    from ..models.payment_method_details_grabpay import PaymentMethodDetailsGrabpay
    from ..models.payment_method_details_ideal import PaymentMethodDetailsIdeal
    from ..models.payment_method_details_interac_present import (
        PaymentMethodDetailsInteracPresent,
    )
    from ..models.payment_method_details_klarna import PaymentMethodDetailsKlarna
    from ..models.payment_method_details_konbini import PaymentMethodDetailsKonbini
    from ..models.payment_method_details_link import PaymentMethodDetailsLink
    from ..models.payment_method_details_multibanco import PaymentMethodDetailsMultibanco
    from ..models.payment_method_details_oxxo import PaymentMethodDetailsOxxo
    from ..models.payment_method_details_p24 import PaymentMethodDetailsP24
    from ..models.payment_method_details_paynow import PaymentMethodDetailsPaynow
    from ..models.payment_method_details_paypal import PaymentMethodDetailsPaypal
    from ..models.payment_method_details_pix import PaymentMethodDetailsPix
    from ..models.payment_method_details_promptpay import PaymentMethodDetailsPromptpay
    from ..models.payment_method_details_sepa_debit import PaymentMethodDetailsSepaDebit
    from ..models.payment_method_details_sofort import PaymentMethodDetailsSofort
    from ..models.payment_method_details_stripe_account import (
        PaymentMethodDetailsStripeAccount,
    )
    from ..models.payment_method_details_us_bank_account import (
        PaymentMethodDetailsUsBankAccount,
    )
    from ..models.payment_method_details_wechat import PaymentMethodDetailsWechat
    from ..models.payment_method_details_wechat_pay import PaymentMethodDetailsWechatPay
    from ..models.payment_method_details_zip import PaymentMethodDetailsZip


T = TypeVar("T", bound="PaymentMethodDetails")


@_attrs_define
class PaymentMethodDetails:
    """
    Attributes:
        ach_credit_transfer (None | PaymentMethodDetailsAchCreditTransfer | Unset):
        ach_debit (None | PaymentMethodDetailsAchDebit | Unset):
        acss_debit (None | PaymentMethodDetailsAcssDebit | Unset):
        affirm (None | PaymentMethodDetailsAffirm | Unset):
        afterpay_clearpay (None | PaymentMethodDetailsAfterpayClearpay | Unset):
        alipay (None | PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset):
        au_becs_debit (None | PaymentMethodDetailsAuBecsDebit | Unset):
        bacs_debit (None | PaymentMethodDetailsBacsDebit | Unset):
        bancontact (None | PaymentMethodDetailsBancontact | Unset):
        blik (None | PaymentMethodDetailsBlik | Unset):
        boleto (None | PaymentMethodDetailsBoleto | Unset):
        card (None | PaymentMethodDetailsCard | Unset):
        card_present (None | PaymentMethodDetailsCardPresent | Unset):
        cashapp (None | PaymentMethodDetailsCashapp | Unset):
        customer_balance (None | PaymentMethodDetailsCustomerBalance | Unset):
        eps (None | PaymentMethodDetailsEps | Unset):
        fpx (None | PaymentMethodDetailsFpx | Unset):
        giropay (None | PaymentMethodDetailsGiropay | Unset):
        grabpay (None | PaymentMethodDetailsGrabpay | Unset):
        ideal (None | PaymentMethodDetailsIdeal | Unset):
        interac_present (None | PaymentMethodDetailsInteracPresent | Unset):
        klarna (None | PaymentMethodDetailsKlarna | Unset):
        konbini (None | PaymentMethodDetailsKonbini | Unset):
        link (None | PaymentMethodDetailsLink | Unset):
        multibanco (None | PaymentMethodDetailsMultibanco | Unset):
        oxxo (None | PaymentMethodDetailsOxxo | Unset):
        p24 (None | PaymentMethodDetailsP24 | Unset):
        paynow (None | PaymentMethodDetailsPaynow | Unset):
        paypal (None | PaymentMethodDetailsPaypal | Unset):
        pix (None | PaymentMethodDetailsPix | Unset):
        promptpay (None | PaymentMethodDetailsPromptpay | Unset):
        sepa_debit (None | PaymentMethodDetailsSepaDebit | Unset):
        sofort (None | PaymentMethodDetailsSofort | Unset):
        stripe_account (None | PaymentMethodDetailsStripeAccount | Unset):
        type_ (None | str | Unset): The type of transaction-specific details of the payment method used in the payment,
            one of `ach_credit_transfer`, `ach_debit`, `acss_debit`, `alipay`, `au_becs_debit`, `bancontact`, `card`,
            `card_present`, `eps`, `giropay`, `ideal`, `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`,
            `stripe_account`, or `wechat`.
            An additional hash is included on `payment_method_details` with a name matching this value.
            It contains information specific to the payment method.
        us_bank_account (None | PaymentMethodDetailsUsBankAccount | Unset):
        wechat (None | PaymentMethodDetailsWechat | Unset):
        wechat_pay (None | PaymentMethodDetailsWechatPay | Unset):
        zip_ (None | PaymentMethodDetailsZip | Unset):
    """

    ach_credit_transfer: None | PaymentMethodDetailsAchCreditTransfer | Unset = UNSET
    ach_debit: None | PaymentMethodDetailsAchDebit | Unset = UNSET
    acss_debit: None | PaymentMethodDetailsAcssDebit | Unset = UNSET
    affirm: None | PaymentMethodDetailsAffirm | Unset = UNSET
    afterpay_clearpay: None | PaymentMethodDetailsAfterpayClearpay | Unset = UNSET
    alipay: None | PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset = UNSET
    au_becs_debit: None | PaymentMethodDetailsAuBecsDebit | Unset = UNSET
    bacs_debit: None | PaymentMethodDetailsBacsDebit | Unset = UNSET
    bancontact: None | PaymentMethodDetailsBancontact | Unset = UNSET
    blik: None | PaymentMethodDetailsBlik | Unset = UNSET
    boleto: None | PaymentMethodDetailsBoleto | Unset = UNSET
    card: None | PaymentMethodDetailsCard | Unset = UNSET
    card_present: None | PaymentMethodDetailsCardPresent | Unset = UNSET
    cashapp: None | PaymentMethodDetailsCashapp | Unset = UNSET
    customer_balance: None | PaymentMethodDetailsCustomerBalance | Unset = UNSET
    eps: None | PaymentMethodDetailsEps | Unset = UNSET
    fpx: None | PaymentMethodDetailsFpx | Unset = UNSET
    giropay: None | PaymentMethodDetailsGiropay | Unset = UNSET
    grabpay: None | PaymentMethodDetailsGrabpay | Unset = UNSET
    ideal: None | PaymentMethodDetailsIdeal | Unset = UNSET
    interac_present: None | PaymentMethodDetailsInteracPresent | Unset = UNSET
    klarna: None | PaymentMethodDetailsKlarna | Unset = UNSET
    konbini: None | PaymentMethodDetailsKonbini | Unset = UNSET
    link: None | PaymentMethodDetailsLink | Unset = UNSET
    multibanco: None | PaymentMethodDetailsMultibanco | Unset = UNSET
    oxxo: None | PaymentMethodDetailsOxxo | Unset = UNSET
    p24: None | PaymentMethodDetailsP24 | Unset = UNSET
    paynow: None | PaymentMethodDetailsPaynow | Unset = UNSET
    paypal: None | PaymentMethodDetailsPaypal | Unset = UNSET
    pix: None | PaymentMethodDetailsPix | Unset = UNSET
    promptpay: None | PaymentMethodDetailsPromptpay | Unset = UNSET
    sepa_debit: None | PaymentMethodDetailsSepaDebit | Unset = UNSET
    sofort: None | PaymentMethodDetailsSofort | Unset = UNSET
    stripe_account: None | PaymentMethodDetailsStripeAccount | Unset = UNSET
    type_: None | str | Unset = UNSET
    us_bank_account: None | PaymentMethodDetailsUsBankAccount | Unset = UNSET
    wechat: None | PaymentMethodDetailsWechat | Unset = UNSET
    wechat_pay: None | PaymentMethodDetailsWechatPay | Unset = UNSET
    zip_: None | PaymentMethodDetailsZip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_flows_private_payment_methods_alipay_details import (
            PaymentFlowsPrivatePaymentMethodsAlipayDetails,  # noqa: PLC0415
        )
        from ..models.payment_method_details_ach_credit_transfer import (
            PaymentMethodDetailsAchCreditTransfer,  # noqa: PLC0415
        )
        from ..models.payment_method_details_ach_debit import (
            PaymentMethodDetailsAchDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_acss_debit import (
            PaymentMethodDetailsAcssDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_affirm import PaymentMethodDetailsAffirm  # noqa: PLC0415
        from ..models.payment_method_details_afterpay_clearpay import (
            PaymentMethodDetailsAfterpayClearpay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_au_becs_debit import (
            PaymentMethodDetailsAuBecsDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_bacs_debit import (
            PaymentMethodDetailsBacsDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_bancontact import (
            PaymentMethodDetailsBancontact,  # noqa: PLC0415
        )
        from ..models.payment_method_details_blik import PaymentMethodDetailsBlik  # noqa: PLC0415
        from ..models.payment_method_details_boleto import PaymentMethodDetailsBoleto  # noqa: PLC0415
        from ..models.payment_method_details_card import PaymentMethodDetailsCard  # noqa: PLC0415
        from ..models.payment_method_details_card_present import (
            PaymentMethodDetailsCardPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_details_cashapp import PaymentMethodDetailsCashapp  # noqa: PLC0415
        from ..models.payment_method_details_customer_balance import (
            PaymentMethodDetailsCustomerBalance,  # noqa: PLC0415
        )
        from ..models.payment_method_details_eps import PaymentMethodDetailsEps  # noqa: PLC0415
        from ..models.payment_method_details_fpx import PaymentMethodDetailsFpx  # noqa: PLC0415
        from ..models.payment_method_details_giropay import PaymentMethodDetailsGiropay  # noqa: PLC0415
        from ..models.payment_method_details_grabpay import PaymentMethodDetailsGrabpay  # noqa: PLC0415
        from ..models.payment_method_details_ideal import PaymentMethodDetailsIdeal  # noqa: PLC0415
        from ..models.payment_method_details_interac_present import (
            PaymentMethodDetailsInteracPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_details_klarna import PaymentMethodDetailsKlarna  # noqa: PLC0415
        from ..models.payment_method_details_konbini import PaymentMethodDetailsKonbini  # noqa: PLC0415
        from ..models.payment_method_details_link import PaymentMethodDetailsLink  # noqa: PLC0415
        from ..models.payment_method_details_multibanco import (
            PaymentMethodDetailsMultibanco,  # noqa: PLC0415
        )
        from ..models.payment_method_details_oxxo import PaymentMethodDetailsOxxo  # noqa: PLC0415
        from ..models.payment_method_details_p24 import PaymentMethodDetailsP24  # noqa: PLC0415
        from ..models.payment_method_details_paynow import PaymentMethodDetailsPaynow  # noqa: PLC0415
        from ..models.payment_method_details_paypal import PaymentMethodDetailsPaypal  # noqa: PLC0415
        from ..models.payment_method_details_pix import PaymentMethodDetailsPix  # noqa: PLC0415
        from ..models.payment_method_details_promptpay import (
            PaymentMethodDetailsPromptpay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_sepa_debit import (
            PaymentMethodDetailsSepaDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_sofort import PaymentMethodDetailsSofort  # noqa: PLC0415
        from ..models.payment_method_details_stripe_account import (
            PaymentMethodDetailsStripeAccount,  # noqa: PLC0415
        )
        from ..models.payment_method_details_us_bank_account import (
            PaymentMethodDetailsUsBankAccount,  # noqa: PLC0415
        )
        from ..models.payment_method_details_wechat import PaymentMethodDetailsWechat  # noqa: PLC0415
        from ..models.payment_method_details_wechat_pay import (
            PaymentMethodDetailsWechatPay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_zip import PaymentMethodDetailsZip  # noqa: PLC0415

        ach_credit_transfer: dict[str, Any] | None | Unset
        if isinstance(self.ach_credit_transfer, Unset):
            ach_credit_transfer = UNSET
        elif isinstance(self.ach_credit_transfer, PaymentMethodDetailsAchCreditTransfer):
            ach_credit_transfer = self.ach_credit_transfer.to_dict()
        else:
            ach_credit_transfer = self.ach_credit_transfer

        ach_debit: dict[str, Any] | None | Unset
        if isinstance(self.ach_debit, Unset):
            ach_debit = UNSET
        elif isinstance(self.ach_debit, PaymentMethodDetailsAchDebit):
            ach_debit = self.ach_debit.to_dict()
        else:
            ach_debit = self.ach_debit

        acss_debit: dict[str, Any] | None | Unset
        if isinstance(self.acss_debit, Unset):
            acss_debit = UNSET
        elif isinstance(self.acss_debit, PaymentMethodDetailsAcssDebit):
            acss_debit = self.acss_debit.to_dict()
        else:
            acss_debit = self.acss_debit

        affirm: dict[str, Any] | None | Unset
        if isinstance(self.affirm, Unset):
            affirm = UNSET
        elif isinstance(self.affirm, PaymentMethodDetailsAffirm):
            affirm = self.affirm.to_dict()
        else:
            affirm = self.affirm

        afterpay_clearpay: dict[str, Any] | None | Unset
        if isinstance(self.afterpay_clearpay, Unset):
            afterpay_clearpay = UNSET
        elif isinstance(self.afterpay_clearpay, PaymentMethodDetailsAfterpayClearpay):
            afterpay_clearpay = self.afterpay_clearpay.to_dict()
        else:
            afterpay_clearpay = self.afterpay_clearpay

        alipay: dict[str, Any] | None | Unset
        if isinstance(self.alipay, Unset):
            alipay = UNSET
        elif isinstance(self.alipay, PaymentFlowsPrivatePaymentMethodsAlipayDetails):
            alipay = self.alipay.to_dict()
        else:
            alipay = self.alipay

        au_becs_debit: dict[str, Any] | None | Unset
        if isinstance(self.au_becs_debit, Unset):
            au_becs_debit = UNSET
        elif isinstance(self.au_becs_debit, PaymentMethodDetailsAuBecsDebit):
            au_becs_debit = self.au_becs_debit.to_dict()
        else:
            au_becs_debit = self.au_becs_debit

        bacs_debit: dict[str, Any] | None | Unset
        if isinstance(self.bacs_debit, Unset):
            bacs_debit = UNSET
        elif isinstance(self.bacs_debit, PaymentMethodDetailsBacsDebit):
            bacs_debit = self.bacs_debit.to_dict()
        else:
            bacs_debit = self.bacs_debit

        bancontact: dict[str, Any] | None | Unset
        if isinstance(self.bancontact, Unset):
            bancontact = UNSET
        elif isinstance(self.bancontact, PaymentMethodDetailsBancontact):
            bancontact = self.bancontact.to_dict()
        else:
            bancontact = self.bancontact

        blik: dict[str, Any] | None | Unset
        if isinstance(self.blik, Unset):
            blik = UNSET
        elif isinstance(self.blik, PaymentMethodDetailsBlik):
            blik = self.blik.to_dict()
        else:
            blik = self.blik

        boleto: dict[str, Any] | None | Unset
        if isinstance(self.boleto, Unset):
            boleto = UNSET
        elif isinstance(self.boleto, PaymentMethodDetailsBoleto):
            boleto = self.boleto.to_dict()
        else:
            boleto = self.boleto

        card: dict[str, Any] | None | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PaymentMethodDetailsCard):
            card = self.card.to_dict()
        else:
            card = self.card

        card_present: dict[str, Any] | None | Unset
        if isinstance(self.card_present, Unset):
            card_present = UNSET
        elif isinstance(self.card_present, PaymentMethodDetailsCardPresent):
            card_present = self.card_present.to_dict()
        else:
            card_present = self.card_present

        cashapp: dict[str, Any] | None | Unset
        if isinstance(self.cashapp, Unset):
            cashapp = UNSET
        elif isinstance(self.cashapp, PaymentMethodDetailsCashapp):
            cashapp = self.cashapp.to_dict()
        else:
            cashapp = self.cashapp

        customer_balance: dict[str, Any] | None | Unset
        if isinstance(self.customer_balance, Unset):
            customer_balance = UNSET
        elif isinstance(self.customer_balance, PaymentMethodDetailsCustomerBalance):
            customer_balance = self.customer_balance.to_dict()
        else:
            customer_balance = self.customer_balance

        eps: dict[str, Any] | None | Unset
        if isinstance(self.eps, Unset):
            eps = UNSET
        elif isinstance(self.eps, PaymentMethodDetailsEps):
            eps = self.eps.to_dict()
        else:
            eps = self.eps

        fpx: dict[str, Any] | None | Unset
        if isinstance(self.fpx, Unset):
            fpx = UNSET
        elif isinstance(self.fpx, PaymentMethodDetailsFpx):
            fpx = self.fpx.to_dict()
        else:
            fpx = self.fpx

        giropay: dict[str, Any] | None | Unset
        if isinstance(self.giropay, Unset):
            giropay = UNSET
        elif isinstance(self.giropay, PaymentMethodDetailsGiropay):
            giropay = self.giropay.to_dict()
        else:
            giropay = self.giropay

        grabpay: dict[str, Any] | None | Unset
        if isinstance(self.grabpay, Unset):
            grabpay = UNSET
        elif isinstance(self.grabpay, PaymentMethodDetailsGrabpay):
            grabpay = self.grabpay.to_dict()
        else:
            grabpay = self.grabpay

        ideal: dict[str, Any] | None | Unset
        if isinstance(self.ideal, Unset):
            ideal = UNSET
        elif isinstance(self.ideal, PaymentMethodDetailsIdeal):
            ideal = self.ideal.to_dict()
        else:
            ideal = self.ideal

        interac_present: dict[str, Any] | None | Unset
        if isinstance(self.interac_present, Unset):
            interac_present = UNSET
        elif isinstance(self.interac_present, PaymentMethodDetailsInteracPresent):
            interac_present = self.interac_present.to_dict()
        else:
            interac_present = self.interac_present

        klarna: dict[str, Any] | None | Unset
        if isinstance(self.klarna, Unset):
            klarna = UNSET
        elif isinstance(self.klarna, PaymentMethodDetailsKlarna):
            klarna = self.klarna.to_dict()
        else:
            klarna = self.klarna

        konbini: dict[str, Any] | None | Unset
        if isinstance(self.konbini, Unset):
            konbini = UNSET
        elif isinstance(self.konbini, PaymentMethodDetailsKonbini):
            konbini = self.konbini.to_dict()
        else:
            konbini = self.konbini

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, PaymentMethodDetailsLink):
            link = self.link.to_dict()
        else:
            link = self.link

        multibanco: dict[str, Any] | None | Unset
        if isinstance(self.multibanco, Unset):
            multibanco = UNSET
        elif isinstance(self.multibanco, PaymentMethodDetailsMultibanco):
            multibanco = self.multibanco.to_dict()
        else:
            multibanco = self.multibanco

        oxxo: dict[str, Any] | None | Unset
        if isinstance(self.oxxo, Unset):
            oxxo = UNSET
        elif isinstance(self.oxxo, PaymentMethodDetailsOxxo):
            oxxo = self.oxxo.to_dict()
        else:
            oxxo = self.oxxo

        p24: dict[str, Any] | None | Unset
        if isinstance(self.p24, Unset):
            p24 = UNSET
        elif isinstance(self.p24, PaymentMethodDetailsP24):
            p24 = self.p24.to_dict()
        else:
            p24 = self.p24

        paynow: dict[str, Any] | None | Unset
        if isinstance(self.paynow, Unset):
            paynow = UNSET
        elif isinstance(self.paynow, PaymentMethodDetailsPaynow):
            paynow = self.paynow.to_dict()
        else:
            paynow = self.paynow

        paypal: dict[str, Any] | None | Unset
        if isinstance(self.paypal, Unset):
            paypal = UNSET
        elif isinstance(self.paypal, PaymentMethodDetailsPaypal):
            paypal = self.paypal.to_dict()
        else:
            paypal = self.paypal

        pix: dict[str, Any] | None | Unset
        if isinstance(self.pix, Unset):
            pix = UNSET
        elif isinstance(self.pix, PaymentMethodDetailsPix):
            pix = self.pix.to_dict()
        else:
            pix = self.pix

        promptpay: dict[str, Any] | None | Unset
        if isinstance(self.promptpay, Unset):
            promptpay = UNSET
        elif isinstance(self.promptpay, PaymentMethodDetailsPromptpay):
            promptpay = self.promptpay.to_dict()
        else:
            promptpay = self.promptpay

        sepa_debit: dict[str, Any] | None | Unset
        if isinstance(self.sepa_debit, Unset):
            sepa_debit = UNSET
        elif isinstance(self.sepa_debit, PaymentMethodDetailsSepaDebit):
            sepa_debit = self.sepa_debit.to_dict()
        else:
            sepa_debit = self.sepa_debit

        sofort: dict[str, Any] | None | Unset
        if isinstance(self.sofort, Unset):
            sofort = UNSET
        elif isinstance(self.sofort, PaymentMethodDetailsSofort):
            sofort = self.sofort.to_dict()
        else:
            sofort = self.sofort

        stripe_account: dict[str, Any] | None | Unset
        if isinstance(self.stripe_account, Unset):
            stripe_account = UNSET
        elif isinstance(self.stripe_account, PaymentMethodDetailsStripeAccount):
            stripe_account = self.stripe_account.to_dict()
        else:
            stripe_account = self.stripe_account

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        us_bank_account: dict[str, Any] | None | Unset
        if isinstance(self.us_bank_account, Unset):
            us_bank_account = UNSET
        elif isinstance(self.us_bank_account, PaymentMethodDetailsUsBankAccount):
            us_bank_account = self.us_bank_account.to_dict()
        else:
            us_bank_account = self.us_bank_account

        wechat: dict[str, Any] | None | Unset
        if isinstance(self.wechat, Unset):
            wechat = UNSET
        elif isinstance(self.wechat, PaymentMethodDetailsWechat):
            wechat = self.wechat.to_dict()
        else:
            wechat = self.wechat

        wechat_pay: dict[str, Any] | None | Unset
        if isinstance(self.wechat_pay, Unset):
            wechat_pay = UNSET
        elif isinstance(self.wechat_pay, PaymentMethodDetailsWechatPay):
            wechat_pay = self.wechat_pay.to_dict()
        else:
            wechat_pay = self.wechat_pay

        zip_: dict[str, Any] | None | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        elif isinstance(self.zip_, PaymentMethodDetailsZip):
            zip_ = self.zip_.to_dict()
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ach_credit_transfer is not UNSET:
            field_dict["ach_credit_transfer"] = ach_credit_transfer
        if ach_debit is not UNSET:
            field_dict["ach_debit"] = ach_debit
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
        if multibanco is not UNSET:
            field_dict["multibanco"] = multibanco
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
        if stripe_account is not UNSET:
            field_dict["stripe_account"] = stripe_account
        if type_ is not UNSET:
            field_dict["type"] = type_
        if us_bank_account is not UNSET:
            field_dict["us_bank_account"] = us_bank_account
        if wechat is not UNSET:
            field_dict["wechat"] = wechat
        if wechat_pay is not UNSET:
            field_dict["wechat_pay"] = wechat_pay
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_flows_private_payment_methods_alipay_details import (
            PaymentFlowsPrivatePaymentMethodsAlipayDetails,  # noqa: PLC0415
        )
        from ..models.payment_method_details_ach_credit_transfer import (
            PaymentMethodDetailsAchCreditTransfer,  # noqa: PLC0415
        )
        from ..models.payment_method_details_ach_debit import (
            PaymentMethodDetailsAchDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_acss_debit import (
            PaymentMethodDetailsAcssDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_affirm import PaymentMethodDetailsAffirm  # noqa: PLC0415
        from ..models.payment_method_details_afterpay_clearpay import (
            PaymentMethodDetailsAfterpayClearpay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_au_becs_debit import (
            PaymentMethodDetailsAuBecsDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_bacs_debit import (
            PaymentMethodDetailsBacsDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_bancontact import (
            PaymentMethodDetailsBancontact,  # noqa: PLC0415
        )
        from ..models.payment_method_details_blik import PaymentMethodDetailsBlik  # noqa: PLC0415
        from ..models.payment_method_details_boleto import PaymentMethodDetailsBoleto  # noqa: PLC0415
        from ..models.payment_method_details_card import PaymentMethodDetailsCard  # noqa: PLC0415
        from ..models.payment_method_details_card_present import (
            PaymentMethodDetailsCardPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_details_cashapp import PaymentMethodDetailsCashapp  # noqa: PLC0415
        from ..models.payment_method_details_customer_balance import (
            PaymentMethodDetailsCustomerBalance,  # noqa: PLC0415
        )
        from ..models.payment_method_details_eps import PaymentMethodDetailsEps  # noqa: PLC0415
        from ..models.payment_method_details_fpx import PaymentMethodDetailsFpx  # noqa: PLC0415
        from ..models.payment_method_details_giropay import PaymentMethodDetailsGiropay  # noqa: PLC0415
        from ..models.payment_method_details_grabpay import PaymentMethodDetailsGrabpay  # noqa: PLC0415
        from ..models.payment_method_details_ideal import PaymentMethodDetailsIdeal  # noqa: PLC0415
        from ..models.payment_method_details_interac_present import (
            PaymentMethodDetailsInteracPresent,  # noqa: PLC0415
        )
        from ..models.payment_method_details_klarna import PaymentMethodDetailsKlarna  # noqa: PLC0415
        from ..models.payment_method_details_konbini import PaymentMethodDetailsKonbini  # noqa: PLC0415
        from ..models.payment_method_details_link import PaymentMethodDetailsLink  # noqa: PLC0415
        from ..models.payment_method_details_multibanco import (
            PaymentMethodDetailsMultibanco,  # noqa: PLC0415
        )
        from ..models.payment_method_details_oxxo import PaymentMethodDetailsOxxo  # noqa: PLC0415
        from ..models.payment_method_details_p24 import PaymentMethodDetailsP24  # noqa: PLC0415
        from ..models.payment_method_details_paynow import PaymentMethodDetailsPaynow  # noqa: PLC0415
        from ..models.payment_method_details_paypal import PaymentMethodDetailsPaypal  # noqa: PLC0415
        from ..models.payment_method_details_pix import PaymentMethodDetailsPix  # noqa: PLC0415
        from ..models.payment_method_details_promptpay import (
            PaymentMethodDetailsPromptpay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_sepa_debit import (
            PaymentMethodDetailsSepaDebit,  # noqa: PLC0415
        )
        from ..models.payment_method_details_sofort import PaymentMethodDetailsSofort  # noqa: PLC0415
        from ..models.payment_method_details_stripe_account import (
            PaymentMethodDetailsStripeAccount,  # noqa: PLC0415
        )
        from ..models.payment_method_details_us_bank_account import (
            PaymentMethodDetailsUsBankAccount,  # noqa: PLC0415
        )
        from ..models.payment_method_details_wechat import PaymentMethodDetailsWechat  # noqa: PLC0415
        from ..models.payment_method_details_wechat_pay import (
            PaymentMethodDetailsWechatPay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_zip import PaymentMethodDetailsZip  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ach_credit_transfer(data: object) -> None | PaymentMethodDetailsAchCreditTransfer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ach_credit_transfer_type_0 = PaymentMethodDetailsAchCreditTransfer.from_dict(data)

                return ach_credit_transfer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsAchCreditTransfer | Unset, data)

        ach_credit_transfer = _parse_ach_credit_transfer(d.pop("ach_credit_transfer", UNSET))

        def _parse_ach_debit(data: object) -> None | PaymentMethodDetailsAchDebit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ach_debit_type_0 = PaymentMethodDetailsAchDebit.from_dict(data)

                return ach_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsAchDebit | Unset, data)

        ach_debit = _parse_ach_debit(d.pop("ach_debit", UNSET))

        def _parse_acss_debit(data: object) -> None | PaymentMethodDetailsAcssDebit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acss_debit_type_0 = PaymentMethodDetailsAcssDebit.from_dict(data)

                return acss_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsAcssDebit | Unset, data)

        acss_debit = _parse_acss_debit(d.pop("acss_debit", UNSET))

        def _parse_affirm(data: object) -> None | PaymentMethodDetailsAffirm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affirm_type_0 = PaymentMethodDetailsAffirm.from_dict(data)

                return affirm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsAffirm | Unset, data)

        affirm = _parse_affirm(d.pop("affirm", UNSET))

        def _parse_afterpay_clearpay(data: object) -> None | PaymentMethodDetailsAfterpayClearpay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                afterpay_clearpay_type_0 = PaymentMethodDetailsAfterpayClearpay.from_dict(data)

                return afterpay_clearpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsAfterpayClearpay | Unset, data)

        afterpay_clearpay = _parse_afterpay_clearpay(d.pop("afterpay_clearpay", UNSET))

        def _parse_alipay(data: object) -> None | PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alipay_type_0 = PaymentFlowsPrivatePaymentMethodsAlipayDetails.from_dict(data)

                return alipay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset, data)

        alipay = _parse_alipay(d.pop("alipay", UNSET))

        def _parse_au_becs_debit(data: object) -> None | PaymentMethodDetailsAuBecsDebit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                au_becs_debit_type_0 = PaymentMethodDetailsAuBecsDebit.from_dict(data)

                return au_becs_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsAuBecsDebit | Unset, data)

        au_becs_debit = _parse_au_becs_debit(d.pop("au_becs_debit", UNSET))

        def _parse_bacs_debit(data: object) -> None | PaymentMethodDetailsBacsDebit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bacs_debit_type_0 = PaymentMethodDetailsBacsDebit.from_dict(data)

                return bacs_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsBacsDebit | Unset, data)

        bacs_debit = _parse_bacs_debit(d.pop("bacs_debit", UNSET))

        def _parse_bancontact(data: object) -> None | PaymentMethodDetailsBancontact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bancontact_type_0 = PaymentMethodDetailsBancontact.from_dict(data)

                return bancontact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsBancontact | Unset, data)

        bancontact = _parse_bancontact(d.pop("bancontact", UNSET))

        def _parse_blik(data: object) -> None | PaymentMethodDetailsBlik | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blik_type_0 = PaymentMethodDetailsBlik.from_dict(data)

                return blik_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsBlik | Unset, data)

        blik = _parse_blik(d.pop("blik", UNSET))

        def _parse_boleto(data: object) -> None | PaymentMethodDetailsBoleto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_0 = PaymentMethodDetailsBoleto.from_dict(data)

                return boleto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsBoleto | Unset, data)

        boleto = _parse_boleto(d.pop("boleto", UNSET))

        def _parse_card(data: object) -> None | PaymentMethodDetailsCard | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PaymentMethodDetailsCard.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCard | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        def _parse_card_present(data: object) -> None | PaymentMethodDetailsCardPresent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_present_type_0 = PaymentMethodDetailsCardPresent.from_dict(data)

                return card_present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardPresent | Unset, data)

        card_present = _parse_card_present(d.pop("card_present", UNSET))

        def _parse_cashapp(data: object) -> None | PaymentMethodDetailsCashapp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cashapp_type_0 = PaymentMethodDetailsCashapp.from_dict(data)

                return cashapp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCashapp | Unset, data)

        cashapp = _parse_cashapp(d.pop("cashapp", UNSET))

        def _parse_customer_balance(data: object) -> None | PaymentMethodDetailsCustomerBalance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_balance_type_0 = PaymentMethodDetailsCustomerBalance.from_dict(data)

                return customer_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCustomerBalance | Unset, data)

        customer_balance = _parse_customer_balance(d.pop("customer_balance", UNSET))

        def _parse_eps(data: object) -> None | PaymentMethodDetailsEps | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eps_type_0 = PaymentMethodDetailsEps.from_dict(data)

                return eps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsEps | Unset, data)

        eps = _parse_eps(d.pop("eps", UNSET))

        def _parse_fpx(data: object) -> None | PaymentMethodDetailsFpx | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fpx_type_0 = PaymentMethodDetailsFpx.from_dict(data)

                return fpx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsFpx | Unset, data)

        fpx = _parse_fpx(d.pop("fpx", UNSET))

        def _parse_giropay(data: object) -> None | PaymentMethodDetailsGiropay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                giropay_type_0 = PaymentMethodDetailsGiropay.from_dict(data)

                return giropay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsGiropay | Unset, data)

        giropay = _parse_giropay(d.pop("giropay", UNSET))

        def _parse_grabpay(data: object) -> None | PaymentMethodDetailsGrabpay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grabpay_type_0 = PaymentMethodDetailsGrabpay.from_dict(data)

                return grabpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsGrabpay | Unset, data)

        grabpay = _parse_grabpay(d.pop("grabpay", UNSET))

        def _parse_ideal(data: object) -> None | PaymentMethodDetailsIdeal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ideal_type_0 = PaymentMethodDetailsIdeal.from_dict(data)

                return ideal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsIdeal | Unset, data)

        ideal = _parse_ideal(d.pop("ideal", UNSET))

        def _parse_interac_present(data: object) -> None | PaymentMethodDetailsInteracPresent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interac_present_type_0 = PaymentMethodDetailsInteracPresent.from_dict(data)

                return interac_present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsInteracPresent | Unset, data)

        interac_present = _parse_interac_present(d.pop("interac_present", UNSET))

        def _parse_klarna(data: object) -> None | PaymentMethodDetailsKlarna | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                klarna_type_0 = PaymentMethodDetailsKlarna.from_dict(data)

                return klarna_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsKlarna | Unset, data)

        klarna = _parse_klarna(d.pop("klarna", UNSET))

        def _parse_konbini(data: object) -> None | PaymentMethodDetailsKonbini | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_type_0 = PaymentMethodDetailsKonbini.from_dict(data)

                return konbini_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsKonbini | Unset, data)

        konbini = _parse_konbini(d.pop("konbini", UNSET))

        def _parse_link(data: object) -> None | PaymentMethodDetailsLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = PaymentMethodDetailsLink.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsLink | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_multibanco(data: object) -> None | PaymentMethodDetailsMultibanco | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                multibanco_type_0 = PaymentMethodDetailsMultibanco.from_dict(data)

                return multibanco_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsMultibanco | Unset, data)

        multibanco = _parse_multibanco(d.pop("multibanco", UNSET))

        def _parse_oxxo(data: object) -> None | PaymentMethodDetailsOxxo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oxxo_type_0 = PaymentMethodDetailsOxxo.from_dict(data)

                return oxxo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsOxxo | Unset, data)

        oxxo = _parse_oxxo(d.pop("oxxo", UNSET))

        def _parse_p24(data: object) -> None | PaymentMethodDetailsP24 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                p24_type_0 = PaymentMethodDetailsP24.from_dict(data)

                return p24_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsP24 | Unset, data)

        p24 = _parse_p24(d.pop("p24", UNSET))

        def _parse_paynow(data: object) -> None | PaymentMethodDetailsPaynow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paynow_type_0 = PaymentMethodDetailsPaynow.from_dict(data)

                return paynow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsPaynow | Unset, data)

        paynow = _parse_paynow(d.pop("paynow", UNSET))

        def _parse_paypal(data: object) -> None | PaymentMethodDetailsPaypal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paypal_type_0 = PaymentMethodDetailsPaypal.from_dict(data)

                return paypal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsPaypal | Unset, data)

        paypal = _parse_paypal(d.pop("paypal", UNSET))

        def _parse_pix(data: object) -> None | PaymentMethodDetailsPix | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_0 = PaymentMethodDetailsPix.from_dict(data)

                return pix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsPix | Unset, data)

        pix = _parse_pix(d.pop("pix", UNSET))

        def _parse_promptpay(data: object) -> None | PaymentMethodDetailsPromptpay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promptpay_type_0 = PaymentMethodDetailsPromptpay.from_dict(data)

                return promptpay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsPromptpay | Unset, data)

        promptpay = _parse_promptpay(d.pop("promptpay", UNSET))

        def _parse_sepa_debit(data: object) -> None | PaymentMethodDetailsSepaDebit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sepa_debit_type_0 = PaymentMethodDetailsSepaDebit.from_dict(data)

                return sepa_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsSepaDebit | Unset, data)

        sepa_debit = _parse_sepa_debit(d.pop("sepa_debit", UNSET))

        def _parse_sofort(data: object) -> None | PaymentMethodDetailsSofort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sofort_type_0 = PaymentMethodDetailsSofort.from_dict(data)

                return sofort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsSofort | Unset, data)

        sofort = _parse_sofort(d.pop("sofort", UNSET))

        def _parse_stripe_account(data: object) -> None | PaymentMethodDetailsStripeAccount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stripe_account_type_0 = PaymentMethodDetailsStripeAccount.from_dict(data)

                return stripe_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsStripeAccount | Unset, data)

        stripe_account = _parse_stripe_account(d.pop("stripe_account", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_us_bank_account(data: object) -> None | PaymentMethodDetailsUsBankAccount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_bank_account_type_0 = PaymentMethodDetailsUsBankAccount.from_dict(data)

                return us_bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsUsBankAccount | Unset, data)

        us_bank_account = _parse_us_bank_account(d.pop("us_bank_account", UNSET))

        def _parse_wechat(data: object) -> None | PaymentMethodDetailsWechat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_type_0 = PaymentMethodDetailsWechat.from_dict(data)

                return wechat_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsWechat | Unset, data)

        wechat = _parse_wechat(d.pop("wechat", UNSET))

        def _parse_wechat_pay(data: object) -> None | PaymentMethodDetailsWechatPay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_type_0 = PaymentMethodDetailsWechatPay.from_dict(data)

                return wechat_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsWechatPay | Unset, data)

        wechat_pay = _parse_wechat_pay(d.pop("wechat_pay", UNSET))

        def _parse_zip_(data: object) -> None | PaymentMethodDetailsZip | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zip_type_0 = PaymentMethodDetailsZip.from_dict(data)

                return zip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsZip | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        payment_method_details = cls(
            ach_credit_transfer=ach_credit_transfer,
            ach_debit=ach_debit,
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
            multibanco=multibanco,
            oxxo=oxxo,
            p24=p24,
            paynow=paynow,
            paypal=paypal,
            pix=pix,
            promptpay=promptpay,
            sepa_debit=sepa_debit,
            sofort=sofort,
            stripe_account=stripe_account,
            type_=type_,
            us_bank_account=us_bank_account,
            wechat=wechat,
            wechat_pay=wechat_pay,
            zip_=zip_,
        )

        payment_method_details.additional_properties = d
        return payment_method_details

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
