from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_object import ProductObject, check_product_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_dimensions import PackageDimensions
    from ..models.product_feature import ProductFeature
    from ..models.product_metadata_type_0 import ProductMetadataType0
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """Products describe the specific goods or services you offer to your customers.
    For example, you might offer a Standard and Premium version of your goods or service; each version would be a
    separate Product.
    They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment
    Links, Checkout, and Subscriptions.

    Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
    [share a Payment Link](https://stripe.com/docs/payment-links),
    [accept payments with Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
    and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)

        Attributes:
            id (str): Unique identifier for the object.
            object_ (ProductObject): String representing the object's type. Objects of the same type share the same value.
            active (bool | None | Unset): Whether the product is currently available for purchase.
            created (int | None | Unset): Time at which the object was created. Measured in seconds since the Unix epoch.
            default_price (None | str | StripeResourceObject | Unset): The ID of the
                [Price](https://stripe.com/docs/api/prices) object that is the default price for this product.
            description (None | str | Unset): The product's description, meant to be displayable to the customer. Use this
                field to optionally store a long form explanation of the product being sold for your own rendering purposes.
            features (list[ProductFeature] | None | Unset): A list of up to 15 features for this product. These are
                displayed in [pricing tables](https://stripe.com/docs/payments/checkout/pricing-table).
            images (list[str] | None | Unset): A list of up to 8 URLs of images for this product, meant to be displayable to
                the customer.
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            metadata (None | ProductMetadataType0 | Unset): Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing additional information about the object in a
                structured format.
            name (None | str | Unset): The product's name, meant to be displayable to the customer.
            package_dimensions (None | PackageDimensions | Unset): The dimensions of this product for shipping purposes.
            shippable (bool | None | Unset): Whether this product is shipped (i.e., physical goods).
            statement_descriptor (None | str | Unset): Extra information about a product which will appear on your
                customer's credit card statement. In the case that multiple products are billed at once, the first statement
                descriptor will be used.
            tax_code (None | str | StripeResourceObject | Unset): A [tax code](https://stripe.com/docs/tax/tax-categories)
                ID.
            unit_label (None | str | Unset): A label that represents units of this product. When set, this will be included
                in customers' receipts, invoices, Checkout, and the customer portal.
            updated (int | None | Unset): Time at which the object was last updated. Measured in seconds since the Unix
                epoch.
            url (None | str | Unset): A URL of a publicly-accessible webpage for this product.
    """

    id: str
    object_: ProductObject
    active: bool | None | Unset = UNSET
    created: int | None | Unset = UNSET
    default_price: None | str | StripeResourceObject | Unset = UNSET
    description: None | str | Unset = UNSET
    features: list[ProductFeature] | None | Unset = UNSET
    images: list[str] | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    metadata: None | ProductMetadataType0 | Unset = UNSET
    name: None | str | Unset = UNSET
    package_dimensions: None | PackageDimensions | Unset = UNSET
    shippable: bool | None | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    tax_code: None | str | StripeResourceObject | Unset = UNSET
    unit_label: None | str | Unset = UNSET
    updated: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.package_dimensions import PackageDimensions  # noqa: PLC0415
        from ..models.product_metadata_type_0 import ProductMetadataType0  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        default_price: dict[str, Any] | None | str | Unset
        if isinstance(self.default_price, Unset):
            default_price = UNSET
        elif isinstance(self.default_price, StripeResourceObject):
            default_price = self.default_price.to_dict()
        else:
            default_price = self.default_price

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        features: list[dict[str, Any]] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, list):
            features = []
            for features_type_0_item_data in self.features:
                features_type_0_item = features_type_0_item_data.to_dict()
                features.append(features_type_0_item)

        else:
            features = self.features

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ProductMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        package_dimensions: dict[str, Any] | None | Unset
        if isinstance(self.package_dimensions, Unset):
            package_dimensions = UNSET
        elif isinstance(self.package_dimensions, PackageDimensions):
            package_dimensions = self.package_dimensions.to_dict()
        else:
            package_dimensions = self.package_dimensions

        shippable: bool | None | Unset
        if isinstance(self.shippable, Unset):
            shippable = UNSET
        else:
            shippable = self.shippable

        statement_descriptor: None | str | Unset
        if isinstance(self.statement_descriptor, Unset):
            statement_descriptor = UNSET
        else:
            statement_descriptor = self.statement_descriptor

        tax_code: dict[str, Any] | None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        elif isinstance(self.tax_code, StripeResourceObject):
            tax_code = self.tax_code.to_dict()
        else:
            tax_code = self.tax_code

        unit_label: None | str | Unset
        if isinstance(self.unit_label, Unset):
            unit_label = UNSET
        else:
            unit_label = self.unit_label

        updated: int | None | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if created is not UNSET:
            field_dict["created"] = created
        if default_price is not UNSET:
            field_dict["default_price"] = default_price
        if description is not UNSET:
            field_dict["description"] = description
        if features is not UNSET:
            field_dict["features"] = features
        if images is not UNSET:
            field_dict["images"] = images
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if package_dimensions is not UNSET:
            field_dict["package_dimensions"] = package_dimensions
        if shippable is not UNSET:
            field_dict["shippable"] = shippable
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if unit_label is not UNSET:
            field_dict["unit_label"] = unit_label
        if updated is not UNSET:
            field_dict["updated"] = updated
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_dimensions import PackageDimensions  # noqa: PLC0415
        from ..models.product_feature import ProductFeature  # noqa: PLC0415
        from ..models.product_metadata_type_0 import ProductMetadataType0  # noqa: PLC0415
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_product_object(d.pop("object"))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_default_price(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_price_type_1 = StripeResourceObject.from_dict(data)

                return default_price_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        default_price = _parse_default_price(d.pop("default_price", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_features(data: object) -> list[ProductFeature] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                features_type_0 = []
                _features_type_0 = data
                for features_type_0_item_data in _features_type_0:
                    features_type_0_item = ProductFeature.from_dict(features_type_0_item_data)

                    features_type_0.append(features_type_0_item)

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductFeature] | None | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_metadata(data: object) -> None | ProductMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ProductMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_package_dimensions(data: object) -> None | PackageDimensions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                package_dimensions_type_0 = PackageDimensions.from_dict(data)

                return package_dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackageDimensions | Unset, data)

        package_dimensions = _parse_package_dimensions(d.pop("package_dimensions", UNSET))

        def _parse_shippable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        shippable = _parse_shippable(d.pop("shippable", UNSET))

        def _parse_statement_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor = _parse_statement_descriptor(d.pop("statement_descriptor", UNSET))

        def _parse_tax_code(data: object) -> None | str | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_code_type_1 = StripeResourceObject.from_dict(data)

                return tax_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeResourceObject | Unset, data)

        tax_code = _parse_tax_code(d.pop("tax_code", UNSET))

        def _parse_unit_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_label = _parse_unit_label(d.pop("unit_label", UNSET))

        def _parse_updated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated = _parse_updated(d.pop("updated", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        product = cls(
            id=id,
            object_=object_,
            active=active,
            created=created,
            default_price=default_price,
            description=description,
            features=features,
            images=images,
            livemode=livemode,
            metadata=metadata,
            name=name,
            package_dimensions=package_dimensions,
            shippable=shippable,
            statement_descriptor=statement_descriptor,
            tax_code=tax_code,
            unit_label=unit_label,
            updated=updated,
            url=url,
        )

        product.additional_properties = d
        return product

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
