from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_next_action_alipay_handle_redirect import (
        PaymentIntentNextActionAlipayHandleRedirect,
    )
    from ..models.payment_intent_next_action_boleto import PaymentIntentNextActionBoleto
    from ..models.payment_intent_next_action_card_await_notification import (
        PaymentIntentNextActionCardAwaitNotification,
    )
    from ..models.payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code import (
        PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
    )
    from ..models.payment_intent_next_action_display_bank_transfer_instructions import (
        PaymentIntentNextActionDisplayBankTransferInstructions,
    )
    from ..models.payment_intent_next_action_display_oxxo_details import (
        PaymentIntentNextActionDisplayOxxoDetails,
    )
    from ..models.payment_intent_next_action_konbini import PaymentIntentNextActionKonbini
    from ..models.payment_intent_next_action_paynow_display_qr_code import (
        PaymentIntentNextActionPaynowDisplayQrCode,
    )
    from ..models.payment_intent_next_action_pix_display_qr_code import (
        PaymentIntentNextActionPixDisplayQrCode,
    )
    from ..models.payment_intent_next_action_promptpay_display_qr_code import (
        PaymentIntentNextActionPromptpayDisplayQrCode,
    )
    from ..models.payment_intent_next_action_redirect_to_url import (
        PaymentIntentNextActionRedirectToUrl,
    )
    from ..models.payment_intent_next_action_use_stripe_sdk import (
        PaymentIntentNextActionUseStripeSdk,
    )
    from ..models.payment_intent_next_action_verify_with_microdeposits import (
        PaymentIntentNextActionVerifyWithMicrodeposits,
    )
    from ..models.payment_intent_next_action_wechat_pay_display_qr_code import (
        PaymentIntentNextActionWechatPayDisplayQrCode,
    )
    from ..models.payment_intent_next_action_wechat_pay_redirect_to_android_app import (
        PaymentIntentNextActionWechatPayRedirectToAndroidApp,
    )
    from ..models.payment_intent_next_action_wechat_pay_redirect_to_ios_app import (
        PaymentIntentNextActionWechatPayRedirectToIOSApp,
    )


T = TypeVar("T", bound="PaymentIntentNextAction")


