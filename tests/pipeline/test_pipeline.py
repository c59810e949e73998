"""Tests for the spec -> client pipeline: ``codegen/trim.py``, ``make generate``, ``check_generated.py``
and what the generated package does on the wire.

Every pipeline run happens in a scratch copy under pytest's temporary directory (see ``pipeline_helpers``); the
committed ``spec/`` and ``generated/`` are only read. Generating costs ~2 s per source spec, so each spec is
generated once per module and shared.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from stripe._encode import _api_encode
from stripe_connector_generated import AuthenticatedClient, models
from stripe_connector_generated.api.default import (
    get_customers,
    get_customers_customer,
    post_charges,
    post_customers,
    post_invoices,
    post_payment_intents,
)
from stripe_connector_generated.types import STRIPE_API_VERSION

from tests.support.pipeline_helpers import (
    DEFAULT_API_VERSION,
    DEFAULT_SPEC,
    ENDPOINT_MODULES,
    LIST_MODELS,
    PACKAGE,
    RESOURCE_MODELS,
    ROOT,
    SPECS,
    TOOLS_DOC,
    PipelineRun,
    committed_source,
    copy_pipeline,
    extract_example_responses,
    fixture_report,
    fixture_report_in_subprocess,
    load_json,
    load_spec,
    make_generate,
    reachable_schemas,
    read_operations,
    round_trip,
    run_make,
    sha256_file,
    tree_bytes,
)

BASE_URL = "https://api.stripe.test"
TOKEN = "sk_test_fake"
COMMITTED_SPEC = committed_source()
COMMITTED_TRIMMED = ROOT / "spec" / "stripe.trimmed.json"
# Stripe's fixture objects for the committed spec's version (the 2023-09-12 ones if SPEC has none beside it).
COMMITTED_FIXTURES = next(
    path
    for path in (COMMITTED_SPEC.parent / "fixtures3.json", DEFAULT_SPEC.parent / "fixtures3.json")
    if path.is_file()
)


# --- shared generated trees ----------------------------------------------------------------------------------------


class GeneratedTrees:
    """``make generate`` once per source spec, on first use, each in its own scratch directory."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._runs: dict[str, PipelineRun] = {}

    def __call__(self, spec_key: str) -> PipelineRun:
        if spec_key not in self._runs:
            self._runs[spec_key] = make_generate(self._factory.mktemp(f"gen-{spec_key}"), SPECS[spec_key])
        run = self._runs[spec_key]
        assert run.returncode == 0, f"make generate from {run.spec} failed:\n{run.output}"
        return run


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> GeneratedTrees:
    return GeneratedTrees(tmp_path_factory)


@pytest.fixture(scope="module")
def committed_fixtures() -> dict[str, Any]:
    resources: dict[str, Any] = load_json(COMMITTED_FIXTURES)["resources"]
    return resources


# --- make generate from every shipped spec ----------------------------------------------------------------------


@pytest.mark.parametrize("spec_key", list(SPECS))
def test_make_generate_builds_every_operation_without_warnings(
    trees: GeneratedTrees, spec_key: str, record_property: Callable[[str, object], None]
) -> None:
    run = trees(spec_key)
    record_property("make_generate_seconds", round(run.seconds, 2))
    # The generator runs with --fail-on-warning (it would exit non-zero); also, nothing may even mention one.
    generator_lines = [line for line in run.output.splitlines() if "-m codegen.generator" in line]
    assert generator_lines, run.output
    from codegen.generator import generator_command  # the one command make generate and check_generated run

    assert "--fail-on-warning" in generator_command(Path("in.json"), Path("out")), "the generator must fail on warnings"
    other_lines = [line for line in run.output.splitlines() if line not in generator_lines]
    assert not [line for line in other_lines if "warning" in line.lower()], run.output
    endpoints = run.package_dir / "api" / "default"
    modules = sorted(path.stem for path in endpoints.glob("*.py") if path.stem != "__init__")
    assert modules == sorted(ENDPOINT_MODULES)
    for name in ENDPOINT_MODULES:
        source = (endpoints / f"{name}.py").read_text(encoding="utf-8")
        for function in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
            assert f"def {function}(" in source, f"{name}.py lacks {function}()"


