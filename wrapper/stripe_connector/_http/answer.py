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
from typing import TYPE_CHECKING, Any

from .._request.sinks import GENERIC_BINARY
from .._request.validation import has_surrogate
from .._types.call_result import Download
from .._types.from_spec import success_parser
from .._types.options import PreparedRequest
from ..errors import StripeResponseError, api_error_from_response

if TYPE_CHECKING:
    import httpx


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


#: Media types a JSON answer may claim (none at all is taken as JSON too: Stripe always sends one, doubles may not).
JSON_MEDIA_TYPES = ("application/json", "text/json")


def media_type(response: httpx.Response) -> str:
    """The answer's ``Content-Type`` without parameters, in lower case ("" when there is none)."""
    return str(response.headers.get("content-type") or "").split(";")[0].strip().lower()


def claims_json(media: str) -> bool:
    return media in JSON_MEDIA_TYPES or media.endswith("+json")


def read_json(request: PreparedRequest, response: httpx.Response) -> dict[str, Any]:
    """Stripe's JSON, unchanged, or the typed error the response stands for.

    A success that says it is something else (``application/pdf``, an image) is refused, not parsed: it is not
    the answer this operation has, whatever its bytes look like.
    """
    if response.status_code >= 300:
        raise api_error_from_response(response.status_code, response.content, response.headers.get("request-id"))
    media = media_type(response)
    if media and not claims_json(media) and not media.startswith("text/"):
        raise _unreadable(request, response, f"with {media[:80]}, not JSON")
    try:
        decoded = decode_answer(response.content)
    except UnreadableAnswer as exc:
        raise _unreadable(request, response, f"with unreadable JSON: {exc}") from None
    if not isinstance(decoded, dict):
        raise _unreadable(request, response, "without a JSON object")
    return decoded


def _unreadable(request: PreparedRequest, response: httpx.Response, what: str) -> StripeResponseError:
    """A success that is not the JSON object the operation answers (the request id looked up only then)."""
    return StripeResponseError(
        f"{request.tool}: Stripe answered HTTP {response.status_code} {what}",
        http_status=response.status_code,
        request_id=response.headers.get("request-id"),
    )


def parse_typed(request: PreparedRequest, response: httpx.Response, stripe_version: str) -> Any:
    """The generated model of a successful response (decoded once), from the generated parser registry."""
    data = read_json(request, response)  # raises the typed error for anything but a JSON object
    if request.operation is None:
        return data
    try:
        return success_parser(request.operation)(data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise StripeResponseError(
            f"{request.tool}: the response does not match Stripe API {stripe_version} "
            f"({type(exc).__name__}: {exc}); call() returns it as plain JSON",
            http_status=response.status_code,
            request_id=response.headers.get("request-id"),
        ) from None


def read_binary(request: PreparedRequest, response: httpx.Response, expected: str) -> Download:
    """A binary answer's bytes and content type (never parsed), or the typed error the response stands for.

    Errors come as JSON, as on every operation. A success must claim the media type the spec gives it
    (``expected``) or a generic binary one; one that claims JSON (or text) is refused: it is not the file asked
    for, and its bytes are not read as JSON either.
    """
    request_id = response.headers.get("request-id")
    if response.status_code >= 300:
        raise api_error_from_response(response.status_code, response.content, request_id)
    media = media_type(response)
    if media not in (expected.lower(), GENERIC_BINARY, ""):
        raise StripeResponseError(
            f"{request.tool}: Stripe answered HTTP {response.status_code} with {media[:80]} where {expected} was "
            "expected; not read",
            http_status=response.status_code,
            request_id=request_id,
        )
    return Download(response.content, media or expected, request_id)
