"""Dagster integration: the Definitions load, and the whole graph materialises into a temporary folder."""

import hashlib
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.definitions import all_assets, all_checks, defs
from assets.resources import PipelineResource
from pipeline.sources import path_text
from pipeline.warehouse import EXPORT_ORDER, view_names
from tests.test_sources import build_hostile_folder


def test_definitions_load():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert set(EXPORT_ORDER) - {"documents"} <= keys
    assert {"raw_documents", "warehouse_views", "parquet_export", "quality_report"} <= keys
    assert defs.resolve_job_def("refresh_dataset") is not None
    assert {s.name for s in repo.schedule_defs} == {"daily_refresh"}
    assert {s.name for s in repo.sensor_defs} == {"raw_folder_sensor"}


def test_every_exported_table_has_a_contract_check():
    from pipeline.schemas import SCHEMAS

    assert list(SCHEMAS) == list(EXPORT_ORDER)
    names = {key.name for check in all_checks for key in check.check_keys}
    assert {f"{t}_contract" for t in EXPORT_ORDER} <= names


def _materialise(raw: Path, data: Path) -> dg.ExecuteInProcessResult:
    resource = PipelineResource(raw_dir=str(raw), data_dir=str(data), max_file_bytes=1_000_000)
    return dg.materialize([*all_assets, *all_checks], resources={"pipeline": resource},
                          instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.parquet"))}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seed_dir):
    data = tmp_path_factory.mktemp("data")
    first = _materialise(seed_dir, data)
    digests = _digests(data / "parquet")
    second = _materialise(seed_dir, data)
    return data, first, second, digests


def test_whole_graph_materialises_every_table_view_and_file(seeded):
    data, first, _, _ = seeded
    assert first.success
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        for table in EXPORT_ORDER:
            assert con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] > 0, table
        for view in view_names():
            assert con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0] > 0, view
        assert con.execute("SELECT sum(finding_count) FROM findings_by_pathway").fetchall()[0][0] > 0
        kinds = dict(con.execute("SELECT source_kind, count(*) FROM articles GROUP BY 1").fetchall())
        assert kinds == {"news": 2, "press_release": 2, "abstract": 1}
    finally:
        con.close()
    for table in EXPORT_ORDER:
        assert (data / "parquet" / f"{table}.parquet").stat().st_size > 0
    assert (data / "quality" / "data_docs" / "index.html").exists()
    assert (data / "quality").is_symlink()  # published whole, like the Parquet set


def test_table_assets_describe_their_columns_and_say_previews_are_cut(seeded):
    data, first, _, _ = seeded
    seen = {}
    for event in first.get_asset_materialization_events():
        materialization = event.materialization
        if "dagster/column_schema" in materialization.metadata:
            seen[materialization.asset_key.to_user_string()] = materialization.metadata
    assert set(EXPORT_ORDER) - {"documents"} <= set(seen)
    for table, metadata in seen.items():
        columns = metadata["dagster/column_schema"].schema.columns
        assert columns and all(c.description for c in columns), table  # from sql/comments.sql
        rows = metadata["dagster/row_count"].value
        cut = f"first 5 of {rows:,} rows"
        assert (cut in metadata["preview"].value) == (rows > 5), table
    # the same descriptions for ad-hoc SQL
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        undescribed = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE comment IS NULL AND table_name IN "
            "(SELECT unnest(?::VARCHAR[]))", [list(EXPORT_ORDER)]).fetchall()
    finally:
        con.close()
    assert undescribed == []


def test_every_check_passes_on_the_seeds(seeded):
    _, first, _, _ = seeded
    evaluations = first.get_asset_check_evaluations()
    assert len(evaluations) == len(all_checks_keys())
    failed = [e.check_name for e in evaluations if not e.passed]
    assert failed == []


def all_checks_keys():
    return [key for check in all_checks for key in check.check_keys]


def test_second_run_is_idempotent_and_byte_identical(seeded):
    data, _, second, digests = seeded
    assert second.success
    after = _digests(data / "parquet")
    assert set(after) == {f"{t}.parquet" for t in EXPORT_ORDER}
    # Nothing changed, so nothing was exported again: every file is byte-identical, the ledger too.
    assert after == digests
    export_meta = second.asset_materializations_for_node("parquet_export")[0].metadata
    assert export_meta["exported"].value is False
    # the UI's row count of an asset is one table's: thirteen files' rows summed are named for what they are
    assert "dagster/row_count" not in export_meta and export_meta["files_written"].value == len(EXPORT_ORDER)
    # Nothing was re-extracted, re-validated or re-reported the second time.
    meta = second.asset_materializations_for_node("articles")[0].metadata
    assert meta["processed"].value == 0
    report = second.asset_materializations_for_node("quality_report")[0].metadata
    assert report["validated_this_run"].value is False and report["success"].value is True
    reused = [e.metadata["unchanged_since_last_validation"].value for e in second.get_asset_check_evaluations()
              if "unchanged_since_last_validation" in e.metadata]
    assert reused and all(reused)