@pytest.mark.parametrize("spec_key", list(SPECS))
def test_generated_tree_records_its_source(trees: GeneratedTrees, spec_key: str) -> None:
    """The provenance names the exact source file, and the package's API version is the source's."""
    run = trees(spec_key)
    for name in ("stripe.documented.json", "stripe.trimmed.json"):
        info = load_json(run.spec_dir / name)["info"]
        provenance = info["x-stripe-connector-provenance"]
        assert provenance == {"source_sha256": sha256_file(run.spec), "stripe_api_version": info["version"]}
    types_source = (run.package_dir / "types.py").read_text(encoding="utf-8")
    assert f'STRIPE_API_VERSION = "{info["version"]}"' in types_source


@pytest.mark.parametrize("spec_key", list(SPECS))
def test_fixtures_round_trip_through_each_generated_package(trees: GeneratedTrees, spec_key: str) -> None:
    """Stripe's own fixture objects parse and come back unchanged, with the package generated from that spec."""
    run = trees(spec_key)
    report = fixture_report_in_subprocess(run.package_dir.parent, run.spec.parent / "fixtures3.json")
    assert Path(report["package"]).is_relative_to(run.package_dir), "imported the installed package instead"
    assert report["api_version"] == load_json(run.spec_dir / "stripe.trimmed.json")["info"]["version"]
    assert report["results"] == dict.fromkeys(RESOURCE_MODELS, "ok")


def test_json_and_yaml_sources_generate_the_same_client(trees: GeneratedTrees) -> None:
    """The same spec as JSON or YAML yields the same package and specs; only the recorded source hash differs."""
    from_json, from_yaml = trees("2023-09-12-json"), trees("2023-09-12-yaml")
    assert tree_bytes(from_yaml.package_dir) == tree_bytes(from_json.package_dir)
    for name in ("stripe.documented.json", "stripe.trimmed.json"):
        documents = [load_json(run.spec_dir / name) for run in (from_json, from_yaml)]
        hashes = [document["info"]["x-stripe-connector-provenance"].pop("source_sha256") for document in documents]
        assert hashes[0] != hashes[1]
        assert documents[0] == documents[1]


def test_two_runs_produce_byte_identical_trees(trees: GeneratedTrees, tmp_path: Path) -> None:
    first = trees("2023-09-12-json")
    second = make_generate(tmp_path / "again", first.spec)
    assert second.returncode == 0, second.output
    for directory in ("spec", "generated"):
        left, right = tree_bytes(first.workdir / directory), tree_bytes(second.workdir / directory)
        assert left, f"nothing generated in {directory}/"
        assert sorted(left) == sorted(right)
        changed = [name for name in left if left[name] != right[name]]
        assert changed == [], f"files differ between two runs: {changed}"


