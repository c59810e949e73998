from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_from_invoice_action import (
    PostInvoicesBodyFromInvoiceAction,
    check_post_invoices_body_from_invoice_action,
)

T = TypeVar("T", bound="PostInvoicesBodyFromInvoice")


@_attrs_define
class PostInvoicesBodyFromInvoice:
    """Revise an existing invoice. The new invoice will be created in `status=draft`. See the [revision
    documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more details.

        Attributes:
            action (PostInvoicesBodyFromInvoiceAction):
            invoice (str):
    """

    action: PostInvoicesBodyFromInvoiceAction
    invoice: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        invoice = self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "invoice": invoice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_post_invoices_body_from_invoice_action(d.pop("action"))

        invoice = d.pop("invoice")

        post_invoices_body_from_invoice = cls(
            action=action,
            invoice=invoice,
        )

        post_invoices_body_from_invoice.additional_properties = d
        return post_invoices_body_from_invoice

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
