# The two commands of README.md: `make demo` and `make test`. Both set up .venv first.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-slow clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## ingest the bundled samples, print what was found, write exports under .claimgraph/exports
	$(BIN)/claimgraph demo

test: $(STAMP)  ## the default suite (slow tests excluded)
	$(BIN)/pytest -q

test-slow: $(STAMP)  ## tests marked slow (services, large corpora); exit code 5 = none selected
	$(BIN)/pytest -q -m slow || test $$? -eq 5

clean:
	rm -rf $(VENV) .claimgraph .pytest_cache
