"""The warehouse and a DuckDB session outside the pipeline (a user's shell or notebook on the file)."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline import warehouse

_HOLDER = """
import sys, time, pathlib, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
ready, release = pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
ready.write_text("open")
while not release.exists():
    time.sleep(0.05)
con.close()
"""


def test_a_run_waits_for_an_outside_session_on_the_warehouse_then_names_it_when_it_stays(tmp_path: Path):
    data = tmp_path / "data"
    with warehouse.open_warehouse(data) as con:
        con.execute("SELECT count(*) FROM documents").fetchone()
    ready, release = tmp_path / "ready", tmp_path / "release"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(warehouse.database_path(data)), str(ready),
                               str(release)])
    try:
        while not ready.exists():
            assert holder.poll() is None, "the read-only session could not open the warehouse"
            time.sleep(0.05)
        # Still open past the timeout: a clear error naming the holder, not DuckDB's lock error.
        with (pytest.raises(warehouse.WarehouseLockTimeout, match=rf"open in another process .*PID {holder.pid}"),
              warehouse.open_warehouse(data, timeout=0.5)):
            pass
        # Closed while the run waits: the run goes on.
        threading.Timer(0.5, release.write_text, args=("done",)).start()
        with warehouse.open_warehouse(data, timeout=120) as con:
            assert holder.wait(timeout=60) == 0
            assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    finally:
        release.write_text("done")
        holder.wait(timeout=60)
