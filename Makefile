# Every target installs what it needs itself: a fresh clone runs `make demo` or `make test` directly.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed

.PHONY: install generate check-generated test lint typecheck spec-lint demo bench diff clean

install: $(STAMP) $(NPM_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,testing,redis]'
	touch $(STAMP)

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NPM_STAMP)

generate: $(STAMP)
	$(PY) scripts/generate

check-generated: $(STAMP)
	$(PY) scripts/generate --check

spec-lint: install
	$(PY) -m openapi_spec_validator openapi/bundled.yaml
	npx --no-install redocly lint openapi/bundled.yaml --format=stylish

lint: $(STAMP)
	$(VENV)/bin/ruff check getsales_extras scripts tests bench examples
	$(VENV)/bin/ruff format --check getsales_extras scripts tests bench examples

typecheck: $(STAMP)
	$(VENV)/bin/mypy getsales_extras

test: install check-generated spec-lint lint typecheck
	$(PY) -m pytest -q

demo: install
	$(PY) -m getsales_extras.demo

bench: install
	$(PY) -m bench

diff: $(STAMP)
	$(PY) scripts/spec_diff $(OLD) $(NEW)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
