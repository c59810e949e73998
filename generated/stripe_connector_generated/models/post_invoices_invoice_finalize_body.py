from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostInvoicesInvoiceFinalizeBody")


@_attrs_define
class PostInvoicesInvoiceFinalizeBody:
    """
    Attributes:
        auto_advance (bool | Unset): Controls whether Stripe performs [automatic
            collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection) of the invoice. If
            `false`, the invoice's state doesn't automatically advance without an explicit action.
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
    """

    auto_advance: bool | Unset = UNSET
    expand: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auto_advance = self.auto_advance

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if auto_advance is not UNSET:
            field_dict["auto_advance"] = auto_advance
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_advance = d.pop("auto_advance", UNSET)

        expand = cast(list[str], d.pop("expand", UNSET))

        post_invoices_invoice_finalize_body = cls(
            auto_advance=auto_advance,
            expand=expand,
        )

        return post_invoices_invoice_finalize_body
