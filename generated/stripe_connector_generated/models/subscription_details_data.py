from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_details_data_metadata_type_0 import (
        SubscriptionDetailsDataMetadataType0,
    )


T = TypeVar("T", bound="SubscriptionDetailsData")


@_attrs_define
class SubscriptionDetailsData:
    """
    Attributes:
        metadata (None | SubscriptionDetailsDataMetadataType0 | Unset): Set of [key-value
            pairs](https://stripe.com/docs/api/metadata) that will reflect the metadata of the subscription at the time of
            invoice creation. *Note: This attribute is populated only for invoices created on or after June 29, 2023.*
    """

    metadata: None | SubscriptionDetailsDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_details_data_metadata_type_0 import (
            SubscriptionDetailsDataMetadataType0,  # noqa: PLC0415
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SubscriptionDetailsDataMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_details_data_metadata_type_0 import (
            SubscriptionDetailsDataMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_metadata(data: object) -> None | SubscriptionDetailsDataMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SubscriptionDetailsDataMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionDetailsDataMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        subscription_details_data = cls(
            metadata=metadata,
        )

        subscription_details_data.additional_properties = d
        return subscription_details_data

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
