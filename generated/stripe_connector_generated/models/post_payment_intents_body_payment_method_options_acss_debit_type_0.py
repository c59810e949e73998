from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_acss_debit_type_0_setup_future_usage,
)
from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_verification_method import (
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0VerificationMethod,
    check_post_payment_intents_body_payment_method_options_acss_debit_type_0_verification_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options import (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0:
    """
    Attributes:
        mandate_options (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions | Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0SetupFutureUsage | Unset):
        verification_method (PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0VerificationMethod | Unset):
    """

    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions | Unset = UNSET
    setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0SetupFutureUsage | Unset = (
        UNSET
    )
    verification_method: (
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0VerificationMethod | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandate_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_options, Unset):
            mandate_options = self.mandate_options.to_dict()

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options import (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _mandate_options = d.pop("mandate_options", UNSET)
        mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions | Unset
        if isinstance(_mandate_options, Unset):
            mandate_options = UNSET
        else:
            mandate_options = (
                PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptions.from_dict(
                    _mandate_options
                )
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0SetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = (
                check_post_payment_intents_body_payment_method_options_acss_debit_type_0_setup_future_usage(
                    _setup_future_usage
                )
            )

        _verification_method = d.pop("verification_method", UNSET)
        verification_method: (
            PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0VerificationMethod | Unset
        )
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        else:
            verification_method = (
                check_post_payment_intents_body_payment_method_options_acss_debit_type_0_verification_method(
                    _verification_method
                )
            )

        post_payment_intents_body_payment_method_options_acss_debit_type_0 = cls(
            mandate_options=mandate_options,
            setup_future_usage=setup_future_usage,
            verification_method=verification_method,
        )

        post_payment_intents_body_payment_method_options_acss_debit_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_acss_debit_type_0

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
