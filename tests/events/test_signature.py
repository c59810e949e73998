"""Webhook signature verification, judged by stripe-python's ``WebhookSignature.verify_header``.

A corpus of headers is generated (valid, tampered, malformed, several secrets, other schemes), and our verdict must
equal stripe-python's wherever the rules are the same; where we are stricter (documented in
``events/_signature.py``) ours must refuse. Then the cases by family: forged, expired, future-dated, replayed with
another body, unsigned, secret rolls, and secrets that must never leak.
"""

from __future__ import annotations

import json
import pickle
import re
import time

import pytest
import stripe
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector.errors import InvalidInputError, StripeConnectorError, WebhookSignatureError
from stripe_connector.events import WebhookSecrets, construct_event, signature_header, verify_signature
from stripe_connector.events._signature import DEFAULT_TOLERANCE  # the rule under test, not public

SECRET = "whsec_test_primary_0123456789"
OLD_SECRET = "whsec_test_previous_9876543210"

secrets_st = st.lists(st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=4, max_size=20), min_size=1,
                      max_size=3, unique=True).map(lambda xs: ["whsec_" + x for x in xs])  # fmt: skip
payload_st = st.one_of(
    st.builds(lambda d: json.dumps(d).encode(), st.dictionaries(st.text(max_size=8), st.integers(), max_size=4)),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")).filter(_ok := lambda b: True),
)


def _utf8(payload: bytes) -> bool:
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sign(payload: bytes, secret: str, ts: int) -> str:
    return WebhookSecrets(secret).sign(payload, ts)[0]


@st.composite
def corpus(draw: st.DrawFn) -> tuple[bytes, str, list[str], float]:
    """(payload, header, secrets we configure, now): a header built from valid and hostile parts."""
    payload = draw(payload_st.filter(_utf8))
    secrets = draw(secrets_st)
    signer = draw(st.sampled_from([*secrets, "whsec_attacker"]))
    now = time.time()
    offset = draw(st.sampled_from([0, -10, 10, -DEFAULT_TOLERANCE - 5, DEFAULT_TOLERANCE + 5, -86400, 86400]))
    ts = int(now) + offset
    signed_payload = payload if draw(st.booleans()) else payload + b" "
    good = _sign(signed_payload, signer, ts)
    parts: list[str] = []
    item = st.sampled_from(["t", "v1", "v1bad", "v0", "junk", "noequals", "t2", "tplus", "v1eq", "v1upper"])
    for kind in draw(st.lists(item, min_size=0, max_size=6)):
        parts.append({
            "t": f"t={ts}", "v1": f"v1={good}", "v1bad": f"v1={good[:-1]}{'0' if good[-1] != '0' else '1'}",
            "v0": f"v0={good}", "junk": "x=y", "noequals": "v1", "t2": f"t={ts + 1}", "tplus": f"t=+{ts}",
            "v1eq": f"v1={good}=extra", "v1upper": f"v1={good.upper()}",
        }[kind])  # fmt: skip
    return payload, ",".join(parts), secrets, now


def ours(payload: bytes, header: str, secrets: list[str], now: float) -> bool:
    try:
        verify_signature(payload, header, secrets, now=now)
    except WebhookSignatureError:
        return False
    return True


def stripes(payload: bytes, header: str, secrets: list[str]) -> bool:
    for secret in secrets:
        try:
            stripe.WebhookSignature.verify_header(payload, header, secret, DEFAULT_TOLERANCE)
            return True
        except stripe.SignatureVerificationError:
            continue
    return False


def stricter(header: str, now: float) -> bool:
    """True when a documented stricter rule of ours applies to ``header``."""
    items = header.split(",")
    if any("=" not in i for i in items):
        return True
    names = [i.partition("=")[0] for i in items]
    stamps = [i.split("=", 2)[1] for i in items if i.partition("=")[0] == "t"]
    if names.count("t") > 1 or any(not s.isdigit() for s in stamps):
        return True
    return bool(stamps) and int(stamps[0]) > now + DEFAULT_TOLERANCE


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus())
def test_agrees_with_stripe_python_or_is_stricter(case: tuple[bytes, str, list[str], float]) -> None:
    payload, header, secrets, now = case
    mine = ours(payload, header, secrets, now)
    if stricter(header, now):
        assert not mine, header
    else:
        assert mine == stripes(payload, header, secrets), header


