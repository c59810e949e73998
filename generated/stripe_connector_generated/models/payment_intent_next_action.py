from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.payment_intent_next_action_use_stripe_sdk_type_0 import (
        PaymentIntentNextActionUseStripeSdkType0,
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
        alipay_handle_redirect (None | PaymentIntentNextActionAlipayHandleRedirect | Unset):
        boleto_display_details (None | PaymentIntentNextActionBoleto | Unset):
        card_await_notification (None | PaymentIntentNextActionCardAwaitNotification | Unset):
        cashapp_handle_redirect_or_display_qr_code (None | PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode |
            Unset):
        display_bank_transfer_instructions (None | PaymentIntentNextActionDisplayBankTransferInstructions | Unset):
        konbini_display_details (None | PaymentIntentNextActionKonbini | Unset):
        oxxo_display_details (None | PaymentIntentNextActionDisplayOxxoDetails | Unset):
        paynow_display_qr_code (None | PaymentIntentNextActionPaynowDisplayQrCode | Unset):
        pix_display_qr_code (None | PaymentIntentNextActionPixDisplayQrCode | Unset):
        promptpay_display_qr_code (None | PaymentIntentNextActionPromptpayDisplayQrCode | Unset):
        redirect_to_url (None | PaymentIntentNextActionRedirectToUrl | Unset):
        type_ (None | str | Unset): Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
            `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
        use_stripe_sdk (None | PaymentIntentNextActionUseStripeSdkType0 | Unset): When confirming a PaymentIntent with
            Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the
            contents is subject to change and is only intended to be used by Stripe.js.
        verify_with_microdeposits (None | PaymentIntentNextActionVerifyWithMicrodeposits | Unset):
        wechat_pay_display_qr_code (None | PaymentIntentNextActionWechatPayDisplayQrCode | Unset):
        wechat_pay_redirect_to_android_app (None | PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset):
        wechat_pay_redirect_to_ios_app (None | PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset):
    """

    alipay_handle_redirect: None | PaymentIntentNextActionAlipayHandleRedirect | Unset = UNSET
    boleto_display_details: None | PaymentIntentNextActionBoleto | Unset = UNSET
    card_await_notification: None | PaymentIntentNextActionCardAwaitNotification | Unset = UNSET
    cashapp_handle_redirect_or_display_qr_code: (
        None | PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | Unset
    ) = UNSET
    display_bank_transfer_instructions: (
        None | PaymentIntentNextActionDisplayBankTransferInstructions | Unset
    ) = UNSET
    konbini_display_details: None | PaymentIntentNextActionKonbini | Unset = UNSET
    oxxo_display_details: None | PaymentIntentNextActionDisplayOxxoDetails | Unset = UNSET
    paynow_display_qr_code: None | PaymentIntentNextActionPaynowDisplayQrCode | Unset = UNSET
    pix_display_qr_code: None | PaymentIntentNextActionPixDisplayQrCode | Unset = UNSET
    promptpay_display_qr_code: None | PaymentIntentNextActionPromptpayDisplayQrCode | Unset = UNSET
    redirect_to_url: None | PaymentIntentNextActionRedirectToUrl | Unset = UNSET
    type_: None | str | Unset = UNSET
    use_stripe_sdk: None | PaymentIntentNextActionUseStripeSdkType0 | Unset = UNSET
    verify_with_microdeposits: None | PaymentIntentNextActionVerifyWithMicrodeposits | Unset = UNSET
    wechat_pay_display_qr_code: None | PaymentIntentNextActionWechatPayDisplayQrCode | Unset = UNSET
    wechat_pay_redirect_to_android_app: (
        None | PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset
    ) = UNSET
    wechat_pay_redirect_to_ios_app: None | PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.payment_intent_next_action_use_stripe_sdk_type_0 import (
            PaymentIntentNextActionUseStripeSdkType0,  # noqa: PLC0415
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

        alipay_handle_redirect: dict[str, Any] | None | Unset
        if isinstance(self.alipay_handle_redirect, Unset):
            alipay_handle_redirect = UNSET
        elif isinstance(self.alipay_handle_redirect, PaymentIntentNextActionAlipayHandleRedirect):
            alipay_handle_redirect = self.alipay_handle_redirect.to_dict()
        else:
            alipay_handle_redirect = self.alipay_handle_redirect

        boleto_display_details: dict[str, Any] | None | Unset
        if isinstance(self.boleto_display_details, Unset):
            boleto_display_details = UNSET
        elif isinstance(self.boleto_display_details, PaymentIntentNextActionBoleto):
            boleto_display_details = self.boleto_display_details.to_dict()
        else:
            boleto_display_details = self.boleto_display_details

        card_await_notification: dict[str, Any] | None | Unset
        if isinstance(self.card_await_notification, Unset):
            card_await_notification = UNSET
        elif isinstance(self.card_await_notification, PaymentIntentNextActionCardAwaitNotification):
            card_await_notification = self.card_await_notification.to_dict()
        else:
            card_await_notification = self.card_await_notification

        cashapp_handle_redirect_or_display_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.cashapp_handle_redirect_or_display_qr_code, Unset):
            cashapp_handle_redirect_or_display_qr_code = UNSET
        elif isinstance(
            self.cashapp_handle_redirect_or_display_qr_code,
            PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
        ):
            cashapp_handle_redirect_or_display_qr_code = (
                self.cashapp_handle_redirect_or_display_qr_code.to_dict()
            )
        else:
            cashapp_handle_redirect_or_display_qr_code = self.cashapp_handle_redirect_or_display_qr_code

        display_bank_transfer_instructions: dict[str, Any] | None | Unset
        if isinstance(self.display_bank_transfer_instructions, Unset):
            display_bank_transfer_instructions = UNSET
        elif isinstance(
            self.display_bank_transfer_instructions, PaymentIntentNextActionDisplayBankTransferInstructions
        ):
            display_bank_transfer_instructions = self.display_bank_transfer_instructions.to_dict()
        else:
            display_bank_transfer_instructions = self.display_bank_transfer_instructions

        konbini_display_details: dict[str, Any] | None | Unset
        if isinstance(self.konbini_display_details, Unset):
            konbini_display_details = UNSET
        elif isinstance(self.konbini_display_details, PaymentIntentNextActionKonbini):
            konbini_display_details = self.konbini_display_details.to_dict()
        else:
            konbini_display_details = self.konbini_display_details

        oxxo_display_details: dict[str, Any] | None | Unset
        if isinstance(self.oxxo_display_details, Unset):
            oxxo_display_details = UNSET
        elif isinstance(self.oxxo_display_details, PaymentIntentNextActionDisplayOxxoDetails):
            oxxo_display_details = self.oxxo_display_details.to_dict()
        else:
            oxxo_display_details = self.oxxo_display_details

        paynow_display_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.paynow_display_qr_code, Unset):
            paynow_display_qr_code = UNSET
        elif isinstance(self.paynow_display_qr_code, PaymentIntentNextActionPaynowDisplayQrCode):
            paynow_display_qr_code = self.paynow_display_qr_code.to_dict()
        else:
            paynow_display_qr_code = self.paynow_display_qr_code

        pix_display_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.pix_display_qr_code, Unset):
            pix_display_qr_code = UNSET
        elif isinstance(self.pix_display_qr_code, PaymentIntentNextActionPixDisplayQrCode):
            pix_display_qr_code = self.pix_display_qr_code.to_dict()
        else:
            pix_display_qr_code = self.pix_display_qr_code

        promptpay_display_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.promptpay_display_qr_code, Unset):
            promptpay_display_qr_code = UNSET
        elif isinstance(self.promptpay_display_qr_code, PaymentIntentNextActionPromptpayDisplayQrCode):
            promptpay_display_qr_code = self.promptpay_display_qr_code.to_dict()
        else:
            promptpay_display_qr_code = self.promptpay_display_qr_code

        redirect_to_url: dict[str, Any] | None | Unset
        if isinstance(self.redirect_to_url, Unset):
            redirect_to_url = UNSET
        elif isinstance(self.redirect_to_url, PaymentIntentNextActionRedirectToUrl):
            redirect_to_url = self.redirect_to_url.to_dict()
        else:
            redirect_to_url = self.redirect_to_url

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        use_stripe_sdk: dict[str, Any] | None | Unset
        if isinstance(self.use_stripe_sdk, Unset):
            use_stripe_sdk = UNSET
        elif isinstance(self.use_stripe_sdk, PaymentIntentNextActionUseStripeSdkType0):
            use_stripe_sdk = self.use_stripe_sdk.to_dict()
        else:
            use_stripe_sdk = self.use_stripe_sdk

        verify_with_microdeposits: dict[str, Any] | None | Unset
        if isinstance(self.verify_with_microdeposits, Unset):
            verify_with_microdeposits = UNSET
        elif isinstance(self.verify_with_microdeposits, PaymentIntentNextActionVerifyWithMicrodeposits):
            verify_with_microdeposits = self.verify_with_microdeposits.to_dict()
        else:
            verify_with_microdeposits = self.verify_with_microdeposits

        wechat_pay_display_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.wechat_pay_display_qr_code, Unset):
            wechat_pay_display_qr_code = UNSET
        elif isinstance(self.wechat_pay_display_qr_code, PaymentIntentNextActionWechatPayDisplayQrCode):
            wechat_pay_display_qr_code = self.wechat_pay_display_qr_code.to_dict()
        else:
            wechat_pay_display_qr_code = self.wechat_pay_display_qr_code

        wechat_pay_redirect_to_android_app: dict[str, Any] | None | Unset
        if isinstance(self.wechat_pay_redirect_to_android_app, Unset):
            wechat_pay_redirect_to_android_app = UNSET
        elif isinstance(
            self.wechat_pay_redirect_to_android_app, PaymentIntentNextActionWechatPayRedirectToAndroidApp
        ):
            wechat_pay_redirect_to_android_app = self.wechat_pay_redirect_to_android_app.to_dict()
        else:
            wechat_pay_redirect_to_android_app = self.wechat_pay_redirect_to_android_app

        wechat_pay_redirect_to_ios_app: dict[str, Any] | None | Unset
        if isinstance(self.wechat_pay_redirect_to_ios_app, Unset):
            wechat_pay_redirect_to_ios_app = UNSET
        elif isinstance(
            self.wechat_pay_redirect_to_ios_app, PaymentIntentNextActionWechatPayRedirectToIOSApp
        ):
            wechat_pay_redirect_to_ios_app = self.wechat_pay_redirect_to_ios_app.to_dict()
        else:
            wechat_pay_redirect_to_ios_app = self.wechat_pay_redirect_to_ios_app

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
        from ..models.payment_intent_next_action_use_stripe_sdk_type_0 import (
            PaymentIntentNextActionUseStripeSdkType0,  # noqa: PLC0415
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

        def _parse_alipay_handle_redirect(
            data: object,
        ) -> None | PaymentIntentNextActionAlipayHandleRedirect | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alipay_handle_redirect_type_0 = PaymentIntentNextActionAlipayHandleRedirect.from_dict(data)

                return alipay_handle_redirect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionAlipayHandleRedirect | Unset, data)

        alipay_handle_redirect = _parse_alipay_handle_redirect(d.pop("alipay_handle_redirect", UNSET))

        def _parse_boleto_display_details(data: object) -> None | PaymentIntentNextActionBoleto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_display_details_type_0 = PaymentIntentNextActionBoleto.from_dict(data)

                return boleto_display_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionBoleto | Unset, data)

        boleto_display_details = _parse_boleto_display_details(d.pop("boleto_display_details", UNSET))

        def _parse_card_await_notification(
            data: object,
        ) -> None | PaymentIntentNextActionCardAwaitNotification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_await_notification_type_0 = PaymentIntentNextActionCardAwaitNotification.from_dict(data)

                return card_await_notification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionCardAwaitNotification | Unset, data)

        card_await_notification = _parse_card_await_notification(d.pop("card_await_notification", UNSET))

        def _parse_cashapp_handle_redirect_or_display_qr_code(
            data: object,
        ) -> None | PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cashapp_handle_redirect_or_display_qr_code_type_0 = (
                    PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode.from_dict(data)
                )

                return cashapp_handle_redirect_or_display_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | Unset, data)

        cashapp_handle_redirect_or_display_qr_code = _parse_cashapp_handle_redirect_or_display_qr_code(
            d.pop("cashapp_handle_redirect_or_display_qr_code", UNSET)
        )

        def _parse_display_bank_transfer_instructions(
            data: object,
        ) -> None | PaymentIntentNextActionDisplayBankTransferInstructions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_bank_transfer_instructions_type_0 = (
                    PaymentIntentNextActionDisplayBankTransferInstructions.from_dict(data)
                )

                return display_bank_transfer_instructions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionDisplayBankTransferInstructions | Unset, data)

        display_bank_transfer_instructions = _parse_display_bank_transfer_instructions(
            d.pop("display_bank_transfer_instructions", UNSET)
        )

        def _parse_konbini_display_details(data: object) -> None | PaymentIntentNextActionKonbini | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_display_details_type_0 = PaymentIntentNextActionKonbini.from_dict(data)

                return konbini_display_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionKonbini | Unset, data)

        konbini_display_details = _parse_konbini_display_details(d.pop("konbini_display_details", UNSET))

        def _parse_oxxo_display_details(
            data: object,
        ) -> None | PaymentIntentNextActionDisplayOxxoDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oxxo_display_details_type_0 = PaymentIntentNextActionDisplayOxxoDetails.from_dict(data)

                return oxxo_display_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionDisplayOxxoDetails | Unset, data)

        oxxo_display_details = _parse_oxxo_display_details(d.pop("oxxo_display_details", UNSET))

        def _parse_paynow_display_qr_code(
            data: object,
        ) -> None | PaymentIntentNextActionPaynowDisplayQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paynow_display_qr_code_type_0 = PaymentIntentNextActionPaynowDisplayQrCode.from_dict(data)

                return paynow_display_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionPaynowDisplayQrCode | Unset, data)

        paynow_display_qr_code = _parse_paynow_display_qr_code(d.pop("paynow_display_qr_code", UNSET))

        def _parse_pix_display_qr_code(
            data: object,
        ) -> None | PaymentIntentNextActionPixDisplayQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_display_qr_code_type_0 = PaymentIntentNextActionPixDisplayQrCode.from_dict(data)

                return pix_display_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionPixDisplayQrCode | Unset, data)

        pix_display_qr_code = _parse_pix_display_qr_code(d.pop("pix_display_qr_code", UNSET))

        def _parse_promptpay_display_qr_code(
            data: object,
        ) -> None | PaymentIntentNextActionPromptpayDisplayQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promptpay_display_qr_code_type_0 = PaymentIntentNextActionPromptpayDisplayQrCode.from_dict(
                    data
                )

                return promptpay_display_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionPromptpayDisplayQrCode | Unset, data)

        promptpay_display_qr_code = _parse_promptpay_display_qr_code(
            d.pop("promptpay_display_qr_code", UNSET)
        )

        def _parse_redirect_to_url(data: object) -> None | PaymentIntentNextActionRedirectToUrl | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redirect_to_url_type_0 = PaymentIntentNextActionRedirectToUrl.from_dict(data)

                return redirect_to_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionRedirectToUrl | Unset, data)

        redirect_to_url = _parse_redirect_to_url(d.pop("redirect_to_url", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_use_stripe_sdk(data: object) -> None | PaymentIntentNextActionUseStripeSdkType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                use_stripe_sdk_type_0 = PaymentIntentNextActionUseStripeSdkType0.from_dict(data)

                return use_stripe_sdk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionUseStripeSdkType0 | Unset, data)

        use_stripe_sdk = _parse_use_stripe_sdk(d.pop("use_stripe_sdk", UNSET))

        def _parse_verify_with_microdeposits(
            data: object,
        ) -> None | PaymentIntentNextActionVerifyWithMicrodeposits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verify_with_microdeposits_type_0 = PaymentIntentNextActionVerifyWithMicrodeposits.from_dict(
                    data
                )

                return verify_with_microdeposits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionVerifyWithMicrodeposits | Unset, data)

        verify_with_microdeposits = _parse_verify_with_microdeposits(
            d.pop("verify_with_microdeposits", UNSET)
        )

        def _parse_wechat_pay_display_qr_code(
            data: object,
        ) -> None | PaymentIntentNextActionWechatPayDisplayQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_display_qr_code_type_0 = PaymentIntentNextActionWechatPayDisplayQrCode.from_dict(
                    data
                )

                return wechat_pay_display_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionWechatPayDisplayQrCode | Unset, data)

        wechat_pay_display_qr_code = _parse_wechat_pay_display_qr_code(
            d.pop("wechat_pay_display_qr_code", UNSET)
        )

        def _parse_wechat_pay_redirect_to_android_app(
            data: object,
        ) -> None | PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_redirect_to_android_app_type_0 = (
                    PaymentIntentNextActionWechatPayRedirectToAndroidApp.from_dict(data)
                )

                return wechat_pay_redirect_to_android_app_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionWechatPayRedirectToAndroidApp | Unset, data)

        wechat_pay_redirect_to_android_app = _parse_wechat_pay_redirect_to_android_app(
            d.pop("wechat_pay_redirect_to_android_app", UNSET)
        )

        def _parse_wechat_pay_redirect_to_ios_app(
            data: object,
        ) -> None | PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wechat_pay_redirect_to_ios_app_type_0 = (
                    PaymentIntentNextActionWechatPayRedirectToIOSApp.from_dict(data)
                )

                return wechat_pay_redirect_to_ios_app_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionWechatPayRedirectToIOSApp | Unset, data)

        wechat_pay_redirect_to_ios_app = _parse_wechat_pay_redirect_to_ios_app(
            d.pop("wechat_pay_redirect_to_ios_app", UNSET)
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
