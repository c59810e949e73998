from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_d_secure_details_charge_authentication_flow_type_1 import (
    ThreeDSecureDetailsChargeAuthenticationFlowType1,
    check_three_d_secure_details_charge_authentication_flow_type_1,
)
from ..models.three_d_secure_details_charge_result_reason_type_1 import (
    ThreeDSecureDetailsChargeResultReasonType1,
    check_three_d_secure_details_charge_result_reason_type_1,
)
from ..models.three_d_secure_details_charge_result_type_1 import (
    ThreeDSecureDetailsChargeResultType1,
    check_three_d_secure_details_charge_result_type_1,
)
from ..models.three_d_secure_details_charge_version_type_1 import (
    ThreeDSecureDetailsChargeVersionType1,
    check_three_d_secure_details_charge_version_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSecureDetailsCharge")


@_attrs_define
class ThreeDSecureDetailsCharge:
    """
    Attributes:
        authentication_flow (None | ThreeDSecureDetailsChargeAuthenticationFlowType1 | Unset): For authenticated
            transactions: how the customer was authenticated by
            the issuing bank.
        result (None | ThreeDSecureDetailsChargeResultType1 | Unset): Indicates the outcome of 3D Secure authentication.
        result_reason (None | ThreeDSecureDetailsChargeResultReasonType1 | Unset): Additional information about why 3D
            Secure succeeded or failed based
            on the `result`.
        version (None | ThreeDSecureDetailsChargeVersionType1 | Unset): The version of 3D Secure that was used.
    """

    authentication_flow: None | ThreeDSecureDetailsChargeAuthenticationFlowType1 | Unset = UNSET
    result: None | ThreeDSecureDetailsChargeResultType1 | Unset = UNSET
    result_reason: None | ThreeDSecureDetailsChargeResultReasonType1 | Unset = UNSET
    version: None | ThreeDSecureDetailsChargeVersionType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_flow: None | str | Unset
        if isinstance(self.authentication_flow, Unset):
            authentication_flow = UNSET
        elif isinstance(self.authentication_flow, str):
            authentication_flow = self.authentication_flow
        else:
            authentication_flow = self.authentication_flow

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        result_reason: None | str | Unset
        if isinstance(self.result_reason, Unset):
            result_reason = UNSET
        elif isinstance(self.result_reason, str):
            result_reason = self.result_reason
        else:
            result_reason = self.result_reason

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, str):
            version = self.version
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_flow is not UNSET:
            field_dict["authentication_flow"] = authentication_flow
        if result is not UNSET:
            field_dict["result"] = result
        if result_reason is not UNSET:
            field_dict["result_reason"] = result_reason
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authentication_flow(
            data: object,
        ) -> None | ThreeDSecureDetailsChargeAuthenticationFlowType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authentication_flow_type_1 = check_three_d_secure_details_charge_authentication_flow_type_1(
                    data
                )

                return authentication_flow_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreeDSecureDetailsChargeAuthenticationFlowType1 | Unset, data)

        authentication_flow = _parse_authentication_flow(d.pop("authentication_flow", UNSET))

        def _parse_result(data: object) -> None | ThreeDSecureDetailsChargeResultType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_1 = check_three_d_secure_details_charge_result_type_1(data)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreeDSecureDetailsChargeResultType1 | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_result_reason(data: object) -> None | ThreeDSecureDetailsChargeResultReasonType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_reason_type_1 = check_three_d_secure_details_charge_result_reason_type_1(data)

                return result_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreeDSecureDetailsChargeResultReasonType1 | Unset, data)

        result_reason = _parse_result_reason(d.pop("result_reason", UNSET))

        def _parse_version(data: object) -> None | ThreeDSecureDetailsChargeVersionType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_type_1 = check_three_d_secure_details_charge_version_type_1(data)

                return version_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreeDSecureDetailsChargeVersionType1 | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        three_d_secure_details_charge = cls(
            authentication_flow=authentication_flow,
            result=result,
            result_reason=result_reason,
            version=version,
        )

        three_d_secure_details_charge.additional_properties = d
        return three_d_secure_details_charge

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
