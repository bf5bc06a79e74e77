"""`make run`: materialise every asset and check of the Definitions, show progress, end with a summary.

``python -m assets.run --job ingest_new_files`` runs what the raw-folder sensor runs instead (everything
but the Great Expectations report).

Runs in the Dagster instance under DAGSTER_HOME when it is set (so the run shows in the UI), else in
an ephemeral instance.
"""

import argparse
import json
import os
import sys
import threading
import time
import uuid

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

import dagster as dg

from assets.automation import ingest_job, refresh_job
from assets.definitions import defs
from pipeline import quality, warehouse


def print_summary(data_dir, parquet_dir, quality_dir, checks) -> None:
    passed = [c for c in checks if c.passed]
    failed = [f"{c.asset_key.to_user_string()}.{c.check_name}" for c in checks if not c.passed]
    print("\n== summary ==")
    # (a short wait: after a run that failed because another process holds the warehouse, it still does)
    with warehouse.open_warehouse(data_dir, timeout=min(warehouse.LOCK_TIMEOUT_SECONDS, 10.0)) as con:
        by_status = con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY status").fetchall()
        print("documents by status: " + ", ".join(f"{s}={n}" for s, n in by_status))
        for status, path, reason in con.execute(
            "SELECT status, source_path, reason FROM documents WHERE status <> 'ok' "
            "ORDER BY source_path LIMIT 20").fetchall():
            print(f"  {status:<11} {path}: {reason}")
        print("rows per table:")
        for table, n in warehouse.table_counts(con).items():
            print(f"  {table:<22}{n:>8}")
        views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        state = warehouse.output_state(con, "views")  # counts made by warehouse_views for this dataset
        counted = json.loads(state[2]) if state and state[2] else {}
        print("views: " + ", ".join(
            (f"{v} ({counted[v]['rows'] if v in counted else warehouse.scalar(con, f'SELECT count(*) FROM {v}')} rows)"
             if v in views else f"{v} (missing)")
            for v in warehouse.view_names()))
    print(f"checks: {len(passed)} passed, {len(failed)} failed" + (": " + ", ".join(failed) if failed else ""))
    gx = quality.load_outcome(quality_dir)
    if gx is not None:
        print(f"great expectations: {gx.evaluated - len(gx.failed)}/{gx.evaluated} expectations met")
    print(f"warehouse:  {warehouse.database_path(data_dir)}")
    if parquet_dir.is_dir():  # (not after a run that failed before writing them)
        print(f"parquet:    {parquet_dir}/")
    if (docs := quality_dir / "data_docs" / "index.html").is_file():
        print(f"data docs:  {docs}")


_PROGRESS_EVENTS = {
    dg.DagsterEventType.STEP_START,
    dg.DagsterEventType.STEP_SUCCESS,
    dg.DagsterEventType.STEP_FAILURE,
    dg.DagsterEventType.ASSET_CHECK_EVALUATION,
}


def _describe(event: dg.DagsterEvent) -> str:
    kind = event.event_type_value
    if kind == "STEP_START":
        return f"{event.step_key} ..."
    if kind == "STEP_SUCCESS":
        return f"{event.step_key} done"
    if kind == "STEP_FAILURE":
        error = event.event_specific_data.error
        # the pipeline's own exception, not Dagster's wrappers around it (nor the library error it explains)
        while error is not None and error.cause is not None and error.cls_name.startswith("Dagster"):
            error = error.cause
        return f"{event.step_key} FAILED: {error.message.strip() if error else ''}"
    data = event.event_specific_data
    return f"  check {data.asset_key.to_user_string()}.{data.check_name}: {'passed' if data.passed else 'FAILED'}"


def _follow(instance: dg.DagsterInstance, run_id: str, started: float, stop: threading.Event) -> None:
    """Print step and check events of the run as they are stored (Dagster's own console log is muted)."""
    seen = 0
    while True:
        finished = stop.is_set()
        records = instance.all_logs(run_id, of_type=_PROGRESS_EVENTS)
        for record in records[seen:]:
            print(f"[{time.monotonic() - started:6.1f}s] {_describe(record.dagster_event)}", flush=True)
        seen = len(records)
        if finished:
            return
        stop.wait(0.3)


def main() -> int:
    started = time.monotonic()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--job", default=refresh_job.name, choices=[refresh_job.name, ingest_job.name])
    args = parser.parse_args()
    settings = defs.resources["pipeline"].settings
    print(f"raw documents: {settings.raw_dir}\noutputs:       {settings.data_dir}", flush=True)
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    job = defs.resolve_job_def(args.job)
    run_id = str(uuid.uuid4())
    stop = threading.Event()
    follower = threading.Thread(target=_follow, args=(instance, run_id, started, stop), daemon=True)
    follower.start()
    try:
        result = job.execute_in_process(
            instance=instance, raise_on_error=False, run_id=run_id,
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
        )
    finally:
        stop.set()
        follower.join()
    checks = [e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    try:
        print_summary(settings.data_dir, settings.parquet_dir, settings.quality_dir, checks)
    except warehouse.WarehouseLockTimeout as exc:
        print(f"\n== summary ==\nnot available: {exc}")
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
        print(f"run FAILED in steps: {', '.join(failed)}")
        return 1
    failed_checks = sum(not c.passed for c in checks)
    if failed_checks:
        # every asset was materialised, but the data broke a rule: scripts and schedulers should notice
        print(f"run finished in {time.monotonic() - started:.1f}s, but {failed_checks} checks FAILED")
        return 2
    print(f"run succeeded in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Everything is committed and every warehouse connection closed: skip the interpreter's teardown,
    # which frees the lexicons' millions of objects one by one (over a second for nothing).
    os._exit(code)
