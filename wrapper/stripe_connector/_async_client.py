"""``AsyncStripeConnector``: the asyncio twin of ``StripeConnector`` (same tools, same core, ``await``).

Only sending differs from the sync connector: requests are prepared and responses read by the shared core, and
the retry decisions come from the same policy; here the wait is ``asyncio.sleep``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx
from stripe_connector_generated.connector_methods import AsyncToolMethods

from ._client import ConnectorBase, next_cursor, page_arguments, without_none
from ._core import IdempotencyScope, PreparedRequest
from ._transport import async_transport
from .errors import ConnectorClosedError, StripeConnectionError


class AsyncStripeConnector(AsyncToolMethods, ConnectorBase[httpx.AsyncBaseTransport]):
    """Stripe's tools over one pooled asyncio HTTP connection; share one instance across tasks.

    Same options as :class:`~stripe_connector._client.StripeConnector` (see ``ConnectorBase``), with an async
    transport.
    """

    def _default_transport(self, base_url: str) -> httpx.AsyncBaseTransport:
        return async_transport(base_url)

    async def __aenter__(self) -> AsyncStripeConnector:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections."""
        self._closed = True
        await self._transport.aclose()

    # --- the one path -----------------------------------------------------------------------------------------------

    async def call(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
        dry_run: bool = False,
    ) -> dict[str, Any]:
        """Run ``tool`` with ``arguments`` (as the reference documents them); return Stripe's JSON unchanged.

        ``idempotency_scope`` (e.g. ``[run_id, step_id]``) derives a stable key for replay-safe POSTs;
        ``dry_run`` returns the request that would be sent instead of sending it.
        """
        request = self.core.prepare(
            tool,
            arguments,
            idempotency_key=idempotency_key,
            idempotency_scope=idempotency_scope,
            stripe_account=stripe_account,
        )
        if dry_run:
            return self.core.describe(request)
        return self.core.read_json(request, await self._send(request))

    async def paginate(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every object of a list tool, page after page (``starting_after``), holding one page at a time."""
        page_args = page_arguments(tool, arguments, max_items)
        remaining = max_items
        while remaining is None or remaining > 0:
            page = await self.call(tool, page_args, stripe_account=stripe_account)
            for item in page.get("data") or []:
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item
            cursor = next_cursor(page)
            if cursor is None:
                return
            page_args["starting_after"] = cursor

    async def _send(self, request: PreparedRequest) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt."""
        if self._closed:
            raise ConnectorClosedError("this connector is closed; create a new one to send requests")
        retries_done = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self._transport.handle_async_request(self._requests.build(request))
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.HTTPError as exc:
                outcome = self.core.after_failure(request, exc, retries_done, started)
            else:
                retry_delay = self.core.after_response(request, response, retries_done, started)
                if retry_delay is None:
                    return response
                outcome = retry_delay
            if isinstance(outcome, StripeConnectionError):
                raise outcome  # outside the except block, so the httpx error (and its headers) is not its context
            import asyncio  # only a retry needs it; importing asyncio up front costs ~10 ms

            await asyncio.sleep(outcome)
            retries_done += 1

    async def _typed(
        self,
        tool: str,
        arguments: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> Any:
        request = self.core.prepare(
            tool,
            without_none(arguments),
            idempotency_key=idempotency_key,
            idempotency_scope=idempotency_scope,
            stripe_account=stripe_account,
        )
        return self.core.parse_typed(request, await self._send(request))