def test_committed_package_passes_mypy_strict(tmp_path: Path) -> None:
    """~6 s cold on this machine, so not marked slow. The cache lives in tmp_path: a cold run, no stray files."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), f"generated/{PACKAGE}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


# --- the committed package parses what Stripe sends ---------------------------------------------------------------


def test_committed_package_matches_the_committed_spec() -> None:
    assert load_json(COMMITTED_TRIMMED)["info"]["version"] == STRIPE_API_VERSION


def test_fixtures_round_trip_through_the_committed_package() -> None:
    report = fixture_report(COMMITTED_FIXTURES)
    assert Path(report["package"]).is_relative_to(ROOT / "generated" / PACKAGE)
    assert report["results"] == dict.fromkeys(RESOURCE_MODELS, "ok")


DOC_EXAMPLES = extract_example_responses(TOOLS_DOC.read_text(encoding="utf-8"))


def test_tools_reference_has_an_example_response_per_tool() -> None:
    assert len(DOC_EXAMPLES) == 12
    assert len(read_operations()) >= 12  # the reference's twelve, and the tools added since
    assert all(isinstance(example, dict) for example in DOC_EXAMPLES)


@pytest.mark.parametrize(
    "example",
    DOC_EXAMPLES,
    ids=[f"{index:02d}-{example.get('url', example.get('object'))}" for index, example in enumerate(DOC_EXAMPLES)],
)
def test_tools_reference_examples_round_trip(example: dict[str, Any]) -> None:
    """The documented example responses come from a newer Stripe API version than the spec (an invoice without
    ``paid``, a product with ``marketing_features`` instead of ``features``): the models must still take them."""
    if example["object"] == "list":
        list_model, item_model = LIST_MODELS[example["url"]]
        parsed = getattr(models, list_model).from_dict(example)
        assert parsed.data, "the example list is empty: nothing typed was checked"
        assert all(isinstance(item, getattr(models, item_model)) for item in parsed.data)
        assert round_trip(getattr(models, list_model), example) == "ok"
    else:
        assert round_trip(getattr(models, RESOURCE_MODELS[example["object"]]), example) == "ok"


def test_unknown_enum_values_and_extra_keys_survive(committed_fixtures: dict[str, Any]) -> None:
    """Stripe adds enum values and fields in backwards-compatible releases; neither may break or get lost."""
    customer = copy.deepcopy(committed_fixtures["customer"])
    customer["tax_exempt"] = "a_value_stripe_adds_later"
    customer["a_field_stripe_adds_later"] = {"nested": [1, "two", None]}
    parsed = models.Customer.from_dict(customer)
    tax_exempt: object = parsed.tax_exempt  # typed as the known values; the point is that others get through
    assert tax_exempt == "a_value_stripe_adds_later"
    assert parsed.additional_properties == {"a_field_stripe_adds_later": {"nested": [1, "two", None]}}
    assert parsed.to_dict() == customer


# --- wire format ------------------------------------------------------------------------------------------------


class Recorder:
    """A MockTransport handler that records requests and answers with the fixture resource for the path."""

    def __init__(self, fixtures: dict[str, Any]) -> None:
        self.requests: list[httpx.Request] = []
        self.responses = {
            ("POST", "/v1/customers"): fixtures["customer"],
            ("POST", "/v1/charges"): fixtures["charge"],
            ("POST", "/v1/payment_intents"): fixtures["payment_intent"],
            ("POST", "/v1/invoices"): fixtures["invoice"],
            ("GET", "/v1/customers/cus_123"): fixtures["customer"],
            ("GET", "/v1/customers"): {
                "object": "list", "url": "/v1/customers", "has_more": False, "data": [fixtures["customer"]],
            },
        }  # fmt: skip

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self.responses.get((request.method, request.url.path))
        if body is None:
            error = {"type": "invalid_request_error", "message": f"Unrecognized request URL ({request.url.path})"}
            return httpx.Response(404, json={"error": error})
        return httpx.Response(200, json=body)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


@pytest.fixture
def recorder(committed_fixtures: dict[str, Any]) -> Recorder:
    return Recorder(committed_fixtures)


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AuthenticatedClient]:
    """The generated client with its own auth header setup, talking to the recorder instead of the network."""
    generated = AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    with generated:
        yield generated


def stripe_python_form(params: dict[str, Any]) -> str:
    """How stripe-python encodes the same parameters: the reference for Stripe's wire format."""
    return urllib.parse.urlencode(list(_api_encode(params)))


