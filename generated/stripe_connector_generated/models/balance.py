from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_object import BalanceObject, check_balance_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_amount import BalanceAmount
    from ..models.balance_detail import BalanceDetail


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """This is an object representing your Stripe balance. You can retrieve it to see
    the balance currently on your Stripe account.

    You can also retrieve the balance history, which contains a list of
    [transactions](https://stripe.com/docs/reporting/balance-transaction-types) that contributed to the balance
    (charges, payouts, and so forth).

    The available and pending amounts for each currency are broken down further by
    payment source types.

    Related guide: [Understanding Connect account balances](https://stripe.com/docs/connect/account-balances)

        Attributes:
            object_ (BalanceObject): String representing the object's type. Objects of the same type share the same value.
            available (list[BalanceAmount] | Unset): Available funds that you can transfer or pay out automatically by
                Stripe or explicitly through the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts
                API](https://stripe.com/docs/api#payouts). You can find the available balance for each currency and payment type
                in the `source_types` property.
            connect_reserved (list[BalanceAmount] | Unset): Funds held due to negative balances on connected Custom
                accounts. You can find the connect reserve balance for each currency and payment type in the `source_types`
                property.
            instant_available (list[BalanceAmount] | Unset): Funds that you can pay out using Instant Payouts.
            issuing (BalanceDetail | Unset):
            livemode (bool | Unset): Has the value `true` if the object exists in live mode or the value `false` if the
                object exists in test mode.
            pending (list[BalanceAmount] | Unset): Funds that aren't available in the balance yet. You can find the pending
                balance for each currency and each payment type in the `source_types` property.
    """

    object_: BalanceObject
    available: list[BalanceAmount] | Unset = UNSET
    connect_reserved: list[BalanceAmount] | Unset = UNSET
    instant_available: list[BalanceAmount] | Unset = UNSET
    issuing: BalanceDetail | Unset = UNSET
    livemode: bool | Unset = UNSET
    pending: list[BalanceAmount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str = self.object_

        available: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = []
            for available_item_data in self.available:
                available_item = available_item_data.to_dict()
                available.append(available_item)

        connect_reserved: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connect_reserved, Unset):
            connect_reserved = []
            for connect_reserved_item_data in self.connect_reserved:
                connect_reserved_item = connect_reserved_item_data.to_dict()
                connect_reserved.append(connect_reserved_item)

        instant_available: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instant_available, Unset):
            instant_available = []
            for instant_available_item_data in self.instant_available:
                instant_available_item = instant_available_item_data.to_dict()
                instant_available.append(instant_available_item)

        issuing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuing, Unset):
            issuing = self.issuing.to_dict()

        livemode = self.livemode

        pending: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = []
            for pending_item_data in self.pending:
                pending_item = pending_item_data.to_dict()
                pending.append(pending_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if available is not UNSET:
            field_dict["available"] = available
        if connect_reserved is not UNSET:
            field_dict["connect_reserved"] = connect_reserved
        if instant_available is not UNSET:
            field_dict["instant_available"] = instant_available
        if issuing is not UNSET:
            field_dict["issuing"] = issuing
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if pending is not UNSET:
            field_dict["pending"] = pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_amount import BalanceAmount  # noqa: PLC0415
        from ..models.balance_detail import BalanceDetail  # noqa: PLC0415

        d = dict(src_dict)
        object_ = check_balance_object(d.pop("object"))

        _available = d.pop("available", UNSET)
        available: list[BalanceAmount] | Unset = UNSET
        if _available is not UNSET:
            available = []
            for available_item_data in _available:
                available_item = BalanceAmount.from_dict(available_item_data)

                available.append(available_item)

        _connect_reserved = d.pop("connect_reserved", UNSET)
        connect_reserved: list[BalanceAmount] | Unset = UNSET
        if _connect_reserved is not UNSET:
            connect_reserved = []
            for connect_reserved_item_data in _connect_reserved:
                connect_reserved_item = BalanceAmount.from_dict(connect_reserved_item_data)

                connect_reserved.append(connect_reserved_item)

        _instant_available = d.pop("instant_available", UNSET)
        instant_available: list[BalanceAmount] | Unset = UNSET
        if _instant_available is not UNSET:
            instant_available = []
            for instant_available_item_data in _instant_available:
                instant_available_item = BalanceAmount.from_dict(instant_available_item_data)

                instant_available.append(instant_available_item)

        _issuing = d.pop("issuing", UNSET)
        issuing: BalanceDetail | Unset
        if isinstance(_issuing, Unset):
            issuing = UNSET
        else:
            issuing = BalanceDetail.from_dict(_issuing)

        livemode = d.pop("livemode", UNSET)

        _pending = d.pop("pending", UNSET)
        pending: list[BalanceAmount] | Unset = UNSET
        if _pending is not UNSET:
            pending = []
            for pending_item_data in _pending:
                pending_item = BalanceAmount.from_dict(pending_item_data)

                pending.append(pending_item)

        balance = cls(
            object_=object_,
            available=available,
            connect_reserved=connect_reserved,
            instant_available=instant_available,
            issuing=issuing,
            livemode=livemode,
            pending=pending,
        )

        balance.additional_properties = d
        return balance

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
