"""The pipeline's stages as plain functions over a warehouse connection.

Each stage finds the items whose output is missing or was made by another version of the code it
depends on, computes their rows with the pure extractors, and replaces those rows in one
transaction. Unchanged items are not touched, so a re-run with nothing new does no extraction work.
The Dagster assets in ``assets/`` are thin wrappers around these functions.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import importlib
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

from pipeline import warehouse
from pipeline.clean import in_another_script
from pipeline.lexicon_files import require_lexicon_files
from pipeline.model import CleanArticle, Entity, Mention, Sentence, as_row
from pipeline.parallel import CHUNK_SIZE, Submit, chunked, forks_workers, overlapped, worker_pool
from pipeline.process import ARTICLES_VERSION, REQUIRED_ARTICLE_LEXICON_FILES, build_articles
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
        from pipeline import registries

        module = importlib.import_module(f"pipeline.extract.{stage}")
        version = f"{base};{stage}={module.VERSION};registry={registries.VERSION}"
        # the rules of the extractors a stage calls: institutions reads names with funding's name splitter, people
        # finds affiliations with the institution finder (a change there must re-extract these stages too)
        if stage in ("institutions", "people"):
            from pipeline.extract import funding, institutions

            version += f";funding_rules={funding.RULES_VERSION}"
            if stage == "people":
                version += f";institutions={institutions.VERSION}"
        return version
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
    """Scan the raw folder into the ledger (unchanged files are not read again); documents per status.

    A raw folder that does not exist stops the run with the ledger untouched: a mistyped PIPELINE_RAW_DIR or an
    unmounted drive is no proof that every document was removed. (An existing, empty folder is: its documents
    are marked removed.)
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(
            f"raw folder {raw_dir} does not exist or is not a folder (check PIPELINE_RAW_DIR); "
            "nothing was ingested and no document was marked removed"
        )
    scanned = scan_raw_folder(raw_dir, max_bytes, known=warehouse.known_files(con))
    return warehouse.record_scan(con, scanned, datetime.now(UTC).replace(tzinfo=None))


def build_article_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    """Clean every new document into articles (one per page, many per PubTator/BioC export).

    A document with no article in it is quarantined and logged as done, like one that gave articles:
    while its bytes are unchanged it is not cleaned again (its text is kept, so a new cleaning
    version retries it and reinstates it when it now gives articles).
    """
    require_lexicon_files(REQUIRED_ARTICLE_LEXICON_FILES)
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
    with worker_pool(_clean_documents, items=len(pending)) as submit:
        overlapped(chunked(pending, BATCH_SIZE), lambda batch: _start_cleaning(con, batch, submit),
                   lambda batch, cleaned: _write_cleaned(con, batch, cleaned(), stats, version))
    # Articles of documents no longer ok (removed, changed, now a duplicate) leave with all their rows.
    if stats.processed or warehouse.scalar(
            con, "SELECT count(*) FROM articles WHERE document_id NOT IN (SELECT document_id FROM document_texts)"):
        warehouse.prune_orphans(con)
    warehouse.refresh_article_counts(con)  # also for ok rows whose document was done earlier (a former duplicate)
    warehouse.refresh_article_paths(con)
    return stats


def _start_cleaning(con: duckdb.DuckDBPyConnection, batch: Sequence[str],
                    submit: Submit) -> Callable[[], list[Any]]:
    """Read one batch of documents and hand it to the workers; returns what waits for their results."""
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
    return submit(list(chunked(docs, CHUNK_SIZE)))


def _write_cleaned(con: duckdb.DuckDBPyConnection, batch: Sequence[str], cleaned: list[Any],
                   stats: StageStats, version: str) -> None:
    """Write one cleaned batch: its articles and ledger updates in one transaction."""
    rows, done, quarantined = [], [], []
    for document_id, source_path, outcome in (c for chunk in cleaned for c in chunk):
        if isinstance(outcome, str):
            quarantined.append((document_id, outcome))
            stats.failures.append((source_path, outcome))
            continue
        rows.extend(outcome)
        done.append(document_id)
    warehouse.pause_point("extract:articles")

    def ledger(con: duckdb.DuckDBPyConnection) -> None:
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


