"""Reading an answer's bytes as JSON, strictly: what Python's ``json`` lets through that JSON (and Stripe) does not.

A server the caller does not control (a proxy, a broken middlebox, a fake) can answer anything. ``json.loads``
accepts ``NaN``/``Infinity`` tokens, numbers that overflow to ``inf``, raw or escaped lone surrogates (``"\\ud800"``,
which no UTF-8 writer can print later) and, for deep nesting, raises ``RecursionError`` rather than ``ValueError``.
Each of those is refused here with a reason, so the connector reports it as the server's fault
(:class:`~stripe_connector.errors.StripeResponseError`) instead of failing later in the caller's hands.
"""

from __future__ import annotations

import json
import math
from typing import Any

#: An escaped UTF-16 surrogate (``\ud800``-``\udfff``); only answers containing one are searched for lone ones.

def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (\\ud800-\\udfff): text that UTF-8 cannot carry.

    No regular expression: compiling one would cost a first call about a millisecond.
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class UnreadableAnswer(ValueError):
    """Why an answer is not acceptable JSON (the message names the reason, never the content)."""


def _refuse_constant(token: str) -> Any:
    raise UnreadableAnswer(f"the non-standard JSON token {token}")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise UnreadableAnswer("a number too large for a float")
    return value


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)


def decode_answer(content: bytes) -> Any:
    """The JSON value of ``content`` (strict UTF-8, standard JSON); raises :class:`UnreadableAnswer`."""
    try:
        text = content.decode("utf-8")  # strict: UTF-8-encoded surrogates are refused here
        value = _DECODER.decode(text)
    except UnreadableAnswer:
        raise
    except RecursionError:
        raise UnreadableAnswer("JSON nested deeper than Python can read") from None
    except UnicodeDecodeError:
        raise UnreadableAnswer("a body that is not UTF-8") from None
    except ValueError as exc:  # JSONDecodeError, or an integer longer than Python's digit limit
        raise UnreadableAnswer(f"invalid JSON ({str(exc).split(':')[0]})") from None
    # Only an escape can put a surrogate into decoded text (strict UTF-8 refused the raw bytes above).
    if (b"\\ud" in content or b"\\uD" in content) and has_lone_surrogate(value):
        raise UnreadableAnswer("a lone UTF-16 surrogate in a string")
    return value


def has_lone_surrogate(value: Any) -> bool:
    """Whether any string (key or value) in a decoded JSON value holds a surrogate; iterative, for any depth."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_surrogate(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
