"""``stripe-connector events serve|poll|endpoint|status|replay``: the events from a shell or a workflow runner.

``serve`` and ``poll`` hand events on the same way: each stored event is printed once as one JSON line (Stripe's
event, whole) on stdout, after it is stored, and marked done after the line is flushed. A restart prints what was
stored but not yet handed on: what a killed run had claimed once its lease (``--lease-seconds``) runs out, and at
once after a clean stop, which gives its claims back. Nothing is taken over at start, so any number of dispatching
``serve`` and ``poll`` processes share one store, each claim printed by the process that holds it. Secrets come
from files only (``--secret-file``, repeatable while rolling, or ``--secrets-dir`` with one file per connection), are
never printed, and ``serve`` refuses to start without one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import threading
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING, Any

from .._request.connection_id import check_connection_id
from ..errors import InvalidInputError, WebhookSignatureError

if TYPE_CHECKING:
    from ..events._store import InboxStore, StoredEvent

DEFAULT_STORE = "sqlite:///stripe-events.db"
DESCRIPTION = (
    "Receive, store and hand on Stripe events. serve and poll print each stored event once as one JSON line on "
    "stdout, after it is stored; a restart prints what was stored but not yet handed on (what a killed run had "
    "claimed: once its lease runs out). Any number of them may dispatch from one store: each event is printed by "
    "one of them, once while all live, again only after a kill mid-line. Secrets come from files "
    "only (--secret-file, repeatable while rolling; --secrets-dir, one file per connection) and are never printed; "
    'serve refuses to start without one. An event of a connection carries "connection": "<id>" beside '
    "Stripe's fields."
)
SECRET_FILE_LIMIT = 4096
ConnectorFactory = Callable[[], Mapping[str, Any]]


def add_events_parser(commands: Any, add_connection_options: Callable[[argparse.ArgumentParser, str], None]) -> None:
    """Register ``events`` and its subcommands on the CLI's subparsers (``cli.py`` calls this)."""
    events = commands.add_parser("events", description=DESCRIPTION)
    sub = events.add_subparsers(dest="events_command", metavar="EVENTS_COMMAND", parser_class=type(events))
    sub.required = True

    serve = sub.add_parser("serve", help="receive webhooks: verify, store, print each new event as a JSON line")
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 picks a free one)")
    serve.add_argument("--path", default="/stripe/webhook", help="URL path (default /stripe/webhook)")
    serve.add_argument("--secret-file", action="append", default=[], metavar="PATH",
                       help="file holding an endpoint secret (whsec_...); repeat while rolling secrets")  # fmt: skip
    serve.add_argument("--secrets-dir", metavar="DIR",
                       help="many connections: serve PATH/<connection id>, each verified with the secrets in "
                            "DIR/<connection id> (0600, one whsec_ per line; re-read when it changes)")  # fmt: skip
    serve.add_argument("--max-body", type=int, default=1024 * 1024, metavar="BYTES", help="body cap (1 MiB)")
    serve.add_argument("--no-dispatch", action="store_true", help="store only; another process hands on")
    _lease_option(serve)
    serve.add_argument("--read-timeout", type=float, default=None, metavar="SECONDS",
                       help="seconds a client has to send a whole request before it is cut off (10)")  # fmt: skip
    _store_option(serve)

    poll = sub.add_parser("poll", help="catch up from /v1/events after a durable cursor (same inbox, same dedupe)")
    poll.add_argument("--types", metavar="A,B", help="event types to read (default: all)")
    poll.add_argument("--lag", type=int, default=10, metavar="SECONDS", help="never read newer than this (10)")
    poll.add_argument("--follow", action="store_true", help="keep polling (every --interval seconds)")
    poll.add_argument("--interval", type=float, default=5.0, metavar="SECONDS", help="with --follow (5)")
    poll.add_argument("--cursor", default="default", metavar="NAME", help="cursor name (one per poller)")
    poll.add_argument("--on-expired", choices=["restart", "error"], default="restart",
                      help="a cursor older than Stripe's 30-day retention: restart from the oldest event (default) "
                           "or fail")  # fmt: skip
    poll.add_argument("--no-dispatch", action="store_true", help="store only; another process hands on")
    _lease_option(poll)
    _connection_option(poll, "the connection these events belong to (its own cursor in the inbox)")
    _store_option(poll)
    add_connection_options(poll, "")

    endpoint = sub.add_parser("endpoint", help="create or update the webhook endpoint for a URL (never recreate)")
    endpoint.add_argument("--url", required=True, help="the receiver's public URL")
    endpoint.add_argument("--events", required=True, metavar="A,B", help="event types to enable ('*' for all)")
    endpoint.add_argument("--secret-file", required=True, metavar="PATH",
                          help="where a new endpoint's secret is written (0600); never printed")  # fmt: skip
    endpoint.add_argument("--description", help="the endpoint's description")
    add_connection_options(endpoint, "")

    status = sub.add_parser("status", help="how many stored events are pending, done, failed, dead")
    status.add_argument("--list", choices=["pending", "done", "failed", "dead"], help="also list these")
    _store_option(status)

    replay = sub.add_parser("replay", help="hand a dead (or any) event on again")
    replay.add_argument("event_id", metavar="EVENT_ID")
    replay.add_argument("--account", default="", help="the connected account (acct_...) it came from")
    _connection_option(replay, "the connection it came through")
    _store_option(replay)


