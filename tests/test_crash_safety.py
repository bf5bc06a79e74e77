"""Crash safety and concurrency of real `python -m assets.run` processes.

A run is stopped with SIGKILL at chosen points through the test-only hook of pipeline/warehouse.py
(PIPELINE_TEST_PAUSE_AT: the process writes a marker file and sleeps there, so the kill is
deterministic): after a batch is extracted and before it is written, inside a stage's write
transaction, and after the new Parquet files are written but before they replace the old ones. After
each kill the warehouse opens, holds no partial batch, no duplicate and no orphan, has lost nothing,
and the Parquet files are exactly those of the last complete run. Then two runs started at once on the
same folders both succeed, one waiting for the other's lock, and end with exactly the dataset a
clean single run of the same input gives.
"""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import warehouse
from pipeline.warehouse import ARTICLE_TABLES, EXPORT_ORDER

REPO = Path(__file__).resolve().parent.parent
# Bytecode cache for the child interpreters, outside the repository and the virtualenv: each one
# then starts in about 2 s instead of recompiling Dagster and Great Expectations every time.
PYCACHE = Path(tempfile.gettempdir()) / "pipeline-test-pycache"
KEYS = {
    "documents": "source_path, document_id", "articles": "article_id", "sentences": "article_id, sentence_index",
    "entities": "entity_id", "mentions": "article_id, start_char, end_char, entity_id", "findings": "finding_id",
    "pathways": "pathway_id", "pathway_members": "pathway_id, entity_id", "funding": "funding_id",
    "funders": "funder_id", "institutions": "institution_id",
    "article_institutions": "article_id, institution_id, role", "people": "article_id, name, role",
}
# Tables each stage writes (stage name as in stage_log and in the pause points).
STAGE_TABLES = {"documents": ("documents",), "mentions": ("mentions",), "findings": ("findings",),
                "funding": ("funding",), "institutions": ("article_institutions",), "people": ("people",)}


# --- running the pipeline as a process -------------------------------------------------------------


def _start(raw: Path, data: Path, log: Path, **extra: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PIPELINE_") and k not in ("DAGSTER_HOME", "PYTHONDONTWRITEBYTECODE")}
    # All runs of a test read one snapshot of the lexicons (taken by _seed_copy), so that lexicon
    # files edited in the working tree while the test runs cannot change the extractor versions.
    env.update(PIPELINE_LEXICON_DIR=str(raw.parent / "lexicons"))
    env.update(PIPELINE_RAW_DIR=str(raw), PIPELINE_DATA_DIR=str(data), PYTHONPYCACHEPREFIX=str(PYCACHE),
               DAGSTER_DISABLE_TELEMETRY="1", GX_ANALYTICS_ENABLED="False", **extra)
    with log.open("w") as out:
        return subprocess.Popen([sys.executable, "-m", "assets.run"], cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT)


def _finish(proc: subprocess.Popen, log: Path) -> None:
    assert proc.wait(timeout=900) == 0, log.read_text()[-4000:]
    assert "run succeeded" in log.read_text()


def _run(raw: Path, data: Path, log: Path) -> None:
    _finish(_start(raw, data, log), log)


def _run_and_kill_at(raw: Path, data: Path, point: str, work: Path) -> None:
    """Start a run, wait until it reports being at ``point``, SIGKILL it there."""
    marker = work / f"paused-{point.replace(':', '-')}"
    log = work / f"killed-{point.replace(':', '-')}.log"
    proc = _start(raw, data, log, PIPELINE_TEST_PAUSE_AT=point, PIPELINE_TEST_PAUSE_MARKER=str(marker))
    try:
        deadline = time.monotonic() + 600  # a guard against hanging, not a performance assertion
        while not marker.exists():
            assert proc.poll() is None, f"the run ended before reaching {point}:\n{log.read_text()[-4000:]}"
            assert time.monotonic() < deadline, f"{point} never reached"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=60) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# --- reading the state ---------------------------------------------------------------------------


def _digests(data: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((data / "parquet").glob("*.parquet"))}


def _without_ledger(digests: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in digests.items() if k != "documents.parquet"}  # the ledger holds wall-clock times


