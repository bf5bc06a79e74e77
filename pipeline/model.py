"""Typed records shared by every stage. Field names follow the data contract (ARCHITECTURE.md)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any, TypeVar

ENTITY_TYPES = ("gene", "protein_family", "disease", "chemical", "cell_type", "species", "process", "variant")
SOURCE_KINDS = ("news", "press_release", "abstract", "other")
DOCUMENT_STATUSES = ("ok", "duplicate", "quarantined", "removed")
DIRECTIONS = ("+", "-", "0")
INSTITUTION_ROLES = ("affiliation", "publisher", "mentioned")
PERSON_ROLES = ("researcher", "author", "reviewer", "media_contact")

R = TypeVar("R")


def pickled_as_arguments(cls: type[R]) -> type[R]:
    """Pickle a frozen slots dataclass as ``cls(*field values)``.

    The findings stage sends every mention and the entities they name to its worker processes, and the entity
    lexicon's cache holds 190,000 entities. Pickle's default for slots dataclasses restores each
    object through ``dataclasses._dataclass_setstate``, which asks ``fields()`` per object: three times slower
    to load and twice as slow to dump as calling the class. A class's own ``__reduce__`` is kept.
    """
    if "__reduce__" in cls.__dict__:
        return cls
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: R) -> tuple[type[R], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # offset into CleanArticle.body
    end: int  # exclusive
    text: str


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """One article after boilerplate removal: what every extractor receives."""

    article_id: str
    document_id: str
    source_path: str
    title: str | None
    body: str
    sentences: tuple[Sentence, ...]
    source_kind: str = "other"
    published_on: date | None = None
    publisher: str | None = None
    preamble: str = ""  # text kept from above the article (byline, "Reviewed by ..."), for metadata/people
    trailer: str = ""  # text kept from after the article (media contacts, copyright), same purpose

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Articles are pickled to the worker processes of every extraction stage. A sentence's text is a
        # slice of the body, so sentences travel as offsets: half the bytes, a tenth of the parent's time.
        body = self.body
        if all(body[s.start : s.end] == s.text for s in self.sentences):
            offsets = tuple((s.index, s.start, s.end) for s in self.sentences)
            return _article_from_offsets, (
                self.article_id, self.document_id, self.source_path, self.title, body, offsets, self.source_kind,
                self.published_on, self.publisher, self.preamble, self.trailer)
        return CleanArticle, tuple(getattr(self, f) for f in _field_names(CleanArticle))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset`` in ``body`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


def _article_from_offsets(article_id: str, document_id: str, source_path: str, title: str | None, body: str,
                          offsets: tuple[tuple[int, int, int], ...], *rest: Any) -> CleanArticle:
    sentences = tuple(Sentence(i, start, end, body[start:end]) for i, start, end in offsets)
    return CleanArticle(article_id, document_id, source_path, title, body, sentences, *rest)


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str  # CURIE, e.g. HGNC:1974
    entity_type: str  # one of ENTITY_TYPES
    name: str
    xrefs: tuple[str, ...] = ()


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Mention:
    article_id: str
    sentence_index: int
    start_char: int  # offset into body
    end_char: int
    text: str
    entity_id: str
    # Genes only: the organism the mention refers to (NCBITaxon CURIE; the study's organism, human by default)
    # and the gene's id in that organism (NCBIGene CURIE; null when unknown). entity_id stays the HGNC id.
    organism: str | None = None
    organism_xref: str | None = None


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Finding:
    finding_id: str
    article_id: str
    sentence_index: int
    subject_id: str
    predicate: str
    object_id: str
    direction: str  # one of DIRECTIONS
    negated: bool
    hedged: bool
    organism: str | None
    evidence: str
    start_char: int = 0  # evidence sentence offsets into body, so a reader can check it
    end_char: int = 0


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class FundingRow:
    article_id: str
    funder_id: str | None
    funder_name: str
    funder_text: str
    award_id: str | None
    award_text: str | None
    evidence: str


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Funder:
    funder_id: str
    name: str
    parent_id: str | None
    country: str | None
    funder_type: str | None = None  # government / foundation / industry / university


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Institution:
    institution_id: str
    name: str
    parent_id: str | None
    country: str | None
    city: str | None = None


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class ArticleInstitution:
    article_id: str
    institution_id: str
    role: str  # one of INSTITUTION_ROLES
    text: str = ""  # as written


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Person:
    article_id: str
    name: str
    role: str  # one of PERSON_ROLES
    institution_id: str | None
    degrees: str | None = None  # "PhD", "MD, PhD": stripped from the name, kept here


@pickled_as_arguments
@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    title: str | None = None
    published_on: date | None = None
    publisher: str | None = None
    source_kind: str = "other"
    reviewer: str | None = None
    journal: str | None = None
    study_published_on: date | None = None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def as_row(record: Any) -> dict[str, Any]:
    """A flat record as a column -> value dict. Unlike ``dataclasses.asdict`` it does not deep-copy (the
    records hold only scalars), which made ``asdict`` a quarter of the mentions stage's time."""
    return {name: getattr(record, name) for name in _field_names(type(record))}
