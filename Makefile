# The commands CI runs (see CONTRIBUTING.md). `make test` is the README's test command.
# The README's first command makes .venv; when it exists, every target uses it (Debian's system
# Python refuses `pip install`, PEP 668). PYTHON=... on the command line or in the environment wins.
VENV_PYTHON := $(wildcard .venv/bin/python)
PYTHON ?= $(if $(VENV_PYTHON),$(VENV_PYTHON),python3)
TEST_IMPORTS = newsledger, pytest, hypothesis, playwright, schemathesis, pyspark, ruff, mypy

.PHONY: install test-deps test lint eval scores bench demo

install:
	$(PYTHON) -m pip install -e '.[dev,spark]'

# A no-op when the test extras are already importable (CI installs them first); else installs them.
test-deps:
	@$(PYTHON) -c "import $(TEST_IMPORTS)" 2>/dev/null || $(PYTHON) -m pip install -e '.[dev,spark]'

test: test-deps
	$(PYTHON) -m pytest -q

lint:
	$(PYTHON) -m ruff check src tests
	$(PYTHON) -m mypy

eval:
	$(PYTHON) -m newsledger eval tests/gold/seeds
	$(PYTHON) -m newsledger eval tests/gold/examples

# Every public set in ../shared/bench, written to docs/scores.md (commit it with the change).
# SCORES_ARGS adds options, e.g. `make scores SCORES_ARGS="--limit 200"` for a quicker board.
SCORES_ARGS ?=
scores:
	$(PYTHON) -m newsledger eval --all --markdown docs/scores.md $(SCORES_ARGS)

bench:
	$(PYTHON) -m newsledger bench --stage extract
	$(PYTHON) -m newsledger bench --stage ingest

demo:
	$(PYTHON) -m newsledger demo