def _snapshot(data: Path) -> dict[str, list[tuple]]:
    """Every analytical table's rows in key order (the ledger without its timestamps), and stage_log."""
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        tables = {}
        for table, order in EXPORT_ORDER.items():
            columns = "* EXCLUDE (first_seen_at, last_seen_at)" if table == "documents" else "*"
            rows = con.execute(f"SELECT {columns} FROM {table} ORDER BY {order}").fetchall()
            tables[table] = [tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in rows]
        tables["stage_log"] = con.execute("SELECT * FROM stage_log ORDER BY ALL").fetchall()
        return tables
    finally:
        con.close()


def _assert_consistent(data: Path) -> None:
    """No duplicate key, no row of an article that is not there, no article of a document not ok."""
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)

    def value(sql: str) -> int:
        return con.execute(sql).fetchall()[0][0]

    try:
        for table, key in KEYS.items():
            assert value(f"SELECT count(*) - count(DISTINCT ({key})) FROM {table}") == 0, f"duplicates in {table}"
        for table in ARTICLE_TABLES:
            assert value(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT article_id FROM articles)") \
                == 0, f"orphans in {table}"
        assert value("SELECT count(*) FROM articles WHERE document_id NOT IN "
                     "(SELECT document_id FROM documents WHERE status = 'ok')") == 0
        assert value("SELECT count(*) FROM stage_log WHERE stage NOT IN ('articles', 'pathways') "
                     "AND item_id NOT IN (SELECT article_id FROM articles)") == 0
        # Every article a stage has logged as done has that stage's rows of the same batch: a logged
        # article without sentences would mean a partial write.
        assert value("SELECT count(*) FROM stage_log l WHERE l.stage = 'sentences' AND l.item_id NOT IN "
                     "(SELECT article_id FROM sentences)") == 0
    finally:
        con.close()


def _seed_copy(seed_dir: Path, raw: Path) -> list[Path]:
    shutil.copytree(REPO / "seeds" / "lexicons", raw.parent / "lexicons")
    shutil.copytree(seed_dir, raw)
    for p in raw.iterdir():
        p.chmod(0o644)
    return sorted(raw.iterdir())


def _add_documents(raw: Path, seeds: list[Path]) -> None:
    """Two new stories made of paragraphs of the seeds (new bytes, real prose)."""
    paragraphs = [p for s in seeds for p in s.read_text(encoding="utf-8").split("\n\n") if len(p) > 200]
    (raw / "new").mkdir()
    for i in range(2):
        body = "\n\n".join(paragraphs[i::2][:8])
        (raw / "new" / f"story {i}.txt").write_text(f"New story {i} on inflammation\n\n{body}\n", encoding="utf-8")


# --- the tests -----------------------------------------------------------------------------------