def _connection_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--connection", default="", metavar="ID", help=f"{what} (default: the single connection)")


def _lease_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lease-seconds", type=float, default=30.0, metavar="SECONDS",
                        help="how long a claim outlives a killed process before another hands its event on; renewed "
                             "every third of it while alive (30)")  # fmt: skip


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        default=os.environ.get("STRIPE_EVENTS_STORE", DEFAULT_STORE),
        metavar="URL",
        help=f"sqlite:///PATH or postgresql://... (default $STRIPE_EVENTS_STORE or {DEFAULT_STORE})",
    )


def run_events(args: argparse.Namespace, out: IO[str], err: IO[str], connector_options: ConnectorFactory) -> int:
    """Run ``events <subcommand>``; errors propagate to the CLI's one error path (JSON on stderr, exit code)."""
    command = args.events_command
    if command == "serve":
        return serve_webhooks(args, out, err)
    if command == "endpoint":
        return endpoint(args, out, connector_options)
    from ..events._open import open_store

    store = open_store(args.store)
    try:
        if command == "poll":
            return poll(args, store, out, err, connector_options)
        if command == "status":
            from ..events._status import inbox_status

            status = inbox_status(store)  # the numbers the stripe_connector.events.inbox gauge reports
            report: dict[str, Any] = {"counts": status.counts}
            if set(status.connections) - {""}:
                report["connections"] = status.connections
            if args.list:
                report["events"] = [_summary(item) for item in store.list(args.list, limit=1000)]
            out.write(json.dumps(report) + "\n")
            return 0
        if not store.replay(args.account, args.event_id, connection=check_connection_id(args.connection)):
            raise InvalidInputError("event_id", f"no stored event {args.event_id!r} for account {args.account!r}"
                                    + (f" on connection {args.connection!r}" if args.connection else ""))  # fmt: skip
        out.write(json.dumps({"replayed": args.event_id}) + "\n")
        return 0
    finally:
        store.close()


def _summary(item: StoredEvent) -> dict[str, Any]:
    return {"id": item.event_id, "account": item.account, "connection": item.connection, "type": item.type,
            "state": item.state, "attempts": item.attempts, "error": item.last_error}  # fmt: skip


def read_secret_file(path: str) -> str:
    """The secret in ``path`` (whitespace around it stripped); errors name the file, never its content."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(SECRET_FILE_LIMIT + 1)
    except OSError as exc:
        raise InvalidInputError("secret_file", f"cannot read {path}: {exc.strerror or type(exc).__name__}") from None
    if len(data) > SECRET_FILE_LIMIT:
        raise InvalidInputError("secret_file", f"{path} is larger than {SECRET_FILE_LIMIT} bytes: not a secret file")
    try:
        secret = data.decode("ascii").strip()
    except UnicodeDecodeError:
        raise InvalidInputError("secret_file", f"{path} is not ASCII text") from None
    if not secret:
        raise InvalidInputError("secret_file", f"{path} is empty")
    return secret


class LinePrinter:
    """The hand-off of the CLI: one JSON line per event on ``out``, flushed before the event is marked done."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.lock = threading.Lock()

    def __call__(self, item: StoredEvent) -> None:
        payload = item.payload
        if b"\n" in payload or b"\r" in payload or not payload.isascii():
            line = json.dumps(json.loads(payload), separators=(",", ":"), ensure_ascii=True)
        else:
            line = payload.decode("ascii")  # already one ASCII line: as Stripe sent it
        if item.connection:
            # Last, so that it wins over a field of that name Stripe might add one day (JSON readers keep the last).
            line = line.rstrip()[:-1] + f',"connection":{json.dumps(item.connection)}}}'
        with self.lock:
            self.out.write(line + "\n")
            self.out.flush()


def _secrets(paths: list[str], directory: str | None = None) -> Any:
    from ..events._signature import WebhookSecrets

    if directory is not None:
        if paths:
            raise InvalidInputError("secrets_dir", "give --secret-file (one connection) or --secrets-dir (many)")
        from ..events._connection_secrets import SecretsDirectory

        return SecretsDirectory(directory)
    if not paths:
        raise InvalidInputError(
            "secret_file", "events serve needs --secret-file PATH: it never accepts unsigned events"
        )
    try:
        return WebhookSecrets([read_secret_file(path) for path in paths])
    except WebhookSignatureError as exc:
        raise InvalidInputError("secret_file", str(exc)) from None


