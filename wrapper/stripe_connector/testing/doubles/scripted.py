"""A Stripe double that answers from a script: the unit tests' server, for any wire behaviour a test wants to see.

The connector's job is what goes over the wire (method, path, query, headers, form body) and what it does with
each answer (retry, raise, return unchanged), so its tests talk to a real HTTP server:

* every request is recorded as a :class:`~stripe_connector.testing.Recorded` (``requests``, ``count``, ``last``);
* answers come from a script: a list of :class:`~stripe_connector.testing.Reply` consumed in order, then
  ``default`` (a reply, or a function of the request, for answers that depend on the request);
* a reply can wait (``delay``, cut short on stop), drop the connection (``drop``), or be any status, header and
  body, so faults (a 429 with ``Retry-After``, a 5xx, a body that is not JSON) are one line each.

Usage::

    with ScriptedStripe([Reply(503), Reply(200, json={"id": "cus_1"})]) as server:
        connector = StripeConnector(API_KEY, base_url=server.url)
        ...
        assert server.count == 2
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ._server import DoubleServer, Recorded, Reply, ServerConfig

#: A function that answers a request (a scripted server's ``default``).
Responder = Callable[[Recorded], Reply]

#: What the server answers when the script is exhausted and no default was given: a final 4xx (never retried),
#: so a test that sends more than it scripted fails on a clear message instead of hanging or retrying.
UNSCRIPTED = Reply(
    418,
    json={"error": {"type": "invalid_request_error", "message": "ScriptedStripe: no scripted reply left"}},
)


class ScriptedStripe(DoubleServer):
    """A real HTTP/1.1 server answering from a script; see the module docstring."""

    def __init__(
        self,
        script: Iterable[Reply] = (),
        *,
        default: Reply | Responder | None = None,
        server: ServerConfig | None = None,
    ) -> None:
        super().__init__(server=server)
        self._script: list[Reply] = list(script)
        self._default: Reply | Responder = default if default is not None else UNSCRIPTED

    def reset(self, *replies: Reply, default: Reply | Responder | None = None) -> None:
        """Forget the requests seen and start a new script: one server can serve a whole test module."""
        with self._lock:
            self.requests.clear()
            self._script = list(replies)
            self._default = default if default is not None else UNSCRIPTED

    def script(self, *replies: Reply) -> None:
        """Replace what is left of the script."""
        with self._lock:
            self._script = list(replies)

    def add(self, *replies: Reply) -> None:
        """Append to the script."""
        with self._lock:
            self._script.extend(replies)

    def handle(self, request: Recorded) -> Reply:
        with self._lock:
            chosen = self._next()
        return chosen if isinstance(chosen, Reply) else chosen(request)

    def _serve(self, request: Recorded) -> Reply:
        # Recorded and chosen under one lock: the n-th request recorded is the one that gets the n-th reply.
        with self._lock:
            self.requests.append(request)
            chosen = self._next()
        return chosen if isinstance(chosen, Reply) else chosen(request)

    def _next(self) -> Reply | Responder:
        """The next scripted reply, else the default (the caller holds the lock)."""
        return self._script.pop(0) if self._script else self._default


def running_scripted(
    script: Iterable[Reply] = (), *, default: Reply | Responder | None = None
) -> Iterator[ScriptedStripe]:
    """Generator for a pytest fixture: ``yield from running_scripted(...)`` starts a server and always stops it."""
    with ScriptedStripe(script, default=default) as server:
        yield server
