from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_errors_type_type_1 import (
    APIErrorsTypeType1,
    check_api_errors_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="APIErrors")


@_attrs_define
class APIErrors:
    """
    Attributes:
        charge (None | str | Unset): For card errors, the ID of the failed charge.
        code (None | str | Unset): For some errors that could be handled programmatically, a short string indicating the
            [error code](https://stripe.com/docs/error-codes) reported.
        decline_code (None | str | Unset): For card errors resulting from a card issuer decline, a short string
            indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they
            provide one.
        doc_url (None | str | Unset): A URL to more information about the [error code](https://stripe.com/docs/error-
            codes) reported.
        message (None | str | Unset): A human-readable message providing more details about the error. For card errors,
            these messages can be shown to your users.
        param (None | str | Unset): If the error is parameter-specific, the parameter related to the error. For example,
            you can use this to display a message near the correct form field.
        payment_intent (None | StripeResourceObject | Unset):
        payment_method (None | StripeResourceObject | Unset):
        payment_method_type (None | str | Unset): If the error is specific to the type of payment method, the payment
            method type that had a problem. This field is only populated for invoice-related errors.
        request_log_url (None | str | Unset): A URL to the request log entry in your dashboard.
        setup_intent (None | StripeResourceObject | Unset):
        source (None | StripeResourceObject | Unset): The source object for errors returned on a request involving a
            source.
        type_ (APIErrorsTypeType1 | None | Unset): The type of error returned. One of `api_error`, `card_error`,
            `idempotency_error`, or `invalid_request_error`
    """

    charge: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    decline_code: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    payment_intent: None | StripeResourceObject | Unset = UNSET
    payment_method: None | StripeResourceObject | Unset = UNSET
    payment_method_type: None | str | Unset = UNSET
    request_log_url: None | str | Unset = UNSET
    setup_intent: None | StripeResourceObject | Unset = UNSET
    source: None | StripeResourceObject | Unset = UNSET
    type_: APIErrorsTypeType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        charge: None | str | Unset
        if isinstance(self.charge, Unset):
            charge = UNSET
        else:
            charge = self.charge

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        decline_code: None | str | Unset
        if isinstance(self.decline_code, Unset):
            decline_code = UNSET
        else:
            decline_code = self.decline_code

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        payment_intent: dict[str, Any] | None | Unset
        if isinstance(self.payment_intent, Unset):
            payment_intent = UNSET
        elif isinstance(self.payment_intent, StripeResourceObject):
            payment_intent = self.payment_intent.to_dict()
        else:
            payment_intent = self.payment_intent

        payment_method: dict[str, Any] | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, StripeResourceObject):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        payment_method_type: None | str | Unset
        if isinstance(self.payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = self.payment_method_type

        request_log_url: None | str | Unset
        if isinstance(self.request_log_url, Unset):
            request_log_url = UNSET
        else:
            request_log_url = self.request_log_url

        setup_intent: dict[str, Any] | None | Unset
        if isinstance(self.setup_intent, Unset):
            setup_intent = UNSET
        elif isinstance(self.setup_intent, StripeResourceObject):
            setup_intent = self.setup_intent.to_dict()
        else:
            setup_intent = self.setup_intent

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, StripeResourceObject):
            source = self.source.to_dict()
        else:
            source = self.source

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
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

        def _parse_charge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge = _parse_charge(d.pop("charge", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_decline_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_code = _parse_decline_code(d.pop("decline_code", UNSET))

        def _parse_doc_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_url = _parse_doc_url(d.pop("doc_url", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param = _parse_param(d.pop("param", UNSET))

        def _parse_payment_intent(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_intent_type_0 = StripeResourceObject.from_dict(data)

                return payment_intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        payment_intent = _parse_payment_intent(d.pop("payment_intent", UNSET))

        def _parse_payment_method(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_0 = StripeResourceObject.from_dict(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_method_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_type = _parse_payment_method_type(d.pop("payment_method_type", UNSET))

        def _parse_request_log_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_log_url = _parse_request_log_url(d.pop("request_log_url", UNSET))

        def _parse_setup_intent(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                setup_intent_type_0 = StripeResourceObject.from_dict(data)

                return setup_intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        setup_intent = _parse_setup_intent(d.pop("setup_intent", UNSET))

        def _parse_source(data: object) -> None | StripeResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = StripeResourceObject.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeResourceObject | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_type_(data: object) -> APIErrorsTypeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_api_errors_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(APIErrorsTypeType1 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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
