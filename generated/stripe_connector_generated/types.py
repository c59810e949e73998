"""Contains some shared types for properties, and Stripe's form encoding"""

from collections.abc import Mapping, MutableMapping

# dataclasses, not attrs, for these two: workflow steps that only call() import this module for the encoder, and
# attrs would add ~10 ms to their first call. The models (which the typed methods load) still use attrs.
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote_plus


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


#: The Stripe API version of the spec this package was generated from: the version its models describe.
STRIPE_API_VERSION = "2023-08-16"


def form_pairs(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Flatten parameters into Stripe's bracket notation, in order: the one encoder for bodies and queries.

    ``{"metadata": {"plan": "gold"}, "payment_method_types": ["card"], "capture": True}`` becomes
    ``metadata[plan]=gold``, ``payment_method_types[0]=card``, ``capture=true``. ``None`` and empty containers
    send nothing (Stripe unsets a field with an empty string, which passes through). Agrees with stripe-python's
    ``_api_encode`` on dicts, lists, strings, ints and bools, except that a bool directly inside a list is sent as
    ``true``/``false`` where stripe-python sends Python's ``True``.
    """
    pairs: list[tuple[str, str]] = []
    _append_mapping(pairs, params, None)
    return pairs


def encode_form(params: Mapping[str, Any]) -> str:
    """``application/x-www-form-urlencoded`` text of :func:`form_pairs` (what Stripe's POST bodies carry): exactly
    ``urllib.parse.urlencode``'s text, quoted by a table for ASCII text (urlencode quotes byte by byte in Python)."""
    return "&".join([_form_quoted(name) + "=" + _form_quoted(value) for name, value in form_pairs(params)])


#: How ``quote_plus(text, safe="")`` writes each ASCII character: unreserved ones as they are, a space as ``+``,
#: every other one as ``%XX``.
_ASCII_QUOTED = tuple(
    chr(code) if chr(code).isalnum() or chr(code) in "_.-~" else "+" if code == 32 else f"%{code:02X}"
    for code in range(128)
)


def _form_quoted(text: str) -> str:
    # An exact str either way, never a subclass of the caller's: its own operators play no part in the join.
    return text.translate(_ASCII_QUOTED) if text.isascii() else quote_plus(text, safe="")


def _append_mapping(pairs: list[tuple[str, str]], params: Mapping[Any, Any], prefix: str | None) -> None:
    # None, not "", marks the top level: a parameter named "" still nests as "[key]", like stripe-python's.
    for key, value in params.items():
        _append_value(pairs, str(key) if prefix is None else f"{prefix}[{key}]", value)


def _append_value(pairs: list[tuple[str, str]], name: str, value: Any) -> None:
    # Ordered by how often each type occurs in Stripe parameters; bool before int, since bool is an int.
    if value is None:
        return
    if isinstance(value, str):
        pairs.append((name, value))
    elif isinstance(value, bool):
        pairs.append((name, "true" if value else "false"))
    elif isinstance(value, int):
        pairs.append((name, str(value)))
    elif isinstance(value, Mapping):
        _append_mapping(pairs, value, name)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _append_value(pairs, f"{name}[{index}]", item)
    else:
        pairs.append((name, str(value)))


__all__ = [
    "STRIPE_API_VERSION",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "encode_form",
    "form_pairs",
]
