# The commands CI runs (see CONTRIBUTING.md). `make test` is the README's test command.
PYTHON ?= python3

.PHONY: install test lint eval scores bench demo

install:
	$(PYTHON) -m pip install -e '.[dev,spark]'

test:
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
