from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_details_konbini_store import (
        PaymentMethodDetailsKonbiniStore,
    )


T = TypeVar("T", bound="PaymentMethodDetailsKonbini")


@_attrs_define
class PaymentMethodDetailsKonbini:
    """
    Attributes:
        store (None | PaymentMethodDetailsKonbiniStore | Unset): If the payment succeeded, this contains the details of
            the convenience store where the payment was completed.
    """

    store: None | PaymentMethodDetailsKonbiniStore | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method_details_konbini_store import (
            PaymentMethodDetailsKonbiniStore,  # noqa: PLC0415
        )

        store: dict[str, Any] | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        elif isinstance(self.store, PaymentMethodDetailsKonbiniStore):
            store = self.store.to_dict()
        else:
            store = self.store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store is not UNSET:
            field_dict["store"] = store

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_details_konbini_store import (
            PaymentMethodDetailsKonbiniStore,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_store(data: object) -> None | PaymentMethodDetailsKonbiniStore | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                store_type_0 = PaymentMethodDetailsKonbiniStore.from_dict(data)

                return store_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsKonbiniStore | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        payment_method_details_konbini = cls(
            store=store,
        )

        payment_method_details_konbini.additional_properties = d
        return payment_method_details_konbini

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
