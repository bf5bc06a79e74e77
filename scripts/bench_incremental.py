"""Benchmark of incremental re-ingestion: N documents, then 10 more, timed end to end.

Builds N distinct documents from real text (runs of consecutive sentences of seeds/documents and, when
present, ../shared/corpora/healthstory/*.txt, recombined per document), runs the whole pipeline with
`python -m assets.run` (as `make run` does: own DAGSTER_HOME, every asset and check), adds ``--added``
new documents and times the incremental run as a separate process, start-up included. Reports, per
stage, how many items the incremental run processed (from the materialisation metadata, cross-checked
with stage_log) and the wall time of each run and step.

    .venv/bin/python scripts/bench_incremental.py --documents 1000
    .venv/bin/python scripts/bench_incremental.py --documents 10000 --added 10 --profile

The child interpreters write their bytecode under <work>/pycache (PYTHONPYCACHEPREFIX), so start-up
is measured as on a normal install, where compiled modules are cached, even when the calling
environment sets PYTHONDONTWRITEBYTECODE.
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
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEEDS = REPO / "seeds" / "documents"
HEALTHSTORY = REPO.parent / "shared" / "corpora" / "healthstory"
STAGES = ("articles", "sentences", "mentions", "findings", "funding", "institutions", "people", "pathways")
# asset carrying each stage's `processed` metadata
STAGE_ASSET = {"articles": "articles", "sentences": "sentences", "mentions": "mentions", "findings": "findings",
               "funding": "funding", "institutions": "article_institutions", "people": "people",
               "pathways": "pathways"}
_STEP_LINE = re.compile(r"^\[\s*([\d.]+)s\] (\S+) (\.\.\.|done|FAILED)")


# --- building the corpus ---------------------------------------------------------------------------


def sentence_runs() -> list[list[str]]:
    """Paragraphs of the source texts, each as its list of sentences (only prose paragraphs)."""
    from pipeline.sentences import split_sentences

    sources = sorted(SEEDS.glob("*.txt"))
    if HEALTHSTORY.is_dir():
        sources += sorted(HEALTHSTORY.glob("*.txt"))
    runs = []
    for path in sources:
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            if len(paragraph) < 120:
                continue  # titles, menus, captions
            sentences = [s.text for s in split_sentences(paragraph) if len(s.text) > 30]
            if len(sentences) >= 2:
                runs.append(sentences)
    return runs


def make_document(index: int, runs: list[list[str]], seed: int) -> str:
    """A story of 5-9 paragraphs, each 2-5 consecutive sentences of one source paragraph."""
    rng = random.Random(f"{seed}:{index}")
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        run = rng.choice(runs)
        k = min(len(run), rng.randint(2, 5))
        start = rng.randint(0, len(run) - k)
        paragraphs.append(" ".join(run[start : start + k]))
    title = rng.choice(rng.choice(runs)).rstrip(".")[:140]
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_documents(raw: Path, start: int, count: int, runs: list[list[str]], seed: int, seen: set[str]) -> list[Path]:
    raw.mkdir(parents=True, exist_ok=True)
    written = []
    index = start
    while len(written) < count:
        text = make_document(index, runs, seed)
        digest = hashlib.sha256(text.encode()).hexdigest()
        index += 1
        if digest in seen:
            continue  # keep every document distinct
        seen.add(digest)
        path = raw / f"{index // 1000:03d}" / f"bench_{index:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


# --- running the pipeline --------------------------------------------------------------------------


def child_env(raw: Path, data: Path, home: Path, pycache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("PIPELINE_")}
    # A snapshot of the lexicons taken with the corpus: edits to seeds/lexicons between the runs
    # would change the extractor versions and re-extract everything, which is not what is measured.
    env.update(PIPELINE_LEXICON_DIR=str(raw.parent / "lexicons"))
    env.update(PIPELINE_RAW_DIR=str(raw), PIPELINE_DATA_DIR=str(data), DAGSTER_HOME=str(home),
               PYTHONPYCACHEPREFIX=str(pycache), PYTHONPATH=str(REPO), DAGSTER_DISABLE_TELEMETRY="1",
               GX_ANALYTICS_ENABLED="False")
    return env


def run_pipeline(env: dict[str, str], log: Path, profile: Path | None = None) -> dict:
    """One `python -m assets.run` as a child process; wall time from spawn to exit."""
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "assets.run"]
    started = time.perf_counter()
    with log.open("w") as out:
        code = subprocess.run(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                              check=False).returncode
    wall = time.perf_counter() - started
    text = log.read_text(errors="replace")
    if code != 0:
        raise SystemExit(f"pipeline run failed ({code}), see {log}:\n{text[-3000:]}")
    return {"wall_seconds": round(wall, 2), "steps": step_times(text), "first_step_at": first_step_at(text)}


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
    return {k: v for k, v in sorted(took.items(), key=lambda kv: -kv[1]) if v >= 0.05}


def first_step_at(text: str) -> float | None:
    for line in text.splitlines():
        m = _STEP_LINE.match(line)
        if m:
            return float(m.group(1))
    return None


def stage_log(data: Path) -> dict[str, set[tuple[str, str]]]:
    import duckdb

    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT stage, item_id, version FROM stage_log").fetchall()
        counts = dict(con.execute("SELECT 'documents_ok', count(*) FROM documents WHERE status = 'ok' UNION ALL "
                                  "SELECT 'articles', count(*) FROM articles").fetchall())
    finally:
        con.close()
    out: dict[str, set[tuple[str, str]]] = {s: set() for s in STAGES}
    for stage, item, version in rows:
        out.setdefault(stage, set()).add((item, version))
    out["_counts"] = counts  # type: ignore[assignment]
    return out


def processed_from_metadata(home: Path) -> dict[str, int]:
    """`processed` of each stage's latest materialisation in the DAGSTER_HOME instance."""
    os.environ["DAGSTER_HOME"] = str(home)
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        out = {}
        for stage, asset in STAGE_ASSET.items():
            event = instance.get_latest_materialization_event(dg.AssetKey(asset))
            meta = event.asset_materialization.metadata if event and event.asset_materialization else {}
            if "processed" in meta:
                out[stage] = meta["processed"].value
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
    return f"{os.cpu_count()} cores, {cpu or platform.processor()}{mem}, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", "-n", type=int, default=1000, help="size of the corpus before the increment")
    parser.add_argument("--added", type=int, default=10, help="documents added for the incremental run")
    parser.add_argument("--work", type=Path, default=None, help="work folder (default bench/out/<documents>)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--reuse", action="store_true",
                        help="keep an existing corpus and warehouse of the same size (skip the full run)")
    parser.add_argument("--profile", action="store_true",
                        help="afterwards, add --added more documents and run once more under cProfile")
    args = parser.parse_args()

    work = (args.work or REPO / "bench" / "out" / str(args.documents)).resolve()
    raw, data, home, pycache = work / "raw", work / "data", work / "dagster_home", work / "pycache"
    report: dict = {"documents": args.documents, "added": args.added, "machine": machine(),
                    "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
                    "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                    "command": " ".join([Path(sys.executable).name, *sys.argv])}
    runs = sentence_runs()
    print(f"{len(runs)} source paragraphs; work folder {work}", flush=True)
    seen: set[str] = set()

    if not (args.reuse and (data / "warehouse.duckdb").exists()):
        shutil.rmtree(work, ignore_errors=True)
        home.mkdir(parents=True)
        shutil.copy(REPO / "dagster.yaml", home / "dagster.yaml")
        shutil.copytree(REPO / "seeds" / "lexicons", work / "lexicons")
        t = time.perf_counter()
        write_documents(raw, 0, args.documents, runs, args.seed, seen)
        print(f"wrote {args.documents} documents in {time.perf_counter() - t:.1f}s", flush=True)
        env = child_env(raw, data, home, pycache)
        report["full_run"] = run_pipeline(env, work / "full.log")
        print(f"full run: {report['full_run']['wall_seconds']}s", flush=True)
        # A run with nothing new: warms the bytecode cache written during the full run, and shows
        # the fixed cost of a run.
        report["unchanged_run"] = run_pipeline(env, work / "unchanged.log")
        print(f"unchanged run: {report['unchanged_run']['wall_seconds']}s", flush=True)
    else:
        for p in raw.rglob("*.txt"):
            seen.add(hashlib.sha256(p.read_bytes()).hexdigest())
    env = child_env(raw, data, home, pycache)
    existing = sum(1 for _ in raw.rglob("*.txt"))

    before = stage_log(data)
    write_documents(raw, existing + 1_000_000, args.added, runs, args.seed, seen)
    report["incremental_run"] = run_pipeline(env, work / "incremental.log")
    report["incremental_run"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    after = stage_log(data)
    new_items = {s: len(after.get(s, set()) - before.get(s, set())) for s in STAGES}
    report["incremental_run"]["processed_metadata"] = processed_from_metadata(home)
    report["incremental_run"]["new_stage_log_entries"] = new_items
    report["corpus_after"] = after["_counts"]
    print(f"incremental run (+{args.added}): {report['incremental_run']['wall_seconds']}s, processed "
          f"{report['incremental_run']['processed_metadata']}", flush=True)

    if args.profile:
        write_documents(raw, existing + 2_000_000, args.added, runs, args.seed, seen)
        prof = work / "incremental.prof"
        report["profiled_run"] = run_pipeline(env, work / "profiled.log", profile=prof)
        stats = pstats.Stats(str(prof))
        lines = []
        stats.sort_stats("cumulative")
        width = 100
        for func, (cc, nc, tt, ct, callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:45]:
            name = f"{Path(func[0]).name}:{func[1]}({func[2]})"
            lines.append(f"{ct:8.2f}s cum {tt:7.2f}s own  {name[:width]}")
        report["profile_top_cumulative"] = lines
        print("\n".join(lines))

    (work / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
