from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_data_billing_details_address_type_1 import (
    PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType1,
    check_post_payment_intents_body_payment_method_data_billing_details_address_type_1,
)
from ..models.post_payment_intents_body_payment_method_data_billing_details_email_type_1 import (
    PostPaymentIntentsBodyPaymentMethodDataBillingDetailsEmailType1,
    check_post_payment_intents_body_payment_method_data_billing_details_email_type_1,
)
from ..models.post_payment_intents_body_payment_method_data_billing_details_name_type_1 import (
    PostPaymentIntentsBodyPaymentMethodDataBillingDetailsNameType1,
    check_post_payment_intents_body_payment_method_data_billing_details_name_type_1,
)
from ..models.post_payment_intents_body_payment_method_data_billing_details_phone_type_1 import (
    PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1,
    check_post_payment_intents_body_payment_method_data_billing_details_phone_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_data_billing_details_address_type_0 import (
        PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodDataBillingDetails")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodDataBillingDetails:
    """
    Attributes:
        address (PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0 |
            PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType1 | Unset):
        email (PostPaymentIntentsBodyPaymentMethodDataBillingDetailsEmailType1 | str | Unset):
        name (PostPaymentIntentsBodyPaymentMethodDataBillingDetailsNameType1 | str | Unset):
        phone (PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1 | str | Unset):
    """

    address: (
        PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0
        | PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType1
        | Unset
    ) = UNSET
    email: PostPaymentIntentsBodyPaymentMethodDataBillingDetailsEmailType1 | str | Unset = UNSET
    name: PostPaymentIntentsBodyPaymentMethodDataBillingDetailsNameType1 | str | Unset = UNSET
    phone: PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_payment_intents_body_payment_method_data_billing_details_address_type_0 import (
            PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0,  # noqa: PLC0415
        )

        address: dict[str, Any] | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        email: str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, str):
            email = self.email
        else:
            email = self.email

        name: str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, str):
            name = self.name
        else:
            name = self.name

        phone: str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        elif isinstance(self.phone, str):
            phone = self.phone
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_data_billing_details_address_type_0 import (
            PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_address(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0
            | PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddressType0.from_dict(
                    data
                )

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            address_type_1 = (
                check_post_payment_intents_body_payment_method_data_billing_details_address_type_1(data)
            )

            return address_type_1

        address = _parse_address(d.pop("address", UNSET))

        def _parse_email(
            data: object,
        ) -> PostPaymentIntentsBodyPaymentMethodDataBillingDetailsEmailType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_type_1 = (
                    check_post_payment_intents_body_payment_method_data_billing_details_email_type_1(data)
                )

                return email_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostPaymentIntentsBodyPaymentMethodDataBillingDetailsEmailType1 | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_name(
            data: object,
        ) -> PostPaymentIntentsBodyPaymentMethodDataBillingDetailsNameType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_1 = check_post_payment_intents_body_payment_method_data_billing_details_name_type_1(
                    data
                )

                return name_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostPaymentIntentsBodyPaymentMethodDataBillingDetailsNameType1 | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phone(
            data: object,
        ) -> PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_type_1 = (
                    check_post_payment_intents_body_payment_method_data_billing_details_phone_type_1(data)
                )

                return phone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1 | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        post_payment_intents_body_payment_method_data_billing_details = cls(
            address=address,
            email=email,
            name=name,
            phone=phone,
        )

        post_payment_intents_body_payment_method_data_billing_details.additional_properties = d
        return post_payment_intents_body_payment_method_data_billing_details

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
