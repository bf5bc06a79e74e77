"""Where the versioned reference files live and how to read them (TSV with '#' header comments)."""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LEXICON_DIR = REPO_ROOT / "seeds" / "lexicons"


def lexicon_dir() -> Path:
    """``PIPELINE_LEXICON_DIR`` when set, else the committed ``seeds/lexicons``."""
    return _folder(os.environ.get("PIPELINE_LEXICON_DIR"))


@lru_cache(maxsize=8)
def _folder(setting: str | None) -> Path:
    # One Path per setting: the extractors ask for the folder per sentence, and key their caches by it (a new Path
    # would be parsed and hashed again each time: 7% of the findings stage)
    return DEFAULT_LEXICON_DIR if setting is None else Path(setting)


def lexicon_path(name: str) -> Path:
    return lexicon_dir() / name


def require_lexicon_files(names: Iterable[str]) -> None:
    """Stop with a message that names the folder when files a stage cannot work without are missing: a mistyped
    ``PIPELINE_LEXICON_DIR`` is a setting to fix, not a reason to reject every document."""
    folder = lexicon_dir()
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"lexicon folder {folder} lacks {', '.join(missing)} (check PIPELINE_LEXICON_DIR; the committed files "
            f"are in {DEFAULT_LEXICON_DIR})"
        )


def files_digest(names: Iterable[str], directory: Path | None = None, length: int = 12) -> str:
    """Short hash of the named files of the lexicon folder (name and bytes of each that exists): a version that
    changes when any of them is edited, or when another folder is used."""
    folder = lexicon_dir() if directory is None else directory
    h = hashlib.sha256()
    for name in names:
        path = folder / name
        if path.is_file():
            h.update(name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:length]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file whose leading '#' lines describe source, version and licence."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        # Missing trailing cells read as "", and stray spaces around cells do not count.
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


@lru_cache(maxsize=8)
def read_word_list(path: Path) -> frozenset[str]:
    """The words of a one-word-per-line file ('#' lines are comments); empty when the file is absent."""
    if not path.is_file():
        return frozenset()
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#"))
