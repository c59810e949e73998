from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_billing_reason_type_1 import (
    InvoiceBillingReasonType1,
    check_invoice_billing_reason_type_1,
)
from ..models.invoice_collection_method_type_1 import (
    InvoiceCollectionMethodType1,
    check_invoice_collection_method_type_1,
)
from ..models.invoice_customer_tax_exempt_type_1 import (
    InvoiceCustomerTaxExemptType1,
    check_invoice_customer_tax_exempt_type_1,
)
from ..models.invoice_object import InvoiceObject, check_invoice_object
from ..models.invoice_status_type_1 import (
    InvoiceStatusType1,
    check_invoice_status_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.api_errors import APIErrors
    from ..models.automatic_tax import AutomaticTax
    from ..models.discounts_resource_discount_amount import (
        DiscountsResourceDiscountAmount,
    )
    from ..models.invoice_invoice_lines_list import InvoiceInvoiceLinesList
    from ..models.invoice_metadata_type_0 import InvoiceMetadataType0
    from ..models.invoice_setting_custom_field import InvoiceSettingCustomField
    from ..models.invoice_setting_rendering_options import InvoiceSettingRenderingOptions
    from ..models.invoice_tax_amount import InvoiceTaxAmount
    from ..models.invoice_threshold_reason import InvoiceThresholdReason
    from ..models.invoice_transfer_data import InvoiceTransferData
    from ..models.invoices_from_invoice import InvoicesFromInvoice
    from ..models.invoices_payment_settings import InvoicesPaymentSettings
    from ..models.invoices_resource_invoice_tax_id import InvoicesResourceInvoiceTaxID
    from ..models.invoices_shipping_cost import InvoicesShippingCost
    from ..models.invoices_status_transitions import InvoicesStatusTransitions
    from ..models.shipping import Shipping
    from ..models.stripe_resource_object import StripeResourceObject
    from ..models.subscription_details_data import SubscriptionDetailsData


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """Invoices are statements of amounts owed by a customer, and are either
    generated one-off, or generated periodically from a subscription.

    They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and proration adjustments
    that may be caused by subscription upgrades/downgrades (if necessary).

    If your invoice is configured to be billed through automatic charges,
    Stripe automatically finalizes your invoice and attempts payment. Note
    that finalizing the invoice,
    [when automatic](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection), does
    not happen immediately as the invoice is created. Stripe waits
    until one hour after the last webhook was successfully sent (or the last
    webhook timed out after failing). If you (and the platforms you may have
    connected to) have no webhooks configured, Stripe waits one hour after
    creation to finalize the invoice.

    If your invoice is configured to be billed by sending an email, then based on your
    [email settings](https://dashboard.stripe.com/account/billing/automatic),
    Stripe will email the invoice to your customer and await payment. These
    emails can contain a link to a hosted page to pay the invoice.

    Stripe applies any customer credit on the account before determining the
    amount due for the invoice (i.e., the amount that will be actually
    charged). If the amount due for the invoice is less than Stripe's [minimum allowed charge
    per currency](/docs/currencies#minimum-and-maximum-charge-amounts), the
    invoice is automatically marked paid, and we add the amount due to the
    customer's credit balance which is applied to the next invoice.

    More details on the customer's credit balance are
    [here](https://stripe.com/docs/billing/customer/balance).

    Related guide: [Send invoices to customers](https://stripe.com/docs/billing/invoices/sending)

        Attributes:
            object_ (InvoiceObject): String representing the object's type. Objects of the same type share the same value.
            account_country (None | str | Unset): The country of the business associated with this invoice, most often the
                business creating the invoice.
            account_name (None | str | Unset): The public name of the business associated with this invoice, most often the
                business creating the invoice.
            account_tax_ids (list[str | StripeResourceObject] | None | Unset): The account tax IDs associated with the
                invoice. Only editable when the invoice is a draft.
            amount_due (int | None | Unset): Final amount due at this time for this invoice. If the invoice's total is
                smaller than the minimum charge amount, for example, or if there is account credit that can be applied to the
                invoice, the `amount_due` may be 0. If there is a positive `starting_balance` for the invoice (the customer owes
                money), the `amount_due` will also take that into account. The charge that gets generated for the invoice will
                be for the amount specified in `amount_due`.
            amount_paid (int | None | Unset): The amount, in cents (or local equivalent), that was paid.
            amount_remaining (int | None | Unset): The difference between amount_due and amount_paid, in cents (or local
                equivalent).
            amount_shipping (int | None | Unset): This is the sum of all the shipping amounts.
            application (None | str | StripeResourceObject | Unset): ID of the Connect Application that created the invoice.
            application_fee_amount (int | None | Unset): The fee in cents (or local equivalent) that will be applied to the
                invoice and transferred to the application owner's Stripe account when the invoice is paid.
            attempt_count (int | None | Unset): Number of payment attempts made for this invoice, from the perspective of
                the payment retry schedule. Any payment attempt counts as the first attempt, and subsequently only automatic
                retries increment the attempt count. In other words, manual payment attempts after the first attempt do not
                affect the retry schedule.
            attempted (bool | None | Unset): Whether an attempt has been made to pay the invoice. An invoice is not
                attempted until 1 hour after the `invoice.created` webhook, for example, so you might not want to display that
                invoice as unpaid to your users.
            auto_advance (bool | None | Unset): Controls whether Stripe performs [automatic
                collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection) of the invoice. If
                `false`, the invoice's state doesn't automatically advance without an explicit action.
            automatic_tax (AutomaticTax | None | Unset):
            billing_reason (InvoiceBillingReasonType1 | None | Unset): Indicates the reason why the invoice was created.

                * `manual`: Unrelated to a subscription, for example, created via the invoice editor.
                * `subscription`: No longer in use. Applies to subscriptions from before May 2018 where no distinction was made
                between updates, cycles, and thresholds.
                * `subscription_create`: A new subscription was created.
                * `subscription_cycle`: A subscription advanced into a new period.
                * `subscription_threshold`: A subscription reached a billing threshold.
                * `subscription_update`: A subscription was updated.
                * `upcoming`: Reserved for simulated invoices, per the upcoming invoice endpoint.
            charge (None | str | StripeResourceObject | Unset): ID of the latest charge generated for this invoice, if any.
            collection_method (InvoiceCollectionMethodType1 | None | Unset): Either `charge_automatically`, or
                `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source
                attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment
                instructions.
            created (int | None | Unset): Time at which the object was created. Measured in seconds since the Unix epoch.
            currency (None | str | Unset): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-
                codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
            custom_fields (list[InvoiceSettingCustomField] | None | Unset): Custom fields displayed on the invoice.
            customer (None | str | StripeResourceObject | Unset): The ID of the customer who will be billed.
            customer_address (Address | None | Unset): The customer's address. Until the invoice is finalized, this field
                will equal `customer.address`. Once the invoice is finalized, this field will no longer be updated.
            customer_email (None | str | Unset): The customer's email. Until the invoice is finalized, this field will equal
                `customer.email`. Once the invoice is finalized, this field will no longer be updated.
            customer_name (None | str | Unset): The customer's name. Until the invoice is finalized, this field will equal
                `customer.name`. Once the invoice is finalized, this field will no longer be updated.
            customer_phone (None | str | Unset): The customer's phone number. Until the invoice is finalized, this field
                will equal `customer.phone`. Once the invoice is finalized, this field will no longer be updated.
            customer_shipping (None | Shipping | Unset): The customer's shipping information. Until the invoice is
                finalized, this field will equal `customer.shipping`. Once the invoice is finalized, this field will no longer
                be updated.
            customer_tax_exempt (InvoiceCustomerTaxExemptType1 | None | Unset): The customer's tax exempt status. Until the
                invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field
                will no longer be updated.
            customer_tax_ids (list[InvoicesResourceInvoiceTaxID] | None | Unset): The customer's tax IDs. Until the invoice
                is finalized, this field will contain the same tax IDs as `customer.tax_ids`. Once the invoice is finalized,
                this field will no longer be updated.
            default_payment_method (None | str | StripeResourceObject | Unset): ID of the default payment method for the
                invoice. It must belong to the customer associated with the invoice. If not set, defaults to the subscription's
                default payment method, if any, or to the default payment method in the customer's invoice settings.
            default_source (None | str | StripeResourceObject | Unset): ID of the default payment source for the invoice. It
                must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to
                the subscription's default source, if any, or to the customer's default source.
            default_tax_rates (list[StripeResourceObject] | None | Unset): The tax rates applied to this invoice, if any.
            description (None | str | Unset): An arbitrary string attached to the object. Often useful for displaying to
                users. Referenced as 'memo' in the Dashboard.
            discount (None | StripeResourceObject | Unset): Describes the current discount applied to this invoice, if there
                is one. Not populated if there are multiple discounts.
            discounts (list[str | StripeResourceObject] | None | Unset): The discounts applied to the invoice. Line item
                discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
            due_date (int | None | Unset): The date on which payment for this invoice is due. This value will be `null` for
                invoices where `collection_method=charge_automatically`.
            effective_at (int | None | Unset): The date when this invoice is in effect. Same as `finalized_at` unless
                overwritten. When defined, this value replaces the system-generated 'Date of issue' printed on the invoice PDF
                and receipt.
            ending_balance (int | None | Unset): Ending customer balance after the invoice is finalized. Invoices are
                finalized approximately an hour after successful webhook delivery or when payment collection is attempted for
                the invoice. If the invoice has not been finalized yet, this will be null.
            footer (None | str | Unset): Footer displayed on the invoice.
            from_invoice (InvoicesFromInvoice | None | Unset): Details of the invoice that was cloned. See the [revision
                documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more details.
            hosted_invoice_url (None | str | Unset): The URL for the hosted invoice page, which allows customers to view and
                pay an invoice. If the invoice has not been finalized yet, this will be null.
            id (str | Unset): Unique identifier for the object. This property is always present unless the invoice is an
                upcoming invoice. See [Retrieve an upcoming invoice](https://stripe.com/docs/api/invoices/upcoming) for more
                details.
            invoice_pdf (None | str | Unset): The link to download the PDF for the invoice. If the invoice has not been
                finalized yet, this will be null.
            last_finalization_error (APIErrors | None | Unset): The error encountered during the previous attempt to
                finalize the invoice. This field is cleared when the invoice is successfully finalized.
            latest_revision (None | str | StripeResourceObject | Unset): The ID of the most recent non-draft revision of
                this invoice
            lines (InvoiceInvoiceLinesList | None | Unset): The individual line items that make up the invoice. `lines` is
                sorted as follows: (1) pending invoice items (including prorations) in reverse chronological order, (2)
                subscription items in reverse chronological order, and (3) invoice items added after invoice creation in
                chronological order.
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            metadata (InvoiceMetadataType0 | None | Unset): Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing additional information about the object in a
                structured format.
            next_payment_attempt (int | None | Unset): The time at which payment will next be attempted. This value will be
                `null` for invoices where `collection_method=send_invoice`.
            number (None | str | Unset): A unique, identifying string that appears on emails sent to the customer for this
                invoice. This starts with the customer's unique invoice_prefix if it is specified.
            on_behalf_of (None | str | StripeResourceObject | Unset): The account (if any) for which the funds of the
                invoice payment are intended. If set, the invoice will be presented with the branding and support information of
                the specified account. See the [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect)
                documentation for details.
            paid (bool | None | Unset): Whether payment was successfully collected for this invoice. An invoice can be paid
                (most commonly) with a charge or with credit from the customer's account balance.
            paid_out_of_band (bool | None | Unset): Returns true if the invoice was manually marked paid, returns false if
                the invoice hasn't been paid yet or was paid on Stripe.
            payment_intent (None | str | StripeResourceObject | Unset): The PaymentIntent associated with this invoice. The
                PaymentIntent is generated when the invoice is finalized, and can then be used to pay the invoice. Note that
                voiding an invoice will cancel the PaymentIntent.
            payment_settings (InvoicesPaymentSettings | None | Unset):
            period_end (int | None | Unset): End of the usage period during which invoice items were added to this invoice.
            period_start (int | None | Unset): Start of the usage period during which invoice items were added to this
                invoice.
            post_payment_credit_notes_amount (int | None | Unset): Total amount of all post-payment credit notes issued for
                this invoice.
            pre_payment_credit_notes_amount (int | None | Unset): Total amount of all pre-payment credit notes issued for
                this invoice.
            quote (None | str | StripeResourceObject | Unset): The quote this invoice was generated from.
            receipt_number (None | str | Unset): This is the transaction number that appears on email receipts sent for this
                invoice.
            rendering_options (InvoiceSettingRenderingOptions | None | Unset): Options for invoice PDF rendering.
            shipping_cost (InvoicesShippingCost | None | Unset): The details of the cost of shipping, including the
                ShippingRate applied on the invoice.
            shipping_details (None | Shipping | Unset): Shipping details for the invoice. The Invoice PDF will use the
                `shipping_details` value if it is set, otherwise the PDF will render the shipping address from the customer.
            starting_balance (int | None | Unset): Starting customer balance before the invoice is finalized. If the invoice
                has not been finalized yet, this will be the current customer balance. For revision invoices, this also includes
                any customer balance that was applied to the original invoice.
            statement_descriptor (None | str | Unset): Extra information about an invoice for the customer's credit card
                statement.
            status (InvoiceStatusType1 | None | Unset): The status of the invoice, one of `draft`, `open`, `paid`,
                `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
            status_transitions (InvoicesStatusTransitions | None | Unset):
            subscription (None | str | StripeResourceObject | Unset): The subscription that this invoice was prepared for,
                if any.
            subscription_details (None | SubscriptionDetailsData | Unset): Details about the subscription that created this
                invoice.
            subscription_proration_date (int | None | Unset): Only set for upcoming invoices that preview prorations. The
                time used to calculate prorations.
            subtotal (int | None | Unset): Total of all subscriptions, invoice items, and prorations on the invoice before
                any invoice level discount or exclusive tax is applied. Item discounts are already incorporated
            subtotal_excluding_tax (int | None | Unset): The integer amount in cents (or local equivalent) representing the
                subtotal of the invoice before any invoice level discount or tax is applied. Item discounts are already
                incorporated
            tax (int | None | Unset): The amount of tax on this invoice. This is the sum of all the tax amounts on this
                invoice.
            test_clock (None | str | StripeResourceObject | Unset): ID of the test clock this invoice belongs to.
            threshold_reason (InvoiceThresholdReason | None | Unset):
            total (int | None | Unset): Total after discounts and taxes.
            total_discount_amounts (list[DiscountsResourceDiscountAmount] | None | Unset): The aggregate amounts calculated
                per discount across all line items.
            total_excluding_tax (int | None | Unset): The integer amount in cents (or local equivalent) representing the
                total amount of the invoice including all discounts but excluding all tax.
            total_tax_amounts (list[InvoiceTaxAmount] | None | Unset): The aggregate amounts calculated per tax rate for all
                line items.
            transfer_data (InvoiceTransferData | None | Unset): The account (if any) the payment will be attributed to for
                tax reporting, and where funds from the payment will be transferred to for the invoice.
            webhooks_delivered_at (int | None | Unset): Invoices are automatically paid or sent 1 hour after webhooks are
                delivered, or until all webhook delivery attempts have [been
                exhausted](https://stripe.com/docs/billing/webhooks#understand). This field tracks the time when webhooks for
                this invoice were successfully delivered. If the invoice had no webhooks to deliver, this will be set while the
                invoice is being created.
    """

    object_: InvoiceObject
    account_country: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_tax_ids: list[str | StripeResourceObject] | None | Unset = UNSET
    amount_due: int | None | Unset = UNSET
    amount_paid: int | None | Unset = UNSET
    amount_remaining: int | None | Unset = UNSET
    amount_shipping: int | None | Unset = UNSET
    application: None | str | StripeResourceObject | Unset = UNSET
    application_fee_amount: int | None | Unset = UNSET
    attempt_count: int | None | Unset = UNSET
    attempted: bool | None | Unset = UNSET
    auto_advance: bool | None | Unset = UNSET
    automatic_tax: AutomaticTax | None | Unset = UNSET
    billing_reason: InvoiceBillingReasonType1 | None | Unset = UNSET
    charge: None | str | StripeResourceObject | Unset = UNSET
    collection_method: InvoiceCollectionMethodType1 | None | Unset = UNSET
    created: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    custom_fields: list[InvoiceSettingCustomField] | None | Unset = UNSET
    customer: None | str | StripeResourceObject | Unset = UNSET
    customer_address: Address | None | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    customer_phone: None | str | Unset = UNSET
    customer_shipping: None | Shipping | Unset = UNSET
    customer_tax_exempt: InvoiceCustomerTaxExemptType1 | None | Unset = UNSET
    customer_tax_ids: list[InvoicesResourceInvoiceTaxID] | None | Unset = UNSET
    default_payment_method: None | str | StripeResourceObject | Unset = UNSET
    default_source: None | str | StripeResourceObject | Unset = UNSET
    default_tax_rates: list[StripeResourceObject] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discount: None | StripeResourceObject | Unset = UNSET
    discounts: list[str | StripeResourceObject] | None | Unset = UNSET
    due_date: int | None | Unset = UNSET
    effective_at: int | None | Unset = UNSET
    ending_balance: int | None | Unset = UNSET
    footer: None | str | Unset = UNSET
    from_invoice: InvoicesFromInvoice | None | Unset = UNSET
    hosted_invoice_url: None | str | Unset = UNSET
    id: str | Unset = UNSET
    invoice_pdf: None | str | Unset = UNSET
    last_finalization_error: APIErrors | None | Unset = UNSET
    latest_revision: None | str | StripeResourceObject | Unset = UNSET
    lines: InvoiceInvoiceLinesList | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    metadata: InvoiceMetadataType0 | None | Unset = UNSET
    next_payment_attempt: int | None | Unset = UNSET
    number: None | str | Unset = UNSET
    on_behalf_of: None | str | StripeResourceObject | Unset = UNSET
    paid: bool | None | Unset = UNSET
    paid_out_of_band: bool | None | Unset = UNSET
    payment_intent: None | str | StripeResourceObject | Unset = UNSET
    payment_settings: InvoicesPaymentSettings | None | Unset = UNSET
    period_end: int | None | Unset = UNSET
    period_start: int | None | Unset = UNSET
    post_payment_credit_notes_amount: int | None | Unset = UNSET
    pre_payment_credit_notes_amount: int | None | Unset = UNSET
    quote: None | str | StripeResourceObject | Unset = UNSET
    receipt_number: None | str | Unset = UNSET
    rendering_options: InvoiceSettingRenderingOptions | None | Unset = UNSET
    shipping_cost: InvoicesShippingCost | None | Unset = UNSET
    shipping_details: None | Shipping | Unset = UNSET
    starting_balance: int | None | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    status: InvoiceStatusType1 | None | Unset = UNSET
    status_transitions: InvoicesStatusTransitions | None | Unset = UNSET
    subscription: None | str | StripeResourceObject | Unset = UNSET
    subscription_details: None | SubscriptionDetailsData | Unset = UNSET
    subscription_proration_date: int | None | Unset = UNSET
    subtotal: int | None | Unset = UNSET
    subtotal_excluding_tax: int | None | Unset = UNSET
    tax: int | None | Unset = UNSET
    test_clock: None | str | StripeResourceObject | Unset = UNSET
    threshold_reason: InvoiceThresholdReason | None | Unset = UNSET
    total: int | None | Unset = UNSET
    total_discount_amounts: list[DiscountsResourceDiscountAmount] | None | Unset = UNSET
    total_excluding_tax: int | None | Unset = UNSET
    total_tax_amounts: list[InvoiceTaxAmount] | None | Unset = UNSET
    transfer_data: InvoiceTransferData | None | Unset = UNSET
    webhooks_delivered_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.api_errors import APIErrors  # noqa: PLC0415
        from ..models.automatic_tax import AutomaticTax  # noqa: PLC0415
        from ..models.invoice_invoice_lines_list import InvoiceInvoiceLinesList  # noqa: PLC0415
        from ..models.invoice_metadata_type_0 import InvoiceMetadataType0  # noqa: PLC0415
        from ..models.invoice_setting_rendering_options import (
            InvoiceSettingRenderingOptions,  # noqa: PLC0415
        )
        from ..models.invoice_threshold_reason import InvoiceThresholdReason  # noqa: PLC0415
        from ..models.invoice_transfer_data import InvoiceTransferData  # noqa: PLC0415
        from ..models.invoices_from_invoice import InvoicesFromInvoice  # noqa: PLC0415
        from ..models.invoices_payment_settings import InvoicesPaymentSettings  # noqa: PLC0415
        from ..models.invoices_shipping_cost import InvoicesShippingCost  # noqa: PLC0415
        from ..models.invoices_status_transitions import InvoicesStatusTransitions  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415
        from ..models.subscription_details_data import SubscriptionDetailsData  # noqa: PLC0415

        object_: str = self.object_

        account_country: None | str | Unset
        if isinstance(self.account_country, Unset):
            account_country = UNSET
        else:
            account_country = self.account_country

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_tax_ids: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.account_tax_ids, Unset):
            account_tax_ids = UNSET
        elif isinstance(self.account_tax_ids, list):
            account_tax_ids = []
            for account_tax_ids_type_0_item_data in self.account_tax_ids:
                account_tax_ids_type_0_item: dict[str, Any] | str
                if isinstance(account_tax_ids_type_0_item_data, StripeResourceObject):
                    account_tax_ids_type_0_item = account_tax_ids_type_0_item_data.to_dict()
                else:
                    account_tax_ids_type_0_item = account_tax_ids_type_0_item_data
                account_tax_ids.append(account_tax_ids_type_0_item)

        else:
            account_tax_ids = self.account_tax_ids

        amount_due: int | None | Unset
        if isinstance(self.amount_due, Unset):
            amount_due = UNSET
        else:
            amount_due = self.amount_due

        amount_paid: int | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        amount_remaining: int | None | Unset
        if isinstance(self.amount_remaining, Unset):
            amount_remaining = UNSET
        else:
            amount_remaining = self.amount_remaining

        amount_shipping: int | None | Unset
        if isinstance(self.amount_shipping, Unset):
            amount_shipping = UNSET
        else:
            amount_shipping = self.amount_shipping

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

        attempt_count: int | None | Unset
        if isinstance(self.attempt_count, Unset):
            attempt_count = UNSET
        else:
            attempt_count = self.attempt_count

        attempted: bool | None | Unset
        if isinstance(self.attempted, Unset):
            attempted = UNSET
        else:
            attempted = self.attempted

        auto_advance: bool | None | Unset
        if isinstance(self.auto_advance, Unset):
            auto_advance = UNSET
        else:
            auto_advance = self.auto_advance

        automatic_tax: dict[str, Any] | None | Unset
        if isinstance(self.automatic_tax, Unset):
            automatic_tax = UNSET
        elif isinstance(self.automatic_tax, AutomaticTax):
            automatic_tax = self.automatic_tax.to_dict()
        else:
            automatic_tax = self.automatic_tax

        billing_reason: None | str | Unset
        if isinstance(self.billing_reason, Unset):
            billing_reason = UNSET
        elif isinstance(self.billing_reason, str):
            billing_reason = self.billing_reason
        else:
            billing_reason = self.billing_reason

        charge: dict[str, Any] | None | str | Unset
        if isinstance(self.charge, Unset):
            charge = UNSET
        elif isinstance(self.charge, StripeResourceObject):
            charge = self.charge.to_dict()
        else:
            charge = self.charge

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

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        customer: dict[str, Any] | None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, StripeResourceObject):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_address: dict[str, Any] | None | Unset
        if isinstance(self.customer_address, Unset):
            customer_address = UNSET
        elif isinstance(self.customer_address, Address):
            customer_address = self.customer_address.to_dict()
        else:
            customer_address = self.customer_address

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_phone: None | str | Unset
        if isinstance(self.customer_phone, Unset):
            customer_phone = UNSET
        else:
            customer_phone = self.customer_phone

        customer_shipping: dict[str, Any] | None | Unset
        if isinstance(self.customer_shipping, Unset):
            customer_shipping = UNSET
        elif isinstance(self.customer_shipping, Shipping):
            customer_shipping = self.customer_shipping.to_dict()
        else:
            customer_shipping = self.customer_shipping

        customer_tax_exempt: None | str | Unset
        if isinstance(self.customer_tax_exempt, Unset):
            customer_tax_exempt = UNSET
        elif isinstance(self.customer_tax_exempt, str):
            customer_tax_exempt = self.customer_tax_exempt
        else:
            customer_tax_exempt = self.customer_tax_exempt

        customer_tax_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.customer_tax_ids, Unset):
            customer_tax_ids = UNSET
        elif isinstance(self.customer_tax_ids, list):
            customer_tax_ids = []
            for customer_tax_ids_type_0_item_data in self.customer_tax_ids:
                customer_tax_ids_type_0_item = customer_tax_ids_type_0_item_data.to_dict()
                customer_tax_ids.append(customer_tax_ids_type_0_item)

        else:
            customer_tax_ids = self.customer_tax_ids

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

        discounts: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item: dict[str, Any] | str
                if isinstance(discounts_type_0_item_data, StripeResourceObject):
                    discounts_type_0_item = discounts_type_0_item_data.to_dict()
                else:
                    discounts_type_0_item = discounts_type_0_item_data
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        due_date: int | None | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        effective_at: int | None | Unset
        if isinstance(self.effective_at, Unset):
            effective_at = UNSET
        else:
            effective_at = self.effective_at

        ending_balance: int | None | Unset
        if isinstance(self.ending_balance, Unset):
            ending_balance = UNSET
        else:
            ending_balance = self.ending_balance

        footer: None | str | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        else:
            footer = self.footer

        from_invoice: dict[str, Any] | None | Unset
        if isinstance(self.from_invoice, Unset):
            from_invoice = UNSET
        elif isinstance(self.from_invoice, InvoicesFromInvoice):
            from_invoice = self.from_invoice.to_dict()
        else:
            from_invoice = self.from_invoice

        hosted_invoice_url: None | str | Unset
        if isinstance(self.hosted_invoice_url, Unset):
            hosted_invoice_url = UNSET
        else:
            hosted_invoice_url = self.hosted_invoice_url

        id = self.id

        invoice_pdf: None | str | Unset
        if isinstance(self.invoice_pdf, Unset):
            invoice_pdf = UNSET
        else:
            invoice_pdf = self.invoice_pdf

        last_finalization_error: dict[str, Any] | None | Unset
        if isinstance(self.last_finalization_error, Unset):
            last_finalization_error = UNSET
        elif isinstance(self.last_finalization_error, APIErrors):
            last_finalization_error = self.last_finalization_error.to_dict()
        else:
            last_finalization_error = self.last_finalization_error

        latest_revision: dict[str, Any] | None | str | Unset
        if isinstance(self.latest_revision, Unset):
            latest_revision = UNSET
        elif isinstance(self.latest_revision, StripeResourceObject):
            latest_revision = self.latest_revision.to_dict()
        else:
            latest_revision = self.latest_revision

        lines: dict[str, Any] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, InvoiceInvoiceLinesList):
            lines = self.lines.to_dict()
        else:
            lines = self.lines

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, InvoiceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        next_payment_attempt: int | None | Unset
        if isinstance(self.next_payment_attempt, Unset):
            next_payment_attempt = UNSET
        else:
            next_payment_attempt = self.next_payment_attempt

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        on_behalf_of: dict[str, Any] | None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, StripeResourceObject):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of

        paid: bool | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        else:
            paid = self.paid

        paid_out_of_band: bool | None | Unset
        if isinstance(self.paid_out_of_band, Unset):
            paid_out_of_band = UNSET
        else:
            paid_out_of_band = self.paid_out_of_band

        payment_intent: dict[str, Any] | None | str | Unset
        if isinstance(self.payment_intent, Unset):
            payment_intent = UNSET
        elif isinstance(self.payment_intent, StripeResourceObject):
            payment_intent = self.payment_intent.to_dict()
        else:
            payment_intent = self.payment_intent

        payment_settings: dict[str, Any] | None | Unset
        if isinstance(self.payment_settings, Unset):
            payment_settings = UNSET
        elif isinstance(self.payment_settings, InvoicesPaymentSettings):
            payment_settings = self.payment_settings.to_dict()
        else:
            payment_settings = self.payment_settings

        period_end: int | None | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        else:
            period_end = self.period_end

        period_start: int | None | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        else:
            period_start = self.period_start

        post_payment_credit_notes_amount: int | None | Unset
        if isinstance(self.post_payment_credit_notes_amount, Unset):
            post_payment_credit_notes_amount = UNSET
        else:
            post_payment_credit_notes_amount = self.post_payment_credit_notes_amount

        pre_payment_credit_notes_amount: int | None | Unset
        if isinstance(self.pre_payment_credit_notes_amount, Unset):
            pre_payment_credit_notes_amount = UNSET
        else:
            pre_payment_credit_notes_amount = self.pre_payment_credit_notes_amount

        quote: dict[str, Any] | None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        elif isinstance(self.quote, StripeResourceObject):
            quote = self.quote.to_dict()
        else:
            quote = self.quote

        receipt_number: None | str | Unset
        if isinstance(self.receipt_number, Unset):
            receipt_number = UNSET
        else:
            receipt_number = self.receipt_number

        rendering_options: dict[str, Any] | None | Unset
        if isinstance(self.rendering_options, Unset):
            rendering_options = UNSET
        elif isinstance(self.rendering_options, InvoiceSettingRenderingOptions):
            rendering_options = self.rendering_options.to_dict()
        else:
            rendering_options = self.rendering_options

        shipping_cost: dict[str, Any] | None | Unset
        if isinstance(self.shipping_cost, Unset):
            shipping_cost = UNSET
        elif isinstance(self.shipping_cost, InvoicesShippingCost):
            shipping_cost = self.shipping_cost.to_dict()
        else:
            shipping_cost = self.shipping_cost

        shipping_details: dict[str, Any] | None | Unset
        if isinstance(self.shipping_details, Unset):
            shipping_details = UNSET
        elif isinstance(self.shipping_details, Shipping):
            shipping_details = self.shipping_details.to_dict()
        else:
            shipping_details = self.shipping_details

        starting_balance: int | None | Unset
        if isinstance(self.starting_balance, Unset):
            starting_balance = UNSET
        else:
            starting_balance = self.starting_balance

        statement_descriptor: None | str | Unset
        if isinstance(self.statement_descriptor, Unset):
            statement_descriptor = UNSET
        else:
            statement_descriptor = self.statement_descriptor

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_transitions: dict[str, Any] | None | Unset
        if isinstance(self.status_transitions, Unset):
            status_transitions = UNSET
        elif isinstance(self.status_transitions, InvoicesStatusTransitions):
            status_transitions = self.status_transitions.to_dict()
        else:
            status_transitions = self.status_transitions

        subscription: dict[str, Any] | None | str | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, StripeResourceObject):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        subscription_details: dict[str, Any] | None | Unset
        if isinstance(self.subscription_details, Unset):
            subscription_details = UNSET
        elif isinstance(self.subscription_details, SubscriptionDetailsData):
            subscription_details = self.subscription_details.to_dict()
        else:
            subscription_details = self.subscription_details

        subscription_proration_date: int | None | Unset
        if isinstance(self.subscription_proration_date, Unset):
            subscription_proration_date = UNSET
        else:
            subscription_proration_date = self.subscription_proration_date

        subtotal: int | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        subtotal_excluding_tax: int | None | Unset
        if isinstance(self.subtotal_excluding_tax, Unset):
            subtotal_excluding_tax = UNSET
        else:
            subtotal_excluding_tax = self.subtotal_excluding_tax

        tax: int | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        test_clock: dict[str, Any] | None | str | Unset
        if isinstance(self.test_clock, Unset):
            test_clock = UNSET
        elif isinstance(self.test_clock, StripeResourceObject):
            test_clock = self.test_clock.to_dict()
        else:
            test_clock = self.test_clock

        threshold_reason: dict[str, Any] | None | Unset
        if isinstance(self.threshold_reason, Unset):
            threshold_reason = UNSET
        elif isinstance(self.threshold_reason, InvoiceThresholdReason):
            threshold_reason = self.threshold_reason.to_dict()
        else:
            threshold_reason = self.threshold_reason

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        total_discount_amounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.total_discount_amounts, Unset):
            total_discount_amounts = UNSET
        elif isinstance(self.total_discount_amounts, list):
            total_discount_amounts = []
            for total_discount_amounts_type_0_item_data in self.total_discount_amounts:
                total_discount_amounts_type_0_item = total_discount_amounts_type_0_item_data.to_dict()
                total_discount_amounts.append(total_discount_amounts_type_0_item)

        else:
            total_discount_amounts = self.total_discount_amounts

        total_excluding_tax: int | None | Unset
        if isinstance(self.total_excluding_tax, Unset):
            total_excluding_tax = UNSET
        else:
            total_excluding_tax = self.total_excluding_tax

        total_tax_amounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.total_tax_amounts, Unset):
            total_tax_amounts = UNSET
        elif isinstance(self.total_tax_amounts, list):
            total_tax_amounts = []
            for total_tax_amounts_type_0_item_data in self.total_tax_amounts:
                total_tax_amounts_type_0_item = total_tax_amounts_type_0_item_data.to_dict()
                total_tax_amounts.append(total_tax_amounts_type_0_item)

        else:
            total_tax_amounts = self.total_tax_amounts

        transfer_data: dict[str, Any] | None | Unset
        if isinstance(self.transfer_data, Unset):
            transfer_data = UNSET
        elif isinstance(self.transfer_data, InvoiceTransferData):
            transfer_data = self.transfer_data.to_dict()
        else:
            transfer_data = self.transfer_data

        webhooks_delivered_at: int | None | Unset
        if isinstance(self.webhooks_delivered_at, Unset):
            webhooks_delivered_at = UNSET
        else:
            webhooks_delivered_at = self.webhooks_delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if account_country is not UNSET:
            field_dict["account_country"] = account_country
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_tax_ids is not UNSET:
            field_dict["account_tax_ids"] = account_tax_ids
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if amount_remaining is not UNSET:
            field_dict["amount_remaining"] = amount_remaining
        if amount_shipping is not UNSET:
            field_dict["amount_shipping"] = amount_shipping
        if application is not UNSET:
            field_dict["application"] = application
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if attempted is not UNSET:
            field_dict["attempted"] = attempted
        if auto_advance is not UNSET:
            field_dict["auto_advance"] = auto_advance
        if automatic_tax is not UNSET:
            field_dict["automatic_tax"] = automatic_tax
        if billing_reason is not UNSET:
            field_dict["billing_reason"] = billing_reason
        if charge is not UNSET:
            field_dict["charge"] = charge
        if collection_method is not UNSET:
            field_dict["collection_method"] = collection_method
        if created is not UNSET:
            field_dict["created"] = created
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_address is not UNSET:
            field_dict["customer_address"] = customer_address
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if customer_shipping is not UNSET:
            field_dict["customer_shipping"] = customer_shipping
        if customer_tax_exempt is not UNSET:
            field_dict["customer_tax_exempt"] = customer_tax_exempt
        if customer_tax_ids is not UNSET:
            field_dict["customer_tax_ids"] = customer_tax_ids
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
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at
        if ending_balance is not UNSET:
            field_dict["ending_balance"] = ending_balance
        if footer is not UNSET:
            field_dict["footer"] = footer
        if from_invoice is not UNSET:
            field_dict["from_invoice"] = from_invoice
        if hosted_invoice_url is not UNSET:
            field_dict["hosted_invoice_url"] = hosted_invoice_url
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_pdf is not UNSET:
            field_dict["invoice_pdf"] = invoice_pdf
        if last_finalization_error is not UNSET:
            field_dict["last_finalization_error"] = last_finalization_error
        if latest_revision is not UNSET:
            field_dict["latest_revision"] = latest_revision
        if lines is not UNSET:
            field_dict["lines"] = lines
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if next_payment_attempt is not UNSET:
            field_dict["next_payment_attempt"] = next_payment_attempt
        if number is not UNSET:
            field_dict["number"] = number
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if paid is not UNSET:
            field_dict["paid"] = paid
        if paid_out_of_band is not UNSET:
            field_dict["paid_out_of_band"] = paid_out_of_band
        if payment_intent is not UNSET:
            field_dict["payment_intent"] = payment_intent
        if payment_settings is not UNSET:
            field_dict["payment_settings"] = payment_settings
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if post_payment_credit_notes_amount is not UNSET:
            field_dict["post_payment_credit_notes_amount"] = post_payment_credit_notes_amount
        if pre_payment_credit_notes_amount is not UNSET:
            field_dict["pre_payment_credit_notes_amount"] = pre_payment_credit_notes_amount
        if quote is not UNSET:
            field_dict["quote"] = quote
        if receipt_number is not UNSET:
            field_dict["receipt_number"] = receipt_number
        if rendering_options is not UNSET:
            field_dict["rendering_options"] = rendering_options
        if shipping_cost is not UNSET:
            field_dict["shipping_cost"] = shipping_cost
        if shipping_details is not UNSET:
            field_dict["shipping_details"] = shipping_details
        if starting_balance is not UNSET:
            field_dict["starting_balance"] = starting_balance
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if status is not UNSET:
            field_dict["status"] = status
        if status_transitions is not UNSET:
            field_dict["status_transitions"] = status_transitions
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if subscription_details is not UNSET:
            field_dict["subscription_details"] = subscription_details
        if subscription_proration_date is not UNSET:
            field_dict["subscription_proration_date"] = subscription_proration_date
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if subtotal_excluding_tax is not UNSET:
            field_dict["subtotal_excluding_tax"] = subtotal_excluding_tax
        if tax is not UNSET:
            field_dict["tax"] = tax
        if test_clock is not UNSET:
            field_dict["test_clock"] = test_clock
        if threshold_reason is not UNSET:
            field_dict["threshold_reason"] = threshold_reason
        if total is not UNSET:
            field_dict["total"] = total
        if total_discount_amounts is not UNSET:
            field_dict["total_discount_amounts"] = total_discount_amounts
        if total_excluding_tax is not UNSET:
            field_dict["total_excluding_tax"] = total_excluding_tax
        if total_tax_amounts is not UNSET:
            field_dict["total_tax_amounts"] = total_tax_amounts
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data
        if webhooks_delivered_at is not UNSET:
            field_dict["webhooks_delivered_at"] = webhooks_delivered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.api_errors import APIErrors  # noqa: PLC0415
        from ..models.automatic_tax import AutomaticTax  # noqa: PLC0415
        from ..models.discounts_resource_discount_amount import (
            DiscountsResourceDiscountAmount,  # noqa: PLC0415
        )
        from ..models.invoice_invoice_lines_list import InvoiceInvoiceLinesList  # noqa: PLC0415
        from ..models.invoice_metadata_type_0 import InvoiceMetadataType0  # noqa: PLC0415
        from ..models.invoice_setting_custom_field import InvoiceSettingCustomField  # noqa: PLC0415
        from ..models.invoice_setting_rendering_options import (
            InvoiceSettingRenderingOptions,  # noqa: PLC0415
        )
        from ..models.invoice_tax_amount import InvoiceTaxAmount  # noqa: PLC0415
        from ..models.invoice_threshold_reason import InvoiceThresholdReason  # noqa: PLC0415
        from ..models.invoice_transfer_data import InvoiceTransferData  # noqa: PLC0415
        from ..models.invoices_from_invoice import InvoicesFromInvoice  # noqa: PLC0415
        from ..models.invoices_payment_settings import InvoicesPaymentSettings  # noqa: PLC0415
        from ..models.invoices_resource_invoice_tax_id import (
            InvoicesResourceInvoiceTaxID,  # noqa: PLC0415
        )
        from ..models.invoices_shipping_cost import InvoicesShippingCost  # noqa: PLC0415
        from ..models.invoices_status_transitions import InvoicesStatusTransitions  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415
        from ..models.subscription_details_data import SubscriptionDetailsData  # noqa: PLC0415

        d = dict(src_dict)
        object_ = check_invoice_object(d.pop("object"))

        def _parse_account_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_country = _parse_account_country(d.pop("account_country", UNSET))

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        def _parse_account_tax_ids(data: object) -> list[str | StripeResourceObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                account_tax_ids_type_0 = []
                _account_tax_ids_type_0 = data
                for account_tax_ids_type_0_item_data in _account_tax_ids_type_0:

                    def _parse_account_tax_ids_type_0_item(data: object) -> str | StripeResourceObject:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            account_tax_ids_type_0_item_type_1 = StripeResourceObject.from_dict(data)

                            return account_tax_ids_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | StripeResourceObject, data)

                    account_tax_ids_type_0_item = _parse_account_tax_ids_type_0_item(
                        account_tax_ids_type_0_item_data
                    )

                    account_tax_ids_type_0.append(account_tax_ids_type_0_item)

                return account_tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str | StripeResourceObject] | None | Unset, data)

        account_tax_ids = _parse_account_tax_ids(d.pop("account_tax_ids", UNSET))

        def _parse_amount_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_due = _parse_amount_due(d.pop("amount_due", UNSET))

        def _parse_amount_paid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_paid = _parse_amount_paid(d.pop("amount_paid", UNSET))

        def _parse_amount_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_remaining = _parse_amount_remaining(d.pop("amount_remaining", UNSET))

        def _parse_amount_shipping(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_shipping = _parse_amount_shipping(d.pop("amount_shipping", UNSET))

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

        def _parse_attempt_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt_count = _parse_attempt_count(d.pop("attempt_count", UNSET))

        def _parse_attempted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attempted = _parse_attempted(d.pop("attempted", UNSET))

        def _parse_auto_advance(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_advance = _parse_auto_advance(d.pop("auto_advance", UNSET))

        def _parse_automatic_tax(data: object) -> AutomaticTax | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automatic_tax_type_0 = AutomaticTax.from_dict(data)

                return automatic_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomaticTax | None | Unset, data)

        automatic_tax = _parse_automatic_tax(d.pop("automatic_tax", UNSET))

        def _parse_billing_reason(data: object) -> InvoiceBillingReasonType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_reason_type_1 = check_invoice_billing_reason_type_1(data)

                return billing_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceBillingReasonType1 | None | Unset, data)

        billing_reason = _parse_billing_reason(d.pop("billing_reason", UNSET))

        def _parse_charge(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charge_type_1 = StripeResourceObject.from_dict(data)

                return charge_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        charge = _parse_charge(d.pop("charge", UNSET))

        def _parse_collection_method(data: object) -> InvoiceCollectionMethodType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collection_method_type_1 = check_invoice_collection_method_type_1(data)

                return collection_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceCollectionMethodType1 | None | Unset, data)

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

        def _parse_custom_fields(data: object) -> list[InvoiceSettingCustomField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = InvoiceSettingCustomField.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceSettingCustomField] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

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

        def _parse_customer_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_address_type_0 = Address.from_dict(data)

                return customer_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        customer_address = _parse_customer_address(d.pop("customer_address", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_customer_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_phone = _parse_customer_phone(d.pop("customer_phone", UNSET))

        def _parse_customer_shipping(data: object) -> None | Shipping | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_shipping_type_0 = Shipping.from_dict(data)

                return customer_shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Shipping | Unset, data)

        customer_shipping = _parse_customer_shipping(d.pop("customer_shipping", UNSET))

        def _parse_customer_tax_exempt(data: object) -> InvoiceCustomerTaxExemptType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_tax_exempt_type_1 = check_invoice_customer_tax_exempt_type_1(data)

                return customer_tax_exempt_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceCustomerTaxExemptType1 | None | Unset, data)

        customer_tax_exempt = _parse_customer_tax_exempt(d.pop("customer_tax_exempt", UNSET))

        def _parse_customer_tax_ids(data: object) -> list[InvoicesResourceInvoiceTaxID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_tax_ids_type_0 = []
                _customer_tax_ids_type_0 = data
                for customer_tax_ids_type_0_item_data in _customer_tax_ids_type_0:
                    customer_tax_ids_type_0_item = InvoicesResourceInvoiceTaxID.from_dict(
                        customer_tax_ids_type_0_item_data
                    )

                    customer_tax_ids_type_0.append(customer_tax_ids_type_0_item)

                return customer_tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicesResourceInvoiceTaxID] | None | Unset, data)

        customer_tax_ids = _parse_customer_tax_ids(d.pop("customer_tax_ids", UNSET))

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

        def _parse_discounts(data: object) -> list[str | StripeResourceObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:

                    def _parse_discounts_type_0_item(data: object) -> str | StripeResourceObject:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            discounts_type_0_item_type_1 = StripeResourceObject.from_dict(data)

                            return discounts_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | StripeResourceObject, data)

                    discounts_type_0_item = _parse_discounts_type_0_item(discounts_type_0_item_data)

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str | StripeResourceObject] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_due_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_effective_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        effective_at = _parse_effective_at(d.pop("effective_at", UNSET))

        def _parse_ending_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ending_balance = _parse_ending_balance(d.pop("ending_balance", UNSET))

        def _parse_footer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footer = _parse_footer(d.pop("footer", UNSET))

        def _parse_from_invoice(data: object) -> InvoicesFromInvoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_invoice_type_0 = InvoicesFromInvoice.from_dict(data)

                return from_invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicesFromInvoice | None | Unset, data)

        from_invoice = _parse_from_invoice(d.pop("from_invoice", UNSET))

        def _parse_hosted_invoice_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_invoice_url = _parse_hosted_invoice_url(d.pop("hosted_invoice_url", UNSET))

        id = d.pop("id", UNSET)

        def _parse_invoice_pdf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_pdf = _parse_invoice_pdf(d.pop("invoice_pdf", UNSET))

        def _parse_last_finalization_error(data: object) -> APIErrors | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_finalization_error_type_0 = APIErrors.from_dict(data)

                return last_finalization_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(APIErrors | None | Unset, data)

        last_finalization_error = _parse_last_finalization_error(d.pop("last_finalization_error", UNSET))

        def _parse_latest_revision(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_revision_type_1 = StripeResourceObject.from_dict(data)

                return latest_revision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        latest_revision = _parse_latest_revision(d.pop("latest_revision", UNSET))

        def _parse_lines(data: object) -> InvoiceInvoiceLinesList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lines_type_0 = InvoiceInvoiceLinesList.from_dict(data)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceInvoiceLinesList | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_metadata(data: object) -> InvoiceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = InvoiceMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_next_payment_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_payment_attempt = _parse_next_payment_attempt(d.pop("next_payment_attempt", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

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

        def _parse_paid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        def _parse_paid_out_of_band(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paid_out_of_band = _parse_paid_out_of_band(d.pop("paid_out_of_band", UNSET))

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

        def _parse_payment_settings(data: object) -> InvoicesPaymentSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_settings_type_0 = InvoicesPaymentSettings.from_dict(data)

                return payment_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicesPaymentSettings | None | Unset, data)

        payment_settings = _parse_payment_settings(d.pop("payment_settings", UNSET))

        def _parse_period_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        def _parse_period_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_post_payment_credit_notes_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_payment_credit_notes_amount = _parse_post_payment_credit_notes_amount(
            d.pop("post_payment_credit_notes_amount", UNSET)
        )

        def _parse_pre_payment_credit_notes_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pre_payment_credit_notes_amount = _parse_pre_payment_credit_notes_amount(
            d.pop("pre_payment_credit_notes_amount", UNSET)
        )

        def _parse_quote(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_type_1 = StripeResourceObject.from_dict(data)

                return quote_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))

        def _parse_receipt_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_number = _parse_receipt_number(d.pop("receipt_number", UNSET))

        def _parse_rendering_options(data: object) -> InvoiceSettingRenderingOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rendering_options_type_0 = InvoiceSettingRenderingOptions.from_dict(data)

                return rendering_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSettingRenderingOptions | None | Unset, data)

        rendering_options = _parse_rendering_options(d.pop("rendering_options", UNSET))

        def _parse_shipping_cost(data: object) -> InvoicesShippingCost | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_cost_type_0 = InvoicesShippingCost.from_dict(data)

                return shipping_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicesShippingCost | None | Unset, data)

        shipping_cost = _parse_shipping_cost(d.pop("shipping_cost", UNSET))

        def _parse_shipping_details(data: object) -> None | Shipping | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_details_type_0 = Shipping.from_dict(data)

                return shipping_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Shipping | Unset, data)

        shipping_details = _parse_shipping_details(d.pop("shipping_details", UNSET))

        def _parse_starting_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        starting_balance = _parse_starting_balance(d.pop("starting_balance", UNSET))

        def _parse_statement_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor = _parse_statement_descriptor(d.pop("statement_descriptor", UNSET))

        def _parse_status(data: object) -> InvoiceStatusType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_invoice_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStatusType1 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_transitions(data: object) -> InvoicesStatusTransitions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_transitions_type_0 = InvoicesStatusTransitions.from_dict(data)

                return status_transitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicesStatusTransitions | None | Unset, data)

        status_transitions = _parse_status_transitions(d.pop("status_transitions", UNSET))

        def _parse_subscription(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_1 = StripeResourceObject.from_dict(data)

                return subscription_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_subscription_details(data: object) -> None | SubscriptionDetailsData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_details_type_0 = SubscriptionDetailsData.from_dict(data)

                return subscription_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionDetailsData | Unset, data)

        subscription_details = _parse_subscription_details(d.pop("subscription_details", UNSET))

        def _parse_subscription_proration_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_proration_date = _parse_subscription_proration_date(
            d.pop("subscription_proration_date", UNSET)
        )

        def _parse_subtotal(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        def _parse_subtotal_excluding_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subtotal_excluding_tax = _parse_subtotal_excluding_tax(d.pop("subtotal_excluding_tax", UNSET))

        def _parse_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

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

        def _parse_threshold_reason(data: object) -> InvoiceThresholdReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                threshold_reason_type_0 = InvoiceThresholdReason.from_dict(data)

                return threshold_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceThresholdReason | None | Unset, data)

        threshold_reason = _parse_threshold_reason(d.pop("threshold_reason", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_total_discount_amounts(
            data: object,
        ) -> list[DiscountsResourceDiscountAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                total_discount_amounts_type_0 = []
                _total_discount_amounts_type_0 = data
                for total_discount_amounts_type_0_item_data in _total_discount_amounts_type_0:
                    total_discount_amounts_type_0_item = DiscountsResourceDiscountAmount.from_dict(
                        total_discount_amounts_type_0_item_data
                    )

                    total_discount_amounts_type_0.append(total_discount_amounts_type_0_item)

                return total_discount_amounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DiscountsResourceDiscountAmount] | None | Unset, data)

        total_discount_amounts = _parse_total_discount_amounts(d.pop("total_discount_amounts", UNSET))

        def _parse_total_excluding_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_excluding_tax = _parse_total_excluding_tax(d.pop("total_excluding_tax", UNSET))

        def _parse_total_tax_amounts(data: object) -> list[InvoiceTaxAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                total_tax_amounts_type_0 = []
                _total_tax_amounts_type_0 = data
                for total_tax_amounts_type_0_item_data in _total_tax_amounts_type_0:
                    total_tax_amounts_type_0_item = InvoiceTaxAmount.from_dict(
                        total_tax_amounts_type_0_item_data
                    )

                    total_tax_amounts_type_0.append(total_tax_amounts_type_0_item)

                return total_tax_amounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceTaxAmount] | None | Unset, data)

        total_tax_amounts = _parse_total_tax_amounts(d.pop("total_tax_amounts", UNSET))

        def _parse_transfer_data(data: object) -> InvoiceTransferData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_data_type_0 = InvoiceTransferData.from_dict(data)

                return transfer_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceTransferData | None | Unset, data)

        transfer_data = _parse_transfer_data(d.pop("transfer_data", UNSET))

        def _parse_webhooks_delivered_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        webhooks_delivered_at = _parse_webhooks_delivered_at(d.pop("webhooks_delivered_at", UNSET))

        invoice = cls(
            object_=object_,
            account_country=account_country,
            account_name=account_name,
            account_tax_ids=account_tax_ids,
            amount_due=amount_due,
            amount_paid=amount_paid,
            amount_remaining=amount_remaining,
            amount_shipping=amount_shipping,
            application=application,
            application_fee_amount=application_fee_amount,
            attempt_count=attempt_count,
            attempted=attempted,
            auto_advance=auto_advance,
            automatic_tax=automatic_tax,
            billing_reason=billing_reason,
            charge=charge,
            collection_method=collection_method,
            created=created,
            currency=currency,
            custom_fields=custom_fields,
            customer=customer,
            customer_address=customer_address,
            customer_email=customer_email,
            customer_name=customer_name,
            customer_phone=customer_phone,
            customer_shipping=customer_shipping,
            customer_tax_exempt=customer_tax_exempt,
            customer_tax_ids=customer_tax_ids,
            default_payment_method=default_payment_method,
            default_source=default_source,
            default_tax_rates=default_tax_rates,
            description=description,
            discount=discount,
            discounts=discounts,
            due_date=due_date,
            effective_at=effective_at,
            ending_balance=ending_balance,
            footer=footer,
            from_invoice=from_invoice,
            hosted_invoice_url=hosted_invoice_url,
            id=id,
            invoice_pdf=invoice_pdf,
            last_finalization_error=last_finalization_error,
            latest_revision=latest_revision,
            lines=lines,
            livemode=livemode,
            metadata=metadata,
            next_payment_attempt=next_payment_attempt,
            number=number,
            on_behalf_of=on_behalf_of,
            paid=paid,
            paid_out_of_band=paid_out_of_band,
            payment_intent=payment_intent,
            payment_settings=payment_settings,
            period_end=period_end,
            period_start=period_start,
            post_payment_credit_notes_amount=post_payment_credit_notes_amount,
            pre_payment_credit_notes_amount=pre_payment_credit_notes_amount,
            quote=quote,
            receipt_number=receipt_number,
            rendering_options=rendering_options,
            shipping_cost=shipping_cost,
            shipping_details=shipping_details,
            starting_balance=starting_balance,
            statement_descriptor=statement_descriptor,
            status=status,
            status_transitions=status_transitions,
            subscription=subscription,
            subscription_details=subscription_details,
            subscription_proration_date=subscription_proration_date,
            subtotal=subtotal,
            subtotal_excluding_tax=subtotal_excluding_tax,
            tax=tax,
            test_clock=test_clock,
            threshold_reason=threshold_reason,
            total=total,
            total_discount_amounts=total_discount_amounts,
            total_excluding_tax=total_excluding_tax,
            total_tax_amounts=total_tax_amounts,
            transfer_data=transfer_data,
            webhooks_delivered_at=webhooks_delivered_at,
        )

        invoice.additional_properties = d
        return invoice

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
