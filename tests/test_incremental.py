"""Incremental re-ingestion through the real Dagster materialisation, on copies of the seed documents.

Only new or changed documents are cleaned and extracted; unchanged ones are reused by content hash
and extractor version; bumping an extractor's version re-extracts exactly what it produced; a removed
file leaves every analytical table; a changed file replaces its rows; a run with nothing new does no
extraction work and rewrites every Parquet file byte for byte. The incrementally maintained dataset
equals a clean build of the same folder.
"""

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.definitions import all_assets
from assets.resources import PipelineResource
from pipeline.warehouse import ARTICLE_TABLES, EXPORT_ORDER
from tests.test_definitions import _digests

# Asset that carries each stage's `processed` / `skipped_up_to_date` metadata.
STAGE_ASSETS = ("articles", "sentences", "mentions", "findings", "funding", "article_institutions", "people",
                "pathways")


def _materialise(raw: Path, data: Path) -> dg.ExecuteInProcessResult:
    """Every asset of the graph but the Great Expectations report (seconds per run, and nothing incremental
    about it); the checks are left out too. test_definitions materialises all of them."""
    resource = PipelineResource(raw_dir=str(raw), data_dir=str(data), max_file_bytes=1_000_000)
    return dg.materialize(all_assets, resources={"pipeline": resource}, instance=dg.DagsterInstance.ephemeral(),
                          selection=dg.AssetSelection.all() - dg.AssetSelection.assets("quality_report"),
                          raise_on_error=False)


def _stage_counts(result: dg.ExecuteInProcessResult) -> dict[str, tuple[int, int]]:
    """asset -> (processed, skipped_up_to_date) of one materialisation."""
    assert result.success
    counts = {}
    for event in result.get_asset_materialization_events():
        mat = event.step_materialization_data.materialization
        if "processed" in mat.metadata:
            counts[mat.asset_key.to_user_string()] = (mat.metadata["processed"].value,
                                                      mat.metadata["skipped_up_to_date"].value)
    assert set(counts) == set(STAGE_ASSETS)
    return counts


def _processed(result: dg.ExecuteInProcessResult) -> dict[str, int]:
    return {k: v[0] for k, v in _stage_counts(result).items()}


