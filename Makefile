# Community Radar: `make run` runs the main job, `make test` runs the checks and the tests (what CI
# runs); `make test-fast` runs the unit tests only (not `slow`, not `integration`).
# All three set everything up themselves on a fresh machine (Python 3.11 + pip from the registry).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# `make test` runs pytest on this many worker processes (pytest-xdist), whole test files to a
# worker; most slow tests wait on servers and child processes, so two share 2 cores well.
PYTEST_WORKERS ?= 2

.PHONY: run test test-fast lint typecheck pytest install assets clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	@touch $(STAMP)

# The console's JavaScript/CSS (ECharts, htmx, Swagger UI, ReDoc) from npm at the exact versions
# of review_api/static/assets.txt, into the ignored review_api/static/vendor/ (see docs/console.md).
ASSETS := review_api/static/vendor/.installed

$(ASSETS): review_api/static/assets.txt review_api/static/install-assets.sh
	review_api/static/install-assets.sh

assets: $(ASSETS)

install: $(STAMP) $(ASSETS)

run: install
	$(BIN)/radar run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

test: lint typecheck pytest

test-fast: install
	$(BIN)/pytest -q -m "not slow and not integration"

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache review_api/static/vendor