# Parameters are written in the order the generated models emit them (required fields first, then by name), so
# the bytes can be compared with stripe-python's exactly.
POST_CASES = [
    pytest.param(
        post_customers, models.PostCustomersBody, "customer",
        {
            "address": {"city": "Berlin", "line1": "Unter den Linden 1"},
            "email": "jenny+test@example.com",
            "expand": ["default_source"],
            "metadata": {"plan": "gold", "note": "a&b=c ü"},
            "name": "Jenny Rosen",
            "preferred_locales": ["en", "fr"],
            "tax_exempt": "none",
        },
        [
            ("address[city]", "Berlin"), ("address[line1]", "Unter den Linden 1"),
            ("email", "jenny+test@example.com"), ("expand[0]", "default_source"),
            ("metadata[plan]", "gold"), ("metadata[note]", "a&b=c ü"), ("name", "Jenny Rosen"),
            ("preferred_locales[0]", "en"), ("preferred_locales[1]", "fr"), ("tax_exempt", "none"),
        ],
        id="post_customers",
    ),
    pytest.param(
        post_charges, models.PostChargesBody, "charge",
        {
            "amount": 1099, "capture": False, "currency": "usd", "description": "", "expand": ["customer"],
            "metadata": {"order_id": "6735"}, "source": "tok_visa",
        },
        [
            ("amount", "1099"), ("capture", "false"), ("currency", "usd"), ("description", ""),
            ("expand[0]", "customer"), ("metadata[order_id]", "6735"), ("source", "tok_visa"),
        ],
        id="post_charges",
    ),
    pytest.param(
        post_payment_intents, models.PostPaymentIntentsBody, "payment_intent",
        {
            "amount": 2000, "currency": "usd", "automatic_payment_methods": {"enabled": False}, "confirm": False,
            "expand": ["customer"], "metadata": {"plan": "gold"}, "payment_method_types": ["card", "link"],
        },
        [
            ("amount", "2000"), ("currency", "usd"), ("automatic_payment_methods[enabled]", "false"),
            ("confirm", "false"), ("expand[0]", "customer"), ("metadata[plan]", "gold"),
            ("payment_method_types[0]", "card"), ("payment_method_types[1]", "link"),
        ],
        id="post_payment_intents",
    ),
    pytest.param(
        post_invoices, models.PostInvoicesBody, "invoice",
        {
            "auto_advance": True, "custom_fields": [{"name": "PO", "value": "42"}], "customer": "cus_123",
            "days_until_due": 30, "expand": ["customer"], "metadata": {"plan": "gold"},
        },
        [
            ("auto_advance", "true"), ("custom_fields[0][name]", "PO"), ("custom_fields[0][value]", "42"),
            ("customer", "cus_123"), ("days_until_due", "30"), ("expand[0]", "customer"),
            ("metadata[plan]", "gold"),
        ],
        id="post_invoices",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("endpoint", "body_model", "resource", "params", "expected_pairs"), POST_CASES)
def test_post_sends_stripe_form_encoding(
    client: AuthenticatedClient,
    recorder: Recorder,
    committed_fixtures: dict[str, Any],
    endpoint: ModuleType,
    body_model: Any,
    resource: str,
    params: dict[str, Any],
    expected_pairs: list[tuple[str, str]],
) -> None:
    body = body_model.from_dict(params)
    assert body.to_dict() == params
    response = endpoint.sync_detailed(client=client, body=body)
    request = recorder.last
    assert request.method == "POST"
    assert request.url.raw_path == f"/v1/{endpoint.__name__.rsplit('.', 1)[1].removeprefix('post_')}".encode()
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.url.query == b""
    sent = request.content.decode("ascii")
    assert urllib.parse.parse_qsl(sent, keep_blank_values=True, strict_parsing=True) == expected_pairs
    assert sent == stripe_python_form(params)
    assert response.status_code == 200
    assert isinstance(response.parsed, getattr(models, RESOURCE_MODELS[resource]))
    assert response.parsed.to_dict() == committed_fixtures[resource]


async def test_async_post_sends_the_same_bytes(client: AuthenticatedClient, recorder: Recorder) -> None:
    params = {"amount": 2000, "currency": "usd", "metadata": {"plan": "gold"}, "payment_method_types": ["card"]}
    body = models.PostPaymentIntentsBody.from_dict(params)
    post_payment_intents.sync_detailed(client=client, body=body)
    response = await post_payment_intents.asyncio_detailed(client=client, body=body)
    sync_request, async_request = recorder.requests
    assert async_request.url == sync_request.url
    assert async_request.content == sync_request.content == stripe_python_form(params).encode()
    assert async_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert isinstance(response.parsed, models.PaymentIntent)


def test_get_sends_bracket_query_and_no_body(
    client: AuthenticatedClient, recorder: Recorder, committed_fixtures: dict[str, Any]
) -> None:
    response = get_customers.sync_detailed(
        client=client,
        created=models.GetCustomersCreatedType0(gte=1),
        email="jenny+test@example.com",
        expand=["data.default_source", "data.test_clock"],
        limit=3,
    )
    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/v1/customers"
    assert urllib.parse.parse_qsl(request.url.query.decode("ascii"), strict_parsing=True) == [
        ("created[gte]", "1"),
        ("email", "jenny+test@example.com"),
        ("expand[0]", "data.default_source"),
        ("expand[1]", "data.test_clock"),
        ("limit", "3"),
    ]
    params = {
        "created": {"gte": 1},
        "email": "jenny+test@example.com",
        "expand": ["data.default_source", "data.test_clock"],
        "limit": 3,
    }
    assert request.url.query.decode("ascii") == stripe_python_form(params)
    assert request.content == b""
    assert "Content-Type" not in request.headers
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert isinstance(response.parsed, models.GetCustomersResponse200)
    assert response.parsed.data[0].to_dict() == committed_fixtures["customer"]


def test_get_without_filters_sends_no_query(client: AuthenticatedClient, recorder: Recorder) -> None:
    get_customers.sync_detailed(client=client)
    assert recorder.last.url.raw_path == b"/v1/customers"


def test_get_customer_puts_the_id_in_the_path(
    client: AuthenticatedClient, recorder: Recorder, committed_fixtures: dict[str, Any]
) -> None:
    response = get_customers_customer.sync_detailed("cus_123", client=client, expand=["default_source"])
    request = recorder.last
    assert request.url.raw_path == b"/v1/customers/cus_123?expand%5B0%5D=default_source"
    assert request.content == b""
    assert "Content-Type" not in request.headers
    assert isinstance(response.parsed, models.Customer)
    assert response.parsed.to_dict() == committed_fixtures["customer"]


@pytest.mark.parametrize(
    "hostile_id",
    ["../balance", "cus_1/../../balance", "cus_1?expand[]=secret", "cus 1#fragment", "%2e%2e", "..", "."],
)
def test_path_parameters_cannot_escape_their_segment(hostile_id: str) -> None:
    """An ID is one path segment, whatever it contains: ``..`` must not turn GET /v1/customers/.. into GET /v1
    (httpx removes literal dot segments, so ``.`` and ``..`` need escaping beyond what ``quote`` does)."""
    sent: list[httpx.Request] = []

    def not_found(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"error": {"type": "invalid_request_error", "message": "No such customer"}})

    transport = httpx.MockTransport(not_found)
    with AuthenticatedClient(base_url=BASE_URL, token=TOKEN, httpx_args={"transport": transport}) as client:
        response = get_customers_customer.sync_detailed(hostile_id, client=client)
    assert isinstance(response.parsed, models.StripeErrorResponse)
    [request] = sent
    prefix = b"/v1/customers/"
    assert request.url.raw_path.startswith(prefix), request.url.raw_path
    segment = request.url.raw_path[len(prefix) :]
    assert b"/" not in segment and b"?" not in segment and b"#" not in segment, segment
    assert urllib.parse.unquote(segment.decode("ascii")) == hostile_id
    assert request.url.query == b""