def _clean_documents(docs: Sequence[tuple[str, str, str, str]]) -> list[tuple[str, str, list[dict[str, Any]] | str]]:
    """(document_id, source_path, article rows or the reason it gives none) per document; runs in workers."""
    out: list[tuple[str, str, list[dict[str, Any]] | str]] = []
    for document_id, text, source_path, fmt in docs:
        try:
            records = [r for r in build_articles(document_id, source_path, text, fmt) if r.article.body]
        except (StructuredFormatError, RecursionError) as exc:
            out.append((document_id, source_path, f"cannot split into articles: {exc}"))
            continue
        except Exception as exc:  # noqa: BLE001  one document's unforeseen shape must not stop the run
            out.append((document_id, source_path, f"cleaning failed ({type(exc).__name__}: {exc})"))
            continue
        if not records:
            out.append((document_id, source_path, _no_article_reason(text)))
            continue
        out.append((document_id, source_path, [r.row() for r in records]))
    return out


def _no_article_reason(text: str) -> str:
    if in_another_script(text):
        return "no article text in a Latin script (the cleaner reads Latin-script prose only)"
    return "no article text found after removing page chrome (nothing but a title, headings or navigation)"


def _add(into: dict[str, int], counts: dict[str, int]) -> None:
    for k, v in counts.items():
        into[k] = into.get(k, 0) + v


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


Tables = dict[str, list[dict[str, Any]]]


def _run_article_stage(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    extract: Callable[[tuple[list[CleanArticle], Any]], Tables],
    *,
    context: Callable[[duckdb.DuckDBPyConnection, list[list[CleanArticle]]], list[Any]] | None = None,
    preload: Callable[[int], Any] | None = None,
    catalog: Callable[[duckdb.DuckDBPyConnection, Tables], None] | None = None,
) -> StageStats:
    """Recompute the stage for every article whose output is missing or of another version.

    ``extract((articles, context))`` is pure and runs in worker processes on chunks of a batch;
    ``context(con, chunks)`` reads what they need from the warehouse first (in this process, one
    query per batch), one context per chunk;
    ``preload(items)`` loads lexicons once before the workers fork, so they share them (``items``: how many
    articles the stage has to do). Rows named
    ``catalog:<table>`` go to ``catalog`` (upserted reference rows), the others replace the
    batch's rows of their table; both in one transaction with the batch's ``stage_log`` entries.
    """
    stats = StageStats(stage)
    version = stage_version(stage)
    pending = warehouse.pending_items(con, stage, version, "SELECT article_id FROM articles")
    stats.skipped = warehouse.scalar(con, "SELECT count(*) FROM articles") - len(pending)
    if pending and preload is not None:
        preload(len(pending))

    def finish(batch: Sequence[str], parts: Callable[[], list[Tables]]) -> None:
        tables: Tables = {}
        for part in parts():
            for table, rows in part.items():
                tables.setdefault(table, []).extend(rows)
        warehouse.pause_point(f"extract:{stage}")
        catalog_rows = {k: v for k, v in tables.items() if k.startswith("catalog:")}
        per_article = {k: v for k, v in tables.items() if not k.startswith("catalog:")}
        counts = warehouse.replace_for_items(
            con, stage=stage, version=version, item_ids=list(batch), tables=per_article,
            also=None if catalog is None else lambda con: catalog(con, catalog_rows),
        )
        stats.processed += len(batch)
        _add(stats.rows, counts)

    with worker_pool(extract, items=len(pending)) as submit:

        def start(batch: Sequence[str]) -> Callable[[], list[Tables]]:
            chunks = [list(chunk) for chunk in chunked(load_clean_articles(con, batch), CHUNK_SIZE)]
            contexts = [None] * len(chunks) if context is None else context(con, chunks)
            return submit(list(zip(chunks, contexts)))

        overlapped(chunked(pending, BATCH_SIZE), start, finish)
    if stats.processed:  # only a stage that rewrote rows can leave catalog rows unreferenced
        warehouse.prune_orphans(con)
    return stats


def _sentence_tables(unit: tuple[list[CleanArticle], Any]) -> Tables:
    from pipeline.sentences import split_sentences

    rows = []
    for a in unit[0]:
        for s in split_sentences(a.body):
            rows.append({"article_id": a.article_id, "sentence_index": s.index, "start_char": s.start,
                         "end_char": s.end, "text": s.text})
    return {"sentences": rows}


def build_sentence_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    return _run_article_stage(con, "sentences", _sentence_tables)


def _entity_row(e: Entity) -> dict[str, Any]:
    return {"entity_id": e.entity_id, "entity_type": e.entity_type, "name": e.name, "xrefs": list(e.xrefs)}


