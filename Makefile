# The two commands of the README: `make run` and `make test`. Only python3, pip and make are needed.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PIP     = $(BIN)/python -m pip
# compat mode puts the repository on sys.path, so new packages under flows/ transforms/ expectations/ need no reinstall
EDITABLE = --config-settings editable_mode=compat

.PHONY: run test install install-dev bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e . $(EDITABLE)
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install -q -e '.[dev]' $(EDITABLE)
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## run the pipeline over the bundled sample documents into output/
run: $(VENV)/.installed
	$(BIN)/pledgeflow run seeds/documents --output output

## run the whole test suite (slow integration tests included)
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

## benchmark over ../shared/corpus (skips cleanly when absent)
bench: $(VENV)/.installed
	$(BIN)/python bench/bench_pipeline.py

docs: $(VENV)/.installed
	$(BIN)/python -m transforms.schemas > docs/tables.md

clean:
	rm -rf output/* output/.store output/.staging output/.lock
