from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stripe_resource_object import StripeResourceObject


T = TypeVar("T", bound="InvoicesFromInvoice")


@_attrs_define
class InvoicesFromInvoice:
    """
    Attributes:
        action (str): The relation between this invoice and the cloned invoice
        invoice (str | StripeResourceObject): The invoice that was cloned.
    """

    action: str
    invoice: str | StripeResourceObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        action = self.action

        invoice: dict[str, Any] | str
        if isinstance(self.invoice, StripeResourceObject):
            invoice = self.invoice.to_dict()
        else:
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
        from ..models.stripe_resource_object import StripeResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        def _parse_invoice(data: object) -> str | StripeResourceObject:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_1 = StripeResourceObject.from_dict(data)

                return invoice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StripeResourceObject, data)

        invoice = _parse_invoice(d.pop("invoice"))

        invoices_from_invoice = cls(
            action=action,
            invoice=invoice,
        )

        invoices_from_invoice.additional_properties = d
        return invoices_from_invoice

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
