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
``stripe``), the Stripe API version the connector pinned (``stripe_api_version``) and a random ``run_tag`` that
the flow puts in e-mail addresses: unique per recording (so a Stripe test account with earlier runs' customers
still gives exact list results) and the same on every replay.

**API versions.** The connector sends ``Stripe-Version: <its generated models' version>``, and a regenerated client
(``make regenerate SPEC=newer``) pins a newer one. That header is stored and matched as ``PINNED_VERSION`` (like the
idempotency key): a replay checks that the connector sends *its pinned version*, and an explicit other
``stripe_version`` still finds no answer. Whether the recorded answers stand for the new version is decided per
recording, by :func:`version_change_problem`: localstripe ignores ``Stripe-Version`` (its answers are the same for
every version), so its cassettes replay for any pinned version; answers recorded from Stripe's test mode belong to
the version they were recorded under, so a different pinned version fails the replay until ``make record`` is run.
Re-recording localstripe cassettes on every new spec would only churn random IDs in the pull request.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import vcr  # type: ignore[import-untyped]
from stripe_connector.testing.backend import RecordingError as RecordingError
from stripe_connector.testing.backend import open_stripe_backend
from stripe_connector.testing.backend import stripe_test_key as stripe_test_key
from stripe_connector.testing.cassettes import STRIPE_KEY_ENV as STRIPE_KEY_ENV
from vcr.request import Request  # type: ignore[import-untyped]

RECORD_ENV = "STRIPE_CONNECTOR_RECORD"
CASSETTE_DIR = Path(__file__).resolve().parents[1] / "cassettes"
#: Every cassette's URLs point here; replays send their requests here (vcrpy answers, nothing listens).
REPLAY_BASE_URL = "http://127.0.0.1:12111"
#: The key used with localstripe and in replays: obviously fake, and never stored anyway.
FAKE_KEY = "sk_test_fake"
REDACTED = "<redacted>"
IDEMPOTENCY_PLACEHOLDER = "<idempotency-key>"
#: What a ``Stripe-Version`` header equal to the connector's pinned API version is stored and matched as.
PINNED_VERSION = "<pinned-version>"

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


def record_mode_requested() -> bool:
    """True when the flows should re-record their cassettes (``STRIPE_CONNECTOR_RECORD=1``)."""
    return os.environ.get(RECORD_ENV, "").strip() == "1"


def cassette_path(name: str) -> Path:
    return CASSETTE_DIR / f"{name}.yaml"


# --- what is stored, and how requests are compared ----------------------------------------------------------------


def pinned_api_version() -> str:
    """The API version the connector pins by default: its generated models' (the regenerated one after an update)."""
    from stripe_connector_generated.types import STRIPE_API_VERSION

    return STRIPE_API_VERSION


def request_normaliser(pinned_version: str) -> Callable[[Request], Request]:
    """vcrpy's ``before_record_request``: it runs on recording and on matching, on a copy of the request."""

    def normalise(request: Request) -> Request:
        # Point the request at REPLAY_BASE_URL, so a cassette does not depend on localstripe's random port.
        parts = urlsplit(request.uri)
        base = urlsplit(REPLAY_BASE_URL)
        request.uri = urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
        # The pinned version becomes a placeholder; any other version (an explicit override) stays as sent.
        for name in list(request.headers):
            if name.lower() == "stripe-version" and _header_value(request.headers[name]) == pinned_version:
                request.headers[name] = PINNED_VERSION
        return request

    return normalise


def normalise_request(request: Request) -> Request:
    """:func:`request_normaliser` for the connector's default pinned version."""
    return request_normaliser(pinned_api_version())(request)


def _header_value(value: Any) -> str:
    """vcrpy stores a header as a string while recording and as a one-item list once loaded from YAML."""
    return str(value[0]) if isinstance(value, list) and len(value) == 1 else str(value)


def version_change_problem(recorded_against: str | None, recorded_version: str | None, pinned: str) -> str | None:
    """Why a cassette cannot stand for the pinned API version, or None when it can.

    Answers from localstripe do not depend on ``Stripe-Version`` (it ignores the header), so they hold for any
    version. Answers from Stripe's test mode are those of the version they were recorded under: replaying them for
    another would test the new models against the old version's shapes, so that must be re-recorded, on purpose.
    """
    if recorded_against == "localstripe" or recorded_version == pinned:
        return None
    if recorded_against == "stripe":
        return (
            f"recorded from Stripe under API version {recorded_version}, but the connector now pins {pinned}: "
            "re-record it with `STRIPE_API_KEY=sk_test_... make record`"
        )
    return f"unknown recording backend {recorded_against!r} (the connector pins {pinned}): re-record it, `make record`"


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


def flow_vcr(*, record: bool, pinned_version: str | None = None) -> vcr.VCR:
    """The vcrpy configuration shared by recording and replay; only the record mode differs.

    ``pinned_version`` is the ``Stripe-Version`` that stands for "the connector's own" (default: its models').
    """
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
        before_record_request=request_normaliser(pinned_version or pinned_api_version()),
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )
    config.register_matcher("connector_headers", match_connector_headers)
    return config


# --- where the traffic goes: the testing kit's recording backend (Stripe's test mode, or a fresh localstripe) ------


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
def recorded_flow(name: str, state_dir: Path, *, pinned_version: str | None = None) -> Iterator[Flow]:
    """Run one flow inside the cassette ``tests/cassettes/<name>.yaml``, recording or replaying it.

    On replay, after the flow's block ends normally, every recorded interaction must have been played: a flow
    that now makes fewer requests than it recorded fails too. ``pinned_version`` (default: the generated models')
    is the connector's pinned API version, for tests that simulate a regenerated client.
    """
    path = cassette_path(name)
    pinned = pinned_version or pinned_api_version()
    if record_mode_requested():
        # Record beside the committed cassette and swap it in only if the flow passes: a failed recording
        # leaves the old cassette (and an offline replay) as they were.
        draft = path.with_name(f"{name}.recording.yaml")
        draft.unlink(missing_ok=True)
        with open_stripe_backend(recording=True, state_dir=state_dir) as backend:
            try:
                # The cassette opens after the server is up, so its readiness probes are not recorded.
                with flow_vcr(record=True, pinned_version=pinned).use_cassette(
                    draft.name, allow_playback_repeats=False
                ) as cassette:
                    yield Flow(
                        name=name,
                        base_url=backend.base_url,
                        api_key=backend.api_key,
                        recorded_against=cassette.get_metadata("recorded_against", backend.kind),
                        run_tag=cassette.get_metadata("run_tag", secrets.token_hex(4)),
                        recording=True,
                    )
                    cassette.get_metadata("stripe_api_version", pinned)
            except BaseException:
                draft.unlink(missing_ok=True)
                raise
        draft.replace(path)
        return
    if not path.is_file():
        raise FileNotFoundError(f"no cassette {path}; record it with `make record` (needs localstripe)")
    replay = flow_vcr(record=False, pinned_version=pinned)
    with replay.use_cassette(path.name, allow_playback_repeats=False) as cassette:
        problem = version_change_problem(
            cassette.get_metadata("recorded_against", None), cassette.get_metadata("stripe_api_version", None), pinned
        )
        if problem:
            raise AssertionError(f"cassette {path.name}: {problem}")
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
