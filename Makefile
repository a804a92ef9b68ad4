# Tandem: `make demo` runs the demo, `make test` runs every check. Both set up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint unit bench clean messages

setup: $(STAMP)
	@bash scripts/setup.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

demo: setup
	$(BIN)/tandem demo

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -n 2 -p no:cacheprovider --durations=15

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache tandem-demo.db*

messages: setup
	@mkdir -p build
	$(BIN)/pybabel extract -F src/tandem/web/babel.cfg -o build/messages.pot --no-location --omit-header .
	$(BIN)/pybabel update -i build/messages.pot -d src/tandem/web/locale -D messages --no-location
