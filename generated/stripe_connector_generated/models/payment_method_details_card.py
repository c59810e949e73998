from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_details_card_checks import PaymentMethodDetailsCardChecks
    from ..models.payment_method_details_card_installments import (
        PaymentMethodDetailsCardInstallments,
    )
    from ..models.payment_method_details_card_network_token import (
        PaymentMethodDetailsCardNetworkToken,
    )
    from ..models.payment_method_details_card_wallet import PaymentMethodDetailsCardWallet
    from ..models.three_d_secure_details_charge import ThreeDSecureDetailsCharge


T = TypeVar("T", bound="PaymentMethodDetailsCard")


@_attrs_define
class PaymentMethodDetailsCard:
    """
    Attributes:
        brand (None | str | Unset): Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`,
            `unionpay`, `visa`, or `unknown`.
        checks (None | PaymentMethodDetailsCardChecks | Unset): Check results by Card networks on Card address and CVC
            at time of payment.
        country (None | str | Unset): Two-letter ISO code representing the country of the card. You could use this
            attribute to get a sense of the international breakdown of cards you've collected.
        exp_month (int | None | Unset): Two-digit number representing the card's expiration month.
        exp_year (int | None | Unset): Four-digit number representing the card's expiration year.
        fingerprint (None | str | Unset): Uniquely identifies this particular card number. You can use this attribute to
            check whether two customers who’ve signed up with you are using the same card number, for example. For payment
            methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead
            of the underlying card number.

            *As of May 1, 2021, card fingerprint in India for Connect changed to allow two fingerprints for the same card---
            one for India and one for the rest of the world.*
        funding (None | str | Unset): Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
        installments (None | PaymentMethodDetailsCardInstallments | Unset): Installment details for this payment (Mexico
            only).

            For more information, see the [installments integration guide](https://stripe.com/docs/payments/installments).
        last4 (None | str | Unset): The last four digits of the card.
        mandate (None | str | Unset): ID of the mandate used to make this payment or created by it.
        network (None | str | Unset): Identifies which network this charge was processed on. Can be `amex`,
            `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or
            `unknown`.
        network_token (None | PaymentMethodDetailsCardNetworkToken | Unset): If this card has network token credentials,
            this contains the details of the network token credentials.
        three_d_secure (None | ThreeDSecureDetailsCharge | Unset): Populated if this transaction used 3D Secure
            authentication.
        wallet (None | PaymentMethodDetailsCardWallet | Unset): If this Card is part of a card wallet, this contains the
            details of the card wallet.
    """

    brand: None | str | Unset = UNSET
    checks: None | PaymentMethodDetailsCardChecks | Unset = UNSET
    country: None | str | Unset = UNSET
    exp_month: int | None | Unset = UNSET
    exp_year: int | None | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    funding: None | str | Unset = UNSET
    installments: None | PaymentMethodDetailsCardInstallments | Unset = UNSET
    last4: None | str | Unset = UNSET
    mandate: None | str | Unset = UNSET
    network: None | str | Unset = UNSET
    network_token: None | PaymentMethodDetailsCardNetworkToken | Unset = UNSET
    three_d_secure: None | ThreeDSecureDetailsCharge | Unset = UNSET
    wallet: None | PaymentMethodDetailsCardWallet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_details_card_checks import (
            PaymentMethodDetailsCardChecks,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_installments import (
            PaymentMethodDetailsCardInstallments,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_network_token import (
            PaymentMethodDetailsCardNetworkToken,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet import (
            PaymentMethodDetailsCardWallet,  # noqa: PLC0415
        )
        from ..models.three_d_secure_details_charge import ThreeDSecureDetailsCharge  # noqa: PLC0415

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        checks: dict[str, Any] | None | Unset
        if isinstance(self.checks, Unset):
            checks = UNSET
        elif isinstance(self.checks, PaymentMethodDetailsCardChecks):
            checks = self.checks.to_dict()
        else:
            checks = self.checks

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        exp_month: int | None | Unset
        if isinstance(self.exp_month, Unset):
            exp_month = UNSET
        else:
            exp_month = self.exp_month

        exp_year: int | None | Unset
        if isinstance(self.exp_year, Unset):
            exp_year = UNSET
        else:
            exp_year = self.exp_year

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        funding: None | str | Unset
        if isinstance(self.funding, Unset):
            funding = UNSET
        else:
            funding = self.funding

        installments: dict[str, Any] | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        elif isinstance(self.installments, PaymentMethodDetailsCardInstallments):
            installments = self.installments.to_dict()
        else:
            installments = self.installments

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        mandate: None | str | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        else:
            mandate = self.mandate

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        network_token: dict[str, Any] | None | Unset
        if isinstance(self.network_token, Unset):
            network_token = UNSET
        elif isinstance(self.network_token, PaymentMethodDetailsCardNetworkToken):
            network_token = self.network_token.to_dict()
        else:
            network_token = self.network_token

        three_d_secure: dict[str, Any] | None | Unset
        if isinstance(self.three_d_secure, Unset):
            three_d_secure = UNSET
        elif isinstance(self.three_d_secure, ThreeDSecureDetailsCharge):
            three_d_secure = self.three_d_secure.to_dict()
        else:
            three_d_secure = self.three_d_secure

        wallet: dict[str, Any] | None | Unset
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        elif isinstance(self.wallet, PaymentMethodDetailsCardWallet):
            wallet = self.wallet.to_dict()
        else:
            wallet = self.wallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if checks is not UNSET:
            field_dict["checks"] = checks
        if country is not UNSET:
            field_dict["country"] = country
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if funding is not UNSET:
            field_dict["funding"] = funding
        if installments is not UNSET:
            field_dict["installments"] = installments
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if network is not UNSET:
            field_dict["network"] = network
        if network_token is not UNSET:
            field_dict["network_token"] = network_token
        if three_d_secure is not UNSET:
            field_dict["three_d_secure"] = three_d_secure
        if wallet is not UNSET:
            field_dict["wallet"] = wallet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_details_card_checks import (
            PaymentMethodDetailsCardChecks,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_installments import (
            PaymentMethodDetailsCardInstallments,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_network_token import (
            PaymentMethodDetailsCardNetworkToken,  # noqa: PLC0415
        )
        from ..models.payment_method_details_card_wallet import (
            PaymentMethodDetailsCardWallet,  # noqa: PLC0415
        )
        from ..models.three_d_secure_details_charge import ThreeDSecureDetailsCharge  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_checks(data: object) -> None | PaymentMethodDetailsCardChecks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checks_type_0 = PaymentMethodDetailsCardChecks.from_dict(data)

                return checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardChecks | Unset, data)

        checks = _parse_checks(d.pop("checks", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_exp_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exp_month = _parse_exp_month(d.pop("exp_month", UNSET))

        def _parse_exp_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exp_year = _parse_exp_year(d.pop("exp_year", UNSET))

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        def _parse_funding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funding = _parse_funding(d.pop("funding", UNSET))

        def _parse_installments(data: object) -> None | PaymentMethodDetailsCardInstallments | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                installments_type_0 = PaymentMethodDetailsCardInstallments.from_dict(data)

                return installments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardInstallments | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        def _parse_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last4 = _parse_last4(d.pop("last4", UNSET))

        def _parse_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_network_token(data: object) -> None | PaymentMethodDetailsCardNetworkToken | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_token_type_0 = PaymentMethodDetailsCardNetworkToken.from_dict(data)

                return network_token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardNetworkToken | Unset, data)

        network_token = _parse_network_token(d.pop("network_token", UNSET))

        def _parse_three_d_secure(data: object) -> None | ThreeDSecureDetailsCharge | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                three_d_secure_type_0 = ThreeDSecureDetailsCharge.from_dict(data)

                return three_d_secure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreeDSecureDetailsCharge | Unset, data)

        three_d_secure = _parse_three_d_secure(d.pop("three_d_secure", UNSET))

        def _parse_wallet(data: object) -> None | PaymentMethodDetailsCardWallet | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wallet_type_0 = PaymentMethodDetailsCardWallet.from_dict(data)

                return wallet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsCardWallet | Unset, data)

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        payment_method_details_card = cls(
            brand=brand,
            checks=checks,
            country=country,
            exp_month=exp_month,
            exp_year=exp_year,
            fingerprint=fingerprint,
            funding=funding,
            installments=installments,
            last4=last4,
            mandate=mandate,
            network=network,
            network_token=network_token,
            three_d_secure=three_d_secure,
            wallet=wallet,
        )

        payment_method_details_card.additional_properties = d
        return payment_method_details_card

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