@settings(max_examples=50, deadline=None)
@given(payload=payload_st.filter(_utf8), secrets=secrets_st, which=st.integers(0, 2), offset=st.integers(-290, 290))
def test_every_valid_delivery_is_accepted_by_both(payload: bytes, secrets: list[str], which: int, offset: int) -> None:
    now = time.time()
    ts = int(now) + offset
    header = signature_header(payload, secrets[which % len(secrets)], ts)
    assert ours(payload, header, secrets, now)
    if offset <= 0:  # stripe-python has no future bound, so it agrees on the past and present
        assert stripes(payload, header, secrets)


@settings(max_examples=50, deadline=None)
@given(payload=payload_st.filter(lambda b: len(b) > 0), position=st.integers(min_value=0), bit=st.integers(0, 7))
def test_any_flipped_bit_of_the_body_is_refused(payload: bytes, position: int, bit: int) -> None:
    ts = int(time.time())
    header = signature_header(payload, SECRET, ts)
    tampered = bytearray(payload)
    tampered[position % len(payload)] ^= 1 << bit
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(bytes(tampered), header, SECRET)
    assert info.value.reason == "signature_mismatch"


def _event(**extra: object) -> bytes:
    body = {"id": "evt_1Abc", "object": "event", "type": "invoice.paid", "created": int(time.time()),
            "livemode": False, "data": {"object": {"id": "in_1", "object": "invoice"}}, **extra}  # fmt: skip
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (None, "missing_header"),
        ("", "missing_header"),
        ("   ", "missing_header"),
        ("v1=abc", "no_timestamp"),
        ("t=123", "no_signature"),
        ("t=abc,v1=00", "malformed_header"),
        ("t=1,t=2,v1=00", "malformed_header"),
        ("t=1,garbage,v1=00", "malformed_header"),
        ("t=1," + ",".join(["v0=1"] * 70), "malformed_header"),
        ("t=1,v1=" + "a" * 9000, "malformed_header"),
    ],
)
def test_malformed_headers_say_which_check_failed(header: str | None, reason: str) -> None:
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(_event(), header, SECRET)
    assert info.value.reason == reason
    assert isinstance(info.value, StripeConnectorError)


def test_forged_expired_future_and_replayed_deliveries_are_refused() -> None:
    body = _event()
    now = int(time.time())
    cases = {
        "signature_mismatch": signature_header(body, "whsec_forger", now),
        "timestamp_too_old": signature_header(body, SECRET, now - DEFAULT_TOLERANCE - 1),
        "timestamp_in_future": signature_header(body, SECRET, now + DEFAULT_TOLERANCE + 2),
    }
    for reason, header in cases.items():
        with pytest.raises(WebhookSignatureError) as info:
            construct_event(body, header, SECRET)
        assert info.value.reason == reason
    # A captured header replayed with another body (the attacker changes the amount, keeps the signature).
    header = signature_header(body, SECRET, now)
    with pytest.raises(WebhookSignatureError, match="signature_mismatch"):
        construct_event(_event(type="charge.refunded"), header, SECRET)
    # The same signature with a shifted timestamp (to pass the tolerance) no longer matches.
    moved = re.sub(r"t=\d+", f"t={now + 1}", header)
    with pytest.raises(WebhookSignatureError, match="signature_mismatch"):
        construct_event(body, moved, SECRET)


