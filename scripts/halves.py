"""The split the hand-scored corpora share: development half (even positions), held-out half (odd), all."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def score_halves(
    items: Sequence[T], evaluate: Callable[[Sequence[T]], tuple[dict[str, Any], list[Any]]]
) -> tuple[dict[str, Sequence[T]], dict[str, dict[str, Any]], list[Any]]:
    """``evaluate(items) -> (aggregate, per-item results)`` on each half and on all items.

    Returns the halves, the aggregate per half and the development half's per-item results (for
    ``--errors``: rules are read from development errors only; the held-out half is only measured)."""
    halves = {"dev": items[0::2], "heldout": items[1::2], "all": items}
    report: dict[str, dict[str, Any]] = {}
    dev_results: list[Any] = []
    for name, part in halves.items():
        report[name], results = evaluate(part)
        if name == "dev":
            dev_results = results
    return halves, report, dev_results


def print_errors(descriptions: Iterable[str | None], limit: int) -> None:
    """Print the first ``limit`` descriptions that are not None (one per development item with a mistake)."""
    shown = 0
    for text in descriptions:
        if text is None:
            continue
        if shown >= limit:
            break
        print(text)
        shown += 1