def test_hostile_raw_folder_runs_to_the_end(tmp_path, monkeypatch):
    from pipeline import sources

    raw = tmp_path / "raw"
    build_hostile_folder(raw, tmp_path / "outside.txt")
    (raw / "huge.txt").write_bytes(b"a" * 2_000_000)  # over this test's 1 MB limit
    # Unreadable: tests run as root, for whom chmod 0 blocks nothing, so reading that one file fails here.
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    # A file listed by the scan that is deleted before it is read.
    (raw / "vanishing.txt").write_text("Here one moment\n\nGone the next. " * 20, encoding="utf-8")
    real_iter = sources.iter_raw_files

    def iter_raw_files(root: Path, *rest):
        listed = list(real_iter(root, *rest))
        (raw / "vanishing.txt").unlink(missing_ok=True)
        return iter(listed)

    monkeypatch.setattr(sources, "iter_raw_files", iter_raw_files)
    result = _materialise(raw, tmp_path / "data")
    assert result.success
    con = duckdb.connect(str(tmp_path / "data" / "warehouse.duckdb"), read_only=True)
    try:
        ledger = {p: (s, r) for p, s, r in con.execute("SELECT source_path, status, reason FROM documents").fetchall()}
        on_disk = {path_text(p.relative_to(raw).as_posix()) for p in raw.rglob("*") if p.is_file() or p.is_symlink()}
        assert set(ledger) == on_disk | {"vanishing.txt"}  # one row per file, the vanished one included
        assert all((s == "ok") == (r is None) for s, r in ledger.values())  # a reason whenever not ok
        expected = {
            "empty.txt": ("quarantined", "empty file"),
            "image.png": ("quarantined", "PNG image"),
            "invalid-utf8.txt": ("quarantined", "undecodable"),
            "huge.txt": ("quarantined", "exceeds the size limit"),
            "link-outside.txt": ("quarantined", "symbolic link pointing outside the raw folder"),
            "unreadable.txt": ("quarantined", "permission denied"),
            "vanishing.txt": ("removed", "disappeared between listing and reading"),
            "good.txt": ("duplicate", "same bytes as copy of good.txt"),
            "chinese.txt": ("quarantined", "no article text in a Latin script"),
        }
        for path, (status, reason) in expected.items():
            assert ledger[path][0] == status and reason in ledger[path][1], (path, ledger[path])
        good = {"copy of good.txt", "latin1.txt", "utf16.txt", "page.html", "r\u00e9sum\u00e9 na\u00efve.txt",
                "nested/deep.md", "name-\\xff.txt", "shapeless.json", "broken-offsets.pubtator", "twin-ids.xml"}
        assert {p for p, (s, _) in ledger.items() if s == "ok"} == good
        # Every good file became articles with sentences, and the other files produced no rows at all.
        per_file = dict(con.execute(
            "SELECT a.source_path, count(DISTINCT s.sentence_index) FROM articles a "
            "JOIN sentences s USING (article_id) GROUP BY 1").fetchall())
        assert set(per_file) == good and all(n > 0 for n in per_file.values())
        assert con.execute("SELECT count(*) FROM articles WHERE article_id NOT IN "
                           "(SELECT article_id FROM sentences)").fetchall() == [(0,)]
        counts = dict(con.execute("SELECT source_path, article_count FROM documents").fetchall())
        assert (counts["shapeless.json"], counts["twin-ids.xml"], counts["broken-offsets.pubtator"]) == (1, 2, 1)
        assert con.execute("SELECT sum(article_count) FROM documents WHERE status = 'ok'").fetchall()[0][0] == \
            con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        assert con.execute("SELECT count(*) FROM mentions").fetchall()[0][0] > 0
        bodies = dict(con.execute("SELECT source_path, coalesce(title, '') || ' ' || body FROM articles").fetchall())
        assert "Genève" in bodies["latin1.txt"] and "RANKL" in bodies["utf16.txt"]
        assert "RANKL" in bodies["page.html"] and "alert(" not in bodies["page.html"] and "b{}" not in bodies["page.html"]
        # The link was never followed: no bytes of the outside file were hashed or stored.
        outside_id = hashlib.sha256((tmp_path / "outside.txt").read_bytes()).hexdigest()
        assert con.execute("SELECT count(*) FROM documents WHERE document_id = ?", [outside_id]).fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM document_texts WHERE document_id = ?", [outside_id]).fetchall() \
            == [(0,)]
    finally:
        con.close()
    # Contracts and referential integrity hold (the GX suite's "most articles have a title" is about
    # corpus quality, and these tiny made-up files mostly have none).
    failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    assert set(failed) <= {"great_expectations_suite"}


def test_findings_by_funder_counts_under_registry_parents(seeded):
    data, *_ = seeded
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        rows = {r[0]: r[1:] for r in con.execute(
            "SELECT funder_id, parent_id, finding_count, direct_finding_count FROM findings_by_funder").fetchall()}
        children = {fid: r for fid, r in rows.items() if r[0] is not None}
        assert children  # the seeds acknowledge an institute of the NIH
        for r in children.values():
            # a parent counts its children's findings besides those of articles naming it
            assert rows[r[0]][1] >= r[1] and rows[r[0]][1] >= rows[r[0]][2]
        assert con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal AND comment IS NULL").fetchall() \
            == [(0,)]
    finally:
        con.close()


def test_missing_raw_folder_fails_the_run_and_keeps_the_ledger(seeded, tmp_path):
    data, *_ = seeded
    copy = tmp_path / "data"
    copy.mkdir()
    (copy / "warehouse.duckdb").write_bytes((data / "warehouse.duckdb").read_bytes())
    result = _materialise(tmp_path / "no-such-folder", copy)
    assert not result.success
    failure = next(e for e in result.all_events if e.event_type_value == "STEP_FAILURE")
    assert "does not exist" in str(failure.event_specific_data.error)
    con = duckdb.connect(str(copy / "warehouse.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT DISTINCT status FROM documents").fetchall() == [("ok",)]
    finally:
        con.close()
