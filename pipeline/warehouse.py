"""DuckDB warehouse: schema from sql/, the ledger, idempotent per-article replacement, views, Parquet.

DuckDB lets one process write a database file at a time, so every connection is taken under an
exclusive lock file beside the database: two runs (a schedule and a manual run, two sensor ticks)
queue instead of failing or corrupting the file. Each stage's writes happen in one transaction, so
a killed run leaves the last committed state; the Parquet export replaces the whole set of files at
once (a new generation folder, then one rename of the ``parquet`` link), so readers and a killed run
see either the previous complete export or the new one, never a mix.
"""

from __future__ import annotations

import fcntl
import hashlib
import itertools
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pyarrow.parquet as pq

from pipeline.config import env_number
from pipeline.lexicon_files import REPO_ROOT
from pipeline.sources import KnownFile, ScannedFile

SQL_DIR = REPO_ROOT / "sql"
SCHEMA_FILES = ("schema.sql", "state.sql", "comments.sql")  # tables, bookkeeping of outputs, descriptions
DATABASE_NAME = "warehouse.duckdb"
LOCK_TIMEOUT_SECONDS = env_number("PIPELINE_LOCK_TIMEOUT", 600.0)

# Analytical tables, each with the order its Parquet file is written in (stable across runs).
EXPORT_ORDER: dict[str, str] = {
    "documents": "source_path, document_id",
    "articles": "article_id",
    "sentences": "article_id, sentence_index",
    "entities": "entity_id",
    "mentions": "article_id, start_char, end_char, entity_id",
    "findings": "article_id, sentence_index, finding_id",
    "pathways": "pathway_id",
    "pathway_members": "pathway_id, entity_id",
    "funding": "article_id, funding_id",
    "funders": "funder_id",
    "institutions": "institution_id",
    "article_institutions": "article_id, institution_id, role",
    "people": "article_id, name, role",
}
# Tables whose rows belong to one article: a re-extracted or removed article replaces or drops them.
ARTICLE_TABLES = ("sentences", "mentions", "findings", "funding", "article_institutions", "people")
# Ledger rows the articles stage quarantined (read fine, no article in them): their status stays
# quarantined while the bytes are unchanged, and their text is kept so that a new version of the
# cleaning code tries them again (stage_log holds the version that rejected them).
REJECTED_BY_ARTICLES = ("status = 'quarantined' AND document_id IN "
                        "(SELECT item_id FROM stage_log WHERE stage = 'articles')")


class WarehouseLockTimeout(RuntimeError):
    pass


def pause_point(point: str) -> None:
    """Test-only hook for the crash tests (tests/test_crash_safety.py); does nothing in normal runs.

    When ``PIPELINE_TEST_PAUSE_AT`` equals ``point``, the process writes its pid to the file named by
    ``PIPELINE_TEST_PAUSE_MARKER`` and sleeps, so the test can SIGKILL it exactly there. Points:
    ``extract:<stage>`` (a batch computed, nothing written), ``write:<stage>`` (inside the stage's
    transaction, old rows deleted and new ones inserted, not committed; ``write:documents`` is the
    ledger update of every run), ``export`` (the new Parquet files written, the old ones still in place).
    """
    if os.environ.get("PIPELINE_TEST_PAUSE_AT") != point:
        return
    Path(os.environ["PIPELINE_TEST_PAUSE_MARKER"]).write_text(f"{os.getpid()} {point}\n")
    time.sleep(float(os.environ.get("PIPELINE_TEST_PAUSE_SECONDS", "600")))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


