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
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from pipeline.config import env_number

T = TypeVar("T")
R = TypeVar("R")
B = TypeVar("B")
S = TypeVar("S")

# Below this many items a chunked pool is not worth its start-up (about 0.1 s per worker).
MIN_ITEMS_FOR_POOL = 200
CHUNK_SIZE = 100

_task: Callable[[Any], Any] | None = None  # set in the parent just before the workers are forked


def worker_count() -> int:
    cores = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
    return int(env_number("PIPELINE_WORKERS", cores, whole=True))


def forks_workers(items: int, workers: int | None = None) -> bool:
    """Whether ``worker_pool`` will fork worker processes for a stage of ``items`` items."""
    workers = worker_count() if workers is None else workers
    return workers > 1 and items >= MIN_ITEMS_FOR_POOL and "fork" in multiprocessing.get_all_start_methods()


def _run_task(chunk: Any) -> Any:
    assert _task is not None
    return _task(chunk)


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


Submit = Callable[[Sequence[T]], Callable[[], list[R]]]


@contextmanager
def worker_pool(function: Callable[[T], R], *, items: int, workers: int | None = None) -> Iterator[Submit]:
    """``submit(units)`` starts ``[function(unit) for unit in units]`` and returns what waits for it (in order).

    Submitting the next batch before waiting for this one keeps the workers busy while this process
    reads the next batch from the warehouse and writes the last one (see ``overlapped``). The worker
    processes live as long as the ``with`` block, so what they load lazily (cleaning patterns,
    registries) is loaded once per worker, not once per batch. ``items`` is how many documents the
    stage has to process: below ``MIN_ITEMS_FOR_POOL`` (an incremental run with a handful of new
    documents) everything runs in this process, without forking.
    """
    workers = worker_count() if workers is None else workers
    if not forks_workers(items, workers):
        yield lambda units: lambda: [function(unit) for unit in units]
        return
    global _task
    _task = function
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            def submit(units: Sequence[T]) -> Callable[[], list[R]]:
                futures = [pool.submit(_run_task, unit) for unit in units]
                return lambda: [f.result() for f in futures]

            yield submit
    finally:
        _task = None


def overlapped(batches: Iterable[B], start: Callable[[B], S], finish: Callable[[B, S], None]) -> None:
    """``start`` every batch and ``finish`` it after the next one has started (one batch ahead).

    ``start`` reads a batch and submits it to the workers, ``finish`` waits for its results and writes
    them: the workers compute batch k+1 while this process writes batch k, instead of idling.
    """
    previous: tuple[B, S] | None = None
    for batch in batches:
        started = start(batch)
        if previous is not None:
            finish(*previous)
        previous = (batch, started)
    if previous is not None:
        finish(*previous)
