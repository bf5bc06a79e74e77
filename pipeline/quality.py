"""Great Expectations 1.x suite over the warehouse tables, with data docs written to disk.

An ephemeral context is built on each run (no project folder, no analytics: GX_ANALYTICS_ENABLED is
forced off before import), one expectation suite per table, and the static data-docs site is
written to ``PIPELINE_DATA_DIR/quality/``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from pipeline import warehouse
from pipeline.model import (
    DIRECTIONS,
    DOCUMENT_STATUSES,
    ENTITY_TYPES,
    INSTITUTION_ROLES,
    PERSON_ROLES,
    SOURCE_KINDS,
)

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

# table -> list of (expectation class name, kwargs). Plain data, so the suite is easy to read and grow.
SUITE: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "documents": [
        ("ExpectColumnValuesToBeUnique", {"column": "source_document"}),
        ("ExpectColumnValuesToBeInSet", {"column": "status", "value_set": list(DOCUMENT_STATUSES)}),
        ("ExpectColumnValuesToMatchRegex", {"column": "document_id", "regex": r"^[0-9a-f]{64}$"}),
        ("ExpectColumnValuesToNotBeNull", {"column": "source_path"}),
    ],
    "articles": [
        ("ExpectTableRowCountToBeBetween", {"min_value": 1}),
        ("ExpectColumnValuesToBeUnique", {"column": "article_id"}),
        ("ExpectColumnValuesToBeInSet", {"column": "source_kind", "value_set": list(SOURCE_KINDS)}),
        ("ExpectColumnValuesToNotBeNull", {"column": "body_chars"}),
        ("ExpectColumnValuesToBeBetween", {"column": "body_chars", "min_value": 1}),
        ("ExpectColumnValuesToBeBetween", {"column": "word_count", "min_value": 1}),
        # A title is expected for most articles, not all (pages can lose theirs).
        ("ExpectColumnValuesToNotBeNull", {"column": "title", "mostly": 0.6}),
    ],
    "sentences": [
        # Text columns are judged by their length (computed in DuckDB, see COMPUTED): a frame of
        # 1.3 million sentence strings would cost GX hundreds of MB for a null/empty check.
        ("ExpectColumnValuesToNotBeNull", {"column": "text_chars"}),
        ("ExpectColumnValuesToBeBetween", {"column": "text_chars", "min_value": 1}),
        ("ExpectColumnPairValuesAToBeGreaterThanB", {"column_A": "end_char", "column_B": "start_char"}),
    ],
    "entities": [
        ("ExpectColumnValuesToBeUnique", {"column": "entity_id"}),
        ("ExpectColumnValuesToBeInSet", {"column": "entity_type", "value_set": list(ENTITY_TYPES)}),
        ("ExpectColumnValuesToMatchRegex", {"column": "entity_id", "regex": r"^[A-Za-z][A-Za-z0-9_.]*:\S+$"}),
    ],
    "mentions": [
        ("ExpectColumnValuesToNotBeNull", {"column": "entity_id"}),
        ("ExpectColumnPairValuesAToBeGreaterThanB", {"column_A": "end_char", "column_B": "start_char"}),
    ],
    "findings": [
        ("ExpectColumnValuesToBeUnique", {"column": "finding_id"}),
        ("ExpectColumnValuesToBeInSet", {"column": "direction", "value_set": list(DIRECTIONS)}),
        ("ExpectColumnValuesToNotBeNull", {"column": "evidence"}),
    ],
    "funding": [
        ("ExpectColumnValuesToNotBeNull", {"column": "funder_name"}),
        ("ExpectColumnValuesToNotBeNull", {"column": "evidence"}),
    ],
    "article_institutions": [
        ("ExpectColumnValuesToBeInSet", {"column": "role", "value_set": list(INSTITUTION_ROLES)}),
    ],
    "people": [
        ("ExpectColumnValuesToBeInSet", {"column": "role", "value_set": list(PERSON_ROLES)}),
        ("ExpectColumnValuesToNotBeNull", {"column": "name"}),
    ],
}


# Columns the suite computes in DuckDB instead of loading (name -> SQL expression).
COMPUTED = {"text_chars": "strlen(text)", "body_chars": "strlen(body)",
            "source_document": "source_path || '#' || document_id"}


@dataclass(frozen=True, slots=True)
class SuiteOutcome:
    success: bool
    evaluated: int
    failed: list[dict[str, Any]]  # {"table", "expectation", "column", "unexpected_count", "partial"}
    docs_index: Path | None


def _columns(table: str) -> list[str]:
    """The columns the table's expectations look at (only those are loaded: memory stays small)."""
    cols: list[str] = []
    for _, kwargs in SUITE[table]:
        for key in ("column", "column_A", "column_B"):
            if key in kwargs and kwargs[key] not in cols:
                cols.append(kwargs[key])
    return cols


