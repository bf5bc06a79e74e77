"""Output stage: SQL views, Parquet files and the Great Expectations quality report."""


from typing import Any

import dagster as dg

from assets.ingest import WAREHOUSE_POOL
from assets.reporting import markdown_table
from assets.resources import PipelineResource
from pipeline import quality, warehouse
from pipeline.warehouse import query_frame, scalar

# The asset that materialises each warehouse table (the ledger table is written by raw_documents).
TABLE_ASSET = {t: ("raw_documents" if t == "documents" else t) for t in warehouse.EXPORT_ORDER}


@dg.asset(
    group_name="outputs",
    kinds={"duckdb", "sql"},
    pool=WAREHOUSE_POOL,
    deps=sorted(set(TABLE_ASSET.values())),
    description="SQL views from sql/views/*.sql: findings_by_pathway, findings_by_funder and more.",
)
def warehouse_views(pipeline: PipelineResource) -> dg.MaterializeResult:
    with pipeline.warehouse() as con:
        names = warehouse.create_views(con)
        # Counting and previewing every view reads whole tables: done again only when the data or a
        # view's SQL changed (at 100,000 documents this is most of an unchanged run).
        key = f"{warehouse.dataset_fingerprint(con)}:{warehouse.views_digest()}"

        def summarise(name: str) -> dict[str, Any]:
            rows = scalar(con, f"SELECT count(*) FROM {name}")
            return {"rows": rows, "preview": markdown_table(query_frame(con, f"SELECT * FROM {name} LIMIT 5"), total=rows)}

        summary, counted_at = warehouse.reuse_or_make(con, "views", key, lambda: {name: summarise(name) for name in names})
    metadata = {"views": dg.MetadataValue.json(names), "recounted": dg.MetadataValue.bool(counted_at is None)}
    for name in names:
        metadata[f"{name}_rows"] = dg.MetadataValue.int(summary[name]["rows"])
        metadata[f"{name}_preview"] = dg.MetadataValue.md(summary[name]["preview"])
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(
    group_name="outputs",
    kinds={"parquet"},
    pool=WAREHOUSE_POOL,
    deps=[warehouse_views],
    description="Every table as PIPELINE_DATA_DIR/parquet/<table>.parquet, rows in a stable order, "
    "replaced atomically.",
)
def parquet_export(pipeline: PipelineResource) -> dg.MaterializeResult:
    out_dir = pipeline.settings.parquet_dir
    with pipeline.warehouse() as con:
        written, exported = warehouse.export_parquet_if_changed(con, out_dir)
        counts = warehouse.table_counts(con)
        fingerprint = warehouse.dataset_fingerprint(con)
    sizes = {t: p.stat().st_size for t, p in written.items()}
    table = "| table | rows | bytes |\n|---|---|---|\n" + "\n".join(
        f"| {t} | {counts[t]} | {sizes[t]} |" for t in written)
    return dg.MaterializeResult(metadata={
        "parquet_dir": dg.MetadataValue.path(str(out_dir)),
        "files": dg.MetadataValue.md(table),
        "exported": dg.MetadataValue.bool(exported),  # False: the dataset is unchanged, files left as they were
        "dataset_fingerprint": dg.MetadataValue.text(fingerprint),
        # not dagster/row_count: the UI would show the sum of thirteen tables as the asset's row count
        "files_written": dg.MetadataValue.int(len(written)),
        "rows_in_all_files": dg.MetadataValue.int(sum(counts.values())),
    })


@dg.asset(
    group_name="outputs",
    kinds={"great_expectations"},
    pool=WAREHOUSE_POOL,
    deps=[parquet_export],
    description="Great Expectations 1.x suite over the tables; data docs in PIPELINE_DATA_DIR/quality/.",
)
def quality_report(pipeline: PipelineResource) -> dg.MaterializeResult:
    quality_dir = pipeline.settings.quality_dir
    with pipeline.warehouse() as con:
        fingerprint = warehouse.dataset_fingerprint(con)
        state = warehouse.output_state(con, "quality_report")
        outcome = quality.load_outcome(quality_dir) if state is not None and state[0] == fingerprint else None
        validated = outcome is None or outcome.docs_index is None  # made from another dataset, or docs gone
        if validated:
            outcome = quality.run_suite(con, quality_dir)
            warehouse.record_output(con, "quality_report", fingerprint)
    return dg.MaterializeResult(metadata={
        "success": dg.MetadataValue.bool(outcome.success),
        "expectations_evaluated": dg.MetadataValue.int(outcome.evaluated),
        "expectations_failed": dg.MetadataValue.int(len(outcome.failed)),
        "data_docs": dg.MetadataValue.path(str(outcome.docs_index or quality_dir)),
        "failures": dg.MetadataValue.json(outcome.failed),
        # False: the dataset is unchanged since the report was made, so it was not made again
        "validated_this_run": dg.MetadataValue.bool(validated),
        "dataset_fingerprint": dg.MetadataValue.text(fingerprint),
    })
