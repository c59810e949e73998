from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_payment_method_options_card_network_type_1 import (
    SubscriptionPaymentMethodOptionsCardNetworkType1,
    check_subscription_payment_method_options_card_network_type_1,
)
from ..models.subscription_payment_method_options_card_request_three_d_secure_type_1 import (
    SubscriptionPaymentMethodOptionsCardRequestThreeDSecureType1,
    check_subscription_payment_method_options_card_request_three_d_secure_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_mandate_options_card import InvoiceMandateOptionsCard


T = TypeVar("T", bound="SubscriptionPaymentMethodOptionsCard")


@_attrs_define
class SubscriptionPaymentMethodOptionsCard:
    """
    Attributes:
        mandate_options (InvoiceMandateOptionsCard | None | Unset):
        network (None | SubscriptionPaymentMethodOptionsCardNetworkType1 | Unset): Selected network to process this
            Subscription on. Depends on the available networks of the card attached to the Subscription. Can be only set
            confirm-time.
        request_three_d_secure (None | SubscriptionPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset): We
            strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication
            based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However,
            if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide
            on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more
            information on how this configuration interacts with Radar and our SCA Engine.
    """

    mandate_options: InvoiceMandateOptionsCard | None | Unset = UNSET
    network: None | SubscriptionPaymentMethodOptionsCardNetworkType1 | Unset = UNSET
    request_three_d_secure: None | SubscriptionPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_mandate_options_card import InvoiceMandateOptionsCard  # noqa: PLC0415

        mandate_options: dict[str, Any] | None | Unset
        if isinstance(self.mandate_options, Unset):
            mandate_options = UNSET
        elif isinstance(self.mandate_options, InvoiceMandateOptionsCard):
            mandate_options = self.mandate_options.to_dict()
        else:
            mandate_options = self.mandate_options

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, str):
            network = self.network
        else:
            network = self.network

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
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if network is not UNSET:
            field_dict["network"] = network
        if request_three_d_secure is not UNSET:
            field_dict["request_three_d_secure"] = request_three_d_secure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_mandate_options_card import InvoiceMandateOptionsCard  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mandate_options(data: object) -> InvoiceMandateOptionsCard | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_options_type_0 = InvoiceMandateOptionsCard.from_dict(data)

                return mandate_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceMandateOptionsCard | None | Unset, data)

        mandate_options = _parse_mandate_options(d.pop("mandate_options", UNSET))

        def _parse_network(data: object) -> None | SubscriptionPaymentMethodOptionsCardNetworkType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_1 = check_subscription_payment_method_options_card_network_type_1(data)

                return network_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPaymentMethodOptionsCardNetworkType1 | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_request_three_d_secure(
            data: object,
        ) -> None | SubscriptionPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_three_d_secure_type_1 = (
                    check_subscription_payment_method_options_card_request_three_d_secure_type_1(data)
                )

                return request_three_d_secure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPaymentMethodOptionsCardRequestThreeDSecureType1 | Unset, data)

        request_three_d_secure = _parse_request_three_d_secure(d.pop("request_three_d_secure", UNSET))

        subscription_payment_method_options_card = cls(
            mandate_options=mandate_options,
            network=network,
            request_three_d_secure=request_three_d_secure,
        )

        subscription_payment_method_options_card.additional_properties = d
        return subscription_payment_method_options_card

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