def _frame(con: duckdb.DuckDBPyConnection, table: str):
    """The table's expectation columns as a pandas frame backed by Arrow (strings stay in Arrow buffers)."""
    import pandas as pd

    columns = [f"{COMPUTED[c]} AS {c}" if c in COMPUTED else c for c in _columns(table)] or ["1 AS row"]
    arrow = con.sql(f"SELECT {', '.join(columns)} FROM {table}").to_arrow_table()
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def load_outcome(quality_dir: Path) -> SuiteOutcome | None:
    """The outcome written by the last ``run_suite``, or None when there is none."""
    path = quality_dir / "suite_results.json"
    index = quality_dir / "data_docs" / "index.html"
    if not path.exists():
        return None
    summary = json.loads(path.read_text())
    return SuiteOutcome(bool(summary["success"]), summary["evaluated"], summary["failed"],
                        index if index.exists() else None)


def run_suite(con: duckdb.DuckDBPyConnection, quality_dir: Path) -> SuiteOutcome:
    """Validate every table in SUITE, write data docs and a JSON summary under ``quality_dir``.

    The folder is replaced as a whole (``warehouse.publish_generation``): a reader or a killed run
    never sees data docs of one run beside the summary of another."""
    quality_dir.parent.mkdir(parents=True, exist_ok=True)
    warehouse.publish_generation(quality_dir, lambda folder: _validate(con, folder))
    outcome = load_outcome(quality_dir)
    assert outcome is not None  # _validate always writes the summary
    return outcome


def _validate(con: duckdb.DuckDBPyConnection, quality_dir: Path) -> None:
    """Run the suite; data docs and ``suite_results.json`` go to ``quality_dir``."""
    import great_expectations as gx  # heavy import: only when the suite runs
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    # No progress bars on stderr (they flood the run log, one per table).
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    site_dir = quality_dir / "data_docs"
    context.add_data_docs_site(
        site_name="local",
        site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    source = context.data_sources.add_pandas("warehouse")
    failed: list[dict[str, Any]] = []
    evaluated = 0
    for table, expectations in SUITE.items():
        frame = _frame(con, table)
        asset = source.add_dataframe_asset(name=table)
        batch_definition = asset.add_batch_definition_whole_dataframe(f"{table}_all")
        suite = context.suites.add(gx.ExpectationSuite(name=f"{table}_suite"))
        for name, kwargs in expectations:
            suite.add_expectation(getattr(gx.expectations, name)(**kwargs))
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=f"{table}_validation", data=batch_definition, suite=suite)
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=f"{table}_checkpoint",
                validation_definitions=[validation],
                actions=[],  # data docs are built once below, not re-rendered after every table
                result_format={"result_format": "SUMMARY"},
            )
        )
        result = checkpoint.run(batch_parameters={"dataframe": frame})
        for run_result in result.run_results.values():
            for r in run_result.results:
                evaluated += 1
                if not r.success:
                    cfg = r.expectation_config
                    failed.append({
                        "table": table,
                        "expectation": cfg.type,
                        "column": cfg.kwargs.get("column") or cfg.kwargs.get("column_A"),
                        "unexpected_count": (r.result or {}).get("unexpected_count"),
                        "partial": [str(v) for v in (r.result or {}).get("partial_unexpected_list", [])[:5]],
                    })
    context.build_data_docs(site_names=["local"])
    summary = {"success": not failed, "evaluated": evaluated, "failed": failed}
    (quality_dir / "suite_results.json").write_text(json.dumps(summary, indent=2, sort_keys=True))
