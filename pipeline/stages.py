"""The pipeline's stages as plain functions over a warehouse connection.

Each stage finds the items whose output is missing or was made by another version of the code it
depends on, computes their rows with the pure extractors, and replaces those rows in one
transaction. Unchanged items are not touched, so a re-run with nothing new does no extraction work.
The Dagster assets in ``assets/`` are thin wrappers around these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from pipeline import warehouse
from pipeline.model import CleanArticle, Entity, Mention, Sentence
from pipeline.process import ARTICLES_VERSION, build_articles
from pipeline.sources import scan_raw_folder
from pipeline.structured import StructuredFormatError

BATCH_SIZE = 2000


@dataclass(slots=True)
class StageStats:
    stage: str
    processed: int = 0  # items (re)computed this run
    skipped: int = 0  # items already up to date
    rows: dict[str, int] = field(default_factory=dict)  # rows written this run, per table
    failures: list[tuple[str, str]] = field(default_factory=list)  # (item id, reason)

    def as_metadata(self) -> dict[str, Any]:
        return {"processed": self.processed, "skipped_up_to_date": self.skipped, **{
            f"rows_written_{k}": v for k, v in self.rows.items()}}


def stage_version(stage: str) -> str:
    """Version string of a stage: its own extractor version plus those of what it reads.

    Imports only what the stage uses, so a stage runs without the extractors of the others.
    """
    base = f"articles={ARTICLES_VERSION}"
    if stage in ("articles", "sentences"):
        return base
    if stage in ("funding", "institutions", "people"):
        import importlib

        from pipeline import registries

        module = importlib.import_module(f"pipeline.extract.{stage}")
        return f"{base};{stage}={module.VERSION};registry={registries.VERSION}"
    from pipeline import lexicons
    from pipeline.extract import entities

    mentions = f"{base};entities={entities.VERSION};lexicon={lexicons.LEXICON_VERSION}"
    if stage == "mentions":
        return mentions
    from pipeline.extract import findings, pathways

    if stage == "findings":
        return f"{mentions};findings={findings.VERSION}"
    if stage == "pathways":
        return f"{mentions};findings={findings.VERSION};pathways={pathways.VERSION}"
    raise KeyError(stage)


# --- ingestion ------------------------------------------------------------------------------------


def ingest_raw_folder(con: duckdb.DuckDBPyConnection, raw_dir: Path, max_bytes: int) -> dict[str, int]:
    """Scan the raw folder into the ledger; returns documents per status."""
    scanned = scan_raw_folder(raw_dir, max_bytes)
    return warehouse.record_scan(con, scanned, datetime.now(timezone.utc).replace(tzinfo=None))


def build_article_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    """Clean every new document into articles (one per page, many per PubTator/BioC export).

    A document with no article in it is quarantined and logged as done, like one that gave articles:
    while its bytes are unchanged it is not cleaned again (its text is kept, so a new cleaning
    version retries it and reinstates it when it now gives articles).
    """
    stats = StageStats("articles")
    version = stage_version("articles")
    pending = warehouse.pending_items(con, "articles", version, "SELECT document_id FROM document_texts")
    # An ok document without articles although logged as done: the same bytes as a rejected document,
    # appearing under another name. Cleaning it again quarantines it too (rare, so cheap).
    pending = sorted(set(pending) | {r[0] for r in con.execute(
        "SELECT DISTINCT document_id FROM documents WHERE status = 'ok' "
        "AND document_id IN (SELECT document_id FROM document_texts) "
        "AND document_id NOT IN (SELECT document_id FROM articles)").fetchall()})
    stats.skipped = warehouse.scalar(con, "SELECT count(*) FROM document_texts") - len(pending)
    for batch in _chunks(pending, BATCH_SIZE):
        docs = con.execute(
            """
            SELECT t.document_id, t.text, d.source_path, d.format
            FROM document_texts t
            JOIN (SELECT document_id, min(source_path) AS source_path, any_value(format) AS format
                  FROM documents WHERE status IN ('ok', 'quarantined') GROUP BY document_id) d USING (document_id)
            WHERE t.document_id IN (SELECT unnest(?::VARCHAR[]))
            ORDER BY t.document_id
            """,
            [batch],
        ).fetchall()
        rows, done, quarantined = [], [], []
        for document_id, text, source_path, fmt in docs:
            try:
                records = [r for r in build_articles(document_id, source_path, text, fmt) if r.article.body]
            except (StructuredFormatError, RecursionError) as exc:
                quarantined.append((document_id, f"cannot split into articles: {exc}"))
                stats.failures.append((source_path, str(exc)))
                continue
            if not records:
                quarantined.append((document_id, "no article text found after removing page chrome"))
                stats.failures.append((source_path, "no article text"))
                continue
            rows.extend(r.row() for r in records)
            done.append(document_id)
        warehouse.pause_point("extract:articles")

        def ledger(con: duckdb.DuckDBPyConnection, quarantined: list[tuple[str, str]] = quarantined,
                   done: list[str] = done) -> None:
            for document_id, reason in quarantined:
                warehouse.quarantine_document(con, document_id, reason)
            warehouse.reinstate_documents(con, done)
            warehouse.refresh_article_counts(con)

        counts = warehouse.replace_for_items(
            con, stage="articles", version=version, item_ids=done + [d for d, _ in quarantined],
            tables={"articles": rows}, key_column="document_id", also=ledger,
        )
        stats.processed += len(done) + len(quarantined)
        _add(stats.rows, counts)
    warehouse.prune_orphans(con)
    warehouse.refresh_article_counts(con)  # also for ok rows whose document was done earlier (a former duplicate)
    return stats


def _add(into: dict[str, int], counts: dict[str, int]) -> None:
    for k, v in counts.items():
        into[k] = into.get(k, 0) + v


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- per-article stages ---------------------------------------------------------------------------


def load_clean_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[CleanArticle]:
    """Rebuild CleanArticle records (body plus sentence offsets) from the warehouse."""
    arts = con.execute(
        """
        SELECT article_id, document_id, source_path, title, body, source_kind, published_on, publisher,
               coalesce(preamble, ''), coalesce(trailer, '')
        FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id
        """,
        [list(article_ids)],
    ).fetchall()
    sents: dict[str, list[Sentence]] = {}
    for aid, idx, start, end, text in con.execute(
        "SELECT article_id, sentence_index, start_char, end_char, text FROM sentences "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, sentence_index",
        [list(article_ids)],
    ).fetchall():
        sents.setdefault(aid, []).append(Sentence(idx, start, end, text))
    return [
        CleanArticle(a[0], a[1], a[2], a[3], a[4], tuple(sents.get(a[0], ())), a[5], a[6], a[7], a[8], a[9])
        for a in arts
    ]


def _run_article_stage(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    compute: Callable[[duckdb.DuckDBPyConnection, list[CleanArticle]], dict[str, list[dict[str, Any]]]],
    catalog: Callable[[duckdb.DuckDBPyConnection, dict[str, list[dict[str, Any]]]], None] | None = None,
) -> StageStats:
    stats = StageStats(stage)
    version = stage_version(stage)
    pending = warehouse.pending_items(con, stage, version, "SELECT article_id FROM articles")
    stats.skipped = warehouse.scalar(con, "SELECT count(*) FROM articles") - len(pending)
    for batch in _chunks(pending, BATCH_SIZE):
        articles = load_clean_articles(con, batch)
        tables = compute(con, articles)
        warehouse.pause_point(f"extract:{stage}")
        catalog_rows = {k: v for k, v in tables.items() if k.startswith("catalog:")}
        per_article = {k: v for k, v in tables.items() if not k.startswith("catalog:")}
        counts = warehouse.replace_for_items(
            con, stage=stage, version=version, item_ids=list(batch), tables=per_article,
            also=None if catalog is None else lambda con, rows=catalog_rows: catalog(con, rows),
        )
        stats.processed += len(batch)
        _add(stats.rows, counts)
    warehouse.prune_orphans(con)
    return stats


def build_sentence_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    from pipeline.sentences import split_sentences

    def compute(_con: duckdb.DuckDBPyConnection, articles: list[CleanArticle]) -> dict[str, list[dict[str, Any]]]:
        rows = []
        for a in articles:
            for s in split_sentences(a.body):
                rows.append({"article_id": a.article_id, "sentence_index": s.index, "start_char": s.start,
                             "end_char": s.end, "text": s.text})
        return {"sentences": rows}

    return _run_article_stage(con, "sentences", compute)


def _lazy(load: Callable[[], Any]) -> Callable[[], Any]:
    """``load()`` on first call only: a stage with nothing pending never loads its lexicon or registry."""
    cache: list[Any] = []

    def get() -> Any:
        if not cache:
            cache.append(load())
        return cache[0]

    return get


def _entity_row(e: Entity) -> dict[str, Any]:
    return {"entity_id": e.entity_id, "entity_type": e.entity_type, "name": e.name, "xrefs": list(e.xrefs)}


def _upsert(table: str, key: str) -> Callable[[duckdb.DuckDBPyConnection, dict[str, list[dict[str, Any]]]], None]:
    def write(con: duckdb.DuckDBPyConnection, rows: dict[str, list[dict[str, Any]]]) -> None:
        warehouse.upsert_catalog(con, table, key, rows.get(f"catalog:{table}", []))

    return write


def build_mention_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    from pipeline.extract.entities import extract_mentions
    from pipeline.lexicons import load_entity_lexicon

    lexicon = _lazy(load_entity_lexicon)

    def compute(_con: duckdb.DuckDBPyConnection, articles: list[CleanArticle]) -> dict[str, list[dict[str, Any]]]:
        mentions, entities = [], {}
        for a in articles:
            found, ents = extract_mentions(a, lexicon())
            mentions.extend(asdict(m) for m in found)
            for e in ents:
                entities[e.entity_id] = _entity_row(e)
        return {"mentions": mentions, "catalog:entities": list(entities.values())}

    return _run_article_stage(con, "mentions", compute, _upsert("entities", "entity_id"))


def _mentions_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> tuple[dict[str, list[Mention]], dict[str, Entity]]:
    by_article: dict[str, list[Mention]] = {}
    for row in con.execute(
        "SELECT article_id, sentence_index, start_char, end_char, text, entity_id FROM mentions "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, start_char, end_char, entity_id",
        [list(article_ids)],
    ).fetchall():
        by_article.setdefault(row[0], []).append(Mention(*row))
    entities = {
        r[0]: Entity(r[0], r[1], r[2], tuple(r[3]))
        for r in con.execute(
            "SELECT entity_id, entity_type, name, xrefs FROM entities WHERE entity_id IN "
            "(SELECT DISTINCT entity_id FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[])))",
            [list(article_ids)],
        ).fetchall()
    }
    return by_article, entities


def build_finding_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    from pipeline.extract.findings import extract_findings

    def compute(con: duckdb.DuckDBPyConnection, articles: list[CleanArticle]) -> dict[str, list[dict[str, Any]]]:
        mentions, entities = _mentions_of(con, [a.article_id for a in articles])
        rows: dict[str, dict[str, Any]] = {}
        for a in articles:
            for f in extract_findings(a, mentions.get(a.article_id, []), entities):
                rows[f.finding_id] = asdict(f)
        return {"findings": list(rows.values())}

    return _run_article_stage(con, "findings", compute)


def build_funding_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    from pipeline.extract.funding import extract_funding
    from pipeline.ids import stable_id
    from pipeline.registries import load_funders

    registry = _lazy(load_funders)

    def compute(_con: duckdb.DuckDBPyConnection, articles: list[CleanArticle]) -> dict[str, list[dict[str, Any]]]:
        rows: dict[str, dict[str, Any]] = {}
        funders: dict[str, dict[str, Any]] = {}
        for a in articles:
            found, records = extract_funding(a, registry())
            for r in found:
                fid = stable_id(r.article_id, r.funder_id, r.funder_name, r.funder_text, r.award_id)
                rows[fid] = {"funding_id": fid, **asdict(r)}
            for f in records:
                funders[f.funder_id] = asdict(f)
        return {"funding": list(rows.values()), "catalog:funders": list(funders.values())}

    return _run_article_stage(con, "funding", compute, _upsert("funders", "funder_id"))


def build_institution_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    from pipeline.extract.institutions import extract_institutions
    from pipeline.registries import load_institutions

    registry = _lazy(load_institutions)

    def compute(_con: duckdb.DuckDBPyConnection, articles: list[CleanArticle]) -> dict[str, list[dict[str, Any]]]:
        links: dict[tuple[str, str, str], dict[str, Any]] = {}
        records: dict[str, dict[str, Any]] = {}
        for a in articles:
            found, insts = extract_institutions(a, registry())
            for link in found:
                links.setdefault((link.article_id, link.institution_id, link.role), asdict(link))
            for inst in insts:
                records[inst.institution_id] = asdict(inst)
        return {"article_institutions": list(links.values()), "catalog:institutions": list(records.values())}

    return _run_article_stage(con, "institutions", compute, _upsert("institutions", "institution_id"))


def build_people_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    from pipeline.extract.people import extract_people
    from pipeline.registries import load_institutions

    registry = _lazy(load_institutions)

    def compute(_con: duckdb.DuckDBPyConnection, articles: list[CleanArticle]) -> dict[str, list[dict[str, Any]]]:
        rows: dict[tuple[str, str, str], dict[str, Any]] = {}
        for a in articles:
            for p in extract_people(a, registry()):
                rows.setdefault((p.article_id, p.name, p.role), asdict(p))
        return {"people": list(rows.values())}

    return _run_article_stage(con, "people", compute)


def build_pathway_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    """Pathways of every entity in the warehouse (rebuilt whole: it is small and global).

    Skipped when neither the set of entities nor the code changed since the last build: the
    version logged (``stage_log`` item ``*``) includes a digest of the entity ids.
    """
    import hashlib

    stats = StageStats("pathways")
    entity_ids = [r[0] for r in con.execute("SELECT entity_id FROM entities ORDER BY entity_id").fetchall()]
    digest = hashlib.sha256("\n".join(entity_ids).encode()).hexdigest()[:16]
    version = f"{stage_version('pathways')};entity_set={digest}"
    if warehouse.scalar(con, "SELECT count(*) FROM stage_log WHERE stage = 'pathways' AND item_id = '*' "
                        "AND version = ?", [version]):
        stats.skipped = len(entity_ids)
        return stats
    from pipeline.extract.pathways import pathways_for_entities

    pathways, members = pathways_for_entities(entity_ids)
    warehouse.pause_point("extract:pathways")
    with warehouse.transaction(con):
        con.execute("DELETE FROM pathway_members")
        con.execute("DELETE FROM pathways")
        stats.rows["pathways"] = warehouse.insert_rows(con, "pathways", list({p["pathway_id"]: p for p in pathways}.values()))
        stats.rows["pathway_members"] = warehouse.insert_rows(
            con, "pathway_members", list({(m["pathway_id"], m["entity_id"]): m for m in members}.values()))
        con.execute("DELETE FROM stage_log WHERE stage = 'pathways'")
        con.execute("INSERT INTO stage_log VALUES ('pathways', '*', ?)", [version])
        warehouse.pause_point("write:pathways")
    stats.processed = len(entity_ids)
    return stats
