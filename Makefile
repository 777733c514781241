# The commands CI runs (see CONTRIBUTING.md). `make test` is the README's test command.
PYTHON ?= python3

.PHONY: install test lint eval bench demo

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

bench:
	$(PYTHON) -m newsledger bench --stage extract
	$(PYTHON) -m newsledger bench --stage ingest

demo:
	$(PYTHON) -m newsledger demo
