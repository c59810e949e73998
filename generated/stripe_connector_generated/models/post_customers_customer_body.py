from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_customers_customer_body_address_type_1 import (
    PostCustomersCustomerBodyAddressType1,
    check_post_customers_customer_body_address_type_1,
)
from ..models.post_customers_customer_body_metadata_type_1 import (
    PostCustomersCustomerBodyMetadataType1,
    check_post_customers_customer_body_metadata_type_1,
)
from ..models.post_customers_customer_body_shipping_type_1 import (
    PostCustomersCustomerBodyShippingType1,
    check_post_customers_customer_body_shipping_type_1,
)
from ..models.post_customers_customer_body_tax_exempt import (
    PostCustomersCustomerBodyTaxExempt,
    check_post_customers_customer_body_tax_exempt,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_address_type_0 import (
        PostCustomersCustomerBodyAddressType0,
    )
    from ..models.post_customers_customer_body_bank_account_type_0 import (
        PostCustomersCustomerBodyBankAccountType0,
    )
    from ..models.post_customers_customer_body_card_type_0 import (
        PostCustomersCustomerBodyCardType0,
    )
    from ..models.post_customers_customer_body_cash_balance import (
        PostCustomersCustomerBodyCashBalance,
    )
    from ..models.post_customers_customer_body_invoice_settings import (
        PostCustomersCustomerBodyInvoiceSettings,
    )
    from ..models.post_customers_customer_body_metadata_type_0 import (
        PostCustomersCustomerBodyMetadataType0,
    )
    from ..models.post_customers_customer_body_shipping_type_0 import (
        PostCustomersCustomerBodyShippingType0,
    )
    from ..models.post_customers_customer_body_tax import PostCustomersCustomerBodyTax


T = TypeVar("T", bound="PostCustomersCustomerBody")


@_attrs_define
class PostCustomersCustomerBody:
    """
    Attributes:
        address (PostCustomersCustomerBodyAddressType0 | PostCustomersCustomerBodyAddressType1 | Unset): The customer's
            address.
        balance (int | Unset): An integer amount in cents (or local equivalent) that represents the customer's current
            balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the
            amount due on an invoice; a positive amount increases the amount due on an invoice.
        bank_account (PostCustomersCustomerBodyBankAccountType0 | str | Unset): Either a token, like the ones returned
            by [Stripe.js](https://stripe.com/docs/js), or a dictionary containing a user's bank account details.
        card (PostCustomersCustomerBodyCardType0 | str | Unset): A token, like the ones returned by
            [Stripe.js](https://stripe.com/docs/js).
        cash_balance (PostCustomersCustomerBodyCashBalance | Unset): Balance information and default balance settings
            for this customer.
        coupon (str | Unset):
        default_alipay_account (str | Unset): ID of Alipay account to make the customer's new default for invoice
            payments.
        default_bank_account (str | Unset): ID of bank account to make the customer's new default for invoice payments.
        default_card (str | Unset): ID of card to make the customer's new default for invoice payments.
        default_source (str | Unset): If you are using payment methods created via the PaymentMethods API, see the
            [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/update#update_customer-
            invoice_settings-default_payment_method) parameter.

            Provide the ID of a payment source already attached to this customer to make it this customer's default payment
            source.

            If you want to add a new payment source and make it the default, see the
            [source](https://stripe.com/docs/api/customers/update#update_customer-source) property.
        description (str | Unset): An arbitrary string that you can attach to a customer object. It is displayed
            alongside the customer in the dashboard.
        email (str | Unset): Customer's email address. It's displayed alongside the customer in your dashboard and can
            be useful for searching and tracking. This may be up to *512 characters*.
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        invoice_prefix (str | Unset): The prefix for the customer used to generate unique invoice numbers. Must be 3–12
            uppercase letters or numbers.
        invoice_settings (PostCustomersCustomerBodyInvoiceSettings | Unset): Default invoice settings for this customer.
        metadata (PostCustomersCustomerBodyMetadataType0 | PostCustomersCustomerBodyMetadataType1 | Unset): Set of [key-
            value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for
            storing additional information about the object in a structured format. Individual keys can be unset by posting
            an empty value to them. All keys can be unset by posting an empty value to `metadata`.
        name (str | Unset): The customer's full name or business name.
        next_invoice_sequence (int | Unset): The sequence to be used on the customer's next invoice. Defaults to 1.
        phone (str | Unset): The customer's phone number.
        preferred_locales (list[str] | Unset): Customer's preferred languages, ordered by preference.
        promotion_code (str | Unset): The API ID of a promotion code to apply to the customer. The customer will have a
            discount applied on all recurring payments. Charges you create through the API will not have the discount.
        shipping (PostCustomersCustomerBodyShippingType0 | PostCustomersCustomerBodyShippingType1 | Unset): The
            customer's shipping information. Appears on invoices emailed to this customer.
        source (str | Unset):
        tax (PostCustomersCustomerBodyTax | Unset): Tax details about the customer.
        tax_exempt (PostCustomersCustomerBodyTaxExempt | Unset): The customer's tax exemption. One of `none`, `exempt`,
            or `reverse`.
    """

    address: PostCustomersCustomerBodyAddressType0 | PostCustomersCustomerBodyAddressType1 | Unset = UNSET
    balance: int | Unset = UNSET
    bank_account: PostCustomersCustomerBodyBankAccountType0 | str | Unset = UNSET
    card: PostCustomersCustomerBodyCardType0 | str | Unset = UNSET
    cash_balance: PostCustomersCustomerBodyCashBalance | Unset = UNSET
    coupon: str | Unset = UNSET
    default_alipay_account: str | Unset = UNSET
    default_bank_account: str | Unset = UNSET
    default_card: str | Unset = UNSET
    default_source: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    expand: list[str] | Unset = UNSET
    invoice_prefix: str | Unset = UNSET
    invoice_settings: PostCustomersCustomerBodyInvoiceSettings | Unset = UNSET
    metadata: PostCustomersCustomerBodyMetadataType0 | PostCustomersCustomerBodyMetadataType1 | Unset = UNSET
    name: str | Unset = UNSET
    next_invoice_sequence: int | Unset = UNSET
    phone: str | Unset = UNSET
    preferred_locales: list[str] | Unset = UNSET
    promotion_code: str | Unset = UNSET
    shipping: PostCustomersCustomerBodyShippingType0 | PostCustomersCustomerBodyShippingType1 | Unset = UNSET
    source: str | Unset = UNSET
    tax: PostCustomersCustomerBodyTax | Unset = UNSET
    tax_exempt: PostCustomersCustomerBodyTaxExempt | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_customers_customer_body_address_type_0 import (
            PostCustomersCustomerBodyAddressType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_bank_account_type_0 import (
            PostCustomersCustomerBodyBankAccountType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_card_type_0 import (
            PostCustomersCustomerBodyCardType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_metadata_type_0 import (
            PostCustomersCustomerBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_shipping_type_0 import (
            PostCustomersCustomerBodyShippingType0,  # noqa: PLC0415
        )

        address: dict[str, Any] | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PostCustomersCustomerBodyAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        balance = self.balance

        bank_account: dict[str, Any] | str | Unset
        if isinstance(self.bank_account, Unset):
            bank_account = UNSET
        elif isinstance(self.bank_account, PostCustomersCustomerBodyBankAccountType0):
            bank_account = self.bank_account.to_dict()
        else:
            bank_account = self.bank_account

        card: dict[str, Any] | str | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, PostCustomersCustomerBodyCardType0):
            card = self.card.to_dict()
        else:
            card = self.card

        cash_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = self.cash_balance.to_dict()

        coupon = self.coupon

        default_alipay_account = self.default_alipay_account

        default_bank_account = self.default_bank_account

        default_card = self.default_card

        default_source = self.default_source

        description = self.description

        email = self.email

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        invoice_prefix = self.invoice_prefix

        invoice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_settings, Unset):
            invoice_settings = self.invoice_settings.to_dict()

        metadata: dict[str, Any] | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostCustomersCustomerBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        next_invoice_sequence = self.next_invoice_sequence

        phone = self.phone

        preferred_locales: list[str] | Unset = UNSET
        if not isinstance(self.preferred_locales, Unset):
            preferred_locales = self.preferred_locales

        promotion_code = self.promotion_code

        shipping: dict[str, Any] | str | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, PostCustomersCustomerBodyShippingType0):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        source = self.source

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        tax_exempt: str | Unset = UNSET
        if not isinstance(self.tax_exempt, Unset):
            tax_exempt = self.tax_exempt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if balance is not UNSET:
            field_dict["balance"] = balance
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if card is not UNSET:
            field_dict["card"] = card
        if cash_balance is not UNSET:
            field_dict["cash_balance"] = cash_balance
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if default_alipay_account is not UNSET:
            field_dict["default_alipay_account"] = default_alipay_account
        if default_bank_account is not UNSET:
            field_dict["default_bank_account"] = default_bank_account
        if default_card is not UNSET:
            field_dict["default_card"] = default_card
        if default_source is not UNSET:
            field_dict["default_source"] = default_source
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if expand is not UNSET:
            field_dict["expand"] = expand
        if invoice_prefix is not UNSET:
            field_dict["invoice_prefix"] = invoice_prefix
        if invoice_settings is not UNSET:
            field_dict["invoice_settings"] = invoice_settings
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
        if promotion_code is not UNSET:
            field_dict["promotion_code"] = promotion_code
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if source is not UNSET:
            field_dict["source"] = source
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_exempt is not UNSET:
            field_dict["tax_exempt"] = tax_exempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_customers_customer_body_address_type_0 import (
            PostCustomersCustomerBodyAddressType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_bank_account_type_0 import (
            PostCustomersCustomerBodyBankAccountType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_card_type_0 import (
            PostCustomersCustomerBodyCardType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_cash_balance import (
            PostCustomersCustomerBodyCashBalance,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_invoice_settings import (
            PostCustomersCustomerBodyInvoiceSettings,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_metadata_type_0 import (
            PostCustomersCustomerBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_shipping_type_0 import (
            PostCustomersCustomerBodyShippingType0,  # noqa: PLC0415
        )
        from ..models.post_customers_customer_body_tax import (
            PostCustomersCustomerBodyTax,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_address(
            data: object,
        ) -> PostCustomersCustomerBodyAddressType0 | PostCustomersCustomerBodyAddressType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = PostCustomersCustomerBodyAddressType0.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            address_type_1 = check_post_customers_customer_body_address_type_1(data)

            return address_type_1

        address = _parse_address(d.pop("address", UNSET))

        balance = d.pop("balance", UNSET)

        def _parse_bank_account(data: object) -> PostCustomersCustomerBodyBankAccountType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_account_type_0 = PostCustomersCustomerBodyBankAccountType0.from_dict(data)

                return bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostCustomersCustomerBodyBankAccountType0 | str | Unset, data)

        bank_account = _parse_bank_account(d.pop("bank_account", UNSET))

        def _parse_card(data: object) -> PostCustomersCustomerBodyCardType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PostCustomersCustomerBodyCardType0.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostCustomersCustomerBodyCardType0 | str | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        _cash_balance = d.pop("cash_balance", UNSET)
        cash_balance: PostCustomersCustomerBodyCashBalance | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = PostCustomersCustomerBodyCashBalance.from_dict(_cash_balance)

        coupon = d.pop("coupon", UNSET)

        default_alipay_account = d.pop("default_alipay_account", UNSET)

        default_bank_account = d.pop("default_bank_account", UNSET)

        default_card = d.pop("default_card", UNSET)

        default_source = d.pop("default_source", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        expand = cast(list[str], d.pop("expand", UNSET))

        invoice_prefix = d.pop("invoice_prefix", UNSET)

        _invoice_settings = d.pop("invoice_settings", UNSET)
        invoice_settings: PostCustomersCustomerBodyInvoiceSettings | Unset
        if isinstance(_invoice_settings, Unset):
            invoice_settings = UNSET
        else:
            invoice_settings = PostCustomersCustomerBodyInvoiceSettings.from_dict(_invoice_settings)

        def _parse_metadata(
            data: object,
        ) -> PostCustomersCustomerBodyMetadataType0 | PostCustomersCustomerBodyMetadataType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PostCustomersCustomerBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            metadata_type_1 = check_post_customers_customer_body_metadata_type_1(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        name = d.pop("name", UNSET)

        next_invoice_sequence = d.pop("next_invoice_sequence", UNSET)

        phone = d.pop("phone", UNSET)

        preferred_locales = cast(list[str], d.pop("preferred_locales", UNSET))

        promotion_code = d.pop("promotion_code", UNSET)

        def _parse_shipping(
            data: object,
        ) -> PostCustomersCustomerBodyShippingType0 | PostCustomersCustomerBodyShippingType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_type_0 = PostCustomersCustomerBodyShippingType0.from_dict(data)

                return shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            shipping_type_1 = check_post_customers_customer_body_shipping_type_1(data)

            return shipping_type_1

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        source = d.pop("source", UNSET)

        _tax = d.pop("tax", UNSET)
        tax: PostCustomersCustomerBodyTax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = PostCustomersCustomerBodyTax.from_dict(_tax)

        _tax_exempt = d.pop("tax_exempt", UNSET)
        tax_exempt: PostCustomersCustomerBodyTaxExempt | Unset
        if isinstance(_tax_exempt, Unset):
            tax_exempt = UNSET
        else:
            tax_exempt = check_post_customers_customer_body_tax_exempt(_tax_exempt)

        post_customers_customer_body = cls(
            address=address,
            balance=balance,
            bank_account=bank_account,
            card=card,
            cash_balance=cash_balance,
            coupon=coupon,
            default_alipay_account=default_alipay_account,
            default_bank_account=default_bank_account,
            default_card=default_card,
            default_source=default_source,
            description=description,
            email=email,
            expand=expand,
            invoice_prefix=invoice_prefix,
            invoice_settings=invoice_settings,
            metadata=metadata,
            name=name,
            next_invoice_sequence=next_invoice_sequence,
            phone=phone,
            preferred_locales=preferred_locales,
            promotion_code=promotion_code,
            shipping=shipping,
            source=source,
            tax=tax,
            tax_exempt=tax_exempt,
        )

        return post_customers_customer_body
