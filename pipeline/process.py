"""From a decoded document to article records: split, clean, date, sentence-split.

The versions below name what each stage's output depends on; a stage re-runs for an article when the
version string it recorded differs (so bumping an extractor re-extracts everything it produced).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.clean import CleanedText, clean_document
from pipeline.ids import stable_id
from pipeline.lexicon_files import files_digest
from pipeline.metadata import extract_metadata
from pipeline.model import CleanArticle
from pipeline.registries import REGISTRY_FILES
from pipeline.sentences import split_sentences
from pipeline.structured import STRUCTURED_FORMATS, split_document

# Lexicon files the cleaning and metadata read: their bytes join the version, so an edited file (or another
# lexicon folder, PIPELINE_LEXICON_DIR) cleans again, and a document quarantined because a file was missing is
# retried once it is back.
REQUIRED_ARTICLE_LEXICON_FILES = ("boilerplate_patterns.tsv", "publishers.tsv", "journals.tsv")  # read unconditionally
ARTICLE_LEXICON_FILES = (*REQUIRED_ARTICLE_LEXICON_FILES, "english_words.txt", *REGISTRY_FILES)
# clean.py + metadata.py + structured.py + sentences.py, and the lexicon files above
ARTICLES_VERSION = "57+" + files_digest(ARTICLE_LEXICON_FILES, length=8)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One row of ``articles`` plus the clean article the extractors read."""

    article: CleanArticle
    external_id: str | None
    subtitle: str | None
    reviewer: str | None
    journal: str | None
    study_published_on: date | None
    format: str

    def row(self) -> dict:
        a = self.article
        return {
            "article_id": a.article_id,
            "document_id": a.document_id,
            "source_path": a.source_path,
            "external_id": self.external_id,
            "title": a.title,
            "subtitle": self.subtitle,
            "published_on": a.published_on,
            "study_published_on": self.study_published_on,
            "publisher": a.publisher,
            "source_kind": a.source_kind,
            "reviewer": self.reviewer,
            "journal": self.journal,
            "body": a.body,
            "word_count": len(a.body.split()),
            "preamble": a.preamble,
            "trailer": a.trailer,
            "format": self.format,
        }


def build_articles(document_id: str, source_path: str, text: str, fmt: str) -> list[ArticleRecord]:
    """Every article of one document. Raises StructuredFormatError for a malformed export."""
    records = []
    for raw in split_document(text, fmt):
        if raw.format == "literature":
            cleaned = CleanedText(raw.title, None, raw.text.strip(), "", "", None, abstract_page=True)
        else:
            cleaned = clean_document(raw.text, raw.format)
        meta = extract_metadata(cleaned, format_hint=fmt if fmt in STRUCTURED_FORMATS else None)
        article = CleanArticle(
            article_id=stable_id(document_id, raw.key),
            document_id=document_id,
            source_path=source_path,
            title=meta.title,
            body=cleaned.body,
            sentences=split_sentences(cleaned.body),
            source_kind=meta.source_kind,
            published_on=meta.published_on,
            publisher=meta.publisher,
            preamble="\n".join(x for x in (cleaned.preamble, cleaned.dateline or "") if x),
            trailer=cleaned.trailer,
        )
        records.append(
            ArticleRecord(article, raw.external_id, cleaned.subtitle, meta.reviewer, meta.journal,
                          meta.study_published_on, fmt)
        )
    return records
