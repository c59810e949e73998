from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_object import ChargeObject, check_charge_object
from ..models.charge_status_type_1 import ChargeStatusType1, check_charge_status_type_1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_details import BillingDetails
    from ..models.charge_fraud_details import ChargeFraudDetails
    from ..models.charge_metadata_type_0 import ChargeMetadataType0
    from ..models.charge_outcome import ChargeOutcome
    from ..models.charge_refund_list import ChargeRefundList
    from ..models.charge_transfer_data import ChargeTransferData
    from ..models.payment_method_details import PaymentMethodDetails
    from ..models.radar_radar_options import RadarRadarOptions
    from ..models.shipping import Shipping
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """The `Charge` object represents a single attempt to move money into your Stripe account.
    PaymentIntent confirmation is the most common way to create Charges, but transferring
    money to a different Stripe account through Connect also creates Charges.
    Some legacy payment flows create Charges directly, which is not recommended for new integrations.

        Attributes:
            id (str): Unique identifier for the object.
            object_ (ChargeObject): String representing the object's type. Objects of the same type share the same value.
            amount (int | None | Unset): Amount intended to be collected by this payment. A positive integer representing
                how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100
                cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
                [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
                amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
            amount_captured (int | None | Unset): Amount in cents (or local equivalent) captured (can be less than the
                amount attribute on the charge if a partial capture was made).
            amount_refunded (int | None | Unset): Amount in cents (or local equivalent) refunded (can be less than the
                amount attribute on the charge if a partial refund was issued).
            application (None | str | StripeResourceObject | Unset): ID of the Connect application that created the charge.
            application_fee (None | str | StripeResourceObject | Unset): The application fee (if any) for the charge. [See
                the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
            application_fee_amount (int | None | Unset): The amount of the application fee (if any) requested for the
                charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for
                details.
            balance_transaction (None | str | StripeResourceObject | Unset): ID of the balance transaction that describes
                the impact of this charge on your account balance (not including refunds or disputes).
            billing_details (BillingDetails | None | Unset):
            calculated_statement_descriptor (None | str | Unset): The full statement descriptor that is passed to card
                networks, and that is displayed on your customers' credit card and bank statements. Allows you to see what the
                statement descriptor looks like after the static and dynamic portions are combined.
            captured (bool | None | Unset): If the charge was created without capturing, this Boolean represents whether it
                is still uncaptured or has since been captured.
            created (int | None | Unset): Time at which the object was created. Measured in seconds since the Unix epoch.
            currency (None | str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-
                codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
            customer (None | str | StripeResourceObject | Unset): ID of the customer this charge is for if one exists.
            description (None | str | Unset): An arbitrary string attached to the object. Often useful for displaying to
                users.
            disputed (bool | None | Unset): Whether the charge has been disputed.
            failure_balance_transaction (None | str | StripeResourceObject | Unset): ID of the balance transaction that
                describes the reversal of the balance on your account due to payment failure.
            failure_code (None | str | Unset): Error code explaining reason for charge failure if available (see [the errors
                section](https://stripe.com/docs/error-codes) for a list of codes).
            failure_message (None | str | Unset): Message to user further explaining reason for charge failure if available.
            fraud_details (ChargeFraudDetails | None | Unset): Information on fraud assessments for the charge.
            invoice (None | str | StripeResourceObject | Unset): ID of the invoice this charge is for if one exists.
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            metadata (ChargeMetadataType0 | None | Unset): Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing additional information about the object in a
                structured format.
            on_behalf_of (None | str | StripeResourceObject | Unset): The account (if any) the charge was made on behalf of
                without triggering an automatic transfer. See the [Connect
                documentation](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
            outcome (ChargeOutcome | None | Unset): Details about whether the payment was accepted, and why. See
                [understanding declines](https://stripe.com/docs/declines) for details.
            paid (bool | None | Unset): `true` if the charge succeeded, or was successfully authorized for later capture.
            payment_intent (None | str | StripeResourceObject | Unset): ID of the PaymentIntent associated with this charge,
                if one exists.
            payment_method (None | str | Unset): ID of the payment method used in this charge.
            payment_method_details (None | PaymentMethodDetails | Unset): Details about the payment method at the time of
                the transaction.
            radar_options (None | RadarRadarOptions | Unset):
            receipt_email (None | str | Unset): This is the email address that the receipt for this charge was sent to.
            receipt_number (None | str | Unset): This is the transaction number that appears on email receipts sent for this
                charge. This attribute will be `null` until a receipt has been sent.
            receipt_url (None | str | Unset): This is the URL to view the receipt for this charge. The receipt is kept up-
                to-date to the latest state of the charge, including any refunds. If the charge is for an Invoice, the receipt
                will be stylized as an Invoice receipt.
            refunded (bool | None | Unset): Whether the charge has been fully refunded. If the charge is only partially
                refunded, this attribute will still be false.
            refunds (ChargeRefundList | None | Unset): A list of refunds that have been applied to the charge.
            review (None | str | StripeResourceObject | Unset): ID of the review associated with this charge if one exists.
            shipping (None | Shipping | Unset): Shipping information for the charge.
            source_transfer (None | str | StripeResourceObject | Unset): The transfer ID which created this charge. Only
                present if the charge came from another Stripe account. [See the Connect
                documentation](https://stripe.com/docs/connect/destination-charges) for details.
            statement_descriptor (None | str | Unset): For card charges, use `statement_descriptor_suffix` instead.
                Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must
                contain at least one letter, maximum 22 characters.
            statement_descriptor_suffix (None | str | Unset): Provides information about the charge that customers see on
                their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the
                account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
            status (ChargeStatusType1 | None | Unset): The status of the payment is either `succeeded`, `pending`, or
                `failed`.
            transfer (None | str | StripeResourceObject | Unset): ID of the transfer to the `destination` account (only
                applicable if the charge was created using the `destination` parameter).
            transfer_data (ChargeTransferData | None | Unset): An optional dictionary including the account to automatically
                transfer to as part of a destination charge. [See the Connect
                documentation](https://stripe.com/docs/connect/destination-charges) for details.
            transfer_group (None | str | Unset): A string that identifies this transaction as part of a group. See the
                [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options) for
                details.
    """

    id: str
    object_: ChargeObject
    amount: int | None | Unset = UNSET
    amount_captured: int | None | Unset = UNSET
    amount_refunded: int | None | Unset = UNSET
    application: None | str | StripeResourceObject | Unset = UNSET
    application_fee: None | str | StripeResourceObject | Unset = UNSET
    application_fee_amount: int | None | Unset = UNSET
    balance_transaction: None | str | StripeResourceObject | Unset = UNSET
    billing_details: BillingDetails | None | Unset = UNSET
    calculated_statement_descriptor: None | str | Unset = UNSET
    captured: bool | None | Unset = UNSET
    created: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    customer: None | str | StripeResourceObject | Unset = UNSET
    description: None | str | Unset = UNSET
    disputed: bool | None | Unset = UNSET
    failure_balance_transaction: None | str | StripeResourceObject | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    fraud_details: ChargeFraudDetails | None | Unset = UNSET
    invoice: None | str | StripeResourceObject | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    metadata: ChargeMetadataType0 | None | Unset = UNSET
    on_behalf_of: None | str | StripeResourceObject | Unset = UNSET
    outcome: ChargeOutcome | None | Unset = UNSET
    paid: bool | None | Unset = UNSET
    payment_intent: None | str | StripeResourceObject | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    payment_method_details: None | PaymentMethodDetails | Unset = UNSET
    radar_options: None | RadarRadarOptions | Unset = UNSET
    receipt_email: None | str | Unset = UNSET
    receipt_number: None | str | Unset = UNSET
    receipt_url: None | str | Unset = UNSET
    refunded: bool | None | Unset = UNSET
    refunds: ChargeRefundList | None | Unset = UNSET
    review: None | str | StripeResourceObject | Unset = UNSET
    shipping: None | Shipping | Unset = UNSET
    source_transfer: None | str | StripeResourceObject | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    statement_descriptor_suffix: None | str | Unset = UNSET
    status: ChargeStatusType1 | None | Unset = UNSET
    transfer: None | str | StripeResourceObject | Unset = UNSET
    transfer_data: ChargeTransferData | None | Unset = UNSET
    transfer_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_details import BillingDetails  # noqa: PLC0415
        from ..models.charge_fraud_details import ChargeFraudDetails  # noqa: PLC0415
        from ..models.charge_metadata_type_0 import ChargeMetadataType0  # noqa: PLC0415
        from ..models.charge_outcome import ChargeOutcome  # noqa: PLC0415
        from ..models.charge_refund_list import ChargeRefundList  # noqa: PLC0415
        from ..models.charge_transfer_data import ChargeTransferData  # noqa: PLC0415
        from ..models.payment_method_details import PaymentMethodDetails  # noqa: PLC0415
        from ..models.radar_radar_options import RadarRadarOptions  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_captured: int | None | Unset
        if isinstance(self.amount_captured, Unset):
            amount_captured = UNSET
        else:
            amount_captured = self.amount_captured

        amount_refunded: int | None | Unset
        if isinstance(self.amount_refunded, Unset):
            amount_refunded = UNSET
        else:
            amount_refunded = self.amount_refunded

        application: dict[str, Any] | None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, StripeResourceObject):
            application = self.application.to_dict()
        else:
            application = self.application

        application_fee: dict[str, Any] | None | str | Unset
        if isinstance(self.application_fee, Unset):
            application_fee = UNSET
        elif isinstance(self.application_fee, StripeResourceObject):
            application_fee = self.application_fee.to_dict()
        else:
            application_fee = self.application_fee

        application_fee_amount: int | None | Unset
        if isinstance(self.application_fee_amount, Unset):
            application_fee_amount = UNSET
        else:
            application_fee_amount = self.application_fee_amount

        balance_transaction: dict[str, Any] | None | str | Unset
        if isinstance(self.balance_transaction, Unset):
            balance_transaction = UNSET
        elif isinstance(self.balance_transaction, StripeResourceObject):
            balance_transaction = self.balance_transaction.to_dict()
        else:
            balance_transaction = self.balance_transaction

        billing_details: dict[str, Any] | None | Unset
        if isinstance(self.billing_details, Unset):
            billing_details = UNSET
        elif isinstance(self.billing_details, BillingDetails):
            billing_details = self.billing_details.to_dict()
        else:
            billing_details = self.billing_details

        calculated_statement_descriptor: None | str | Unset
        if isinstance(self.calculated_statement_descriptor, Unset):
            calculated_statement_descriptor = UNSET
        else:
            calculated_statement_descriptor = self.calculated_statement_descriptor

        captured: bool | None | Unset
        if isinstance(self.captured, Unset):
            captured = UNSET
        else:
            captured = self.captured

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        customer: dict[str, Any] | None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, StripeResourceObject):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        disputed: bool | None | Unset
        if isinstance(self.disputed, Unset):
            disputed = UNSET
        else:
            disputed = self.disputed

        failure_balance_transaction: dict[str, Any] | None | str | Unset
        if isinstance(self.failure_balance_transaction, Unset):
            failure_balance_transaction = UNSET
        elif isinstance(self.failure_balance_transaction, StripeResourceObject):
            failure_balance_transaction = self.failure_balance_transaction.to_dict()
        else:
            failure_balance_transaction = self.failure_balance_transaction

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        fraud_details: dict[str, Any] | None | Unset
        if isinstance(self.fraud_details, Unset):
            fraud_details = UNSET
        elif isinstance(self.fraud_details, ChargeFraudDetails):
            fraud_details = self.fraud_details.to_dict()
        else:
            fraud_details = self.fraud_details

        invoice: dict[str, Any] | None | str | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, StripeResourceObject):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ChargeMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        on_behalf_of: dict[str, Any] | None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, StripeResourceObject):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of

        outcome: dict[str, Any] | None | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, ChargeOutcome):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome

        paid: bool | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        else:
            paid = self.paid

        payment_intent: dict[str, Any] | None | str | Unset
        if isinstance(self.payment_intent, Unset):
            payment_intent = UNSET
        elif isinstance(self.payment_intent, StripeResourceObject):
            payment_intent = self.payment_intent.to_dict()
        else:
            payment_intent = self.payment_intent

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        payment_method_details: dict[str, Any] | None | Unset
        if isinstance(self.payment_method_details, Unset):
            payment_method_details = UNSET
        elif isinstance(self.payment_method_details, PaymentMethodDetails):
            payment_method_details = self.payment_method_details.to_dict()
        else:
            payment_method_details = self.payment_method_details

        radar_options: dict[str, Any] | None | Unset
        if isinstance(self.radar_options, Unset):
            radar_options = UNSET
        elif isinstance(self.radar_options, RadarRadarOptions):
            radar_options = self.radar_options.to_dict()
        else:
            radar_options = self.radar_options

        receipt_email: None | str | Unset
        if isinstance(self.receipt_email, Unset):
            receipt_email = UNSET
        else:
            receipt_email = self.receipt_email

        receipt_number: None | str | Unset
        if isinstance(self.receipt_number, Unset):
            receipt_number = UNSET
        else:
            receipt_number = self.receipt_number

        receipt_url: None | str | Unset
        if isinstance(self.receipt_url, Unset):
            receipt_url = UNSET
        else:
            receipt_url = self.receipt_url

        refunded: bool | None | Unset
        if isinstance(self.refunded, Unset):
            refunded = UNSET
        else:
            refunded = self.refunded

        refunds: dict[str, Any] | None | Unset
        if isinstance(self.refunds, Unset):
            refunds = UNSET
        elif isinstance(self.refunds, ChargeRefundList):
            refunds = self.refunds.to_dict()
        else:
            refunds = self.refunds

        review: dict[str, Any] | None | str | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        elif isinstance(self.review, StripeResourceObject):
            review = self.review.to_dict()
        else:
            review = self.review

        shipping: dict[str, Any] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, Shipping):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        source_transfer: dict[str, Any] | None | str | Unset
        if isinstance(self.source_transfer, Unset):
            source_transfer = UNSET
        elif isinstance(self.source_transfer, StripeResourceObject):
            source_transfer = self.source_transfer.to_dict()
        else:
            source_transfer = self.source_transfer

        statement_descriptor: None | str | Unset
        if isinstance(self.statement_descriptor, Unset):
            statement_descriptor = UNSET
        else:
            statement_descriptor = self.statement_descriptor

        statement_descriptor_suffix: None | str | Unset
        if isinstance(self.statement_descriptor_suffix, Unset):
            statement_descriptor_suffix = UNSET
        else:
            statement_descriptor_suffix = self.statement_descriptor_suffix

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        transfer: dict[str, Any] | None | str | Unset
        if isinstance(self.transfer, Unset):
            transfer = UNSET
        elif isinstance(self.transfer, StripeResourceObject):
            transfer = self.transfer.to_dict()
        else:
            transfer = self.transfer

        transfer_data: dict[str, Any] | None | Unset
        if isinstance(self.transfer_data, Unset):
            transfer_data = UNSET
        elif isinstance(self.transfer_data, ChargeTransferData):
            transfer_data = self.transfer_data.to_dict()
        else:
            transfer_data = self.transfer_data

        transfer_group: None | str | Unset
        if isinstance(self.transfer_group, Unset):
            transfer_group = UNSET
        else:
            transfer_group = self.transfer_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_captured is not UNSET:
            field_dict["amount_captured"] = amount_captured
        if amount_refunded is not UNSET:
            field_dict["amount_refunded"] = amount_refunded
        if application is not UNSET:
            field_dict["application"] = application
        if application_fee is not UNSET:
            field_dict["application_fee"] = application_fee
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if balance_transaction is not UNSET:
            field_dict["balance_transaction"] = balance_transaction
        if billing_details is not UNSET:
            field_dict["billing_details"] = billing_details
        if calculated_statement_descriptor is not UNSET:
            field_dict["calculated_statement_descriptor"] = calculated_statement_descriptor
        if captured is not UNSET:
            field_dict["captured"] = captured
        if created is not UNSET:
            field_dict["created"] = created
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if disputed is not UNSET:
            field_dict["disputed"] = disputed
        if failure_balance_transaction is not UNSET:
            field_dict["failure_balance_transaction"] = failure_balance_transaction
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if fraud_details is not UNSET:
            field_dict["fraud_details"] = fraud_details
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if paid is not UNSET:
            field_dict["paid"] = paid
        if payment_intent is not UNSET:
            field_dict["payment_intent"] = payment_intent
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_details is not UNSET:
            field_dict["payment_method_details"] = payment_method_details
        if radar_options is not UNSET:
            field_dict["radar_options"] = radar_options
        if receipt_email is not UNSET:
            field_dict["receipt_email"] = receipt_email
        if receipt_number is not UNSET:
            field_dict["receipt_number"] = receipt_number
        if receipt_url is not UNSET:
            field_dict["receipt_url"] = receipt_url
        if refunded is not UNSET:
            field_dict["refunded"] = refunded
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if review is not UNSET:
            field_dict["review"] = review
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if source_transfer is not UNSET:
            field_dict["source_transfer"] = source_transfer
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if statement_descriptor_suffix is not UNSET:
            field_dict["statement_descriptor_suffix"] = statement_descriptor_suffix
        if status is not UNSET:
            field_dict["status"] = status
        if transfer is not UNSET:
            field_dict["transfer"] = transfer
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data
        if transfer_group is not UNSET:
            field_dict["transfer_group"] = transfer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_details import BillingDetails  # noqa: PLC0415
        from ..models.charge_fraud_details import ChargeFraudDetails  # noqa: PLC0415
        from ..models.charge_metadata_type_0 import ChargeMetadataType0  # noqa: PLC0415
        from ..models.charge_outcome import ChargeOutcome  # noqa: PLC0415
        from ..models.charge_refund_list import ChargeRefundList  # noqa: PLC0415
        from ..models.charge_transfer_data import ChargeTransferData  # noqa: PLC0415
        from ..models.payment_method_details import PaymentMethodDetails  # noqa: PLC0415
        from ..models.radar_radar_options import RadarRadarOptions  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_charge_object(d.pop("object"))

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_amount_captured(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_captured = _parse_amount_captured(d.pop("amount_captured", UNSET))

        def _parse_amount_refunded(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_refunded = _parse_amount_refunded(d.pop("amount_refunded", UNSET))

        def _parse_application(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_1 = StripeResourceObject.from_dict(data)

                return application_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_application_fee(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_fee_type_1 = StripeResourceObject.from_dict(data)

                return application_fee_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        application_fee = _parse_application_fee(d.pop("application_fee", UNSET))

        def _parse_application_fee_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        application_fee_amount = _parse_application_fee_amount(d.pop("application_fee_amount", UNSET))

        def _parse_balance_transaction(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_transaction_type_1 = StripeResourceObject.from_dict(data)

                return balance_transaction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        balance_transaction = _parse_balance_transaction(d.pop("balance_transaction", UNSET))

        def _parse_billing_details(data: object) -> BillingDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_details_type_0 = BillingDetails.from_dict(data)

                return billing_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingDetails | None | Unset, data)

        billing_details = _parse_billing_details(d.pop("billing_details", UNSET))

        def _parse_calculated_statement_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calculated_statement_descriptor = _parse_calculated_statement_descriptor(
            d.pop("calculated_statement_descriptor", UNSET)
        )

        def _parse_captured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        captured = _parse_captured(d.pop("captured", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_customer(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = StripeResourceObject.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_disputed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disputed = _parse_disputed(d.pop("disputed", UNSET))

        def _parse_failure_balance_transaction(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                failure_balance_transaction_type_1 = StripeResourceObject.from_dict(data)

                return failure_balance_transaction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        failure_balance_transaction = _parse_failure_balance_transaction(
            d.pop("failure_balance_transaction", UNSET)
        )

        def _parse_failure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_code = _parse_failure_code(d.pop("failure_code", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_fraud_details(data: object) -> ChargeFraudDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fraud_details_type_0 = ChargeFraudDetails.from_dict(data)

                return fraud_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeFraudDetails | None | Unset, data)

        fraud_details = _parse_fraud_details(d.pop("fraud_details", UNSET))

        def _parse_invoice(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_1 = StripeResourceObject.from_dict(data)

                return invoice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        invoice = _parse_invoice(d.pop("invoice", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_metadata(data: object) -> ChargeMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ChargeMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_on_behalf_of(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                on_behalf_of_type_1 = StripeResourceObject.from_dict(data)

                return on_behalf_of_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        on_behalf_of = _parse_on_behalf_of(d.pop("on_behalf_of", UNSET))

        def _parse_outcome(data: object) -> ChargeOutcome | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = ChargeOutcome.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeOutcome | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_paid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        def _parse_payment_intent(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_intent_type_1 = StripeResourceObject.from_dict(data)

                return payment_intent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        payment_intent = _parse_payment_intent(d.pop("payment_intent", UNSET))

        def _parse_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_method_details(data: object) -> None | PaymentMethodDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_details_type_0 = PaymentMethodDetails.from_dict(data)

                return payment_method_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetails | Unset, data)

        payment_method_details = _parse_payment_method_details(d.pop("payment_method_details", UNSET))

        def _parse_radar_options(data: object) -> None | RadarRadarOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                radar_options_type_0 = RadarRadarOptions.from_dict(data)

                return radar_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RadarRadarOptions | Unset, data)

        radar_options = _parse_radar_options(d.pop("radar_options", UNSET))

        def _parse_receipt_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_email = _parse_receipt_email(d.pop("receipt_email", UNSET))

        def _parse_receipt_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_number = _parse_receipt_number(d.pop("receipt_number", UNSET))

        def _parse_receipt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_url = _parse_receipt_url(d.pop("receipt_url", UNSET))

        def _parse_refunded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refunded = _parse_refunded(d.pop("refunded", UNSET))

        def _parse_refunds(data: object) -> ChargeRefundList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refunds_type_0 = ChargeRefundList.from_dict(data)

                return refunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeRefundList | None | Unset, data)

        refunds = _parse_refunds(d.pop("refunds", UNSET))

        def _parse_review(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_type_1 = StripeResourceObject.from_dict(data)

                return review_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        review = _parse_review(d.pop("review", UNSET))

        def _parse_shipping(data: object) -> None | Shipping | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_type_0 = Shipping.from_dict(data)

                return shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Shipping | Unset, data)

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        def _parse_source_transfer(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_transfer_type_1 = StripeResourceObject.from_dict(data)

                return source_transfer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        source_transfer = _parse_source_transfer(d.pop("source_transfer", UNSET))

        def _parse_statement_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor = _parse_statement_descriptor(d.pop("statement_descriptor", UNSET))

        def _parse_statement_descriptor_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor_suffix = _parse_statement_descriptor_suffix(
            d.pop("statement_descriptor_suffix", UNSET)
        )

        def _parse_status(data: object) -> ChargeStatusType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_charge_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeStatusType1 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_transfer(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_type_1 = StripeResourceObject.from_dict(data)

                return transfer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        transfer = _parse_transfer(d.pop("transfer", UNSET))

        def _parse_transfer_data(data: object) -> ChargeTransferData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_data_type_0 = ChargeTransferData.from_dict(data)

                return transfer_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeTransferData | None | Unset, data)

        transfer_data = _parse_transfer_data(d.pop("transfer_data", UNSET))

        def _parse_transfer_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transfer_group = _parse_transfer_group(d.pop("transfer_group", UNSET))

        charge = cls(
            id=id,
            object_=object_,
            amount=amount,
            amount_captured=amount_captured,
            amount_refunded=amount_refunded,
            application=application,
            application_fee=application_fee,
            application_fee_amount=application_fee_amount,
            balance_transaction=balance_transaction,
            billing_details=billing_details,
            calculated_statement_descriptor=calculated_statement_descriptor,
            captured=captured,
            created=created,
            currency=currency,
            customer=customer,
            description=description,
            disputed=disputed,
            failure_balance_transaction=failure_balance_transaction,
            failure_code=failure_code,
            failure_message=failure_message,
            fraud_details=fraud_details,
            invoice=invoice,
            livemode=livemode,
            metadata=metadata,
            on_behalf_of=on_behalf_of,
            outcome=outcome,
            paid=paid,
            payment_intent=payment_intent,
            payment_method=payment_method,
            payment_method_details=payment_method_details,
            radar_options=radar_options,
            receipt_email=receipt_email,
            receipt_number=receipt_number,
            receipt_url=receipt_url,
            refunded=refunded,
            refunds=refunds,
            review=review,
            shipping=shipping,
            source_transfer=source_transfer,
            statement_descriptor=statement_descriptor,
            statement_descriptor_suffix=statement_descriptor_suffix,
            status=status,
            transfer=transfer,
            transfer_data=transfer_data,
            transfer_group=transfer_group,
        )

        charge.additional_properties = d
        return charge

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
