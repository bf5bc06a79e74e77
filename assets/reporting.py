"""Materialisation metadata: row counts, column schema and a markdown preview of a warehouse table."""


from typing import Any

import dagster as dg
import duckdb
import polars as pl

from pipeline.stages import StageStats
from pipeline.warehouse import EXPORT_ORDER, query_frame, scalar

PREVIEW_ROWS = 5
_CELL_CHARS = 60


def markdown_table(frame: pl.DataFrame, limit: int = PREVIEW_ROWS, *, total: int | None = None) -> str:
    """A small markdown table; long cells are cut so the UI stays readable. ``total``: how many rows the
    table has, when ``frame`` is only its first rows (said under the table, so a preview is not read as all)."""
    if frame.height == 0:
        return "_no rows_"
    head = frame.head(limit)

    def cell(v: Any) -> str:
        text = "" if v is None else str(v)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= _CELL_CHARS else text[: _CELL_CHARS - 1] + "…"

    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    shown = head.height
    total = frame.height if total is None else total
    if total > shown:
        lines.append(f"\n_first {shown} of {total:,} rows_")
    return "\n".join(lines)


def table_metadata(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    # name, type and the description sql/comments.sql gives the column
    described = con.execute(
        "SELECT column_name, data_type, comment FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index", [table]).fetchall()
    schema = dg.TableSchema(columns=[dg.TableColumn(name=n, type=t, description=c) for n, t, c in described])
    count = scalar(con, f"SELECT count(*) FROM {table}")
    order = EXPORT_ORDER.get(table, "1")
    preview_cols = [r[0] for r in described if r[0] not in ("body", "preamble", "trailer", "text")] or ["*"]
    preview = query_frame(con, f"SELECT {', '.join(preview_cols)} FROM {table} ORDER BY {order} LIMIT {PREVIEW_ROWS}")
    return {
        "dagster/row_count": dg.MetadataValue.int(count),
        "dagster/column_schema": schema,
        "preview": dg.MetadataValue.md(markdown_table(preview, total=count)),
    }


def stage_result(con: duckdb.DuckDBPyConnection, table: str, stats: StageStats | None = None,
                 asset_key: str | None = None, **extra: Any) -> dg.MaterializeResult:
    metadata = table_metadata(con, table)
    if stats is not None:
        metadata.update({k: dg.MetadataValue.int(v) for k, v in stats.as_metadata().items()})
        if stats.failures:
            metadata["failures"] = dg.MetadataValue.md(
                "\n".join(f"- `{item}`: {reason}" for item, reason in stats.failures[:50]))
    metadata.update(extra)
    return dg.MaterializeResult(asset_key=asset_key, metadata=metadata)
