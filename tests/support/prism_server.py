"""Run Prism, a mock server driven by an OpenAPI document, on 127.0.0.1 for contract tests and the demo.

In dynamic mode (``-d``) Prism answers every documented operation with a random object generated from the
response schema, and rejects requests that break the spec (wrong parameter types, missing auth) with a 4xx,
listing what was wrong in its ``sl-violations`` response header. That checks that our requests match
Stripe's spec and that our models accept anything the spec allows, which a hand-written fake cannot do.

Prism enforces the spec's security schemes: Stripe's spec declares basicAuth and bearerAuth, so a request
without ``Authorization`` gets a 401; ``Authorization: Bearer <any sk_test_ key>`` (what the connector sends) or
Basic auth is accepted, and no flag is needed.

Prism 5.x mis-decodes ``application/x-www-form-urlencoded`` bodies (the only kind Stripe takes): for every
``style: deepObject`` property of ``type: object`` it builds the object even when the request did not send
it, all leaves undefined, so an optional object with a required field (``shipping`` needs ``name``,
``transfer_data`` needs ``destination``) fails validation and every ``POST /v1/charges`` or
``/v1/payment_intents`` gets a 422. By default the launcher therefore serves a copy of a JSON spec with
``required`` removed inside such form-body objects (see relax_form_objects); top-level required fields,
types, enums and lengths are still checked.

Prism is asked for port 0 and we read the port it got from its "listening on" line, so there is no race for
a free port. It comes from npm (package.json pins the version): run ``npm ci`` in the repository first.

Usage::

    with running_prism(Path("spec/stripe.trimmed.json")) as base_url:   # "http://127.0.0.1:PORT"
        httpx.get(f"{base_url}/v1/customers", headers={"Authorization": "Bearer sk_test_fake"})

or by hand, in the foreground until Ctrl-C: ``python -m tests.support.prism_server [SPEC]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from stripe_connector.testing.launchers import (
    ServerStartError,
    serve_until_signalled,
    start_logged_process,
    stop_process_group,
    wait_until_ready,
)

HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
DEFAULT_SPEC = REPO_ROOT / "spec" / "stripe.trimmed.json"
# Prism parses and indexes the whole document before it listens (about 1.5 s for the trimmed Stripe spec
# on a 2-core machine); a minute leaves room for a loaded CI machine.
STARTUP_TIMEOUT = 60.0
_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")
_FORM = "application/x-www-form-urlencoded"


def prism_available() -> bool:
    """True if `npm ci` has installed Prism in this repository (tests skip without it)."""
    return PRISM_BIN.exists()


@contextlib.contextmanager
def running_prism(
    spec_path: Path,
    *,
    startup_timeout: float = STARTUP_TIMEOUT,
    extra_properties: bool = True,
    seed: str | None = None,
    relax_form_objects: bool = True,
) -> Iterator[str]:
    """Start Prism in dynamic mode on `spec_path`, yield its base URL, and stop it on exit.

    `extra_properties` keeps Prism's default of adding random undocumented properties to objects whose
    schema allows them (Stripe adds fields over time; clients must tolerate them); pass False for exactly
    the documented shape. `seed` makes the generated responses repeatable (Prism then answers every request
    with the same object). `relax_form_objects` works around Prism's bug of building optional deepObject form
    fields and query parameters (module docstring) for JSON specs; YAML specs are served as they are.
    """
    if not prism_available():
        raise ServerStartError(f"Prism is not installed at {PRISM_BIN}; run `npm ci` in {REPO_ROOT}")
    spec_path = spec_path.resolve()
    if not spec_path.is_file():
        raise ServerStartError(f"OpenAPI document not found: {spec_path}")

    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        work_dir = Path(tmp)
        if relax_form_objects and spec_path.suffix == ".json":
            spec = json.loads(spec_path.read_text(encoding="utf-8"))
            relax_form_body_objects(spec)
            relax_deep_object_query_parameters(spec)
            served = work_dir / spec_path.name
            served.write_text(json.dumps(spec), encoding="utf-8")
            spec_path = served
        argv = [str(PRISM_BIN), "mock", "--dynamic", "--host", HOST, "--port", "0"]
        if not extra_properties:
            argv.append("--json-schema-faker-fillProperties=false")
        if seed is not None:
            argv += ["--seed", seed]
        argv.append(str(spec_path))

        log_path = work_dir / "prism.log"
        proc = start_logged_process(argv, log_path=log_path, cwd=work_dir)
        try:
            base_url: list[str] = []

            def answers() -> bool:
                if not base_url:
                    found = _LISTENING.search(log_path.read_text(encoding="utf-8", errors="replace"))
                    if found is None:
                        return False
                    base_url.append(found.group(1))
                return _answers_http(base_url[0])

            wait_until_ready(proc, answers, name="Prism", log_path=log_path, timeout=startup_timeout)
            yield base_url[0]
        finally:
            stop_process_group(proc)


def relax_form_body_objects(spec: dict[str, Any]) -> None:
    """Drop `required` from the objects Prism's deepObject decoder builds for form bodies, in place.

    Only the schemas that decoder walks are touched: for each form-body property encoded as deepObject,
    nested `type: object` schemas (through `properties`) and arrays (through `items`). Schemas behind
    `anyOf` (metadata, "" to unset) are left alone: Prism does not build those, so they never fail.
    """
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            form = operation.get("requestBody", {}).get("content", {}).get(_FORM)
            if not form:
                continue
            properties = form.get("schema", {}).get("properties", {})
            for name, encoding in form.get("encoding", {}).items():
                if encoding.get("style") == "deepObject" and name in properties:
                    _drop_nested_required(properties[name])


def relax_deep_object_query_parameters(spec: dict[str, Any]) -> None:
    """Drop ``required`` inside object-valued ``deepObject`` query parameters, in place.

    The same Prism bug as for form bodies: Prism 5.x builds such a parameter even when the request does not send
    it, so an optional object with a required field (GET /v1/subscriptions' ``automatic_tax`` needs ``enabled``)
    fails every request with a 422.
    """
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                schema = parameter.get("schema", {})
                if parameter.get("style") == "deepObject" and schema.get("type") == "object":
                    schema.pop("required", None)


def _drop_nested_required(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "object":
        schema.pop("required", None)
        for child in schema.get("properties", {}).values():
            _drop_nested_required(child)
    elif schema.get("type") == "array":
        _drop_nested_required(schema.get("items"))


def _answers_http(base_url: str) -> bool:
    """True once Prism sends any HTTP response (a 404 problem document for this path is fine)."""
    try:
        with httpx.Client(trust_env=False, timeout=2.0) as client:
            client.get(f"{base_url}/__ready__")
    except httpx.TransportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Foreground mode for people: print the URL, serve until Ctrl-C or SIGTERM, then stop Prism."""
    parser = argparse.ArgumentParser(description="Run Prism (dynamic mock) on 127.0.0.1 until Ctrl-C.")
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="OpenAPI document")
    parser.add_argument("--seed", help="make generated responses repeatable")
    parser.add_argument("--no-extra-properties", action="store_true", help="only documented properties")
    args = parser.parse_args(argv)
    return serve_until_signalled(
        lambda _stack: running_prism(args.spec, seed=args.seed, extra_properties=not args.no_extra_properties),
        lambda url: [f"try: curl -u sk_test_<anything>: {url}/v1/customers"],
    )


if __name__ == "__main__":
    sys.exit(main())
