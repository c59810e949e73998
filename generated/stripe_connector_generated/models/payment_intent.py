from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_cancellation_reason_type_1 import (
    PaymentIntentCancellationReasonType1,
    check_payment_intent_cancellation_reason_type_1,
)
from ..models.payment_intent_capture_method_type_1 import (
    PaymentIntentCaptureMethodType1,
    check_payment_intent_capture_method_type_1,
)
from ..models.payment_intent_confirmation_method_type_1 import (
    PaymentIntentConfirmationMethodType1,
    check_payment_intent_confirmation_method_type_1,
)
from ..models.payment_intent_object import (
    PaymentIntentObject,
    check_payment_intent_object,
)
from ..models.payment_intent_setup_future_usage_type_1 import (
    PaymentIntentSetupFutureUsageType1,
    check_payment_intent_setup_future_usage_type_1,
)
from ..models.payment_intent_status_type_1 import (
    PaymentIntentStatusType1,
    check_payment_intent_status_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_errors import APIErrors
    from ..models.payment_flows_amount_details import PaymentFlowsAmountDetails
    from ..models.payment_flows_automatic_payment_methods_payment_intent import (
        PaymentFlowsAutomaticPaymentMethodsPaymentIntent,
    )
    from ..models.payment_intent_metadata_type_0 import PaymentIntentMetadataType0
    from ..models.payment_intent_next_action import PaymentIntentNextAction
    from ..models.payment_intent_payment_method_options import (
        PaymentIntentPaymentMethodOptions,
    )
    from ..models.payment_intent_processing import PaymentIntentProcessing
    from ..models.shipping import Shipping
    from ..models.stripe_resource_object import StripeResourceObject
    from ..models.transfer_data import TransferData


T = TypeVar("T", bound="PaymentIntent")


@_attrs_define
class PaymentIntent:
    """A PaymentIntent guides you through the process of collecting a payment from your customer.
    We recommend that you create exactly one PaymentIntent for each order or
    customer session in your system. You can reference the PaymentIntent later to
    see the history of payment attempts for a particular session.

    A PaymentIntent transitions through
    [multiple statuses](https://stripe.com/docs/payments/intents#intent-statuses)
    throughout its lifetime as it interfaces with Stripe.js to perform
    authentication flows and ultimately creates at most one successful charge.

    Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)

        Attributes:
            id (str): Unique identifier for the object.
            object_ (PaymentIntentObject): String representing the object's type. Objects of the same type share the same
                value.
            amount (int | None | Unset): Amount intended to be collected by this PaymentIntent. A positive integer
                representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)
                (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US
                or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
                amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
            amount_capturable (int | None | Unset): Amount that can be captured from this PaymentIntent.
            amount_details (None | PaymentFlowsAmountDetails | Unset):
            amount_received (int | None | Unset): Amount that was collected by this PaymentIntent.
            application (None | str | StripeResourceObject | Unset): ID of the Connect application that created the
                PaymentIntent.
            application_fee_amount (int | None | Unset): The amount of the application fee (if any) that will be requested
                to be applied to the payment and transferred to the application owner's Stripe account. The amount of the
                application fee collected will be capped at the total payment amount. For more information, see the
                PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
            automatic_payment_methods (None | PaymentFlowsAutomaticPaymentMethodsPaymentIntent | Unset): Settings to
                configure compatible payment methods from the [Stripe
                Dashboard](https://dashboard.stripe.com/settings/payment_methods)
            canceled_at (int | None | Unset): Populated when `status` is `canceled`, this is the time at which the
                PaymentIntent was canceled. Measured in seconds since the Unix epoch.
            cancellation_reason (None | PaymentIntentCancellationReasonType1 | Unset): Reason for cancellation of this
                PaymentIntent, either user-provided (`duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`) or
                generated by Stripe internally (`failed_invoice`, `void_invoice`, or `automatic`).
            capture_method (None | PaymentIntentCaptureMethodType1 | Unset): Controls when the funds will be captured from
                the customer's account.
            client_secret (None | str | Unset): The client secret of this PaymentIntent. Used for client-side retrieval
                using a publishable key.

                The client secret can be used to complete a payment from your frontend. It should not be stored, logged, or
                exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the
                client secret.

                Refer to our docs to [accept a payment](https://stripe.com/docs/payments/accept-a-payment?ui=elements) and learn
                about how `client_secret` should be handled.
            confirmation_method (None | PaymentIntentConfirmationMethodType1 | Unset):
            created (int | None | Unset): Time at which the object was created. Measured in seconds since the Unix epoch.
            currency (None | str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-
                codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
            customer (None | str | StripeResourceObject | Unset): ID of the Customer this PaymentIntent belongs to, if one
                exists.

                Payment methods attached to other Customers cannot be used with this PaymentIntent.

                If present in combination with [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-
                setup_future_usage), this PaymentIntent's payment method will be attached to the Customer after the
                PaymentIntent has been confirmed and any required actions from the user are complete.
            description (None | str | Unset): An arbitrary string attached to the object. Often useful for displaying to
                users.
            invoice (None | str | StripeResourceObject | Unset): ID of the invoice that created this PaymentIntent, if it
                exists.
            last_payment_error (APIErrors | None | Unset): The payment error encountered in the previous PaymentIntent
                confirmation. It will be cleared if the PaymentIntent is later updated for any reason.
            latest_charge (None | str | StripeResourceObject | Unset): The latest charge created by this payment intent.
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            metadata (None | PaymentIntentMetadataType0 | Unset): Set of [key-value
                pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format. For more information, see the
                [documentation](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-
                in-metadata).
            next_action (None | PaymentIntentNextAction | Unset): If present, this property tells you what actions you need
                to take in order for your customer to fulfill a payment using the provided source.
            on_behalf_of (None | str | StripeResourceObject | Unset): The account (if any) for which the funds of the
                PaymentIntent are intended. See the PaymentIntents [use case for connected
                accounts](https://stripe.com/docs/payments/connected-accounts) for details.
            payment_method (None | str | StripeResourceObject | Unset): ID of the payment method used in this PaymentIntent.
            payment_method_options (None | PaymentIntentPaymentMethodOptions | Unset): Payment-method-specific configuration
                for this PaymentIntent.
            payment_method_types (list[str] | None | Unset): The list of payment method types (e.g. card) that this
                PaymentIntent is allowed to use.
            processing (None | PaymentIntentProcessing | Unset): If present, this property tells you about the processing
                state of the payment.
            receipt_email (None | str | Unset): Email address that the receipt for the resulting payment will be sent to. If
                `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email
                settings](https://dashboard.stripe.com/account/emails).
            review (None | str | StripeResourceObject | Unset): ID of the review associated with this PaymentIntent, if any.
            setup_future_usage (None | PaymentIntentSetupFutureUsageType1 | Unset): Indicates that you intend to make future
                payments with this PaymentIntent's payment method.

                Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
                to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
                the user are complete. If no Customer was provided, the payment method can still be
                [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

                When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
                and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
                authentication).
            shipping (None | Shipping | Unset): Shipping information for this PaymentIntent.
            statement_descriptor (None | str | Unset): For non-card charges, you can use this value as the complete
                description that appears on your customers’ statements. Must contain at least one letter, maximum 22 characters.
            statement_descriptor_suffix (None | str | Unset): Provides information about a card payment that customers see
                on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on
                the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
            status (None | PaymentIntentStatusType1 | Unset): Status of this PaymentIntent, one of
                `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `requires_capture`,
                `canceled`, or `succeeded`. Read more about each PaymentIntent
                [status](https://stripe.com/docs/payments/intents#intent-statuses).
            transfer_data (None | TransferData | Unset): The data with which to automatically create a Transfer when the
                payment is finalized. See the PaymentIntents [use case for connected
                accounts](https://stripe.com/docs/payments/connected-accounts) for details.
            transfer_group (None | str | Unset): A string that identifies the resulting payment as part of a group. See the
                PaymentIntents [use case for connected accounts](https://stripe.com/docs/connect/separate-charges-and-transfers)
                for details.
    """

    id: str
    object_: PaymentIntentObject
    amount: int | None | Unset = UNSET
    amount_capturable: int | None | Unset = UNSET
    amount_details: None | PaymentFlowsAmountDetails | Unset = UNSET
    amount_received: int | None | Unset = UNSET
    application: None | str | StripeResourceObject | Unset = UNSET
    application_fee_amount: int | None | Unset = UNSET
    automatic_payment_methods: None | PaymentFlowsAutomaticPaymentMethodsPaymentIntent | Unset = UNSET
    canceled_at: int | None | Unset = UNSET
    cancellation_reason: None | PaymentIntentCancellationReasonType1 | Unset = UNSET
    capture_method: None | PaymentIntentCaptureMethodType1 | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    confirmation_method: None | PaymentIntentConfirmationMethodType1 | Unset = UNSET
    created: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    customer: None | str | StripeResourceObject | Unset = UNSET
    description: None | str | Unset = UNSET
    invoice: None | str | StripeResourceObject | Unset = UNSET
    last_payment_error: APIErrors | None | Unset = UNSET
    latest_charge: None | str | StripeResourceObject | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    metadata: None | PaymentIntentMetadataType0 | Unset = UNSET
    next_action: None | PaymentIntentNextAction | Unset = UNSET
    on_behalf_of: None | str | StripeResourceObject | Unset = UNSET
    payment_method: None | str | StripeResourceObject | Unset = UNSET
    payment_method_options: None | PaymentIntentPaymentMethodOptions | Unset = UNSET
    payment_method_types: list[str] | None | Unset = UNSET
    processing: None | PaymentIntentProcessing | Unset = UNSET
    receipt_email: None | str | Unset = UNSET
    review: None | str | StripeResourceObject | Unset = UNSET
    setup_future_usage: None | PaymentIntentSetupFutureUsageType1 | Unset = UNSET
    shipping: None | Shipping | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    statement_descriptor_suffix: None | str | Unset = UNSET
    status: None | PaymentIntentStatusType1 | Unset = UNSET
    transfer_data: None | TransferData | Unset = UNSET
    transfer_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_errors import APIErrors  # noqa: PLC0415
        from ..models.payment_flows_amount_details import PaymentFlowsAmountDetails  # noqa: PLC0415
        from ..models.payment_flows_automatic_payment_methods_payment_intent import (
            PaymentFlowsAutomaticPaymentMethodsPaymentIntent,  # noqa: PLC0415
        )
        from ..models.payment_intent_metadata_type_0 import PaymentIntentMetadataType0  # noqa: PLC0415
        from ..models.payment_intent_next_action import PaymentIntentNextAction  # noqa: PLC0415
        from ..models.payment_intent_payment_method_options import (
            PaymentIntentPaymentMethodOptions,  # noqa: PLC0415
        )
        from ..models.payment_intent_processing import PaymentIntentProcessing  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415
        from ..models.transfer_data import TransferData  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_capturable: int | None | Unset
        if isinstance(self.amount_capturable, Unset):
            amount_capturable = UNSET
        else:
            amount_capturable = self.amount_capturable

        amount_details: dict[str, Any] | None | Unset
        if isinstance(self.amount_details, Unset):
            amount_details = UNSET
        elif isinstance(self.amount_details, PaymentFlowsAmountDetails):
            amount_details = self.amount_details.to_dict()
        else:
            amount_details = self.amount_details

        amount_received: int | None | Unset
        if isinstance(self.amount_received, Unset):
            amount_received = UNSET
        else:
            amount_received = self.amount_received

        application: dict[str, Any] | None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, StripeResourceObject):
            application = self.application.to_dict()
        else:
            application = self.application

        application_fee_amount: int | None | Unset
        if isinstance(self.application_fee_amount, Unset):
            application_fee_amount = UNSET
        else:
            application_fee_amount = self.application_fee_amount

        automatic_payment_methods: dict[str, Any] | None | Unset
        if isinstance(self.automatic_payment_methods, Unset):
            automatic_payment_methods = UNSET
        elif isinstance(self.automatic_payment_methods, PaymentFlowsAutomaticPaymentMethodsPaymentIntent):
            automatic_payment_methods = self.automatic_payment_methods.to_dict()
        else:
            automatic_payment_methods = self.automatic_payment_methods

        canceled_at: int | None | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        else:
            canceled_at = self.canceled_at

        cancellation_reason: None | str | Unset
        if isinstance(self.cancellation_reason, Unset):
            cancellation_reason = UNSET
        elif isinstance(self.cancellation_reason, str):
            cancellation_reason = self.cancellation_reason
        else:
            cancellation_reason = self.cancellation_reason

        capture_method: None | str | Unset
        if isinstance(self.capture_method, Unset):
            capture_method = UNSET
        elif isinstance(self.capture_method, str):
            capture_method = self.capture_method
        else:
            capture_method = self.capture_method

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        confirmation_method: None | str | Unset
        if isinstance(self.confirmation_method, Unset):
            confirmation_method = UNSET
        elif isinstance(self.confirmation_method, str):
            confirmation_method = self.confirmation_method
        else:
            confirmation_method = self.confirmation_method

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

        invoice: dict[str, Any] | None | str | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, StripeResourceObject):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        last_payment_error: dict[str, Any] | None | Unset
        if isinstance(self.last_payment_error, Unset):
            last_payment_error = UNSET
        elif isinstance(self.last_payment_error, APIErrors):
            last_payment_error = self.last_payment_error.to_dict()
        else:
            last_payment_error = self.last_payment_error

        latest_charge: dict[str, Any] | None | str | Unset
        if isinstance(self.latest_charge, Unset):
            latest_charge = UNSET
        elif isinstance(self.latest_charge, StripeResourceObject):
            latest_charge = self.latest_charge.to_dict()
        else:
            latest_charge = self.latest_charge

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PaymentIntentMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        next_action: dict[str, Any] | None | Unset
        if isinstance(self.next_action, Unset):
            next_action = UNSET
        elif isinstance(self.next_action, PaymentIntentNextAction):
            next_action = self.next_action.to_dict()
        else:
            next_action = self.next_action

        on_behalf_of: dict[str, Any] | None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, StripeResourceObject):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of

        payment_method: dict[str, Any] | None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, StripeResourceObject):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        payment_method_options: dict[str, Any] | None | Unset
        if isinstance(self.payment_method_options, Unset):
            payment_method_options = UNSET
        elif isinstance(self.payment_method_options, PaymentIntentPaymentMethodOptions):
            payment_method_options = self.payment_method_options.to_dict()
        else:
            payment_method_options = self.payment_method_options

        payment_method_types: list[str] | None | Unset
        if isinstance(self.payment_method_types, Unset):
            payment_method_types = UNSET
        elif isinstance(self.payment_method_types, list):
            payment_method_types = self.payment_method_types

        else:
            payment_method_types = self.payment_method_types

        processing: dict[str, Any] | None | Unset
        if isinstance(self.processing, Unset):
            processing = UNSET
        elif isinstance(self.processing, PaymentIntentProcessing):
            processing = self.processing.to_dict()
        else:
            processing = self.processing

        receipt_email: None | str | Unset
        if isinstance(self.receipt_email, Unset):
            receipt_email = UNSET
        else:
            receipt_email = self.receipt_email

        review: dict[str, Any] | None | str | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        elif isinstance(self.review, StripeResourceObject):
            review = self.review.to_dict()
        else:
            review = self.review

        setup_future_usage: None | str | Unset
        if isinstance(self.setup_future_usage, Unset):
            setup_future_usage = UNSET
        elif isinstance(self.setup_future_usage, str):
            setup_future_usage = self.setup_future_usage
        else:
            setup_future_usage = self.setup_future_usage

        shipping: dict[str, Any] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, Shipping):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

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

        transfer_data: dict[str, Any] | None | Unset
        if isinstance(self.transfer_data, Unset):
            transfer_data = UNSET
        elif isinstance(self.transfer_data, TransferData):
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
        if amount_capturable is not UNSET:
            field_dict["amount_capturable"] = amount_capturable
        if amount_details is not UNSET:
            field_dict["amount_details"] = amount_details
        if amount_received is not UNSET:
            field_dict["amount_received"] = amount_received
        if application is not UNSET:
            field_dict["application"] = application
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if automatic_payment_methods is not UNSET:
            field_dict["automatic_payment_methods"] = automatic_payment_methods
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if capture_method is not UNSET:
            field_dict["capture_method"] = capture_method
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if confirmation_method is not UNSET:
            field_dict["confirmation_method"] = confirmation_method
        if created is not UNSET:
            field_dict["created"] = created
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if last_payment_error is not UNSET:
            field_dict["last_payment_error"] = last_payment_error
        if latest_charge is not UNSET:
            field_dict["latest_charge"] = latest_charge
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if next_action is not UNSET:
            field_dict["next_action"] = next_action
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_options is not UNSET:
            field_dict["payment_method_options"] = payment_method_options
        if payment_method_types is not UNSET:
            field_dict["payment_method_types"] = payment_method_types
        if processing is not UNSET:
            field_dict["processing"] = processing
        if receipt_email is not UNSET:
            field_dict["receipt_email"] = receipt_email
        if review is not UNSET:
            field_dict["review"] = review
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if statement_descriptor_suffix is not UNSET:
            field_dict["statement_descriptor_suffix"] = statement_descriptor_suffix
        if status is not UNSET:
            field_dict["status"] = status
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data
        if transfer_group is not UNSET:
            field_dict["transfer_group"] = transfer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_errors import APIErrors  # noqa: PLC0415
        from ..models.payment_flows_amount_details import PaymentFlowsAmountDetails  # noqa: PLC0415
        from ..models.payment_flows_automatic_payment_methods_payment_intent import (
            PaymentFlowsAutomaticPaymentMethodsPaymentIntent,  # noqa: PLC0415
        )
        from ..models.payment_intent_metadata_type_0 import PaymentIntentMetadataType0  # noqa: PLC0415
        from ..models.payment_intent_next_action import PaymentIntentNextAction  # noqa: PLC0415
        from ..models.payment_intent_payment_method_options import (
            PaymentIntentPaymentMethodOptions,  # noqa: PLC0415
        )
        from ..models.payment_intent_processing import PaymentIntentProcessing  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415
        from ..models.transfer_data import TransferData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_payment_intent_object(d.pop("object"))

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_amount_capturable(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_capturable = _parse_amount_capturable(d.pop("amount_capturable", UNSET))

        def _parse_amount_details(data: object) -> None | PaymentFlowsAmountDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_details_type_0 = PaymentFlowsAmountDetails.from_dict(data)

                return amount_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentFlowsAmountDetails | Unset, data)

        amount_details = _parse_amount_details(d.pop("amount_details", UNSET))

        def _parse_amount_received(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_received = _parse_amount_received(d.pop("amount_received", UNSET))

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

        def _parse_application_fee_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        application_fee_amount = _parse_application_fee_amount(d.pop("application_fee_amount", UNSET))

        def _parse_automatic_payment_methods(
            data: object,
        ) -> None | PaymentFlowsAutomaticPaymentMethodsPaymentIntent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automatic_payment_methods_type_0 = PaymentFlowsAutomaticPaymentMethodsPaymentIntent.from_dict(
                    data
                )

                return automatic_payment_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentFlowsAutomaticPaymentMethodsPaymentIntent | Unset, data)

        automatic_payment_methods = _parse_automatic_payment_methods(
            d.pop("automatic_payment_methods", UNSET)
        )

        def _parse_canceled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        def _parse_cancellation_reason(data: object) -> None | PaymentIntentCancellationReasonType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancellation_reason_type_1 = check_payment_intent_cancellation_reason_type_1(data)

                return cancellation_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentCancellationReasonType1 | Unset, data)

        cancellation_reason = _parse_cancellation_reason(d.pop("cancellation_reason", UNSET))

        def _parse_capture_method(data: object) -> None | PaymentIntentCaptureMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capture_method_type_1 = check_payment_intent_capture_method_type_1(data)

                return capture_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentCaptureMethodType1 | Unset, data)

        capture_method = _parse_capture_method(d.pop("capture_method", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_confirmation_method(data: object) -> None | PaymentIntentConfirmationMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmation_method_type_1 = check_payment_intent_confirmation_method_type_1(data)

                return confirmation_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentConfirmationMethodType1 | Unset, data)

        confirmation_method = _parse_confirmation_method(d.pop("confirmation_method", UNSET))

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

        def _parse_last_payment_error(data: object) -> APIErrors | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_payment_error_type_0 = APIErrors.from_dict(data)

                return last_payment_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(APIErrors | None | Unset, data)

        last_payment_error = _parse_last_payment_error(d.pop("last_payment_error", UNSET))

        def _parse_latest_charge(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_charge_type_1 = StripeResourceObject.from_dict(data)

                return latest_charge_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        latest_charge = _parse_latest_charge(d.pop("latest_charge", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_metadata(data: object) -> None | PaymentIntentMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PaymentIntentMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_next_action(data: object) -> None | PaymentIntentNextAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_action_type_0 = PaymentIntentNextAction.from_dict(data)

                return next_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextAction | Unset, data)

        next_action = _parse_next_action(d.pop("next_action", UNSET))

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

        def _parse_payment_method(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_1 = StripeResourceObject.from_dict(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_method_options(data: object) -> None | PaymentIntentPaymentMethodOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_options_type_0 = PaymentIntentPaymentMethodOptions.from_dict(data)

                return payment_method_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentPaymentMethodOptions | Unset, data)

        payment_method_options = _parse_payment_method_options(d.pop("payment_method_options", UNSET))

        def _parse_payment_method_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_method_types_type_0 = cast(list[str], data)

                return payment_method_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        payment_method_types = _parse_payment_method_types(d.pop("payment_method_types", UNSET))

        def _parse_processing(data: object) -> None | PaymentIntentProcessing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                processing_type_0 = PaymentIntentProcessing.from_dict(data)

                return processing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentProcessing | Unset, data)

        processing = _parse_processing(d.pop("processing", UNSET))

        def _parse_receipt_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_email = _parse_receipt_email(d.pop("receipt_email", UNSET))

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

        def _parse_setup_future_usage(data: object) -> None | PaymentIntentSetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = check_payment_intent_setup_future_usage_type_1(data)

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentSetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

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

        def _parse_status(data: object) -> None | PaymentIntentStatusType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_payment_intent_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentStatusType1 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_transfer_data(data: object) -> None | TransferData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_data_type_0 = TransferData.from_dict(data)

                return transfer_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransferData | Unset, data)

        transfer_data = _parse_transfer_data(d.pop("transfer_data", UNSET))

        def _parse_transfer_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transfer_group = _parse_transfer_group(d.pop("transfer_group", UNSET))

        payment_intent = cls(
            id=id,
            object_=object_,
            amount=amount,
            amount_capturable=amount_capturable,
            amount_details=amount_details,
            amount_received=amount_received,
            application=application,
            application_fee_amount=application_fee_amount,
            automatic_payment_methods=automatic_payment_methods,
            canceled_at=canceled_at,
            cancellation_reason=cancellation_reason,
            capture_method=capture_method,
            client_secret=client_secret,
            confirmation_method=confirmation_method,
            created=created,
            currency=currency,
            customer=customer,
            description=description,
            invoice=invoice,
            last_payment_error=last_payment_error,
            latest_charge=latest_charge,
            livemode=livemode,
            metadata=metadata,
            next_action=next_action,
            on_behalf_of=on_behalf_of,
            payment_method=payment_method,
            payment_method_options=payment_method_options,
            payment_method_types=payment_method_types,
            processing=processing,
            receipt_email=receipt_email,
            review=review,
            setup_future_usage=setup_future_usage,
            shipping=shipping,
            statement_descriptor=statement_descriptor,
            statement_descriptor_suffix=statement_descriptor_suffix,
            status=status,
            transfer_data=transfer_data,
            transfer_group=transfer_group,
        )

        payment_intent.additional_properties = d
        return payment_intent

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
