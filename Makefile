# Every target installs what it needs itself: a fresh clone runs `make demo` or `make test` directly.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed

.PHONY: install generate check-generated update-spec test lint typecheck spec-lint demo bench diff clean redis-server

install: $(STAMP) $(NPM_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --config-settings editable_mode=compat -e '.[dev,testing,redis,cli]'
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
	$(VENV)/bin/mypy getsales_client getsales_extras scripts

# The shared rate-limit budget tests run a real Redis: install the Debian package if missing.
# Without root (or apt) this only warns, and those tests are skipped with the reason shown.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing the redis-server package for the shared rate-limit tests"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; } \
			>/dev/null 2>&1 \
		|| echo "could not install redis-server: the shared rate-limit tests will be skipped"; }

test: install check-generated spec-lint lint typecheck redis-server
	$(PY) -m pytest -q

demo: install
	$(PY) examples/demo.py

bench: install redis-server
	$(PY) -m bench

diff: $(STAMP)
	$(PY) scripts/spec_diff $(OLD) $(NEW)

# Take a downloaded GetSales bundle in: validate, overlay, repair, generate, check, report.
# Exit 1 when the change report lists a change that breaks code using the old names.
update-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/bundled.yaml"; exit 2; }
	$(PY) scripts/update_spec $(SPEC)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
