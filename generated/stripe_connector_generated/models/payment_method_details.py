from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        ach_credit_transfer (PaymentMethodDetailsAchCreditTransfer | Unset):
        ach_debit (PaymentMethodDetailsAchDebit | Unset):
        acss_debit (PaymentMethodDetailsAcssDebit | Unset):
        affirm (PaymentMethodDetailsAffirm | Unset):
        afterpay_clearpay (PaymentMethodDetailsAfterpayClearpay | Unset):
        alipay (PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset):
        au_becs_debit (PaymentMethodDetailsAuBecsDebit | Unset):
        bacs_debit (PaymentMethodDetailsBacsDebit | Unset):
        bancontact (PaymentMethodDetailsBancontact | Unset):
        blik (PaymentMethodDetailsBlik | Unset):
        boleto (PaymentMethodDetailsBoleto | Unset):
        card (PaymentMethodDetailsCard | Unset):
        card_present (PaymentMethodDetailsCardPresent | Unset):
        cashapp (PaymentMethodDetailsCashapp | Unset):
        customer_balance (PaymentMethodDetailsCustomerBalance | Unset):
        eps (PaymentMethodDetailsEps | Unset):
        fpx (PaymentMethodDetailsFpx | Unset):
        giropay (PaymentMethodDetailsGiropay | Unset):
        grabpay (PaymentMethodDetailsGrabpay | Unset):
        ideal (PaymentMethodDetailsIdeal | Unset):
        interac_present (PaymentMethodDetailsInteracPresent | Unset):
        klarna (PaymentMethodDetailsKlarna | Unset):
        konbini (PaymentMethodDetailsKonbini | Unset):
        link (PaymentMethodDetailsLink | Unset):
        multibanco (PaymentMethodDetailsMultibanco | Unset):
        oxxo (PaymentMethodDetailsOxxo | Unset):
        p24 (PaymentMethodDetailsP24 | Unset):
        paynow (PaymentMethodDetailsPaynow | Unset):
        paypal (PaymentMethodDetailsPaypal | Unset):
        pix (PaymentMethodDetailsPix | Unset):
        promptpay (PaymentMethodDetailsPromptpay | Unset):
        sepa_debit (PaymentMethodDetailsSepaDebit | Unset):
        sofort (PaymentMethodDetailsSofort | Unset):
        stripe_account (PaymentMethodDetailsStripeAccount | Unset):
        type_ (str | Unset): The type of transaction-specific details of the payment method used in the payment, one of
            `ach_credit_transfer`, `ach_debit`, `acss_debit`, `alipay`, `au_becs_debit`, `bancontact`, `card`,
            `card_present`, `eps`, `giropay`, `ideal`, `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`,
            `stripe_account`, or `wechat`.
            An additional hash is included on `payment_method_details` with a name matching this value.
            It contains information specific to the payment method.
        us_bank_account (PaymentMethodDetailsUsBankAccount | Unset):
        wechat (PaymentMethodDetailsWechat | Unset):
        wechat_pay (PaymentMethodDetailsWechatPay | Unset):
        zip_ (PaymentMethodDetailsZip | Unset):
    """

    ach_credit_transfer: PaymentMethodDetailsAchCreditTransfer | Unset = UNSET
    ach_debit: PaymentMethodDetailsAchDebit | Unset = UNSET
    acss_debit: PaymentMethodDetailsAcssDebit | Unset = UNSET
    affirm: PaymentMethodDetailsAffirm | Unset = UNSET
    afterpay_clearpay: PaymentMethodDetailsAfterpayClearpay | Unset = UNSET
    alipay: PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset = UNSET
    au_becs_debit: PaymentMethodDetailsAuBecsDebit | Unset = UNSET
    bacs_debit: PaymentMethodDetailsBacsDebit | Unset = UNSET
    bancontact: PaymentMethodDetailsBancontact | Unset = UNSET
    blik: PaymentMethodDetailsBlik | Unset = UNSET
    boleto: PaymentMethodDetailsBoleto | Unset = UNSET
    card: PaymentMethodDetailsCard | Unset = UNSET
    card_present: PaymentMethodDetailsCardPresent | Unset = UNSET
    cashapp: PaymentMethodDetailsCashapp | Unset = UNSET
    customer_balance: PaymentMethodDetailsCustomerBalance | Unset = UNSET
    eps: PaymentMethodDetailsEps | Unset = UNSET
    fpx: PaymentMethodDetailsFpx | Unset = UNSET
    giropay: PaymentMethodDetailsGiropay | Unset = UNSET
    grabpay: PaymentMethodDetailsGrabpay | Unset = UNSET
    ideal: PaymentMethodDetailsIdeal | Unset = UNSET
    interac_present: PaymentMethodDetailsInteracPresent | Unset = UNSET
    klarna: PaymentMethodDetailsKlarna | Unset = UNSET
    konbini: PaymentMethodDetailsKonbini | Unset = UNSET
    link: PaymentMethodDetailsLink | Unset = UNSET
    multibanco: PaymentMethodDetailsMultibanco | Unset = UNSET
    oxxo: PaymentMethodDetailsOxxo | Unset = UNSET
    p24: PaymentMethodDetailsP24 | Unset = UNSET
    paynow: PaymentMethodDetailsPaynow | Unset = UNSET
    paypal: PaymentMethodDetailsPaypal | Unset = UNSET
    pix: PaymentMethodDetailsPix | Unset = UNSET
    promptpay: PaymentMethodDetailsPromptpay | Unset = UNSET
    sepa_debit: PaymentMethodDetailsSepaDebit | Unset = UNSET
    sofort: PaymentMethodDetailsSofort | Unset = UNSET
    stripe_account: PaymentMethodDetailsStripeAccount | Unset = UNSET
    type_: str | Unset = UNSET
    us_bank_account: PaymentMethodDetailsUsBankAccount | Unset = UNSET
    wechat: PaymentMethodDetailsWechat | Unset = UNSET
    wechat_pay: PaymentMethodDetailsWechatPay | Unset = UNSET
    zip_: PaymentMethodDetailsZip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ach_credit_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ach_credit_transfer, Unset):
            ach_credit_transfer = self.ach_credit_transfer.to_dict()

        ach_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ach_debit, Unset):
            ach_debit = self.ach_debit.to_dict()

        acss_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acss_debit, Unset):
            acss_debit = self.acss_debit.to_dict()

        affirm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affirm, Unset):
            affirm = self.affirm.to_dict()

        afterpay_clearpay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.afterpay_clearpay, Unset):
            afterpay_clearpay = self.afterpay_clearpay.to_dict()

        alipay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alipay, Unset):
            alipay = self.alipay.to_dict()

        au_becs_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.au_becs_debit, Unset):
            au_becs_debit = self.au_becs_debit.to_dict()

        bacs_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bacs_debit, Unset):
            bacs_debit = self.bacs_debit.to_dict()

        bancontact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bancontact, Unset):
            bancontact = self.bancontact.to_dict()

        blik: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blik, Unset):
            blik = self.blik.to_dict()

        boleto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto, Unset):
            boleto = self.boleto.to_dict()

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        card_present: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_present, Unset):
            card_present = self.card_present.to_dict()

        cashapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashapp, Unset):
            cashapp = self.cashapp.to_dict()

        customer_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_balance, Unset):
            customer_balance = self.customer_balance.to_dict()

        eps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eps, Unset):
            eps = self.eps.to_dict()

        fpx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fpx, Unset):
            fpx = self.fpx.to_dict()

        giropay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.giropay, Unset):
            giropay = self.giropay.to_dict()

        grabpay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grabpay, Unset):
            grabpay = self.grabpay.to_dict()

        ideal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideal, Unset):
            ideal = self.ideal.to_dict()

        interac_present: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interac_present, Unset):
            interac_present = self.interac_present.to_dict()

        klarna: dict[str, Any] | Unset = UNSET
        if not isinstance(self.klarna, Unset):
            klarna = self.klarna.to_dict()

        konbini: dict[str, Any] | Unset = UNSET
        if not isinstance(self.konbini, Unset):
            konbini = self.konbini.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        multibanco: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multibanco, Unset):
            multibanco = self.multibanco.to_dict()

        oxxo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oxxo, Unset):
            oxxo = self.oxxo.to_dict()

        p24: dict[str, Any] | Unset = UNSET
        if not isinstance(self.p24, Unset):
            p24 = self.p24.to_dict()

        paynow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paynow, Unset):
            paynow = self.paynow.to_dict()

        paypal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paypal, Unset):
            paypal = self.paypal.to_dict()

        pix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix, Unset):
            pix = self.pix.to_dict()

        promptpay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promptpay, Unset):
            promptpay = self.promptpay.to_dict()

        sepa_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sepa_debit, Unset):
            sepa_debit = self.sepa_debit.to_dict()

        sofort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sofort, Unset):
            sofort = self.sofort.to_dict()

        stripe_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe_account, Unset):
            stripe_account = self.stripe_account.to_dict()

        type_ = self.type_

        us_bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_bank_account, Unset):
            us_bank_account = self.us_bank_account.to_dict()

        wechat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat, Unset):
            wechat = self.wechat.to_dict()

        wechat_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat_pay, Unset):
            wechat_pay = self.wechat_pay.to_dict()

        zip_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zip_, Unset):
            zip_ = self.zip_.to_dict()

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
        _ach_credit_transfer = d.pop("ach_credit_transfer", UNSET)
        ach_credit_transfer: PaymentMethodDetailsAchCreditTransfer | Unset
        if isinstance(_ach_credit_transfer, Unset):
            ach_credit_transfer = UNSET
        else:
            ach_credit_transfer = PaymentMethodDetailsAchCreditTransfer.from_dict(_ach_credit_transfer)

        _ach_debit = d.pop("ach_debit", UNSET)
        ach_debit: PaymentMethodDetailsAchDebit | Unset
        if isinstance(_ach_debit, Unset):
            ach_debit = UNSET
        else:
            ach_debit = PaymentMethodDetailsAchDebit.from_dict(_ach_debit)

        _acss_debit = d.pop("acss_debit", UNSET)
        acss_debit: PaymentMethodDetailsAcssDebit | Unset
        if isinstance(_acss_debit, Unset):
            acss_debit = UNSET
        else:
            acss_debit = PaymentMethodDetailsAcssDebit.from_dict(_acss_debit)

        _affirm = d.pop("affirm", UNSET)
        affirm: PaymentMethodDetailsAffirm | Unset
        if isinstance(_affirm, Unset):
            affirm = UNSET
        else:
            affirm = PaymentMethodDetailsAffirm.from_dict(_affirm)

        _afterpay_clearpay = d.pop("afterpay_clearpay", UNSET)
        afterpay_clearpay: PaymentMethodDetailsAfterpayClearpay | Unset
        if isinstance(_afterpay_clearpay, Unset):
            afterpay_clearpay = UNSET
        else:
            afterpay_clearpay = PaymentMethodDetailsAfterpayClearpay.from_dict(_afterpay_clearpay)

        _alipay = d.pop("alipay", UNSET)
        alipay: PaymentFlowsPrivatePaymentMethodsAlipayDetails | Unset
        if isinstance(_alipay, Unset):
            alipay = UNSET
        else:
            alipay = PaymentFlowsPrivatePaymentMethodsAlipayDetails.from_dict(_alipay)

        _au_becs_debit = d.pop("au_becs_debit", UNSET)
        au_becs_debit: PaymentMethodDetailsAuBecsDebit | Unset
        if isinstance(_au_becs_debit, Unset):
            au_becs_debit = UNSET
        else:
            au_becs_debit = PaymentMethodDetailsAuBecsDebit.from_dict(_au_becs_debit)

        _bacs_debit = d.pop("bacs_debit", UNSET)
        bacs_debit: PaymentMethodDetailsBacsDebit | Unset
        if isinstance(_bacs_debit, Unset):
            bacs_debit = UNSET
        else:
            bacs_debit = PaymentMethodDetailsBacsDebit.from_dict(_bacs_debit)

        _bancontact = d.pop("bancontact", UNSET)
        bancontact: PaymentMethodDetailsBancontact | Unset
        if isinstance(_bancontact, Unset):
            bancontact = UNSET
        else:
            bancontact = PaymentMethodDetailsBancontact.from_dict(_bancontact)

        _blik = d.pop("blik", UNSET)
        blik: PaymentMethodDetailsBlik | Unset
        if isinstance(_blik, Unset):
            blik = UNSET
        else:
            blik = PaymentMethodDetailsBlik.from_dict(_blik)

        _boleto = d.pop("boleto", UNSET)
        boleto: PaymentMethodDetailsBoleto | Unset
        if isinstance(_boleto, Unset):
            boleto = UNSET
        else:
            boleto = PaymentMethodDetailsBoleto.from_dict(_boleto)

        _card = d.pop("card", UNSET)
        card: PaymentMethodDetailsCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = PaymentMethodDetailsCard.from_dict(_card)

        _card_present = d.pop("card_present", UNSET)
        card_present: PaymentMethodDetailsCardPresent | Unset
        if isinstance(_card_present, Unset):
            card_present = UNSET
        else:
            card_present = PaymentMethodDetailsCardPresent.from_dict(_card_present)

        _cashapp = d.pop("cashapp", UNSET)
        cashapp: PaymentMethodDetailsCashapp | Unset
        if isinstance(_cashapp, Unset):
            cashapp = UNSET
        else:
            cashapp = PaymentMethodDetailsCashapp.from_dict(_cashapp)

        _customer_balance = d.pop("customer_balance", UNSET)
        customer_balance: PaymentMethodDetailsCustomerBalance | Unset
        if isinstance(_customer_balance, Unset):
            customer_balance = UNSET
        else:
            customer_balance = PaymentMethodDetailsCustomerBalance.from_dict(_customer_balance)

        _eps = d.pop("eps", UNSET)
        eps: PaymentMethodDetailsEps | Unset
        if isinstance(_eps, Unset):
            eps = UNSET
        else:
            eps = PaymentMethodDetailsEps.from_dict(_eps)

        _fpx = d.pop("fpx", UNSET)
        fpx: PaymentMethodDetailsFpx | Unset
        if isinstance(_fpx, Unset):
            fpx = UNSET
        else:
            fpx = PaymentMethodDetailsFpx.from_dict(_fpx)

        _giropay = d.pop("giropay", UNSET)
        giropay: PaymentMethodDetailsGiropay | Unset
        if isinstance(_giropay, Unset):
            giropay = UNSET
        else:
            giropay = PaymentMethodDetailsGiropay.from_dict(_giropay)

        _grabpay = d.pop("grabpay", UNSET)
        grabpay: PaymentMethodDetailsGrabpay | Unset
        if isinstance(_grabpay, Unset):
            grabpay = UNSET
        else:
            grabpay = PaymentMethodDetailsGrabpay.from_dict(_grabpay)

        _ideal = d.pop("ideal", UNSET)
        ideal: PaymentMethodDetailsIdeal | Unset
        if isinstance(_ideal, Unset):
            ideal = UNSET
        else:
            ideal = PaymentMethodDetailsIdeal.from_dict(_ideal)

        _interac_present = d.pop("interac_present", UNSET)
        interac_present: PaymentMethodDetailsInteracPresent | Unset
        if isinstance(_interac_present, Unset):
            interac_present = UNSET
        else:
            interac_present = PaymentMethodDetailsInteracPresent.from_dict(_interac_present)

        _klarna = d.pop("klarna", UNSET)
        klarna: PaymentMethodDetailsKlarna | Unset
        if isinstance(_klarna, Unset):
            klarna = UNSET
        else:
            klarna = PaymentMethodDetailsKlarna.from_dict(_klarna)

        _konbini = d.pop("konbini", UNSET)
        konbini: PaymentMethodDetailsKonbini | Unset
        if isinstance(_konbini, Unset):
            konbini = UNSET
        else:
            konbini = PaymentMethodDetailsKonbini.from_dict(_konbini)

        _link = d.pop("link", UNSET)
        link: PaymentMethodDetailsLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = PaymentMethodDetailsLink.from_dict(_link)

        _multibanco = d.pop("multibanco", UNSET)
        multibanco: PaymentMethodDetailsMultibanco | Unset
        if isinstance(_multibanco, Unset):
            multibanco = UNSET
        else:
            multibanco = PaymentMethodDetailsMultibanco.from_dict(_multibanco)

        _oxxo = d.pop("oxxo", UNSET)
        oxxo: PaymentMethodDetailsOxxo | Unset
        if isinstance(_oxxo, Unset):
            oxxo = UNSET
        else:
            oxxo = PaymentMethodDetailsOxxo.from_dict(_oxxo)

        _p24 = d.pop("p24", UNSET)
        p24: PaymentMethodDetailsP24 | Unset
        if isinstance(_p24, Unset):
            p24 = UNSET
        else:
            p24 = PaymentMethodDetailsP24.from_dict(_p24)

        _paynow = d.pop("paynow", UNSET)
        paynow: PaymentMethodDetailsPaynow | Unset
        if isinstance(_paynow, Unset):
            paynow = UNSET
        else:
            paynow = PaymentMethodDetailsPaynow.from_dict(_paynow)

        _paypal = d.pop("paypal", UNSET)
        paypal: PaymentMethodDetailsPaypal | Unset
        if isinstance(_paypal, Unset):
            paypal = UNSET
        else:
            paypal = PaymentMethodDetailsPaypal.from_dict(_paypal)

        _pix = d.pop("pix", UNSET)
        pix: PaymentMethodDetailsPix | Unset
        if isinstance(_pix, Unset):
            pix = UNSET
        else:
            pix = PaymentMethodDetailsPix.from_dict(_pix)

        _promptpay = d.pop("promptpay", UNSET)
        promptpay: PaymentMethodDetailsPromptpay | Unset
        if isinstance(_promptpay, Unset):
            promptpay = UNSET
        else:
            promptpay = PaymentMethodDetailsPromptpay.from_dict(_promptpay)

        _sepa_debit = d.pop("sepa_debit", UNSET)
        sepa_debit: PaymentMethodDetailsSepaDebit | Unset
        if isinstance(_sepa_debit, Unset):
            sepa_debit = UNSET
        else:
            sepa_debit = PaymentMethodDetailsSepaDebit.from_dict(_sepa_debit)

        _sofort = d.pop("sofort", UNSET)
        sofort: PaymentMethodDetailsSofort | Unset
        if isinstance(_sofort, Unset):
            sofort = UNSET
        else:
            sofort = PaymentMethodDetailsSofort.from_dict(_sofort)

        _stripe_account = d.pop("stripe_account", UNSET)
        stripe_account: PaymentMethodDetailsStripeAccount | Unset
        if isinstance(_stripe_account, Unset):
            stripe_account = UNSET
        else:
            stripe_account = PaymentMethodDetailsStripeAccount.from_dict(_stripe_account)

        type_ = d.pop("type", UNSET)

        _us_bank_account = d.pop("us_bank_account", UNSET)
        us_bank_account: PaymentMethodDetailsUsBankAccount | Unset
        if isinstance(_us_bank_account, Unset):
            us_bank_account = UNSET
        else:
            us_bank_account = PaymentMethodDetailsUsBankAccount.from_dict(_us_bank_account)

        _wechat = d.pop("wechat", UNSET)
        wechat: PaymentMethodDetailsWechat | Unset
        if isinstance(_wechat, Unset):
            wechat = UNSET
        else:
            wechat = PaymentMethodDetailsWechat.from_dict(_wechat)

        _wechat_pay = d.pop("wechat_pay", UNSET)
        wechat_pay: PaymentMethodDetailsWechatPay | Unset
        if isinstance(_wechat_pay, Unset):
            wechat_pay = UNSET
        else:
            wechat_pay = PaymentMethodDetailsWechatPay.from_dict(_wechat_pay)

        _zip_ = d.pop("zip", UNSET)
        zip_: PaymentMethodDetailsZip | Unset
        if isinstance(_zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = PaymentMethodDetailsZip.from_dict(_zip_)

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
