"""Asset checks: the pandera contract of every table, referential integrity, and the GX suite."""


from collections.abc import Callable
from functools import partial
from typing import Any

import dagster as dg
import duckdb

from assets.ingest import WAREHOUSE_POOL
from assets.outputs import TABLE_ASSET, quality_report
from assets.reporting import markdown_table
from assets.resources import PipelineResource
from pipeline import quality, warehouse
from pipeline.warehouse import query_frame

# (table, column, parent table, parent column): every value must exist in the parent.
REFERENCES = [
    ("sentences", "article_id", "articles", "article_id"),
    ("mentions", "article_id", "articles", "article_id"),
    ("mentions", "entity_id", "entities", "entity_id"),
    ("findings", "article_id", "articles", "article_id"),
    ("findings", "subject_id", "entities", "entity_id"),
    ("findings", "object_id", "entities", "entity_id"),
    ("funding", "article_id", "articles", "article_id"),
    ("funding", "funder_id", "funders", "funder_id"),
    ("funders", "parent_id", "funders", "funder_id"),  # NCI's parent NIH is in the table too
    ("institutions", "parent_id", "institutions", "institution_id"),
    ("article_institutions", "article_id", "articles", "article_id"),
    ("article_institutions", "institution_id", "institutions", "institution_id"),
    ("people", "article_id", "articles", "article_id"),
    ("people", "institution_id", "institutions", "institution_id"),
    ("pathway_members", "pathway_id", "pathways", "pathway_id"),
    ("pathway_members", "entity_id", "entities", "entity_id"),
    ("articles", "document_id", "documents", "document_id"),
]


def _contract(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    from pipeline.schemas import validate_table  # pandera (and pandas) only when a contract is validated

    result = validate_table(table, query_frame(con, f"SELECT * FROM {table}"))
    outcome: dict[str, Any] = {"passed": result.passed, "ints": {"rows": result.rows, "failure_count": result.failure_count},
                               "md": {}}
    if not result.passed:
        outcome["md"]["failure_cases"] = markdown_table(result.failures, 25)
    return outcome


def _references(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    outcome: dict[str, Any] = {"passed": True, "ints": {}, "md": {}}
    for _, column, parent, parent_column in REFERENCES_BY_TABLE[table]:
        orphans = query_frame(
            con,
            f"SELECT * FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {parent} p WHERE p.{parent_column} = t.{column}) LIMIT 1000",
        )
        outcome["ints"][f"orphans_{column}"] = orphans.height
        if orphans.height:
            outcome["passed"] = False
            outcome["md"][f"orphan_rows_{column}"] = markdown_table(orphans, 20)
    return outcome


REFERENCES_BY_TABLE: dict[str, list[tuple[str, str, str, str]]] = {}
for _ref in REFERENCES:
    REFERENCES_BY_TABLE.setdefault(_ref[0], []).append(_ref)

# check name -> (how it is computed, table)
TABLE_CHECKS: dict[str, tuple[Callable[[duckdb.DuckDBPyConnection, str], dict[str, Any]], str]] = {
    **{f"{t}_contract": (_contract, t) for t in warehouse.EXPORT_ORDER},  # every table has a pandera model
    **{f"{t}_references": (_references, t) for t in REFERENCES_BY_TABLE},
}


def _spec(name: str, table: str) -> dg.AssetCheckSpec:
    if name.endswith("_contract"):
        description = f"pandera contract of `{table}`: types, nullability, allowed values, unique keys"
    else:
        description = "referential integrity: " + "; ".join(
            f"{c} in {p}.{pc}" for _, c, p, pc in REFERENCES_BY_TABLE[table])
    return dg.AssetCheckSpec(name, asset=TABLE_ASSET[table], description=description, blocking=False)


@dg.multi_asset_check(
    name="table_checks",
    specs=[_spec(name, table) for name, (_, table) in TABLE_CHECKS.items()],
    can_subset=True,
    pool=WAREHOUSE_POOL,
    description="Contract and referential-integrity checks of every table, in one step (one warehouse "
    "connection). A check whose dataset fingerprint is unchanged since it last ran reports that result again.",
)
def table_checks(context: dg.AssetCheckExecutionContext, pipeline: PipelineResource):
    with pipeline.warehouse() as con:
        fingerprint = warehouse.dataset_fingerprint(con)
        for key in sorted(context.selected_asset_check_keys, key=lambda k: k.name):
            compute, table = TABLE_CHECKS[key.name]
            outcome, checked_at = warehouse.reuse_or_make(con, f"check:{key.name}", fingerprint,
                                                          partial(compute, con, table))
            reused = checked_at is not None
            metadata: dict[str, Any] = {k: dg.MetadataValue.int(v) for k, v in outcome["ints"].items()}
            metadata.update({k: dg.MetadataValue.md(v) for k, v in outcome["md"].items()})
            metadata["dataset_fingerprint"] = dg.MetadataValue.text(fingerprint)
            # True: nothing the table is derived from changed since the validation reported here
            metadata["unchanged_since_last_validation"] = dg.MetadataValue.bool(reused)
            if reused:
                metadata["validated_at"] = dg.MetadataValue.text(f"{checked_at:%Y-%m-%d %H:%M:%S} UTC")
            yield dg.AssetCheckResult(asset_key=key.asset_key, check_name=key.name, passed=outcome["passed"],
                                      metadata=metadata)


@dg.asset_check(asset=quality_report, name="great_expectations_suite", blocking=False,
                description="All expectations of the Great Expectations suite pass (see data docs).")
def great_expectations_suite(pipeline: PipelineResource) -> dg.AssetCheckResult:
    outcome = quality.load_outcome(pipeline.settings.quality_dir)
    if outcome is None:
        return dg.AssetCheckResult(passed=False, metadata={"error": "no suite results: materialise quality_report"})
    return dg.AssetCheckResult(
        passed=outcome.success,
        metadata={
            "evaluated": dg.MetadataValue.int(outcome.evaluated),
            "failed": dg.MetadataValue.int(len(outcome.failed)),
            "failures": dg.MetadataValue.json(outcome.failed),
        },
    )


def build_checks() -> list[dg.AssetChecksDefinition]:
    return [table_checks, great_expectations_suite]
