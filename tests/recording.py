"""Record the stateful flows' HTTP traffic once, replay it in every test run: vcrpy, configured for Stripe.

Two modes, chosen by the environment:

* **Replay** (the default; CI and ``make test``): no server, no network. Each flow runs against
  ``REPLAY_BASE_URL`` and vcrpy answers from its committed cassette (``record_mode="none"``). A request that is
  not in the cassette fails the test, and so does a recorded request the flow no longer makes, so any change to
  what the connector sends (path, query, form body, the Stripe headers it sets) shows up as a failed replay.
* **Record** (``STRIPE_CONNECTOR_RECORD=1``, what ``make record`` sets): the flow talks to a fresh localstripe on
  127.0.0.1, or to Stripe's test mode when ``STRIPE_API_KEY`` holds a test key, and the cassette is rewritten.

Cassettes hold no secret: ``Authorization`` is replaced by ``REDACTED`` and ``Idempotency-Key`` (random per
call) by ``IDEMPOTENCY_PLACEHOLDER`` before anything is stored or matched; response headers are reduced to the
few the connector reads; JSON fields named like secrets (``client_secret``) are redacted. Every recorded URL is
rewritten to ``REPLAY_BASE_URL``, so a cassette does not depend on localstripe's random port or on which
server recorded it. tests/test_cassette_secrets.py scans the committed files to prove it.

A recording also stores, in the cassette's metadata, what it was recorded against (``localstripe`` or
``stripe``) and a random ``run_tag`` that the flow puts in e-mail addresses: unique per recording (so a Stripe
test account with earlier runs' customers still gives exact list results) and the same on every replay.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import vcr  # type: ignore[import-untyped]
from vcr.request import Request  # type: ignore[import-untyped]

from tests.support.localstripe_server import running_localstripe

RECORD_ENV = "STRIPE_CONNECTOR_RECORD"
STRIPE_KEY_ENV = "STRIPE_API_KEY"
CASSETTE_DIR = Path(__file__).resolve().parent / "cassettes"
#: Every cassette's URLs point here; replays send their requests here (vcrpy answers, nothing listens).
REPLAY_BASE_URL = "http://127.0.0.1:12111"
STRIPE_BASE_URL = "https://api.stripe.com"
#: The key used with localstripe and in replays: obviously fake, and never stored anyway.
FAKE_KEY = "sk_test_fake"
REDACTED = "<redacted>"
IDEMPOTENCY_PLACEHOLDER = "<idempotency-key>"

#: Response headers worth keeping: the ones the connector reads. Everything else (cookies, CORS, Stripe's
#: echoed Idempotency-Key and Original-Request) is dropped at recording time.
KEPT_RESPONSE_HEADERS = frozenset(
    {"content-type", "request-id", "stripe-version", "idempotent-replayed", "stripe-should-retry", "retry-after"}
)
#: Request headers a replay must reproduce: the Stripe protocol headers the connector sets. Authorization and
#: Idempotency-Key hold placeholders by then, so matching proves they were sent without storing them.
#: User-Agent is left out on purpose: it carries the package version.
MATCHED_REQUEST_HEADERS = (
    "authorization",
    "idempotency-key",
    "stripe-version",
    "stripe-account",
    "content-type",
    "accept",
)
#: Transport details that differ between recordings (the host header holds localstripe's random port).
DROPPED_REQUEST_HEADERS = ("host", "connection", "content-length", "accept-encoding", "cookie")
#: JSON string fields whose name ends in "secret" (client_secret, secret): redacted in recorded bodies.
_SECRET_FIELD = re.compile(rb'("[a-z_]*secret"\s*:\s*")((?:[^"\\]|\\.)*)(")')

Kind = Literal["localstripe", "stripe"]


class RecordingError(RuntimeError):
    """Record mode was asked for with a setting that must not be used (a live key, say)."""


def record_mode_requested() -> bool:
    """True when the flows should re-record their cassettes (``STRIPE_CONNECTOR_RECORD=1``)."""
    return os.environ.get(RECORD_ENV, "").strip() == "1"


def cassette_path(name: str) -> Path:
    return CASSETTE_DIR / f"{name}.yaml"


# --- what is stored, and how requests are compared ----------------------------------------------------------------


def normalise_request(request: Request) -> Request:
    """Point the request at ``REPLAY_BASE_URL`` (vcrpy hands us a copy; it runs on recording and on matching)."""
    parts = urlsplit(request.uri)
    base = urlsplit(REPLAY_BASE_URL)
    request.uri = urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Keep only the response headers the connector reads, and redact secret-named JSON fields."""
    headers: Mapping[str, Any] = response.get("headers") or {}
    response["headers"] = {name: value for name, value in headers.items() if name.lower() in KEPT_RESPONSE_HEADERS}
    body = response.get("body") or {}
    content = body.get("string")
    if isinstance(content, str):
        content = content.encode("utf-8")
    if isinstance(content, bytes):
        body["string"] = _SECRET_FIELD.sub(rb"\1" + REDACTED.encode("ascii") + rb"\3", content)
    return response


