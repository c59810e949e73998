from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_invoices_body_account_tax_ids_type_1 import (
    PostInvoicesBodyAccountTaxIdsType1,
    check_post_invoices_body_account_tax_ids_type_1,
)
from ..models.post_invoices_body_collection_method import (
    PostInvoicesBodyCollectionMethod,
    check_post_invoices_body_collection_method,
)
from ..models.post_invoices_body_custom_fields_type_1 import (
    PostInvoicesBodyCustomFieldsType1,
    check_post_invoices_body_custom_fields_type_1,
)
from ..models.post_invoices_body_discounts_type_1 import (
    PostInvoicesBodyDiscountsType1,
    check_post_invoices_body_discounts_type_1,
)
from ..models.post_invoices_body_metadata_type_1 import (
    PostInvoicesBodyMetadataType1,
    check_post_invoices_body_metadata_type_1,
)
from ..models.post_invoices_body_pending_invoice_items_behavior import (
    PostInvoicesBodyPendingInvoiceItemsBehavior,
    check_post_invoices_body_pending_invoice_items_behavior,
)
from ..models.post_invoices_body_rendering_options_type_1 import (
    PostInvoicesBodyRenderingOptionsType1,
    check_post_invoices_body_rendering_options_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_automatic_tax import PostInvoicesBodyAutomaticTax
    from ..models.post_invoices_body_custom_fields_type_0_item import (
        PostInvoicesBodyCustomFieldsType0Item,
    )
    from ..models.post_invoices_body_discounts_type_0_item import (
        PostInvoicesBodyDiscountsType0Item,
    )
    from ..models.post_invoices_body_from_invoice import PostInvoicesBodyFromInvoice
    from ..models.post_invoices_body_metadata_type_0 import PostInvoicesBodyMetadataType0
    from ..models.post_invoices_body_payment_settings import (
        PostInvoicesBodyPaymentSettings,
    )
    from ..models.post_invoices_body_rendering_options_type_0 import (
        PostInvoicesBodyRenderingOptionsType0,
    )
    from ..models.post_invoices_body_shipping_cost import PostInvoicesBodyShippingCost
    from ..models.post_invoices_body_shipping_details import (
        PostInvoicesBodyShippingDetails,
    )
    from ..models.post_invoices_body_transfer_data import PostInvoicesBodyTransferData


T = TypeVar("T", bound="PostInvoicesBody")


@_attrs_define
class PostInvoicesBody:
    """
    Attributes:
        account_tax_ids (list[str] | PostInvoicesBodyAccountTaxIdsType1 | Unset): The account tax IDs associated with
            the invoice. Only editable when the invoice is a draft.
        application_fee_amount (int | Unset): A fee in cents (or local equivalent) that will be applied to the invoice
            and transferred to the application owner's Stripe account. The request must be made with an OAuth key or the
            Stripe-Account header in order to take an application fee. For more information, see the application fees
            [documentation](https://stripe.com/docs/billing/invoices/connect#collecting-fees).
        auto_advance (bool | Unset): Controls whether Stripe performs [automatic
            collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection) of the invoice. If
            `false`, the invoice's state doesn't automatically advance without an explicit action.
        automatic_tax (PostInvoicesBodyAutomaticTax | Unset): Settings for automatic tax lookup for this invoice.
        collection_method (PostInvoicesBodyCollectionMethod | Unset): Either `charge_automatically`, or `send_invoice`.
            When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the
            customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions.
            Defaults to `charge_automatically`.
        currency (str | Unset): The currency to create this invoice in. Defaults to that of `customer` if not specified.
        custom_fields (list[PostInvoicesBodyCustomFieldsType0Item] | PostInvoicesBodyCustomFieldsType1 | Unset): A list
            of up to 4 custom fields to be displayed on the invoice.
        customer (str | Unset): The ID of the customer who will be billed.
        days_until_due (int | Unset): The number of days from when the invoice is created until it is due. Valid only
            for invoices where `collection_method=send_invoice`.
        default_payment_method (str | Unset): ID of the default payment method for the invoice. It must belong to the
            customer associated with the invoice. If not set, defaults to the subscription's default payment method, if any,
            or to the default payment method in the customer's invoice settings.
        default_source (str | Unset): ID of the default payment source for the invoice. It must belong to the customer
            associated with the invoice and be in a chargeable state. If not set, defaults to the subscription's default
            source, if any, or to the customer's default source.
        default_tax_rates (list[str] | Unset): The tax rates that will apply to any line item that does not have
            `tax_rates` set.
        description (str | Unset): An arbitrary string attached to the object. Often useful for displaying to users.
            Referenced as 'memo' in the Dashboard.
        discounts (list[PostInvoicesBodyDiscountsType0Item] | PostInvoicesBodyDiscountsType1 | Unset): The coupons to
            redeem into discounts for the invoice. If not specified, inherits the discount from the invoice's customer. Pass
            an empty string to avoid inheriting any discounts.
        due_date (int | Unset): The date on which payment for this invoice is due. Valid only for invoices where
            `collection_method=send_invoice`.
        effective_at (int | Unset): The date when this invoice is in effect. Same as `finalized_at` unless overwritten.
            When defined, this value replaces the system-generated 'Date of issue' printed on the invoice PDF and receipt.
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        footer (str | Unset): Footer to be displayed on the invoice.
        from_invoice (PostInvoicesBodyFromInvoice | Unset): Revise an existing invoice. The new invoice will be created
            in `status=draft`. See the [revision documentation](https://stripe.com/docs/invoicing/invoice-revisions) for
            more details.
        metadata (PostInvoicesBodyMetadataType0 | PostInvoicesBodyMetadataType1 | Unset): Set of [key-value
            pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
            additional information about the object in a structured format. Individual keys can be unset by posting an empty
            value to them. All keys can be unset by posting an empty value to `metadata`.
        on_behalf_of (str | Unset): The account (if any) for which the funds of the invoice payment are intended. If
            set, the invoice will be presented with the branding and support information of the specified account. See the
            [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect) documentation for details.
        payment_settings (PostInvoicesBodyPaymentSettings | Unset): Configuration settings for the PaymentIntent that is
            generated when the invoice is finalized.
        pending_invoice_items_behavior (PostInvoicesBodyPendingInvoiceItemsBehavior | Unset): How to handle pending
            invoice items on invoice creation. One of `include` or `exclude`. `include` will include any pending invoice
            items, and will create an empty draft invoice if no pending invoice items exist. `exclude` will always create an
            empty invoice draft regardless if there are pending invoice items or not. Defaults to `exclude` if the parameter
            is omitted.
        rendering_options (PostInvoicesBodyRenderingOptionsType0 | PostInvoicesBodyRenderingOptionsType1 | Unset):
            Options for invoice PDF rendering.
        shipping_cost (PostInvoicesBodyShippingCost | Unset): Settings for the cost of shipping for this invoice.
        shipping_details (PostInvoicesBodyShippingDetails | Unset): Shipping details for the invoice. The Invoice PDF
            will use the `shipping_details` value if it is set, otherwise the PDF will render the shipping address from the
            customer.
        statement_descriptor (str | Unset): Extra information about a charge for the customer's credit card statement.
            It must contain at least one letter. If not specified and this invoice is part of a subscription, the default
            `statement_descriptor` will be set to the first subscription item's product's `statement_descriptor`.
        subscription (str | Unset): The ID of the subscription to invoice, if any. If set, the created invoice will only
            include pending invoice items for that subscription. The subscription's billing cycle and regular subscription
            events won't be affected.
        transfer_data (PostInvoicesBodyTransferData | Unset): If specified, the funds from the invoice will be
            transferred to the destination and the ID of the resulting transfer will be found on the invoice's charge.
    """

    account_tax_ids: list[str] | PostInvoicesBodyAccountTaxIdsType1 | Unset = UNSET
    application_fee_amount: int | Unset = UNSET
    auto_advance: bool | Unset = UNSET
    automatic_tax: PostInvoicesBodyAutomaticTax | Unset = UNSET
    collection_method: PostInvoicesBodyCollectionMethod | Unset = UNSET
    currency: str | Unset = UNSET
    custom_fields: list[PostInvoicesBodyCustomFieldsType0Item] | PostInvoicesBodyCustomFieldsType1 | Unset = (
        UNSET
    )
    customer: str | Unset = UNSET
    days_until_due: int | Unset = UNSET
    default_payment_method: str | Unset = UNSET
    default_source: str | Unset = UNSET
    default_tax_rates: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    discounts: list[PostInvoicesBodyDiscountsType0Item] | PostInvoicesBodyDiscountsType1 | Unset = UNSET
    due_date: int | Unset = UNSET
    effective_at: int | Unset = UNSET
    expand: list[str] | Unset = UNSET
    footer: str | Unset = UNSET
    from_invoice: PostInvoicesBodyFromInvoice | Unset = UNSET
    metadata: PostInvoicesBodyMetadataType0 | PostInvoicesBodyMetadataType1 | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    payment_settings: PostInvoicesBodyPaymentSettings | Unset = UNSET
    pending_invoice_items_behavior: PostInvoicesBodyPendingInvoiceItemsBehavior | Unset = UNSET
    rendering_options: (
        PostInvoicesBodyRenderingOptionsType0 | PostInvoicesBodyRenderingOptionsType1 | Unset
    ) = UNSET
    shipping_cost: PostInvoicesBodyShippingCost | Unset = UNSET
    shipping_details: PostInvoicesBodyShippingDetails | Unset = UNSET
    statement_descriptor: str | Unset = UNSET
    subscription: str | Unset = UNSET
    transfer_data: PostInvoicesBodyTransferData | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_invoices_body_metadata_type_0 import (
            PostInvoicesBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_rendering_options_type_0 import (
            PostInvoicesBodyRenderingOptionsType0,  # noqa: PLC0415
        )

        account_tax_ids: list[str] | str | Unset
        if isinstance(self.account_tax_ids, Unset):
            account_tax_ids = UNSET
        elif isinstance(self.account_tax_ids, list):
            account_tax_ids = self.account_tax_ids

        else:
            account_tax_ids = self.account_tax_ids

        application_fee_amount = self.application_fee_amount

        auto_advance = self.auto_advance

        automatic_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automatic_tax, Unset):
            automatic_tax = self.automatic_tax.to_dict()

        collection_method: str | Unset = UNSET
        if not isinstance(self.collection_method, Unset):
            collection_method = self.collection_method

        currency = self.currency

        custom_fields: list[dict[str, Any]] | str | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        customer = self.customer

        days_until_due = self.days_until_due

        default_payment_method = self.default_payment_method

        default_source = self.default_source

        default_tax_rates: list[str] | Unset = UNSET
        if not isinstance(self.default_tax_rates, Unset):
            default_tax_rates = self.default_tax_rates

        description = self.description

        discounts: list[dict[str, Any]] | str | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        due_date = self.due_date

        effective_at = self.effective_at

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        footer = self.footer

        from_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_invoice, Unset):
            from_invoice = self.from_invoice.to_dict()

        metadata: dict[str, Any] | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostInvoicesBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        on_behalf_of = self.on_behalf_of

        payment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_settings, Unset):
            payment_settings = self.payment_settings.to_dict()

        pending_invoice_items_behavior: str | Unset = UNSET
        if not isinstance(self.pending_invoice_items_behavior, Unset):
            pending_invoice_items_behavior = self.pending_invoice_items_behavior

        rendering_options: dict[str, Any] | str | Unset
        if isinstance(self.rendering_options, Unset):
            rendering_options = UNSET
        elif isinstance(self.rendering_options, PostInvoicesBodyRenderingOptionsType0):
            rendering_options = self.rendering_options.to_dict()
        else:
            rendering_options = self.rendering_options

        shipping_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_cost, Unset):
            shipping_cost = self.shipping_cost.to_dict()

        shipping_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_details, Unset):
            shipping_details = self.shipping_details.to_dict()

        statement_descriptor = self.statement_descriptor

        subscription = self.subscription

        transfer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_data, Unset):
            transfer_data = self.transfer_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_tax_ids is not UNSET:
            field_dict["account_tax_ids"] = account_tax_ids
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if auto_advance is not UNSET:
            field_dict["auto_advance"] = auto_advance
        if automatic_tax is not UNSET:
            field_dict["automatic_tax"] = automatic_tax
        if collection_method is not UNSET:
            field_dict["collection_method"] = collection_method
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
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
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at
        if expand is not UNSET:
            field_dict["expand"] = expand
        if footer is not UNSET:
            field_dict["footer"] = footer
        if from_invoice is not UNSET:
            field_dict["from_invoice"] = from_invoice
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if payment_settings is not UNSET:
            field_dict["payment_settings"] = payment_settings
        if pending_invoice_items_behavior is not UNSET:
            field_dict["pending_invoice_items_behavior"] = pending_invoice_items_behavior
        if rendering_options is not UNSET:
            field_dict["rendering_options"] = rendering_options
        if shipping_cost is not UNSET:
            field_dict["shipping_cost"] = shipping_cost
        if shipping_details is not UNSET:
            field_dict["shipping_details"] = shipping_details
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_invoices_body_automatic_tax import (
            PostInvoicesBodyAutomaticTax,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_custom_fields_type_0_item import (
            PostInvoicesBodyCustomFieldsType0Item,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_discounts_type_0_item import (
            PostInvoicesBodyDiscountsType0Item,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_from_invoice import PostInvoicesBodyFromInvoice  # noqa: PLC0415
        from ..models.post_invoices_body_metadata_type_0 import (
            PostInvoicesBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_payment_settings import (
            PostInvoicesBodyPaymentSettings,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_rendering_options_type_0 import (
            PostInvoicesBodyRenderingOptionsType0,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_shipping_cost import (
            PostInvoicesBodyShippingCost,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_shipping_details import (
            PostInvoicesBodyShippingDetails,  # noqa: PLC0415
        )
        from ..models.post_invoices_body_transfer_data import (
            PostInvoicesBodyTransferData,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_account_tax_ids(data: object) -> list[str] | PostInvoicesBodyAccountTaxIdsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                account_tax_ids_type_0 = cast(list[str], data)

                return account_tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            account_tax_ids_type_1 = check_post_invoices_body_account_tax_ids_type_1(data)

            return account_tax_ids_type_1

        account_tax_ids = _parse_account_tax_ids(d.pop("account_tax_ids", UNSET))

        application_fee_amount = d.pop("application_fee_amount", UNSET)

        auto_advance = d.pop("auto_advance", UNSET)

        _automatic_tax = d.pop("automatic_tax", UNSET)
        automatic_tax: PostInvoicesBodyAutomaticTax | Unset
        if isinstance(_automatic_tax, Unset):
            automatic_tax = UNSET
        else:
            automatic_tax = PostInvoicesBodyAutomaticTax.from_dict(_automatic_tax)

        _collection_method = d.pop("collection_method", UNSET)
        collection_method: PostInvoicesBodyCollectionMethod | Unset
        if isinstance(_collection_method, Unset):
            collection_method = UNSET
        else:
            collection_method = check_post_invoices_body_collection_method(_collection_method)

        currency = d.pop("currency", UNSET)

        def _parse_custom_fields(
            data: object,
        ) -> list[PostInvoicesBodyCustomFieldsType0Item] | PostInvoicesBodyCustomFieldsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = PostInvoicesBodyCustomFieldsType0Item.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            custom_fields_type_1 = check_post_invoices_body_custom_fields_type_1(data)

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        customer = d.pop("customer", UNSET)

        days_until_due = d.pop("days_until_due", UNSET)

        default_payment_method = d.pop("default_payment_method", UNSET)

        default_source = d.pop("default_source", UNSET)

        default_tax_rates = cast(list[str], d.pop("default_tax_rates", UNSET))

        description = d.pop("description", UNSET)

        def _parse_discounts(
            data: object,
        ) -> list[PostInvoicesBodyDiscountsType0Item] | PostInvoicesBodyDiscountsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = PostInvoicesBodyDiscountsType0Item.from_dict(
                        discounts_type_0_item_data
                    )

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            discounts_type_1 = check_post_invoices_body_discounts_type_1(data)

            return discounts_type_1

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        due_date = d.pop("due_date", UNSET)

        effective_at = d.pop("effective_at", UNSET)

        expand = cast(list[str], d.pop("expand", UNSET))

        footer = d.pop("footer", UNSET)

        _from_invoice = d.pop("from_invoice", UNSET)
        from_invoice: PostInvoicesBodyFromInvoice | Unset
        if isinstance(_from_invoice, Unset):
            from_invoice = UNSET
        else:
            from_invoice = PostInvoicesBodyFromInvoice.from_dict(_from_invoice)

        def _parse_metadata(
            data: object,
        ) -> PostInvoicesBodyMetadataType0 | PostInvoicesBodyMetadataType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PostInvoicesBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            metadata_type_1 = check_post_invoices_body_metadata_type_1(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        on_behalf_of = d.pop("on_behalf_of", UNSET)

        _payment_settings = d.pop("payment_settings", UNSET)
        payment_settings: PostInvoicesBodyPaymentSettings | Unset
        if isinstance(_payment_settings, Unset):
            payment_settings = UNSET
        else:
            payment_settings = PostInvoicesBodyPaymentSettings.from_dict(_payment_settings)

        _pending_invoice_items_behavior = d.pop("pending_invoice_items_behavior", UNSET)
        pending_invoice_items_behavior: PostInvoicesBodyPendingInvoiceItemsBehavior | Unset
        if isinstance(_pending_invoice_items_behavior, Unset):
            pending_invoice_items_behavior = UNSET
        else:
            pending_invoice_items_behavior = check_post_invoices_body_pending_invoice_items_behavior(
                _pending_invoice_items_behavior
            )

        def _parse_rendering_options(
            data: object,
        ) -> PostInvoicesBodyRenderingOptionsType0 | PostInvoicesBodyRenderingOptionsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rendering_options_type_0 = PostInvoicesBodyRenderingOptionsType0.from_dict(data)

                return rendering_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            rendering_options_type_1 = check_post_invoices_body_rendering_options_type_1(data)

            return rendering_options_type_1

        rendering_options = _parse_rendering_options(d.pop("rendering_options", UNSET))

        _shipping_cost = d.pop("shipping_cost", UNSET)
        shipping_cost: PostInvoicesBodyShippingCost | Unset
        if isinstance(_shipping_cost, Unset):
            shipping_cost = UNSET
        else:
            shipping_cost = PostInvoicesBodyShippingCost.from_dict(_shipping_cost)

        _shipping_details = d.pop("shipping_details", UNSET)
        shipping_details: PostInvoicesBodyShippingDetails | Unset
        if isinstance(_shipping_details, Unset):
            shipping_details = UNSET
        else:
            shipping_details = PostInvoicesBodyShippingDetails.from_dict(_shipping_details)

        statement_descriptor = d.pop("statement_descriptor", UNSET)

        subscription = d.pop("subscription", UNSET)

        _transfer_data = d.pop("transfer_data", UNSET)
        transfer_data: PostInvoicesBodyTransferData | Unset
        if isinstance(_transfer_data, Unset):
            transfer_data = UNSET
        else:
            transfer_data = PostInvoicesBodyTransferData.from_dict(_transfer_data)

        post_invoices_body = cls(
            account_tax_ids=account_tax_ids,
            application_fee_amount=application_fee_amount,
            auto_advance=auto_advance,
            automatic_tax=automatic_tax,
            collection_method=collection_method,
            currency=currency,
            custom_fields=custom_fields,
            customer=customer,
            days_until_due=days_until_due,
            default_payment_method=default_payment_method,
            default_source=default_source,
            default_tax_rates=default_tax_rates,
            description=description,
            discounts=discounts,
            due_date=due_date,
            effective_at=effective_at,
            expand=expand,
            footer=footer,
            from_invoice=from_invoice,
            metadata=metadata,
            on_behalf_of=on_behalf_of,
            payment_settings=payment_settings,
            pending_invoice_items_behavior=pending_invoice_items_behavior,
            rendering_options=rendering_options,
            shipping_cost=shipping_cost,
            shipping_details=shipping_details,
            statement_descriptor=statement_descriptor,
            subscription=subscription,
            transfer_data=transfer_data,
        )

        return post_invoices_body
