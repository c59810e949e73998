from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payment_intents_body_payment_method_options_card_type_0_capture_method import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0CaptureMethod,
    check_post_payment_intents_body_payment_method_options_card_type_0_capture_method,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_network import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network,
    check_post_payment_intents_body_payment_method_options_card_type_0_network,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_request_three_d_secure import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure,
    check_post_payment_intents_body_payment_method_options_card_type_0_request_three_d_secure,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_setup_future_usage import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0SetupFutureUsage,
    check_post_payment_intents_body_payment_method_options_card_type_0_setup_future_usage,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_statement_descriptor_suffix_kana_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanaType1,
    check_post_payment_intents_body_payment_method_options_card_type_0_statement_descriptor_suffix_kana_type_1,
)
from ..models.post_payment_intents_body_payment_method_options_card_type_0_statement_descriptor_suffix_kanji_type_1 import (
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanjiType1,
    check_post_payment_intents_body_payment_method_options_card_type_0_statement_descriptor_suffix_kanji_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_payment_method_options_card_type_0_installments import (
        PostPaymentIntentsBodyPaymentMethodOptionsCardType0Installments,
    )
    from ..models.post_payment_intents_body_payment_method_options_card_type_0_mandate_options import (
        PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions,
    )


T = TypeVar("T", bound="PostPaymentIntentsBodyPaymentMethodOptionsCardType0")


@_attrs_define
class PostPaymentIntentsBodyPaymentMethodOptionsCardType0:
    """
    Attributes:
        capture_method (PostPaymentIntentsBodyPaymentMethodOptionsCardType0CaptureMethod | Unset):
        cvc_token (str | Unset):
        installments (PostPaymentIntentsBodyPaymentMethodOptionsCardType0Installments | Unset):
        mandate_options (PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions | Unset):
        network (PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network | Unset):
        request_three_d_secure (PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure | Unset):
        setup_future_usage (PostPaymentIntentsBodyPaymentMethodOptionsCardType0SetupFutureUsage | Unset):
        statement_descriptor_suffix_kana
            (PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanaType1 | str | Unset):
        statement_descriptor_suffix_kanji
            (PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanjiType1 | str | Unset):
    """

    capture_method: PostPaymentIntentsBodyPaymentMethodOptionsCardType0CaptureMethod | Unset = UNSET
    cvc_token: str | Unset = UNSET
    installments: PostPaymentIntentsBodyPaymentMethodOptionsCardType0Installments | Unset = UNSET
    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions | Unset = UNSET
    network: PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network | Unset = UNSET
    request_three_d_secure: PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure | Unset = (
        UNSET
    )
    setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsCardType0SetupFutureUsage | Unset = UNSET
    statement_descriptor_suffix_kana: (
        PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanaType1 | str | Unset
    ) = UNSET
    statement_descriptor_suffix_kanji: (
        PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanjiType1 | str | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_method: str | Unset = UNSET
        if not isinstance(self.capture_method, Unset):
            capture_method = self.capture_method

        cvc_token = self.cvc_token

        installments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installments, Unset):
            installments = self.installments.to_dict()

        mandate_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_options, Unset):
            mandate_options = self.mandate_options.to_dict()

        network: str | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network

        request_three_d_secure: str | Unset = UNSET
        if not isinstance(self.request_three_d_secure, Unset):
            request_three_d_secure = self.request_three_d_secure

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        statement_descriptor_suffix_kana: str | Unset
        if isinstance(self.statement_descriptor_suffix_kana, Unset):
            statement_descriptor_suffix_kana = UNSET
        elif isinstance(self.statement_descriptor_suffix_kana, str):
            statement_descriptor_suffix_kana = self.statement_descriptor_suffix_kana
        else:
            statement_descriptor_suffix_kana = self.statement_descriptor_suffix_kana

        statement_descriptor_suffix_kanji: str | Unset
        if isinstance(self.statement_descriptor_suffix_kanji, Unset):
            statement_descriptor_suffix_kanji = UNSET
        elif isinstance(self.statement_descriptor_suffix_kanji, str):
            statement_descriptor_suffix_kanji = self.statement_descriptor_suffix_kanji
        else:
            statement_descriptor_suffix_kanji = self.statement_descriptor_suffix_kanji

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capture_method is not UNSET:
            field_dict["capture_method"] = capture_method
        if cvc_token is not UNSET:
            field_dict["cvc_token"] = cvc_token
        if installments is not UNSET:
            field_dict["installments"] = installments
        if mandate_options is not UNSET:
            field_dict["mandate_options"] = mandate_options
        if network is not UNSET:
            field_dict["network"] = network
        if request_three_d_secure is not UNSET:
            field_dict["request_three_d_secure"] = request_three_d_secure
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if statement_descriptor_suffix_kana is not UNSET:
            field_dict["statement_descriptor_suffix_kana"] = statement_descriptor_suffix_kana
        if statement_descriptor_suffix_kanji is not UNSET:
            field_dict["statement_descriptor_suffix_kanji"] = statement_descriptor_suffix_kanji

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_payment_method_options_card_type_0_installments import (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0Installments,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options_card_type_0_mandate_options import (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _capture_method = d.pop("capture_method", UNSET)
        capture_method: PostPaymentIntentsBodyPaymentMethodOptionsCardType0CaptureMethod | Unset
        if isinstance(_capture_method, Unset):
            capture_method = UNSET
        else:
            capture_method = (
                check_post_payment_intents_body_payment_method_options_card_type_0_capture_method(
                    _capture_method
                )
            )

        cvc_token = d.pop("cvc_token", UNSET)

        _installments = d.pop("installments", UNSET)
        installments: PostPaymentIntentsBodyPaymentMethodOptionsCardType0Installments | Unset
        if isinstance(_installments, Unset):
            installments = UNSET
        else:
            installments = PostPaymentIntentsBodyPaymentMethodOptionsCardType0Installments.from_dict(
                _installments
            )

        _mandate_options = d.pop("mandate_options", UNSET)
        mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions | Unset
        if isinstance(_mandate_options, Unset):
            mandate_options = UNSET
        else:
            mandate_options = PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptions.from_dict(
                _mandate_options
            )

        _network = d.pop("network", UNSET)
        network: PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = check_post_payment_intents_body_payment_method_options_card_type_0_network(_network)

        _request_three_d_secure = d.pop("request_three_d_secure", UNSET)
        request_three_d_secure: PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure | Unset
        if isinstance(_request_three_d_secure, Unset):
            request_three_d_secure = UNSET
        else:
            request_three_d_secure = (
                check_post_payment_intents_body_payment_method_options_card_type_0_request_three_d_secure(
                    _request_three_d_secure
                )
            )

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodyPaymentMethodOptionsCardType0SetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = (
                check_post_payment_intents_body_payment_method_options_card_type_0_setup_future_usage(
                    _setup_future_usage
                )
            )

        def _parse_statement_descriptor_suffix_kana(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanaType1
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                statement_descriptor_suffix_kana_type_1 = check_post_payment_intents_body_payment_method_options_card_type_0_statement_descriptor_suffix_kana_type_1(
                    data
                )

                return statement_descriptor_suffix_kana_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanaType1
                | str
                | Unset,
                data,
            )

        statement_descriptor_suffix_kana = _parse_statement_descriptor_suffix_kana(
            d.pop("statement_descriptor_suffix_kana", UNSET)
        )

        def _parse_statement_descriptor_suffix_kanji(
            data: object,
        ) -> (
            PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanjiType1
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                statement_descriptor_suffix_kanji_type_1 = check_post_payment_intents_body_payment_method_options_card_type_0_statement_descriptor_suffix_kanji_type_1(
                    data
                )

                return statement_descriptor_suffix_kanji_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                PostPaymentIntentsBodyPaymentMethodOptionsCardType0StatementDescriptorSuffixKanjiType1
                | str
                | Unset,
                data,
            )

        statement_descriptor_suffix_kanji = _parse_statement_descriptor_suffix_kanji(
            d.pop("statement_descriptor_suffix_kanji", UNSET)
        )

        post_payment_intents_body_payment_method_options_card_type_0 = cls(
            capture_method=capture_method,
            cvc_token=cvc_token,
            installments=installments,
            mandate_options=mandate_options,
            network=network,
            request_three_d_secure=request_three_d_secure,
            setup_future_usage=setup_future_usage,
            statement_descriptor_suffix_kana=statement_descriptor_suffix_kana,
            statement_descriptor_suffix_kanji=statement_descriptor_suffix_kanji,
        )

        post_payment_intents_body_payment_method_options_card_type_0.additional_properties = d
        return post_payment_intents_body_payment_method_options_card_type_0

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