@contextmanager
def _exclusive_lock(lock_path: Path, timeout: float) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as fh:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseLockTimeout(f"another process holds {lock_path} for over {timeout:.0f} s")
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextmanager
def open_warehouse(data_dir: Path, *, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse, held under the single-writer lock; the schema is ensured."""
    data_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    with _exclusive_lock(data_dir / "warehouse.lock", timeout):
        con = _connect_when_free(database_path(data_dir), deadline)
        try:
            _ensure_schema(con)
            yield con
        finally:
            con.close()


def _connect_when_free(path: Path, deadline: float) -> duckdb.DuckDBPyConnection:
    """Open the database for writing, waiting while a process outside the pipeline has it open.

    DuckDB lets one process write a file, or any number read it; a user's `duckdb` shell or notebook holding
    the warehouse (even read-only) does not take warehouse.lock, so the run waits for it here, within the same
    PIPELINE_LOCK_TIMEOUT, and then says who holds the file instead of failing with DuckDB's lock error."""
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() > deadline:
                held = re.search(r"Conflicting lock is held in (.*?\(PID \d+\))", str(exc))
                holder = held.group(1) if held else "unknown"
                raise WarehouseLockTimeout(
                    f"{path} is open in another process ({holder}) and stayed open past PIPELINE_LOCK_TIMEOUT: "
                    f"close that session (or read {path.parent / 'parquet'} instead) and run again"
                ) from exc
            time.sleep(0.2)


def _schema_ddl() -> str:
    return "".join((SQL_DIR / name).read_text() for name in SCHEMA_FILES)


def _ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Run the DDL unless this database already has exactly this DDL (recorded by its digest).

    Every step and check opens a connection; replaying twenty statements each time costs more
    than the work of a small incremental run.
    """
    ddl = _schema_ddl()
    digest = hashlib.sha256(ddl.encode()).hexdigest()
    try:
        if con.execute("SELECT digest FROM schema_state").fetchall() == [(digest,)]:
            return
    except duckdb.CatalogException:
        pass
    con.execute(ddl)
    con.execute("CREATE OR REPLACE TABLE schema_state AS SELECT ? AS digest", [digest])


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


# --- the ledger -----------------------------------------------------------------------------------


SCAN_CHUNK = 2000  # files per insert while scanning: texts are streamed into the warehouse, not held


def known_files(con: duckdb.DuckDBPyConnection) -> dict[str, KnownFile]:
    """Ledger rows of readable files whose text is stored: a scan need not read them again if unchanged."""
    rows = con.execute(
        f"""
        SELECT source_path, document_id, size_bytes, mtime_ns, encoding, format FROM documents
        WHERE mtime_ns IS NOT NULL AND (status IN ('ok', 'duplicate') OR ({REJECTED_BY_ARTICLES}))
          AND document_id IN (SELECT document_id FROM document_texts)
        """
    ).fetchall()
    return {r[0]: KnownFile(r[1], r[2], r[3], r[4], r[5]) for r in rows}


def record_scan(con: duckdb.DuckDBPyConnection, scanned: Iterable[ScannedFile], now: datetime) -> dict[str, int]:
    """Bring the ``documents`` ledger in line with one scan of the raw folder; store new texts.

    Rows are keyed by (source_path, document_id): a changed file gets a new row and its old row is
    marked ``removed`` (superseded); a file that is gone is marked ``removed``. Nothing is deleted.
    The scan is consumed in chunks inside the transaction, so texts never pile up in memory.
    """
    schema = {"document_id": pl.String, "source_path": pl.String, "size_bytes": pl.Int64, "status": pl.String,
              "reason": pl.String, "encoding": pl.String, "format": pl.String, "mtime_ns": pl.Int64}
    with transaction(con):
        con.execute("CREATE OR REPLACE TEMP TABLE scan (document_id VARCHAR, source_path VARCHAR, "
                    "size_bytes BIGINT, status VARCHAR, reason VARCHAR, encoding VARCHAR, format VARCHAR, "
                    "mtime_ns BIGINT)")
        iterator = iter(scanned)
        while chunk := list(itertools.islice(iterator, SCAN_CHUNK)):
            frame = pl.DataFrame({c: [getattr(f, c) for f in chunk] for c in schema}, schema=schema)
            texts = pl.DataFrame(
                {"document_id": [f.document_id for f in chunk if f.status == "ok" and f.text is not None],
                 "text": [f.text for f in chunk if f.status == "ok" and f.text is not None]},
                schema={"document_id": pl.String, "text": pl.String},
            ).unique("document_id", keep="first", maintain_order=True)
            con.register("scan_chunk", frame)
            con.register("scan_texts", texts)
            con.execute("INSERT INTO scan SELECT * FROM scan_chunk")
            con.execute("INSERT INTO document_texts SELECT * FROM scan_texts ANTI JOIN document_texts USING (document_id)")
            con.unregister("scan_chunk")
            con.unregister("scan_texts")
        con.execute(
            """
            UPDATE documents d SET status = s.status, reason = s.reason, size_bytes = s.size_bytes,
                   encoding = s.encoding, format = s.format, mtime_ns = s.mtime_ns, last_seen_at = ?
            FROM scan s WHERE d.source_path = s.source_path AND d.document_id = s.document_id
              AND NOT (s.status = 'ok' AND d.status = 'quarantined' AND d.document_id IN
                       (SELECT item_id FROM stage_log WHERE stage = 'articles'))
            """,
            [now],
        )
        con.execute(  # the rows left out above: same bytes, same verdict; only the sighting is new
            """
            UPDATE documents d SET last_seen_at = ?, mtime_ns = s.mtime_ns
            FROM scan s WHERE d.source_path = s.source_path AND d.document_id = s.document_id
              AND s.status = 'ok' AND d.status = 'quarantined' AND d.document_id IN
                  (SELECT item_id FROM stage_log WHERE stage = 'articles')
            """,
            [now],
        )
        con.execute(
            """
            INSERT INTO documents (document_id, source_path, size_bytes, status, reason, encoding, format,
                                   mtime_ns, first_seen_at, last_seen_at)
            SELECT s.document_id, s.source_path, s.size_bytes, s.status, s.reason, s.encoding, s.format,
                   s.mtime_ns, ?, ?
            FROM scan s ANTI JOIN documents d ON d.source_path = s.source_path AND d.document_id = s.document_id
            """,
            [now, now],
        )
        con.execute(
            """
            UPDATE documents d SET status = 'removed',
                   reason = CASE WHEN d.source_path IN (SELECT source_path FROM scan)
                                 THEN 'superseded: this path has a newer row (changed content, or read differently this time)'
                                 ELSE 'file no longer present in the raw folder' END
            WHERE d.status <> 'removed'
              AND NOT EXISTS (SELECT 1 FROM scan s WHERE s.source_path = d.source_path
                                                     AND s.document_id = d.document_id)
            """
        )
        # Texts of documents no longer ok anywhere are dropped: their articles leave the dataset.
        con.execute(
            "DELETE FROM document_texts WHERE document_id NOT IN "
            f"(SELECT document_id FROM documents WHERE status = 'ok' OR ({REJECTED_BY_ARTICLES}))"
        )
        con.execute("DROP TABLE scan")
        pause_point("write:documents")
    return dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY status").fetchall())


def refresh_article_counts(con: duckdb.DuckDBPyConnection) -> None:
    """``documents.article_count`` of every ok or quarantined row from the articles table (rows that differ)."""
    con.execute(
        """
        UPDATE documents d SET article_count = coalesce(c.n, 0)
        FROM (SELECT o.document_id, a.n
              FROM (SELECT DISTINCT document_id FROM documents WHERE status IN ('ok', 'quarantined')) o
              LEFT JOIN (SELECT document_id, count(*) AS n FROM articles GROUP BY document_id) a USING (document_id)) c
        WHERE d.document_id = c.document_id AND d.status IN ('ok', 'quarantined')
          AND d.article_count <> coalesce(c.n, 0)
        """
    )


def refresh_article_paths(con: duckdb.DuckDBPyConnection) -> None:
    """``articles.source_path`` follows the ledger: when the file an article was read from is gone and a
    byte-identical copy under another name took over as the ok row, the article names the copy."""
    con.execute(
        """
        UPDATE articles a SET source_path = d.source_path
        FROM documents d
        WHERE d.document_id = a.document_id AND d.status = 'ok' AND a.source_path IS DISTINCT FROM d.source_path
        """
    )


def quarantine_document(con: duckdb.DuckDBPyConnection, document_id: str, reason: str) -> None:
    """A document that read fine but could not be turned into articles (e.g. a malformed export).

    Its text is kept (see ``REJECTED_BY_ARTICLES``); the caller logs it in stage_log as done.
    """
    con.execute("UPDATE documents SET status = 'quarantined', reason = ? WHERE document_id = ? AND status = 'ok'",
                [reason, document_id])


def reinstate_documents(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> None:
    """Documents once rejected by the articles stage that a newer cleaning version turned into articles."""
    con.execute("UPDATE documents SET status = 'ok', reason = NULL WHERE status = 'quarantined' "
                "AND document_id IN (SELECT unnest(?::VARCHAR[]))", [list(document_ids)])


# --- per-article stages ---------------------------------------------------------------------------


def pending_items(con: duckdb.DuckDBPyConnection, stage: str, version: str, candidates_sql: str) -> list[str]:
    """Ids from ``candidates_sql`` (one column) whose ``stage`` output is missing or of another version."""
    rows = con.execute(
        f"""
        SELECT c.id FROM ({candidates_sql}) c(id)
        WHERE NOT EXISTS (SELECT 1 FROM stage_log l WHERE l.stage = ? AND l.item_id = c.id AND l.version = ?)
        ORDER BY c.id
        """,
        [stage, version],
    ).fetchall()
    return [r[0] for r in rows]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]] | pl.DataFrame) -> int:
    frame = rows if isinstance(rows, pl.DataFrame) else pl.DataFrame(list(rows), infer_schema_length=None)
    if frame.height == 0:
        return 0
    name = f"incoming_{table}"
    con.register(name, frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
    finally:
        con.unregister(name)
    return frame.height


def replace_for_items(
    con: duckdb.DuckDBPyConnection,
    *,
    stage: str,
    version: str,
    item_ids: Sequence[str],
    tables: dict[str, Sequence[dict[str, Any]] | pl.DataFrame],
    key_column: str = "article_id",
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> dict[str, int]:
    """Replace, in one transaction, every row of ``tables`` keyed by ``item_ids`` and log the stage.

    ``also`` runs inside the same transaction after the rows are in (catalog upserts, ledger
    updates), so a batch's rows, its catalog rows and its ``stage_log`` entries are committed
    together or not at all.
    """
    ids = pl.DataFrame({"id": list(item_ids)}, schema={"id": pl.String})
    counts = {}
    with transaction(con):
        con.register("stage_ids", ids)
        try:
            for table, rows in tables.items():
                con.execute(f"DELETE FROM {table} WHERE {key_column} IN (SELECT id FROM stage_ids)")
                counts[table] = insert_rows(con, table, rows)
            if also is not None:
                also(con)
            con.execute("DELETE FROM stage_log WHERE stage = ? AND item_id IN (SELECT id FROM stage_ids)", [stage])
            con.execute("INSERT INTO stage_log SELECT ?, id, ? FROM stage_ids", [stage, version])
        finally:
            con.unregister("stage_ids")
        pause_point(f"write:{stage}")
    return counts


def upsert_catalog(con: duckdb.DuckDBPyConnection, table: str, key: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or refresh reference rows (entities, funders, institutions) by their key."""
    unique = list({r[key]: r for r in rows}.values())
    if not unique:
        return
    frame = pl.DataFrame(unique, infer_schema_length=None)
    con.register("catalog_rows", frame)
    try:
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM catalog_rows)")
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM catalog_rows")
    finally:
        con.unregister("catalog_rows")


