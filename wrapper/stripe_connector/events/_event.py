"""What a verified body is: a Stripe event (snapshot, ``"object": "event"``) or a thin event notification (``v2``).

A snapshot event carries the object as it was (``data.object``); a thin notification
(``"object": "v2.core.event"``) carries only a reference (``related_object``) and is fetched in full from
``/v2/core/events/{id}`` (:func:`fetch_thin_event`). Both are kept whole: handing on only ``data.object`` drops the
event id, the one thing a consumer needs to tell a repeat from a new event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from .._request.connection_id import SINGLE, check_connection_id
from ..errors import InvalidInputError

if TYPE_CHECKING:
    from .._clients.async_client import AsyncStripeConnector
    from .._clients.sync_client import StripeConnector

SNAPSHOT = "event"
THIN = "v2.core.event"
#: Event ids and account ids are short ASCII tokens; anything else is not Stripe's (and must not reach a SQL key).
_ID = re.compile(r"evt_[A-Za-z0-9_]{1,250}")
_ACCOUNT = re.compile(r"acct_[A-Za-z0-9_]{1,250}")
_TYPE = re.compile(r"[a-z0-9_.\[\]-]{1,200}")


@attrs.frozen
class Event:
    """One Stripe event as received: its identity (``account``, ``id``), ``type``, ``created`` and the whole JSON.

    ``account`` is the connected account (``acct_...``) the event happened on, or ``""`` for the platform's own:
    ``connection`` is the platform's connection it arrived through (its webhook path, its poller), ``""`` when
    one receiver serves one connection: the inbox is unique by ``(connection, account, id)``.
    """

    id: str
    type: str
    created: int
    account: str
    livemode: bool
    thin: bool
    data: Mapping[str, Any] = attrs.field(repr=False, eq=False)
    connection: str = attrs.field(default=SINGLE, kw_only=True)

    @property
    def data_object(self) -> Mapping[str, Any] | None:
        """``data.object`` of a snapshot event; None for a thin notification."""
        inner = self.data.get("data")
        obj = inner.get("object") if isinstance(inner, Mapping) else None
        return obj if isinstance(obj, Mapping) else None

    @property
    def object_id(self) -> str | None:
        """The id of the Stripe object the event is about (``data.object.id``, or a thin event's related object)."""
        obj = self.data_object if not self.thin else self.data.get("related_object")
        value = obj.get("id") if isinstance(obj, Mapping) else None
        return value if isinstance(value, str) else None

    def as_json(self) -> dict[str, Any]:
        """The event as Stripe sent it (a copy)."""
        return json.loads(json.dumps(self.data))  # type: ignore[no-any-return]


def parse_event(payload: bytes | str | Mapping[str, Any], *, connection: str = SINGLE) -> Event:
    """The :class:`Event` in a verified body; ``InvalidInputError`` (param ``payload``) when it is not one.

    ``connection``: the connection it came through (see :mod:`stripe_connector.events._connection`)."""
    check_connection_id(connection)
    if isinstance(payload, Mapping):
        data: Any = payload
    else:
        try:
            data = json.loads(payload)
        except (ValueError, RecursionError):
            raise InvalidInputError("payload", "the body is not JSON (UTF-8)") from None
    if not isinstance(data, dict):
        raise InvalidInputError("payload", "the body is not a JSON object")
    kind = data.get("object")
    if kind not in (SNAPSHOT, THIN):
        raise InvalidInputError("payload", f'not a Stripe event: "object" must be "{SNAPSHOT}" or "{THIN}"')
    event_id, event_type = data.get("id"), data.get("type")
    if not isinstance(event_id, str) or not _ID.fullmatch(event_id):
        raise InvalidInputError("payload", "not a Stripe event: no id like evt_...")
    if not isinstance(event_type, str) or not _TYPE.fullmatch(event_type):
        raise InvalidInputError("payload", "not a Stripe event: no type like payment_intent.succeeded")
    thin = kind == THIN
    account = data.get("context" if thin else "account")
    if account is None:
        account = ""
    elif not isinstance(account, str) or not _ACCOUNT.fullmatch(account):
        raise InvalidInputError("payload", "not a Stripe event: its account is not like acct_...")
    created = _created(data.get("created"), thin=thin)
    if not thin and not (isinstance(data.get("data"), dict) and isinstance(data["data"].get("object"), dict)):
        raise InvalidInputError("payload", "not a Stripe event: a snapshot event needs data.object")
    livemode = data.get("livemode")
    return Event(
        id=event_id,
        type=event_type,
        created=created,
        account=account,
        livemode=livemode is True,
        thin=thin,
        data=data,
        connection=connection,
    )


def _created(value: object, *, thin: bool) -> int:
    if not thin and isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**11:
        return value
    if thin and isinstance(value, str):
        try:
            return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())
        except ValueError:
            pass
    raise InvalidInputError("payload", "not a Stripe event: created is not a time")


def fetch_thin_event(connector: StripeConnector, event: Event) -> dict[str, Any]:
    """The full v2 event behind a thin notification (``GET /v2/core/events/{id}``), through the connector."""
    return connector.call("raw_request", _thin_request(event))


async def afetch_thin_event(connector: AsyncStripeConnector, event: Event) -> dict[str, Any]:
    """:func:`fetch_thin_event` for the async connector."""
    return await connector.call("raw_request", _thin_request(event))


def _thin_request(event: Event) -> dict[str, Any]:
    """``GET /v2/core/events/{id}``: newer than the pinned spec's API version, so named as a path the connector's
    operation index does not know (``allow_unknown_path``); the path is still confined to the configured API."""
    if not event.thin:
        raise InvalidInputError("event", "a snapshot event is already complete: only thin events are fetched")
    return {"method": "GET", "path": f"/v2/core/events/{event.id}", "allow_unknown_path": True}
