from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_next_action_display_bank_transfer_instructions_type_type_1 import (
    PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1,
    check_payment_intent_next_action_display_bank_transfer_instructions_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_instructions_bank_transfer_financial_address import (
        FundingInstructionsBankTransferFinancialAddress,
    )


T = TypeVar("T", bound="PaymentIntentNextActionDisplayBankTransferInstructions")


@_attrs_define
class PaymentIntentNextActionDisplayBankTransferInstructions:
    """
    Attributes:
        amount_remaining (int | None | Unset): The remaining amount that needs to be transferred to complete the
            payment.
        currency (None | str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-
            codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        financial_addresses (list[FundingInstructionsBankTransferFinancialAddress] | None | Unset): A list of financial
            addresses that can be used to fund the customer balance
        hosted_instructions_url (None | str | Unset): A link to a hosted page that guides your customer through
            completing the transfer.
        reference (None | str | Unset): A string identifying this payment. Instruct your customer to include this code
            in the reference or memo field of their bank transfer.
        type_ (None | PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1 | Unset): Type of bank transfer
    """

    amount_remaining: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    financial_addresses: list[FundingInstructionsBankTransferFinancialAddress] | None | Unset = UNSET
    hosted_instructions_url: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    type_: None | PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_remaining: int | None | Unset
        if isinstance(self.amount_remaining, Unset):
            amount_remaining = UNSET
        else:
            amount_remaining = self.amount_remaining

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        financial_addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.financial_addresses, Unset):
            financial_addresses = UNSET
        elif isinstance(self.financial_addresses, list):
            financial_addresses = []
            for financial_addresses_type_0_item_data in self.financial_addresses:
                financial_addresses_type_0_item = financial_addresses_type_0_item_data.to_dict()
                financial_addresses.append(financial_addresses_type_0_item)

        else:
            financial_addresses = self.financial_addresses

        hosted_instructions_url: None | str | Unset
        if isinstance(self.hosted_instructions_url, Unset):
            hosted_instructions_url = UNSET
        else:
            hosted_instructions_url = self.hosted_instructions_url

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_remaining is not UNSET:
            field_dict["amount_remaining"] = amount_remaining
        if currency is not UNSET:
            field_dict["currency"] = currency
        if financial_addresses is not UNSET:
            field_dict["financial_addresses"] = financial_addresses
        if hosted_instructions_url is not UNSET:
            field_dict["hosted_instructions_url"] = hosted_instructions_url
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_instructions_bank_transfer_financial_address import (
            FundingInstructionsBankTransferFinancialAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_amount_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_remaining = _parse_amount_remaining(d.pop("amount_remaining", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_financial_addresses(
            data: object,
        ) -> list[FundingInstructionsBankTransferFinancialAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                financial_addresses_type_0 = []
                _financial_addresses_type_0 = data
                for financial_addresses_type_0_item_data in _financial_addresses_type_0:
                    financial_addresses_type_0_item = (
                        FundingInstructionsBankTransferFinancialAddress.from_dict(
                            financial_addresses_type_0_item_data
                        )
                    )

                    financial_addresses_type_0.append(financial_addresses_type_0_item)

                return financial_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FundingInstructionsBankTransferFinancialAddress] | None | Unset, data)

        financial_addresses = _parse_financial_addresses(d.pop("financial_addresses", UNSET))

        def _parse_hosted_instructions_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_instructions_url = _parse_hosted_instructions_url(d.pop("hosted_instructions_url", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_type_(
            data: object,
        ) -> None | PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_payment_intent_next_action_display_bank_transfer_instructions_type_type_1(
                    data
                )

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionDisplayBankTransferInstructionsTypeType1 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        payment_intent_next_action_display_bank_transfer_instructions = cls(
            amount_remaining=amount_remaining,
            currency=currency,
            financial_addresses=financial_addresses,
            hosted_instructions_url=hosted_instructions_url,
            reference=reference,
            type_=type_,
        )

        payment_intent_next_action_display_bank_transfer_instructions.additional_properties = d
        return payment_intent_next_action_display_bank_transfer_instructions

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
