from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_card_wallet_type import (
    PaymentMethodDetailsCardWalletType,
    check_payment_method_details_card_wallet_type,
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
        amex_express_checkout (PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset):
        apple_pay (PaymentMethodDetailsCardWalletApplePay | Unset):
        dynamic_last4 (None | str | Unset): (For tokenized numbers only.) The last four digits of the device account
            number.
        google_pay (PaymentMethodDetailsCardWalletGooglePay | Unset):
        link (PaymentMethodDetailsCardWalletLink | Unset):
        masterpass (PaymentMethodDetailsCardWalletMasterpass | Unset):
        samsung_pay (PaymentMethodDetailsCardWalletSamsungPay | Unset):
        type_ (PaymentMethodDetailsCardWalletType | Unset): The type of the card wallet, one of `amex_express_checkout`,
            `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, `visa_checkout`, or `link`. An additional hash is
            included on the Wallet subhash with a name matching this value. It contains additional information specific to
            the card wallet type.
        visa_checkout (PaymentMethodDetailsCardWalletVisaCheckout | Unset):
    """

    amex_express_checkout: PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset = UNSET
    apple_pay: PaymentMethodDetailsCardWalletApplePay | Unset = UNSET
    dynamic_last4: None | str | Unset = UNSET
    google_pay: PaymentMethodDetailsCardWalletGooglePay | Unset = UNSET
    link: PaymentMethodDetailsCardWalletLink | Unset = UNSET
    masterpass: PaymentMethodDetailsCardWalletMasterpass | Unset = UNSET
    samsung_pay: PaymentMethodDetailsCardWalletSamsungPay | Unset = UNSET
    type_: PaymentMethodDetailsCardWalletType | Unset = UNSET
    visa_checkout: PaymentMethodDetailsCardWalletVisaCheckout | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amex_express_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amex_express_checkout, Unset):
            amex_express_checkout = self.amex_express_checkout.to_dict()

        apple_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apple_pay, Unset):
            apple_pay = self.apple_pay.to_dict()

        dynamic_last4: None | str | Unset
        if isinstance(self.dynamic_last4, Unset):
            dynamic_last4 = UNSET
        else:
            dynamic_last4 = self.dynamic_last4

        google_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_pay, Unset):
            google_pay = self.google_pay.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        masterpass: dict[str, Any] | Unset = UNSET
        if not isinstance(self.masterpass, Unset):
            masterpass = self.masterpass.to_dict()

        samsung_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.samsung_pay, Unset):
            samsung_pay = self.samsung_pay.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        visa_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visa_checkout, Unset):
            visa_checkout = self.visa_checkout.to_dict()

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
        _amex_express_checkout = d.pop("amex_express_checkout", UNSET)
        amex_express_checkout: PaymentMethodDetailsCardWalletAmexExpressCheckout | Unset
        if isinstance(_amex_express_checkout, Unset):
            amex_express_checkout = UNSET
        else:
            amex_express_checkout = PaymentMethodDetailsCardWalletAmexExpressCheckout.from_dict(
                _amex_express_checkout
            )

        _apple_pay = d.pop("apple_pay", UNSET)
        apple_pay: PaymentMethodDetailsCardWalletApplePay | Unset
        if isinstance(_apple_pay, Unset):
            apple_pay = UNSET
        else:
            apple_pay = PaymentMethodDetailsCardWalletApplePay.from_dict(_apple_pay)

        def _parse_dynamic_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dynamic_last4 = _parse_dynamic_last4(d.pop("dynamic_last4", UNSET))

        _google_pay = d.pop("google_pay", UNSET)
        google_pay: PaymentMethodDetailsCardWalletGooglePay | Unset
        if isinstance(_google_pay, Unset):
            google_pay = UNSET
        else:
            google_pay = PaymentMethodDetailsCardWalletGooglePay.from_dict(_google_pay)

        _link = d.pop("link", UNSET)
        link: PaymentMethodDetailsCardWalletLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = PaymentMethodDetailsCardWalletLink.from_dict(_link)

        _masterpass = d.pop("masterpass", UNSET)
        masterpass: PaymentMethodDetailsCardWalletMasterpass | Unset
        if isinstance(_masterpass, Unset):
            masterpass = UNSET
        else:
            masterpass = PaymentMethodDetailsCardWalletMasterpass.from_dict(_masterpass)

        _samsung_pay = d.pop("samsung_pay", UNSET)
        samsung_pay: PaymentMethodDetailsCardWalletSamsungPay | Unset
        if isinstance(_samsung_pay, Unset):
            samsung_pay = UNSET
        else:
            samsung_pay = PaymentMethodDetailsCardWalletSamsungPay.from_dict(_samsung_pay)

        _type_ = d.pop("type", UNSET)
        type_: PaymentMethodDetailsCardWalletType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_payment_method_details_card_wallet_type(_type_)

        _visa_checkout = d.pop("visa_checkout", UNSET)
        visa_checkout: PaymentMethodDetailsCardWalletVisaCheckout | Unset
        if isinstance(_visa_checkout, Unset):
            visa_checkout = UNSET
        else:
            visa_checkout = PaymentMethodDetailsCardWalletVisaCheckout.from_dict(_visa_checkout)

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
