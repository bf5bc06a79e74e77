"""Split a decoded document into the articles it holds.

Web pages and plain files hold one article. PubTator and BioC (XML or JSON) exports hold many
abstracts, each with its PMID, so PubMed exports can be ingested directly.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

STRUCTURED_FORMATS = ("pubtator", "bioc_xml", "bioc_json")


@dataclass(frozen=True, slots=True)
class RawArticle:
    key: str  # the article inside its document: PMID or BioC id in an export, else its position ("0")
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
        return _unique_keys(parse_bioc_xml(text))
    if fmt == "bioc_json":
        return _unique_keys(parse_bioc_json(text))
    return [RawArticle("0", text, fmt)]


def _unique_keys(articles: list[RawArticle]) -> list[RawArticle]:
    """Two documents of one export with the same id (or none) stay two articles: the later ones get "#2", "#3"."""
    seen: dict[str, int] = {}
    out = []
    for a in articles:
        n = seen[a.key] = seen.get(a.key, 0) + 1
        out.append(a if n == 1 else replace(a, key=f"{a.key}#{n}"))
    return out


@dataclass(frozen=True, slots=True)
class PubTatorMention:
    start: int  # offsets into PubTatorRecord.text (title + " " + abstract)
    end: int
    text: str
    type: str  # e.g. GeneOrGeneProduct
    identifier: str  # as written, possibly several ids joined by "," or ";"


@dataclass(frozen=True, slots=True)
class PubTatorRecord:
    pmid: str
    title: str
    abstract: str
    mentions: tuple[PubTatorMention, ...]
    relations: tuple[tuple[str, str, str], ...]  # (type, id1, id2)

    @property
    def text(self) -> str:
        """The text PubTator offsets count over."""
        return f"{self.title} {self.abstract}"


def parse_pubtator_records(text: str) -> list[PubTatorRecord]:
    """Every record of a PubTator file, with its mention and relation lines, in file order.

    ``PMID|t|title`` and ``PMID|a|abstract``, then tab-separated lines: six or more columns with a
    numeric start offset are mentions, four or more otherwise are relations.
    """
    parts_of: dict[str, dict] = {}
    for line in text.splitlines():
        head = line.split("|", 2)
        if len(head) == 3 and head[0].isdigit() and head[1] in ("t", "a"):
            rec = parts_of.setdefault(head[0], {"t": "", "a": "", "m": [], "r": []})
            rec[head[1]] = head[2]  # unstripped: mention offsets count over these exact strings
            continue
        cols = line.split("\t")
        rec = parts_of.get(cols[0])
        if rec is None:
            continue
        if len(cols) >= 6 and cols[1].isdigit():
            if cols[2].isdigit():  # a mention line with a broken end offset is dropped, not the record
                rec["m"].append(PubTatorMention(int(cols[1]), int(cols[2]), cols[3], cols[4], cols[5]))
        elif len(cols) >= 4:
            rec["r"].append((cols[1], cols[2], cols[3]))
    return [PubTatorRecord(pmid, r["t"], r["a"], tuple(r["m"]), tuple(r["r"])) for pmid, r in parts_of.items()]


def parse_pubtator(text: str) -> list[RawArticle]:
    """One raw article per PMID; annotation lines are not needed for ingestion."""
    records = parse_pubtator_records(text)
    if not records:
        raise StructuredFormatError("no PubTator title or abstract lines")
    return [RawArticle(r.pmid, r.abstract.strip(), "literature", r.title.strip() or None, f"PMID:{r.pmid}")
            for r in records]


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
    # Parts of the wrong shape (a document that is not an object, passages that are not a list of objects)
    # are passed over: the file's other documents still count.
    for coll in collections:
        documents = coll.get("documents") if isinstance(coll, dict) else None
        for i, doc in enumerate(documents if isinstance(documents, list) else []):
            if not isinstance(doc, dict):
                continue
            raw = doc.get("passages")
            passages = [
                (str(infons.get("type", "") if isinstance(infons := p.get("infons"), dict) else ""),
                 str(p.get("text") or "").strip())
                for p in (raw if isinstance(raw, list) else [])
                if isinstance(p, dict)
            ]
            doc_id = doc.get("id")
            articles.append(_bioc_article(str(i if doc_id is None else doc_id), passages))
    if not articles:
        raise StructuredFormatError("BioC JSON without documents")
    return articles
