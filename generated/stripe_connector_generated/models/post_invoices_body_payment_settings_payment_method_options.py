from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1,
    check_post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1,
    check_post_invoices_body_payment_settings_payment_method_options_bancontact_type_1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1,
    check_post_invoices_body_payment_settings_payment_method_options_card_type_1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1,
    check_post_invoices_body_payment_settings_payment_method_options_customer_balance_type_1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1,
    check_post_invoices_body_payment_settings_payment_method_options_konbini_type_1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1,
    check_post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptions")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptions:
    """
    Attributes:
        acss_debit (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1 | Unset):
        bancontact (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1 | Unset):
        card (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1 | Unset):
        customer_balance (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1 | Unset):
        konbini (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1 | Unset):
        us_bank_account (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0 |
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1 | Unset):
    """

    acss_debit: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
        | Unset
    ) = UNSET
    bancontact: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1
        | Unset
    ) = UNSET
    card: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1
        | Unset
    ) = UNSET
    customer_balance: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1
        | Unset
    ) = UNSET
    konbini: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1
        | Unset
    ) = UNSET
    us_bank_account: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,  # noqa: PLC0415
        )

        acss_debit: dict[str, Any] | str | Unset
        if isinstance(self.acss_debit, Unset):
            acss_debit = UNSET
        elif isinstance(self.acss_debit, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0):
            acss_debit = self.acss_debit.to_dict()
        else:
            acss_debit = self.acss_debit

        bancontact: dict[str, Any] | str | Unset
        if isinstance(self.bancontact, Unset):
            bancontact = UNSET
        elif isinstance(self.bancontact, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0):
            bancontact = self.bancontact.to_dict()
        else:
            bancontact = self.bancontact

        card: dict[str, Any] | str | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0):
            card = self.card.to_dict()
        else:
            card = self.card

        customer_balance: dict[str, Any] | str | Unset
        if isinstance(self.customer_balance, Unset):
            customer_balance = UNSET
        elif isinstance(
            self.customer_balance, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
        ):
            customer_balance = self.customer_balance.to_dict()
        else:
            customer_balance = self.customer_balance

        konbini: dict[str, Any] | str | Unset
        if isinstance(self.konbini, Unset):
            konbini = UNSET
        elif isinstance(self.konbini, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0):
            konbini = self.konbini.to_dict()
        else:
            konbini = self.konbini

        us_bank_account: dict[str, Any] | str | Unset
        if isinstance(self.us_bank_account, Unset):
            us_bank_account = UNSET
        elif isinstance(
            self.us_bank_account, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
        ):
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
        from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_acss_debit(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acss_debit_type_0 = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0.from_dict(data)
                )

                return acss_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            acss_debit_type_1 = (
                check_post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1(data)
            )

            return acss_debit_type_1

        acss_debit = _parse_acss_debit(d.pop("acss_debit", UNSET))

        def _parse_bancontact(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bancontact_type_0 = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0.from_dict(data)
                )

                return bancontact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            bancontact_type_1 = (
                check_post_invoices_body_payment_settings_payment_method_options_bancontact_type_1(data)
            )

            return bancontact_type_1

        bancontact = _parse_bancontact(d.pop("bancontact", UNSET))

        def _parse_card(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            card_type_1 = check_post_invoices_body_payment_settings_payment_method_options_card_type_1(data)

            return card_type_1

        card = _parse_card(d.pop("card", UNSET))

        def _parse_customer_balance(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_balance_type_0 = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0.from_dict(data)
                )

                return customer_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            customer_balance_type_1 = (
                check_post_invoices_body_payment_settings_payment_method_options_customer_balance_type_1(data)
            )

            return customer_balance_type_1

        customer_balance = _parse_customer_balance(d.pop("customer_balance", UNSET))

        def _parse_konbini(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                konbini_type_0 = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0.from_dict(
                    data
                )

                return konbini_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            konbini_type_1 = check_post_invoices_body_payment_settings_payment_method_options_konbini_type_1(
                data
            )

            return konbini_type_1

        konbini = _parse_konbini(d.pop("konbini", UNSET))

        def _parse_us_bank_account(
            data: object,
        ) -> (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
            | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_bank_account_type_0 = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0.from_dict(data)
                )

                return us_bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            us_bank_account_type_1 = (
                check_post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_1(data)
            )

            return us_bank_account_type_1

        us_bank_account = _parse_us_bank_account(d.pop("us_bank_account", UNSET))

        post_invoices_body_payment_settings_payment_method_options = cls(
            acss_debit=acss_debit,
            bancontact=bancontact,
            card=card,
            customer_balance=customer_balance,
            konbini=konbini,
            us_bank_account=us_bank_account,
        )

        post_invoices_body_payment_settings_payment_method_options.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options

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
