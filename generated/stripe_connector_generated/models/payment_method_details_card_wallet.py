from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_card_wallet_type_type_1 import (
    PaymentMethodDetailsCardWalletTypeType1,
    check_payment_method_details_card_wallet_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_details_card_wallet_amex_express_checkout import (
        PaymentMethodDetailsCardWalletAmexExpressCheckout,
    )
    from ..models.payment_method_details_card_wallet_apple_pay import (
        PaymentMethodDetailsCardWalletApplePay,
    )
    from ..models.payment_method_details_card_wallet_google_pay import (
        PaymentMethodDetailsCardWalletGooglePay,
    )
    from ..models.payment_method_details_card_wallet_link import (
        PaymentMethodDetailsCardWalletLink,
    )
    from ..models.payment_method_details_card_wallet_masterpass import (
        PaymentMethodDetailsCardWalletMasterpass,
    )
    from ..models.payment_method_details_card_wallet_samsung_pay import (
        PaymentMethodDetailsCardWalletSamsungPay,
    )
    from ..models.payment_method_details_card_wallet_visa_checkout import (
        PaymentMethodDetailsCardWalletVisaCheckout,
    )


T = TypeVar("T", bound="PaymentMethodDetailsCardWallet")


@_attrs_define
class PaymentMethodDetailsCardWallet:
    """
    Attributes:
        amex_express_checkout (None | PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset):
        apple_pay (None | PaymentMethodDetailsCardWalletApplePay | Unset):
        dynamic_last4 (None | str | Unset): (For tokenized numbers only.) The last four digits of the device account
            number.
        google_pay (None | PaymentMethodDetailsCardWalletGooglePay | Unset):
        link (None | PaymentMethodDetailsCardWalletLink | Unset):
        masterpass (None | PaymentMethodDetailsCardWalletMasterpass | Unset):
        samsung_pay (None | PaymentMethodDetailsCardWalletSamsungPay | Unset):
        type_ (None | PaymentMethodDetailsCardWalletTypeType1 | Unset): The type of the card wallet, one of
            `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, `visa_checkout`, or `link`. An
            additional hash is included on the Wallet subhash with a name matching this value. It contains additional
            information specific to the card wallet type.
        visa_checkout (None | PaymentMethodDetailsCardWalletVisaCheckout | Unset):
    """

    amex_express_checkout: None | PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset = UNSET
    apple_pay: None | PaymentMethodDetailsCardWalletApplePay | Unset = UNSET
    dynamic_last4: None | str | Unset = UNSET
    google_pay: None | PaymentMethodDetailsCardWalletGooglePay | Unset = UNSET
    link: None | PaymentMethodDetailsCardWalletLink | Unset = UNSET
    masterpass: None | PaymentMethodDetailsCardWalletMasterpass | Unset = UNSET
    samsung_pay: None | PaymentMethodDetailsCardWalletSamsungPay | Unset = UNSET
    type_: None | PaymentMethodDetailsCardWalletTypeType1 | Unset = UNSET
    visa_checkout: None | PaymentMethodDetailsCardWalletVisaCheckout | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_details_card_wallet_amex_express_checkout import (
            PaymentMethodDetailsCardWalletAmexExpressCheckout,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_apple_pay import (
            PaymentMethodDetailsCardWalletApplePay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_google_pay import (
            PaymentMethodDetailsCardWalletGooglePay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_link import (
            PaymentMethodDetailsCardWalletLink,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_masterpass import (
            PaymentMethodDetailsCardWalletMasterpass,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_samsung_pay import (
            PaymentMethodDetailsCardWalletSamsungPay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_visa_checkout import (
            PaymentMethodDetailsCardWalletVisaCheckout,  # noqa: PLC0415
        )

        amex_express_checkout: dict[str, Any] | None | Unset
        if isinstance(self.amex_express_checkout, Unset):
            amex_express_checkout = UNSET
        elif isinstance(self.amex_express_checkout, PaymentMethodDetailsCardWalletAmexExpressCheckout):
            amex_express_checkout = self.amex_express_checkout.to_dict()
        else:
            amex_express_checkout = self.amex_express_checkout

        apple_pay: dict[str, Any] | None | Unset
        if isinstance(self.apple_pay, Unset):
            apple_pay = UNSET
        elif isinstance(self.apple_pay, PaymentMethodDetailsCardWalletApplePay):
            apple_pay = self.apple_pay.to_dict()
        else:
            apple_pay = self.apple_pay

        dynamic_last4: None | str | Unset
        if isinstance(self.dynamic_last4, Unset):
            dynamic_last4 = UNSET
        else:
            dynamic_last4 = self.dynamic_last4

        google_pay: dict[str, Any] | None | Unset
        if isinstance(self.google_pay, Unset):
            google_pay = UNSET
        elif isinstance(self.google_pay, PaymentMethodDetailsCardWalletGooglePay):
            google_pay = self.google_pay.to_dict()
        else:
            google_pay = self.google_pay

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, PaymentMethodDetailsCardWalletLink):
            link = self.link.to_dict()
        else:
            link = self.link

        masterpass: dict[str, Any] | None | Unset
        if isinstance(self.masterpass, Unset):
            masterpass = UNSET
        elif isinstance(self.masterpass, PaymentMethodDetailsCardWalletMasterpass):
            masterpass = self.masterpass.to_dict()
        else:
            masterpass = self.masterpass

        samsung_pay: dict[str, Any] | None | Unset
        if isinstance(self.samsung_pay, Unset):
            samsung_pay = UNSET
        elif isinstance(self.samsung_pay, PaymentMethodDetailsCardWalletSamsungPay):
            samsung_pay = self.samsung_pay.to_dict()
        else:
            samsung_pay = self.samsung_pay

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        visa_checkout: dict[str, Any] | None | Unset
        if isinstance(self.visa_checkout, Unset):
            visa_checkout = UNSET
        elif isinstance(self.visa_checkout, PaymentMethodDetailsCardWalletVisaCheckout):
            visa_checkout = self.visa_checkout.to_dict()
        else:
            visa_checkout = self.visa_checkout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amex_express_checkout is not UNSET:
            field_dict["amex_express_checkout"] = amex_express_checkout
        if apple_pay is not UNSET:
            field_dict["apple_pay"] = apple_pay
        if dynamic_last4 is not UNSET:
            field_dict["dynamic_last4"] = dynamic_last4
        if google_pay is not UNSET:
            field_dict["google_pay"] = google_pay
        if link is not UNSET:
            field_dict["link"] = link
        if masterpass is not UNSET:
            field_dict["masterpass"] = masterpass
        if samsung_pay is not UNSET:
            field_dict["samsung_pay"] = samsung_pay
        if type_ is not UNSET:
            field_dict["type"] = type_
        if visa_checkout is not UNSET:
            field_dict["visa_checkout"] = visa_checkout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_details_card_wallet_amex_express_checkout import (
            PaymentMethodDetailsCardWalletAmexExpressCheckout,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_apple_pay import (
            PaymentMethodDetailsCardWalletApplePay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_google_pay import (
            PaymentMethodDetailsCardWalletGooglePay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_link import (
            PaymentMethodDetailsCardWalletLink,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_masterpass import (
            PaymentMethodDetailsCardWalletMasterpass,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_samsung_pay import (
            PaymentMethodDetailsCardWalletSamsungPay,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet_visa_checkout import (
            PaymentMethodDetailsCardWalletVisaCheckout,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_amex_express_checkout(
            data: object,
        ) -> None | PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amex_express_checkout_type_0 = PaymentMethodDetailsCardWalletAmexExpressCheckout.from_dict(
                    data
                )

                return amex_express_checkout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset, data)

        amex_express_checkout = _parse_amex_express_checkout(d.pop("amex_express_checkout", UNSET))

        def _parse_apple_pay(data: object) -> None | PaymentMethodDetailsCardWalletApplePay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                apple_pay_type_0 = PaymentMethodDetailsCardWalletApplePay.from_dict(data)

                return apple_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletApplePay | Unset, data)

        apple_pay = _parse_apple_pay(d.pop("apple_pay", UNSET))

        def _parse_dynamic_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dynamic_last4 = _parse_dynamic_last4(d.pop("dynamic_last4", UNSET))

        def _parse_google_pay(data: object) -> None | PaymentMethodDetailsCardWalletGooglePay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                google_pay_type_0 = PaymentMethodDetailsCardWalletGooglePay.from_dict(data)

                return google_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletGooglePay | Unset, data)

        google_pay = _parse_google_pay(d.pop("google_pay", UNSET))

        def _parse_link(data: object) -> None | PaymentMethodDetailsCardWalletLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = PaymentMethodDetailsCardWalletLink.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletLink | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_masterpass(data: object) -> None | PaymentMethodDetailsCardWalletMasterpass | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                masterpass_type_0 = PaymentMethodDetailsCardWalletMasterpass.from_dict(data)

                return masterpass_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletMasterpass | Unset, data)

        masterpass = _parse_masterpass(d.pop("masterpass", UNSET))

        def _parse_samsung_pay(data: object) -> None | PaymentMethodDetailsCardWalletSamsungPay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                samsung_pay_type_0 = PaymentMethodDetailsCardWalletSamsungPay.from_dict(data)

                return samsung_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletSamsungPay | Unset, data)

        samsung_pay = _parse_samsung_pay(d.pop("samsung_pay", UNSET))

        def _parse_type_(data: object) -> None | PaymentMethodDetailsCardWalletTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_payment_method_details_card_wallet_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletTypeType1 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_visa_checkout(data: object) -> None | PaymentMethodDetailsCardWalletVisaCheckout | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visa_checkout_type_0 = PaymentMethodDetailsCardWalletVisaCheckout.from_dict(data)

                return visa_checkout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWalletVisaCheckout | Unset, data)

        visa_checkout = _parse_visa_checkout(d.pop("visa_checkout", UNSET))

        payment_method_details_card_wallet = cls(
            amex_express_checkout=amex_express_checkout,
            apple_pay=apple_pay,
            dynamic_last4=dynamic_last4,
            google_pay=google_pay,
            link=link,
            masterpass=masterpass,
            samsung_pay=samsung_pay,
            type_=type_,
            visa_checkout=visa_checkout,
        )

        payment_method_details_card_wallet.additional_properties = d
        return payment_method_details_card_wallet

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
