from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_card_request_three_d_secure_type_1 import (
    InvoicePaymentMethodOptionsCardRequestThreeDSecureType1,
    check_invoice_payment_method_options_card_request_three_d_secure_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_installments_card import InvoiceInstallmentsCard


T = TypeVar("T", bound="InvoicePaymentMethodOptionsCard")


@_attrs_define
class InvoicePaymentMethodOptionsCard:
    """
    Attributes:
        installments (InvoiceInstallmentsCard | None | Unset):
        request_three_d_secure (InvoicePaymentMethodOptionsCardRequestThreeDSecureType1 | None | Unset): We strongly
            recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on
            risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you
            wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on
            [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information
            on how this configuration interacts with Radar and our SCA Engine.
    """

    installments: InvoiceInstallmentsCard | None | Unset = UNSET
    request_three_d_secure: InvoicePaymentMethodOptionsCardRequestThreeDSecureType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_installments_card import InvoiceInstallmentsCard  # noqa: PLC0415

        installments: dict[str, Any] | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        elif isinstance(self.installments, InvoiceInstallmentsCard):
            installments = self.installments.to_dict()
        else:
            installments = self.installments

        request_three_d_secure: None | str | Unset
        if isinstance(self.request_three_d_secure, Unset):
            request_three_d_secure = UNSET
        elif isinstance(self.request_three_d_secure, str):
            request_three_d_secure = self.request_three_d_secure
        else:
            request_three_d_secure = self.request_three_d_secure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if installments is not UNSET:
            field_dict["installments"] = installments
        if request_three_d_secure is not UNSET:
            field_dict["request_three_d_secure"] = request_three_d_secure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_installments_card import InvoiceInstallmentsCard  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_installments(data: object) -> InvoiceInstallmentsCard | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                installments_type_0 = InvoiceInstallmentsCard.from_dict(data)

                return installments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceInstallmentsCard | None | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        def _parse_request_three_d_secure(
            data: object,
        ) -> InvoicePaymentMethodOptionsCardRequestThreeDSecureType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_three_d_secure_type_1 = (
                    check_invoice_payment_method_options_card_request_three_d_secure_type_1(data)
                )

                return request_three_d_secure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentMethodOptionsCardRequestThreeDSecureType1 | None | Unset, data)

        request_three_d_secure = _parse_request_three_d_secure(d.pop("request_three_d_secure", UNSET))

        invoice_payment_method_options_card = cls(
            installments=installments,
            request_three_d_secure=request_three_d_secure,
        )

        invoice_payment_method_options_card.additional_properties = d
        return invoice_payment_method_options_card

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
