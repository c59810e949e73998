"""One webhook endpoint per URL, updated in place: never deleted and re-created, never doubled.

Re-creating an endpoint loses the events sent in between and changes its secret; a second endpoint on the same URL
delivers every event twice; creating one per publish runs into Stripe's cap of 16 endpoints per account. So
:func:`ensure_webhook_endpoint` lists the endpoints first, and:

* an endpoint with this URL exists: its ``enabled_events`` (and description) are updated if they differ, and it is
  re-enabled if disabled; nothing else is touched (Stripe fixes ``api_version`` at creation: a different one is
  reported, not "fixed" by re-creating);
* none exists: one is created with ``api_version`` pinned to the connector's, and the secret Stripe returns (only
  then) is written to ``secret_file`` with mode 0600 and never printed or returned;
* none exists and the account is at the cap: :class:`WebhookEndpointLimitError`, before anything is created.

Running it twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import attrs

from .._types.files import write_atomically
from ..errors import InvalidInputError, StripeConnectorError, StripeResponseError

if TYPE_CHECKING:
    from .._clients.async_client import AsyncStripeConnector
    from .._clients.sync_client import StripeConnector

MAX_ENDPOINTS = 16
PATH = "/v1/webhook_endpoints"


class EndpointOptions(TypedDict, total=False):
    """The optional arguments of :func:`ensure_webhook_endpoint` (one definition for the sync and async one)."""

    #: Where a *new* endpoint's secret is written (0600); required when one is created.
    secret_file: str | None
    #: The endpoint's description, set at creation and kept up to date.
    description: str | None


class WebhookEndpointLimitError(StripeConnectorError):
    """The account already has Stripe's maximum of webhook endpoints (16) and none for this URL."""


@attrs.frozen
class EndpointResult:
    """What :func:`ensure_webhook_endpoint` did. It holds no secret."""

    id: str
    url: str
    created: bool
    updated: bool
    enabled_events: tuple[str, ...]
    api_version: str | None
    secret_file: str | None
    api_version_mismatch: bool = False
    duplicates: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """Plain JSON, field by field (tuples become lists)."""
        return attrs.asdict(self)


def _check(url: object, events: object) -> list[str]:
    if not isinstance(url, str) or not url.startswith(("https://", "http://")) or len(url) > 2048:
        raise InvalidInputError("url", "must be the receiver's http(s) URL")
    if isinstance(events, str) or not isinstance(events, Sequence) or not events:
        raise InvalidInputError("events", "must be a non-empty list of event types (or ['*'])")
    if not all(isinstance(e, str) and e.strip() for e in events):
        raise InvalidInputError("events", "every event type must be a non-empty string")
    return sorted(set(events))


def _plan(
    endpoints: list[Mapping[str, Any]], url: str, events: list[str], description: str | None
) -> tuple[Mapping[str, Any] | None, dict[str, Any], tuple[str, ...]]:
    """The endpoint for ``url`` (or None), the update it needs (may be empty) and other endpoints on that URL."""
    matching = [e for e in endpoints if e.get("url") == url]
    if not matching:
        if len(endpoints) >= MAX_ENDPOINTS:
            raise WebhookEndpointLimitError(
                f"the account has {len(endpoints)} webhook endpoints, Stripe's maximum is {MAX_ENDPOINTS}, and none "
                f"for {url}: delete an unused endpoint first (nothing was created)"
            )
        return None, {}, ()
    found = matching[0]
    update: dict[str, Any] = {}
    if sorted(set(found.get("enabled_events") or [])) != events:
        update["enabled_events"] = events
    if description is not None and found.get("description") != description:
        update["description"] = description
    if found.get("status") == "disabled":
        update["disabled"] = False
    return found, update, tuple(str(e.get("id")) for e in matching[1:])


def write_secret(path: str, secret: str) -> None:
    """Write ``secret`` to ``path`` with mode 0600, atomically (a temporary file in the same folder, renamed)."""
    write_atomically(Path(path), (secret + "\n").encode("ascii"))