def _header(request: Request, name: str) -> str | None:
    for key, value in request.headers.items():
        if key.lower() == name:
            return str(value)
    return None


def match_connector_headers(r1: Request, r2: Request) -> None:
    """vcrpy matcher: the Stripe protocol headers (``MATCHED_REQUEST_HEADERS``) are the same in both requests."""
    for name in MATCHED_REQUEST_HEADERS:
        assert _header(r1, name) == _header(r2, name), f"header {name}: {_header(r1, name)!r} != {_header(r2, name)!r}"


def flow_vcr(*, record: bool) -> vcr.VCR:
    """The vcrpy configuration shared by recording and replay; only the record mode differs."""
    config = vcr.VCR(
        cassette_library_dir=str(CASSETTE_DIR),
        serializer="yaml",
        record_mode="all" if record else "none",
        match_on=("method", "scheme", "host", "port", "path", "query", "body", "connector_headers"),
        filter_headers=[
            ("authorization", REDACTED),
            ("idempotency-key", IDEMPOTENCY_PLACEHOLDER),
            *((name, None) for name in DROPPED_REQUEST_HEADERS),
        ],
        before_record_request=normalise_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )
    config.register_matcher("connector_headers", match_connector_headers)
    return config


# --- where the traffic goes -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Backend:
    """A server the flows can talk to while recording."""

    kind: Kind
    base_url: str
    api_key: str


def stripe_test_key() -> str | None:
    """``STRIPE_API_KEY`` if set; a live key is refused, since recording creates customers and charges."""
    key = os.environ.get(STRIPE_KEY_ENV, "").strip()
    if not key:
        return None
    if not re.fullmatch(r"(sk|rk)_test_[0-9A-Za-z]+", key):
        # Never echo the key: say only what kind of value it is.
        raise RecordingError(f"{STRIPE_KEY_ENV} must be a test-mode key (sk_test_... or rk_test_...) to record")
    return key


@contextlib.contextmanager
def recording_backend(state_dir: Path) -> Iterator[Backend]:
    """Stripe's test mode when ``STRIPE_API_KEY`` is set, else a fresh localstripe in `state_dir` (stopped on exit)."""
    key = stripe_test_key()
    if key is not None:
        yield Backend("stripe", STRIPE_BASE_URL, key)
        return
    with running_localstripe(state_dir) as base_url:
        yield Backend("localstripe", base_url, FAKE_KEY)


# --- one flow, recorded or replayed ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flow:
    """What a flow needs to build its connector, and what the recording it replays was made against."""

    name: str
    base_url: str
    api_key: str
    recorded_against: Kind
    run_tag: str
    recording: bool

    @property
    def on_localstripe(self) -> bool:
        """True when the traffic is (or was recorded from) localstripe, so its known gaps apply."""
        return self.recorded_against == "localstripe"


@contextlib.contextmanager
def recorded_flow(name: str, state_dir: Path) -> Iterator[Flow]:
    """Run one flow inside the cassette ``tests/cassettes/<name>.yaml``, recording or replaying it.

    On replay, after the flow's block ends normally, every recorded interaction must have been played: a flow
    that now makes fewer requests than it recorded fails too.
    """
    path = cassette_path(name)
    if record_mode_requested():
        # Record beside the committed cassette and swap it in only if the flow passes: a failed recording
        # leaves the old cassette (and an offline replay) as they were.
        draft = path.with_name(f"{name}.recording.yaml")
        draft.unlink(missing_ok=True)
        with recording_backend(state_dir) as backend:
            try:
                # The cassette opens after the server is up, so its readiness probes are not recorded.
                with flow_vcr(record=True).use_cassette(draft.name, allow_playback_repeats=False) as cassette:
                    yield Flow(
                        name=name,
                        base_url=backend.base_url,
                        api_key=backend.api_key,
                        recorded_against=cassette.get_metadata("recorded_against", backend.kind),
                        run_tag=cassette.get_metadata("run_tag", secrets.token_hex(4)),
                        recording=True,
                    )
            except BaseException:
                draft.unlink(missing_ok=True)
                raise
        draft.replace(path)
        return
    if not path.is_file():
        raise FileNotFoundError(f"no cassette {path}; record it with `make record` (needs localstripe)")
    with flow_vcr(record=False).use_cassette(path.name, allow_playback_repeats=False) as cassette:
        yield Flow(
            name=name,
            base_url=REPLAY_BASE_URL,
            api_key=FAKE_KEY,
            recorded_against=cassette.get_metadata("recorded_against", None),
            run_tag=cassette.get_metadata("run_tag", None),
            recording=False,
        )
        unplayed = len(cassette) - cassette.play_count
        assert cassette.all_played, f"{unplayed} recorded request(s) of {path.name} were not made on replay"
