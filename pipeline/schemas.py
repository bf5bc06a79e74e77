"""Pandera (polars) contracts, one per table: types, nullability, allowed values, key uniqueness."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaError, SchemaErrors

from pipeline.model import (
    DIRECTIONS,
    DOCUMENT_STATUSES,
    ENTITY_TYPES,
    INSTITUTION_ROLES,
    PERSON_ROLES,
    SOURCE_KINDS,
)

CURIE = r"^[A-Za-z][A-Za-z0-9_.]*:\S+$"
SHA256 = r"^[0-9a-f]{64}$"


def _str(nullable: bool = False, **checks: object) -> pa.Column:
    built = []
    if "isin" in checks:
        built.append(pa.Check.isin(list(checks["isin"])))
    if "regex" in checks:
        built.append(pa.Check.str_matches(str(checks["regex"])))
    return pa.Column(pl.String, checks=built or None, nullable=nullable)


def _int(nullable: bool = False, ge: int | None = 0) -> pa.Column:
    return pa.Column(pl.Int64, checks=[pa.Check.ge(ge)] if ge is not None else None, nullable=nullable, coerce=True)


def _bool() -> pa.Column:
    return pa.Column(pl.Boolean, nullable=False)


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "documents": pa.DataFrameSchema(
        {
            "document_id": _str(regex=SHA256),
            "source_path": _str(),
            "size_bytes": _int(),
            "status": _str(isin=DOCUMENT_STATUSES),
            "reason": _str(nullable=True),
            "first_seen_at": pa.Column(pl.Datetime, nullable=False, coerce=True),
            "last_seen_at": pa.Column(pl.Datetime, nullable=False, coerce=True),
        },
        unique=["source_path", "document_id"],
        checks=[pa.Check(lambda d: d.lazyframe.select((pl.col("status") == "ok") | pl.col("reason").is_not_null()),
                         name="reason_given_when_not_ok")],
        name="documents",
    ),
    "articles": pa.DataFrameSchema(
        {
            "article_id": _str(),
            "document_id": _str(regex=SHA256),
            "source_path": _str(),
            "title": _str(nullable=True),
            "published_on": pa.Column(pl.Date, nullable=True),
            "publisher": _str(nullable=True),
            "source_kind": _str(isin=SOURCE_KINDS),
            "reviewer": _str(nullable=True),
            "journal": _str(nullable=True),
            "body": pa.Column(pl.String, checks=[pa.Check.str_length(min_value=1)]),
            "word_count": _int(ge=1),
        },
        unique=["article_id"],
        name="articles",
    ),
    "sentences": pa.DataFrameSchema(
        {
            "article_id": _str(),
            "sentence_index": _int(),
            "start_char": _int(),
            "end_char": _int(),
            "text": pa.Column(pl.String, checks=[pa.Check.str_length(min_value=1)]),
        },
        unique=["article_id", "sentence_index"],
        checks=[pa.Check(lambda d: d.lazyframe.select(pl.col("end_char") > pl.col("start_char")),
                         name="end_after_start")],
        name="sentences",
    ),
    "entities": pa.DataFrameSchema(
        {
            "entity_id": _str(regex=CURIE),
            "entity_type": _str(isin=ENTITY_TYPES),
            "name": _str(),
            "xrefs": pa.Column(pl.List(pl.String), nullable=False),
        },
        unique=["entity_id"],
        name="entities",
    ),
    "mentions": pa.DataFrameSchema(
        {
            "article_id": _str(),
            "sentence_index": _int(),
            "start_char": _int(),
            "end_char": _int(),
            "text": _str(),
            "entity_id": _str(regex=CURIE),
            "organism": _str(nullable=True, regex=r"^NCBITaxon:\d+$"),
            "organism_xref": _str(nullable=True, regex=CURIE),
        },
        unique=["article_id", "start_char", "end_char", "entity_id"],
        name="mentions",
    ),
    "findings": pa.DataFrameSchema(
        {
            "finding_id": _str(),
            "article_id": _str(),
            "sentence_index": _int(),
            "subject_id": _str(regex=CURIE),
            "predicate": _str(),
            "object_id": _str(regex=CURIE),
            "direction": _str(isin=DIRECTIONS),
            "negated": _bool(),
            "hedged": _bool(),
            "organism": _str(nullable=True, regex=r"^NCBITaxon:\d+$"),
            "evidence": _str(),
        },
        unique=["finding_id"],
        name="findings",
    ),
    "pathways": pa.DataFrameSchema(
        {"pathway_id": _str(regex=CURIE), "name": _str(), "source": _str()}, unique=["pathway_id"], name="pathways"
    ),
    "pathway_members": pa.DataFrameSchema(
        {"pathway_id": _str(regex=CURIE), "entity_id": _str(regex=CURIE)},
        unique=["pathway_id", "entity_id"],
        name="pathway_members",
    ),
    "funding": pa.DataFrameSchema(
        {
            "article_id": _str(),
            "funder_id": _str(nullable=True),
            "funder_name": _str(),
            "funder_text": _str(),
            "award_id": _str(nullable=True),
            "award_text": _str(nullable=True),
            "evidence": _str(),
        },
        unique=["article_id", "funder_name", "award_id", "funder_text"],
        name="funding",
    ),
    "funders": pa.DataFrameSchema(
        {"funder_id": _str(), "name": _str(), "parent_id": _str(nullable=True), "country": _str(nullable=True)},
        unique=["funder_id"],
        name="funders",
    ),
    "institutions": pa.DataFrameSchema(
        {"institution_id": _str(), "name": _str(), "parent_id": _str(nullable=True),
         "country": _str(nullable=True)},
        unique=["institution_id"],
        name="institutions",
    ),
    "article_institutions": pa.DataFrameSchema(
        {"article_id": _str(), "institution_id": _str(), "role": _str(isin=INSTITUTION_ROLES)},
        unique=["article_id", "institution_id", "role"],
        name="article_institutions",
    ),
    "people": pa.DataFrameSchema(
        {"article_id": _str(), "name": _str(), "role": _str(isin=PERSON_ROLES),
         "institution_id": _str(nullable=True)},
        unique=["article_id", "name", "role"],
        name="people",
    ),
}


@dataclass(frozen=True, slots=True)
class ContractResult:
    table: str
    passed: bool
    rows: int
    failure_count: int
    failures: pl.DataFrame  # pandera's failure cases (column, check, failure_case, index)


def validate_table(table: str, frame: pl.DataFrame) -> ContractResult:
    """Validate ``frame`` against its contract without raising; failures come back as a frame."""
    try:
        SCHEMAS[table].validate(frame, lazy=True)
    except SchemaErrors as exc:
        failures = exc.failure_cases
        return ContractResult(table, False, frame.height, failures.height, failures)
    except SchemaError as exc:  # pragma: no cover - lazy=True collects, this is a safety net
        failures = pl.DataFrame({"check": [str(exc.check)], "failure_case": [re.sub(r"\s+", " ", str(exc))]})
        return ContractResult(table, False, frame.height, 1, failures)
    return ContractResult(table, True, frame.height, 0, pl.DataFrame())
