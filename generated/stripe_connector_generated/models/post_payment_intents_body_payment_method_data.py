from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_data_type import (
    PostPaymentIntentsBodyPaymentMethodDataType,
    check_post_payment_intents_body_payment_method_data_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_data_acss_debit import (
        PostPaymentIntentsBodyPaymentMethodDataAcssDebit,
    )
    from ..models.post_payment_intents_body_payment_method_data_affirm import (
        PostPaymentIntentsBodyPaymentMethodDataAffirm,
    )
    from ..models.post_payment_intents_body_payment_method_data_afterpay_clearpay import (
        PostPaymentIntentsBodyPaymentMethodDataAfterpayClearpay,
    )
    from ..models.post_payment_intents_body_payment_method_data_alipay import (
        PostPaymentIntentsBodyPaymentMethodDataAlipay,
    )
    from ..models.post_payment_intents_body_payment_method_data_au_becs_debit import (
        PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit,
    )
    from ..models.post_payment_intents_body_payment_method_data_bacs_debit import (
        PostPaymentIntentsBodyPaymentMethodDataBacsDebit,
    )
    from ..models.post_payment_intents_body_payment_method_data_bancontact import (
        PostPaymentIntentsBodyPaymentMethodDataBancontact,
    )
    from ..models.post_payment_intents_body_payment_method_data_billing_details import (
        PostPaymentIntentsBodyPaymentMethodDataBillingDetails,
    )
    from ..models.post_payment_intents_body_payment_method_data_blik import (
        PostPaymentIntentsBodyPaymentMethodDataBlik,
    )
    from ..models.post_payment_intents_body_payment_method_data_boleto import (
        PostPaymentIntentsBodyPaymentMethodDataBoleto,
    )
    from ..models.post_payment_intents_body_payment_method_data_cashapp import (
        PostPaymentIntentsBodyPaymentMethodDataCashapp,
    )
    from ..models.post_payment_intents_body_payment_method_data_customer_balance import (
        PostPaymentIntentsBodyPaymentMethodDataCustomerBalance,
    )
    from ..models.post_payment_intents_body_payment_method_data_eps import (
        PostPaymentIntentsBodyPaymentMethodDataEps,
    )
    from ..models.post_payment_intents_body_payment_method_data_fpx import (
        PostPaymentIntentsBodyPaymentMethodDataFpx,
    )
    from ..models.post_payment_intents_body_payment_method_data_giropay import (
        PostPaymentIntentsBodyPaymentMethodDataGiropay,
    )
    from ..models.post_payment_intents_body_payment_method_data_grabpay import (
        PostPaymentIntentsBodyPaymentMethodDataGrabpay,
    )
    from ..models.post_payment_intents_body_payment_method_data_ideal import (
        PostPaymentIntentsBodyPaymentMethodDataIdeal,
    )
    from ..models.post_payment_intents_body_payment_method_data_interac_present import (
        PostPaymentIntentsBodyPaymentMethodDataInteracPresent,
    )
    from ..models.post_payment_intents_body_payment_method_data_klarna import (
        PostPaymentIntentsBodyPaymentMethodDataKlarna,
    )
    from ..models.post_payment_intents_body_payment_method_data_konbini import (
        PostPaymentIntentsBodyPaymentMethodDataKonbini,
    )
    from ..models.post_payment_intents_body_payment_method_data_link import (
        PostPaymentIntentsBodyPaymentMethodDataLink,
    )
    from ..models.post_payment_intents_body_payment_method_data_metadata import (
        PostPaymentIntentsBodyPaymentMethodDataMetadata,
    )
    from ..models.post_payment_intents_body_payment_method_data_oxxo import (
        PostPaymentIntentsBodyPaymentMethodDataOxxo,
    )
    from ..models.post_payment_intents_body_payment_method_data_p24 import (
        PostPaymentIntentsBodyPaymentMethodDataP24,
    )
    from ..models.post_payment_intents_body_payment_method_data_paynow import (
        PostPaymentIntentsBodyPaymentMethodDataPaynow,
    )
    from ..models.post_payment_intents_body_payment_method_data_paypal import (
        PostPaymentIntentsBodyPaymentMethodDataPaypal,
    )
    from ..models.post_payment_intents_body_payment_method_data_pix import (
        PostPaymentIntentsBodyPaymentMethodDataPix,
    )
    from ..models.post_payment_intents_body_payment_method_data_promptpay import (
        PostPaymentIntentsBodyPaymentMethodDataPromptpay,
    )
    from ..models.post_payment_intents_body_payment_method_data_radar_options import (
        PostPaymentIntentsBodyPaymentMethodDataRadarOptions,
    )
    from ..models.post_payment_intents_body_payment_method_data_sepa_debit import (
        PostPaymentIntentsBodyPaymentMethodDataSepaDebit,
    )
    from ..models.post_payment_intents_body_payment_method_data_sofort import (
        PostPaymentIntentsBodyPaymentMethodDataSofort,
    )
    from ..models.post_payment_intents_body_payment_method_data_us_bank_account import (
        PostPaymentIntentsBodyPaymentMethodDataUsBankAccount,
    )
    from ..models.post_payment_intents_body_payment_method_data_wechat_pay import (
        PostPaymentIntentsBodyPaymentMethodDataWechatPay,
    )
    from ..models.post_payment_intents_body_payment_method_data_zip import (
        PostPaymentIntentsBodyPaymentMethodDataZip,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodData")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodData:
    """If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.

        Attributes:
            type_ (PostPaymentIntentsBodyPaymentMethodDataType):
            acss_debit (PostPaymentIntentsBodyPaymentMethodDataAcssDebit | Unset):
            affirm (PostPaymentIntentsBodyPaymentMethodDataAffirm | Unset):
            afterpay_clearpay (PostPaymentIntentsBodyPaymentMethodDataAfterpayClearpay | Unset):
            alipay (PostPaymentIntentsBodyPaymentMethodDataAlipay | Unset):
            au_becs_debit (PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit | Unset):
            bacs_debit (PostPaymentIntentsBodyPaymentMethodDataBacsDebit | Unset):
            bancontact (PostPaymentIntentsBodyPaymentMethodDataBancontact | Unset):
            billing_details (PostPaymentIntentsBodyPaymentMethodDataBillingDetails | Unset):
            blik (PostPaymentIntentsBodyPaymentMethodDataBlik | Unset):
            boleto (PostPaymentIntentsBodyPaymentMethodDataBoleto | Unset):
            cashapp (PostPaymentIntentsBodyPaymentMethodDataCashapp | Unset):
            customer_balance (PostPaymentIntentsBodyPaymentMethodDataCustomerBalance | Unset):
            eps (PostPaymentIntentsBodyPaymentMethodDataEps | Unset):
            fpx (PostPaymentIntentsBodyPaymentMethodDataFpx | Unset):
            giropay (PostPaymentIntentsBodyPaymentMethodDataGiropay | Unset):
            grabpay (PostPaymentIntentsBodyPaymentMethodDataGrabpay | Unset):
            ideal (PostPaymentIntentsBodyPaymentMethodDataIdeal | Unset):
            interac_present (PostPaymentIntentsBodyPaymentMethodDataInteracPresent | Unset):
            klarna (PostPaymentIntentsBodyPaymentMethodDataKlarna | Unset):
            konbini (PostPaymentIntentsBodyPaymentMethodDataKonbini | Unset):
            link (PostPaymentIntentsBodyPaymentMethodDataLink | Unset):
            metadata (PostPaymentIntentsBodyPaymentMethodDataMetadata | Unset):
            oxxo (PostPaymentIntentsBodyPaymentMethodDataOxxo | Unset):
            p24 (PostPaymentIntentsBodyPaymentMethodDataP24 | Unset):
            paynow (PostPaymentIntentsBodyPaymentMethodDataPaynow | Unset):
            paypal (PostPaymentIntentsBodyPaymentMethodDataPaypal | Unset):
            pix (PostPaymentIntentsBodyPaymentMethodDataPix | Unset):
            promptpay (PostPaymentIntentsBodyPaymentMethodDataPromptpay | Unset):
            radar_options (PostPaymentIntentsBodyPaymentMethodDataRadarOptions | Unset):
            sepa_debit (PostPaymentIntentsBodyPaymentMethodDataSepaDebit | Unset):
            sofort (PostPaymentIntentsBodyPaymentMethodDataSofort | Unset):
            us_bank_account (PostPaymentIntentsBodyPaymentMethodDataUsBankAccount | Unset):
            wechat_pay (PostPaymentIntentsBodyPaymentMethodDataWechatPay | Unset):
            zip_ (PostPaymentIntentsBodyPaymentMethodDataZip | Unset):
    """

    type_: PostPaymentIntentsBodyPaymentMethodDataType
    acss_debit: PostPaymentIntentsBodyPaymentMethodDataAcssDebit | Unset = UNSET
    affirm: PostPaymentIntentsBodyPaymentMethodDataAffirm | Unset = UNSET
    afterpay_clearpay: PostPaymentIntentsBodyPaymentMethodDataAfterpayClearpay | Unset = UNSET
    alipay: PostPaymentIntentsBodyPaymentMethodDataAlipay | Unset = UNSET
    au_becs_debit: PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit | Unset = UNSET
    bacs_debit: PostPaymentIntentsBodyPaymentMethodDataBacsDebit | Unset = UNSET
    bancontact: PostPaymentIntentsBodyPaymentMethodDataBancontact | Unset = UNSET
    billing_details: PostPaymentIntentsBodyPaymentMethodDataBillingDetails | Unset = UNSET
    blik: PostPaymentIntentsBodyPaymentMethodDataBlik | Unset = UNSET
    boleto: PostPaymentIntentsBodyPaymentMethodDataBoleto | Unset = UNSET
    cashapp: PostPaymentIntentsBodyPaymentMethodDataCashapp | Unset = UNSET
    customer_balance: PostPaymentIntentsBodyPaymentMethodDataCustomerBalance | Unset = UNSET
    eps: PostPaymentIntentsBodyPaymentMethodDataEps | Unset = UNSET
    fpx: PostPaymentIntentsBodyPaymentMethodDataFpx | Unset = UNSET
    giropay: PostPaymentIntentsBodyPaymentMethodDataGiropay | Unset = UNSET
    grabpay: PostPaymentIntentsBodyPaymentMethodDataGrabpay | Unset = UNSET
    ideal: PostPaymentIntentsBodyPaymentMethodDataIdeal | Unset = UNSET
    interac_present: PostPaymentIntentsBodyPaymentMethodDataInteracPresent | Unset = UNSET
    klarna: PostPaymentIntentsBodyPaymentMethodDataKlarna | Unset = UNSET
    konbini: PostPaymentIntentsBodyPaymentMethodDataKonbini | Unset = UNSET
    link: PostPaymentIntentsBodyPaymentMethodDataLink | Unset = UNSET
    metadata: PostPaymentIntentsBodyPaymentMethodDataMetadata | Unset = UNSET
    oxxo: PostPaymentIntentsBodyPaymentMethodDataOxxo | Unset = UNSET
    p24: PostPaymentIntentsBodyPaymentMethodDataP24 | Unset = UNSET
    paynow: PostPaymentIntentsBodyPaymentMethodDataPaynow | Unset = UNSET
    paypal: PostPaymentIntentsBodyPaymentMethodDataPaypal | Unset = UNSET
    pix: PostPaymentIntentsBodyPaymentMethodDataPix | Unset = UNSET
    promptpay: PostPaymentIntentsBodyPaymentMethodDataPromptpay | Unset = UNSET
    radar_options: PostPaymentIntentsBodyPaymentMethodDataRadarOptions | Unset = UNSET
    sepa_debit: PostPaymentIntentsBodyPaymentMethodDataSepaDebit | Unset = UNSET
    sofort: PostPaymentIntentsBodyPaymentMethodDataSofort | Unset = UNSET
    us_bank_account: PostPaymentIntentsBodyPaymentMethodDataUsBankAccount | Unset = UNSET
    wechat_pay: PostPaymentIntentsBodyPaymentMethodDataWechatPay | Unset = UNSET
    zip_: PostPaymentIntentsBodyPaymentMethodDataZip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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

        billing_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_details, Unset):
            billing_details = self.billing_details.to_dict()

        blik: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blik, Unset):
            blik = self.blik.to_dict()

        boleto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto, Unset):
            boleto = self.boleto.to_dict()

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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

        radar_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.radar_options, Unset):
            radar_options = self.radar_options.to_dict()

        sepa_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sepa_debit, Unset):
            sepa_debit = self.sepa_debit.to_dict()

        sofort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sofort, Unset):
            sofort = self.sofort.to_dict()

        us_bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_bank_account, Unset):
            us_bank_account = self.us_bank_account.to_dict()

        wechat_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat_pay, Unset):
            wechat_pay = self.wechat_pay.to_dict()

        zip_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zip_, Unset):
            zip_ = self.zip_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
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
        if billing_details is not UNSET:
            field_dict["billing_details"] = billing_details
        if blik is not UNSET:
            field_dict["blik"] = blik
        if boleto is not UNSET:
            field_dict["boleto"] = boleto
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        if radar_options is not UNSET:
            field_dict["radar_options"] = radar_options
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
        from ..models.post_payment_intents_body_payment_method_data_acss_debit import (
            PostPaymentIntentsBodyPaymentMethodDataAcssDebit,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_affirm import (
            PostPaymentIntentsBodyPaymentMethodDataAffirm,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_afterpay_clearpay import (
            PostPaymentIntentsBodyPaymentMethodDataAfterpayClearpay,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_alipay import (
            PostPaymentIntentsBodyPaymentMethodDataAlipay,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_au_becs_debit import (
            PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_bacs_debit import (
            PostPaymentIntentsBodyPaymentMethodDataBacsDebit,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_bancontact import (
            PostPaymentIntentsBodyPaymentMethodDataBancontact,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_billing_details import (
            PostPaymentIntentsBodyPaymentMethodDataBillingDetails,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_blik import (
            PostPaymentIntentsBodyPaymentMethodDataBlik,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_boleto import (
            PostPaymentIntentsBodyPaymentMethodDataBoleto,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_cashapp import (
            PostPaymentIntentsBodyPaymentMethodDataCashapp,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_customer_balance import (
            PostPaymentIntentsBodyPaymentMethodDataCustomerBalance,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_eps import (
            PostPaymentIntentsBodyPaymentMethodDataEps,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_fpx import (
            PostPaymentIntentsBodyPaymentMethodDataFpx,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_giropay import (
            PostPaymentIntentsBodyPaymentMethodDataGiropay,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_grabpay import (
            PostPaymentIntentsBodyPaymentMethodDataGrabpay,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_ideal import (
            PostPaymentIntentsBodyPaymentMethodDataIdeal,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_interac_present import (
            PostPaymentIntentsBodyPaymentMethodDataInteracPresent,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_klarna import (
            PostPaymentIntentsBodyPaymentMethodDataKlarna,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_konbini import (
            PostPaymentIntentsBodyPaymentMethodDataKonbini,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_link import (
            PostPaymentIntentsBodyPaymentMethodDataLink,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_metadata import (
            PostPaymentIntentsBodyPaymentMethodDataMetadata,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_oxxo import (
            PostPaymentIntentsBodyPaymentMethodDataOxxo,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_p24 import (
            PostPaymentIntentsBodyPaymentMethodDataP24,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_paynow import (
            PostPaymentIntentsBodyPaymentMethodDataPaynow,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_paypal import (
            PostPaymentIntentsBodyPaymentMethodDataPaypal,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_pix import (
            PostPaymentIntentsBodyPaymentMethodDataPix,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_promptpay import (
            PostPaymentIntentsBodyPaymentMethodDataPromptpay,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_radar_options import (
            PostPaymentIntentsBodyPaymentMethodDataRadarOptions,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_sepa_debit import (
            PostPaymentIntentsBodyPaymentMethodDataSepaDebit,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_sofort import (
            PostPaymentIntentsBodyPaymentMethodDataSofort,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_us_bank_account import (
            PostPaymentIntentsBodyPaymentMethodDataUsBankAccount,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_wechat_pay import (
            PostPaymentIntentsBodyPaymentMethodDataWechatPay,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data_zip import (
            PostPaymentIntentsBodyPaymentMethodDataZip,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = check_post_payment_intents_body_payment_method_data_type(d.pop("type"))

        _acss_debit = d.pop("acss_debit", UNSET)
        acss_debit: PostPaymentIntentsBodyPaymentMethodDataAcssDebit | Unset
        if isinstance(_acss_debit, Unset):
            acss_debit = UNSET
        else:
            acss_debit = PostPaymentIntentsBodyPaymentMethodDataAcssDebit.from_dict(_acss_debit)

        _affirm = d.pop("affirm", UNSET)
        affirm: PostPaymentIntentsBodyPaymentMethodDataAffirm | Unset
        if isinstance(_affirm, Unset):
            affirm = UNSET
        else:
            affirm = PostPaymentIntentsBodyPaymentMethodDataAffirm.from_dict(_affirm)

        _afterpay_clearpay = d.pop("afterpay_clearpay", UNSET)
        afterpay_clearpay: PostPaymentIntentsBodyPaymentMethodDataAfterpayClearpay | Unset
        if isinstance(_afterpay_clearpay, Unset):
            afterpay_clearpay = UNSET
        else:
            afterpay_clearpay = PostPaymentIntentsBodyPaymentMethodDataAfterpayClearpay.from_dict(
                _afterpay_clearpay
            )

        _alipay = d.pop("alipay", UNSET)
        alipay: PostPaymentIntentsBodyPaymentMethodDataAlipay | Unset
        if isinstance(_alipay, Unset):
            alipay = UNSET
        else:
            alipay = PostPaymentIntentsBodyPaymentMethodDataAlipay.from_dict(_alipay)

        _au_becs_debit = d.pop("au_becs_debit", UNSET)
        au_becs_debit: PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit | Unset
        if isinstance(_au_becs_debit, Unset):
            au_becs_debit = UNSET
        else:
            au_becs_debit = PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit.from_dict(_au_becs_debit)

        _bacs_debit = d.pop("bacs_debit", UNSET)
        bacs_debit: PostPaymentIntentsBodyPaymentMethodDataBacsDebit | Unset
        if isinstance(_bacs_debit, Unset):
            bacs_debit = UNSET
        else:
            bacs_debit = PostPaymentIntentsBodyPaymentMethodDataBacsDebit.from_dict(_bacs_debit)

        _bancontact = d.pop("bancontact", UNSET)
        bancontact: PostPaymentIntentsBodyPaymentMethodDataBancontact | Unset
        if isinstance(_bancontact, Unset):
            bancontact = UNSET
        else:
            bancontact = PostPaymentIntentsBodyPaymentMethodDataBancontact.from_dict(_bancontact)

        _billing_details = d.pop("billing_details", UNSET)
        billing_details: PostPaymentIntentsBodyPaymentMethodDataBillingDetails | Unset
        if isinstance(_billing_details, Unset):
            billing_details = UNSET
        else:
            billing_details = PostPaymentIntentsBodyPaymentMethodDataBillingDetails.from_dict(
                _billing_details
            )

        _blik = d.pop("blik", UNSET)
        blik: PostPaymentIntentsBodyPaymentMethodDataBlik | Unset
        if isinstance(_blik, Unset):
            blik = UNSET
        else:
            blik = PostPaymentIntentsBodyPaymentMethodDataBlik.from_dict(_blik)

        _boleto = d.pop("boleto", UNSET)
        boleto: PostPaymentIntentsBodyPaymentMethodDataBoleto | Unset
        if isinstance(_boleto, Unset):
            boleto = UNSET
        else:
            boleto = PostPaymentIntentsBodyPaymentMethodDataBoleto.from_dict(_boleto)

        _cashapp = d.pop("cashapp", UNSET)
        cashapp: PostPaymentIntentsBodyPaymentMethodDataCashapp | Unset
        if isinstance(_cashapp, Unset):
            cashapp = UNSET
        else:
            cashapp = PostPaymentIntentsBodyPaymentMethodDataCashapp.from_dict(_cashapp)

        _customer_balance = d.pop("customer_balance", UNSET)
        customer_balance: PostPaymentIntentsBodyPaymentMethodDataCustomerBalance | Unset
        if isinstance(_customer_balance, Unset):
            customer_balance = UNSET
        else:
            customer_balance = PostPaymentIntentsBodyPaymentMethodDataCustomerBalance.from_dict(
                _customer_balance
            )

        _eps = d.pop("eps", UNSET)
        eps: PostPaymentIntentsBodyPaymentMethodDataEps | Unset
        if isinstance(_eps, Unset):
            eps = UNSET
        else:
            eps = PostPaymentIntentsBodyPaymentMethodDataEps.from_dict(_eps)

        _fpx = d.pop("fpx", UNSET)
        fpx: PostPaymentIntentsBodyPaymentMethodDataFpx | Unset
        if isinstance(_fpx, Unset):
            fpx = UNSET
        else:
            fpx = PostPaymentIntentsBodyPaymentMethodDataFpx.from_dict(_fpx)

        _giropay = d.pop("giropay", UNSET)
        giropay: PostPaymentIntentsBodyPaymentMethodDataGiropay | Unset
        if isinstance(_giropay, Unset):
            giropay = UNSET
        else:
            giropay = PostPaymentIntentsBodyPaymentMethodDataGiropay.from_dict(_giropay)

        _grabpay = d.pop("grabpay", UNSET)
        grabpay: PostPaymentIntentsBodyPaymentMethodDataGrabpay | Unset
        if isinstance(_grabpay, Unset):
            grabpay = UNSET
        else:
            grabpay = PostPaymentIntentsBodyPaymentMethodDataGrabpay.from_dict(_grabpay)

        _ideal = d.pop("ideal", UNSET)
        ideal: PostPaymentIntentsBodyPaymentMethodDataIdeal | Unset
        if isinstance(_ideal, Unset):
            ideal = UNSET
        else:
            ideal = PostPaymentIntentsBodyPaymentMethodDataIdeal.from_dict(_ideal)

        _interac_present = d.pop("interac_present", UNSET)
        interac_present: PostPaymentIntentsBodyPaymentMethodDataInteracPresent | Unset
        if isinstance(_interac_present, Unset):
            interac_present = UNSET
        else:
            interac_present = PostPaymentIntentsBodyPaymentMethodDataInteracPresent.from_dict(
                _interac_present
            )

        _klarna = d.pop("klarna", UNSET)
        klarna: PostPaymentIntentsBodyPaymentMethodDataKlarna | Unset
        if isinstance(_klarna, Unset):
            klarna = UNSET
        else:
            klarna = PostPaymentIntentsBodyPaymentMethodDataKlarna.from_dict(_klarna)

        _konbini = d.pop("konbini", UNSET)
        konbini: PostPaymentIntentsBodyPaymentMethodDataKonbini | Unset
        if isinstance(_konbini, Unset):
            konbini = UNSET
        else:
            konbini = PostPaymentIntentsBodyPaymentMethodDataKonbini.from_dict(_konbini)

        _link = d.pop("link", UNSET)
        link: PostPaymentIntentsBodyPaymentMethodDataLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = PostPaymentIntentsBodyPaymentMethodDataLink.from_dict(_link)

        _metadata = d.pop("metadata", UNSET)
        metadata: PostPaymentIntentsBodyPaymentMethodDataMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PostPaymentIntentsBodyPaymentMethodDataMetadata.from_dict(_metadata)

        _oxxo = d.pop("oxxo", UNSET)
        oxxo: PostPaymentIntentsBodyPaymentMethodDataOxxo | Unset
        if isinstance(_oxxo, Unset):
            oxxo = UNSET
        else:
            oxxo = PostPaymentIntentsBodyPaymentMethodDataOxxo.from_dict(_oxxo)

        _p24 = d.pop("p24", UNSET)
        p24: PostPaymentIntentsBodyPaymentMethodDataP24 | Unset
        if isinstance(_p24, Unset):
            p24 = UNSET
        else:
            p24 = PostPaymentIntentsBodyPaymentMethodDataP24.from_dict(_p24)

        _paynow = d.pop("paynow", UNSET)
        paynow: PostPaymentIntentsBodyPaymentMethodDataPaynow | Unset
        if isinstance(_paynow, Unset):
            paynow = UNSET
        else:
            paynow = PostPaymentIntentsBodyPaymentMethodDataPaynow.from_dict(_paynow)

        _paypal = d.pop("paypal", UNSET)
        paypal: PostPaymentIntentsBodyPaymentMethodDataPaypal | Unset
        if isinstance(_paypal, Unset):
            paypal = UNSET
        else:
            paypal = PostPaymentIntentsBodyPaymentMethodDataPaypal.from_dict(_paypal)

        _pix = d.pop("pix", UNSET)
        pix: PostPaymentIntentsBodyPaymentMethodDataPix | Unset
        if isinstance(_pix, Unset):
            pix = UNSET
        else:
            pix = PostPaymentIntentsBodyPaymentMethodDataPix.from_dict(_pix)

        _promptpay = d.pop("promptpay", UNSET)
        promptpay: PostPaymentIntentsBodyPaymentMethodDataPromptpay | Unset
        if isinstance(_promptpay, Unset):
            promptpay = UNSET
        else:
            promptpay = PostPaymentIntentsBodyPaymentMethodDataPromptpay.from_dict(_promptpay)

        _radar_options = d.pop("radar_options", UNSET)
        radar_options: PostPaymentIntentsBodyPaymentMethodDataRadarOptions | Unset
        if isinstance(_radar_options, Unset):
            radar_options = UNSET
        else:
            radar_options = PostPaymentIntentsBodyPaymentMethodDataRadarOptions.from_dict(_radar_options)

        _sepa_debit = d.pop("sepa_debit", UNSET)
        sepa_debit: PostPaymentIntentsBodyPaymentMethodDataSepaDebit | Unset
        if isinstance(_sepa_debit, Unset):
            sepa_debit = UNSET
        else:
            sepa_debit = PostPaymentIntentsBodyPaymentMethodDataSepaDebit.from_dict(_sepa_debit)

        _sofort = d.pop("sofort", UNSET)
        sofort: PostPaymentIntentsBodyPaymentMethodDataSofort | Unset
        if isinstance(_sofort, Unset):
            sofort = UNSET
        else:
            sofort = PostPaymentIntentsBodyPaymentMethodDataSofort.from_dict(_sofort)

        _us_bank_account = d.pop("us_bank_account", UNSET)
        us_bank_account: PostPaymentIntentsBodyPaymentMethodDataUsBankAccount | Unset
        if isinstance(_us_bank_account, Unset):
            us_bank_account = UNSET
        else:
            us_bank_account = PostPaymentIntentsBodyPaymentMethodDataUsBankAccount.from_dict(_us_bank_account)

        _wechat_pay = d.pop("wechat_pay", UNSET)
        wechat_pay: PostPaymentIntentsBodyPaymentMethodDataWechatPay | Unset
        if isinstance(_wechat_pay, Unset):
            wechat_pay = UNSET
        else:
            wechat_pay = PostPaymentIntentsBodyPaymentMethodDataWechatPay.from_dict(_wechat_pay)

        _zip_ = d.pop("zip", UNSET)
        zip_: PostPaymentIntentsBodyPaymentMethodDataZip | Unset
        if isinstance(_zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = PostPaymentIntentsBodyPaymentMethodDataZip.from_dict(_zip_)

        post_payment_intents_body_payment_method_data = cls(
            type_=type_,
            acss_debit=acss_debit,
            affirm=affirm,
            afterpay_clearpay=afterpay_clearpay,
            alipay=alipay,
            au_becs_debit=au_becs_debit,
            bacs_debit=bacs_debit,
            bancontact=bancontact,
            billing_details=billing_details,
            blik=blik,
            boleto=boleto,
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
            metadata=metadata,
            oxxo=oxxo,
            p24=p24,
            paynow=paynow,
            paypal=paypal,
            pix=pix,
            promptpay=promptpay,
            radar_options=radar_options,
            sepa_debit=sepa_debit,
            sofort=sofort,
            us_bank_account=us_bank_account,
            wechat_pay=wechat_pay,
            zip_=zip_,
        )

        post_payment_intents_body_payment_method_data.additional_properties = d
        return post_payment_intents_body_payment_method_data

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
