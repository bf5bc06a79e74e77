"""Re-ingestion automation: the raw-folder sensor (evaluated tick by tick) and the daily schedule."""

import os
import shutil
from pathlib import Path

import dagster as dg

from assets.automation import daily_refresh, ingest_job, raw_folder_sensor, refresh_job
from assets.definitions import defs
from assets.resources import PipelineResource

_INSTANCE = dg.DagsterInstance.ephemeral()


def _tick(raw: Path, data: Path, cursor: str | None) -> tuple[dg.RunRequest | dg.SkipReason, str | None]:
    """One sensor evaluation with the cursor left by the previous one; returns the result and the new cursor."""
    resource = PipelineResource(raw_dir=str(raw), data_dir=str(data), max_file_bytes=1_000_000)
    context = dg.build_sensor_context(instance=_INSTANCE, cursor=cursor, resources={"pipeline": resource})
    result = raw_folder_sensor(context)
    return result, context.cursor


def test_sensor_requests_a_run_only_when_the_raw_folder_changes(tmp_path: Path, seed_dir: Path):
    raw = tmp_path / "raw"
    shutil.copytree(seed_dir, raw)
    data = tmp_path / "data"
    run_keys: list[str] = []

    def expect_run(cursor: str | None) -> str:
        result, new_cursor = _tick(raw, data, cursor)
        assert isinstance(result, dg.RunRequest), result
        assert result.run_key == new_cursor and result.run_key not in run_keys  # a new folder state, a new run
        assert result.tags["raw_files"] == str(sum(1 for p in raw.rglob("*") if p.is_file()))
        run_keys.append(result.run_key)
        return new_cursor

    def expect_skip(cursor: str) -> None:
        result, new_cursor = _tick(raw, data, cursor)
        assert isinstance(result, dg.SkipReason), result
        assert new_cursor == cursor

    cursor = expect_run(None)  # first tick: nothing seen yet
    expect_skip(cursor)  # same folder
    expect_skip(cursor)

    first = min(raw.iterdir())
    (raw / "sub").mkdir()
    (raw / "sub" / "added story.txt").write_text("A new story\n\n" + first.read_text(encoding="utf-8")[:500])
    cursor = expect_run(cursor)  # a file added (in a sub-folder)
    expect_skip(cursor)

    target = sorted(raw.glob("*.txt"))[1]
    stat = target.stat()
    target.write_text(target.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    cursor = expect_run(cursor)  # a file changed
    expect_skip(cursor)

    target.unlink()
    cursor = expect_run(cursor)  # a file removed
    expect_skip(cursor)

    # Touching a file without changing it still counts (mtime changed): the run itself then skips
    # the unchanged content by hash, so this costs a scan, never an extraction.
    os.utime(first, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns + 2_000_000_000))
    cursor = expect_run(cursor)

    # A file added and removed again: the folder is back in a state it had, and the removal still needs
    # its run (with a run key already used, Dagster's daemon would drop the request).
    (raw / "passing.txt").write_text("A short-lived story\n\nIt was here for one tick.\n", encoding="utf-8")
    cursor = expect_run(cursor)
    (raw / "passing.txt").unlink()
    cursor = expect_run(cursor)
    expect_skip(cursor)


def test_sensor_on_a_missing_raw_folder_requests_one_run_then_skips(tmp_path: Path):
    cursor = _tick(tmp_path / "absent", tmp_path / "data", None)[1]
    result, again = _tick(tmp_path / "absent", tmp_path / "data", cursor)
    assert isinstance(result, dg.SkipReason) and again == cursor


def test_schedule_and_sensor_are_in_the_definitions_and_run_the_whole_graph():
    repo = defs.get_repository_def()
    schedule = repo.get_schedule_def("daily_refresh")
    assert schedule.cron_schedule == "0 3 * * *" and schedule.execution_timezone == "UTC"
    assert schedule.job_name == refresh_job.name == daily_refresh.job_name
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    sensor = repo.get_sensor_def("raw_folder_sensor")
    assert sensor.job_name == ingest_job.name
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    # The schedule's job selects every asset of the graph; the sensor's all but the GX report.
    all_assets = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    job = defs.resolve_job_def(refresh_job.name)
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} == all_assets
    sensor_job = defs.resolve_job_def(ingest_job.name)
    assert {k.to_user_string() for k in sensor_job.asset_layer.executable_asset_keys} == all_assets - {"quality_report"}
    # A scheduled tick produces a run request for that job.
    data = schedule.evaluate_tick(dg.build_schedule_context(instance=_INSTANCE))
    assert len(data.run_requests) == 1
