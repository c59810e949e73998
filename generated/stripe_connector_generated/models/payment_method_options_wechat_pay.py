from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_options_wechat_pay_client_type_1 import (
    PaymentMethodOptionsWechatPayClientType1,
    check_payment_method_options_wechat_pay_client_type_1,
)
from ..models.payment_method_options_wechat_pay_setup_future_usage_type_1 import (
    PaymentMethodOptionsWechatPaySetupFutureUsageType1,
    check_payment_method_options_wechat_pay_setup_future_usage_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodOptionsWechatPay")


@_attrs_define
class PaymentMethodOptionsWechatPay:
    """
    Attributes:
        app_id (None | str | Unset): The app ID registered with WeChat Pay. Only required when client is ios or android.
        client (None | PaymentMethodOptionsWechatPayClientType1 | Unset): The client type that the end customer will pay
            from
        setup_future_usage (None | PaymentMethodOptionsWechatPaySetupFutureUsageType1 | Unset): Indicates that you
            intend to make future payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
    """

    app_id: None | str | Unset = UNSET
    client: None | PaymentMethodOptionsWechatPayClientType1 | Unset = UNSET
    setup_future_usage: None | PaymentMethodOptionsWechatPaySetupFutureUsageType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        client: None | str | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, str):
            client = self.client
        else:
            client = self.client

        setup_future_usage: None | str | Unset
        if isinstance(self.setup_future_usage, Unset):
            setup_future_usage = UNSET
        elif isinstance(self.setup_future_usage, str):
            setup_future_usage = self.setup_future_usage
        else:
            setup_future_usage = self.setup_future_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if client is not UNSET:
            field_dict["client"] = client
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_client(data: object) -> None | PaymentMethodOptionsWechatPayClientType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_type_1 = check_payment_method_options_wechat_pay_client_type_1(data)

                return client_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsWechatPayClientType1 | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        def _parse_setup_future_usage(
            data: object,
        ) -> None | PaymentMethodOptionsWechatPaySetupFutureUsageType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_future_usage_type_1 = check_payment_method_options_wechat_pay_setup_future_usage_type_1(
                    data
                )

                return setup_future_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodOptionsWechatPaySetupFutureUsageType1 | Unset, data)

        setup_future_usage = _parse_setup_future_usage(d.pop("setup_future_usage", UNSET))

        payment_method_options_wechat_pay = cls(
            app_id=app_id,
            client=client,
            setup_future_usage=setup_future_usage,
        )

        payment_method_options_wechat_pay.additional_properties = d
        return payment_method_options_wechat_pay

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
