"""What names a connection: one short token that is safe as a URL path segment, a file name and a SQL key.

A platform serves many Stripe connections (one per customer) from one receiver, one inbox and one poller process;
each is named by an id the platform chooses. The id becomes the last segment of the webhook URL
(``/stripe/webhook/<id>``), the name of its secret file in ``--secrets-dir`` (and of its key file in ``mcp
--keys-dir``), part of the inbox's key and of an export's checkpoint name, so it is restricted to what is harmless
in all of them: ASCII letters, digits, ``_`` and ``-``, 1-128 characters, starting with a letter or digit. No
dots at all: no ``..``, no dotfiles, no editor's ``conn.swp`` taken for a connection. ``""`` is the single
connection of a receiver, poller or inbox that serves only one.
"""

from __future__ import annotations

import re

from ..errors import InvalidInputError

CONNECTION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")
#: The connection of a single-connection receiver, poller and inbox (everything before connections existed).
SINGLE = ""


def is_connection_id(value: object) -> bool:
    """Whether ``value`` is a valid connection id (never raises: for untrusted input such as a URL path)."""
    return isinstance(value, str) and CONNECTION_ID.fullmatch(value) is not None


def check_connection_id(value: object, param: str = "connection") -> str:
    """``value`` if it is ``""`` or a valid connection id; else :class:`InvalidInputError` naming ``param``.

    The message never repeats the value: it may be a token or a secret pasted in the wrong place.
    """
    if value == SINGLE or is_connection_id(value):
        return value  # type: ignore[return-value]
    raise InvalidInputError(
        param, "a connection id is 1-128 ASCII letters, digits, '_' or '-', starting with a letter or digit"
    )
