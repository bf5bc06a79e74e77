"""Curated registries of funders and institutions (seeds/lexicons/funders.tsv, institutions.tsv).

Each registry maps names and aliases (acronyms included) to one record and finds them in text with a
token trie, so lookups are linear in the text and tolerant of case, accents, punctuation between
words, "&" vs "and", possessive apostrophes and a leading "the". Aliases that look like acronyms
("NIH", "CNPq", "UCSD") match case-sensitively, so "nih" or "Arc" in prose do not.

Loaders are cached per path; the files are read from the lexicon folder (``PIPELINE_LEXICON_DIR``, by default
the repository's ``seeds/lexicons``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from pipeline.lexicon_files import files_digest, lexicon_path, read_tsv
from pipeline.model import Funder, Institution

REGISTRY_FILES = ("funders.tsv", "funders_aliases.tsv", "institutions.tsv", "institutions_aliases.tsv")
# 8: the registry files' digest joined the version, so an edited registry (or another lexicon folder) re-extracts the
# stages that resolve names through it (7: Instituto Oswaldo Cruz under Fiocruz; 6: WashU Medicine; 5: Oslo
# University Hospital, Mass General Brigham)
VERSION = "8+" + files_digest(REGISTRY_FILES, length=8)

R = TypeVar("R", Funder, Institution)

_TOKEN = re.compile(r"[^\W_]+|&", re.UNICODE)
# Characters allowed between two tokens of one name ("U.S.", "Dana-Farber", "California, San Diego").
_GAP_OK = re.compile(r"[\s.,\-–/'’&:]*")
_LEADING_DROP = (("the",), ("u", "s"), ("us",), ("united", "states"), ("uk",), ("u", "k"))


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes."""
    if text.isascii():  # nearly every token: nothing to decompose
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


