"""`make bench`: grow a corpus of real text to each size, run the real pipeline on it, measure.

For every size (default 1,000 and 10,000 documents; `--sizes 1000,10000,100000`):

1. builds the corpus: distinct documents recombined at sentence level from real text (the seed
   articles, the HealthStory news in ../shared/corpora/healthstory and the BioRED abstracts in
   ../shared/corpora/biored, when present): news-like stories of 5-9 paragraphs and abstract-like
   texts of one paragraph, each paragraph a run of consecutive sentences of one source paragraph;
2. times a plain DuckDB ``read_text`` over the same files (the floor: reading the bytes once);
3. runs ``python -m assets.run`` (what ``make run`` runs: every asset, every check, the Great
   Expectations report) as a child process: the full run, an unchanged re-run, then each increment
   (``--increments 10,1%``: 10 new documents, then 1% new documents, each run as the raw-folder
   sensor runs it: job ``ingest_new_files``, everything but the GX report), then one more full
   refresh (the daily schedule's job, which brings the GX report up to date); each run a separate
   process with interpreter start-up included;
4. records wall time, documents/s and MB/s per stage and end to end, peak memory (the largest
   resident set of one process, and the proportional set size of the whole process tree, workers
   included), rows produced, and what each increment re-extracted (from ``stage_log``).

Writes bench/out/report.json and bench/out/report.md (markdown tables). Sizes are parameters; the
corpora, warehouses and a snapshot of the code the runs use live under bench/out/<size>/ (git-ignored).

    .venv/bin/python scripts/bench.py                       # 1,000 and 10,000
    .venv/bin/python scripts/bench.py --sizes 100000 --increments 1%
    .venv/bin/python scripts/bench.py --sizes 10000 --increments 10 --profile   # cProfile of the increment

The child interpreters cache bytecode under <work>/pycache (PYTHONPYCACHEPREFIX), so start-up is
measured as on a normal install even when the calling environment sets PYTHONDONTWRITEBYTECODE.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import pstats
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEEDS = REPO / "seeds" / "documents"
CORPORA = REPO.parent / "shared" / "corpora"
STAGES = ("articles", "sentences", "mentions", "findings", "funding", "institutions", "people", "pathways")
# the Dagster step that runs each stage (per-stage throughput comes from its step time)
STAGE_STEP = {"scan": "raw_documents", "articles": "articles", "sentences": "sentences",
              "mentions": "mentions_and_entities", "findings": "findings", "funding": "funding_and_funders",
              "institutions": "institutions_and_links", "people": "people", "pathways": "pathways_and_members",
              "views": "warehouse_views", "parquet": "parquet_export", "quality_report": "quality_report"}
_STEP_LINE = re.compile(r"^\[\s*([\d.]+)s\] (\S+) (\.\.\.|done|FAILED)")


# --- building the corpus ---------------------------------------------------------------------------


def source_paragraphs() -> tuple[list[list[str]], list[list[str]], list[str]]:
    """(news paragraphs, abstract paragraphs, titles), each paragraph as its list of sentences."""
    from pipeline.sentences import split_sentences
    from pipeline.structured import parse_pubtator_records

    def runs_of(text: str) -> list[list[str]]:
        out = []
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            if len(paragraph) < 120:
                continue  # titles, menus, captions
            sentences = [s.text for s in split_sentences(paragraph) if len(s.text) > 30]
            if len(sentences) >= 2:
                out.append(sentences)
        return out

    news, abstracts, titles = [], [], []
    sources = sorted(SEEDS.glob("*.txt")) + sorted((CORPORA / "healthstory").glob("*.txt"))
    for path in sources:
        text = path.read_text(encoding="utf-8", errors="replace")
        titles.append(text.split("\n", 1)[0].strip())
        news += runs_of(text)
    for path in sorted((CORPORA / "biored").glob("*.PubTator")):
        for record in parse_pubtator_records(path.read_text(encoding="utf-8")):
            titles.append(record.title)
            abstracts += runs_of(record.abstract)
    titles = [t for t in titles if 20 <= len(t) <= 160]
    return news, abstracts or news, titles


def make_document(index: int, news: list[list[str]], abstracts: list[list[str]], titles: list[str],
                  seed: int) -> str:
    """A news story (5-9 paragraphs) or, one time in three, an abstract (one paragraph of 4-10 sentences)."""
    rng = random.Random(f"{seed}:{index}")
    title = rng.choice(titles)
    if rng.random() < 1 / 3:
        run = rng.choice(abstracts)
        extra = rng.choice(abstracts)
        sentences = (run + extra)[: rng.randint(4, 10)]
        return f"{title}\n\n{' '.join(sentences)}\n"
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        run = rng.choice(news)
        k = min(len(run), rng.randint(2, 5))
        start = rng.randint(0, len(run) - k)
        paragraphs.append(" ".join(run[start : start + k]))
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_documents(raw: Path, start: int, count: int, sources: tuple, seed: int, seen: set[str]) -> int:
    """Writes ``count`` distinct new documents; returns their total size in bytes."""
    raw.mkdir(parents=True, exist_ok=True)
    written = size = 0
    index = start
    while written < count:
        text = make_document(index, *sources, seed)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        index += 1
        if digest in seen:
            continue  # keep every document distinct
        seen.add(digest)
        path = raw / f"{index // 1000:04d}" / f"doc_{index:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        written += 1
        size += len(data)
    return size


# --- measuring -------------------------------------------------------------------------------------


def _tree_pss_kb(root: int) -> int:
    """Proportional set size of ``root`` and its descendants (shared pages split between them)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
    return total


