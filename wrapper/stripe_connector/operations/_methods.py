"""``call_operation`` and ``paginate_operation``: every Stripe operation, on both connectors.

A mixin of the connectors (like the generated typed methods): it prepares with the shared core
(``operations._as_tool``) and sends with the connector's own ``_send``, so retries, deadlines, rate limits and
typed errors are the ones ``call`` has.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Unpack

from .._types.options import PageOptions, RequestOptions

if TYPE_CHECKING:
    import httpx

    from .._request.sinks import FileSink
    from .._types.call_result import Download
    from .._types.options import PreparedRequest
    from ..tools.catalogue import Tool
    from ._index import Operation
    from ._meter_stream import AsyncMeterEventStream, MeterEventStream
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

    def read_binary(self, request: PreparedRequest, response: httpx.Response, expected: str) -> Download: ...


def _pager(core: OperationCore, operation: str | Operation, arguments: Any, options: PageOptions) -> OperationPager:
    """The pager of a list operation, loaded on first paging (the index's paging rules stay out of the import)."""
    from ._pages import OperationPager

    return OperationPager(operation, arguments, options.get("max_items"), core.allowed_tools)


def prepare_operation(
    core: OperationCore, operation: str | Operation, arguments: Mapping[str, Any] | None, options: RequestOptions
) -> PreparedRequest:
    """Validate and encode one call of ``operation`` (by id); nothing is sent."""
    return prepare_call(core, operation, arguments, options)[0]


def prepare_call(
    core: OperationCore, operation: str | Operation, arguments: Mapping[str, Any] | None, options: RequestOptions
) -> tuple[PreparedRequest, Operation]:
    """Validate and encode one call of ``operation`` (by id), to its own host; nothing is sent.

    An upload's file arguments (a path, bytes, a binary file object) are read here, once (``_request.uploads``).
    """
    from ._as_tool import check_options, read_files, resolve, tool_for

    check_options(options)
    found = resolve(operation, core.allowed_tools)
    request = core.prepare(tool_for(found), read_files(found, arguments), **options)
    request.host = found.host
    return request, found


def refuse_binary(found: Operation) -> None:
    """``call_operation`` returns JSON: an operation that answers a file has ``download_operation`` instead."""
    if found.is_binary:
        from ..errors import InvalidInputError

        raise InvalidInputError(
            "operation",
            f"{found.id} answers {found.answer}, not JSON: download_operation({found.id!r}, ...) returns its bytes",
        )


def binary_only(found: Operation) -> None:
    if not found.is_binary:
        from ..errors import InvalidInputError

        raise InvalidInputError("operation", f"{found.id} answers JSON: call_operation({found.id!r}, ...) returns it")


def read_download(
    core: OperationCore, request: PreparedRequest, found: Operation, response: httpx.Response
) -> Download:
    return core.read_binary(request, response, found.answer)


def prepare_download(
    core: OperationCore,
    operation: str | Operation,
    arguments: Mapping[str, Any] | None,
    out: str | os.PathLike[str] | None,
    options: RequestOptions,
) -> tuple[PreparedRequest, Operation, FileSink | None]:
    """A binary operation's request; with ``out``, its answer is streamed to that file (``_request.sinks``)."""
    request, found = prepare_call(core, operation, arguments, options)
    binary_only(found)
    if out is None:
        return request, found, None
    from .._request.sinks import FileSink

    request.sink = FileSink(Path(out), found.answer)
    return request, found, request.sink


def finish_download(download: Download, sink: FileSink | None) -> Download:
    """The answer judged good: a streamed one becomes its file, described by its path and size."""
    if sink is None:
        return download
    from .._types.call_result import Download as Answer

    sink.commit()
    return Answer(b"", download.content_type, download.request_id, path=str(sink.path), size=sink.size)


@contextmanager
def discarded_on_failure(sink: FileSink | None) -> Iterator[None]:
    """A download that fails in any way (cut, refused, an error answer, cancelled) leaves no file behind."""
    try:
        yield
    except BaseException:
        if sink is not None:
            sink.discard()
        raise


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
        request, found = prepare_call(self.core, operation, arguments, options)
        if dry_run:
            return self.core.request_preview(request)
        refuse_binary(found)
        return self.core.read_json(request, self._send(request))

    def download_operation(
        self,
        operation: str | Operation,
        arguments: Mapping[str, Any] | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Download:
        """Run an operation whose answer is a file (``GetQuotesQuotePdf``): its exact bytes and content type.

        Sent like ``call_operation`` (its own host, retries, typed errors; errors are JSON as everywhere), read
        within ``max_response_bytes``, never parsed. ``out``: a path the answer is streamed to as it arrives
        (never whole in memory; mode 0600; the file appears only once the whole answer was read).
        """
        request, found, sink = prepare_download(self.core, operation, arguments, out, options)
        with discarded_on_failure(sink):
            return finish_download(read_download(self.core, request, found, self._send(request)), sink)

    def meter_event_stream(self) -> MeterEventStream:
        """A meter event stream (``stream.send(events)``): its session opened, renewed and its token used only on
        the meter events host (see ``stripe_connector.operations._meter_stream``)."""
        from ._meter_stream import MeterEventStream

        return MeterEventStream(self)

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
        request, found = prepare_call(self.core, operation, arguments, options)
        if dry_run:
            return self.core.request_preview(request)
        refuse_binary(found)
        return self.core.read_json(request, await self._send(request))

    async def download_operation(
        self,
        operation: str | Operation,
        arguments: Mapping[str, Any] | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Download:
        """``StripeConnector.download_operation``, awaited."""
        request, found, sink = prepare_download(self.core, operation, arguments, out, options)
        with discarded_on_failure(sink):
            return finish_download(read_download(self.core, request, found, await self._send(request)), sink)

    def meter_event_stream(self) -> AsyncMeterEventStream:
        """``StripeConnector.meter_event_stream``, for ``await stream.send(events)``."""
        from ._meter_stream import AsyncMeterEventStream

        return AsyncMeterEventStream(self)

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