def prune_orphans(con: duckdb.DuckDBPyConnection) -> None:
    """Drop articles whose document is no longer ok, and every row of theirs; then unreferenced catalog rows."""
    with transaction(con):
        con.execute("DELETE FROM articles WHERE document_id NOT IN (SELECT document_id FROM document_texts)")
        for table in ARTICLE_TABLES:
            con.execute(f"DELETE FROM {table} WHERE article_id NOT IN (SELECT article_id FROM articles)")
        # 'articles' is logged per document and 'pathways' once for the whole entity set (item '*').
        con.execute(
            "DELETE FROM stage_log WHERE stage NOT IN ('articles', 'pathways') "
            "AND item_id NOT IN (SELECT article_id FROM articles)"
        )
        con.execute(
            "DELETE FROM stage_log WHERE stage = 'articles' AND item_id NOT IN (SELECT document_id FROM document_texts)"
        )
        con.execute(
            """
            DELETE FROM entities WHERE entity_id NOT IN (
                SELECT entity_id FROM mentions UNION SELECT subject_id FROM findings
                UNION SELECT object_id FROM findings UNION SELECT organism FROM findings WHERE organism IS NOT NULL)
            """
        )
        con.execute("DELETE FROM pathway_members WHERE entity_id NOT IN (SELECT entity_id FROM entities)")
        con.execute("DELETE FROM pathways WHERE pathway_id NOT IN (SELECT pathway_id FROM pathway_members)")
        _prune_tree(con, "funders", "funder_id", "SELECT funder_id FROM funding WHERE funder_id IS NOT NULL")
        _prune_tree(
            con, "institutions", "institution_id",
            "SELECT institution_id FROM article_institutions UNION "
            "SELECT institution_id FROM people WHERE institution_id IS NOT NULL",
        )


