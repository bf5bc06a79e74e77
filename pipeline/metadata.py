"""Publication metadata: title, dates, publisher, source kind, reviewer and the journal of the study.

Only what the text states: a field the text does not give stays None (dates are never invented).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.clean import DATE_PATTERN, CleanedText
from pipeline.lexicon_files import lexicon_path, read_tsv
from pipeline.model import ArticleMetadata

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")]
    )
    for m in names
}
_DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
_REVIEWER = re.compile(r"\breviewed by\s+(?:Dr\.?\s+)?([A-Z][\w.'’\- ]+?)(?:,\s*(?:[A-Z][A-Za-z.]{1,5}(?:,\s*)?)+)?\s*(?:on\b|$|\n)",
                       re.IGNORECASE)
_JOURNAL_AFTER_WORD = re.compile(
    r"\b(?:the\s+)?journal\s+[*_]?(?P<j>(?:The\s+)?[A-Z][\w&'’\-]*(?:\s+(?:of|and|&|in|for|the|[A-Z][\w&'’\-]*))*)"
)
_PUBLISHED_IN = re.compile(
    r"\b(?:published|reported|report(?:ed)? (?:their|the) findings|appear(?:s|ed|ing)?|described|detailed|"
    r"online|issue|edition)\b[^.;]{0,60}?\bin\s+(?:the\s+)?(?:journal\s+)?[*_]?(?P<j>[A-Z][^.;,()]{0,80})"
)
_STUDY_DATE = re.compile(
    r"\b(?:published|appears?|appeared|reported|online)\b[^.;]{0,30}?\b(?P<month>" + "|".join(
        sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<day>\d{1,2})\b(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Publisher:
    name: str
    source_kind: str
    pattern: re.Pattern[str]
    domains: tuple[str, ...]


@lru_cache(maxsize=1)
def _publishers() -> tuple[_Publisher, ...]:
    return tuple(
        _Publisher(r["publisher"], r["source_kind"], re.compile(r["pattern"], re.IGNORECASE | re.MULTILINE),
                   tuple(d for d in r["domains"].split("|") if d))
        for r in read_tsv(lexicon_path("publishers.tsv"))
    )


@lru_cache(maxsize=1)
def _journals() -> dict[str, str]:
    """Lower-cased name or alias -> canonical journal name."""
    names: dict[str, str] = {}
    for row in read_tsv(lexicon_path("journals.tsv")):
        for alias in [row["journal"], *row["aliases"].split("|")]:
            if alias:
                names[alias.lower()] = row["journal"]
    return names


def parse_date(text: str) -> date | None:
    """First full date (day, month and year) in ``text``; partial dates are not dates."""
    for m in _DATE_RE.finditer(text):
        parsed = _to_date(m.group(0))
        if parsed:
            return parsed
    return None


def _to_date(token: str) -> date | None:
    token = token.strip("() |")
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", token)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        words = re.findall(r"[A-Za-z]+|\d+", token)
        month = next(_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS)
        numbers = [int(w) for w in words if w.isdigit()]
        year = next(n for n in numbers if n > 31)
        day = next(n for n in numbers if n <= 31)
        return date(year, month, day)
    except (StopIteration, ValueError):
        return None


def _match_journal(candidate: str) -> str | None:
    """Longest known journal name that ``candidate`` starts with (word boundary)."""
    journals = _journals()
    words = re.sub(r"[*_]", "", candidate).split()
    for n in range(min(len(words), 10), 0, -1):
        name = " ".join(words[:n]).strip(" ,.;:'\"”’").lower()
        if name in journals:
            return journals[name]
    return None


def find_journal(body: str) -> str | None:
    """The venue of the study the article reports, when the text names one."""
    for m in _JOURNAL_AFTER_WORD.finditer(body):
        known = _match_journal(m.group("j"))
        if known:
            return known
        # "in the journal X": X is a journal even when our list does not know it.
        name = re.sub(r"\s+(?:and|in|of|the|for)$", "", m.group("j").strip()).strip()
        if name and not name.lower().startswith(("of ", "the journal")):
            return name
    for m in _PUBLISHED_IN.finditer(body):
        known = _match_journal(m.group("j"))
        if known:
            return known
    return None


def find_study_date(body: str, article_date: date | None) -> date | None:
    """Date the study was published ("published July 6 in Cell"); the year defaults to the article's."""
    m = _STUDY_DATE.search(body)
    if not m:
        return None
    year = int(m.group("year")) if m.group("year") else (article_date.year if article_date else None)
    if year is None:
        return None
    try:
        return date(year, _MONTHS[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None


def find_publisher(*texts: str) -> _Publisher | None:
    joined = "\n".join(texts)
    for pub in _publishers():
        if pub.pattern.search(joined):
            return pub
    emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", joined)
    for domain in emails:
        for pub in _publishers():
            if any(domain == d or domain.endswith("." + d) for d in pub.domains):
                return pub
    return None


_PRESS_RELEASE_SIGNALS = re.compile(
    r"^#\s*#\s*#|\bmedia contacts?\b|\bpress release\b|\bnews release\b|\bnewsroom\b|\bfor the media\b|"
    r"\bfor immediate release\b|\bembargoed\b",
    re.IGNORECASE | re.MULTILINE,
)
_NEWS_SIGNALS = re.compile(r"\bhealth news\b|^by [A-Z][a-z]+ [A-Z]|\(Reuters\)|\(AP\)|\bstaff writer\b",
                           re.IGNORECASE | re.MULTILINE)


def extract_metadata(cleaned: CleanedText, *, format_hint: str | None = None) -> ArticleMetadata:
    """Metadata of one cleaned article. ``format_hint`` 'pubtator'/'bioc' marks literature records."""
    around = "\n".join(x for x in (cleaned.preamble, cleaned.dateline or "", cleaned.trailer) if x)
    published_on = parse_date(cleaned.dateline or "") or parse_date(cleaned.preamble)
    publisher = find_publisher(cleaned.masthead, cleaned.dateline or "", cleaned.trailer, cleaned.body[:300])
    reviewer_match = _REVIEWER.search(cleaned.preamble) or _REVIEWER.search(cleaned.trailer)

    if format_hint in ("pubtator", "bioc_xml", "bioc_json") or cleaned.abstract_page:
        source_kind = "abstract"
    elif _PRESS_RELEASE_SIGNALS.search(around):
        source_kind = "press_release"
    elif publisher is not None:
        source_kind = publisher.source_kind
    elif _NEWS_SIGNALS.search(around) or _NEWS_SIGNALS.search(cleaned.body[:200]):
        source_kind = "news"
    else:
        source_kind = "other"

    journal = find_journal(cleaned.body)
    return ArticleMetadata(
        title=cleaned.title,
        published_on=published_on,
        publisher=publisher.name if publisher else None,
        source_kind=source_kind,
        reviewer=reviewer_match.group(1).strip() if reviewer_match else None,
        journal=journal,
        study_published_on=find_study_date(cleaned.body, published_on),
    )
