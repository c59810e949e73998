from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_object import CustomerObject, check_customer_object
from ..models.customer_tax_exempt_type_1 import (
    CustomerTaxExemptType1,
    check_customer_tax_exempt_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer_apms_sources_source_list import CustomerApmsSourcesSourceList
    from ..models.customer_invoice_credit_balance_type_0 import (
        CustomerInvoiceCreditBalanceType0,
    )
    from ..models.customer_metadata_type_0 import CustomerMetadataType0
    from ..models.customer_subscription_list import CustomerSubscriptionList
    from ..models.customer_tax import CustomerTax
    from ..models.customer_tax_i_ds_list import CustomerTaxIDsList
    from ..models.invoice_setting_customer_setting import InvoiceSettingCustomerSetting
    from ..models.shipping import Shipping
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """This object represents a customer of your business. It lets you create recurring charges and track payments that
    belong to the same customer.

    Related guide: [Save a card during payment](https://stripe.com/docs/payments/save-during-payment)

        Attributes:
            id (str): Unique identifier for the object.
            object_ (CustomerObject): String representing the object's type. Objects of the same type share the same value.
            address (Address | None | Unset): The customer's address.
            balance (int | None | Unset): Current balance, if any, being stored on the customer. If negative, the customer
                has credit to apply to their next invoice. If positive, the customer has an amount owed that will be added to
                their next invoice. The balance does not refer to any unpaid invoices; it solely takes into account amounts that
                have yet to be successfully applied to any invoice. This balance is only taken into account as invoices are
                finalized.
            cash_balance (None | StripeResourceObject | Unset): The current funds being held by Stripe on behalf of the
                customer. These funds can be applied towards payment intents with source "cash_balance". The
                settings[reconciliation_mode] field describes whether these funds are applied to such payment intents manually
                or automatically.
            created (int | None | Unset): Time at which the object was created. Measured in seconds since the Unix epoch.
            currency (None | str | Unset): Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the
                customer can be charged in for recurring billing purposes.
            default_source (None | str | StripeResourceObject | Unset): ID of the default payment source for the customer.

                If you are using payment methods created via the PaymentMethods API, see the
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-
                invoice_settings-default_payment_method) field instead.
            delinquent (bool | None | Unset): When the customer's latest invoice is billed by charging automatically,
                `delinquent` is `true` if the invoice's latest charge failed. When the customer's latest invoice is billed by
                sending an invoice, `delinquent` is `true` if the invoice isn't paid by its due date.

                If an invoice is marked uncollectible by [dunning](https://stripe.com/docs/billing/automatic-collection),
                `delinquent` doesn't get reset to `false`.
            description (None | str | Unset): An arbitrary string attached to the object. Often useful for displaying to
                users.
            discount (None | StripeResourceObject | Unset): Describes the current discount active on the customer, if there
                is one.
            email (None | str | Unset): The customer's email address.
            invoice_credit_balance (CustomerInvoiceCreditBalanceType0 | None | Unset): The current multi-currency balances,
                if any, being stored on the customer. If positive in a currency, the customer has a credit to apply to their
                next invoice denominated in that currency. If negative, the customer has an amount owed that will be added to
                their next invoice denominated in that currency. These balances do not refer to any unpaid invoices. They solely
                track amounts that have yet to be successfully applied to any invoice. A balance in a particular currency is
                only applied to any invoice as an invoice in that currency is finalized.
            invoice_prefix (None | str | Unset): The prefix for the customer used to generate unique invoice numbers.
            invoice_settings (InvoiceSettingCustomerSetting | None | Unset):
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            metadata (CustomerMetadataType0 | None | Unset): Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing additional information about the object in a
                structured format.
            name (None | str | Unset): The customer's full name or business name.
            next_invoice_sequence (int | None | Unset): The suffix of the customer's next invoice number, e.g., 0001.
            phone (None | str | Unset): The customer's phone number.
            preferred_locales (list[str] | None | Unset): The customer's preferred locales (languages), ordered by
                preference.
            shipping (None | Shipping | Unset): Mailing and shipping address for the customer. Appears on invoices emailed
                to this customer.
            sources (CustomerApmsSourcesSourceList | None | Unset): The customer's payment sources, if any.
            subscriptions (CustomerSubscriptionList | None | Unset): The customer's current subscriptions, if any.
            tax (CustomerTax | None | Unset):
            tax_exempt (CustomerTaxExemptType1 | None | Unset): Describes the customer's tax exemption status. One of
                `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse
                charge"**.
            tax_ids (CustomerTaxIDsList | None | Unset): The customer's tax IDs.
            test_clock (None | str | StripeResourceObject | Unset): ID of the test clock this customer belongs to.
    """

    id: str
    object_: CustomerObject
    address: Address | None | Unset = UNSET
    balance: int | None | Unset = UNSET
    cash_balance: None | StripeResourceObject | Unset = UNSET
    created: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    default_source: None | str | StripeResourceObject | Unset = UNSET
    delinquent: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discount: None | StripeResourceObject | Unset = UNSET
    email: None | str | Unset = UNSET
    invoice_credit_balance: CustomerInvoiceCreditBalanceType0 | None | Unset = UNSET
    invoice_prefix: None | str | Unset = UNSET
    invoice_settings: InvoiceSettingCustomerSetting | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    metadata: CustomerMetadataType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    next_invoice_sequence: int | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    preferred_locales: list[str] | None | Unset = UNSET
    shipping: None | Shipping | Unset = UNSET
    sources: CustomerApmsSourcesSourceList | None | Unset = UNSET
    subscriptions: CustomerSubscriptionList | None | Unset = UNSET
    tax: CustomerTax | None | Unset = UNSET
    tax_exempt: CustomerTaxExemptType1 | None | Unset = UNSET
    tax_ids: CustomerTaxIDsList | None | Unset = UNSET
    test_clock: None | str | StripeResourceObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer_apms_sources_source_list import (
            CustomerApmsSourcesSourceList,  # noqa: PLC0415
        )
        from ..models.customer_invoice_credit_balance_type_0 import (
            CustomerInvoiceCreditBalanceType0,  # noqa: PLC0415
        )
        from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: PLC0415
        from ..models.customer_subscription_list import CustomerSubscriptionList  # noqa: PLC0415
        from ..models.customer_tax import CustomerTax  # noqa: PLC0415
        from ..models.customer_tax_i_ds_list import CustomerTaxIDsList  # noqa: PLC0415
        from ..models.invoice_setting_customer_setting import (
            InvoiceSettingCustomerSetting,  # noqa: PLC0415
        )
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        cash_balance: dict[str, Any] | None | Unset
        if isinstance(self.cash_balance, Unset):
            cash_balance = UNSET
        elif isinstance(self.cash_balance, StripeResourceObject):
            cash_balance = self.cash_balance.to_dict()
        else:
            cash_balance = self.cash_balance

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

        default_source: dict[str, Any] | None | str | Unset
        if isinstance(self.default_source, Unset):
            default_source = UNSET
        elif isinstance(self.default_source, StripeResourceObject):
            default_source = self.default_source.to_dict()
        else:
            default_source = self.default_source

        delinquent: bool | None | Unset
        if isinstance(self.delinquent, Unset):
            delinquent = UNSET
        else:
            delinquent = self.delinquent

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        invoice_credit_balance: dict[str, Any] | None | Unset
        if isinstance(self.invoice_credit_balance, Unset):
            invoice_credit_balance = UNSET
        elif isinstance(self.invoice_credit_balance, CustomerInvoiceCreditBalanceType0):
            invoice_credit_balance = self.invoice_credit_balance.to_dict()
        else:
            invoice_credit_balance = self.invoice_credit_balance

        invoice_prefix: None | str | Unset
        if isinstance(self.invoice_prefix, Unset):
            invoice_prefix = UNSET
        else:
            invoice_prefix = self.invoice_prefix

        invoice_settings: dict[str, Any] | None | Unset
        if isinstance(self.invoice_settings, Unset):
            invoice_settings = UNSET
        elif isinstance(self.invoice_settings, InvoiceSettingCustomerSetting):
            invoice_settings = self.invoice_settings.to_dict()
        else:
            invoice_settings = self.invoice_settings

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CustomerMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        next_invoice_sequence: int | None | Unset
        if isinstance(self.next_invoice_sequence, Unset):
            next_invoice_sequence = UNSET
        else:
            next_invoice_sequence = self.next_invoice_sequence

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        preferred_locales: list[str] | None | Unset
        if isinstance(self.preferred_locales, Unset):
            preferred_locales = UNSET
        elif isinstance(self.preferred_locales, list):
            preferred_locales = self.preferred_locales

        else:
            preferred_locales = self.preferred_locales

        shipping: dict[str, Any] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, Shipping):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        sources: dict[str, Any] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, CustomerApmsSourcesSourceList):
            sources = self.sources.to_dict()
        else:
            sources = self.sources

        subscriptions: dict[str, Any] | None | Unset
        if isinstance(self.subscriptions, Unset):
            subscriptions = UNSET
        elif isinstance(self.subscriptions, CustomerSubscriptionList):
            subscriptions = self.subscriptions.to_dict()
        else:
            subscriptions = self.subscriptions

        tax: dict[str, Any] | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        elif isinstance(self.tax, CustomerTax):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

        tax_exempt: None | str | Unset
        if isinstance(self.tax_exempt, Unset):
            tax_exempt = UNSET
        elif isinstance(self.tax_exempt, str):
            tax_exempt = self.tax_exempt
        else:
            tax_exempt = self.tax_exempt

        tax_ids: dict[str, Any] | None | Unset
        if isinstance(self.tax_ids, Unset):
            tax_ids = UNSET
        elif isinstance(self.tax_ids, CustomerTaxIDsList):
            tax_ids = self.tax_ids.to_dict()
        else:
            tax_ids = self.tax_ids

        test_clock: dict[str, Any] | None | str | Unset
        if isinstance(self.test_clock, Unset):
            test_clock = UNSET
        elif isinstance(self.test_clock, StripeResourceObject):
            test_clock = self.test_clock.to_dict()
        else:
            test_clock = self.test_clock

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if balance is not UNSET:
            field_dict["balance"] = balance
        if cash_balance is not UNSET:
            field_dict["cash_balance"] = cash_balance
        if created is not UNSET:
            field_dict["created"] = created
        if currency is not UNSET:
            field_dict["currency"] = currency
        if default_source is not UNSET:
            field_dict["default_source"] = default_source
        if delinquent is not UNSET:
            field_dict["delinquent"] = delinquent
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if email is not UNSET:
            field_dict["email"] = email
        if invoice_credit_balance is not UNSET:
            field_dict["invoice_credit_balance"] = invoice_credit_balance
        if invoice_prefix is not UNSET:
            field_dict["invoice_prefix"] = invoice_prefix
        if invoice_settings is not UNSET:
            field_dict["invoice_settings"] = invoice_settings
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if next_invoice_sequence is not UNSET:
            field_dict["next_invoice_sequence"] = next_invoice_sequence
        if phone is not UNSET:
            field_dict["phone"] = phone
        if preferred_locales is not UNSET:
            field_dict["preferred_locales"] = preferred_locales
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if sources is not UNSET:
            field_dict["sources"] = sources
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_exempt is not UNSET:
            field_dict["tax_exempt"] = tax_exempt
        if tax_ids is not UNSET:
            field_dict["tax_ids"] = tax_ids
        if test_clock is not UNSET:
            field_dict["test_clock"] = test_clock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer_apms_sources_source_list import (
            CustomerApmsSourcesSourceList,  # noqa: PLC0415
        )
        from ..models.customer_invoice_credit_balance_type_0 import (
            CustomerInvoiceCreditBalanceType0,  # noqa: PLC0415
        )
        from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: PLC0415
        from ..models.customer_subscription_list import CustomerSubscriptionList  # noqa: PLC0415
        from ..models.customer_tax import CustomerTax  # noqa: PLC0415
        from ..models.customer_tax_i_ds_list import CustomerTaxIDsList  # noqa: PLC0415
        from ..models.invoice_setting_customer_setting import (
            InvoiceSettingCustomerSetting,  # noqa: PLC0415
        )
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_customer_object(d.pop("object"))

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_cash_balance(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cash_balance_type_0 = StripeResourceObject.from_dict(data)

                return cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        cash_balance = _parse_cash_balance(d.pop("cash_balance", UNSET))

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

        def _parse_delinquent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        delinquent = _parse_delinquent(d.pop("delinquent", UNSET))

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

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_invoice_credit_balance(data: object) -> CustomerInvoiceCreditBalanceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_credit_balance_type_0 = CustomerInvoiceCreditBalanceType0.from_dict(data)

                return invoice_credit_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerInvoiceCreditBalanceType0 | None | Unset, data)

        invoice_credit_balance = _parse_invoice_credit_balance(d.pop("invoice_credit_balance", UNSET))

        def _parse_invoice_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_prefix = _parse_invoice_prefix(d.pop("invoice_prefix", UNSET))

        def _parse_invoice_settings(data: object) -> InvoiceSettingCustomerSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_settings_type_0 = InvoiceSettingCustomerSetting.from_dict(data)

                return invoice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSettingCustomerSetting | None | Unset, data)

        invoice_settings = _parse_invoice_settings(d.pop("invoice_settings", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_metadata(data: object) -> CustomerMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CustomerMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_next_invoice_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_invoice_sequence = _parse_next_invoice_sequence(d.pop("next_invoice_sequence", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

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

        def _parse_sources(data: object) -> CustomerApmsSourcesSourceList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sources_type_0 = CustomerApmsSourcesSourceList.from_dict(data)

                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerApmsSourcesSourceList | None | Unset, data)

        sources = _parse_sources(d.pop("sources", UNSET))

        def _parse_subscriptions(data: object) -> CustomerSubscriptionList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscriptions_type_0 = CustomerSubscriptionList.from_dict(data)

                return subscriptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerSubscriptionList | None | Unset, data)

        subscriptions = _parse_subscriptions(d.pop("subscriptions", UNSET))

        def _parse_tax(data: object) -> CustomerTax | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_type_0 = CustomerTax.from_dict(data)

                return tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTax | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        def _parse_tax_exempt(data: object) -> CustomerTaxExemptType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_exempt_type_1 = check_customer_tax_exempt_type_1(data)

                return tax_exempt_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTaxExemptType1 | None | Unset, data)

        tax_exempt = _parse_tax_exempt(d.pop("tax_exempt", UNSET))

        def _parse_tax_ids(data: object) -> CustomerTaxIDsList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_ids_type_0 = CustomerTaxIDsList.from_dict(data)

                return tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTaxIDsList | None | Unset, data)

        tax_ids = _parse_tax_ids(d.pop("tax_ids", UNSET))

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

        customer = cls(
            id=id,
            object_=object_,
            address=address,
            balance=balance,
            cash_balance=cash_balance,
            created=created,
            currency=currency,
            default_source=default_source,
            delinquent=delinquent,
            description=description,
            discount=discount,
            email=email,
            invoice_credit_balance=invoice_credit_balance,
            invoice_prefix=invoice_prefix,
            invoice_settings=invoice_settings,
            livemode=livemode,
            metadata=metadata,
            name=name,
            next_invoice_sequence=next_invoice_sequence,
            phone=phone,
            preferred_locales=preferred_locales,
            shipping=shipping,
            sources=sources,
            subscriptions=subscriptions,
            tax=tax,
            tax_exempt=tax_exempt,
            tax_ids=tax_ids,
            test_clock=test_clock,
        )

        customer.additional_properties = d
        return customer

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
