# stripe-connector pipeline: Stripe's spec -> trimmed spec -> generated client, plus tests, demo and benchmarks.
# Variables: SPEC (the source spec, JSON or YAML), PYTHON (the interpreter; the project's venv by default).
SPEC ?= ../shared/stripe-openapi/2023-09-12/spec3.json
VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
BIN := $(dir $(PYTHON))
PACKAGE := stripe_connector_generated
GENERATOR = PATH="$(abspath $(BIN)):$$PATH" $(BIN)openapi-python-client generate --meta none --overwrite \
	--fail-on-warning --config codegen/config.yaml --custom-template-path codegen/templates

.PHONY: help venv spec generate check-generated test pytest lint demo record bench spec-diff regenerate

help:
	@echo "make demo             set up (first time) and run the offline demo against a local fake Stripe"
	@echo "make test             set up (first time) and run every check: generated code, lint, types, tests"
	@echo "make generate         trim SPEC and regenerate generated/ (SPEC=$(SPEC))"
	@echo "make check-generated  prove spec/ and generated/ are what the pipeline produces"
	@echo "make spec-diff OLD=a NEW=b   what changed for the documented operations (Markdown)"
	@echo "make regenerate SPEC=new     spec-diff, generate, test: the spec-update CI job"
	@echo "make record           re-record the cassettes (localstripe, or Stripe test mode with STRIPE_API_KEY)"
	@echo "make bench            speed and memory beside httpx and stripe-python"

# A venv with the project and its dev extras; `make demo` and `make test` create it on first use.
$(VENV)/.installed: pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

# Prism (the random-response Stripe mock used by the conformance tests), pinned by package-lock.json.
node_modules/.bin/prism: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

spec:
	$(PYTHON) codegen/trim.py --spec "$(SPEC)" --operations spec/operations --out-dir spec
	$(PYTHON) codegen/output_schemas.py --trimmed spec/stripe.trimmed.json --tools spec/stripe.tools.json \
		--out spec/stripe.outputs.json

generate: spec
	$(GENERATOR) --path spec/stripe.trimmed.json --output-path generated/$(PACKAGE)

# Rebuild everything from SPEC in a temporary directory and compare with what is committed.
check-generated:
	$(PYTHON) codegen/check_generated.py --spec "$(SPEC)"

lint: $(VENV)/.installed
	$(BIN)ruff check wrapper codegen tests bench examples
	$(BIN)mypy --strict wrapper/stripe_connector codegen/trim.py codegen/check_generated.py codegen/spec_diff.py \
		codegen/output_schemas.py bench/*.py

# The README's test command: everything CI checks, offline.
test: $(VENV)/.installed node_modules/.bin/prism
	$(MAKE) --no-print-directory check-generated lint pytest

pytest: $(VENV)/.installed
	$(PYTHON) -m pytest -q

demo: $(VENV)/.installed
	$(PYTHON) examples/demo.py

# Re-record the cassettes (localstripe; Stripe test mode when STRIPE_API_KEY is set), then prove they replay offline.
record: $(VENV)/.installed
	STRIPE_CONNECTOR_RECORD=1 $(PYTHON) -m pytest tests/test_flows.py
	$(PYTHON) -m pytest tests/test_flows.py tests/test_cassette_secrets.py

bench: $(VENV)/.installed
	$(PYTHON) bench/run.py $(BENCH_FLAGS)

# What changed between two specs in the documented operations: Markdown on stdout, or in OUT=<file>.
# codegen/spec_diff.py exits 0 (additive only), 1 (breaking) or 2 (bad input); make reports any failure as 2.
spec-diff:
	@if [ -z "$(OLD)" ] || [ -z "$(NEW)" ]; then echo "usage: make spec-diff OLD=<spec> NEW=<spec> [OUT=<file.md>]" >&2; exit 2; fi
	@$(PYTHON) codegen/spec_diff.py "$(OLD)" "$(NEW)" --operations spec/operations $(if $(OUT),--output "$(OUT)")

# One command for the CI job: report what SPEC changes against the committed trimmed spec (in REPORT), then
# regenerate and test. A breaking report does not stop it (the pull request shows it); bad input does.
REPORT ?= build/spec-changes.md
regenerate:
	@mkdir -p "$(dir $(REPORT))"
	@$(PYTHON) codegen/spec_diff.py spec/stripe.trimmed.json "$(SPEC)" --operations spec/operations --output "$(REPORT)"; \
	status=$$?; [ $$status -le 1 ] || exit $$status
	$(MAKE) generate SPEC="$(SPEC)"
	$(MAKE) test SPEC="$(SPEC)"
