from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_collection_method_type_1 import (
    SubscriptionCollectionMethodType1,
    check_subscription_collection_method_type_1,
)
from ..models.subscription_object import SubscriptionObject, check_subscription_object
from ..models.subscription_status_type_1 import (
    SubscriptionStatusType1,
    check_subscription_status_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancellation_details import CancellationDetails
    from ..models.stripe_resource_object import StripeResourceObject
    from ..models.subscription_automatic_tax import SubscriptionAutomaticTax
    from ..models.subscription_billing_thresholds import SubscriptionBillingThresholds
    from ..models.subscription_metadata_type_0 import SubscriptionMetadataType0
    from ..models.subscription_pending_invoice_item_interval import (
        SubscriptionPendingInvoiceItemInterval,
    )
    from ..models.subscription_subscription_item_list import (
        SubscriptionSubscriptionItemList,
    )
    from ..models.subscription_transfer_data import SubscriptionTransferData
    from ..models.subscriptions_resource_pause_collection import (
        SubscriptionsResourcePauseCollection,
    )
    from ..models.subscriptions_resource_payment_settings import (
        SubscriptionsResourcePaymentSettings,
    )
    from ..models.subscriptions_resource_pending_update import (
        SubscriptionsResourcePendingUpdate,
    )
    from ..models.subscriptions_trials_resource_trial_settings import (
        SubscriptionsTrialsResourceTrialSettings,
    )


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """Subscriptions allow you to charge a customer on a recurring basis.

    Related guide: [Creating subscriptions](https://stripe.com/docs/billing/subscriptions/creating)

        Attributes:
            id (str): Unique identifier for the object.
            object_ (SubscriptionObject): String representing the object's type. Objects of the same type share the same
                value.
            application (None | str | StripeResourceObject | Unset): ID of the Connect Application that created the
                subscription.
            application_fee_percent (float | None | Unset): A non-negative decimal between 0 and 100, with at most two
                decimal places. This represents the percentage of the subscription invoice total that will be transferred to the
                application owner's Stripe account.
            automatic_tax (None | SubscriptionAutomaticTax | Unset):
            billing_cycle_anchor (int | None | Unset): Determines the date of the first full invoice, and, for plans with
                `month` or `year` intervals, the day of the month for subsequent invoices. The timestamp is in UTC format.
            billing_thresholds (None | SubscriptionBillingThresholds | Unset): Define thresholds at which an invoice will be
                sent, and the subscription advanced to a new billing period
            cancel_at (int | None | Unset): A date in the future at which the subscription will automatically get canceled
            cancel_at_period_end (bool | None | Unset): If the subscription has been canceled with the `at_period_end` flag
                set to `true`, `cancel_at_period_end` on the subscription will be true. You can use this attribute to determine
                whether a subscription that has a status of active is scheduled to be canceled at the end of the current period.
            canceled_at (int | None | Unset): If the subscription has been canceled, the date of that cancellation. If the
                subscription was canceled with `cancel_at_period_end`, `canceled_at` will reflect the time of the most recent
                update request, not the end of the subscription period when the subscription is automatically moved to a
                canceled state.
            cancellation_details (CancellationDetails | None | Unset): Details about why this subscription was cancelled
            collection_method (None | SubscriptionCollectionMethodType1 | Unset): Either `charge_automatically`, or
                `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the
                cycle using the default source attached to the customer. When sending an invoice, Stripe will email your
                customer an invoice with payment instructions and mark the subscription as `active`.
            created (int | None | Unset): Time at which the object was created. Measured in seconds since the Unix epoch.
            currency (None | str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-
                codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
            current_period_end (int | None | Unset): End of the current period that the subscription has been invoiced for.
                At the end of this period, a new invoice will be created.
            current_period_start (int | None | Unset): Start of the current period that the subscription has been invoiced
                for.
            customer (None | str | StripeResourceObject | Unset): ID of the customer who owns the subscription.
            days_until_due (int | None | Unset): Number of days a customer has to pay invoices generated by this
                subscription. This value will be `null` for subscriptions where `collection_method=charge_automatically`.
            default_payment_method (None | str | StripeResourceObject | Unset): ID of the default payment method for the
                subscription. It must belong to the customer associated with the subscription. This takes precedence over
                `default_source`. If neither are set, invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-
                invoice_settings-default_payment_method) or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_source (None | str | StripeResourceObject | Unset): ID of the default payment source for the
                subscription. It must belong to the customer associated with the subscription and be in a chargeable state. If
                `default_payment_method` is also set, `default_payment_method` will take precedence. If neither are set,
                invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-
                invoice_settings-default_payment_method) or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_tax_rates (list[StripeResourceObject] | None | Unset): The tax rates that will apply to any subscription
                item that does not have `tax_rates` set. Invoices created will have their `default_tax_rates` populated from the
                subscription.
            description (None | str | Unset): The subscription's description, meant to be displayable to the customer. Use
                this field to optionally store an explanation of the subscription for rendering in Stripe surfaces.
            discount (None | StripeResourceObject | Unset): Describes the current discount applied to this subscription, if
                there is one. When billing, a discount applied to a subscription overrides a discount applied on a customer-wide
                basis.
            ended_at (int | None | Unset): If the subscription has ended, the date the subscription ended.
            items (None | SubscriptionSubscriptionItemList | Unset): List of subscription items, each with an attached
                price.
            latest_invoice (None | str | StripeResourceObject | Unset): The most recent invoice this subscription has
                generated.
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            metadata (None | SubscriptionMetadataType0 | Unset): Set of [key-value
                pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
            next_pending_invoice_item_invoice (int | None | Unset): Specifies the approximate timestamp on which any pending
                invoice items will be billed according to the schedule provided at `pending_invoice_item_interval`.
            on_behalf_of (None | str | StripeResourceObject | Unset): The account (if any) the charge was made on behalf of
                for charges associated with this subscription. See the Connect documentation for details.
            pause_collection (None | SubscriptionsResourcePauseCollection | Unset): If specified, payment collection for
                this subscription will be paused.
            payment_settings (None | SubscriptionsResourcePaymentSettings | Unset): Payment settings passed on to invoices
                created by the subscription.
            pending_invoice_item_interval (None | SubscriptionPendingInvoiceItemInterval | Unset): Specifies an interval for
                how often to bill for any pending invoice items. It is analogous to calling [Create an
                invoice](https://stripe.com/docs/api#create_invoice) for the given subscription at the specified interval.
            pending_setup_intent (None | str | StripeResourceObject | Unset): You can use this
                [SetupIntent](https://stripe.com/docs/api/setup_intents) to collect user authentication when creating a
                subscription without immediate payment or updating a subscription's payment method, allowing you to optimize for
                off-session payments. Learn more in the [SCA Migration Guide](https://stripe.com/docs/billing/migration/strong-
                customer-authentication#scenario-2).
            pending_update (None | SubscriptionsResourcePendingUpdate | Unset): If specified, [pending
                updates](https://stripe.com/docs/billing/subscriptions/pending-updates) that will be applied to the subscription
                once the `latest_invoice` has been paid.
            schedule (None | str | StripeResourceObject | Unset): The schedule attached to the subscription
            start_date (int | None | Unset): Date when the subscription was first created. The date might differ from the
                `created` date due to backdating.
            status (None | SubscriptionStatusType1 | Unset): Possible values are `incomplete`, `incomplete_expired`,
                `trialing`, `active`, `past_due`, `canceled`, or `unpaid`.

                For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment
                attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first
                invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23
                hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be
                voided and no further invoices will be generated.

                A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is
                over.

                If subscription `collection_method=charge_automatically`, it becomes `past_due` when payment is required but
                cannot be paid (due to failed payment or awaiting additional user actions). Once Stripe has exhausted all
                payment retry attempts, the subscription will become `canceled` or `unpaid` (depending on your subscriptions
                settings).

                If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due
                date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a
                subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but
                then immediately automatically closed). After receiving updated payment information from a customer, you may
                choose to reopen and pay their closed invoices.
            test_clock (None | str | StripeResourceObject | Unset): ID of the test clock this subscription belongs to.
            transfer_data (None | SubscriptionTransferData | Unset): The account (if any) the subscription's payments will
                be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the
                subscription's invoices.
            trial_end (int | None | Unset): If the subscription has a trial, the end of that trial.
            trial_settings (None | SubscriptionsTrialsResourceTrialSettings | Unset): Settings related to subscription
                trials.
            trial_start (int | None | Unset): If the subscription has a trial, the beginning of that trial.
    """

    id: str
    object_: SubscriptionObject
    application: None | str | StripeResourceObject | Unset = UNSET
    application_fee_percent: float | None | Unset = UNSET
    automatic_tax: None | SubscriptionAutomaticTax | Unset = UNSET
    billing_cycle_anchor: int | None | Unset = UNSET
    billing_thresholds: None | SubscriptionBillingThresholds | Unset = UNSET
    cancel_at: int | None | Unset = UNSET
    cancel_at_period_end: bool | None | Unset = UNSET
    canceled_at: int | None | Unset = UNSET
    cancellation_details: CancellationDetails | None | Unset = UNSET
    collection_method: None | SubscriptionCollectionMethodType1 | Unset = UNSET
    created: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    current_period_end: int | None | Unset = UNSET
    current_period_start: int | None | Unset = UNSET
    customer: None | str | StripeResourceObject | Unset = UNSET
    days_until_due: int | None | Unset = UNSET
    default_payment_method: None | str | StripeResourceObject | Unset = UNSET
    default_source: None | str | StripeResourceObject | Unset = UNSET
    default_tax_rates: list[StripeResourceObject] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discount: None | StripeResourceObject | Unset = UNSET
    ended_at: int | None | Unset = UNSET
    items: None | SubscriptionSubscriptionItemList | Unset = UNSET
    latest_invoice: None | str | StripeResourceObject | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    metadata: None | SubscriptionMetadataType0 | Unset = UNSET
    next_pending_invoice_item_invoice: int | None | Unset = UNSET
    on_behalf_of: None | str | StripeResourceObject | Unset = UNSET
    pause_collection: None | SubscriptionsResourcePauseCollection | Unset = UNSET
    payment_settings: None | SubscriptionsResourcePaymentSettings | Unset = UNSET
    pending_invoice_item_interval: None | SubscriptionPendingInvoiceItemInterval | Unset = UNSET
    pending_setup_intent: None | str | StripeResourceObject | Unset = UNSET
    pending_update: None | SubscriptionsResourcePendingUpdate | Unset = UNSET
    schedule: None | str | StripeResourceObject | Unset = UNSET
    start_date: int | None | Unset = UNSET
    status: None | SubscriptionStatusType1 | Unset = UNSET
    test_clock: None | str | StripeResourceObject | Unset = UNSET
    transfer_data: None | SubscriptionTransferData | Unset = UNSET
    trial_end: int | None | Unset = UNSET
    trial_settings: None | SubscriptionsTrialsResourceTrialSettings | Unset = UNSET
    trial_start: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cancellation_details import CancellationDetails  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415
        from ..models.subscription_automatic_tax import SubscriptionAutomaticTax  # noqa: PLC0415
        from ..models.subscription_billing_thresholds import (
            SubscriptionBillingThresholds,  # noqa: PLC0415
        )
        from ..models.subscription_metadata_type_0 import SubscriptionMetadataType0  # noqa: PLC0415
        from ..models.subscription_pending_invoice_item_interval import (
            SubscriptionPendingInvoiceItemInterval,  # noqa: PLC0415
        )
        from ..models.subscription_subscription_item_list import (
            SubscriptionSubscriptionItemList,  # noqa: PLC0415
        )
        from ..models.subscription_transfer_data import SubscriptionTransferData  # noqa: PLC0415
        from ..models.subscriptions_resource_pause_collection import (
            SubscriptionsResourcePauseCollection,  # noqa: PLC0415
        )
        from ..models.subscriptions_resource_payment_settings import (
            SubscriptionsResourcePaymentSettings,  # noqa: PLC0415
        )
        from ..models.subscriptions_resource_pending_update import (
            SubscriptionsResourcePendingUpdate,  # noqa: PLC0415
        )
        from ..models.subscriptions_trials_resource_trial_settings import (
            SubscriptionsTrialsResourceTrialSettings,  # noqa: PLC0415
        )

        id = self.id

        object_: str = self.object_

        application: dict[str, Any] | None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, StripeResourceObject):
            application = self.application.to_dict()
        else:
            application = self.application

        application_fee_percent: float | None | Unset
        if isinstance(self.application_fee_percent, Unset):
            application_fee_percent = UNSET
        else:
            application_fee_percent = self.application_fee_percent

        automatic_tax: dict[str, Any] | None | Unset
        if isinstance(self.automatic_tax, Unset):
            automatic_tax = UNSET
        elif isinstance(self.automatic_tax, SubscriptionAutomaticTax):
            automatic_tax = self.automatic_tax.to_dict()
        else:
            automatic_tax = self.automatic_tax

        billing_cycle_anchor: int | None | Unset
        if isinstance(self.billing_cycle_anchor, Unset):
            billing_cycle_anchor = UNSET
        else:
            billing_cycle_anchor = self.billing_cycle_anchor

        billing_thresholds: dict[str, Any] | None | Unset
        if isinstance(self.billing_thresholds, Unset):
            billing_thresholds = UNSET
        elif isinstance(self.billing_thresholds, SubscriptionBillingThresholds):
            billing_thresholds = self.billing_thresholds.to_dict()
        else:
            billing_thresholds = self.billing_thresholds

        cancel_at: int | None | Unset
        if isinstance(self.cancel_at, Unset):
            cancel_at = UNSET
        else:
            cancel_at = self.cancel_at

        cancel_at_period_end: bool | None | Unset
        if isinstance(self.cancel_at_period_end, Unset):
            cancel_at_period_end = UNSET
        else:
            cancel_at_period_end = self.cancel_at_period_end

        canceled_at: int | None | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        else:
            canceled_at = self.canceled_at

        cancellation_details: dict[str, Any] | None | Unset
        if isinstance(self.cancellation_details, Unset):
            cancellation_details = UNSET
        elif isinstance(self.cancellation_details, CancellationDetails):
            cancellation_details = self.cancellation_details.to_dict()
        else:
            cancellation_details = self.cancellation_details

        collection_method: None | str | Unset
        if isinstance(self.collection_method, Unset):
            collection_method = UNSET
        elif isinstance(self.collection_method, str):
            collection_method = self.collection_method
        else:
            collection_method = self.collection_method

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

        current_period_end: int | None | Unset
        if isinstance(self.current_period_end, Unset):
            current_period_end = UNSET
        else:
            current_period_end = self.current_period_end

        current_period_start: int | None | Unset
        if isinstance(self.current_period_start, Unset):
            current_period_start = UNSET
        else:
            current_period_start = self.current_period_start

        customer: dict[str, Any] | None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, StripeResourceObject):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        days_until_due: int | None | Unset
        if isinstance(self.days_until_due, Unset):
            days_until_due = UNSET
        else:
            days_until_due = self.days_until_due

        default_payment_method: dict[str, Any] | None | str | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        elif isinstance(self.default_payment_method, StripeResourceObject):
            default_payment_method = self.default_payment_method.to_dict()
        else:
            default_payment_method = self.default_payment_method

        default_source: dict[str, Any] | None | str | Unset
        if isinstance(self.default_source, Unset):
            default_source = UNSET
        elif isinstance(self.default_source, StripeResourceObject):
            default_source = self.default_source.to_dict()
        else:
            default_source = self.default_source

        default_tax_rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.default_tax_rates, Unset):
            default_tax_rates = UNSET
        elif isinstance(self.default_tax_rates, list):
            default_tax_rates = []
            for default_tax_rates_type_0_item_data in self.default_tax_rates:
                default_tax_rates_type_0_item = default_tax_rates_type_0_item_data.to_dict()
                default_tax_rates.append(default_tax_rates_type_0_item)

        else:
            default_tax_rates = self.default_tax_rates

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, StripeResourceObject):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        ended_at: int | None | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = self.ended_at

        items: dict[str, Any] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, SubscriptionSubscriptionItemList):
            items = self.items.to_dict()
        else:
            items = self.items

        latest_invoice: dict[str, Any] | None | str | Unset
        if isinstance(self.latest_invoice, Unset):
            latest_invoice = UNSET
        elif isinstance(self.latest_invoice, StripeResourceObject):
            latest_invoice = self.latest_invoice.to_dict()
        else:
            latest_invoice = self.latest_invoice

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SubscriptionMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        next_pending_invoice_item_invoice: int | None | Unset
        if isinstance(self.next_pending_invoice_item_invoice, Unset):
            next_pending_invoice_item_invoice = UNSET
        else:
            next_pending_invoice_item_invoice = self.next_pending_invoice_item_invoice

        on_behalf_of: dict[str, Any] | None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, StripeResourceObject):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of

        pause_collection: dict[str, Any] | None | Unset
        if isinstance(self.pause_collection, Unset):
            pause_collection = UNSET
        elif isinstance(self.pause_collection, SubscriptionsResourcePauseCollection):
            pause_collection = self.pause_collection.to_dict()
        else:
            pause_collection = self.pause_collection

        payment_settings: dict[str, Any] | None | Unset
        if isinstance(self.payment_settings, Unset):
            payment_settings = UNSET
        elif isinstance(self.payment_settings, SubscriptionsResourcePaymentSettings):
            payment_settings = self.payment_settings.to_dict()
        else:
            payment_settings = self.payment_settings

        pending_invoice_item_interval: dict[str, Any] | None | Unset
        if isinstance(self.pending_invoice_item_interval, Unset):
            pending_invoice_item_interval = UNSET
        elif isinstance(self.pending_invoice_item_interval, SubscriptionPendingInvoiceItemInterval):
            pending_invoice_item_interval = self.pending_invoice_item_interval.to_dict()
        else:
            pending_invoice_item_interval = self.pending_invoice_item_interval

        pending_setup_intent: dict[str, Any] | None | str | Unset
        if isinstance(self.pending_setup_intent, Unset):
            pending_setup_intent = UNSET
        elif isinstance(self.pending_setup_intent, StripeResourceObject):
            pending_setup_intent = self.pending_setup_intent.to_dict()
        else:
            pending_setup_intent = self.pending_setup_intent

        pending_update: dict[str, Any] | None | Unset
        if isinstance(self.pending_update, Unset):
            pending_update = UNSET
        elif isinstance(self.pending_update, SubscriptionsResourcePendingUpdate):
            pending_update = self.pending_update.to_dict()
        else:
            pending_update = self.pending_update

        schedule: dict[str, Any] | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, StripeResourceObject):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        start_date: int | None | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        test_clock: dict[str, Any] | None | str | Unset
        if isinstance(self.test_clock, Unset):
            test_clock = UNSET
        elif isinstance(self.test_clock, StripeResourceObject):
            test_clock = self.test_clock.to_dict()
        else:
            test_clock = self.test_clock

        transfer_data: dict[str, Any] | None | Unset
        if isinstance(self.transfer_data, Unset):
            transfer_data = UNSET
        elif isinstance(self.transfer_data, SubscriptionTransferData):
            transfer_data = self.transfer_data.to_dict()
        else:
            transfer_data = self.transfer_data

        trial_end: int | None | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        else:
            trial_end = self.trial_end

        trial_settings: dict[str, Any] | None | Unset
        if isinstance(self.trial_settings, Unset):
            trial_settings = UNSET
        elif isinstance(self.trial_settings, SubscriptionsTrialsResourceTrialSettings):
            trial_settings = self.trial_settings.to_dict()
        else:
            trial_settings = self.trial_settings

        trial_start: int | None | Unset
        if isinstance(self.trial_start, Unset):
            trial_start = UNSET
        else:
            trial_start = self.trial_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if application_fee_percent is not UNSET:
            field_dict["application_fee_percent"] = application_fee_percent
        if automatic_tax is not UNSET:
            field_dict["automatic_tax"] = automatic_tax
        if billing_cycle_anchor is not UNSET:
            field_dict["billing_cycle_anchor"] = billing_cycle_anchor
        if billing_thresholds is not UNSET:
            field_dict["billing_thresholds"] = billing_thresholds
        if cancel_at is not UNSET:
            field_dict["cancel_at"] = cancel_at
        if cancel_at_period_end is not UNSET:
            field_dict["cancel_at_period_end"] = cancel_at_period_end
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if cancellation_details is not UNSET:
            field_dict["cancellation_details"] = cancellation_details
        if collection_method is not UNSET:
            field_dict["collection_method"] = collection_method
        if created is not UNSET:
            field_dict["created"] = created
        if currency is not UNSET:
            field_dict["currency"] = currency
        if current_period_end is not UNSET:
            field_dict["current_period_end"] = current_period_end
        if current_period_start is not UNSET:
            field_dict["current_period_start"] = current_period_start
        if customer is not UNSET:
            field_dict["customer"] = customer
        if days_until_due is not UNSET:
            field_dict["days_until_due"] = days_until_due
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method
        if default_source is not UNSET:
            field_dict["default_source"] = default_source
        if default_tax_rates is not UNSET:
            field_dict["default_tax_rates"] = default_tax_rates
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if items is not UNSET:
            field_dict["items"] = items
        if latest_invoice is not UNSET:
            field_dict["latest_invoice"] = latest_invoice
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if next_pending_invoice_item_invoice is not UNSET:
            field_dict["next_pending_invoice_item_invoice"] = next_pending_invoice_item_invoice
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if pause_collection is not UNSET:
            field_dict["pause_collection"] = pause_collection
        if payment_settings is not UNSET:
            field_dict["payment_settings"] = payment_settings
        if pending_invoice_item_interval is not UNSET:
            field_dict["pending_invoice_item_interval"] = pending_invoice_item_interval
        if pending_setup_intent is not UNSET:
            field_dict["pending_setup_intent"] = pending_setup_intent
        if pending_update is not UNSET:
            field_dict["pending_update"] = pending_update
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if test_clock is not UNSET:
            field_dict["test_clock"] = test_clock
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_settings is not UNSET:
            field_dict["trial_settings"] = trial_settings
        if trial_start is not UNSET:
            field_dict["trial_start"] = trial_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancellation_details import CancellationDetails  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415
        from ..models.subscription_automatic_tax import SubscriptionAutomaticTax  # noqa: PLC0415
        from ..models.subscription_billing_thresholds import (
            SubscriptionBillingThresholds,  # noqa: PLC0415
        )
        from ..models.subscription_metadata_type_0 import SubscriptionMetadataType0  # noqa: PLC0415
        from ..models.subscription_pending_invoice_item_interval import (
            SubscriptionPendingInvoiceItemInterval,  # noqa: PLC0415
        )
        from ..models.subscription_subscription_item_list import (
            SubscriptionSubscriptionItemList,  # noqa: PLC0415
        )
        from ..models.subscription_transfer_data import SubscriptionTransferData  # noqa: PLC0415
        from ..models.subscriptions_resource_pause_collection import (
            SubscriptionsResourcePauseCollection,  # noqa: PLC0415
        )
        from ..models.subscriptions_resource_payment_settings import (
            SubscriptionsResourcePaymentSettings,  # noqa: PLC0415
        )
        from ..models.subscriptions_resource_pending_update import (
            SubscriptionsResourcePendingUpdate,  # noqa: PLC0415
        )
        from ..models.subscriptions_trials_resource_trial_settings import (
            SubscriptionsTrialsResourceTrialSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_subscription_object(d.pop("object"))

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

        def _parse_application_fee_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        application_fee_percent = _parse_application_fee_percent(d.pop("application_fee_percent", UNSET))

        def _parse_automatic_tax(data: object) -> None | SubscriptionAutomaticTax | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automatic_tax_type_0 = SubscriptionAutomaticTax.from_dict(data)

                return automatic_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionAutomaticTax | Unset, data)

        automatic_tax = _parse_automatic_tax(d.pop("automatic_tax", UNSET))

        def _parse_billing_cycle_anchor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_cycle_anchor = _parse_billing_cycle_anchor(d.pop("billing_cycle_anchor", UNSET))

        def _parse_billing_thresholds(data: object) -> None | SubscriptionBillingThresholds | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_thresholds_type_0 = SubscriptionBillingThresholds.from_dict(data)

                return billing_thresholds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionBillingThresholds | Unset, data)

        billing_thresholds = _parse_billing_thresholds(d.pop("billing_thresholds", UNSET))

        def _parse_cancel_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancel_at = _parse_cancel_at(d.pop("cancel_at", UNSET))

        def _parse_cancel_at_period_end(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_at_period_end = _parse_cancel_at_period_end(d.pop("cancel_at_period_end", UNSET))

        def _parse_canceled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        def _parse_cancellation_details(data: object) -> CancellationDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_details_type_0 = CancellationDetails.from_dict(data)

                return cancellation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancellationDetails | None | Unset, data)

        cancellation_details = _parse_cancellation_details(d.pop("cancellation_details", UNSET))

        def _parse_collection_method(data: object) -> None | SubscriptionCollectionMethodType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collection_method_type_1 = check_subscription_collection_method_type_1(data)

                return collection_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionCollectionMethodType1 | Unset, data)

        collection_method = _parse_collection_method(d.pop("collection_method", UNSET))

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

        def _parse_current_period_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_period_end = _parse_current_period_end(d.pop("current_period_end", UNSET))

        def _parse_current_period_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_period_start = _parse_current_period_start(d.pop("current_period_start", UNSET))

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

        def _parse_days_until_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_due = _parse_days_until_due(d.pop("days_until_due", UNSET))

        def _parse_default_payment_method(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_payment_method_type_1 = StripeResourceObject.from_dict(data)

                return default_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        default_payment_method = _parse_default_payment_method(d.pop("default_payment_method", UNSET))

        def _parse_default_source(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_source_type_1 = StripeResourceObject.from_dict(data)

                return default_source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        default_source = _parse_default_source(d.pop("default_source", UNSET))

        def _parse_default_tax_rates(data: object) -> list[StripeResourceObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_tax_rates_type_0 = []
                _default_tax_rates_type_0 = data
                for default_tax_rates_type_0_item_data in _default_tax_rates_type_0:
                    default_tax_rates_type_0_item = StripeResourceObject.from_dict(
                        default_tax_rates_type_0_item_data
                    )

                    default_tax_rates_type_0.append(default_tax_rates_type_0_item)

                return default_tax_rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StripeResourceObject] | None | Unset, data)

        default_tax_rates = _parse_default_tax_rates(d.pop("default_tax_rates", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_discount(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = StripeResourceObject.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_ended_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_items(data: object) -> None | SubscriptionSubscriptionItemList | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                items_type_0 = SubscriptionSubscriptionItemList.from_dict(data)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionSubscriptionItemList | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_latest_invoice(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_invoice_type_1 = StripeResourceObject.from_dict(data)

                return latest_invoice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        latest_invoice = _parse_latest_invoice(d.pop("latest_invoice", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_metadata(data: object) -> None | SubscriptionMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SubscriptionMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_next_pending_invoice_item_invoice(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_pending_invoice_item_invoice = _parse_next_pending_invoice_item_invoice(
            d.pop("next_pending_invoice_item_invoice", UNSET)
        )

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

        def _parse_pause_collection(data: object) -> None | SubscriptionsResourcePauseCollection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pause_collection_type_0 = SubscriptionsResourcePauseCollection.from_dict(data)

                return pause_collection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsResourcePauseCollection | Unset, data)

        pause_collection = _parse_pause_collection(d.pop("pause_collection", UNSET))

        def _parse_payment_settings(data: object) -> None | SubscriptionsResourcePaymentSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_settings_type_0 = SubscriptionsResourcePaymentSettings.from_dict(data)

                return payment_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsResourcePaymentSettings | Unset, data)

        payment_settings = _parse_payment_settings(d.pop("payment_settings", UNSET))

        def _parse_pending_invoice_item_interval(
            data: object,
        ) -> None | SubscriptionPendingInvoiceItemInterval | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_invoice_item_interval_type_0 = SubscriptionPendingInvoiceItemInterval.from_dict(data)

                return pending_invoice_item_interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPendingInvoiceItemInterval | Unset, data)

        pending_invoice_item_interval = _parse_pending_invoice_item_interval(
            d.pop("pending_invoice_item_interval", UNSET)
        )

        def _parse_pending_setup_intent(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_setup_intent_type_1 = StripeResourceObject.from_dict(data)

                return pending_setup_intent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        pending_setup_intent = _parse_pending_setup_intent(d.pop("pending_setup_intent", UNSET))

        def _parse_pending_update(data: object) -> None | SubscriptionsResourcePendingUpdate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_update_type_0 = SubscriptionsResourcePendingUpdate.from_dict(data)

                return pending_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsResourcePendingUpdate | Unset, data)

        pending_update = _parse_pending_update(d.pop("pending_update", UNSET))

        def _parse_schedule(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_1 = StripeResourceObject.from_dict(data)

                return schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_start_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_status(data: object) -> None | SubscriptionStatusType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_subscription_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionStatusType1 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_test_clock(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_clock_type_1 = StripeResourceObject.from_dict(data)

                return test_clock_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        test_clock = _parse_test_clock(d.pop("test_clock", UNSET))

        def _parse_transfer_data(data: object) -> None | SubscriptionTransferData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_data_type_0 = SubscriptionTransferData.from_dict(data)

                return transfer_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionTransferData | Unset, data)

        transfer_data = _parse_transfer_data(d.pop("transfer_data", UNSET))

        def _parse_trial_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        def _parse_trial_settings(data: object) -> None | SubscriptionsTrialsResourceTrialSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trial_settings_type_0 = SubscriptionsTrialsResourceTrialSettings.from_dict(data)

                return trial_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionsTrialsResourceTrialSettings | Unset, data)

        trial_settings = _parse_trial_settings(d.pop("trial_settings", UNSET))

        def _parse_trial_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_start = _parse_trial_start(d.pop("trial_start", UNSET))

        subscription = cls(
            id=id,
            object_=object_,
            application=application,
            application_fee_percent=application_fee_percent,
            automatic_tax=automatic_tax,
            billing_cycle_anchor=billing_cycle_anchor,
            billing_thresholds=billing_thresholds,
            cancel_at=cancel_at,
            cancel_at_period_end=cancel_at_period_end,
            canceled_at=canceled_at,
            cancellation_details=cancellation_details,
            collection_method=collection_method,
            created=created,
            currency=currency,
            current_period_end=current_period_end,
            current_period_start=current_period_start,
            customer=customer,
            days_until_due=days_until_due,
            default_payment_method=default_payment_method,
            default_source=default_source,
            default_tax_rates=default_tax_rates,
            description=description,
            discount=discount,
            ended_at=ended_at,
            items=items,
            latest_invoice=latest_invoice,
            livemode=livemode,
            metadata=metadata,
            next_pending_invoice_item_invoice=next_pending_invoice_item_invoice,
            on_behalf_of=on_behalf_of,
            pause_collection=pause_collection,
            payment_settings=payment_settings,
            pending_invoice_item_interval=pending_invoice_item_interval,
            pending_setup_intent=pending_setup_intent,
            pending_update=pending_update,
            schedule=schedule,
            start_date=start_date,
            status=status,
            test_clock=test_clock,
            transfer_data=transfer_data,
            trial_end=trial_end,
            trial_settings=trial_settings,
            trial_start=trial_start,
        )

        subscription.additional_properties = d
        return subscription

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