def _prune_tree(con: duckdb.DuckDBPyConnection, table: str, key: str, used_sql: str) -> None:
    """Keep rows that are used, and their ancestors (NCI's parent NIH stays while NCI is used)."""
    con.execute(
        f"""
        DELETE FROM {table} WHERE {key} NOT IN (
            WITH RECURSIVE keep(id) AS (
                {used_sql}
                UNION
                SELECT t.parent_id FROM {table} t JOIN keep ON t.{key} = keep.id WHERE t.parent_id IS NOT NULL
            ) SELECT id FROM keep)
        """
    )


# --- views and exports ----------------------------------------------------------------------------


def view_names() -> list[str]:
    return sorted(p.stem for p in (SQL_DIR / "views").glob("*.sql"))


def views_digest() -> str:
    """Digest of the views' SQL: what a cached count or preview of the views also depends on."""
    return hashlib.sha256("".join((SQL_DIR / "views" / f"{n}.sql").read_text() for n in view_names()).encode()
                          ).hexdigest()[:16]


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    for name in view_names():
        con.execute((SQL_DIR / "views" / f"{name}.sql").read_text())
    return view_names()


def table_counts(con: duckdb.DuckDBPyConnection, tables: Iterable[str] = EXPORT_ORDER) -> dict[str, int]:
    return {t: scalar(con, f"SELECT count(*) FROM {t}") for t in tables}


