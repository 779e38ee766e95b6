# The README's two commands are `make run` and `make test`; both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export GEOMAP_DATA_DIR ?= $(CURDIR)/var
export PYTHAINLP_OFFLINE := 1
export PYTHAINLP_DATA ?= $(CURDIR)/var/pythainlp-data

.PHONY: setup run test lint bench clean

setup: $(VENV)/.installed static/node_modules/.package-lock.json
	$(BIN)/geomap gazetteer build --if-stale

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

static/node_modules/.package-lock.json: static/package.json static/package-lock.json
	cd static && npm ci --no-audit --no-fund --loglevel=error

run: setup
	$(BIN)/geomap ingest seeds/
	$(BIN)/geomap serve --host 127.0.0.1 --port 5000

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/parse_speed.py
	$(BIN)/python bench/web_load.py
	$(BIN)/python bench/export_speed.py
	$(BIN)/python bench/load_corpus.py

clean:
	rm -rf $(VENV) var static/node_modules