def run_pipeline(env: dict[str, str], log: Path, profile: Path | None = None, job: str = "refresh_dataset") -> dict:
    """One `python -m assets.run --job JOB` as a child process: wall time, peak memory, step times."""
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "assets.run", "--job", job]
    peak_tree = [0]
    started = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(command, cwd=env["PYTHONPATH"], env=env, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.25):
                peak_tree[0] = max(peak_tree[0], _tree_pss_kb(child.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    if child.returncode != 0:
        raise SystemExit(f"pipeline run failed ({child.returncode}), see {log}:\n{text[-3000:]}")
    return {"wall_seconds": round(wall, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "peak_tree_pss_mb": round(peak_tree[0] / 1024, 1), "steps": step_times(text),
            "first_step_at": first_step_at(text)}


def step_times(text: str) -> dict[str, float]:
    begun: dict[str, float] = {}
    took: dict[str, float] = {}
    for line in text.splitlines():
        m = _STEP_LINE.match(line)
        if not m:
            continue
        at, step, what = float(m.group(1)), m.group(2), m.group(3)
        if what == "...":
            begun[step] = at
        elif step in begun:
            took[step] = round(at - begun[step], 2)
    return dict(sorted(took.items(), key=lambda kv: -kv[1]))


def first_step_at(text: str) -> float | None:
    for line in text.splitlines():
        m = _STEP_LINE.match(line)
        if m:
            return float(m.group(1))
    return None


def read_text_floor(raw: Path) -> dict:
    """A plain DuckDB ``read_text`` of every file: the time to read the bytes once (median of 3)."""
    import duckdb

    times, rows = [], None
    for _ in range(3):
        con = duckdb.connect()
        started = time.perf_counter()
        rows = con.execute(f"SELECT count(*), sum(strlen(content)) FROM read_text('{raw}/**/*.txt')").fetchall()[0]
        times.append(time.perf_counter() - started)
        con.close()
    return {"seconds": round(sorted(times)[1], 3), "files": rows[0], "bytes": rows[1]}


def sqlite_commit_ms(folder: Path) -> float:
    """Milliseconds per SQLite connect + insert + commit + close in ``folder``: the disk's sync latency,
    which Dagster's event log (SQLite under DAGSTER_HOME, one transaction per event) pays per event."""
    import sqlite3

    path = folder / "sync_probe.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS t (x)")
    con.execute("PRAGMA journal_mode=WAL")
    con.commit()
    con.close()
    started = time.perf_counter()
    for i in range(40):
        con = sqlite3.connect(path)
        con.execute("INSERT INTO t VALUES (?)", (i,))
        con.commit()
        con.close()
    path.unlink(missing_ok=True)
    return round((time.perf_counter() - started) / 40 * 1000, 2)


def warehouse_state(data: Path) -> dict:
    import duckdb

    from pipeline import warehouse

    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        log = {}
        for stage, item, version in con.execute("SELECT stage, item_id, version FROM stage_log").fetchall():
            log.setdefault(stage, set()).add((item, version))
        counts = warehouse.table_counts(con)
    finally:
        con.close()
    return {"stage_log": log, "rows": counts}


def per_stage(run: dict, documents: int, megabytes: float) -> dict[str, dict[str, float]]:
    out = {}
    for stage, step in STAGE_STEP.items():
        seconds = run["steps"].get(step)
        if seconds is None:
            continue
        out[stage] = {"seconds": seconds,
                      "docs_per_s": round(documents / seconds, 1) if seconds else None,
                      "mb_per_s": round(megabytes / seconds, 2) if seconds else None}
    return out


def machine() -> str:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
        mem = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        pass
    return (f"{len(os.sched_getaffinity(0))} cores, {cpu or platform.processor()}{mem}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def snapshot_code(work: Path) -> Path:
    """A copy of the code and reference data the runs use: edits to the working tree while the
    benchmark runs (a new extractor version) would otherwise re-extract everything mid-benchmark."""
    code = work / "code"
    for name in ("pipeline", "assets", "sql"):
        shutil.copytree(REPO / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "seeds" / "lexicons", code / "seeds" / "lexicons")
    shutil.copy(REPO / "dagster.yaml", code / "dagster.yaml")
    return code


def child_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("PIPELINE_")}
    env.update(PIPELINE_RAW_DIR=str(work / "raw"),
               PIPELINE_DATA_DIR=str(work / "data"), DAGSTER_HOME=str(work / "dagster_home"),
               PYTHONPYCACHEPREFIX=str(work / "pycache"), PYTHONPATH=str(work / "code"), DAGSTER_DISABLE_TELEMETRY="1",
               GX_ANALYTICS_ENABLED="False")
    return env


# --- one size --------------------------------------------------------------------------------------


def bench_size(size: int, increments: list[str], sources: tuple, seed: int, out: Path, profile: bool) -> dict:
    work = out / str(size)
    shutil.rmtree(work, ignore_errors=True)
    (work / "dagster_home").mkdir(parents=True)
    shutil.copy(REPO / "dagster.yaml", work / "dagster_home" / "dagster.yaml")
    snapshot_code(work)
    seen: set[str] = set()
    t = time.perf_counter()
    corpus_bytes = write_documents(work / "raw", 0, size, sources, seed, seen)
    megabytes = corpus_bytes / 1e6
    print(f"[{size}] wrote {size} documents ({megabytes:.1f} MB) in {time.perf_counter() - t:.1f}s", flush=True)
    result: dict = {"documents": size, "corpus_mb": round(megabytes, 2)}
    env = child_env(work)

    result["read_text_floor"] = read_text_floor(work / "raw")
    result["sqlite_commit_ms"] = sqlite_commit_ms(work / "dagster_home")
    full = run_pipeline(env, work / "full.log")
    full["docs_per_s"] = round(size / full["wall_seconds"], 1)
    full["mb_per_s"] = round(megabytes / full["wall_seconds"], 2)
    full["per_stage"] = per_stage(full, size, megabytes)
    result["full_run"] = full
    result["x_read_text_floor"] = round(full["wall_seconds"] / max(result["read_text_floor"]["seconds"], 1e-3), 1)
    print(f"[{size}] full run {full['wall_seconds']}s ({full['docs_per_s']} docs/s), peak RSS "
          f"{full['peak_rss_mb']} MB, tree PSS {full['peak_tree_pss_mb']} MB; read_text floor "
          f"{result['read_text_floor']['seconds']}s", flush=True)
    state = warehouse_state(work / "data")
    result["rows"] = state["rows"]

    unchanged = run_pipeline(env, work / "unchanged.log")
    result["unchanged_run"] = unchanged
    print(f"[{size}] unchanged re-run {unchanged['wall_seconds']}s", flush=True)

    result["increments"] = []
    total = size
    for spec in increments:
        added = max(1, round(size * float(spec[:-1]) / 100)) if spec.endswith("%") else int(spec)
        before = state["stage_log"]
        write_documents(work / "raw", 10_000_000 * (len(result["increments"]) + 1), added, sources, seed, seen)
        total += added
        # what the raw-folder sensor starts when files land
        run = run_pipeline(env, work / f"increment_{spec.replace('%', 'pct')}.log", job="ingest_new_files")
        state = warehouse_state(work / "data")
        run["added"] = added
        run["spec"] = spec
        run["re_extracted"] = {s: len(state["stage_log"].get(s, set()) - before.get(s, set())) for s in STAGES}
        result["increments"].append(run)
        print(f"[{size}] +{added} documents: {run['wall_seconds']}s, re-extracted {run['re_extracted']}", flush=True)

    if increments:
        # the daily schedule's run afterwards: the Great Expectations report catches up
        result["report_refresh"] = run_pipeline(env, work / "report_refresh.log")
        print(f"[{size}] refresh with the GX report after the increments: {result['report_refresh']['wall_seconds']}s",
              flush=True)

    if profile:
        write_documents(work / "raw", 90_000_000, int(increments[0]) if increments[0].isdigit() else 10,
                        sources, seed, seen)
        prof = work / "increment.prof"
        result["profiled_increment"] = run_pipeline(env, work / "profiled.log", profile=prof, job="ingest_new_files")
        stats = pstats.Stats(str(prof))
        lines = []
        for func, (_cc, _nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:45]:
            name = f"{Path(func[0]).name}:{func[1]}({func[2]})"
            lines.append(f"{ct:8.2f}s cum {tt:7.2f}s own  {name[:100]}")
        result["profile_top_cumulative"] = lines
        print("\n".join(lines))
    return result


def markdown(report: dict) -> str:
    lines = [f"Benchmark of {report['date']} on {report['machine']}", "", f"Command: `{report['command']}`", "",
             ("| documents | MB | full run | docs/s | MB/s | peak RSS (one process) | peak PSS (all processes) "
             "| read_text floor | × floor | unchanged re-run | increments |"),
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in report["sizes"]:
        full = r["full_run"]
        inc = "; ".join(f"+{i['added']}: {i['wall_seconds']} s" for i in r["increments"])
        if "report_refresh" in r:
            inc += f"; then GX report refresh: {r['report_refresh']['wall_seconds']} s"
        lines.append(f"| {r['documents']:,} | {r['corpus_mb']} | {full['wall_seconds']} s | {full['docs_per_s']} "
                     f"| {full['mb_per_s']} | {full['peak_rss_mb']:.0f} MB | {full['peak_tree_pss_mb']:.0f} MB "
                     f"| {r['read_text_floor']['seconds']} s | {r['x_read_text_floor']} "
                     f"| {r['unchanged_run']['wall_seconds']} s | {inc} |")
    for r in report["sizes"]:
        lines += ["", f"Full run of {r['documents']:,} documents, per stage:", "",
                  "| stage | seconds | docs/s | MB/s |", "|---|---|---|---|"]
        for stage, s in r["full_run"]["per_stage"].items():
            lines.append(f"| {stage} | {s['seconds']} | {s['docs_per_s']} | {s['mb_per_s']} |")
        lines += ["", "Rows: " + ", ".join(f"{t} {n:,}" for t, n in r["rows"].items())]
        if "sqlite_commit_ms" in r:
            lines += ["", (f"Disk sync latency (one SQLite commit under DAGSTER_HOME, what each Dagster event costs): "
                      f"{r['sqlite_commit_ms']} ms")]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--increments", default="10,1%",
                        help="documents added after the unchanged re-run, each timed: a count or a percentage")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--profile", action="store_true", help="also run one more increment under cProfile")
    args = parser.parse_args()

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    increments = [s.strip() for s in args.increments.split(",") if s.strip()]
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    sources = source_paragraphs()
    print(f"{len(sources[0])} news paragraphs, {len(sources[1])} abstract paragraphs, {len(sources[2])} titles",
          flush=True)
    report = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(),
              "command": " ".join([Path(sys.executable).name, *sys.argv]),
              "load_average_at_start": [round(x, 2) for x in os.getloadavg()], "sizes": []}
    for size in sizes:
        report["sizes"].append(bench_size(size, increments, sources, args.seed, out, args.profile))
        report["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        (out / "report.json").write_text(json.dumps(report, indent=2, default=sorted))
        (out / "report.md").write_text(markdown(report))
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
