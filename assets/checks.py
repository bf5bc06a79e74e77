"""Asset checks: the pandera contract of every table, referential integrity, and the GX suite."""


import json

import dagster as dg

from assets.outputs import TABLE_ASSET, quality_report, quality_summary_path
from assets.reporting import markdown_table
from assets.resources import PipelineResource
from pipeline.schemas import SCHEMAS, validate_table
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
    ("article_institutions", "article_id", "articles", "article_id"),
    ("article_institutions", "institution_id", "institutions", "institution_id"),
    ("people", "article_id", "articles", "article_id"),
    ("people", "institution_id", "institutions", "institution_id"),
    ("pathway_members", "pathway_id", "pathways", "pathway_id"),
    ("pathway_members", "entity_id", "entities", "entity_id"),
    ("articles", "document_id", "documents", "document_id"),
]


def _contract_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=TABLE_ASSET[table], name=f"{table}_contract", blocking=False,
                    description=f"pandera contract of `{table}`: types, nullability, allowed values, unique keys")
    def check(pipeline: PipelineResource) -> dg.AssetCheckResult:
        with pipeline.warehouse() as con:
            frame = query_frame(con, f"SELECT * FROM {table}")
        result = validate_table(table, frame)
        metadata = {"rows": dg.MetadataValue.int(result.rows),
                    "failure_count": dg.MetadataValue.int(result.failure_count)}
        if not result.passed:
            metadata["failure_cases"] = dg.MetadataValue.md(markdown_table(result.failures, 25))
        return dg.AssetCheckResult(passed=result.passed, metadata=metadata)

    return check


def _reference_check(table: str, refs: list[tuple[str, str, str, str]]) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=TABLE_ASSET[table], name=f"{table}_references", blocking=False,
                    description="referential integrity: " + "; ".join(f"{c} in {p}.{pc}" for _, c, p, pc in refs))
    def check(pipeline: PipelineResource) -> dg.AssetCheckResult:
        metadata, total = {}, 0
        with pipeline.warehouse() as con:
            for _, column, parent, parent_column in refs:
                orphans = query_frame(
                    con,
                    f"SELECT * FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
                    f"(SELECT 1 FROM {parent} p WHERE p.{parent_column} = t.{column}) LIMIT 1000",
                )
                total += orphans.height
                metadata[f"orphans_{column}"] = dg.MetadataValue.int(orphans.height)
                if orphans.height:
                    metadata[f"orphan_rows_{column}"] = dg.MetadataValue.md(markdown_table(orphans, 20))
        return dg.AssetCheckResult(passed=total == 0, metadata=metadata)

    return check


@dg.asset_check(asset=quality_report, name="great_expectations_suite", blocking=False,
                description="All expectations of the Great Expectations suite pass (see data docs).")
def great_expectations_suite(pipeline: PipelineResource) -> dg.AssetCheckResult:
    path = quality_summary_path(pipeline.settings.data_dir)
    if not path.exists():
        return dg.AssetCheckResult(passed=False, metadata={"error": "no suite results: materialise quality_report"})
    summary = json.loads(path.read_text())
    return dg.AssetCheckResult(
        passed=bool(summary["success"]),
        metadata={
            "evaluated": dg.MetadataValue.int(summary["evaluated"]),
            "failed": dg.MetadataValue.int(len(summary["failed"])),
            "failures": dg.MetadataValue.json(summary["failed"]),
        },
    )


def build_checks() -> list[dg.AssetChecksDefinition]:
    checks = [_contract_check(t) for t in SCHEMAS]
    by_table: dict[str, list[tuple[str, str, str, str]]] = {}
    for ref in REFERENCES:
        by_table.setdefault(ref[0], []).append(ref)
    checks += [_reference_check(t, refs) for t, refs in by_table.items()]
    checks.append(great_expectations_suite)
    return checks