def _upsert(table: str, key: str) -> Callable[[duckdb.DuckDBPyConnection, Tables], None]:
    def write(con: duckdb.DuckDBPyConnection, rows: Tables) -> None:
        warehouse.upsert_catalog(con, table, key, rows.get(f"catalog:{table}", []))

    return write


_entity_lexicons: dict[str, Any] = {}  # key -> the lexicon this process (and the workers it forks) uses


def _entity_lexicon(cache_dir: Path | None = None, *, automaton: bool = True) -> Any:
    """The entity lexicon with its look-up tables (and, with ``automaton``, its automaton) built, loaded once per
    process (forked workers share it). Without the automaton, a few documents are matched by dict look-ups and
    the automaton is built only if a larger text comes (``entities.LOOKUP_MAX_CHARS``).

    With ``cache_dir``, the loaded lexicon is kept there as a pickle keyed by the lexicon files'
    version and the loader's code: unpickling takes about a third of parsing the TSVs again, which
    is most of what a run with a handful of new documents spends on entities.
    """
    key = _entity_lexicon_key()
    if key not in _entity_lexicons:
        from pipeline.lexicons import load_entity_lexicon

        lexicon = _cached_pickle(cache_dir, "entity_lexicon", key, load_entity_lexicon)
        lexicon.prepare_tables()
        if automaton:
            _ = lexicon.automaton
        # It lives as long as the process: keep the collector from walking its millions of objects
        # again and again (and from touching their pages in forked workers, which would copy them).
        gc.freeze()
        if not _entity_lexicons:  # once per process: a normal shutdown then frees everything (no leak warnings)
            atexit.register(gc.unfreeze)
        _entity_lexicons.clear()
        _entity_lexicons[key] = lexicon
    return _entity_lexicons[key]


def _entity_lexicon_key() -> str:
    from pipeline import lexicons, model
    from pipeline.extract import entities

    digest = hashlib.sha256(f"{lexicons.LEXICON_VERSION}|{entities.VERSION}|{lexicons.lexicon_dir()}".encode())
    digest.update(_source_digest(lexicons.__file__))
    digest.update(_source_digest(model.__file__))  # how its records pickle
    return digest.hexdigest()[:20]


@lru_cache(maxsize=4)
def _source_digest(path: str) -> bytes:
    """Digest of a module's source, read once per process (the key is asked for by every chunk)."""
    return hashlib.sha256(Path(path).read_bytes()).digest()


