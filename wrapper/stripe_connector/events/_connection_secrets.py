"""Where a receiver of many connections finds one connection's webhook secrets: one lookup per delivery.

A platform's receiver serves ``{path}/{connection id}``; each delivery names its connection in its URL, and only
that connection's secrets are tried (never a loop over every secret: that would cost a thousand HMACs per delivery
and accept an event signed for one connection on another's path). The secrets come from

* a mapping (``{"conn_a": "whsec_...", "conn_b": ["whsec_old", "whsec_new"]}``), read in place: it must be in
  memory (a :class:`SecretsDirectory` is one: a ``stat`` per delivery);
* a callable ``connection id -> secrets or None``, sync (run in a few daemon threads: ``events._bounded``) or
  ``async``: the platform's
  database or vault. It gets at most ``timeout`` seconds; one that raises, hangs or returns something that is not a
  secret makes the delivery a 503 (Stripe delivers again later), never a 2xx and never a 4xx that drops the event.

``None`` (or a missing key) is an unknown connection: the receiver then verifies against a decoy secret, so the
answer (status, body) and the work done are those of a bad signature on a known connection.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TypeAlias

from .._request.connection_files import ConnectionFiles
from .._request.connection_id import is_connection_id
from .._request.private_files import Refused
from ..errors import InvalidInputError, WebhookSignatureError
from ._bounded import call_bounded
from ._signature import WebhookSecrets

logger = logging.getLogger("stripe_connector.events")

SecretsLike: TypeAlias = WebhookSecrets | str | Iterable[str]
SecretsResolver: TypeAlias = (
    Mapping[str, SecretsLike] | Callable[[str], SecretsLike | Awaitable[SecretsLike | None] | None]
)
#: How long a callable gets to answer before the delivery is a 503.
DEFAULT_RESOLVE_TIMEOUT = 5.0
#: A secret file holds one to a few secrets (about 40 characters each); larger is the wrong file.
SECRET_FILE_LIMIT = 4096


class SecretsUnavailable(Exception):
    """The connection's secrets could not be found out now (the resolver raised, hung or gave a non-secret)."""


def is_resolver(value: object) -> bool:
    """Whether ``secrets`` given to the receiver are per connection (a mapping or a callable), not one set."""
    return not isinstance(value, WebhookSecrets | str) and (isinstance(value, Mapping) or callable(value))


def as_secrets(value: object) -> WebhookSecrets:
    """``value`` as :class:`WebhookSecrets`; :class:`SecretsUnavailable` if it is not one (never shows it)."""
    if isinstance(value, WebhookSecrets):
        return value
    if isinstance(value, str) or (isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)):
        try:
            return WebhookSecrets(value)
        except WebhookSignatureError as exc:
            raise SecretsUnavailable(f"the resolver gave a value that is not webhook secrets ({exc.reason})") from None
    raise SecretsUnavailable(f"the resolver gave a {type(value).__name__}, not webhook secrets")


class ConnectionSecrets:
    """One lookup per delivery in a :data:`SecretsResolver`, bounded in time (see the module docstring)."""

    def __init__(self, source: SecretsResolver, *, timeout: float = DEFAULT_RESOLVE_TIMEOUT) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 600:
            raise InvalidInputError("resolve_timeout", "must be a number of seconds in (0, 600]")
        self.source = source
        self.timeout = float(timeout)
        #: Decided once, not per delivery (an ``isinstance`` of an ABC costs a few microseconds).
        self._directory = source if isinstance(source, SecretsDirectory) else None
        self._mapping = isinstance(source, Mapping)

    def __repr__(self) -> str:
        # Never the mapping itself: its values are secrets.
        shown = repr(self.source) if isinstance(self.source, SecretsDirectory) else f"<{type(self.source).__name__}>"
        return f"ConnectionSecrets({shown})"

    async def lookup(self, connection: str) -> WebhookSecrets | None:
        """The secrets of ``connection``; None if it is unknown (or not a valid id); else SecretsUnavailable."""
        try:
            if self._directory is not None:  # checks the id itself, and gives secrets or None
                return self._directory.get(connection)  # type: ignore[no-any-return]
            if not is_connection_id(connection):
                return None
            if self._mapping:
                found: object = self.source.get(connection)  # type: ignore[union-attr]
            else:
                found = await call_bounded(self.source, connection, self.timeout)  # type: ignore[arg-type]
        except SecretsUnavailable:
            raise
        except TimeoutError:
            logger.error("webhook secrets of a connection: the resolver took more than %.1f s", self.timeout)
            raise SecretsUnavailable("the resolver did not answer in time") from None
        except Exception as exc:
            # The type only: a resolver's message may quote what it read.
            logger.error("webhook secrets of a connection: the resolver raised %s", type(exc).__name__)
            raise SecretsUnavailable(f"the resolver raised {type(exc).__name__}") from None
        return None if found is None else as_secrets(found)

    def close(self) -> None:
        """Nothing to release: sync resolvers run in the process's daemon threads (``events._bounded``)."""


class SecretsDirectory(ConnectionFiles[WebhookSecrets]):
    """A directory with one secret file per connection, named by its id (``events serve --secrets-dir DIR``).

    A file holds the connection's ``whsec_`` secrets, one per line (two while rolling). Each lookup ``stat``s the
    one file its id names (one system call: no listing, nothing per other connection) and answers from what it
    read last while the file's stamp (mtime, size, device and inode, mode) is unchanged; a changed file is read
    again before the delivery is verified, so a platform adds, rolls and removes connections by writing files,
    without a restart, and a rolled-out secret stops being accepted at the next delivery (write a new file and
    ``rename`` it over the old one: a reader never sees half a file, and a new inode always counts as a change).
    A file that others can read or write, that is not a regular file, or that holds no valid secret (e.g.
    truncated mid-write) is refused: :class:`SecretsUnavailable`, which the receiver answers with a 503 so Stripe
    delivers again once it is fixed; a refusal is never remembered. Its content is never logged.
    Only names that are connection ids are looked up (no ``..``, no dotfiles): the path cannot leave the directory.
    The stat and the read keep the GIL (:mod:`.._request.file_stamps`): on the event loop, handing it to the inbox's
    threads for each call cost more than the calls. The mechanism is :mod:`.._request.private_files`, shared with
    ``mcp --keys-dir``.
    """

    limit = SECRET_FILE_LIMIT

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, "secrets_dir", others_could=" (they could add a connection)")

    def parse(self, data: bytes) -> WebhookSecrets:
        try:
            return WebhookSecrets([line.strip() for line in data.decode("ascii").splitlines() if line.strip()])
        except (UnicodeDecodeError, WebhookSignatureError):
            raise Refused("it holds no whsec_ secret (empty, truncated or not one)") from None

    def refused(self, file: str, why: str) -> SecretsUnavailable:
        logger.error("secret file %s refused: %s", file, why)
        return SecretsUnavailable(f"the secret file of a connection is refused: {why}")