# --- check_generated.py ------------------------------------------------------------------------------------------


def run_check_generated(root: Path, spec: Path) -> subprocess.CompletedProcess[str]:
    """``python -m codegen.check_generated`` in the checkout (or copy) at ``root``."""
    return subprocess.run(
        [sys.executable, "-m", "codegen.check_generated", "--spec", str(spec)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_check_generated_passes_on_the_committed_tree() -> None:
    result = run_check_generated(ROOT, COMMITTED_SPEC)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "match" in result.stdout


@pytest.mark.parametrize(
    ("edited_file", "old", "new"),
    [
        (f"generated/{PACKAGE}/api/default/get_balance.py", '"url": "/v1/balance"', '"url": "/v1/balances"'),
        ("spec/stripe.trimmed.json", '"openapi": "3.0.0"', '"openapi": "3.0.3"'),
    ],
    ids=["generated-file", "trimmed-spec"],
)
def test_check_generated_fails_after_a_hand_edit(tmp_path: Path, edited_file: str, old: str, new: str) -> None:
    """On a copy of the repository: edit one output file by hand; the check names it and shows the diff."""
    for directory in ("codegen", "spec", "generated"):
        shutil.copytree(ROOT / directory, tmp_path / directory, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / edited_file
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{edited_file} no longer contains {old!r} once: update this test"
    target.write_text(text.replace(old, new), encoding="utf-8")

    result = run_check_generated(tmp_path, COMMITTED_SPEC.resolve())

    assert result.returncode == 1, result.stdout + result.stderr
    assert "make generate" in result.stderr
    diff_targets = {line.split()[1] for line in result.stderr.splitlines() if line.startswith("+++ ")}
    assert diff_targets == {f"regenerated/{edited_file}"}, "only the edited file may differ from the regenerated tree"
    assert any(line.startswith("-") and new in line for line in result.stderr.splitlines())
    assert any(line.startswith("+") and old in line for line in result.stderr.splitlines())


# --- bad input: one clear line, no traceback -----------------------------------------------------------------------


def write_file(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


BAD_SPECS: list[Any] = [
    pytest.param(lambda tmp: tmp / "absent.json", "spec file not found", id="missing"),
    pytest.param(lambda tmp: tmp, "cannot read spec file", id="directory"),
    pytest.param(
        lambda tmp: write_file(tmp / "swagger.json", b'{"swagger": "2.0", "paths": {}}'),
        "not an OpenAPI 3",
        id="swagger2",
    ),
    pytest.param(lambda tmp: write_file(tmp / "list.json", b"[1, 2, 3]"), "not an OpenAPI 3", id="json-list"),
    pytest.param(
        lambda tmp: write_file(tmp / "nopaths.json", b'{"openapi": "3.0.0", "info": {}}'),
        "not an OpenAPI 3",
        id="no-paths",
    ),
    pytest.param(
        lambda tmp: write_file(tmp / "garbage.json", b'{{{ "not": json'),
        "neither valid JSON nor valid YAML",
        id="bad-json",
    ),
    pytest.param(
        lambda tmp: write_file(tmp / "garbage.yaml", b"openapi: [3.0\n  paths: : :\n\t- x"),
        "neither valid JSON nor valid YAML",
        id="bad-yaml",
    ),
    pytest.param(
        lambda tmp: write_file(tmp / "binary.json", b"\xff\xfe\x00\x9c"), "cannot read spec file", id="binary"
    ),
]


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("trim: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def run_trim(spec: Path, operations: Path, out_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen.trim",
            *("--spec", str(spec), "--operations", str(operations)),
            "--out-dir",
            str(out_dir),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(("make_spec", "message"), BAD_SPECS)
def test_trim_reports_bad_specs_in_one_line(tmp_path: Path, make_spec: Callable[[Path], Path], message: str) -> None:
    spec = make_spec(tmp_path)
    result = run_trim(spec, ROOT / "spec" / "tools.yaml", tmp_path / "out")
    assert_one_line_error(result, message, str(spec))
    assert not (tmp_path / "out").exists(), "nothing may be written on error"


@pytest.mark.parametrize(
    ("operations", "fragments"),
    [
        ("GET /v1/nonexistent bogus_tool\n", ("GET /v1/nonexistent", "bogus_tool")),
        ("GET /v1/customers list_customers\nDELETE /v1/balance bogus_tool\n", ("DELETE /v1/balance", "bogus_tool")),
        ("FETCH /v1/customers list_customers\n", ("operations:1", "FETCH")),
        ("# only a comment\n", ("lists no operations",)),
    ],
    ids=["unknown-path", "unknown-method", "malformed-line", "empty"],
)
def test_trim_reports_bad_operations_in_one_line(tmp_path: Path, operations: str, fragments: tuple[str, ...]) -> None:
    operations_file = tmp_path / "operations"
    operations_file.write_text(operations, encoding="utf-8")
    result = run_trim(SPECS["2022-04-12-json"], operations_file, tmp_path / "out")
    assert_one_line_error(result, *fragments)
    assert not (tmp_path / "out").exists()


def test_make_spec_with_a_missing_spec_fails_clearly(tmp_path: Path) -> None:
    copy_pipeline(tmp_path)
    result = run_make(tmp_path, "spec", "/nonexistent")
    assert result.returncode != 0
    assert "trim: error: spec file not found: /nonexistent" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(path.name for path in (tmp_path / "spec").iterdir()) == ["tools.yaml"]


# --- provenance and shape of the committed specs ------------------------------------------------------------------


@pytest.fixture(scope="module")
def committed_source_document() -> dict[str, Any]:
    document: dict[str, Any] = load_spec(COMMITTED_SPEC)
    return document


@pytest.fixture(scope="module")
def documented() -> dict[str, Any]:
    document: dict[str, Any] = load_json(ROOT / "spec" / "stripe.documented.json")
    return document


@pytest.fixture(scope="module")
def trimmed() -> dict[str, Any]:
    document: dict[str, Any] = load_json(ROOT / "spec" / "stripe.trimmed.json")
    return document


@pytest.mark.parametrize("name", ["stripe.documented.json", "stripe.trimmed.json"])
def test_committed_specs_carry_provenance(committed_source_document: dict[str, Any], name: str) -> None:
    info = load_json(ROOT / "spec" / name)["info"]
    version = committed_source_document["info"]["version"]
    assert info["x-stripe-connector-provenance"] == {
        "source_sha256": sha256_file(COMMITTED_SPEC),
        "stripe_api_version": version,
    }
    assert info["version"] == version
    if COMMITTED_SPEC == DEFAULT_SPEC:
        assert version == DEFAULT_API_VERSION


def test_documented_spec_is_the_unmodified_closure(
    committed_source_document: dict[str, Any], documented: dict[str, Any]
) -> None:
    listed = {(method, path) for method, path, _ in read_operations()}
    present = {(method, path) for path, item in documented["paths"].items() for method in item}
    assert present == listed
    for method, path in listed:
        assert documented["paths"][path][method] == committed_source_document["paths"][path][method], (
            f"{method} {path} changed"
        )
    schemas = documented["components"]["schemas"]
    for name, schema in schemas.items():
        assert schema == committed_source_document["components"]["schemas"][name], f"schema {name} changed"
    assert reachable_schemas(documented["paths"], schemas) == set(schemas), "not exactly the referenced closure"


def test_trimmed_spec_is_normalised_and_self_contained(trimmed: dict[str, Any]) -> None:
    text = (ROOT / "spec" / "stripe.trimmed.json").read_text(encoding="utf-8")
    assert "x-expansionResources" not in text
    for path, item in trimmed["paths"].items():
        assert "requestBody" not in item.get("get", {}), f"GET {path} still declares a body"
    schemas = trimmed["components"]["schemas"]
    assert reachable_schemas(trimmed["paths"], schemas) == set(schemas), "dangling or unused schemas"
    listed = {(method, path) for method, path, _ in read_operations()}
    assert {(method, path) for path, item in trimmed["paths"].items() for method in item} == listed
