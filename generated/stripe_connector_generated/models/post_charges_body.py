from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_charges_body_metadata_type_1 import (
    PostChargesBodyMetadataType1,
    check_post_charges_body_metadata_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_charges_body_card_type_0 import PostChargesBodyCardType0
    from ..models.post_charges_body_destination_type_0 import (
        PostChargesBodyDestinationType0,
    )
    from ..models.post_charges_body_metadata_type_0 import PostChargesBodyMetadataType0
    from ..models.post_charges_body_radar_options import PostChargesBodyRadarOptions
    from ..models.post_charges_body_shipping import PostChargesBodyShipping
    from ..models.post_charges_body_transfer_data import PostChargesBodyTransferData


T = TypeVar("T", bound="PostChargesBody")


@_attrs_define
class PostChargesBody:
    """
    Attributes:
        amount (int | Unset): Amount intended to be collected by this payment. A positive integer representing how much
            to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to
            charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in
            charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value
            supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
        application_fee (int | Unset):
        application_fee_amount (int | Unset): A fee in cents (or local equivalent) that will be applied to the charge
            and transferred to the application owner's Stripe account. The request must be made with an OAuth key or the
            `Stripe-Account` header in order to take an application fee. For more information, see the application fees
            [documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees).
        capture (bool | Unset): Whether to immediately capture the charge. Defaults to `true`. When `false`, the charge
            issues an authorization (or pre-authorization), and will need to be
            [captured](https://stripe.com/docs/api#capture_charge) later. Uncaptured charges expire after a set number of
            days (7 by default). For more information, see the [authorizing charges and settling
            later](https://stripe.com/docs/charges/placing-a-hold) documentation.
        card (PostChargesBodyCardType0 | str | Unset): A token, like the ones returned by
            [Stripe.js](https://stripe.com/docs/js).
        currency (str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
            lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        customer (str | Unset): The ID of an existing customer that will be charged in this request.
        description (str | Unset): An arbitrary string which you can attach to a `Charge` object. It is displayed when
            in the web interface alongside the charge. Note that if you use Stripe to send automatic email receipts to your
            customers, your receipt emails will include the `description` of the charge(s) that they are describing.
        destination (PostChargesBodyDestinationType0 | str | Unset):
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        metadata (PostChargesBodyMetadataType0 | PostChargesBodyMetadataType1 | Unset): Set of [key-value
            pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
            additional information about the object in a structured format. Individual keys can be unset by posting an empty
            value to them. All keys can be unset by posting an empty value to `metadata`.
        on_behalf_of (str | Unset): The Stripe account ID for which these funds are intended. Automatically set if you
            use the `destination` parameter. For details, see [Creating Separate Charges and
            Transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#on-behalf-of).
        radar_options (PostChargesBodyRadarOptions | Unset): Options to configure Radar. See [Radar
            Session](https://stripe.com/docs/radar/radar-session) for more information.
        receipt_email (str | Unset): The email address to which this charge's
            [receipt](https://stripe.com/docs/dashboard/receipts) will be sent. The receipt will not be sent until the
            charge is paid, and no receipts will be sent for test mode charges. If this charge is for a
            [Customer](https://stripe.com/docs/api/customers/object), the email address specified here will override the
            customer's email address. If `receipt_email` is specified for a charge in live mode, a receipt will be sent
            regardless of your [email settings](https://dashboard.stripe.com/account/emails).
        shipping (PostChargesBodyShipping | Unset): Shipping information for the charge. Helps prevent fraud on charges
            for physical goods.
        source (str | Unset): A payment source to be charged. This can be the ID of a
            [card](https://stripe.com/docs/api#cards) (i.e., credit or debit card), a [bank
            account](https://stripe.com/docs/api#bank_accounts), a [source](https://stripe.com/docs/api#sources), a
            [token](https://stripe.com/docs/api#tokens), or a [connected account](https://stripe.com/docs/connect/account-
            debits#charging-a-connected-account). For certain sources---namely, [cards](https://stripe.com/docs/api#cards),
            [bank accounts](https://stripe.com/docs/api#bank_accounts), and attached
            [sources](https://stripe.com/docs/api#sources)---you must also pass the ID of the associated customer.
        statement_descriptor (str | Unset): For card charges, use `statement_descriptor_suffix` instead. Otherwise, you
            can use this value as the complete description of a charge on your customers’ statements. Must contain at least
            one letter, maximum 22 characters.
        statement_descriptor_suffix (str | Unset): Provides information about the charge that customers see on their
            statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the
            account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
        transfer_data (PostChargesBodyTransferData | Unset): An optional dictionary including the account to
            automatically transfer to as part of a destination charge. [See the Connect
            documentation](https://stripe.com/docs/connect/destination-charges) for details.
        transfer_group (str | Unset): A string that identifies this transaction as part of a group. For details, see
            [Grouping transactions](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options).
    """

    amount: int | Unset = UNSET
    application_fee: int | Unset = UNSET
    application_fee_amount: int | Unset = UNSET
    capture: bool | Unset = UNSET
    card: PostChargesBodyCardType0 | str | Unset = UNSET
    currency: str | Unset = UNSET
    customer: str | Unset = UNSET
    description: str | Unset = UNSET
    destination: PostChargesBodyDestinationType0 | str | Unset = UNSET
    expand: list[str] | Unset = UNSET
    metadata: PostChargesBodyMetadataType0 | PostChargesBodyMetadataType1 | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    radar_options: PostChargesBodyRadarOptions | Unset = UNSET
    receipt_email: str | Unset = UNSET
    shipping: PostChargesBodyShipping | Unset = UNSET
    source: str | Unset = UNSET
    statement_descriptor: str | Unset = UNSET
    statement_descriptor_suffix: str | Unset = UNSET
    transfer_data: PostChargesBodyTransferData | Unset = UNSET
    transfer_group: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_charges_body_card_type_0 import PostChargesBodyCardType0  # noqa: PLC0415
        from ..models.post_charges_body_destination_type_0 import (
            PostChargesBodyDestinationType0,  # noqa: PLC0415
        )
        from ..models.post_charges_body_metadata_type_0 import (
            PostChargesBodyMetadataType0,  # noqa: PLC0415
        )

        amount = self.amount

        application_fee = self.application_fee

        application_fee_amount = self.application_fee_amount

        capture = self.capture

        card: dict[str, Any] | str | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PostChargesBodyCardType0):
            card = self.card.to_dict()
        else:
            card = self.card

        currency = self.currency

        customer = self.customer

        description = self.description

        destination: dict[str, Any] | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, PostChargesBodyDestinationType0):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        metadata: dict[str, Any] | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostChargesBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        on_behalf_of = self.on_behalf_of

        radar_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.radar_options, Unset):
            radar_options = self.radar_options.to_dict()

        receipt_email = self.receipt_email

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        source = self.source

        statement_descriptor = self.statement_descriptor

        statement_descriptor_suffix = self.statement_descriptor_suffix

        transfer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_data, Unset):
            transfer_data = self.transfer_data.to_dict()

        transfer_group = self.transfer_group

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if application_fee is not UNSET:
            field_dict["application_fee"] = application_fee
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if capture is not UNSET:
            field_dict["capture"] = capture
        if card is not UNSET:
            field_dict["card"] = card
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if destination is not UNSET:
            field_dict["destination"] = destination
        if expand is not UNSET:
            field_dict["expand"] = expand
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if radar_options is not UNSET:
            field_dict["radar_options"] = radar_options
        if receipt_email is not UNSET:
            field_dict["receipt_email"] = receipt_email
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if source is not UNSET:
            field_dict["source"] = source
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if statement_descriptor_suffix is not UNSET:
            field_dict["statement_descriptor_suffix"] = statement_descriptor_suffix
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data
        if transfer_group is not UNSET:
            field_dict["transfer_group"] = transfer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_charges_body_card_type_0 import PostChargesBodyCardType0  # noqa: PLC0415
        from ..models.post_charges_body_destination_type_0 import (
            PostChargesBodyDestinationType0,  # noqa: PLC0415
        )
        from ..models.post_charges_body_metadata_type_0 import (
            PostChargesBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_charges_body_radar_options import PostChargesBodyRadarOptions  # noqa: PLC0415
        from ..models.post_charges_body_shipping import PostChargesBodyShipping  # noqa: PLC0415
        from ..models.post_charges_body_transfer_data import PostChargesBodyTransferData  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        application_fee = d.pop("application_fee", UNSET)

        application_fee_amount = d.pop("application_fee_amount", UNSET)

        capture = d.pop("capture", UNSET)

        def _parse_card(data: object) -> PostChargesBodyCardType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PostChargesBodyCardType0.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostChargesBodyCardType0 | str | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        currency = d.pop("currency", UNSET)

        customer = d.pop("customer", UNSET)

        description = d.pop("description", UNSET)

        def _parse_destination(data: object) -> PostChargesBodyDestinationType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = PostChargesBodyDestinationType0.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostChargesBodyDestinationType0 | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        expand = cast(list[str], d.pop("expand", UNSET))

        def _parse_metadata(
            data: object,
        ) -> PostChargesBodyMetadataType0 | PostChargesBodyMetadataType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PostChargesBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            metadata_type_1 = check_post_charges_body_metadata_type_1(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        on_behalf_of = d.pop("on_behalf_of", UNSET)

        _radar_options = d.pop("radar_options", UNSET)
        radar_options: PostChargesBodyRadarOptions | Unset
        if isinstance(_radar_options, Unset):
            radar_options = UNSET
        else:
            radar_options = PostChargesBodyRadarOptions.from_dict(_radar_options)

        receipt_email = d.pop("receipt_email", UNSET)

        _shipping = d.pop("shipping", UNSET)
        shipping: PostChargesBodyShipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = PostChargesBodyShipping.from_dict(_shipping)

        source = d.pop("source", UNSET)

        statement_descriptor = d.pop("statement_descriptor", UNSET)

        statement_descriptor_suffix = d.pop("statement_descriptor_suffix", UNSET)

        _transfer_data = d.pop("transfer_data", UNSET)
        transfer_data: PostChargesBodyTransferData | Unset
        if isinstance(_transfer_data, Unset):
            transfer_data = UNSET
        else:
            transfer_data = PostChargesBodyTransferData.from_dict(_transfer_data)

        transfer_group = d.pop("transfer_group", UNSET)

        post_charges_body = cls(
            amount=amount,
            application_fee=application_fee,
            application_fee_amount=application_fee_amount,
            capture=capture,
            card=card,
            currency=currency,
            customer=customer,
            description=description,
            destination=destination,
            expand=expand,
            metadata=metadata,
            on_behalf_of=on_behalf_of,
            radar_options=radar_options,
            receipt_email=receipt_email,
            shipping=shipping,
            source=source,
            statement_descriptor=statement_descriptor,
            statement_descriptor_suffix=statement_descriptor_suffix,
            transfer_data=transfer_data,
            transfer_group=transfer_group,
        )

        return post_charges_body
