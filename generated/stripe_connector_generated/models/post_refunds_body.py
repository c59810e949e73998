from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_refunds_body_metadata_type_1 import (
    PostRefundsBodyMetadataType1,
    check_post_refunds_body_metadata_type_1,
)
from ..models.post_refunds_body_origin import (
    PostRefundsBodyOrigin,
    check_post_refunds_body_origin,
)
from ..models.post_refunds_body_reason import (
    PostRefundsBodyReason,
    check_post_refunds_body_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_refunds_body_metadata_type_0 import PostRefundsBodyMetadataType0


T = TypeVar("T", bound="PostRefundsBody")


@_attrs_define
class PostRefundsBody:
    """
    Attributes:
        amount (int | Unset): A positive integer representing how much to refund.
        charge (str | Unset):
        currency (str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
            lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        customer (str | Unset): Customer whose customer balance to refund from.
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        instructions_email (str | Unset): For payment methods without native refund support (e.g., Konbini, PromptPay),
            use this email from the customer to receive refund instructions.
        metadata (PostRefundsBodyMetadataType0 | PostRefundsBodyMetadataType1 | Unset): Set of [key-value
            pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
            additional information about the object in a structured format. Individual keys can be unset by posting an empty
            value to them. All keys can be unset by posting an empty value to `metadata`.
        origin (PostRefundsBodyOrigin | Unset): Origin of the refund
        payment_intent (str | Unset):
        reason (PostRefundsBodyReason | Unset):
        refund_application_fee (bool | Unset):
        reverse_transfer (bool | Unset):
    """

    amount: int | Unset = UNSET
    charge: str | Unset = UNSET
    currency: str | Unset = UNSET
    customer: str | Unset = UNSET
    expand: list[str] | Unset = UNSET
    instructions_email: str | Unset = UNSET
    metadata: PostRefundsBodyMetadataType0 | PostRefundsBodyMetadataType1 | Unset = UNSET
    origin: PostRefundsBodyOrigin | Unset = UNSET
    payment_intent: str | Unset = UNSET
    reason: PostRefundsBodyReason | Unset = UNSET
    refund_application_fee: bool | Unset = UNSET
    reverse_transfer: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_refunds_body_metadata_type_0 import (
            PostRefundsBodyMetadataType0,  # noqa: PLC0415
        )

        amount = self.amount

        charge = self.charge

        currency = self.currency

        customer = self.customer

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        instructions_email = self.instructions_email

        metadata: dict[str, Any] | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostRefundsBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin

        payment_intent = self.payment_intent

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        refund_application_fee = self.refund_application_fee

        reverse_transfer = self.reverse_transfer

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if charge is not UNSET:
            field_dict["charge"] = charge
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer
        if expand is not UNSET:
            field_dict["expand"] = expand
        if instructions_email is not UNSET:
            field_dict["instructions_email"] = instructions_email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if origin is not UNSET:
            field_dict["origin"] = origin
        if payment_intent is not UNSET:
            field_dict["payment_intent"] = payment_intent
        if reason is not UNSET:
            field_dict["reason"] = reason
        if refund_application_fee is not UNSET:
            field_dict["refund_application_fee"] = refund_application_fee
        if reverse_transfer is not UNSET:
            field_dict["reverse_transfer"] = reverse_transfer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_refunds_body_metadata_type_0 import (
            PostRefundsBodyMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        charge = d.pop("charge", UNSET)

        currency = d.pop("currency", UNSET)

        customer = d.pop("customer", UNSET)

        expand = cast(list[str], d.pop("expand", UNSET))

        instructions_email = d.pop("instructions_email", UNSET)

        def _parse_metadata(
            data: object,
        ) -> PostRefundsBodyMetadataType0 | PostRefundsBodyMetadataType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PostRefundsBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            metadata_type_1 = check_post_refunds_body_metadata_type_1(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _origin = d.pop("origin", UNSET)
        origin: PostRefundsBodyOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = check_post_refunds_body_origin(_origin)

        payment_intent = d.pop("payment_intent", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: PostRefundsBodyReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_post_refunds_body_reason(_reason)

        refund_application_fee = d.pop("refund_application_fee", UNSET)

        reverse_transfer = d.pop("reverse_transfer", UNSET)

        post_refunds_body = cls(
            amount=amount,
            charge=charge,
            currency=currency,
            customer=customer,
            expand=expand,
            instructions_email=instructions_email,
            metadata=metadata,
            origin=origin,
            payment_intent=payment_intent,
            reason=reason,
            refund_application_fee=refund_application_fee,
            reverse_transfer=reverse_transfer,
        )

        return post_refunds_body
