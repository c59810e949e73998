# stripe-connector pipeline: Stripe's spec -> trimmed spec -> generated client, plus tests, demo and benchmarks.
# Variables: SPEC (the source spec, JSON or YAML), PYTHON (the interpreter; the project's venv by default).
SPEC ?= ../shared/stripe-openapi/2023-09-12/spec3.json
VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
BIN := $(dir $(PYTHON))
PACKAGE := stripe_connector_generated

.PHONY: help venv spec generate check-generated test pytest lint demo record bench figures docs docs-serve spec-diff \
	regenerate mutants

help:
	@echo "make demo             set up (first time) and run the offline demo against a local fake Stripe"
	@echo "make test             set up (first time) and run every check: generated code, lint, types, tests"
	@echo "make generate         trim SPEC and regenerate generated/ (SPEC=$(SPEC))"
	@echo "make check-generated  prove spec/ and generated/ are what the pipeline produces"
	@echo "make spec-diff OLD=a NEW=b   what changed for the documented operations (Markdown)"
	@echo "make regenerate SPEC=new     spec-diff, generate, test: the spec-update CI job"
	@echo "make record           re-record the cassettes (localstripe, or Stripe test mode with STRIPE_API_KEY)"
	@echo "make bench            speed and memory beside httpx and stripe-python (results: $(BENCH_JSON))"
	@echo "make figures          draw the benchmark figures of the site from $(BENCH_JSON)"
	@echo "make docs             build the documentation site strictly into build/site"
	@echo "make docs-serve       serve the documentation site on 127.0.0.1:8000, rebuilt on every change"
	@echo "make mutants          mutation testing (mutmut) of the modules that guard money, secrets and retries"

# `make spec-diff` exits with the script's own status (1 = breaking), but make turns any failed recipe into 2.
# Question mode (-q) is make's one way to exit 1: it runs only `+` lines (RUN) and passes their status 1 on.
ifeq ($(MAKECMDGOALS),spec-diff)
MAKEFLAGS += -q
RUN := +
endif

# A venv with the project and its dev extras; every target that runs the project's Python creates it on first
# use (NEEDS_VENV), unless the caller brings its own interpreter (PYTHON=...).
$(VENV)/.installed: pyproject.toml
	$(RUN)test -x $(PYTHON) || python3 -m venv $(VENV)
	$(RUN)$(PYTHON) -m pip install --quiet --upgrade pip
	$(RUN)$(PYTHON) -m pip install --quiet -e '.[dev]'
	$(RUN)touch $@

NEEDS_VENV := $(if $(filter $(VENV)/bin/python,$(PYTHON)),$(VENV)/.installed)

venv: $(VENV)/.installed

# Prism (the random-response Stripe mock used by the conformance tests), pinned by package-lock.json.
node_modules/.bin/prism: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

spec: $(NEEDS_VENV)
	$(PYTHON) -m codegen.trim --spec "$(SPEC)" --operations spec/tools.yaml --out-dir spec
	$(PYTHON) -m codegen.output_schemas --trimmed spec/stripe.trimmed.json --tools spec/stripe.tools.json \
		--out spec/stripe.outputs.json

generate: spec
	$(PYTHON) -m codegen.generator --trimmed spec/stripe.trimmed.json --output generated/$(PACKAGE)
	$(PYTHON) -m codegen.build_tools --definitions spec/tools.yaml --view spec/stripe.tools.json \
		--package generated/$(PACKAGE)
	$(PYTHON) -m codegen.build_operations --spec "$(SPEC)" --out spec/stripe.operations.jsonl

# Rebuild everything from SPEC in a temporary directory and compare with what is committed.
check-generated: $(NEEDS_VENV)
	$(PYTHON) -m codegen.check_generated --spec "$(SPEC)"

