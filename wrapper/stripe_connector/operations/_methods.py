"""``call_operation`` and ``paginate_operation``: every Stripe operation, on both connectors.

A mixin of the connectors (like the generated typed methods): it prepares with the shared core
(``operations._as_tool``) and sends with the connector's own ``_send``, so retries, deadlines, rate limits and
typed errors are the ones ``call`` has.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Unpack

from .._types.options import PageOptions, RequestOptions

if TYPE_CHECKING:
    import httpx

    from .._types.options import PreparedRequest
    from ..tools.catalogue import Tool
    from ._index import Operation
    from ._pages import OperationPager


class OperationCore(Protocol):
    """What these methods need of the connectors' shared core (``_core.base.ConnectorCore``, a layer above)."""

    @property
    def allowed_tools(self) -> frozenset[str] | None: ...

    def prepare(
        self, tool_name: str | Tool, arguments: Mapping[str, Any] | None, **options: Unpack[RequestOptions]
    ) -> PreparedRequest: ...

    def request_preview(self, request: PreparedRequest) -> dict[str, Any]: ...

    def read_json(self, request: PreparedRequest, response: httpx.Response) -> dict[str, Any]: ...


def _pager(core: OperationCore, operation: str | Operation, arguments: Any, options: PageOptions) -> OperationPager:
    """The pager of a list operation, loaded on first paging (the index's paging rules stay out of the import)."""
    from ._pages import OperationPager

    return OperationPager(operation, arguments, options.get("max_items"), core.allowed_tools)


def prepare_operation(
    core: OperationCore, operation: str | Operation, arguments: Mapping[str, Any] | None, options: RequestOptions
) -> PreparedRequest:
    """Validate and encode one call of ``operation`` (by id); nothing is sent."""
    from ._as_tool import check_options, resolve, tool_for

    check_options(options)
    found = resolve(operation, core.allowed_tools)
    return core.prepare(tool_for(found), arguments, **options)


class SyncOperationMethods:
    if TYPE_CHECKING:

        @property
        def core(self) -> OperationCore: ...

        def _send(self, request: PreparedRequest) -> httpx.Response: ...

    def call_operation(
        self,
        operation: str | Operation,
        arguments: Mapping[str, Any] | None = None,
        *,
        dry_run: bool = False,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Run any Stripe operation by its id (``"PostRefunds"``, see ``OPERATIONS``) with ``arguments`` (its
        ``input_schema``: path, query and body parameters by their spec names); Stripe's JSON back.

        Everything ``call`` has: validation before sending, ``dry_run``, ``idempotency_key``/``idempotency_scope``,
        ``stripe_account``, ``max_amount``, retries, typed errors; ``allowed_tools`` may list operation ids or
        globs (``Get*``).
        """
        request = prepare_operation(self.core, operation, arguments, options)
        if dry_run:
            return self.core.request_preview(request)
        return self.core.read_json(request, self._send(request))

    def paginate_operation(
        self, operation: str | Operation, arguments: Mapping[str, Any] | None = None, **options: Unpack[PageOptions]
    ) -> Iterator[dict[str, Any]]:
        """Every object of a list operation (``starting_after``, search ``page`` or ``/v2`` ``next_page_url``)."""
        pager = _pager(self.core, operation, arguments, options)
        while not pager.done:
            page = self.call_operation(pager.operation, pager.arguments, stripe_account=options.get("stripe_account"))
            yield from pager.accept(page)


class AsyncOperationMethods:
    if TYPE_CHECKING:

        @property
        def core(self) -> OperationCore: ...

        async def _send(self, request: PreparedRequest) -> httpx.Response: ...

    async def call_operation(
        self,
        operation: str | Operation,
        arguments: Mapping[str, Any] | None = None,
        *,
        dry_run: bool = False,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """``StripeConnector.call_operation``, awaited."""
        request = prepare_operation(self.core, operation, arguments, options)
        if dry_run:
            return self.core.request_preview(request)
        return self.core.read_json(request, await self._send(request))

    async def paginate_operation(
        self, operation: str | Operation, arguments: Mapping[str, Any] | None = None, **options: Unpack[PageOptions]
    ) -> AsyncIterator[dict[str, Any]]:
        """``StripeConnector.paginate_operation``, as an async iterator."""
        pager = _pager(self.core, operation, arguments, options)
        while not pager.done:
            page = await self.call_operation(
                pager.operation, pager.arguments, stripe_account=options.get("stripe_account")
            )
            for item in pager.accept(page):
                yield item
