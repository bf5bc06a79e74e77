"""Ingestion stage: the raw-file ledger, articles and sentences."""


from pathlib import Path

import dagster as dg

from assets.reporting import markdown_table, stage_result
from assets.resources import PipelineResource
from pipeline import stages
from pipeline.warehouse import query_frame

WAREHOUSE_POOL = "duckdb_warehouse"  # one writer at a time: DuckDB allows a single writing process


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WAREHOUSE_POOL,
    description="Ledger of every file under PIPELINE_RAW_DIR: sha256, path, size, encoding, format, "
    "status (ok/duplicate/quarantined/removed) and the reason when not ok. Stores decoded texts.",
)
def raw_documents(context: dg.AssetExecutionContext, pipeline: PipelineResource) -> dg.MaterializeResult:
    settings = pipeline.settings
    context.log.info(f"scanning {settings.raw_dir}")
    with pipeline.warehouse() as con:
        by_status = stages.ingest_raw_folder(con, Path(settings.raw_dir), settings.max_file_bytes)
        problems = query_frame(
            con,
            "SELECT source_path, status, reason FROM documents WHERE status <> 'ok' "
            "ORDER BY last_seen_at DESC, source_path LIMIT 20",
        )
        return stage_result(
            con, "documents",
            raw_dir=dg.MetadataValue.path(str(settings.raw_dir)),
            **{f"documents_{k}": dg.MetadataValue.int(v) for k, v in by_status.items()},
            not_ok=dg.MetadataValue.md(markdown_table(problems, 20)),
        )


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WAREHOUSE_POOL,
    deps=[raw_documents],
    description="One row per article: clean body without page chrome, title, dates, publisher, source kind, "
    "reviewer, journal. PubTator/BioC exports give one article per PMID.",
)
def articles(context: dg.AssetExecutionContext, pipeline: PipelineResource) -> dg.MaterializeResult:
    with pipeline.warehouse() as con:
        stats = stages.build_article_rows(con)
        context.log.info(f"articles: {stats.processed} documents cleaned, {stats.skipped} up to date")
        return stage_result(con, "articles", stats)


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WAREHOUSE_POOL,
    deps=[articles],
    description="Sentences of each article body with character offsets into articles.body.",
)
def sentences(context: dg.AssetExecutionContext, pipeline: PipelineResource) -> dg.MaterializeResult:
    with pipeline.warehouse() as con:
        stats = stages.build_sentence_rows(con)
        return stage_result(con, "sentences", stats)
