from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_preferred_settlement_speed import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0PreferredSettlementSpeed,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_preferred_settlement_speed,
)
from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_setup_future_usage,
)
from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_verification_method import (
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod,
    check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_verification_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections import (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections,
    )
    from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks import (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0:
    """
    Attributes:
        financial_connections (PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections |
            Unset):
        networks (PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks | Unset):
        preferred_settlement_speed (PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0PreferredSettlementSpeed
            | Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0SetupFutureUsage | Unset):
        verification_method (PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod | Unset):
    """

    financial_connections: (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections | Unset
    ) = UNSET
    networks: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks | Unset = UNSET
    preferred_settlement_speed: (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0PreferredSettlementSpeed | Unset
    ) = UNSET
    setup_future_usage: (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0SetupFutureUsage | Unset
    ) = UNSET
    verification_method: (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        financial_connections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_connections, Unset):
            financial_connections = self.financial_connections.to_dict()

        networks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks.to_dict()

        preferred_settlement_speed: str | Unset = UNSET
        if not isinstance(self.preferred_settlement_speed, Unset):
            preferred_settlement_speed = self.preferred_settlement_speed

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if financial_connections is not UNSET:
            field_dict["financial_connections"] = financial_connections
        if networks is not UNSET:
            field_dict["networks"] = networks
        if preferred_settlement_speed is not UNSET:
            field_dict["preferred_settlement_speed"] = preferred_settlement_speed
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections import (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks import (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _financial_connections = d.pop("financial_connections", UNSET)
        financial_connections: (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections | Unset
        )
        if isinstance(_financial_connections, Unset):
            financial_connections = UNSET
        else:
            financial_connections = (
                PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnections.from_dict(
                    _financial_connections
                )
            )

        _networks = d.pop("networks", UNSET)
        networks: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks | Unset
        if isinstance(_networks, Unset):
            networks = UNSET
        else:
            networks = PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0Networks.from_dict(
                _networks
            )

        _preferred_settlement_speed = d.pop("preferred_settlement_speed", UNSET)
        preferred_settlement_speed: (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0PreferredSettlementSpeed | Unset
        )
        if isinstance(_preferred_settlement_speed, Unset):
            preferred_settlement_speed = UNSET
        else:
            preferred_settlement_speed = check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_preferred_settlement_speed(
                _preferred_settlement_speed
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0SetupFutureUsage | Unset
        )
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_setup_future_usage(
                _setup_future_usage
            )

        _verification_method = d.pop("verification_method", UNSET)
        verification_method: (
            PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod | Unset
        )
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        else:
            verification_method = check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_verification_method(
                _verification_method
            )

        post_payment_intents_body_payment_method_options_us_bank_account_type_0 = cls(
            financial_connections=financial_connections,
            networks=networks,
            preferred_settlement_speed=preferred_settlement_speed,
            setup_future_usage=setup_future_usage,
            verification_method=verification_method,
        )

        post_payment_intents_body_payment_method_options_us_bank_account_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_us_bank_account_type_0

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
