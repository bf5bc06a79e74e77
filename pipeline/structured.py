"""Split a decoded document into the articles it holds.

Web pages and plain files hold one article. PubTator and BioC (XML or JSON) exports hold many
abstracts, each with its PMID, so PubMed exports can be ingested directly.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

STRUCTURED_FORMATS = ("pubtator", "bioc_xml", "bioc_json")


@dataclass(frozen=True, slots=True)
class RawArticle:
    key: str  # position of the article inside its document ("0" for single-article files)
    text: str  # the article's text: a whole page, or the abstract of a literature record
    format: str  # text | markdown | html | literature (already clean: title and abstract apart)
    title: str | None = None
    external_id: str | None = None  # e.g. PMID:14510914


class StructuredFormatError(ValueError):
    """The file claims a structured format but its content does not parse."""


def split_document(text: str, fmt: str) -> list[RawArticle]:
    if fmt == "pubtator":
        return parse_pubtator(text)
    if fmt == "bioc_xml":
        return parse_bioc_xml(text)
    if fmt == "bioc_json":
        return parse_bioc_json(text)
    return [RawArticle("0", text, fmt)]


def parse_pubtator(text: str) -> list[RawArticle]:
    """``PMID|t|title`` and ``PMID|a|abstract`` lines; annotation lines are ignored."""
    titles: dict[str, str] = {}
    abstracts: dict[str, str] = {}
    order: list[str] = []
    for line in text.splitlines():
        parts = line.split("|", 2)
        if len(parts) == 3 and parts[0].isdigit() and parts[1] in ("t", "a"):
            pmid = parts[0]
            if pmid not in titles and pmid not in abstracts:
                order.append(pmid)
            (titles if parts[1] == "t" else abstracts)[pmid] = parts[2].strip()
    if not order:
        raise StructuredFormatError("no PubTator title or abstract lines")
    return [
        RawArticle(pmid, abstracts.get(pmid, ""), "literature", titles.get(pmid) or None, f"PMID:{pmid}")
        for pmid in order
    ]


def _bioc_article(doc_id: str, passages: list[tuple[str, str]]) -> RawArticle:
    title = next((t for kind, t in passages if kind.lower() in ("title", "front")), None)
    rest = [t for kind, t in passages if kind.lower() not in ("title", "front") and t]
    ext = f"PMID:{doc_id}" if doc_id.isdigit() else (doc_id or None)
    return RawArticle(doc_id, "\n\n".join(rest), "literature", title, ext)


def parse_bioc_xml(text: str) -> list[RawArticle]:
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise StructuredFormatError(f"BioC XML does not parse: {exc}") from exc
    articles = []
    for i, doc in enumerate(root.iter("document")):
        doc_id = (doc.findtext("id") or str(i)).strip()
        passages = []
        for p in doc.iter("passage"):
            kind = next((inf.text or "" for inf in p.findall("infon") if inf.get("key") == "type"), "")
            passages.append((kind, (p.findtext("text") or "").strip()))
        articles.append(_bioc_article(doc_id, passages))
    if not articles:
        raise StructuredFormatError("BioC XML without documents")
    return articles


def parse_bioc_json(text: str) -> list[RawArticle]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StructuredFormatError(f"BioC JSON does not parse: {exc}") from exc
    collections = data if isinstance(data, list) else [data]
    articles = []
    for coll in collections:
        for i, doc in enumerate(coll.get("documents", []) if isinstance(coll, dict) else []):
            passages = [
                (str((p.get("infons") or {}).get("type", "")), str(p.get("text") or "").strip())
                for p in doc.get("passages", [])
            ]
            articles.append(_bioc_article(str(doc.get("id", i)), passages))
    if not articles:
        raise StructuredFormatError("BioC JSON without documents")
    return articles