def _query(data: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _article_ids(data: Path, source_path: str | None = None) -> set[str]:
    where = "" if source_path is None else f"WHERE source_path = '{source_path}'"
    return {r[0] for r in _query(data, f"SELECT article_id FROM articles {where}")}


def _without_ledger(digests: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in digests.items() if k != "documents.parquet"}  # the ledger holds wall-clock times


def test_incremental_runs_reuse_unchanged_documents(tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch):
    raw, data = tmp_path / "raw", tmp_path / "data"
    shutil.copytree(seed_dir, raw)
    for p in raw.iterdir():
        p.chmod(0o644)
    seeds = sorted(p.name for p in raw.iterdir())
    # A page that reads fine but holds no article: quarantined by the articles stage, and not cleaned
    # again on later runs while its bytes are unchanged.
    (raw / "chrome").mkdir()
    (raw / "chrome" / "menu.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>About us</a>"
                                              "</nav></body></html>", encoding="utf-8")
    chrome = ("chrome/menu.html", "quarantined",
              "no article text found after removing page chrome (nothing but a title, headings or navigation)")

    # 1. First run: every document is new.
    first = _materialise(raw, data)
    n_articles = len(_article_ids(data))
    assert n_articles == len(seeds)
    assert chrome in _query(data, "SELECT source_path, status, reason FROM documents")
    counts = _stage_counts(first)
    assert counts["articles"] == (len(seeds) + 1, 0)
    assert all(counts[s] == (n_articles, 0) for s in STAGE_ASSETS if s not in ("articles", "pathways"))
    digests = _digests(data / "parquet")
    assert set(digests) == {f"{t}.parquet" for t in EXPORT_ORDER}

    # 2. Nothing changed: no extraction work at all, every analytical file byte-identical.
    second = _materialise(raw, data)
    assert _processed(second) == dict.fromkeys(STAGE_ASSETS, 0)
    assert _stage_counts(second)["funding"] == (0, n_articles)
    assert _stage_counts(second)["articles"] == (0, len(seeds) + 1)
    assert "failures" not in second.asset_materializations_for_node("articles")[0].metadata
    assert chrome in _query(data, "SELECT source_path, status, reason FROM documents")
    assert _without_ledger(_digests(data / "parquet")) == _without_ledger(digests)

    # 3. A new funding extractor version re-extracts exactly what it produced, and nothing else.
    monkeypatch.setattr("pipeline.extract.funding.VERSION", "test-bumped-version")
    bumped = _materialise(raw, data)
    assert _processed(bumped) == {**dict.fromkeys(STAGE_ASSETS, 0), "funding": n_articles}
    # Same code, same output: the re-extracted rows are the same bytes.
    assert _without_ledger(_digests(data / "parquet")) == _without_ledger(digests)
    # (The bumped version stays in force below: step 4 re-extracting only 2 articles shows it was recorded.)

    # 4. One file added, one changed, one removed, in the same run.
    removed, changed, kept = seeds[0], seeds[1], seeds[2:]
    removed_ids, changed_ids = _article_ids(data, removed), _article_ids(data, changed)
    kept_ids = _article_ids(data) - removed_ids - changed_ids
    old_changed_doc = _query(data, f"SELECT document_id FROM documents WHERE source_path = '{changed}'")[0][0]
    (raw / removed).unlink()
    text = (raw / changed).read_text(encoding="utf-8")
    (raw / changed).write_text(text.replace("metastasis", "metastases", 1) + "\nThe study was funded by the "
                               "National Cancer Institute.\n", encoding="utf-8")
    (raw / "added").mkdir()
    body = (raw / kept[0]).read_text(encoding="utf-8")
    (raw / "added" / "a new story.txt").write_text("A new story about RANKL\n\n" + body[len(body) // 3:],
                                                   encoding="utf-8")
    fourth = _materialise(raw, data)
    after = _article_ids(data)
    new_ids = after - kept_ids
    assert after >= kept_ids and not after & (removed_ids | changed_ids)
    assert len(new_ids) == 2 and {r[0] for r in _query(
        data, "SELECT source_path FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))".replace(
            "?", "['" + "','".join(new_ids) + "']"))} == {changed, "added/a new story.txt"}
    # Exactly the two new documents were cleaned, and exactly their articles extracted.
    processed = _processed(fourth)
    assert processed["articles"] == 2
    assert all(processed[s] == 2 for s in STAGE_ASSETS if s not in ("articles", "pathways")), processed

    ledger = {(p, d): (s, r) for p, d, s, r in _query(data, "SELECT source_path, document_id, status, reason "
                                                            "FROM documents")}
    assert ledger[(removed, next(d for p, d in ledger if p == removed))] == (
        "removed", "file no longer present in the raw folder")
    assert ledger[(changed, old_changed_doc)] == (
        "removed", "superseded: this path has a newer row (changed content, or read differently this time)")
    assert sorted(s for (p, _), (s, _) in ledger.items() if p == changed) == ["ok", "removed"]
    assert ledger[next(k for k in ledger if k[0] == "added/a new story.txt")] == ("ok", None)

    # The removed and superseded articles left every analytical table; nothing refers to a missing article.
    gone = "['" + "','".join(removed_ids | changed_ids) + "']"
    for table in ("articles", *ARTICLE_TABLES):
        assert _query(data, f"SELECT count(*) FROM {table} WHERE article_id IN (SELECT unnest({gone}::VARCHAR[]))") \
            == [(0,)], table
        assert _query(data, f"SELECT count(*) FROM {table} WHERE article_id NOT IN "
                            "(SELECT article_id FROM articles)") == [(0,)], table
    # Texts kept: ok documents, and the page the articles stage rejected (a new cleaning version retries it).
    assert _query(data, "SELECT count(*) FROM document_texts WHERE document_id NOT IN "
                        "(SELECT document_id FROM documents WHERE status = 'ok' "
                        "OR source_path = 'chrome/menu.html')") == [(0,)]

    # 5. The incrementally maintained dataset equals a clean build of the same folder.
    clean = tmp_path / "clean"
    assert _materialise(raw, clean).success
    assert _without_ledger(_digests(data / "parquet")) == _without_ledger(_digests(clean / "parquet"))
    current = "SELECT source_path, document_id, status, article_count FROM documents WHERE status <> 'removed' ORDER BY 1"
    assert _query(data, current) == _query(clean, current)

    # 6. And a re-run with nothing new does no work again.
    assert _processed(_materialise(raw, data)) == dict.fromkeys(STAGE_ASSETS, 0)

    # 7. A new cleaning version (part of every stage's version) cleans every document again, the
    # rejected page included, which stays quarantined.
    monkeypatch.setattr("pipeline.stages.ARTICLES_VERSION", "test-bumped-cleaning")
    cleaned = _processed(_materialise(raw, data))
    assert cleaned["articles"] == len(_query(data, "SELECT DISTINCT document_id FROM document_texts"))
    assert chrome in _query(data, "SELECT source_path, status, reason FROM documents")


def test_a_promoted_duplicate_gives_its_path_to_the_articles(tmp_path: Path, seed_dir: Path):
    raw = tmp_path / "raw"
    shutil.copytree(seed_dir, raw)
    first = min(p.name for p in raw.glob("*.txt"))
    shutil.copy(raw / first, raw / "zz copy.txt")
    data = tmp_path / "data"
    assert _materialise(raw, data).success
    ids = _article_ids(data, first)
    assert ids and _query(data, "SELECT status FROM documents WHERE source_path = 'zz copy.txt'") == [("duplicate",)]
    (raw / first).unlink()
    assert _materialise(raw, data).success
    assert _query(data, "SELECT status FROM documents WHERE source_path = 'zz copy.txt'") == [("ok",)]
    assert _article_ids(data, "zz copy.txt") == ids and not _article_ids(data, first)
