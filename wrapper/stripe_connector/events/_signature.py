"""Verifying a webhook delivery: the ``Stripe-Signature`` header against one or more endpoint secrets.

Stripe signs ``"{t}.{raw body}"`` with HMAC-SHA256 under the endpoint's secret and sends
``Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...][,v0=...]``. While a secret is being rolled, Stripe sends
one ``v1`` per active secret, so *any* ``v1`` matching *any* configured secret counts; other schemes (``v0``, test
schemes) are ignored. Everything here fails closed with a :class:`WebhookSignatureError` whose ``reason`` says which
check failed, and compares in constant time (:func:`hmac.compare_digest`).

Where stripe-python's ``WebhookSignature.verify_header`` has the same rule, the two agree (the tests use it as the
judge on a corpus of valid and tampered deliveries). We are stricter in these documented ways:

* a timestamp more than ``tolerance`` seconds in the **future** is refused (stripe-python checks only the past);
* ``t`` must be plain decimal digits (Python's ``int()`` also takes ``" 12"``, ``"+12"``, ``"1_2"``);
* several ``t=`` items, a header over 8 KiB or with more than 64 items, and an item without ``=`` are malformed
  (an item's value ends at a second ``=``, as in stripe-python: ``v1=<sig>=x`` is the signature ``<sig>``);
* a secret must look like one (``whsec_`` and no whitespace); stripe-python only refuses a blank secret;
* a body that is not UTF-8 is verified over its bytes and then refused as not an event (stripe-python raises
  ``UnicodeDecodeError`` first).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Iterable, Sequence
from typing import NoReturn, TypedDict

from ..errors import WebhookSignatureError

DEFAULT_TOLERANCE = 300


class SignatureChecks(TypedDict, total=False):
    """The optional checks of :func:`verify_signature`, for the functions that pass them on to it."""

    tolerance: int
    now: float | None


SCHEME = "v1"
MAX_HEADER_CHARS = 8192
MAX_HEADER_ITEMS = 64
_DIGITS = re.compile(r"[0-9]{1,12}")
_SECRET = re.compile(r"whsec_[\x21-\x7e]{1,500}")


class WebhookSecrets:
    """The endpoint secrets a delivery may be signed with (more than one while a secret is rolled).

    Its repr names how many there are, never what they are, and it refuses to be pickled: a secret must not reach a
    log, a traceback's locals, a Celery result or a multiprocessing pipe.
    """

    __slots__ = ("_keys",)

    def __init__(self, secrets: str | Iterable[str] | None) -> None:
        if secrets is None:
            _fail("no_secret", "no webhook secret was given (None: is the variable or file that holds it set?)")
        if isinstance(secrets, bytes | bytearray):
            _fail("malformed_secret", "a webhook secret must be a str (whsec_...), not bytes")
        try:
            values = [secrets] if isinstance(secrets, str) else list(secrets)
        except TypeError:
            _fail("no_secret", f"the webhook secrets must be a string or strings, not {type(secrets).__name__}")
        if not values:
            _fail("no_secret", "no webhook secret was given: refusing to accept unverified deliveries")
        keys = []
        for value in values:
            if not isinstance(value, str) or not value.strip():
                _fail("no_secret", "a webhook secret is empty or not a string")
            if not _SECRET.fullmatch(value):
                _fail("malformed_secret", "a webhook secret must start with whsec_ and contain no whitespace")
            keys.append(value.encode("ascii"))
        self._keys: tuple[bytes, ...] = tuple(keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"WebhookSecrets(<{len(self._keys)} redacted>)"

    def __reduce__(self) -> NoReturn:
        raise TypeError("WebhookSecrets cannot be pickled: secrets stay in the process that loaded them")

    def sign(self, payload: bytes, timestamp: int) -> list[str]:
        """The hex ``v1`` signature of ``payload`` at ``timestamp`` under each secret (for tests and tools)."""
        signed = str(timestamp).encode("ascii") + b"." + payload
        return [hmac.new(key, signed, hashlib.sha256).hexdigest() for key in self._keys]

    def matches(self, payload: bytes, timestamp: int, signatures: Sequence[str]) -> bool:
        """True when any signature matches any secret; every pair is compared, in constant time."""
        found = False
        for expected in self.sign(payload, timestamp):
            for candidate in signatures:
                found |= hmac.compare_digest(expected.encode("ascii"), candidate.encode("ascii", "replace"))
        return found


def signature_header(
    payload: bytes, secrets: WebhookSecrets | str | Iterable[str], timestamp: int | None = None
) -> str:
    """The ``Stripe-Signature`` header Stripe would send for ``payload`` (one ``v1`` per secret): for tests."""
    keys = secrets if isinstance(secrets, WebhookSecrets) else WebhookSecrets(secrets)
    stamp = int(time.time()) if timestamp is None else timestamp
    return ",".join([f"t={stamp}", *(f"{SCHEME}={sig}" for sig in keys.sign(payload, stamp))])


def parse_header(header: str | None) -> tuple[int, list[str]]:
    """``(timestamp, v1 signatures)`` of a ``Stripe-Signature`` header, or a :class:`WebhookSignatureError`."""
    if header is None or not header.strip():
        _fail("missing_header", "the Stripe-Signature header is missing or blank")
    if len(header) > MAX_HEADER_CHARS:
        _fail("malformed_header", f"the Stripe-Signature header is longer than {MAX_HEADER_CHARS} characters")
    timestamps, signatures = _split(header)
    if not timestamps:
        _fail("no_timestamp", "the Stripe-Signature header has no t= timestamp")
    if len(timestamps) > 1 or not _DIGITS.fullmatch(timestamps[0]):
        _fail("malformed_header", "the Stripe-Signature timestamp must be one t= of decimal digits")
    if not signatures:
        _fail("no_signature", f"the Stripe-Signature header has no {SCHEME} signature")
    return int(timestamps[0]), signatures


def _split(header: str) -> tuple[list[str], list[str]]:
    """The ``t`` values and the ``v1`` values of a header; other schemes are skipped."""
    items = header.split(",")
    if len(items) > MAX_HEADER_ITEMS:
        _fail("malformed_header", f"the Stripe-Signature header has more than {MAX_HEADER_ITEMS} items")
    timestamps: list[str] = []
    signatures: list[str] = []
    for item in items:
        name, sep, rest = item.partition("=")
        if not sep:
            _fail("malformed_header", "an item of the Stripe-Signature header has no '='")
        # As stripe-python (``item.split("=", 2)``): the value ends at a second '=', whatever follows it.
        value = rest.partition("=")[0]
        if name == "t":
            timestamps.append(value)
        elif name == SCHEME:
            signatures.append(value)
    return timestamps, signatures


def verify_signature(
    payload: bytes,
    header: str | None,
    secrets: WebhookSecrets | str | Iterable[str] | None,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> int:
    """Check ``header`` against ``payload`` (the raw body bytes); return the signed timestamp.

    Raises :class:`WebhookSignatureError` (``reason`` says which check) when anything is missing, malformed, does not
    match, or is signed more than ``tolerance`` seconds before or after ``now``.
    """
    keys = secrets if isinstance(secrets, WebhookSecrets) else WebhookSecrets(secrets)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 1:
        raise WebhookSignatureError("malformed_tolerance", "tolerance must be a whole number of seconds >= 1")
    if not isinstance(payload, bytes | bytearray):
        raise WebhookSignatureError("malformed_payload", "the payload must be the raw request body as bytes")
    timestamp, signatures = parse_header(header)
    if not keys.matches(bytes(payload), timestamp, signatures):
        _fail("signature_mismatch", "no v1 signature matches the payload under any configured secret")
    current = time.time() if now is None else now
    if timestamp < current - tolerance:
        _fail("timestamp_too_old", f"signed more than {tolerance} s ago (replayed or delayed delivery)")
    if timestamp > current + tolerance:
        _fail("timestamp_in_future", f"signed more than {tolerance} s in the future (clock skew or forgery)")
    return timestamp


def _fail(reason: str, message: str) -> NoReturn:
    raise WebhookSignatureError(reason, message)
