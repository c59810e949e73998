from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_errors_type import APIErrorsType, check_api_errors_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="APIErrors")


@_attrs_define
class APIErrors:
    """
    Attributes:
        charge (str | Unset): For card errors, the ID of the failed charge.
        code (str | Unset): For some errors that could be handled programmatically, a short string indicating the [error
            code](https://stripe.com/docs/error-codes) reported.
        decline_code (str | Unset): For card errors resulting from a card issuer decline, a short string indicating the
            [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one.
        doc_url (str | Unset): A URL to more information about the [error code](https://stripe.com/docs/error-codes)
            reported.
        message (str | Unset): A human-readable message providing more details about the error. For card errors, these
            messages can be shown to your users.
        param (str | Unset): If the error is parameter-specific, the parameter related to the error. For example, you
            can use this to display a message near the correct form field.
        payment_intent (StripeResourceObject | Unset): Another Stripe resource, embedded in this one (an expanded field
            or a nested object). The connector keeps it as Stripe sent it; fetch it with its own tool for a typed model.
        payment_method (StripeResourceObject | Unset): Another Stripe resource, embedded in this one (an expanded field
            or a nested object). The connector keeps it as Stripe sent it; fetch it with its own tool for a typed model.
        payment_method_type (str | Unset): If the error is specific to the type of payment method, the payment method
            type that had a problem. This field is only populated for invoice-related errors.
        request_log_url (str | Unset): A URL to the request log entry in your dashboard.
        setup_intent (StripeResourceObject | Unset): Another Stripe resource, embedded in this one (an expanded field or
            a nested object). The connector keeps it as Stripe sent it; fetch it with its own tool for a typed model.
        source (StripeResourceObject | Unset): Another Stripe resource, embedded in this one (an expanded field or a
            nested object). The connector keeps it as Stripe sent it; fetch it with its own tool for a typed model.
        type_ (APIErrorsType | Unset): The type of error returned. One of `api_error`, `card_error`,
            `idempotency_error`, or `invalid_request_error`
    """

    charge: str | Unset = UNSET
    code: str | Unset = UNSET
    decline_code: str | Unset = UNSET
    doc_url: str | Unset = UNSET
    message: str | Unset = UNSET
    param: str | Unset = UNSET
    payment_intent: StripeResourceObject | Unset = UNSET
    payment_method: StripeResourceObject | Unset = UNSET
    payment_method_type: str | Unset = UNSET
    request_log_url: str | Unset = UNSET
    setup_intent: StripeResourceObject | Unset = UNSET
    source: StripeResourceObject | Unset = UNSET
    type_: APIErrorsType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge = self.charge

        code = self.code

        decline_code = self.decline_code

        doc_url = self.doc_url

        message = self.message

        param = self.param

        payment_intent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_intent, Unset):
            payment_intent = self.payment_intent.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        payment_method_type = self.payment_method_type

        request_log_url = self.request_log_url

        setup_intent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_intent, Unset):
            setup_intent = self.setup_intent.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge is not UNSET:
            field_dict["charge"] = charge
        if code is not UNSET:
            field_dict["code"] = code
        if decline_code is not UNSET:
            field_dict["decline_code"] = decline_code
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if payment_intent is not UNSET:
            field_dict["payment_intent"] = payment_intent
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if request_log_url is not UNSET:
            field_dict["request_log_url"] = request_log_url
        if setup_intent is not UNSET:
            field_dict["setup_intent"] = setup_intent
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        charge = d.pop("charge", UNSET)

        code = d.pop("code", UNSET)

        decline_code = d.pop("decline_code", UNSET)

        doc_url = d.pop("doc_url", UNSET)

        message = d.pop("message", UNSET)

        param = d.pop("param", UNSET)

        _payment_intent = d.pop("payment_intent", UNSET)
        payment_intent: StripeResourceObject | Unset
        if isinstance(_payment_intent, Unset):
            payment_intent = UNSET
        else:
            payment_intent = StripeResourceObject.from_dict(_payment_intent)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: StripeResourceObject | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = StripeResourceObject.from_dict(_payment_method)

        payment_method_type = d.pop("payment_method_type", UNSET)

        request_log_url = d.pop("request_log_url", UNSET)

        _setup_intent = d.pop("setup_intent", UNSET)
        setup_intent: StripeResourceObject | Unset
        if isinstance(_setup_intent, Unset):
            setup_intent = UNSET
        else:
            setup_intent = StripeResourceObject.from_dict(_setup_intent)

        _source = d.pop("source", UNSET)
        source: StripeResourceObject | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = StripeResourceObject.from_dict(_source)

        _type_ = d.pop("type", UNSET)
        type_: APIErrorsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_api_errors_type(_type_)

        api_errors = cls(
            charge=charge,
            code=code,
            decline_code=decline_code,
            doc_url=doc_url,
            message=message,
            param=param,
            payment_intent=payment_intent,
            payment_method=payment_method,
            payment_method_type=payment_method_type,
            request_log_url=request_log_url,
            setup_intent=setup_intent,
            source=source,
            type_=type_,
        )

        api_errors.additional_properties = d
        return api_errors

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