def _cached_pickle(cache_dir: Path | None, name: str, key: str, load: Callable[[], Any]) -> Any:
    """``load()``, or its result pickled under ``cache_dir`` by an earlier run with the same ``key``."""
    if cache_dir is None:
        return load()
    path = cache_dir / f"{name}-{key}.pickle"
    try:
        data = path.read_bytes()
        gc.disable()  # millions of small objects: collections during the load would triple its time
        try:
            return pickle.loads(data)
        finally:
            gc.enable()
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        pass  # absent, or written by other code: load afresh and replace it
    value = load()
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    for stale in cache_dir.glob(f"{name}-*.pickle"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return value


def _mention_tables(unit: tuple[list[CleanArticle], Any]) -> Tables:
    from pipeline.extract.entities import extract_mentions_batch

    lexicon = _entity_lexicon()
    mentions, entities = [], {}
    for found, ents in extract_mentions_batch(unit[0], lexicon):
        mentions.extend(as_row(m) for m in found)
        for e in ents:
            entities[e.entity_id] = _entity_row(e)
    return {"mentions": mentions, "catalog:entities": list(entities.values())}


def build_mention_rows(con: duckdb.DuckDBPyConnection, cache_dir: Path | None = None) -> StageStats:
    """Entity mentions; ``cache_dir`` keeps the loaded lexicon for the next run (see ``_entity_lexicon``)."""
    # Forked workers must find the automaton built (else each would build its own); one process builds it
    # only once its text passes entities.LOOKUP_MAX_CHARS.
    return _run_article_stage(con, "mentions", _mention_tables,
                              preload=lambda items: _entity_lexicon(cache_dir, automaton=forks_workers(items)),
                              catalog=_upsert("entities", "entity_id"))


def _mentions_of(con: duckdb.DuckDBPyConnection, chunks: list[list[CleanArticle]]
                 ) -> list[tuple[dict[str, list[Mention]], dict[str, Entity]]]:
    """Per chunk: its articles' mentions and the entities they name, read once for the whole batch.

    (Reading them per chunk of 100 articles scanned the mentions table a hundred times per 10,000.)
    """
    article_ids = [a.article_id for chunk in chunks for a in chunk]
    by_article: dict[str, list[Mention]] = {}
    for row in con.execute(
        "SELECT article_id, sentence_index, start_char, end_char, text, entity_id FROM mentions "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, start_char, end_char, entity_id",
        [article_ids],
    ).fetchall():
        by_article.setdefault(row[0], []).append(Mention(*row))
    entities = {
        r[0]: Entity(r[0], r[1], r[2], tuple(r[3]))
        for r in con.execute(
            "SELECT entity_id, entity_type, name, xrefs FROM entities WHERE entity_id IN "
            "(SELECT DISTINCT entity_id FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[])))",
            [article_ids],
        ).fetchall()
    }
    contexts = []
    for chunk in chunks:  # each worker gets only its chunk's mentions and entities
        mentions = {a.article_id: by_article[a.article_id] for a in chunk if a.article_id in by_article}
        named = {m.entity_id for ms in mentions.values() for m in ms}
        contexts.append((mentions, {e: entities[e] for e in named}))
    return contexts


def _finding_tables(unit: tuple[list[CleanArticle], Any]) -> Tables:
    from pipeline.extract.findings import extract_findings

    articles, (mentions, entities) = unit
    rows: dict[str, dict[str, Any]] = {}
    for a in articles:
        for f in extract_findings(a, mentions.get(a.article_id, []), entities):
            rows[f.finding_id] = as_row(f)
    return {"findings": list(rows.values())}


def _findings_preload() -> None:
    import pipeline.extract.findings  # noqa: F401  (its tables load at import: once, before the fork)


def build_finding_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    return _run_article_stage(con, "findings", _finding_tables, context=_mentions_of,
                              preload=lambda _items: _findings_preload())


def _funding_tables(unit: tuple[list[CleanArticle], Any]) -> Tables:
    from pipeline.extract.funding import extract_funding
    from pipeline.ids import stable_id

    registry = _funders()
    rows: dict[str, dict[str, Any]] = {}
    funders: dict[str, dict[str, Any]] = {}
    for a in unit[0]:
        found, records = extract_funding(a, registry)
        for r in found:
            fid = stable_id(r.article_id, r.funder_id, r.funder_name, r.funder_text, r.award_id)
            rows[fid] = {"funding_id": fid, **as_row(r)}
        for f in records:
            funders[f.funder_id] = as_row(f)
    return {"funding": list(rows.values()), "catalog:funders": list(funders.values())}


def _funders() -> Any:
    from pipeline.registries import load_funders

    return load_funders()


def build_funding_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    return _run_article_stage(con, "funding", _funding_tables, preload=lambda _items: _funders(),
                              catalog=_upsert("funders", "funder_id"))


def _institutions() -> Any:
    from pipeline.registries import load_institutions

    return load_institutions()


def _institution_tables(unit: tuple[list[CleanArticle], Any]) -> Tables:
    from pipeline.extract.institutions import extract_institutions

    registry = _institutions()
    links: dict[tuple[str, str, str], dict[str, Any]] = {}
    records: dict[str, dict[str, Any]] = {}
    for a in unit[0]:
        found, insts = extract_institutions(a, registry)
        for link in found:
            links.setdefault((link.article_id, link.institution_id, link.role), as_row(link))
        for inst in insts:
            records[inst.institution_id] = as_row(inst)
    return {"article_institutions": list(links.values()), "catalog:institutions": list(records.values())}


def build_institution_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    return _run_article_stage(con, "institutions", _institution_tables, preload=lambda _items: _institutions(),
                              catalog=_upsert("institutions", "institution_id"))


def _people_tables(unit: tuple[list[CleanArticle], Any]) -> Tables:
    from pipeline.extract.people import extract_people

    registry = _institutions()
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for a in unit[0]:
        for p in extract_people(a, registry):
            rows.setdefault((p.article_id, p.name, p.role), as_row(p))
    return {"people": list(rows.values())}


def build_people_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    return _run_article_stage(con, "people", _people_tables, preload=lambda _items: _institutions())


def build_pathway_rows(con: duckdb.DuckDBPyConnection) -> StageStats:
    """Pathways of every entity in the warehouse (rebuilt whole: it is small and global).

    Skipped when neither the set of entities nor the code changed since the last build: the
    version logged (``stage_log`` item ``*``) includes a digest of the entity ids.
    """
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
