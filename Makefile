# Atrium developer commands. `make help` lists them; `make check` is exactly what CI runs.
#
# Overridable: VENV (where the virtualenv lives), PYTHON (the interpreter that creates it),
# PYTEST_ARGS (extra pytest arguments, e.g. PYTEST_ARGS='-k api_keys -x').
# The app itself reads its settings from the environment: `PORT=8765 make run` works.

VENV ?= .venv
PYTHON ?= python3.11
PYTEST_ARGS ?=
# Test processes: the conformance fuzz run alone takes minutes, so it gets one while the
# other takes the rest. Each process has its own database and Redis prefix; 0 runs in one.
PYTEST_WORKERS ?= 2

BIN := $(VENV)/bin
VENV_PYTHON := $(BIN)/python
# Touched after a successful install; re-installs when pyproject.toml changes. The quick start
# needs only what running needs (RUN_INSTALLED); tests, lint and typecheck need the dev tools
# too (INSTALLED), whose install also counts as the first.
INSTALLED := $(VENV)/.installed
RUN_INSTALLED := $(VENV)/.installed-run
# Runs a command and says how long it took: a first install takes a minute or two.
timed = started=$$(date +%s); $(1) && echo "$(strip $(2)) in $$(( $$(date +%s) - started )) s"

.DEFAULT_GOAL := help
.PHONY: help install install-run run serve migrate test lint fix typecheck check bench

help:
	@echo "make run        quick start: install if needed, then serve a demo tenant on an embedded PostgreSQL"
	@echo "make install    create $(VENV) with $(PYTHON) and install Atrium with its dev tools"
	@echo "make install-run  only what running needs (what make run installs)"
	@echo "make test       run the test suite (needs PostgreSQL and Redis on their default ports)"
	@echo "make lint       ruff check + ruff format --check"
	@echo "make fix        ruff check --fix + ruff format"
	@echo "make typecheck  mypy (strict)"
	@echo "make check      what CI runs: lint, typecheck, test"
	@echo "make migrate    apply database migrations to DATABASE_URL"
	@echo "make serve      run the API (python server.py serve) with the current environment"
	@echo "make bench      run the benchmarks under bench/"

$(VENV_PYTHON):
	@command -v $(PYTHON) >/dev/null 2>&1 || { \
		echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=/path/to/python3.11'" >&2; \
		exit 1; }
	@$(call timed,$(PYTHON) -m venv $(VENV),created $(VENV))

install: $(VENV_PYTHON)
	@$(call timed,$(VENV_PYTHON) -m pip install --disable-pip-version-check -e '.[dev]',\
		installed Atrium with its dev tools)
	@touch $(RUN_INSTALLED) $(INSTALLED)

install-run: $(VENV_PYTHON)
	@$(call timed,$(VENV_PYTHON) -m pip install --disable-pip-version-check -e '.[demo]',\
		installed what running Atrium needs)
	@touch $(RUN_INSTALLED)

$(INSTALLED): pyproject.toml
	@$(MAKE) --no-print-directory install

$(RUN_INSTALLED): pyproject.toml
	@$(MAKE) --no-print-directory install-run

run: $(RUN_INSTALLED)
	$(VENV_PYTHON) server.py demo

serve: $(RUN_INSTALLED)
	$(VENV_PYTHON) server.py serve

migrate: $(RUN_INSTALLED)
	$(VENV_PYTHON) server.py migrate

# pytest exits 5 when it collected no test: that fails this target like any other failure.
test: $(INSTALLED)
	$(VENV_PYTHON) -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fix: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(INSTALLED)
	$(BIN)/mypy .

check: lint typecheck test

bench: $(INSTALLED)
	@if [ -f bench/run_all.py ]; then \
		$(VENV_PYTHON) bench/run_all.py; \
	else \
		found=0; \
		for f in bench/bench_*.py; do \
			[ -f "$$f" ] || continue; \
			found=1; \
			echo "== $$f"; \
			$(VENV_PYTHON) "$$f" || exit $$?; \
		done; \
		[ $$found = 1 ] || echo "no benchmarks under bench/ yet"; \
	fi