# ruff (lint, complexity C90, format) and mypy --strict on every Python file but generated/ (only `make generate`
# writes it). .pre-commit-config.yaml runs this target, so a commit is checked on exactly these files.
LINTED := wrapper codegen tests bench examples docs
lint: $(VENV)/.installed
	$(BIN)ruff check $(LINTED)
	$(BIN)ruff format --check $(LINTED)
	$(BIN)mypy --strict wrapper/stripe_connector codegen tests bench/*.py examples docs/hooks

# The README's test command (one of its two): everything CI checks, offline.
test: $(VENV)/.installed node_modules/.bin/prism
	$(MAKE) --no-print-directory check-generated lint pytest

# The suite runs in PYTEST_WORKERS processes (pytest-xdist; each test module's servers are its own, on free ports).
PYTEST_WORKERS ?= 2
pytest: $(VENV)/.installed
	$(PYTHON) -m pytest -q -n $(PYTEST_WORKERS)

demo: $(VENV)/.installed
	$(PYTHON) examples/demo.py

# Re-record the cassettes (localstripe; Stripe test mode when STRIPE_API_KEY is set), then prove they replay offline.
record: $(VENV)/.installed
	STRIPE_CONNECTOR_RECORD=1 $(PYTHON) -m pytest tests/flows/test_flows.py tests/flows/test_flows_workflow.py
	$(PYTHON) -m pytest tests/flows/test_flows.py tests/flows/test_flows_workflow.py tests/flows/test_cassette_secrets.py

# The run's rows also go to BENCH_JSON: the results the site's figures are drawn from (`make figures`).
BENCH_JSON ?= bench/results.json
# Bytecode first, as `pip install` leaves it: a shell with PYTHONDONTWRITEBYTECODE would otherwise time each
# spawned command compiling the package from source (~100 ms of every process start in the CLI rows).
bench: $(VENV)/.installed
	$(PYTHON) -m compileall -q -j 0 wrapper/stripe_connector generated bench
	$(PYTHON) bench/run.py --json $(BENCH_JSON) $(BENCH_FLAGS)

# The site (mkdocs.yml): guides in docs/, reference tables generated from the code at build time (docs/hooks/),
# figures drawn from the committed benchmark results. Strict: a warning, a dead link or a missing reference fails.
FIGURES_DIR := docs/figures
figures: $(NEEDS_VENV)
	$(PYTHON) bench/figures.py $(BENCH_JSON) --out $(FIGURES_DIR)

docs: figures
	NO_MKDOCS_2_WARNING=1 $(BIN)mkdocs build --strict --quiet

docs-serve: figures
	NO_MKDOCS_2_WARNING=1 $(BIN)mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Mutation testing of the modules that guard secrets and retries ([tool.mutmut] in pyproject.toml says which, and
# which tests). mutmut only imports mutated code from a src/ layout, so it runs on a copy in build/mutants;
# the checkout is never touched. Prints the survivors and the score; `cd build/mutants && mutmut show NAME`.
MUTANTS_DIR := build/mutants
mutants: $(VENV)/.installed
	rm -rf $(MUTANTS_DIR) && mkdir -p $(MUTANTS_DIR)/src
	cp -r wrapper/stripe_connector $(MUTANTS_DIR)/src/
	cp -r tests spec codegen examples bench pyproject.toml $(MUTANTS_DIR)/
	ln -s $(abspath ../shared) $(MUTANTS_DIR)/shared  # mutmut runs in $(MUTANTS_DIR)/mutants: ../shared from there
	find $(MUTANTS_DIR) -name __pycache__ -prune -exec rm -rf {} +
	cd $(MUTANTS_DIR) && $(abspath $(BIN))/mutmut run --max-children 2 > mutmut-run.log 2>&1; \
	status=$$?; $(abspath $(BIN))/mutmut results --all true > results.txt 2>&1; \
	grep -v ': killed$$' results.txt; \
	awk -F': ' 'NF > 1 { count[$$NF]++; total++ } END { for (s in count) printf "%-12s %d\n", s, count[s]; \
		k = count["killed"] + count["timeout"]; printf "score: %d of %d killed (%.1f%%)\n", k, total, 100 * k / total }' \
		results.txt; exit $$status

# What changed between two specs in the documented operations: Markdown on stdout, or in OUT=<file>.
# Exit status: codegen.spec_diff's own, 0 (additive only), 1 (breaking) or 2 (bad input) (see RUN above).
spec-diff: $(NEEDS_VENV)
	+@if [ -z "$(OLD)" ] || [ -z "$(NEW)" ]; then echo "usage: make spec-diff OLD=<spec> NEW=<spec> [OUT=<file.md>]" >&2; exit 2; fi
	+@$(PYTHON) -m codegen.spec_diff "$(OLD)" "$(NEW)" --operations spec/tools.yaml $(if $(OUT),--output "$(OUT)")

# One command for the CI job: report what SPEC changes against the committed trimmed spec (in REPORT), then
# regenerate and test. A breaking report does not stop it (the pull request shows it); bad input does.
REPORT ?= build/spec-changes.md
regenerate: $(NEEDS_VENV)
	@mkdir -p "$(dir $(REPORT))"
	@$(PYTHON) -m codegen.spec_diff spec/stripe.trimmed.json "$(SPEC)" --operations spec/tools.yaml --output "$(REPORT)"; \
	status=$$?; [ $$status -le 1 ] || exit $$status
	$(MAKE) generate SPEC="$(SPEC)"
	$(MAKE) test SPEC="$(SPEC)"
