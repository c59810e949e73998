from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure,
    check_post_invoices_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,
    )


T = TypeVar("T", bound="PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0")


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0:
    """
    Attributes:
        installments (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments | Unset):
        request_three_d_secure (PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure |
            Unset):
    """

    installments: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments | Unset = UNSET
    request_three_d_secure: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installments, Unset):
            installments = self.installments.to_dict()

        request_three_d_secure: str | Unset = UNSET
        if not isinstance(self.request_three_d_secure, Unset):
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
        from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments import (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _installments = d.pop("installments", UNSET)
        installments: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments | Unset
        if isinstance(_installments, Unset):
            installments = UNSET
        else:
            installments = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments.from_dict(
                _installments
            )

        _request_three_d_secure = d.pop("request_three_d_secure", UNSET)
        request_three_d_secure: (
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure | Unset
        )
        if isinstance(_request_three_d_secure, Unset):
            request_three_d_secure = UNSET
        else:
            request_three_d_secure = check_post_invoices_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure(
                _request_three_d_secure
            )

        post_invoices_body_payment_settings_payment_method_options_card_type_0 = cls(
            installments=installments,
            request_three_d_secure=request_three_d_secure,
        )

        post_invoices_body_payment_settings_payment_method_options_card_type_0.additional_properties = d
        return post_invoices_body_payment_settings_payment_method_options_card_type_0

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
