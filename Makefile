# The README's commands. Each installs what it needs: uv (when missing) and the locked environment.
SHELL := /bin/bash
UV_VERSION := 0.13.8
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
PY := $(CURDIR)/.venv/bin/python
# Dagster wants an absolute DAGSTER_HOME: a relative one given by the user is taken from the current directory
export DAGSTER_HOME := $(abspath $(or $(DAGSTER_HOME),$(CURDIR)/.dagster_home))
export DAGSTER_DISABLE_TELEMETRY := 1
export GX_ANALYTICS_ENABLED := False
export UV_PYTHON_DOWNLOADS := never
export PYTHONPATH := $(CURDIR)

.PHONY: run test ui bench lexicons eval env

$(CURDIR)/.tools/bin/uv:
	python3 -m venv $(CURDIR)/.tools
	$(CURDIR)/.tools/bin/pip install --quiet uv==$(UV_VERSION)

.venv/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen
	touch $@

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $@

env: .venv/.synced $(DAGSTER_HOME)/dagster.yaml

## Materialise every asset from PIPELINE_RAW_DIR (default seeds/documents) into PIPELINE_DATA_DIR (default data)
run: env
	$(PY) -m assets.run

## Unit, Dagster integration and end-to-end tests
test: env
	$(PY) -m pytest -q -n 2

## The Dagster UI on http://127.0.0.1:3000 (with the sensor and schedule daemon)
ui: env
	$(CURDIR)/.venv/bin/dagster dev -h 127.0.0.1 -p 3000 -m assets.definitions

## Benchmark: corpora of SIZES documents (default 1000,10000) from real text; full, unchanged and incremental
## runs (INCREMENTS, default 10,1%); per-stage docs/s and MB/s, peak memory, read_text floor (bench/out/report.md)
bench: env
	$(PY) scripts/bench.py --sizes $(or $(SIZES),1000,10000) --increments $(or $(INCREMENTS),10,1%)

## Scores of the extractors on ../shared/corpora (skipped when absent)
eval: env
	$(PY) scripts/eval_entities.py
	$(PY) scripts/eval_findings.py --gold-entities
	$(PY) scripts/eval_findings.py
	$(PY) scripts/eval_news_findings.py
	$(PY) scripts/eval_news_findings.py --grades tests/data/release_findings/grades.tsv --corpus tests/data/written_releases
	$(PY) scripts/eval_news_results.py --set dev
	$(PY) scripts/eval_news_results.py --set test
	$(PY) scripts/eval_funding.py
	$(PY) scripts/eval_metadata.py
	for set in tests/data/written_releases/set*; do $(PY) scripts/eval_metadata.py --gold $$set/gold.tsv --corpus $$set; done

## Rebuild seeds/lexicons/ from ../shared/reference
lexicons: env
	$(PY) scripts/build_lexicons.py
