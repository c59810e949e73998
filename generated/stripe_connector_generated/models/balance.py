from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
            available (list[BalanceAmount] | None | Unset): Available funds that you can transfer or pay out automatically
                by Stripe or explicitly through the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts
                API](https://stripe.com/docs/api#payouts). You can find the available balance for each currency and payment type
                in the `source_types` property.
            connect_reserved (list[BalanceAmount] | None | Unset): Funds held due to negative balances on connected Custom
                accounts. You can find the connect reserve balance for each currency and payment type in the `source_types`
                property.
            instant_available (list[BalanceAmount] | None | Unset): Funds that you can pay out using Instant Payouts.
            issuing (BalanceDetail | None | Unset):
            livemode (bool | None | Unset): Has the value `true` if the object exists in live mode or the value `false` if
                the object exists in test mode.
            pending (list[BalanceAmount] | None | Unset): Funds that aren't available in the balance yet. You can find the
                pending balance for each currency and each payment type in the `source_types` property.
    """

    object_: BalanceObject
    available: list[BalanceAmount] | None | Unset = UNSET
    connect_reserved: list[BalanceAmount] | None | Unset = UNSET
    instant_available: list[BalanceAmount] | None | Unset = UNSET
    issuing: BalanceDetail | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    pending: list[BalanceAmount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.balance_detail import BalanceDetail  # noqa: PLC0415

        object_: str = self.object_

        available: list[dict[str, Any]] | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        elif isinstance(self.available, list):
            available = []
            for available_type_0_item_data in self.available:
                available_type_0_item = available_type_0_item_data.to_dict()
                available.append(available_type_0_item)

        else:
            available = self.available

        connect_reserved: list[dict[str, Any]] | None | Unset
        if isinstance(self.connect_reserved, Unset):
            connect_reserved = UNSET
        elif isinstance(self.connect_reserved, list):
            connect_reserved = []
            for connect_reserved_type_0_item_data in self.connect_reserved:
                connect_reserved_type_0_item = connect_reserved_type_0_item_data.to_dict()
                connect_reserved.append(connect_reserved_type_0_item)

        else:
            connect_reserved = self.connect_reserved

        instant_available: list[dict[str, Any]] | None | Unset
        if isinstance(self.instant_available, Unset):
            instant_available = UNSET
        elif isinstance(self.instant_available, list):
            instant_available = []
            for instant_available_type_0_item_data in self.instant_available:
                instant_available_type_0_item = instant_available_type_0_item_data.to_dict()
                instant_available.append(instant_available_type_0_item)

        else:
            instant_available = self.instant_available

        issuing: dict[str, Any] | None | Unset
        if isinstance(self.issuing, Unset):
            issuing = UNSET
        elif isinstance(self.issuing, BalanceDetail):
            issuing = self.issuing.to_dict()
        else:
            issuing = self.issuing

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        pending: list[dict[str, Any]] | None | Unset
        if isinstance(self.pending, Unset):
            pending = UNSET
        elif isinstance(self.pending, list):
            pending = []
            for pending_type_0_item_data in self.pending:
                pending_type_0_item = pending_type_0_item_data.to_dict()
                pending.append(pending_type_0_item)

        else:
            pending = self.pending

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

        def _parse_available(data: object) -> list[BalanceAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_type_0 = []
                _available_type_0 = data
                for available_type_0_item_data in _available_type_0:
                    available_type_0_item = BalanceAmount.from_dict(available_type_0_item_data)

                    available_type_0.append(available_type_0_item)

                return available_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BalanceAmount] | None | Unset, data)

        available = _parse_available(d.pop("available", UNSET))

        def _parse_connect_reserved(data: object) -> list[BalanceAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connect_reserved_type_0 = []
                _connect_reserved_type_0 = data
                for connect_reserved_type_0_item_data in _connect_reserved_type_0:
                    connect_reserved_type_0_item = BalanceAmount.from_dict(connect_reserved_type_0_item_data)

                    connect_reserved_type_0.append(connect_reserved_type_0_item)

                return connect_reserved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BalanceAmount] | None | Unset, data)

        connect_reserved = _parse_connect_reserved(d.pop("connect_reserved", UNSET))

        def _parse_instant_available(data: object) -> list[BalanceAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instant_available_type_0 = []
                _instant_available_type_0 = data
                for instant_available_type_0_item_data in _instant_available_type_0:
                    instant_available_type_0_item = BalanceAmount.from_dict(
                        instant_available_type_0_item_data
                    )

                    instant_available_type_0.append(instant_available_type_0_item)

                return instant_available_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BalanceAmount] | None | Unset, data)

        instant_available = _parse_instant_available(d.pop("instant_available", UNSET))

        def _parse_issuing(data: object) -> BalanceDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuing_type_0 = BalanceDetail.from_dict(data)

                return issuing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BalanceDetail | None | Unset, data)

        issuing = _parse_issuing(d.pop("issuing", UNSET))

        def _parse_livemode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        livemode = _parse_livemode(d.pop("livemode", UNSET))

        def _parse_pending(data: object) -> list[BalanceAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pending_type_0 = []
                _pending_type_0 = data
                for pending_type_0_item_data in _pending_type_0:
                    pending_type_0_item = BalanceAmount.from_dict(pending_type_0_item_data)

                    pending_type_0.append(pending_type_0_item)

                return pending_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BalanceAmount] | None | Unset, data)

        pending = _parse_pending(d.pop("pending", UNSET))

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