@_attrs_define
class PaymentIntentNextAction:
    """
    Attributes:
        alipay_handle_redirect (PaymentIntentNextActionAlipayHandleRedirect | Unset):
        boleto_display_details (PaymentIntentNextActionBoleto | Unset):
        card_await_notification (PaymentIntentNextActionCardAwaitNotification | Unset):
        cashapp_handle_redirect_or_display_qr_code (PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode |
            Unset):
        display_bank_transfer_instructions (PaymentIntentNextActionDisplayBankTransferInstructions | Unset):
        konbini_display_details (PaymentIntentNextActionKonbini | Unset):
        oxxo_display_details (PaymentIntentNextActionDisplayOxxoDetails | Unset):
        paynow_display_qr_code (PaymentIntentNextActionPaynowDisplayQrCode | Unset):
        pix_display_qr_code (PaymentIntentNextActionPixDisplayQrCode | Unset):
        promptpay_display_qr_code (PaymentIntentNextActionPromptpayDisplayQrCode | Unset):
        redirect_to_url (PaymentIntentNextActionRedirectToUrl | Unset):
        type_ (str | Unset): Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
            `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
        use_stripe_sdk (PaymentIntentNextActionUseStripeSdk | Unset): When confirming a PaymentIntent with Stripe.js,
            Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents
            is subject to change and is only intended to be used by Stripe.js.
        verify_with_microdeposits (PaymentIntentNextActionVerifyWithMicrodeposits | Unset):
        wechat_pay_display_qr_code (PaymentIntentNextActionWechatPayDisplayQrCode | Unset):
        wechat_pay_redirect_to_android_app (PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset):
        wechat_pay_redirect_to_ios_app (PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset):
    """

    alipay_handle_redirect: PaymentIntentNextActionAlipayHandleRedirect | Unset = UNSET
    boleto_display_details: PaymentIntentNextActionBoleto | Unset = UNSET
    card_await_notification: PaymentIntentNextActionCardAwaitNotification | Unset = UNSET
    cashapp_handle_redirect_or_display_qr_code: (
        PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | Unset
    ) = UNSET
    display_bank_transfer_instructions: PaymentIntentNextActionDisplayBankTransferInstructions | Unset = UNSET
    konbini_display_details: PaymentIntentNextActionKonbini | Unset = UNSET
    oxxo_display_details: PaymentIntentNextActionDisplayOxxoDetails | Unset = UNSET
    paynow_display_qr_code: PaymentIntentNextActionPaynowDisplayQrCode | Unset = UNSET
    pix_display_qr_code: PaymentIntentNextActionPixDisplayQrCode | Unset = UNSET
    promptpay_display_qr_code: PaymentIntentNextActionPromptpayDisplayQrCode | Unset = UNSET
    redirect_to_url: PaymentIntentNextActionRedirectToUrl | Unset = UNSET
    type_: str | Unset = UNSET
    use_stripe_sdk: PaymentIntentNextActionUseStripeSdk | Unset = UNSET
    verify_with_microdeposits: PaymentIntentNextActionVerifyWithMicrodeposits | Unset = UNSET
    wechat_pay_display_qr_code: PaymentIntentNextActionWechatPayDisplayQrCode | Unset = UNSET
    wechat_pay_redirect_to_android_app: PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset = UNSET
    wechat_pay_redirect_to_ios_app: PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alipay_handle_redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alipay_handle_redirect, Unset):
            alipay_handle_redirect = self.alipay_handle_redirect.to_dict()

        boleto_display_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto_display_details, Unset):
            boleto_display_details = self.boleto_display_details.to_dict()

        card_await_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_await_notification, Unset):
            card_await_notification = self.card_await_notification.to_dict()

        cashapp_handle_redirect_or_display_qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashapp_handle_redirect_or_display_qr_code, Unset):
            cashapp_handle_redirect_or_display_qr_code = (
                self.cashapp_handle_redirect_or_display_qr_code.to_dict()
            )

        display_bank_transfer_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_bank_transfer_instructions, Unset):
            display_bank_transfer_instructions = self.display_bank_transfer_instructions.to_dict()

        konbini_display_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.konbini_display_details, Unset):
            konbini_display_details = self.konbini_display_details.to_dict()

        oxxo_display_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oxxo_display_details, Unset):
            oxxo_display_details = self.oxxo_display_details.to_dict()

        paynow_display_qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paynow_display_qr_code, Unset):
            paynow_display_qr_code = self.paynow_display_qr_code.to_dict()

        pix_display_qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix_display_qr_code, Unset):
            pix_display_qr_code = self.pix_display_qr_code.to_dict()

        promptpay_display_qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promptpay_display_qr_code, Unset):
            promptpay_display_qr_code = self.promptpay_display_qr_code.to_dict()

        redirect_to_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_to_url, Unset):
            redirect_to_url = self.redirect_to_url.to_dict()

        type_ = self.type_

        use_stripe_sdk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_stripe_sdk, Unset):
            use_stripe_sdk = self.use_stripe_sdk.to_dict()

        verify_with_microdeposits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verify_with_microdeposits, Unset):
            verify_with_microdeposits = self.verify_with_microdeposits.to_dict()

        wechat_pay_display_qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat_pay_display_qr_code, Unset):
            wechat_pay_display_qr_code = self.wechat_pay_display_qr_code.to_dict()

        wechat_pay_redirect_to_android_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat_pay_redirect_to_android_app, Unset):
            wechat_pay_redirect_to_android_app = self.wechat_pay_redirect_to_android_app.to_dict()

        wechat_pay_redirect_to_ios_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat_pay_redirect_to_ios_app, Unset):
            wechat_pay_redirect_to_ios_app = self.wechat_pay_redirect_to_ios_app.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alipay_handle_redirect is not UNSET:
            field_dict["alipay_handle_redirect"] = alipay_handle_redirect
        if boleto_display_details is not UNSET:
            field_dict["boleto_display_details"] = boleto_display_details
        if card_await_notification is not UNSET:
            field_dict["card_await_notification"] = card_await_notification
        if cashapp_handle_redirect_or_display_qr_code is not UNSET:
            field_dict["cashapp_handle_redirect_or_display_qr_code"] = (
                cashapp_handle_redirect_or_display_qr_code
            )
        if display_bank_transfer_instructions is not UNSET:
            field_dict["display_bank_transfer_instructions"] = display_bank_transfer_instructions
        if konbini_display_details is not UNSET:
            field_dict["konbini_display_details"] = konbini_display_details
        if oxxo_display_details is not UNSET:
            field_dict["oxxo_display_details"] = oxxo_display_details
        if paynow_display_qr_code is not UNSET:
            field_dict["paynow_display_qr_code"] = paynow_display_qr_code
        if pix_display_qr_code is not UNSET:
            field_dict["pix_display_qr_code"] = pix_display_qr_code
        if promptpay_display_qr_code is not UNSET:
            field_dict["promptpay_display_qr_code"] = promptpay_display_qr_code
        if redirect_to_url is not UNSET:
            field_dict["redirect_to_url"] = redirect_to_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_stripe_sdk is not UNSET:
            field_dict["use_stripe_sdk"] = use_stripe_sdk
        if verify_with_microdeposits is not UNSET:
            field_dict["verify_with_microdeposits"] = verify_with_microdeposits
        if wechat_pay_display_qr_code is not UNSET:
            field_dict["wechat_pay_display_qr_code"] = wechat_pay_display_qr_code
        if wechat_pay_redirect_to_android_app is not UNSET:
            field_dict["wechat_pay_redirect_to_android_app"] = wechat_pay_redirect_to_android_app
        if wechat_pay_redirect_to_ios_app is not UNSET:
            field_dict["wechat_pay_redirect_to_ios_app"] = wechat_pay_redirect_to_ios_app

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_next_action_alipay_handle_redirect import (
            PaymentIntentNextActionAlipayHandleRedirect,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_boleto import (
            PaymentIntentNextActionBoleto,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_card_await_notification import (
            PaymentIntentNextActionCardAwaitNotification,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code import (
            PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_display_bank_transfer_instructions import (
            PaymentIntentNextActionDisplayBankTransferInstructions,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_display_oxxo_details import (
            PaymentIntentNextActionDisplayOxxoDetails,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini import (
            PaymentIntentNextActionKonbini,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_paynow_display_qr_code import (
            PaymentIntentNextActionPaynowDisplayQrCode,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_pix_display_qr_code import (
            PaymentIntentNextActionPixDisplayQrCode,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_promptpay_display_qr_code import (
            PaymentIntentNextActionPromptpayDisplayQrCode,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_redirect_to_url import (
            PaymentIntentNextActionRedirectToUrl,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_use_stripe_sdk import (
            PaymentIntentNextActionUseStripeSdk,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_verify_with_microdeposits import (
            PaymentIntentNextActionVerifyWithMicrodeposits,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_wechat_pay_display_qr_code import (
            PaymentIntentNextActionWechatPayDisplayQrCode,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_wechat_pay_redirect_to_android_app import (
            PaymentIntentNextActionWechatPayRedirectToAndroidApp,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_wechat_pay_redirect_to_ios_app import (
            PaymentIntentNextActionWechatPayRedirectToIOSApp,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _alipay_handle_redirect = d.pop("alipay_handle_redirect", UNSET)
        alipay_handle_redirect: PaymentIntentNextActionAlipayHandleRedirect | Unset
        if isinstance(_alipay_handle_redirect, Unset):
            alipay_handle_redirect = UNSET
        else:
            alipay_handle_redirect = PaymentIntentNextActionAlipayHandleRedirect.from_dict(
                _alipay_handle_redirect
            )

        _boleto_display_details = d.pop("boleto_display_details", UNSET)
        boleto_display_details: PaymentIntentNextActionBoleto | Unset
        if isinstance(_boleto_display_details, Unset):
            boleto_display_details = UNSET
        else:
            boleto_display_details = PaymentIntentNextActionBoleto.from_dict(_boleto_display_details)

        _card_await_notification = d.pop("card_await_notification", UNSET)
        card_await_notification: PaymentIntentNextActionCardAwaitNotification | Unset
        if isinstance(_card_await_notification, Unset):
            card_await_notification = UNSET
        else:
            card_await_notification = PaymentIntentNextActionCardAwaitNotification.from_dict(
                _card_await_notification
            )

        _cashapp_handle_redirect_or_display_qr_code = d.pop(
            "cashapp_handle_redirect_or_display_qr_code", UNSET
        )
        cashapp_handle_redirect_or_display_qr_code: (
            PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | Unset
        )
        if isinstance(_cashapp_handle_redirect_or_display_qr_code, Unset):
            cashapp_handle_redirect_or_display_qr_code = UNSET
        else:
            cashapp_handle_redirect_or_display_qr_code = (
                PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode.from_dict(
                    _cashapp_handle_redirect_or_display_qr_code
                )
            )

        _display_bank_transfer_instructions = d.pop("display_bank_transfer_instructions", UNSET)
        display_bank_transfer_instructions: PaymentIntentNextActionDisplayBankTransferInstructions | Unset
        if isinstance(_display_bank_transfer_instructions, Unset):
            display_bank_transfer_instructions = UNSET
        else:
            display_bank_transfer_instructions = (
                PaymentIntentNextActionDisplayBankTransferInstructions.from_dict(
                    _display_bank_transfer_instructions
                )
            )

        _konbini_display_details = d.pop("konbini_display_details", UNSET)
        konbini_display_details: PaymentIntentNextActionKonbini | Unset
        if isinstance(_konbini_display_details, Unset):
            konbini_display_details = UNSET
        else:
            konbini_display_details = PaymentIntentNextActionKonbini.from_dict(_konbini_display_details)

        _oxxo_display_details = d.pop("oxxo_display_details", UNSET)
        oxxo_display_details: PaymentIntentNextActionDisplayOxxoDetails | Unset
        if isinstance(_oxxo_display_details, Unset):
            oxxo_display_details = UNSET
        else:
            oxxo_display_details = PaymentIntentNextActionDisplayOxxoDetails.from_dict(_oxxo_display_details)

        _paynow_display_qr_code = d.pop("paynow_display_qr_code", UNSET)
        paynow_display_qr_code: PaymentIntentNextActionPaynowDisplayQrCode | Unset
        if isinstance(_paynow_display_qr_code, Unset):
            paynow_display_qr_code = UNSET
        else:
            paynow_display_qr_code = PaymentIntentNextActionPaynowDisplayQrCode.from_dict(
                _paynow_display_qr_code
            )

        _pix_display_qr_code = d.pop("pix_display_qr_code", UNSET)
        pix_display_qr_code: PaymentIntentNextActionPixDisplayQrCode | Unset
        if isinstance(_pix_display_qr_code, Unset):
            pix_display_qr_code = UNSET
        else:
            pix_display_qr_code = PaymentIntentNextActionPixDisplayQrCode.from_dict(_pix_display_qr_code)

        _promptpay_display_qr_code = d.pop("promptpay_display_qr_code", UNSET)
        promptpay_display_qr_code: PaymentIntentNextActionPromptpayDisplayQrCode | Unset
        if isinstance(_promptpay_display_qr_code, Unset):
            promptpay_display_qr_code = UNSET
        else:
            promptpay_display_qr_code = PaymentIntentNextActionPromptpayDisplayQrCode.from_dict(
                _promptpay_display_qr_code
            )

        _redirect_to_url = d.pop("redirect_to_url", UNSET)
        redirect_to_url: PaymentIntentNextActionRedirectToUrl | Unset
        if isinstance(_redirect_to_url, Unset):
            redirect_to_url = UNSET
        else:
            redirect_to_url = PaymentIntentNextActionRedirectToUrl.from_dict(_redirect_to_url)

        type_ = d.pop("type", UNSET)

        _use_stripe_sdk = d.pop("use_stripe_sdk", UNSET)
        use_stripe_sdk: PaymentIntentNextActionUseStripeSdk | Unset
        if isinstance(_use_stripe_sdk, Unset):
            use_stripe_sdk = UNSET
        else:
            use_stripe_sdk = PaymentIntentNextActionUseStripeSdk.from_dict(_use_stripe_sdk)

        _verify_with_microdeposits = d.pop("verify_with_microdeposits", UNSET)
        verify_with_microdeposits: PaymentIntentNextActionVerifyWithMicrodeposits | Unset
        if isinstance(_verify_with_microdeposits, Unset):
            verify_with_microdeposits = UNSET
        else:
            verify_with_microdeposits = PaymentIntentNextActionVerifyWithMicrodeposits.from_dict(
                _verify_with_microdeposits
            )

        _wechat_pay_display_qr_code = d.pop("wechat_pay_display_qr_code", UNSET)
        wechat_pay_display_qr_code: PaymentIntentNextActionWechatPayDisplayQrCode | Unset
        if isinstance(_wechat_pay_display_qr_code, Unset):
            wechat_pay_display_qr_code = UNSET
        else:
            wechat_pay_display_qr_code = PaymentIntentNextActionWechatPayDisplayQrCode.from_dict(
                _wechat_pay_display_qr_code
            )

        _wechat_pay_redirect_to_android_app = d.pop("wechat_pay_redirect_to_android_app", UNSET)
        wechat_pay_redirect_to_android_app: PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset
        if isinstance(_wechat_pay_redirect_to_android_app, Unset):
            wechat_pay_redirect_to_android_app = UNSET
        else:
            wechat_pay_redirect_to_android_app = (
                PaymentIntentNextActionWechatPayRedirectToAndroidApp.from_dict(
                    _wechat_pay_redirect_to_android_app
                )
            )

        _wechat_pay_redirect_to_ios_app = d.pop("wechat_pay_redirect_to_ios_app", UNSET)
        wechat_pay_redirect_to_ios_app: PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset
        if isinstance(_wechat_pay_redirect_to_ios_app, Unset):
            wechat_pay_redirect_to_ios_app = UNSET
        else:
            wechat_pay_redirect_to_ios_app = PaymentIntentNextActionWechatPayRedirectToIOSApp.from_dict(
                _wechat_pay_redirect_to_ios_app
            )

        payment_intent_next_action = cls(
            alipay_handle_redirect=alipay_handle_redirect,
            boleto_display_details=boleto_display_details,
            card_await_notification=card_await_notification,
            cashapp_handle_redirect_or_display_qr_code=cashapp_handle_redirect_or_display_qr_code,
            display_bank_transfer_instructions=display_bank_transfer_instructions,
            konbini_display_details=konbini_display_details,
            oxxo_display_details=oxxo_display_details,
            paynow_display_qr_code=paynow_display_qr_code,
            pix_display_qr_code=pix_display_qr_code,
            promptpay_display_qr_code=promptpay_display_qr_code,
            redirect_to_url=redirect_to_url,
            type_=type_,
            use_stripe_sdk=use_stripe_sdk,
            verify_with_microdeposits=verify_with_microdeposits,
            wechat_pay_display_qr_code=wechat_pay_display_qr_code,
            wechat_pay_redirect_to_android_app=wechat_pay_redirect_to_android_app,
            wechat_pay_redirect_to_ios_app=wechat_pay_redirect_to_ios_app,
        )

        payment_intent_next_action.additional_properties = d
        return payment_intent_next_action

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