def test_killed_runs_keep_the_last_complete_state_and_two_runs_at_once_then_finish_the_job(
        tmp_path: Path, seed_dir: Path):
    """One scenario (each pipeline process costs seconds): a complete run; documents added; runs
    killed at four points in turn; then two runs started at once on the same folder, beside a
    clean run of the same input in another folder."""
    raw, data, work = tmp_path / "raw", tmp_path / "data", tmp_path / "work"
    work.mkdir()
    seeds = _seed_copy(seed_dir, raw)
    _run(raw, data, work / "first.log")
    complete = _snapshot(data)
    complete_parquet = _digests(data)
    assert set(complete_parquet) == {f"{t}.parquet" for t in EXPORT_ORDER}
    _assert_consistent(data)

    _add_documents(raw, seeds)  # only additions: every row of the complete state must survive
    before = complete
    # In step order (ledger, articles, sentences, funding, institutions, mentions, people, findings): each
    # kill lands in a stage that still has work left. Kill 1 is inside the ledger's transaction, 2 after
    # a batch was extracted and before it was written, 3 inside a stage's transaction with its rows
    # already deleted and re-inserted.
    for point in ("write:documents", "extract:funding", "write:findings"):
        _run_and_kill_at(raw, data, point, work)
        _assert_consistent(data)
        after = _snapshot(data)
        # Nothing that was there is lost ...
        for table, rows in before.items():
            assert set(rows) <= set(after[table]), f"{table} lost rows at {point}"
        # ... and the stage killed mid-batch left no trace: its tables are as before the run.
        stage = point.split(":")[1]
        for table in (*STAGE_TABLES[stage], "stage_log"):
            rows_of_stage = after[table] if table != "stage_log" else [r for r in after[table] if r[0] == stage]
            rows_before = before[table] if table != "stage_log" else [r for r in before[table] if r[0] == stage]
            assert rows_of_stage == rows_before, f"{table} changed by the run killed at {point}"
        # The Parquet files are still exactly those of the last complete run.
        assert _digests(data) == complete_parquet, point
        before = after

    # Killed after writing the new Parquet set, before putting it in place: the old set is whole.
    _run_and_kill_at(raw, data, "export", work)
    _assert_consistent(data)
    assert _digests(data) == complete_parquet
    assert len(list((data / "parquet.generations").iterdir())) == 2  # the complete one and the abandoned one

    # Two runs started at once finish the job: both succeed, one waiting for the other's lock (the first
    # holds it 5 s inside its ledger transaction, so they certainly collide whichever gets there first).
    # The result equals a clean run of the same folder (alongside, in its own data folder): nothing
    # lost, nothing twice.
    marker = work / "concurrent-paused"
    concurrent = [
        _start(raw, data, work / "concurrent-1.log", PIPELINE_TEST_PAUSE_AT="write:documents",
               PIPELINE_TEST_PAUSE_MARKER=str(marker), PIPELINE_TEST_PAUSE_SECONDS="5"),
        _start(raw, data, work / "concurrent-2.log"),
    ]
    clean = tmp_path / "clean"
    reference = _start(raw, clean, work / "clean.log")
    for i, proc in enumerate(concurrent, 1):
        _finish(proc, work / f"concurrent-{i}.log")
    _finish(reference, work / "clean.log")
    assert marker.exists()
    _assert_consistent(data)
    final, reference = _snapshot(data), _snapshot(clean)
    for table in EXPORT_ORDER:
        expected = reference[table]
        if table == "documents":
            assert [r for r in final[table] if r[3] != "removed"] == expected
        else:
            assert final[table] == expected, table
    assert _without_ledger(_digests(data)) == _without_ledger(_digests(clean))
    assert len(final["articles"]) == len(seeds) + 2
    # The abandoned generation is gone; the previous one is kept for readers that still have it open.
    assert len(list((data / "parquet.generations").iterdir())) == 2
    assert not list(data.glob(".parquet.link-*"))


@pytest.mark.parametrize("point", ["export"])
def test_pause_hook_is_inert_without_the_variable(point: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from pipeline.warehouse import pause_point

    monkeypatch.delenv("PIPELINE_TEST_PAUSE_AT", raising=False)
    monkeypatch.setenv("PIPELINE_TEST_PAUSE_MARKER", str(tmp_path / "marker"))
    pause_point(point)
    monkeypatch.setenv("PIPELINE_TEST_PAUSE_AT", "write:other")
    pause_point(point)
    assert not (tmp_path / "marker").exists()


def test_a_failed_or_killed_write_leaves_the_published_folder_whole(tmp_path: Path):
    """The quality report and the Parquet set are published the same way: all files or none."""
    out = tmp_path / "quality"
    warehouse.publish_generation(out, lambda folder: (folder / "suite_results.json").write_text("first"))
    assert out.is_symlink() and (out / "suite_results.json").read_text() == "first"

    def half_written(folder: Path) -> None:
        (folder / "suite_results.json").write_text("second")
        raise RuntimeError("killed while writing the data docs")

    with pytest.raises(RuntimeError):
        warehouse.publish_generation(out, half_written)
    assert (out / "suite_results.json").read_text() == "first"
    assert warehouse.publish_generation(out, lambda folder: (folder / "x").write_text("third") and 7) == 7
    assert sorted(p.name for p in out.iterdir()) == ["x"]
    # the leftover of the failed write is gone; the previous generation stays for open readers
    assert len(list((tmp_path / "quality.generations").iterdir())) == 2
