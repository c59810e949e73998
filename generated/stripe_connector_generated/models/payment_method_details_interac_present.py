from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_interac_present_read_method_type_1 import (
    PaymentMethodDetailsInteracPresentReadMethodType1,
    check_payment_method_details_interac_present_read_method_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_details_interac_present_receipt import (
        PaymentMethodDetailsInteracPresentReceipt,
    )


T = TypeVar("T", bound="PaymentMethodDetailsInteracPresent")


@_attrs_define
class PaymentMethodDetailsInteracPresent:
    """
    Attributes:
        brand (None | str | Unset): Card brand. Can be `interac`, `mastercard` or `visa`.
        cardholder_name (None | str | Unset): The cardholder name as read from the card, in [ISO
            7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include alphanumeric characters, special
            characters and first/last name separator (`/`). In some cases, the cardholder name may not be available
            depending on how the issuer has configured the card. Cardholder name is typically not available on swipe or
            contactless payments, such as those made with Apple Pay and Google Pay.
        country (None | str | Unset): Two-letter ISO code representing the country of the card. You could use this
            attribute to get a sense of the international breakdown of cards you've collected.
        emv_auth_data (None | str | Unset): Authorization response cryptogram.
        exp_month (int | None | Unset): Two-digit number representing the card's expiration month.
        exp_year (int | None | Unset): Four-digit number representing the card's expiration year.
        fingerprint (None | str | Unset): Uniquely identifies this particular card number. You can use this attribute to
            check whether two customers who’ve signed up with you are using the same card number, for example. For payment
            methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead
            of the underlying card number.

            *As of May 1, 2021, card fingerprint in India for Connect changed to allow two fingerprints for the same card---
            one for India and one for the rest of the world.*
        funding (None | str | Unset): Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
        generated_card (None | str | Unset): ID of a card PaymentMethod generated from the card_present PaymentMethod
            that may be attached to a Customer for future transactions. Only present if it was possible to generate a card
            PaymentMethod.
        last4 (None | str | Unset): The last four digits of the card.
        network (None | str | Unset): Identifies which network this charge was processed on. Can be `amex`,
            `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or
            `unknown`.
        preferred_locales (list[str] | None | Unset): EMV tag 5F2D. Preferred languages specified by the integrated
            circuit chip.
        read_method (None | PaymentMethodDetailsInteracPresentReadMethodType1 | Unset): How card details were read in
            this transaction.
        receipt (None | PaymentMethodDetailsInteracPresentReceipt | Unset): A collection of fields required to be
            displayed on receipts. Only required for EMV transactions.
    """

    brand: None | str | Unset = UNSET
    cardholder_name: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    emv_auth_data: None | str | Unset = UNSET
    exp_month: int | None | Unset = UNSET
    exp_year: int | None | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    funding: None | str | Unset = UNSET
    generated_card: None | str | Unset = UNSET
    last4: None | str | Unset = UNSET
    network: None | str | Unset = UNSET
    preferred_locales: list[str] | None | Unset = UNSET
    read_method: None | PaymentMethodDetailsInteracPresentReadMethodType1 | Unset = UNSET
    receipt: None | PaymentMethodDetailsInteracPresentReceipt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_details_interac_present_receipt import (
            PaymentMethodDetailsInteracPresentReceipt,  # noqa: PLC0415
        )

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        cardholder_name: None | str | Unset
        if isinstance(self.cardholder_name, Unset):
            cardholder_name = UNSET
        else:
            cardholder_name = self.cardholder_name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        emv_auth_data: None | str | Unset
        if isinstance(self.emv_auth_data, Unset):
            emv_auth_data = UNSET
        else:
            emv_auth_data = self.emv_auth_data

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

        generated_card: None | str | Unset
        if isinstance(self.generated_card, Unset):
            generated_card = UNSET
        else:
            generated_card = self.generated_card

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        preferred_locales: list[str] | None | Unset
        if isinstance(self.preferred_locales, Unset):
            preferred_locales = UNSET
        elif isinstance(self.preferred_locales, list):
            preferred_locales = self.preferred_locales

        else:
            preferred_locales = self.preferred_locales

        read_method: None | str | Unset
        if isinstance(self.read_method, Unset):
            read_method = UNSET
        elif isinstance(self.read_method, str):
            read_method = self.read_method
        else:
            read_method = self.read_method

        receipt: dict[str, Any] | None | Unset
        if isinstance(self.receipt, Unset):
            receipt = UNSET
        elif isinstance(self.receipt, PaymentMethodDetailsInteracPresentReceipt):
            receipt = self.receipt.to_dict()
        else:
            receipt = self.receipt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if cardholder_name is not UNSET:
            field_dict["cardholder_name"] = cardholder_name
        if country is not UNSET:
            field_dict["country"] = country
        if emv_auth_data is not UNSET:
            field_dict["emv_auth_data"] = emv_auth_data
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if funding is not UNSET:
            field_dict["funding"] = funding
        if generated_card is not UNSET:
            field_dict["generated_card"] = generated_card
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if network is not UNSET:
            field_dict["network"] = network
        if preferred_locales is not UNSET:
            field_dict["preferred_locales"] = preferred_locales
        if read_method is not UNSET:
            field_dict["read_method"] = read_method
        if receipt is not UNSET:
            field_dict["receipt"] = receipt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_details_interac_present_receipt import (
            PaymentMethodDetailsInteracPresentReceipt,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_cardholder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cardholder_name = _parse_cardholder_name(d.pop("cardholder_name", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_emv_auth_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emv_auth_data = _parse_emv_auth_data(d.pop("emv_auth_data", UNSET))

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

        def _parse_generated_card(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_card = _parse_generated_card(d.pop("generated_card", UNSET))

        def _parse_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last4 = _parse_last4(d.pop("last4", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_preferred_locales(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_locales_type_0 = cast(list[str], data)

                return preferred_locales_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preferred_locales = _parse_preferred_locales(d.pop("preferred_locales", UNSET))

        def _parse_read_method(
            data: object,
        ) -> None | PaymentMethodDetailsInteracPresentReadMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_method_type_1 = check_payment_method_details_interac_present_read_method_type_1(data)

                return read_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsInteracPresentReadMethodType1 | Unset, data)

        read_method = _parse_read_method(d.pop("read_method", UNSET))

        def _parse_receipt(data: object) -> None | PaymentMethodDetailsInteracPresentReceipt | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receipt_type_0 = PaymentMethodDetailsInteracPresentReceipt.from_dict(data)

                return receipt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsInteracPresentReceipt | Unset, data)

        receipt = _parse_receipt(d.pop("receipt", UNSET))

        payment_method_details_interac_present = cls(
            brand=brand,
            cardholder_name=cardholder_name,
            country=country,
            emv_auth_data=emv_auth_data,
            exp_month=exp_month,
            exp_year=exp_year,
            fingerprint=fingerprint,
            funding=funding,
            generated_card=generated_card,
            last4=last4,
            network=network,
            preferred_locales=preferred_locales,
            read_method=read_method,
            receipt=receipt,
        )

        payment_method_details_interac_present.additional_properties = d
        return payment_method_details_interac_present

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
