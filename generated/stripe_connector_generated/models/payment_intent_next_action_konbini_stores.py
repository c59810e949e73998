from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_intent_next_action_konbini_familymart import (
        PaymentIntentNextActionKonbiniFamilymart,
    )
    from ..models.payment_intent_next_action_konbini_lawson import (
        PaymentIntentNextActionKonbiniLawson,
    )
    from ..models.payment_intent_next_action_konbini_ministop import (
        PaymentIntentNextActionKonbiniMinistop,
    )
    from ..models.payment_intent_next_action_konbini_seicomart import (
        PaymentIntentNextActionKonbiniSeicomart,
    )


T = TypeVar("T", bound="PaymentIntentNextActionKonbiniStores")


@_attrs_define
class PaymentIntentNextActionKonbiniStores:
    """
    Attributes:
        familymart (None | PaymentIntentNextActionKonbiniFamilymart | Unset): FamilyMart instruction details.
        lawson (None | PaymentIntentNextActionKonbiniLawson | Unset): Lawson instruction details.
        ministop (None | PaymentIntentNextActionKonbiniMinistop | Unset): Ministop instruction details.
        seicomart (None | PaymentIntentNextActionKonbiniSeicomart | Unset): Seicomart instruction details.
    """

    familymart: None | PaymentIntentNextActionKonbiniFamilymart | Unset = UNSET
    lawson: None | PaymentIntentNextActionKonbiniLawson | Unset = UNSET
    ministop: None | PaymentIntentNextActionKonbiniMinistop | Unset = UNSET
    seicomart: None | PaymentIntentNextActionKonbiniSeicomart | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_intent_next_action_konbini_familymart import (
            PaymentIntentNextActionKonbiniFamilymart,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini_lawson import (
            PaymentIntentNextActionKonbiniLawson,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini_ministop import (
            PaymentIntentNextActionKonbiniMinistop,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini_seicomart import (
            PaymentIntentNextActionKonbiniSeicomart,  # noqa: PLC0415
        )

        familymart: dict[str, Any] | None | Unset
        if isinstance(self.familymart, Unset):
            familymart = UNSET
        elif isinstance(self.familymart, PaymentIntentNextActionKonbiniFamilymart):
            familymart = self.familymart.to_dict()
        else:
            familymart = self.familymart

        lawson: dict[str, Any] | None | Unset
        if isinstance(self.lawson, Unset):
            lawson = UNSET
        elif isinstance(self.lawson, PaymentIntentNextActionKonbiniLawson):
            lawson = self.lawson.to_dict()
        else:
            lawson = self.lawson

        ministop: dict[str, Any] | None | Unset
        if isinstance(self.ministop, Unset):
            ministop = UNSET
        elif isinstance(self.ministop, PaymentIntentNextActionKonbiniMinistop):
            ministop = self.ministop.to_dict()
        else:
            ministop = self.ministop

        seicomart: dict[str, Any] | None | Unset
        if isinstance(self.seicomart, Unset):
            seicomart = UNSET
        elif isinstance(self.seicomart, PaymentIntentNextActionKonbiniSeicomart):
            seicomart = self.seicomart.to_dict()
        else:
            seicomart = self.seicomart

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if familymart is not UNSET:
            field_dict["familymart"] = familymart
        if lawson is not UNSET:
            field_dict["lawson"] = lawson
        if ministop is not UNSET:
            field_dict["ministop"] = ministop
        if seicomart is not UNSET:
            field_dict["seicomart"] = seicomart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_intent_next_action_konbini_familymart import (
            PaymentIntentNextActionKonbiniFamilymart,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini_lawson import (
            PaymentIntentNextActionKonbiniLawson,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini_ministop import (
            PaymentIntentNextActionKonbiniMinistop,  # noqa: PLC0415
        )
        from ..models.payment_intent_next_action_konbini_seicomart import (
            PaymentIntentNextActionKonbiniSeicomart,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_familymart(data: object) -> None | PaymentIntentNextActionKonbiniFamilymart | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                familymart_type_0 = PaymentIntentNextActionKonbiniFamilymart.from_dict(data)

                return familymart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionKonbiniFamilymart | Unset, data)

        familymart = _parse_familymart(d.pop("familymart", UNSET))

        def _parse_lawson(data: object) -> None | PaymentIntentNextActionKonbiniLawson | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lawson_type_0 = PaymentIntentNextActionKonbiniLawson.from_dict(data)

                return lawson_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionKonbiniLawson | Unset, data)

        lawson = _parse_lawson(d.pop("lawson", UNSET))

        def _parse_ministop(data: object) -> None | PaymentIntentNextActionKonbiniMinistop | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ministop_type_0 = PaymentIntentNextActionKonbiniMinistop.from_dict(data)

                return ministop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionKonbiniMinistop | Unset, data)

        ministop = _parse_ministop(d.pop("ministop", UNSET))

        def _parse_seicomart(data: object) -> None | PaymentIntentNextActionKonbiniSeicomart | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seicomart_type_0 = PaymentIntentNextActionKonbiniSeicomart.from_dict(data)

                return seicomart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntentNextActionKonbiniSeicomart | Unset, data)

        seicomart = _parse_seicomart(d.pop("seicomart", UNSET))

        payment_intent_next_action_konbini_stores = cls(
            familymart=familymart,
            lawson=lawson,
            ministop=ministop,
            seicomart=seicomart,
        )

        payment_intent_next_action_konbini_stores.additional_properties = d
        return payment_intent_next_action_konbini_stores

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
