"""Cassette settings for vcr-replayed integration tests of code that calls Stripe (vcrpy, pytest-recording).

A user records a workflow once, against Stripe's test mode or localstripe, and replays it offline for ever. For
that the cassette must hold no secret, and a replay must find each request whatever changes between runs:

* **scrubbed** before anything is stored (and, identically, before a request is matched): the ``Authorization``
  header, any Stripe key (``sk_``/``rk_``/``pk_``/``ek_`` test or live), webhook secret (``whsec_``), client
  secret (``..._secret_...``) or ``Bearer``/``Basic`` credential anywhere in request headers, the URL's query,
  request bodies, response headers and response bodies; JSON fields named ``secret``/``*_secret`` in answers;
  and any literal value the caller names (``secrets=``, by default the ``STRIPE_API_KEY`` of the environment);
* **matched** by method, path, query and the *decoded* body (a form by its fields, JSON by its value, as vcrpy's
  ``body`` matcher decodes them by Content-Type), never by ``Idempotency-Key`` (random per call: it is not even
  stored), host or port (localstripe's port changes every run).

``stripe_vcr_config()`` is the dict for pytest-recording's ``vcr_config`` fixture or ``vcr.VCR(**stripe_vcr_config())``;
:mod:`stripe_connector.testing.pytest_plugin` provides that fixture and a recording backend.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: What every secret becomes in a cassette.
REDACTED = "<redacted>"
#: The environment variable whose value (a Stripe test key, when recording against Stripe) is always scrubbed.
STRIPE_KEY_ENV = "STRIPE_API_KEY"

#: What a credential looks like in text. Each needs a value after its prefix, so prose and REDACTED do not count.
SECRET_PATTERNS: Mapping[str, re.Pattern[str]] = {
    "Stripe API key": re.compile(r"\b(?:sk|rk|pk)_(?:test|live)_[0-9A-Za-z]+"),
    "webhook signing secret": re.compile(r"\bwhsec_[0-9A-Za-z+/=]+"),
    "ephemeral key": re.compile(r"\bek_(?:test|live)_[0-9A-Za-z]+"),
    "client secret": re.compile(r"\b[a-z]+_[0-9A-Za-z]+_secret_[0-9A-Za-z]+"),
    "Bearer credential": re.compile(r"\bBearer\s+[^\s<'\",]+"),
    "Basic credential": re.compile(r"\bBasic\s+[A-Za-z0-9+/=]{4,}"),
}
#: JSON string fields of answers that hold a secret by name (a webhook endpoint's ``secret``, ``client_secret``).
_SECRET_FIELD = re.compile(r'("(?:[a-z_]*_)?secret"\s*:\s*")((?:[^"\\]|\\.)*)(")')
#: Request headers never stored: credentials, per-call randomness and transport details that differ per run.
DROPPED_REQUEST_HEADERS = frozenset(
    {"authorization", "idempotency-key", "cookie", "host", "connection", "content-length", "accept-encoding"}
)
#: Response headers never stored: cookies, and Stripe's echo of the request (its key, its body).
DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie", "idempotency-key", "original-request"})
#: How requests are matched: vcrpy's ``body`` matcher compares decoded forms and JSON (by Content-Type).
MATCH_ON = ("method", "path", "query", "body")


def find_secrets(text: str, secrets: Iterable[str] = ()) -> list[str]:
    """What in ``text`` looks like a credential (kind and the first characters), or a literal secret of ``secrets``:
    empty for a clean cassette. The scan a cassette's test runs."""
    found = [
        f"{name}: {match.group(0)[:10]}..."
        for name, pattern in SECRET_PATTERNS.items()
        for match in pattern.finditer(text)
    ]
    found += [f"a named secret ({len(value)} characters)" for value in _literal(secrets) if value in text]
    return found


def scrub_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every credential pattern, secret-named JSON field and literal secret replaced by REDACTED."""
    for value in _literal(secrets):
        text = text.replace(value, REDACTED)
    for pattern in SECRET_PATTERNS.values():
        text = pattern.sub(REDACTED, text)
    return _SECRET_FIELD.sub(lambda m: m.group(1) + REDACTED + m.group(3), text)


def _literal(secrets: Iterable[str]) -> list[str]:
    # Longest first, so a secret that contains another is replaced whole; short values would erase ordinary text.
    return sorted({s for s in secrets if isinstance(s, str) and len(s) >= 8}, key=len, reverse=True)


def _scrub_bytes(body: Any, secrets: Iterable[str]) -> Any:
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return body  # binary (a PDF, an image): no text secret can be read out of it either
        return scrub_text(text, secrets).encode("utf-8")
    if isinstance(body, str):
        return scrub_text(body, secrets)
    return body


def request_scrubber(secrets: Iterable[str] = ()) -> Callable[[Any], Any]:
    """vcrpy's ``before_record_request``: runs on recording *and* on matching (on a copy), so both sides compare
    the scrubbed request. Drops the headers of DROPPED_REQUEST_HEADERS, scrubs the rest, the path, the query and
    the body."""
    values = list(secrets)

    def scrub(request: Any) -> Any:
        for name in list(request.headers):
            if name.lower() in DROPPED_REQUEST_HEADERS:
                del request.headers[name]
            else:
                request.headers[name] = _scrub_header(request.headers[name], values)
        parts = urlsplit(request.uri)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode([(scrub_text(k, values), scrub_text(v, values)) for k, v in pairs], safe="[]<>")
        path = scrub_text(parts.path, values)
        request.uri = urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))
        request.body = _scrub_bytes(request.body, values)
        return request

    return scrub


def response_scrubber(secrets: Iterable[str] = ()) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """vcrpy's ``before_record_response``: drops DROPPED_RESPONSE_HEADERS, scrubs the other headers and the body."""
    values = list(secrets)

    def scrub(response: dict[str, Any]) -> dict[str, Any]:
        headers: Mapping[str, Any] = response.get("headers") or {}
        response["headers"] = {
            name: _scrub_header(value, values)
            for name, value in headers.items()
            if name.lower() not in DROPPED_RESPONSE_HEADERS
        }
        body = response.get("body")
        if isinstance(body, dict) and "string" in body:
            body["string"] = _scrub_bytes(body["string"], values)
        return response

    return scrub


def _scrub_header(value: Any, secrets: list[str]) -> Any:
    """vcrpy keeps a header as a string while recording and as a list of strings once loaded."""
    if isinstance(value, list):
        return [scrub_text(str(item), secrets) for item in value]
    return scrub_text(str(value), secrets)


def stripe_vcr_config(*, secrets: Iterable[str] = (), **overrides: Any) -> dict[str, Any]:
    """The settings for ``vcr.VCR(**...)``, ``vcr.use_cassette(name, **...)`` or pytest-recording's ``vcr_config``
    fixture: scrubbing and matching as the module docstring says. ``secrets`` are literal values to scrub too (the
    ``STRIPE_API_KEY`` of the environment always is); ``overrides`` replace or add settings (``record_mode``...)."""
    named = [*secrets, os.environ.get(STRIPE_KEY_ENV, "").strip()]
    config: dict[str, Any] = {
        "match_on": MATCH_ON,
        "before_record_request": request_scrubber(named),
        "before_record_response": response_scrubber(named),
        "decode_compressed_response": True,
    }
    config.update(overrides)
    return config
