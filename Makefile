# stripe-connector pipeline: Stripe's spec -> trimmed spec -> generated client, plus tests, demo and benchmarks.
# Variables: SPEC (the source spec, JSON or YAML), PYTHON (the interpreter; the project's venv by default).
SPEC ?= ../shared/stripe-openapi/2023-09-12/spec3.json
VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
BIN := $(dir $(PYTHON))
PACKAGE := stripe_connector_generated
GENERATOR = PATH="$(abspath $(BIN)):$$PATH" $(BIN)openapi-python-client generate --meta none --overwrite \
	--fail-on-warning --config codegen/config.yaml --custom-template-path codegen/templates

.PHONY: help venv spec generate check-generated test lint demo record bench spec-diff regenerate

help:
	@echo "make demo | test | spec | generate | check-generated | lint | record | bench | spec-diff | regenerate"

# A venv with the project and its dev extras; `make demo` and `make test` create it on first use.
$(VENV)/.installed: pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

spec:
	$(PYTHON) codegen/trim.py --spec "$(SPEC)" --operations spec/operations --out-dir spec

generate: spec
	$(GENERATOR) --path spec/stripe.trimmed.json --output-path generated/$(PACKAGE)

# Rebuild everything from SPEC in a temporary directory and compare with what is committed.
check-generated:
	$(PYTHON) codegen/check_generated.py --spec "$(SPEC)"

lint:
	$(BIN)ruff check wrapper codegen tests bench
	$(BIN)mypy --strict wrapper/stripe_connector

test: $(VENV)/.installed
	$(PYTHON) -m pytest
