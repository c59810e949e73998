from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_method_options_acss_debit import (
        InvoicePaymentMethodOptionsAcssDebit,
    )
    from ..models.invoice_payment_method_options_bancontact import (
        InvoicePaymentMethodOptionsBancontact,
    )
    from ..models.invoice_payment_method_options_card import (
        InvoicePaymentMethodOptionsCard,
    )
    from ..models.invoice_payment_method_options_customer_balance import (
        InvoicePaymentMethodOptionsCustomerBalance,
    )
    from ..models.invoice_payment_method_options_konbini import (
        InvoicePaymentMethodOptionsKonbini,
    )
    from ..models.invoice_payment_method_options_us_bank_account import (
        InvoicePaymentMethodOptionsUsBankAccount,
    )


T = TypeVar("T", bound="InvoicesPaymentMethodOptions")


@_attrs_define
class InvoicesPaymentMethodOptions:
    """
    Attributes:
        acss_debit (InvoicePaymentMethodOptionsAcssDebit | None | Unset): If paying by `acss_debit`, this sub-hash
            contains details about the Canadian pre-authorized debit payment method options to pass to the invoice’s
            PaymentIntent.
        bancontact (InvoicePaymentMethodOptionsBancontact | None | Unset): If paying by `bancontact`, this sub-hash
            contains details about the Bancontact payment method options to pass to the invoice’s PaymentIntent.
        card (InvoicePaymentMethodOptionsCard | None | Unset): If paying by `card`, this sub-hash contains details about
            the Card payment method options to pass to the invoice’s PaymentIntent.
        customer_balance (InvoicePaymentMethodOptionsCustomerBalance | None | Unset): If paying by `customer_balance`,
            this sub-hash contains details about the Bank transfer payment method options to pass to the invoice’s
            PaymentIntent.
        konbini (InvoicePaymentMethodOptionsKonbini | None | Unset): If paying by `konbini`, this sub-hash contains
            details about the Konbini payment method options to pass to the invoice’s PaymentIntent.
        us_bank_account (InvoicePaymentMethodOptionsUsBankAccount | None | Unset): If paying by `us_bank_account`, this
            sub-hash contains details about the ACH direct debit payment method options to pass to the invoice’s
            PaymentIntent.
    """

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None | Unset = UNSET
    bancontact: InvoicePaymentMethodOptionsBancontact | None | Unset = UNSET
    card: InvoicePaymentMethodOptionsCard | None | Unset = UNSET
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None | Unset = UNSET
    konbini: InvoicePaymentMethodOptionsKonbini | None | Unset = UNSET
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_payment_method_options_acss_debit import (
            InvoicePaymentMethodOptionsAcssDebit,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_bancontact import (
            InvoicePaymentMethodOptionsBancontact,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_card import (
            InvoicePaymentMethodOptionsCard,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_customer_balance import (
            InvoicePaymentMethodOptionsCustomerBalance,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_konbini import (
            InvoicePaymentMethodOptionsKonbini,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_us_bank_account import (
            InvoicePaymentMethodOptionsUsBankAccount,  # noqa: PLC0415
        )

        acss_debit: dict[str, Any] | None | Unset
        if isinstance(self.acss_debit, Unset):
            acss_debit = UNSET
        elif isinstance(self.acss_debit, InvoicePaymentMethodOptionsAcssDebit):
            acss_debit = self.acss_debit.to_dict()
        else:
            acss_debit = self.acss_debit

        bancontact: dict[str, Any] | None | Unset
        if isinstance(self.bancontact, Unset):
            bancontact = UNSET
        elif isinstance(self.bancontact, InvoicePaymentMethodOptionsBancontact):
            bancontact = self.bancontact.to_dict()
        else:
            bancontact = self.bancontact

        card: dict[str, Any] | None | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, InvoicePaymentMethodOptionsCard):
            card = self.card.to_dict()
        else:
            card = self.card

        customer_balance: dict[str, Any] | None | Unset
        if isinstance(self.customer_balance, Unset):
            customer_balance = UNSET
        elif isinstance(self.customer_balance, InvoicePaymentMethodOptionsCustomerBalance):
            customer_balance = self.customer_balance.to_dict()
        else:
            customer_balance = self.customer_balance

        konbini: dict[str, Any] | None | Unset
        if isinstance(self.konbini, Unset):
            konbini = UNSET
        elif isinstance(self.konbini, InvoicePaymentMethodOptionsKonbini):
            konbini = self.konbini.to_dict()
        else:
            konbini = self.konbini

        us_bank_account: dict[str, Any] | None | Unset
        if isinstance(self.us_bank_account, Unset):
            us_bank_account = UNSET
        elif isinstance(self.us_bank_account, InvoicePaymentMethodOptionsUsBankAccount):
            us_bank_account = self.us_bank_account.to_dict()
        else:
            us_bank_account = self.us_bank_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acss_debit is not UNSET:
            field_dict["acss_debit"] = acss_debit
        if bancontact is not UNSET:
            field_dict["bancontact"] = bancontact
        if card is not UNSET:
            field_dict["card"] = card
        if customer_balance is not UNSET:
            field_dict["customer_balance"] = customer_balance
        if konbini is not UNSET:
            field_dict["konbini"] = konbini
        if us_bank_account is not UNSET:
            field_dict["us_bank_account"] = us_bank_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_method_options_acss_debit import (
            InvoicePaymentMethodOptionsAcssDebit,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_bancontact import (
            InvoicePaymentMethodOptionsBancontact,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_card import (
            InvoicePaymentMethodOptionsCard,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_customer_balance import (
            InvoicePaymentMethodOptionsCustomerBalance,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_konbini import (
            InvoicePaymentMethodOptionsKonbini,  # noqa: PLC0415
        )
        from ..models.invoice_payment_method_options_us_bank_account import (
            InvoicePaymentMethodOptionsUsBankAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_acss_debit(data: object) -> InvoicePaymentMethodOptionsAcssDebit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acss_debit_type_0 = InvoicePaymentMethodOptionsAcssDebit.from_dict(data)

                return acss_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsAcssDebit | None | Unset, data)

        acss_debit = _parse_acss_debit(d.pop("acss_debit", UNSET))

        def _parse_bancontact(data: object) -> InvoicePaymentMethodOptionsBancontact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bancontact_type_0 = InvoicePaymentMethodOptionsBancontact.from_dict(data)

                return bancontact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsBancontact | None | Unset, data)

        bancontact = _parse_bancontact(d.pop("bancontact", UNSET))

        def _parse_card(data: object) -> InvoicePaymentMethodOptionsCard | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = InvoicePaymentMethodOptionsCard.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsCard | None | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        def _parse_customer_balance(
            data: object,
        ) -> InvoicePaymentMethodOptionsCustomerBalance | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_balance_type_0 = InvoicePaymentMethodOptionsCustomerBalance.from_dict(data)

                return customer_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsCustomerBalance | None | Unset, data)

        customer_balance = _parse_customer_balance(d.pop("customer_balance", UNSET))

        def _parse_konbini(data: object) -> InvoicePaymentMethodOptionsKonbini | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_type_0 = InvoicePaymentMethodOptionsKonbini.from_dict(data)

                return konbini_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsKonbini | None | Unset, data)

        konbini = _parse_konbini(d.pop("konbini", UNSET))

        def _parse_us_bank_account(data: object) -> InvoicePaymentMethodOptionsUsBankAccount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_bank_account_type_0 = InvoicePaymentMethodOptionsUsBankAccount.from_dict(data)

                return us_bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsUsBankAccount | None | Unset, data)

        us_bank_account = _parse_us_bank_account(d.pop("us_bank_account", UNSET))

        invoices_payment_method_options = cls(
            acss_debit=acss_debit,
            bancontact=bancontact,
            card=card,
            customer_balance=customer_balance,
            konbini=konbini,
            us_bank_account=us_bank_account,
        )

        invoices_payment_method_options.additional_properties = d
        return invoices_payment_method_options

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
