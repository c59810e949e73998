from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_sepa_debit_type_0_setup_future_usage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_0_mandate_options import (
        PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0MandateOptions,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0:
    """
    Attributes:
        mandate_options (PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0MandateOptions | Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0SetupFutureUsage | Unset):
    """

    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0MandateOptions | Unset = UNSET
    setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0SetupFutureUsage | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandate_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_options, Unset):
            mandate_options = self.mandate_options.to_dict()

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_options_sepa_debit_type_0_mandate_options import (
            PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0MandateOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _mandate_options = d.pop("mandate_options", UNSET)
        mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0MandateOptions | Unset
        if isinstance(_mandate_options, Unset):
            mandate_options = UNSET
        else:
            mandate_options = (
                PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0MandateOptions.from_dict(
                    _mandate_options
                )
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsSepaDebitType0SetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = (
                check_post_payment_intents_body_payment_method_options_sepa_debit_type_0_setup_future_usage(
                    _setup_future_usage
                )
            )

        post_payment_intents_body_payment_method_options_sepa_debit_type_0 = cls(
            mandate_options=mandate_options,
            setup_future_usage=setup_future_usage,
        )

        post_payment_intents_body_payment_method_options_sepa_debit_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_sepa_debit_type_0

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
