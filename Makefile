# openfisca-japan — every target creates .venv and installs what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test serve bench lint check-parameters test-yaml test-python test-browser test-wheel clean

$(STAMP): setup.py pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# the distribution was called openfisca-japan before 0.2.0 (a name another project holds on the index)
	$(BIN)/pip uninstall --quiet --yes openfisca-japan 2>/dev/null || true
	$(BIN)/pip install --quiet -e '.[analysis,dev]'
	touch $(STAMP)

## make run: the main job (see README)
run: $(STAMP)
	$(BIN)/openfisca-japan run

## make test: lint, parameter check, YAML tests, pytest, the calculators in headless Chromium, wheel smoke test
test: lint check-parameters test-yaml test-python test-browser test-wheel

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/yamllint --strict -c .yamllint.yaml parameters tests reforms

check-parameters: $(STAMP)
	$(BIN)/python -m openfisca_japan.tools.check_parameters parameters

test-yaml: $(STAMP)
	$(BIN)/openfisca test --country-package openfisca_japan tests

test-python: $(STAMP)
	$(BIN)/pytest tests/python tests/code_health

## make test-browser: the six calculators in Debian's headless Chromium (installs it when missing; screenshots in output/browser/)
test-browser: $(STAMP)
	bash scripts/install_browser.sh
	$(BIN)/pytest tests/browser

test-wheel: $(STAMP)
	bash scripts/wheel_smoke_test.sh

## make serve: the calculators (http://127.0.0.1:5000/) and the web API of the package (openfisca-japan serve)
serve: $(STAMP)
	$(BIN)/openfisca-japan serve --port 5000

## make bench: benchmarks (not part of make test)
bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info
