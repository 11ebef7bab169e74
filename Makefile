# One entry point for people and CI. `make run` and `make test` install what they need first.
.PHONY: setup run test check lint typecheck contracts pytest noqt bench bundle media clean

VENV := .venv
PY := $(VENV)/bin/python

setup:
	@bash scripts/setup.sh

run: setup
	$(VENV)/bin/cpims-trainer

test: setup
	@bash scripts/check.sh

check: test

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

contracts: setup
	$(VENV)/bin/lint-imports

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

bundle: setup
	@bash scripts/bundle.sh

media: setup
	@bash media/build.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