def _result(endpoint: Mapping[str, Any], *, created: bool, updated: bool, version: str, secret_file: str | None,
            duplicates: tuple[str, ...] = ()) -> EndpointResult:  # fmt: skip
    endpoint_id = endpoint.get("id")
    if not isinstance(endpoint_id, str):
        raise StripeResponseError("the webhook endpoint answer has no id")
    api_version = endpoint.get("api_version")
    return EndpointResult(
        id=endpoint_id,
        url=str(endpoint.get("url")),
        created=created,
        updated=updated,
        enabled_events=tuple(endpoint.get("enabled_events") or ()),
        api_version=api_version if isinstance(api_version, str) else None,
        secret_file=secret_file if created else None,
        api_version_mismatch=isinstance(api_version, str) and api_version != version,
        duplicates=duplicates,
    )


def _created(answer: Mapping[str, Any], secret_file: str) -> None:
    secret = answer.get("secret")
    if not isinstance(secret, str) or not secret:
        raise StripeResponseError("Stripe created the endpoint but returned no secret (it is shown only once)")
    write_secret(secret_file, secret)


def _list_request(starting_after: str | None) -> dict[str, Any]:
    query: dict[str, Any] = {"limit": 100}
    if starting_after:
        query["starting_after"] = starting_after
    return {"method": "GET", "path": PATH, "query": query}


def _next(answer: Mapping[str, Any], seen: set[str]) -> tuple[list[Mapping[str, Any]], str | None]:
    data = answer.get("data")
    if not isinstance(data, list):
        raise StripeResponseError("/v1/webhook_endpoints answered without a data list")
    if not answer.get("has_more") or not data:
        return data, None
    last = data[-1].get("id")
    if not isinstance(last, str) or last in seen:
        raise StripeResponseError("/v1/webhook_endpoints repeated a page: stopping")
    seen.add(last)
    return data, last


def _steps(
    url: str, events: Sequence[str], version: str, options: EndpointOptions
) -> Generator[dict[str, Any], Mapping[str, Any], EndpointResult]:
    """The whole procedure, sans-IO: yields each ``raw_request`` to send, receives its answer, returns the result.
    The sync and async functions below only carry requests to a connector and answers back."""
    wanted = _check(url, events)
    unknown = sorted(set(options) - set(EndpointOptions.__annotations__))
    if unknown:
        raise InvalidInputError(unknown[0], "is not an option of ensure_webhook_endpoint")
    secret_file, description = options.get("secret_file"), options.get("description")
    endpoints: list[Mapping[str, Any]] = []
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        page, cursor = _next((yield _list_request(cursor)), seen)
        endpoints.extend(page)
        if cursor is None:
            break
    found, update, duplicates = _plan(endpoints, url, wanted, description)
    if found is not None:
        if update:
            found = yield {"method": "POST", "path": f"{PATH}/{found['id']}", "body": update}
        return _result(found, created=False, updated=bool(update), version=version, secret_file=None,
                       duplicates=duplicates)  # fmt: skip
    if secret_file is None:
        raise InvalidInputError("secret_file", "a new endpoint's secret is returned only once: give a file for it")
    body: dict[str, Any] = {"url": url, "enabled_events": wanted, "api_version": version}
    if description is not None:
        body["description"] = description
    answer = yield {"method": "POST", "path": PATH, "body": body}
    _created(answer, secret_file)
    return _result(answer, created=True, updated=False, version=version, secret_file=secret_file)


def ensure_webhook_endpoint(
    connector: StripeConnector, url: str, events: Sequence[str], **options: Unpack[EndpointOptions]
) -> EndpointResult:
    """Make sure one endpoint delivers ``events`` to ``url`` (see the module docstring)."""
    steps = _steps(url, events, connector.core.stripe_version, options)
    try:
        request = next(steps)
        while True:
            request = steps.send(connector.call("raw_request", request))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def aensure_webhook_endpoint(
    connector: AsyncStripeConnector, url: str, events: Sequence[str], **options: Unpack[EndpointOptions]
) -> EndpointResult:
    """:func:`ensure_webhook_endpoint` for the async connector."""
    steps = _steps(url, events, connector.core.stripe_version, options)
    answer: Any = None
    while True:
        try:
            request = steps.send(answer)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        answer = await connector.call("raw_request", request)