def test_a_roll_with_two_secrets_accepts_both_signatures() -> None:
    body = _event()
    now = int(time.time())
    both = signature_header(body, [OLD_SECRET, SECRET], now)  # what Stripe sends during a roll
    assert both.count("v1=") == 2
    for configured in ([SECRET], [OLD_SECRET], [OLD_SECRET, SECRET]):
        assert construct_event(body, both, configured).id == "evt_1Abc"
    # Only the new signature, the old secret still configured: accepted (any v1, any secret).
    assert construct_event(body, signature_header(body, SECRET, now), [OLD_SECRET, SECRET]).type == "invoice.paid"
    # The last v1 is not the only one looked at (n8n kept only the last one and failed during rolls).
    reversed_header = f"t={now},v1={_sign(body, SECRET, now)},v1={_sign(body, 'whsec_other', now)}"
    assert construct_event(body, reversed_header, SECRET)


@pytest.mark.parametrize("secrets", [[], "", "   ", ["whsec_ok", ""], "not_a_secret", "whsec_has space", [None]])
def test_missing_or_malformed_secrets_fail_closed(secrets: object) -> None:
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(_event(), signature_header(_event(), SECRET), secrets)  # type: ignore[arg-type]
    assert info.value.reason in ("no_secret", "malformed_secret")


def test_a_signed_body_that_is_not_an_event_is_refused_as_input() -> None:
    for body in (b"[]", b"{}", b"not json", json.dumps({"object": "event", "id": "x"}).encode(), b"\xff\xfe"):
        with pytest.raises(InvalidInputError) as info:
            construct_event(body, signature_header(body, SECRET), SECRET)
        assert info.value.param == "payload"


def test_thin_event_notifications_are_recognised() -> None:
    kind = "v1.billing.meter.error_report_triggered"
    body = json.dumps({"id": "evt_test_65R9", "object": "v2.core.event", "type": kind,
                       "created": "2024-09-17T06:20:52.246Z", "context": "acct_123",
                       "related_object": {"id": "mtr_1", "type": "billing.meter", "url": "/v1/billing/meters/mtr_1"}}
                      ).encode()  # fmt: skip
    event = construct_event(body, signature_header(body, SECRET), SECRET)
    assert event.thin and event.account == "acct_123" and event.object_id == "mtr_1" and event.created > 1.7e9


def test_secrets_never_leak() -> None:
    keys = WebhookSecrets([SECRET, OLD_SECRET])
    assert SECRET not in repr(keys) and OLD_SECRET not in str(keys)
    with pytest.raises(TypeError):
        pickle.dumps(keys)
    body = _event()
    for header in (signature_header(body, "whsec_forger"), "t=1,v1=00", None):
        with pytest.raises(WebhookSignatureError) as info:
            verify_signature(body, header, keys)
        text = str(info.value) + repr(info.value) + repr(pickle.loads(pickle.dumps(info.value)).args)
        assert SECRET not in text and OLD_SECRET not in text and _sign(body, SECRET, 1) not in text


@pytest.mark.parametrize("secrets", [None, 12345, b"whsec_bytes_are_not_text", object(), [b"whsec_x"], ("whsec_ok", 7)])
def test_an_unset_or_wrongly_typed_secret_is_the_typed_refusal_naming_the_secret(secrets: object) -> None:
    """``os.environ.get("STRIPE_WEBHOOK_SECRET")`` unset gives None: a WebhookSignatureError, never a TypeError."""
    body = _event()
    for check in (verify_signature, construct_event):
        with pytest.raises(WebhookSignatureError) as info:
            check(body, signature_header(body, SECRET), secrets)  # type: ignore[arg-type]
        assert info.value.reason in ("no_secret", "malformed_secret")
        assert "secret" in str(info.value)
    with pytest.raises(WebhookSignatureError):
        WebhookSecrets(secrets)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(junk=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters=","), max_size=12))
def test_an_item_value_ends_at_a_second_equals_sign_as_in_stripe_python(junk: str) -> None:
    body = _event()
    now = int(time.time())
    good = _sign(body, SECRET, now)
    for header in (f"t={now},v1={good}={junk}", f"t={now}={junk},v1={good}"):
        assert ours(body, header, [SECRET], now) == stripes(body, header, [SECRET]) is True
    forged = f"t={now},v1={_sign(body, 'whsec_forger', now)}={good}"  # the real signature after a second '='
    assert not ours(body, forged, [SECRET], now) and not stripes(body, forged, [SECRET])