def dataset_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A digest of everything the analytical tables are derived from; equal digests, equal tables.

    The tables are a pure function of the ledger (which bytes are ok under which path), the stored
    texts (keyed by their hash) and the version of every stage that produced rows (``stage_log``,
    which also records the entity set pathways were built from), plus the table definitions. So
    the digest of those, cheap to compute even for 100,000 documents, tells whether a derived
    output (Parquet set, quality report, check results) made earlier is still the current one.
    """
    ddl = _schema_ddl()
    parts = con.execute(
        """
        SELECT (SELECT count(*) || ':' || coalesce(bit_xor(hash(stage, item_id, version)), 0) FROM stage_log),
               (SELECT count(*) || ':' || coalesce(bit_xor(hash(source_path, document_id, status, reason,
                                                                 article_count)), 0) FROM documents)
        """
    ).fetchall()[0]
    return hashlib.sha256("|".join([*map(str, parts), ddl]).encode()).hexdigest()[:32]


def output_state(con: duckdb.DuckDBPyConnection, output: str) -> tuple[str, datetime, str | None] | None:
    """(fingerprint, made_at, detail) recorded for a derived output, or None."""
    rows = con.execute("SELECT fingerprint, made_at, detail FROM output_state WHERE output = ?", [output]).fetchall()
    return rows[0] if rows else None


def record_output(con: duckdb.DuckDBPyConnection, output: str, fingerprint: str, detail: str | None = None) -> None:
    con.execute("INSERT OR REPLACE INTO output_state VALUES (?, ?, now()::TIMESTAMP, ?)", [output, fingerprint, detail])


def reuse_or_make(con: duckdb.DuckDBPyConnection, output: str, key: str,
                  make: Callable[[], Any]) -> tuple[Any, datetime | None]:
    """(value, made_at): the JSON-able value ``make()`` gave for ``output`` when it was last made with
    this ``key``, and when; else ``make()`` now, recorded for the next run, and None."""
    state = output_state(con, output)
    if state is not None and state[0] == key and state[2] is not None:
        return json.loads(state[2]), state[1]
    value = make()
    record_output(con, output, key, json.dumps(value))
    return value, None


def export_parquet_if_changed(con: duckdb.DuckDBPyConnection, out_dir: Path) -> tuple[dict[str, Path], bool]:
    """The Parquet set for the current dataset: exported again only when the dataset changed.

    Returns (paths, exported). A run that changed nothing leaves the files untouched (byte-identical
    by construction), which at 100,000 documents saves most of an unchanged run.
    """
    fingerprint = dataset_fingerprint(con)
    paths = {table: out_dir / f"{table}.parquet" for table in EXPORT_ORDER}
    state = output_state(con, "parquet")
    if state is not None and state[0] == fingerprint and all(p.exists() for p in paths.values()):
        return paths, False
    export_parquet(con, out_dir)
    record_output(con, "parquet", fingerprint)
    return paths, True


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, Path]:
    """Write each analytical table to ``out_dir/<table>.parquet`` in a stable order, all at once
    (a new generation, see ``publish_generation``)."""

    def write(folder: Path) -> None:
        for table, order in EXPORT_ORDER.items():
            arrow = con.sql(f"SELECT * FROM {table} ORDER BY {order}").to_arrow_table()
            path = folder / f"{table}.parquet"
            pq.write_table(arrow, path, compression="zstd", write_statistics=True)
            _fsync(path)
        pause_point("export")

    publish_generation(out_dir, write)
    return {table: out_dir / f"{table}.parquet" for table in EXPORT_ORDER}


def publish_generation(out_dir: Path, write: Callable[[Path], Any]) -> Any:
    """Replace the folder ``out_dir`` as a whole: ``write(folder)`` fills a new folder, then it is published.

    ``out_dir`` is a symbolic link to a generation folder in ``<out_dir>.generations/``. The files
    are written (and synced) into a new generation folder, then a new link is renamed over
    ``out_dir``: one atomic step replaces the whole set, so a reader or a killed run sees either
    the previous complete set or the new one, never a mix or a half-written file. The previous
    generation is kept (a reader may still have it open); older ones and leftovers of killed runs
    are deleted. Returns what ``write`` returns.
    """
    parent = out_dir.parent
    generations = parent / f"{out_dir.name}.generations"
    generations.mkdir(parents=True, exist_ok=True)
    previous = out_dir.resolve() if out_dir.is_symlink() else None
    new = generations / f"{time.time_ns():020d}-{os.getpid()}"
    new.mkdir()
    result = write(new)
    _fsync(new)
    link = parent / f".{out_dir.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(os.path.relpath(new, parent), link)
    if out_dir.is_dir() and not out_dir.is_symlink():
        # A plain folder from an earlier layout: moved aside once (the only moment it is absent).
        os.replace(out_dir, generations / f"{time.time_ns():020d}-plain")
    os.replace(link, out_dir)
    _fsync(parent)
    for old in generations.iterdir():
        if old not in (new, previous):
            shutil.rmtree(old, ignore_errors=True)
    for stale in parent.glob(f".{out_dir.name}.link-*"):
        stale.unlink(missing_ok=True)
    return result


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def query_frame(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None) -> pl.DataFrame:
    """Result of ``sql`` as a polars frame (through Arrow, no row-by-row conversion)."""
    return pl.from_arrow(con.sql(sql, params=params or None).to_arrow_table())


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None) -> Any:
    """The single value of ``sql``; the result is fetched to the end (DuckDB 2 requires it)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None
