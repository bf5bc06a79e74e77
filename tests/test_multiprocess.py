"""The graph under Dagster's multiprocess executor: every step in its own process, two at a time.

Steps that do not depend on each other (funding, institutions, mentions) run at once in separate
processes; the warehouse lock makes them take turns at the DuckDB file, and each step spreads its
document batches over forked workers. The result must equal the in-process run's, table for table.
"""

import hashlib
from pathlib import Path

import dagster as dg
import duckdb

from pipeline.warehouse import EXPORT_ORDER


def multiprocess_refresh_job() -> dg.JobDefinition:
    """Rebuilt in every step process (reconstructable): the resource reads PIPELINE_* from the environment."""
    from assets.definitions import all_assets, all_checks
    from assets.resources import PipelineResource

    # Everything but the Great Expectations report (its import alone costs seconds in every process).
    job = dg.define_asset_job("multiprocess_refresh", selection=dg.AssetSelection.all()
                              - dg.AssetSelection.assets("quality_report"))
    defs = dg.Definitions(
        assets=all_assets, asset_checks=all_checks, jobs=[job],
        resources={"pipeline": PipelineResource.from_env()},
        executor=dg.multiprocess_executor.configured({"max_concurrent": 2}),
    )
    return defs.resolve_job_def(job.name)


def _tables(data: Path) -> dict[str, list[tuple]]:
    """Every table's rows in a canonical order (the ledger without its wall-clock times)."""
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        return {t: con.execute(f"SELECT * {'EXCLUDE (first_seen_at, last_seen_at)' if t == 'documents' else ''} "
                               f"FROM {t} ORDER BY ALL").fetchall() for t in EXPORT_ORDER}
    finally:
        con.close()


def test_graph_under_the_multiprocess_executor_equals_the_in_process_run(tmp_path, monkeypatch, seed_dir):
    from assets.definitions import all_assets, all_checks
    from assets.resources import PipelineResource

    monkeypatch.setenv("PIPELINE_RAW_DIR", str(seed_dir))
    monkeypatch.setenv("PIPELINE_DATA_DIR", str(tmp_path / "multi"))
    monkeypatch.setenv("PIPELINE_WORKERS", "2")
    (tmp_path / "home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "home")) as instance:
        result = dg.execute_job(
            dg.build_reconstructable_job("tests.test_multiprocess", "multiprocess_refresh_job"), instance=instance)
        assert result.success
        steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
        assert {"articles", "mentions_and_entities", "findings", "parquet_export", "table_checks"} <= steps
        # each step ran in a process of its own
        pids = {e.pid for e in result.all_events if e.event_type_value == "STEP_START"}
        assert len(pids) == len(steps)
        failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
        assert failed == []

    reference = tmp_path / "single"
    resource = PipelineResource(raw_dir=str(seed_dir), data_dir=str(reference), max_file_bytes=20_000_000)
    assert dg.materialize([*all_assets, *all_checks], resources={"pipeline": resource},
                          instance=dg.DagsterInstance.ephemeral()).success
    multi, single = _tables(tmp_path / "multi"), _tables(reference)
    for table in EXPORT_ORDER:
        assert multi[table] == single[table], table
        assert multi[table], table
    digests = {run: {t: hashlib.sha256((tmp_path / run / "parquet" / f"{t}.parquet").read_bytes()).hexdigest()
                     for t in EXPORT_ORDER if t != "documents"} for run in ("multi", "single")}
    assert digests["multi"] == digests["single"]
