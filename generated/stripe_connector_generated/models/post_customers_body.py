from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_customers_body_address_type_1 import (
    PostCustomersBodyAddressType1,
    check_post_customers_body_address_type_1,
)
from ..models.post_customers_body_metadata_type_1 import (
    PostCustomersBodyMetadataType1,
    check_post_customers_body_metadata_type_1,
)
from ..models.post_customers_body_shipping_type_1 import (
    PostCustomersBodyShippingType1,
    check_post_customers_body_shipping_type_1,
)
from ..models.post_customers_body_tax_exempt import (
    PostCustomersBodyTaxExempt,
    check_post_customers_body_tax_exempt,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_body_address_type_0 import PostCustomersBodyAddressType0
    from ..models.post_customers_body_cash_balance import PostCustomersBodyCashBalance
    from ..models.post_customers_body_invoice_settings import (
        PostCustomersBodyInvoiceSettings,
    )
    from ..models.post_customers_body_metadata_type_0 import (
        PostCustomersBodyMetadataType0,
    )
    from ..models.post_customers_body_shipping_type_0 import (
        PostCustomersBodyShippingType0,
    )
    from ..models.post_customers_body_tax import PostCustomersBodyTax
    from ..models.post_customers_body_tax_id_data_item import (
        PostCustomersBodyTaxIdDataItem,
    )


T = TypeVar("T", bound="PostCustomersBody")


@_attrs_define
class PostCustomersBody:
    """
    Attributes:
        address (PostCustomersBodyAddressType0 | PostCustomersBodyAddressType1 | Unset): The customer's address.
        balance (int | Unset): An integer amount in cents (or local equivalent) that represents the customer's current
            balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the
            amount due on an invoice; a positive amount increases the amount due on an invoice.
        cash_balance (PostCustomersBodyCashBalance | Unset): Balance information and default balance settings for this
            customer.
        coupon (str | Unset):
        description (str | Unset): An arbitrary string that you can attach to a customer object. It is displayed
            alongside the customer in the dashboard.
        email (str | Unset): Customer's email address. It's displayed alongside the customer in your dashboard and can
            be useful for searching and tracking. This may be up to *512 characters*.
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        invoice_prefix (str | Unset): The prefix for the customer used to generate unique invoice numbers. Must be 3–12
            uppercase letters or numbers.
        invoice_settings (PostCustomersBodyInvoiceSettings | Unset): Default invoice settings for this customer.
        metadata (PostCustomersBodyMetadataType0 | PostCustomersBodyMetadataType1 | Unset): Set of [key-value
            pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
            additional information about the object in a structured format. Individual keys can be unset by posting an empty
            value to them. All keys can be unset by posting an empty value to `metadata`.
        name (str | Unset): The customer's full name or business name.
        next_invoice_sequence (int | Unset): The sequence to be used on the customer's next invoice. Defaults to 1.
        payment_method (str | Unset):
        phone (str | Unset): The customer's phone number.
        preferred_locales (list[str] | Unset): Customer's preferred languages, ordered by preference.
        promotion_code (str | Unset): The API ID of a promotion code to apply to the customer. The customer will have a
            discount applied on all recurring payments. Charges you create through the API will not have the discount.
        shipping (PostCustomersBodyShippingType0 | PostCustomersBodyShippingType1 | Unset): The customer's shipping
            information. Appears on invoices emailed to this customer.
        source (str | Unset):
        tax (PostCustomersBodyTax | Unset): Tax details about the customer.
        tax_exempt (PostCustomersBodyTaxExempt | Unset): The customer's tax exemption. One of `none`, `exempt`, or
            `reverse`.
        tax_id_data (list[PostCustomersBodyTaxIdDataItem] | Unset): The customer's tax IDs.
        test_clock (str | Unset): ID of the test clock to attach to the customer.
    """

    address: PostCustomersBodyAddressType0 | PostCustomersBodyAddressType1 | Unset = UNSET
    balance: int | Unset = UNSET
    cash_balance: PostCustomersBodyCashBalance | Unset = UNSET
    coupon: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    expand: list[str] | Unset = UNSET
    invoice_prefix: str | Unset = UNSET
    invoice_settings: PostCustomersBodyInvoiceSettings | Unset = UNSET
    metadata: PostCustomersBodyMetadataType0 | PostCustomersBodyMetadataType1 | Unset = UNSET
    name: str | Unset = UNSET
    next_invoice_sequence: int | Unset = UNSET
    payment_method: str | Unset = UNSET
    phone: str | Unset = UNSET
    preferred_locales: list[str] | Unset = UNSET
    promotion_code: str | Unset = UNSET
    shipping: PostCustomersBodyShippingType0 | PostCustomersBodyShippingType1 | Unset = UNSET
    source: str | Unset = UNSET
    tax: PostCustomersBodyTax | Unset = UNSET
    tax_exempt: PostCustomersBodyTaxExempt | Unset = UNSET
    tax_id_data: list[PostCustomersBodyTaxIdDataItem] | Unset = UNSET
    test_clock: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_customers_body_address_type_0 import (
            PostCustomersBodyAddressType0,  # noqa: PLC0415
        )
        from ..models.post_customers_body_metadata_type_0 import (
            PostCustomersBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_customers_body_shipping_type_0 import (
            PostCustomersBodyShippingType0,  # noqa: PLC0415
        )

        address: dict[str, Any] | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PostCustomersBodyAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        balance = self.balance

        cash_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = self.cash_balance.to_dict()

        coupon = self.coupon

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
        elif isinstance(self.metadata, PostCustomersBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        next_invoice_sequence = self.next_invoice_sequence

        payment_method = self.payment_method

        phone = self.phone

        preferred_locales: list[str] | Unset = UNSET
        if not isinstance(self.preferred_locales, Unset):
            preferred_locales = self.preferred_locales

        promotion_code = self.promotion_code

        shipping: dict[str, Any] | str | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, PostCustomersBodyShippingType0):
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

        tax_id_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_id_data, Unset):
            tax_id_data = []
            for tax_id_data_item_data in self.tax_id_data:
                tax_id_data_item = tax_id_data_item_data.to_dict()
                tax_id_data.append(tax_id_data_item)

        test_clock = self.test_clock

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if balance is not UNSET:
            field_dict["balance"] = balance
        if cash_balance is not UNSET:
            field_dict["cash_balance"] = cash_balance
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
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
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
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
        if tax_id_data is not UNSET:
            field_dict["tax_id_data"] = tax_id_data
        if test_clock is not UNSET:
            field_dict["test_clock"] = test_clock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_customers_body_address_type_0 import (
            PostCustomersBodyAddressType0,  # noqa: PLC0415
        )
        from ..models.post_customers_body_cash_balance import (
            PostCustomersBodyCashBalance,  # noqa: PLC0415
        )
        from ..models.post_customers_body_invoice_settings import (
            PostCustomersBodyInvoiceSettings,  # noqa: PLC0415
        )
        from ..models.post_customers_body_metadata_type_0 import (
            PostCustomersBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.post_customers_body_shipping_type_0 import (
            PostCustomersBodyShippingType0,  # noqa: PLC0415
        )
        from ..models.post_customers_body_tax import PostCustomersBodyTax  # noqa: PLC0415
        from ..models.post_customers_body_tax_id_data_item import (
            PostCustomersBodyTaxIdDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_address(
            data: object,
        ) -> PostCustomersBodyAddressType0 | PostCustomersBodyAddressType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = PostCustomersBodyAddressType0.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            address_type_1 = check_post_customers_body_address_type_1(data)

            return address_type_1

        address = _parse_address(d.pop("address", UNSET))

        balance = d.pop("balance", UNSET)

        _cash_balance = d.pop("cash_balance", UNSET)
        cash_balance: PostCustomersBodyCashBalance | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = PostCustomersBodyCashBalance.from_dict(_cash_balance)

        coupon = d.pop("coupon", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        expand = cast(list[str], d.pop("expand", UNSET))

        invoice_prefix = d.pop("invoice_prefix", UNSET)

        _invoice_settings = d.pop("invoice_settings", UNSET)
        invoice_settings: PostCustomersBodyInvoiceSettings | Unset
        if isinstance(_invoice_settings, Unset):
            invoice_settings = UNSET
        else:
            invoice_settings = PostCustomersBodyInvoiceSettings.from_dict(_invoice_settings)

        def _parse_metadata(
            data: object,
        ) -> PostCustomersBodyMetadataType0 | PostCustomersBodyMetadataType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PostCustomersBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            metadata_type_1 = check_post_customers_body_metadata_type_1(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        name = d.pop("name", UNSET)

        next_invoice_sequence = d.pop("next_invoice_sequence", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        phone = d.pop("phone", UNSET)

        preferred_locales = cast(list[str], d.pop("preferred_locales", UNSET))

        promotion_code = d.pop("promotion_code", UNSET)

        def _parse_shipping(
            data: object,
        ) -> PostCustomersBodyShippingType0 | PostCustomersBodyShippingType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_type_0 = PostCustomersBodyShippingType0.from_dict(data)

                return shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            shipping_type_1 = check_post_customers_body_shipping_type_1(data)

            return shipping_type_1

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        source = d.pop("source", UNSET)

        _tax = d.pop("tax", UNSET)
        tax: PostCustomersBodyTax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = PostCustomersBodyTax.from_dict(_tax)

        _tax_exempt = d.pop("tax_exempt", UNSET)
        tax_exempt: PostCustomersBodyTaxExempt | Unset
        if isinstance(_tax_exempt, Unset):
            tax_exempt = UNSET
        else:
            tax_exempt = check_post_customers_body_tax_exempt(_tax_exempt)

        _tax_id_data = d.pop("tax_id_data", UNSET)
        tax_id_data: list[PostCustomersBodyTaxIdDataItem] | Unset = UNSET
        if _tax_id_data is not UNSET:
            tax_id_data = []
            for tax_id_data_item_data in _tax_id_data:
                tax_id_data_item = PostCustomersBodyTaxIdDataItem.from_dict(tax_id_data_item_data)

                tax_id_data.append(tax_id_data_item)

        test_clock = d.pop("test_clock", UNSET)

        post_customers_body = cls(
            address=address,
            balance=balance,
            cash_balance=cash_balance,
            coupon=coupon,
            description=description,
            email=email,
            expand=expand,
            invoice_prefix=invoice_prefix,
            invoice_settings=invoice_settings,
            metadata=metadata,
            name=name,
            next_invoice_sequence=next_invoice_sequence,
            payment_method=payment_method,
            phone=phone,
            preferred_locales=preferred_locales,
            promotion_code=promotion_code,
            shipping=shipping,
            source=source,
            tax=tax,
            tax_exempt=tax_exempt,
            tax_id_data=tax_id_data,
            test_clock=test_clock,
        )

        return post_customers_body