def serve_webhooks(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    secrets = _secrets(args.secret_file, args.secrets_dir)  # before anything else: no secret, no server
    if not 0 <= args.port <= 65535:
        raise InvalidInputError("port", "must be 0..65535")
    from .._host_parts.serving import DEFAULT_READ_TIMEOUT, check_read_timeout, serve_on

    read_timeout = DEFAULT_READ_TIMEOUT if args.read_timeout is None else check_read_timeout(args.read_timeout)
    try:
        import uvicorn  # noqa: F401 - the events extra; said before anything starts
    except ImportError:
        raise InvalidInputError(
            "events", "events serve needs uvicorn: pip install 'stripe-connector[events]'"
        ) from None
    from ..events._dispatch import Dispatcher
    from ..events._open import open_store
    from ..events._receiver import webhook_app

    lease = _lease(args.lease_seconds)
    store = open_store(args.store)
    stop = threading.Event()
    dispatcher = Dispatcher(store, LinePrinter(out), lease_seconds=lease, poll_interval=1.0)
    thread = None
    if not args.no_dispatch:
        # No lease is taken over at start: other dispatching processes may share this store, and their claims are
        # theirs while they live. A killed run's claims are due again when their lease runs out.
        thread = threading.Thread(target=dispatcher.run_forever, args=(stop,), name="stripe-events-dispatch")
        thread.start()
    app = webhook_app(store, secrets, path=args.path, max_body=args.max_body,
                      on_stored=lambda _event: dispatcher.wake.set())  # fmt: skip
    try:
        family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        # proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and without
        # it a response's body waits for the client's delayed ACK of its headers (40 ms per request here).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((args.host, args.port))
        except OSError as exc:
            raise InvalidInputError("port", f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
        host, port = sock.getsockname()[:2]

        def ready() -> None:  # once connections are accepted: a client that connects on reading this is served
            url = f"http://{host}:{port}{args.path}" + ("/<connection id>" if args.secrets_dir is not None else "")
            err.write(json.dumps({"listening": url, "store": repr(store)}) + "\n")
            err.flush()

        serve_on(app, sock, read_timeout=read_timeout, keep_alive=30, on_ready=ready).run(sockets=[sock])
    finally:
        stop.set()
        dispatcher.wake.set()
        if thread is not None:
            thread.join()
            _give_back(dispatcher, err)
        app.close()
        store.close()
    return 0


def _lease(seconds: float) -> float:
    if not seconds > 0 or seconds == float("inf"):
        raise InvalidInputError("lease_seconds", "must be a number of seconds > 0")
    return seconds


def _give_back(dispatcher: Any, err: IO[str]) -> None:
    """A clean stop gives its claims back (a handler past its timeout may still hold some): due again at once for
    the other dispatchers or the next run, instead of one lease later. A store that fails here only delays them."""
    try:
        dispatcher.release()
    except Exception as exc:
        err.write(json.dumps({"warning": f"could not give back the claims at stop ({type(exc).__name__}): they are "
                                         "due again when their lease runs out"}) + "\n")  # fmt: skip


def poll(
    args: argparse.Namespace, store: InboxStore, out: IO[str], err: IO[str], connector_options: ConnectorFactory
) -> int:
    from ..events._dispatch import Dispatcher
    from ..events._poller import EventPoller

    if args.lag < 0:
        raise InvalidInputError("lag", "must be >= 0 seconds")
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    dispatcher = Dispatcher(store, LinePrinter(out), lease_seconds=_lease(args.lease_seconds))
    from .._clients.sync_client import StripeConnector  # httpx: only when run

    with StripeConnector(**connector_options()) as connector, contextlib.ExitStack() as cleanup:
        if not args.no_dispatch:
            cleanup.callback(_give_back, dispatcher, err)
        poller = EventPoller(connector, store, types=types, lag=args.lag, cursor=args.cursor,
                             on_expired=args.on_expired, connection=args.connection)  # fmt: skip
        stop = threading.Event()
        while True:
            result = poller.poll_once()
            for warning in result.warnings:
                err.write(json.dumps({"warning": warning}) + "\n")
            err.write(json.dumps({"read": result.read, "added": result.added, "pages": result.pages,
                                  "cursor": result.cursor}) + "\n")  # fmt: skip
            err.flush()
            if not args.no_dispatch:
                dispatcher.run_until_idle()
            if not args.follow:
                return 0
            stop.wait(args.interval)


def endpoint(args: argparse.Namespace, out: IO[str], connector_options: ConnectorFactory) -> int:
    from ..events._endpoints import ensure_webhook_endpoint

    events = [e.strip() for e in args.events.split(",") if e.strip()]
    from .._clients.sync_client import StripeConnector  # httpx: only when run

    with StripeConnector(**connector_options()) as connector:
        result = ensure_webhook_endpoint(connector, args.url, events, secret_file=args.secret_file,
                                         description=args.description)  # fmt: skip
    out.write(json.dumps(result.as_json()) + "\n")
    return 0