@lru_cache(maxsize=65536)  # tokens repeat across articles; every name lookup tokenises its text
def norm_token(tok: str) -> str:
    t = fold(tok)
    if t == "&":
        return "and"
    return t


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for each word of ``text``."""
    return [(norm_token(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def norm_key(text: str) -> tuple[str, ...]:
    toks = tuple(t for t, _, _ in tokenize(text))
    while toks and toks[0] == "the":
        toks = toks[1:]
    return toks


def is_acronym(alias: str) -> bool:
    """'NIH', 'CNPq', 'JSPS KAKENHI', 'UC San Diego' is not (has a lower-case word)."""
    words = alias.split()
    if not words:
        return False
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if not letters:
            continue
        if sum(c.isupper() for c in letters) < max(2, len(letters) - 1) and len(letters) > 1:
            return False
        if len(letters) == 1 and not letters[0].isupper():
            return False
    return sum(c.isupper() for c in alias) >= 2


@dataclass(frozen=True, slots=True)
class Match(Generic[R]):
    start: int
    end: int
    text: str
    record: R
    alias: str


class Registry(Generic[R]):
    """Records by id, alias index and a token trie for finding names in text."""

    def __init__(self, records: Iterable[R], aliases: dict[str, list[str]]):
        self.records: dict[str, R] = {}
        self.aliases: dict[str, tuple[str, ...]] = {}
        self._exact: dict[tuple[str, ...], list[tuple[str, str, bool]]] = {}
        # first token -> list of (token tuple, record id, alias, case sensitive)
        self._trie: dict[str, list[tuple[tuple[str, ...], str, str, bool]]] = {}
        for rec in records:
            self.records[rec.institution_id if isinstance(rec, Institution) else rec.funder_id] = rec
        for rid, names in aliases.items():
            self.aliases[rid] = tuple(names)
            for alias in names:
                self._add(alias, rid)
        for entries in self._trie.values():
            entries.sort(key=lambda e: -len(e[0]))

    def _add(self, alias: str, rid: str) -> None:
        key = norm_key(alias)
        if not key:
            return
        cs = is_acronym(alias)
        self._exact.setdefault(key, []).append((rid, alias, cs))
        self._trie.setdefault(key[0], []).append((key, rid, alias, cs))

    # -- lookups -------------------------------------------------------------------------------
    def get(self, rid: str | None) -> R | None:
        return self.records.get(rid) if rid else None

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self):
        return iter(self.records.values())

    def lookup(self, text: str) -> R | None:
        """The record whose name or alias is exactly ``text`` (normalised), else None."""
        base = re.sub(r"\s*\([^)]*\)\s*$", "", text)
        key = norm_key(base) or norm_key(text)
        for _ in range(3):
            rid = self._exact_id(key, base)
            if rid:
                return self.records[rid]
            for drop in _LEADING_DROP:
                if key[: len(drop)] == drop and len(key) > len(drop):
                    key = key[len(drop) :]
                    break
            else:
                break
        # "National Institutes of Health (NIH)": try the parenthesised acronym.
        m = re.search(r"\(([^)]+)\)\s*$", text)
        if m:
            rid = self._exact_id(norm_key(m.group(1)), m.group(1))
            if rid:
                return self.records[rid]
        return None

    def _exact_id(self, key: tuple[str, ...], text: str) -> str | None:
        """Record id for a normalised key; acronym aliases must match letter case ("Most" is not MOST)."""
        for rid, alias, cs in self._exact.get(key, ()):
            if not cs:
                return rid
            letters = [c for c in text if c.isalnum()]
            if letters and [c for c in alias if c.isalnum()] == letters[-len([c for c in alias if c.isalnum()]) :]:
                return rid
        return None

    def parent(self, rid: str | None) -> R | None:
        rec = self.get(rid)
        return self.get(rec.parent_id) if rec else None

    def ancestors(self, rid: str | None) -> list[str]:
        out: list[str] = []
        rec = self.get(rid)
        while rec is not None and rec.parent_id and rec.parent_id not in out:
            out.append(rec.parent_id)
            rec = self.get(rec.parent_id)
        return out

    def find_all(self, text: str, toks: list[tuple[str, int, int]] | None = None) -> list[Match[R]]:
        """Non-overlapping registry names in ``text``, longest first at each position, in order. ``toks``:
        ``tokenize(text)`` when the caller has it already."""
        if toks is None:
            toks = tokenize(text)
        out: list[Match[R]] = []
        i = 0
        n = len(toks)
        while i < n:
            best = None
            for key, rid, alias, cs in self._trie.get(toks[i][0], ()):
                k = len(key)
                if i + k > n or best is not None and k <= best[0]:
                    continue
                if tuple(t for t, _, _ in toks[i : i + k]) != key:
                    continue
                ok = True
                for j in range(i, i + k - 1):
                    gap = text[toks[j][2] : toks[j + 1][1]]
                    if not _GAP_OK.fullmatch(gap) or gap.count(",") > 1 or len(gap) > 3:
                        ok = False
                        break
                if not ok:
                    continue
                start, end = toks[i][1], toks[i + k - 1][2]
                if cs and not _same_letters(text[start:end], alias):
                    continue
                if not cs and not text[start].isupper() and not text[start].isdigit():
                    continue  # names are capitalised in running text
                best = (k, rid, alias, start, end)
            if best is None:
                i += 1
                continue
            k, rid, alias, start, end = best
            out.append(Match(start, end, text[start:end], self.records[rid], alias))
            i += k
        return out


def _same_letters(found: str, alias: str) -> bool:
    a = [c for c in found if c.isalnum()]
    b = [c for c in alias if c.isalnum()]
    return a == b


class FunderRegistry(Registry[Funder]):
    pass


class InstitutionRegistry(Registry[Institution]):
    pass


def _aliases(row: dict[str, str]) -> list[str]:
    names = [row["name"]] + [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
    return list(dict.fromkeys(names))


def _extra_aliases(path: Path, aliases: dict[str, list[str]]) -> None:
    """Optional ``<prefix>_aliases.tsv``: id <TAB> alias, to grow the alias list without edits."""
    if not path.exists():
        return
    for row in read_tsv(path):
        rid = row.get("funder_id") or row.get("institution_id") or row.get("id")
        if rid in aliases and row.get("alias"):
            aliases[rid].append(row["alias"])


def _load_rows(
    path: Path, id_column: str, record: Callable[[dict[str, str]], R]
) -> tuple[list[R], dict[str, list[str]]]:
    """Records of a registry file and each record's names (name, aliases, ``<stem>_aliases.tsv``)."""
    records: list[R] = []
    aliases: dict[str, list[str]] = {}
    for row in read_tsv(path):
        records.append(record(row))
        aliases[row[id_column]] = _aliases(row)
    _extra_aliases(path.with_name(f"{path.stem}_aliases.tsv"), aliases)
    return records, aliases


@lru_cache(maxsize=8)
def load_funders(path: str | Path | None = None) -> FunderRegistry:
    p = Path(path) if path else lexicon_path("funders.tsv")
    return FunderRegistry(*_load_rows(p, "funder_id", lambda row: Funder(
        funder_id=row["funder_id"],
        name=row["name"],
        parent_id=row.get("parent_id") or None,
        country=row.get("country") or None,
        funder_type=row.get("funder_type") or None,
    )))


@lru_cache(maxsize=8)
def load_institutions(path: str | Path | None = None) -> InstitutionRegistry:
    p = Path(path) if path else lexicon_path("institutions.tsv")
    return InstitutionRegistry(*_load_rows(p, "institution_id", lambda row: Institution(
        institution_id=row["institution_id"],
        name=row["name"],
        parent_id=row.get("parent_id") or None,
        country=row.get("country") or None,
        city=row.get("city") or None,
    )))
