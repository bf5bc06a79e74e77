"""Spread a pure function over chunks of work in worker processes, one per core.

Workers are forked, so they inherit what the parent already loaded (the entity lexicon, registries)
instead of loading it again, and the function need not be picklable: only the chunks and their
results cross the process boundary. A small amount of work runs in the calling process (forking
costs more than it saves). ``PIPELINE_WORKERS`` sets the number of processes (default: the cores
this process may use; 1 turns parallelism off).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a chunked pool is not worth its start-up (about 0.1 s per worker).
MIN_ITEMS_FOR_POOL = 200
CHUNK_SIZE = 100

_task: Callable[[Any], Any] | None = None  # set in the parent just before the workers are forked


def worker_count() -> int:
    configured = os.environ.get("PIPELINE_WORKERS", "").strip()
    if configured:
        return max(1, int(configured))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _run_task(chunk: Any) -> Any:
    assert _task is not None
    return _task(chunk)


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@contextmanager
def worker_pool(function: Callable[[T], R], *, items: int,
                workers: int | None = None) -> Iterator[Callable[[Sequence[T]], list[R]]]:
    """A runner ``run(units) -> [function(unit) for unit in units]`` (in order) for one stage.

    The worker processes live as long as the ``with`` block, so what they load lazily (cleaning
    patterns, registries) is loaded once per worker, not once per batch. ``items`` is how many
    documents the stage has to process: below ``MIN_ITEMS_FOR_POOL`` (an incremental run with a
    handful of new documents) everything runs in this process, without forking.
    """
    workers = worker_count() if workers is None else workers
    if workers <= 1 or items < MIN_ITEMS_FOR_POOL or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda units: [function(unit) for unit in units]
        return
    global _task
    _task = function
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield lambda units: list(pool.map(_run_task, units))
    finally:
        _task = None
