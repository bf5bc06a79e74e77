"""Publication metadata: title, dates, publisher, source kind, reviewer and the journal of the study.

Only what the text states: a field the text does not give stays None (dates are never invented).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, lru_cache

from ahocorasick_rs import AhoCorasick, MatchKind

from pipeline.clean import (
    DATE_PATTERN,
    DATE_RE,
    ENGLISH_MONTHS,
    MONTH_WORDS,
    MONTHS,
    TIME_PATTERN,
    CleanedText,
    required_words,
)
from pipeline.extract.institutions import _INST_HEADS, find_institutions
from pipeline.lexicon_files import lexicon_path, read_tsv, read_word_list
from pipeline.model import ArticleMetadata
from pipeline.registries import is_acronym, load_institutions, norm_token

_REVIEWER = re.compile(r"\breviewed by\s+(?:Dr\.?\s+)?([A-Z][\w.'’\- ]+?)(?:,\s*(?:[A-Z][A-Za-z.]{1,5}(?:,\s*)?)+)?\s*(?:on\b|$|\n)",
                       re.IGNORECASE)
# "the journal X", and the word in the languages releases come in ("publiés dans la revue X", "verschijnt in het
# wetenschappelijk tijdschrift X", "in der Fachzeitschrift „X“")
# (Polish, Czech: "w czasopiśmie European Heart Journal"). Longest first, so a form is not cut short; find_journal
# also tests for the forms as plain substrings before it searches with the pattern.
_JOURNAL_WORD_FORMS = tuple(sorted(
    "journal revue revista rivista tijdschrift Zeitschrift zeitschrift FachZeitschrift Fachzeitschrift "  # noqa: SIM905
    "Fachjournal tidsskrift tidsskriftet tidskrift tidskriften czasopiśmie czasopismie časopise casopise".split(),
    key=len, reverse=True,
))
_JOURNAL_AFTER_WORD = re.compile(
    r"\b(?:the\s+)?(?:(?:wetenschappelijke?|wissenschaftlichen?|renommierten)\s+)?"
    rf"(?:{'|'.join(_JOURNAL_WORD_FORMS)})"
    r"(?:\s+(?:científica|cientifica|scientifique|scientifica|médica|médicale|medica))?"  # "la revista científica X"
    r"\s+[*_„“\"«]?\s?(?P<j>(?:The\s+)?[A-Z][\w&'’\-]*(?:\s+(?:of|and|&|in|for|the|de|\([^()]{1,40}\)|[A-Z][\w&'’\-]*"
    r"|[–—](?=\s+[A-Z])))*)"  # "The Lancet Regional Health – Americas"
)
# The text's own date at the head of its first paragraph: "WEDNESDAY, Sept. 5, 2018 (HealthDay News) --",
# "DALLAS, Dec. 17, 2018 /PRNewswire/ --", "(Dec. 17, 2018) --", "March 30, 2011 --".
_LEAD_DATE = re.compile(
    # "KRAKÓW", "Ghent/Leuven", "LEIDEN, the Netherlands —"
    # "Hoboken, NJ, USA –": up to two parts after the city
    r"^\s*(?:[A-ZÀ-Þ](?:[^\W\d_]|[.'’ /]){0,40}(?:,\s*[A-Z][A-Za-z.]{1,15}(?:\s+[A-Z][A-Za-z.]{1,15})?){0,2},?\s*"
    r"(?:(?:--|—|–|-)\s*)?)?"
    r"(?:/\s*[A-Z][A-Za-z ]{2,20}\s*/\s*)?"  # "BOSTON, MA / ACCESSWIRE / April 11, 2022 /"
    r"(?:\([^()]{1,40}\)\s*(?:--|—|–)\s*)?"  # "COPENHAGEN, Denmark--(BUSINESS WIRE)--Jan. 18, 2022--"
    rf"(?:\((?P<parenthesised>{DATE_PATTERN})\)|\[?(?P<date>{DATE_PATTERN})\]?"
    rf"(?:,?\s+{TIME_PATTERN})?"  # "February 27, 2024 08:00 ET | Source: ..."
    r"\s*(?:\([^()]{1,40}\)|/[^/\n]{1,40}/)?\s*(?:--|—|–|-|:|\||/))",  # "LA JOLLA, CA—(Dec. 17, 2018) Mice ..."
    re.IGNORECASE,
)
# Lines of a release that date it: "Released: Dec. 17, 2018", "Embargoed until ...", "Posted on ...".
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:news\s+)?release(?:d)?(?:\s+date)?|publication\s+date|published|posted|issued|for\s+(?:immediate\s+)?release|date)"
    rf"\s*(?:on|:)?\s*[(\[]?(?P<date>{DATE_PATTERN})",
    re.IGNORECASE | re.MULTILINE,
)
_STUDY_DATE = re.compile(
    rf"\b(?:published|appears?|appeared|reported|online)\b[^.;]{{0,30}}?\b(?P<month>{MONTH_WORDS})"
    r"\.?\s+(?P<day>\d{1,2})\b(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Publisher:
    name: str
    source_kind: str
    pattern: re.Pattern[str]
    domains: tuple[str, ...]
    # lower-case words one of which any match contains (empty: no such words known, always search)
    required: tuple[str, ...] = ()
    reposts: bool = False  # posts other organisations' releases (EurekAlert!): the issuer is theirs


@lru_cache(maxsize=1)
def _publishers() -> tuple[_Publisher, ...]:
    return tuple(
        _Publisher(r["publisher"], r["source_kind"], re.compile(r["pattern"], re.IGNORECASE | re.MULTILINE),
                   tuple(d for d in r["domains"].split("|") if d), required_words(r["pattern"]),
                   r.get("reposts") == "yes")
        for r in read_tsv(lexicon_path("publishers.tsv"))
    )


@lru_cache(maxsize=1)
def _journal_rows() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(journal, its name and aliases as written, publisher) per row of journals.tsv."""
    return tuple(
        (row["journal"], tuple(a for a in [row["journal"], *row["aliases"].split("|")] if a), row.get("publisher", ""))
        for row in read_tsv(lexicon_path("journals.tsv"))
    )


@lru_cache(maxsize=1)
def _journal_title_automaton() -> tuple[AhoCorasick, tuple[str, ...]]:
    """Every known journal title and alias as written (case matters: "Diabetes Care" is a title, "diabetes care" not)."""
    titles = tuple(sorted({t for _, names, _ in _journal_rows() for t in names}))
    return AhoCorasick(titles, matchkind=MatchKind.LeftmostLongest), titles


def journal_titles(body: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of the known journal titles written in ``body`` as whole words."""
    automaton, titles = _journal_title_automaton()
    out = []
    for i, start, end in automaton.find_matches_as_indexes(body):
        if (start == 0 or not (body[start - 1].isalnum() or body[start - 1] == "-")) and (
            end == len(body) or not (body[end].isalnum() or body[end] == "-")
        ):
            out.append((start, end, titles[i]))
    return out


@lru_cache(maxsize=1)
def _journals() -> dict[str, str]:
    """Lower-cased name or alias -> canonical journal name."""
    return {alias.lower(): journal for journal, aliases, _ in _journal_rows() for alias in aliases}


@lru_cache(maxsize=1)
def _journal_issuers() -> dict[str, str]:
    """Lower-cased journal name, alias or publisher -> the name the journal's own releases are issued under
    (its publisher's, as "JAMA Network" for JAMA Pediatrics, or the journal's when it issues them itself)."""
    issuers = {alias.lower(): publisher or journal for journal, aliases, publisher in _journal_rows() for alias in aliases}
    issuers.update({publisher.lower(): publisher for _, _, publisher in _journal_rows() if publisher})
    return issuers


def _journal_issuer(name: str) -> str | None:
    """Who issues the releases of the journal or publisher ``name`` is ("The Lancet" -> The Lancet); None if unknown."""
    key = re.sub(r"^the\s+", "", name.strip(" \t,.:;'\"’”"), flags=re.IGNORECASE).lower()
    return _journal_issuers().get(key) or _journal_issuers().get("the " + key)


# A journal's or publisher's press office, which issues the journal's releases: "The Lancet press office",
# "JAMA Network Media Relations", "issued by the press office of Diabetologia", "Media relations" above "BMJ".
_OFFICE_NAME = r"(?i:press[ \t]+office|media[ \t]+relations|press[ \t]+team)"
_PRESS_OFFICE = re.compile(
    rf"(?P<before>(?:(?:[A-Z][\w&'’.–-]*|&)[ \t]+){{1,8}}?){_OFFICE_NAME}\b"
    rf"|{_OFFICE_NAME}[ \t]+(?:of|at|for)[ \t]+(?P<after>[^\n,;(]{{2,80}})"
    r"|^[ \t]*(?i:media[ \t]+relations|press[ \t]+office)[ \t]*:?[ \t]*\n[ \t]*(?P<below>[^\n]{2,80})$",
    re.MULTILINE,
)
_PRESS_OFFICE_WORDS = re.compile(_OFFICE_NAME)


def _journal_press_office(text: str) -> str | None:
    """The issuer when ``text`` names a known journal's or publisher's press office; None otherwise."""
    if not _PRESS_OFFICE_WORDS.search(text):
        return None  # every match of _PRESS_OFFICE holds the office words: a quick scan for them first
    for m in _PRESS_OFFICE.finditer(text):
        words = (m.group("before") or m.group("after") or m.group("below")).split()
        # the name ends where the office words start ("... contact The Lancet press office") and starts where
        # the office words end ("the press office of Diabetologia, the journal of ...")
        spans = ([words[i:] for i in range(len(words))] if m.group("before")
                 else [words[:n] for n in range(len(words), 0, -1)])
        for span in spans:
            issuer = _journal_issuer(" ".join(span))
            if issuer:
                return issuer
    return None


def _month_first() -> bool:
    return False


def parse_date(text: str, *, day_first: Callable[[], bool] = _month_first) -> date | None:
    """First full date (day, month and year) in ``text``; partial dates are not dates. ``day_first()``: read an
    unpadded "9/11/2022" as 9 November (the text is from a country that writes dates so, see ``_day_first``);
    asked only when a date is written so, since finding out reads the whole text."""
    for m in DATE_RE.finditer(text):
        parsed = _to_date(m.group(0), day_first=day_first)
        if parsed:
            return parsed
    return None


def _to_date(token: str, *, day_first: Callable[[], bool] = _month_first) -> date | None:
    token = token.strip("() |")
    iso = re.fullmatch(r"(\d{4})[-/.](\d{2})[-/.](\d{2})|(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.", token)
    numeric = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})[./-](\d{4})", token)
    cjk = re.fullmatch(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]", token)
    try:
        if iso or cjk:
            ymd = [g for g in (iso or cjk).groups() if g]
            return date(int(ymd[0]), int(ymd[1]), int(ymd[2]))
        if numeric:
            # "17.03.2015" and the zero-padded "05/04/2023" are day first (European); "5/3/2021" and "7/5/2022"
            # month first (US: Newswise's "Released:"), unless "19/4/2021" or the text is British or European
            first, second = int(numeric[1]), int(numeric[3])
            padded = numeric[1].startswith("0") or numeric[3].startswith("0")
            day, month = (first, second) if numeric[2] == "." or padded or first > 12 or day_first() else (second, first)
            if second > 12 >= first:  # "04/15/2026": only the month can come first
                day, month = second, first
            return date(int(numeric[4]), month, day)
        words = re.findall(r"[^\W\d_]+|\d+", token)
        month = next(MONTHS[w.lower()] for w in words if w.lower() in MONTHS)
        numbers = [int(w) for w in words if w.isdigit()]
        year = next(n for n in numbers if n > 31)
        day = next(n for n in numbers if n <= 31)
        return date(year, month, day)
    except (StopIteration, ValueError):
        return None


def _match_journal(candidate: str) -> str | None:
    """Longest known journal name that ``candidate`` starts with (word boundary); a dash ends the title unless a
    known name goes on past it ("The Lancet Regional Health – Americas")."""
    dashed = _known_prefix(_journal_words(candidate, dash_ends=False))[1]
    return dashed if dashed and re.search(r"\s[—–-]\s", dashed) else _known_prefix(_journal_words(candidate))[1]


def _known_prefix(words: list[str]) -> tuple[int, str | None]:
    """(number of words, canonical name) of the longest known journal name ``words`` start with; (0, None)."""
    journals = _journals()
    # a lower-case word right after a title's capitalised word ends it: "in Cell reports that ..." is Cell ("the
    # New England Journal of medicine" keeps its last word; a lower-case first word is eLife's or npj's)
    cased = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() and w.lower() not in _TITLE_SMALL
                  and words[i - 1].lower() not in _TITLE_SMALL), len(words))
    for n in range(min(cased, 12), 0, -1):
        name = " ".join(words[:n]).strip(" ,.;:'\"”’").lower()
        if name in journals:
            return n, journals[name]
        if name.startswith("the ") and name[4:] in journals:
            return n, journals[name[4:]]
    return 0, None


def _journal_words(candidate: str, *, dash_ends: bool = True) -> list[str]:
    """Words of a candidate title: emphasis marks and parenthesised acronyms out ("PLoS (Public
    Library of Science) ONE" -> "PLoS ONE"), a glued article split ("TheJournal of ...")."""
    text = re.sub(r"[*_®™]", "", candidate)
    if dash_ends:
        text = re.split(r"\s*[—–]\s*|\s+-+\s+", text)[0]  # "the Lancet—believe many ...": a dash ends it
    text = re.sub(r"\s*\([^()]{1,40}\)", "", text)
    text = re.sub(r"^The(?=[A-Z][a-z])", "The ", text.strip())
    return text.split()


# Capitalised words that end a title: days, months, time words after the journal's name.
_NOT_TITLE = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "online", "this",
     "last", "next", *ENGLISH_MONTHS]
)
_TITLE_SMALL = frozenset(["of", "and", "&", "in", "for", "the", "on", "to", "de"])  # "de": "Salud Pública de México"; "to": "JACC: Basic to Translational Science"
# journal titles that start in lower case: "npj Precision Oncology", "eLife", "mBio", "iScience"
_LOWER_START = r"(?:npj\s+|[emi](?=[A-Z][a-z]))"
_LOWER_TITLE = re.compile(r"npj|[emi][A-Z][a-zA-Z]+")


def _unknown_title(candidate: str) -> str | None:
    """A journal title as written after an explicit "the journal": capitalised words with the small
    words of titles between them, stopping at a day, month or time word."""
    out: list[str] = []
    for w in _journal_words(candidate):
        bare = w.strip(" ,.;:'\"”’()[]")
        if not bare or bare.isdigit() and out and out[-1].lower() in _TITLE_SMALL:
            break
        if bare.lower() in _NOT_TITLE:
            break
        if bare[0].isupper() or bare[0].isdigit() or bare.lower() in _TITLE_SMALL or _LOWER_TITLE.fullmatch(bare):
            out.append(bare)
            if bare != w.rstrip():
                break  # punctuation after the word ends the title
            continue
        break
    while out and out[-1].lower() in _TITLE_SMALL:
        out.pop()
    name = " ".join(out)
    if not name or name.lower().startswith(("of ", "the journal")):
        return None
    return name


# "published (online) in (the May 29 issue of) (the journal) X", "appears in", "writing in",
# "report in", "issue of X": where news and releases name the venue of the study.
# A venue: "in (the) (May 29 online issue of the) (medical) (journal) X" or "issue of X", with a cue word before
# it in the same clause ("published", "appears", "writing"; weaker: "study", "findings", "reported").
# (a look-ahead, so that "of Cambridge and published in Nature" does not swallow the venue after it)
# Words describing the venue before its title: "the (British) medical journal Lancet", "the online journal"
# (a capitalised nationality only before a lower-case description: "American Journal of ..." is a title)
_VENUE_DESCRIPTION = (
    r"(?:(?:British|American)\s+(?=(?:medical|scientific|peer-reviewed)\s))?"
    r"(?:(?:medical|scientific|peer-reviewed|british|american|online|open[- ]access)\s+)*(?:journals?\s+)?"
)
_VENUE = re.compile(
    # (the prepositions and articles of the languages releases come in: "publiés dans le Journal of Hepatology")
    r"(?=\b(?P<prep>in|of|dans|en|em|na|no|su|sul|sulla|nel|nella|w)\s+(?:(?:the|le|la|el|il|lo|l['’])\s*)?(?:(?:[\w’'/]+\s+){0,4}?(?P<issue>issue|edition)\s+of\s+(?:the\s+)?)?"
    + _VENUE_DESCRIPTION
    + rf"[*_]?(?P<j>{_LOWER_START}?[A-Z][^.;,]{{0,90}}))"
)
_PUBLISHER_JOURNAL = re.compile(r"[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}\s+Press\s+journal\b")
# A journal's owner (or day) before its title: "CDC's", "the Centers for Disease Control and Prevention's (CDC)",
# "Thursday's"
_JOURNAL_OWNER = re.compile(r"(?!Journal\b)[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|for|of|and|&)){0,7}?['’]s\s+"
                            r"(?:\([A-Z]{2,10}\)\s+)?(?=[A-Z])")
_STRONG_CUE = re.compile(
    r"\b(?:published|publish(?:es|ing)?|publication|appear(?:s|ed|ing)?|writing|wrote|write|online|"
    r"publi(?:é|ée|és|ées|cad[oa]s?)|pubblicat[oaie]|veröffentlicht|erschien(?:en)?|erscheint|opublikowan[oay]\w*|"
    r"publikov[áa]n[aoy]?|vy[šs]l[aoy]?)(?!\w)[^.;]{0,60}$"
    # a company's "announced the publication of a multicenter study of its X panel in Y": a long way, one venue
    r"|\bpublication\s+of\b[^.;]{0,140}$",
    re.IGNORECASE)
_WEAK_CUE = re.compile(
    r"\b(?:reported|reports?|report(?:ed)?\s+(?:their|the|its)\s+findings|described|detailed|findings|results|study|paper|"
    r"article)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_NOT_JOURNAL = re.compile(r"\b(?:Universit\w*|Institut\w*|Hospital|Cent(?:er|re)|College|School|Clinic|Foundation|Society|Association)\b")
_PAST_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_JOURNAL_WORDS = re.compile(
    r"\b(?:Journal|Annals|Archives|Proceedings|Reviews?|Letters|Reports|Medicine|Research|Science|Sciences|"
    r"Lancet|Bulletin|Quarterly|Transactions|Pediatrics|Psychiatry|Frontiers|Communications|Advances|"
    r"Neuroscience|Genetics|Metabolism|Nutrition|Biology|Horizons|Diseases|[A-Z][a-z]+ology)\b"
)


# the head word of a title with "in" inside it: "Frontiers in", "Advances in", "Current Opinion in"
_TITLE_HEAD_BEFORE = re.compile(
    r"\b(?:Frontiers|Advances|Trends|Progress|Opinion|Seminars|Topics|Developments|Perspectives|Research|Studies|"
    r"Issues|Letters|Reviews|Methods)\s+$")
# a title form that only journals take, named after a weak cue too ("study ... in the Journal of X")
# ("Clinical Journal of the American Society of Nephrology", "European Journal of ...": an adjective or two may come first)
_JOURNAL_FORM = re.compile(r"(?:The\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Journal|Annals|Archives|Proceedings)\s+of\s+(?:the\s+)?[A-Z]")
# a clause ends at a full stop, semicolon, bracket or line end, or at a comma or dash before a lower-case word
_CLAUSE_END = re.compile(r"\.(?=\s|$)|[;(\n]|,\s+(?!and\b|&)(?=[^A-Z])|\s+[–—-]+\s+(?=[^A-Z])|$")


def _title_to_clause_end(rest: str) -> str | None:
    """The title a venue cue names when its words run to the clause's end, across a subtitle's colon, a dash or
    a comma between title words ("JACC: Clinical Electrophysiology.", "The Lancet Regional Health – Americas.",
    "Cancer Epidemiology, Biomarkers & Prevention, a journal of ..."); None when a lower-case word, a day or a
    month comes first ("Nature on Monday", "Nature, Harvard researchers said")."""
    # (a window: twelve words with their bracketed asides fit well inside 1,000 characters)
    rest = re.sub(r"\s*\([^()]{1,40}\)", "", rest[:1000])  # "Public Library of Science (PLoS) ONE"
    clause = rest[: _CLAUSE_END.search(rest).start()]
    words = re.sub(r"[*_®™]", "", clause).split()
    if not 2 <= len(words) <= 12 or words[-1].lower() in _TITLE_SMALL:
        return None
    # a comma inside a title only as in "Cancer Epidemiology, Biomarkers & Prevention", not between venues
    if "," in clause and not re.search(r"(?:&|\band\b)[^,]*$", clause):
        return None
    for w in words:
        bare = w.strip(":,'\"”’")
        if bare in ("–", "—", "-"):
            continue
        if not bare or bare.lower() in _NOT_TITLE or bare.isdigit():  # "Nature in 2012": a year ends no title
            return None
        if not (bare[0].isupper() or bare[0].isdigit() or bare.lower() in _TITLE_SMALL or _LOWER_TITLE.match(bare)):
            return None
    return " ".join(words)


def _clause_title(rest: str) -> str | None:
    """A title run to the clause's end (``_title_to_clause_end``) that is a journal's: a known one, a known one
    extended ("Cell Discovery", "Circulation: Heart Failure"), or an unknown one with a journal word and no
    institution word, unless it ends as journals do ("Mayo Clinic Proceedings")."""
    title = _title_to_clause_end(rest)
    if title is None:
        return None
    words = title.split()
    known, name = _known_prefix(words)
    if known == len(words):
        return name
    if known:
        if words[known - 1].endswith(":") and words[known].lower() == "the":
            return name  # "Menopause: The Journal of The North American Menopause Society" is Menopause
        return title if words[known].lower() not in ("and", "&") else None
    if _JOURNAL_WORDS.search(title) and (not _NOT_JOURNAL.search(title) or re.search(r"\b(?:Journal|Proceedings)$", title)):
        return title
    return None


def _extends_known(title: str) -> bool:
    """``title`` continues a shorter known journal name into a longer title of its own ("Cancer Immunology
    Research" after "Cancer"), not into another journal ("NEJM and Science Translational Medicine") or the
    known name written in full ("British Medical Journal" for BMJ)."""
    words = title.split()
    known = _known_prefix(words)[0]
    return (
        0 < known < len(words) and _JOURNAL_WORDS.fullmatch(words[-1]) is not None
        and words[known].lower() not in ("and", "&")
    )


def find_journal(body: str, *fields: str, release: bool = False, header: str = "") -> str | None:
    """The venue of the study the article reports, when the text names one.

    Candidates come from "the journal X" (X as written, even when our list does not know it) and from
    venue cues ("published in X", "issue of X", "writing in X") naming a known journal, or a title
    with a journal word ("Archives of Neurology"), "published by X" naming a known journal, and a
    release's "Journal: X" field (in ``body`` or the ``fields`` kept apart from it), which wins. Else
    the first candidate in the text wins, but one whose cue carries a year ("presented at ESC Congress 2021
    and published in ...") only when there is no other. A venue the text marks as an earlier study's
    ("published in 2006 in ...", "previously published in X in 2022", "a pilot study ... last year in X") is
    taken only when nothing else is named, and in a ``release`` never: a release is about its own study. In a
    release, a ``header`` line that is a known journal's title (a journal's press office) names its journal.
    """
    # (position, doubt, name); doubt 1: a year near the cue or an unknown title after a weak cue (taken only when
    # nothing better is named), 2: the words around it say it is an earlier study's venue (never taken)
    cands: list[tuple[int, int, str]] = []
    text = _ABBREV_DOT.sub(lambda m: m.group(0)[:-1] + " ", body)  # "Sept. 4", "Dr." do not end a sentence
    # (the patterns are case-sensitive: a text without the literals every match holds is not searched)
    journal_word = any(w in text for w in _JOURNAL_WORD_FORMS)  # every match holds one of its word forms
    for m in _JOURNAL_AFTER_WORD.finditer(text) if journal_word else ():
        known = _match_journal(m.group("j"))
        title = _unknown_title(m.group("j"))
        # "the journal Cancer Prevention Research": the title as written beats a shorter known name
        name = title if title and (not known or len(title.split()) > len(known.split())
                                   and not title.lower().startswith(known.lower() + " and")) else known
        if name:
            cands.append((m.start(), 2 * _dated(text, m.start()), name))
    for m in _VENUE.finditer(text):
        issue = m.group("issue") is not None or text[max(0, m.start() - 12) : m.start()].rstrip().lower().endswith(
            ("issue", "edition"))
        if m.group("prep") == "of" and not issue:
            continue
        if _TITLE_HEAD_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "Frontiers in Pharmacology": the "in" of a title, not a venue ("NordID Panel in JAMA" is)
        before = text[max(0, m.start() - 160) : m.start()]
        strong = issue or bool(_STRONG_CUE.search(before))
        if not strong and not _WEAK_CUE.search(before):
            continue
        if _PUBLISHER_JOURNAL.match(m.group("j")):
            continue  # "in the Cell Press journal Cell Reports Medicine": the title follows ("the journal X")
        name = _match_journal(m.group("j"))
        owner = None if name else _JOURNAL_OWNER.match(m.group("j"))
        if owner:  # "in CDC's Morbidity and Mortality Weekly Report": the journal after its owner
            name = _match_journal(m.group("j")[owner.end():])
        doubt = 0
        if not strong and name is None and _JOURNAL_FORM.match(m.group("j")):
            name, doubt = _unknown_title(m.group("j")), 1
        elif not strong and name:  # "a study in Ophthalmology Science": a title longer than the known "Ophthalmology"
            title = _unknown_title(m.group("j"))
            name = title if title and _extends_known(re.sub(r"^The\s+", "", title)) else name
        if strong:
            # a title the list does not know, with a journal word and no institution word; also when it only
            # starts with a known one ("Cancer Immunology Research" is not "Cancer")
            title = _unknown_title(m.group("j"))
            if (
                title
                and (name is None or _extends_known(re.sub(r"^The\s+", "", title)))
                and _JOURNAL_WORDS.search(title)
                and (not _NOT_JOURNAL.search(title) or _JOURNAL_FORM.match(title))  # "Journal of Hospital Medicine"
                and len(title.split()) >= 2
            ):
                name = title
            name = _clause_title(text[m.start("j"):]) or name
            translated = _TRANSLATED_TITLE.match(m.group("j"))
            if name is None and translated and _JOURNAL_WORDS.search(translated["english"]):
                name = translated["title"]
        if name:
            if _dated(text, m.start()):
                doubt = 2
            elif _PAST_YEAR.search(before[-50:]):  # "presented at ESC Congress 2021 and published in ..."
                doubt = max(doubt, 1)
            cands.append((m.start("j"), doubt, name))
    # "Gut, the journal of the British Society of Gastroenterology, published the findings", "a study published by
    # JAMA Internal Medicine": known journals only
    for m in (*_JOURNAL_PUBLISHED.finditer(text), *_PUBLISHED_BY.finditer(text)) if "publish" in text else ():
        name = _match_journal(m.group("j"))
        if name:
            cands.append((m.start("j"), 2 * _dated(text, m.start()), name))
    # a release's own field ("Journal: Cancer Research"), in the body or the lines kept apart from it
    for m in (m for t in (body, *fields) for m in _JOURNAL_LINE.finditer(t or "")):
        j = re.split(r"\s+(?:DOI\b|doi:|https?://|10\.\d{4,}/)", m.group("j"))[0].strip(" .")
        # the field holds the whole title: a known name only when it is all of it ("BMJ Medicine" is not BMJ)
        name = _journals().get(j.lower())
        if name is None and "," in j:  # MedicalXpress lists every journal a story names: the study's comes first
            name = _journals().get(j.split(",")[0].strip().lower())
        j = re.sub(r"\s*\([A-Z][A-Za-z]{1,9}\)$", "", j)  # "British Medical Journal (BMJ)": the title without its acronym
        name = name or _journals().get(j.lower()) or j
        if name:
            cands.append((-1, 0, name))
    # a journal's press office: "About JAMA Pediatrics: JAMA Pediatrics is ..." (when no venue but an earlier study's)
    if all(doubt == 2 for _, doubt, _ in cands):
        for m in (m for t in (body, *fields) for m in _ABOUT_JOURNAL.finditer(t or "")):
            name = _journals().get(m.group("j").strip().lower())
            if name:
                cands.append((len(text), 0, name))
    if release:  # a journal's press office heads the release with the journal's title ("JAMA Neurology" over it)
        for line in header.split("\n"):
            name = _journals().get(line.strip().lower())
            if name and len(line.split()) >= 2:
                cands.append((-1, 0, name))
    if all(doubt for _, doubt, _ in cands):  # a reference line, when the prose names no venue but earlier ones
        for m in (m for t in (body, *fields)
                  for pattern in (_CITATION, _CITATION_DATED, _MORE_INFORMATION, _IN_COLON_CITATION)
                  for m in pattern.finditer(t or "")):
            j = m.group("j").rstrip(".")
            cands.append((len(text), 0, _match_journal(j) or j))
    if release:  # a release is about its own study: an earlier study's venue is never its journal
        cands = [c for c in cands if c[1] < 2]
    if not cands:
        return None
    cands.sort(key=lambda c: (c[1], c[0]))
    return cands[0][2]


_JOURNAL_PUBLISHED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?(?P<j>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for|in|the)){0,8})"
    r"(?:,[^,\n.]{1,100},)?\s+(?:has\s+|will\s+)?publish(?:ed|es)?\s+(?:online\s+)?(?:the|these|this|its|their)\s+"
    r"(?:new\s+)?(?:findings|study|results|paper|research|work|trial|data|report|analysis)\b",
    re.MULTILINE,
)
_ABOUT_JOURNAL = re.compile(r"^[ \t]*About[ \t]+(?:the[ \t]+)?(?P<j>[^\n:]{2,80}):", re.MULTILINE)
_PUBLISHED_BY = re.compile(
    r"\bpublished\s+(?:online\s+|today\s+)?by\s+(?:the\s+)?"
    + _VENUE_DESCRIPTION
    + r"(?P<j>[A-Z][^.;,]{0,90})"
)
_JOURNAL_LINE = re.compile(
    # "Journal: X", "Journal information: X" (Medical Xpress), EurekAlert's "JOURNAL\nX"
    rf"^[ \t]*(?:Journal|JOURNAL)(?:[ \t]+(?:Link|information))?[ \t]*(?::[ \t]*|\n[ \t]*)"
    rf"(?:Journal:[ \t]*)?(?P<j>{_LOWER_START}?[A-Z][^\n]{{0,120}})$", re.MULTILINE)  # ("Journal information\nJournal: X")
# A reference line: "Smith J, et al. Title of the paper. J Am Coll Cardiol. 2020;75(2):134-145."; or with a date
# and the DOI after the title: "... Crohn's disease. Gastroenterology. 14 May 2025. DOI: 10.1053/..."
_REFERENCE_JOURNAL = (rf"\.\s+(?P<j>{_LOWER_START}?[A-Z][^\W\d_&]*(?:['’]s)?\.?"  # "Alzheimer's & Dementia"
                      rf"(?:\s+(?:[A-Z][^\W\d_&]*\.?|&|of|and|for|in|the|de|di|do|da|der|des|du|la|y|e)){{0,7}})")
# ("... 'Title'. Nature Genetics. DOI: ...": the date may be missing)
_CITATION_DATED = re.compile(
    rf"{_REFERENCE_JOURNAL}\.?\s+(?:(?:(?i:{DATE_PATTERN})|(?:19|20)\d\d|\((?:19|20)\d\d\))\.?\s+)?(?:DOI|doi)\b")
# Medical Xpress's reference line: "More information: Aisha Rahimi et al, Title, with commas, Journal Name (2026). DOI: ..."
_MORE_INFORMATION = re.compile(r"^[ \t]*More information:[^\n]*?,\s+(?P<j>[A-Z][^,\n]{2,100}?)\s+\((?:19|20)\d\d\)",
                               re.MULTILINE)
# a German release's reference: "Originalpublikation: Authors: Title, in: Nature Communications, 2026, DOI: ..."
# (the pattern opens with its literal, which the regex engine scans for fast)
_IN_COLON_CITATION = re.compile(r"in:(?<!\win:)\s+(?P<j>[A-Z][^,\n]{2,100}?),\s+(?:\d+\s*(?:\(\d+\))?,\s+)?(?:19|20)\d\d\b")
# a title in its own language with its English form in brackets: "Kardiologia Polska (Polish Heart Journal)"
_TRANSLATED_TITLE = re.compile(r"(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})\s+\((?P<english>[A-Z][^()]{2,60})\)")
_CITATION = re.compile(
    rf"{_REFERENCE_JOURNAL}(?:[.,]?\s+(?:19|20)\d\d\s*"
    r"(?:[A-Z][a-z]{2}\s*\d{0,2}\s*)?;\s*\w"
    r"|\s+\((?:19|20)\d\d\)\s+\d+(?:\(\d+\))?:\s*\w"  # "Acta Neuropathologica (2026) 152:41" (Springer)
    r"|,\s+\d+\(\d+\),\s+e?\d+)"  # APA: "Smith J. (2026). Title. Journal Name, 5(2), e2171."
)


_ABBREV_DOT = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Dr|Drs|Prof|No|Vol|Inc|Assn|St|[A-Z])\.(?=\s)"
)


# Words around a venue that make it an earlier study's: before it ("A 2012 study", "An earlier study, published last
# year in", "reported previously, including ... in analyses published in", "In 2023, the consortium described ... in")
_EARLIER_BEFORE = re.compile(
    r"(?i:\b(?:last\s+year|(?:an\s+earlier|a\s+previous|a\s+prior|a\s+pilot)\s+(?:study|trial|paper|report)"
    r"|(?:earlier|previous|prior)\s+(?:work|research|studies|findings))\b[^.;]{0,80}$)"
    r"|(?i:\b(?:previously\s+(?:published|reported|shown|described|showed|demonstrated)"
    r"|(?:published|reported|shown|described)\s+previously)\b[^.;]{0,120}$)"
    r"|\b(?:in|from)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b[^.;]{0,40}$"
    # the same in the other languages releases come in: "publicado en 2019 en la revista", "Bereits 2021 hatte die
    # Gruppe in der Fachzeitschrift", "Un trabajo previo", "Eerder onderzoek ... in het tijdschrift"
    r"|\b(?:en|em|im|nel|dans|dal|Bereits|bereits|Schon|schon)\s+(?:(?:19|20)\d\d|(?:het\s+)?jaar\s+(?:19|20)\d\d)\b[^.;]{0,60}$"
    r"|(?i:\b(?:(?:trabajo|estudio|trabalho|estudo|studio|lavoro)s?\s+(?:previos?|anterior(?:es)?|precedenti?)"
    r"|eerder(?:e)?\s+onderzoek|frühere[nr]?\s+(?:Studie|Arbeit|Untersuchung)|(?:étude|travaux)\s+(?:précédente?s?|antérieur\w*))"
    r"\b[^.;]{0,120}$)"
    r"|(?:^|\n|[.!?][\"”’']?\s+)In\s+(?:19|20)\d\d,[^.;]{0,140}$"
    r"|(?i:\b(?:a|an|the|his|her|their|its|our|[\w-]+['’]s)\s+(?:[a-z-]+\s+)?(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,2}"
    r"(?:study|trial|paper|report|review|analysis)\b[^.;]{0,40}$)"  # "a 2021 observational study", "A landmark 2016 trial"
    # a researcher's body of work, in a biography: "Her team's work on interferon signaling has appeared in"
    r"|(?i:\b(?:his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:work|research|papers|publications)\b[^.;]{0,100}"
    r"\b(?:has|have)\s+(?:also\s+)?(?:appeared|been\s+published)\b[^.;]{0,30}$)"
    r"|(?i:\b(?:his|her)\s+findings\s+have\s+(?:also\s+)?appeared\b[^.;]{0,30}$)"  # "her findings have appeared in"
    # one person's earlier papers in a profile: "Her recent work, published in Cell Host & Microbe, described ..."
    r"|(?i:\b(?:his|her)\s+(?:recent|earlier|previous|past)\s+(?:work|research|papers?|stud(?:y|ies)|publications)\b,?\s+"
    r"(?:published|reported|appearing)\s+(?:(?!today|this\s+week)[\w-]+\s+){0,2}$)"
    # "where he co-authored studies on spinal interneurons that appeared in Neuron and Nature Neuroscience"
    r"|(?i:\b(?:co-?)?authored\s+(?:[\w-]+\s+){0,3}(?:papers|studies|articles|publications)\b[^.;]{0,100}$)"
    # a body of work: "She has published extensively, including landmark papers in", "including studies published
    # in", "[he] has published in The Lancet and ..." (the team's new paper: "has published its findings in")
    r"|(?i:\b(?:has|have)\s+published\s+(?:(?:widely|extensively|numerous|many|more\s+than|over)\b[^.;]{0,100})?$)"
    r"|(?i:\bincluding\s+(?:[\w-]+\s+){0,2}(?:papers|studies|articles|publications|reports)\b[^.;]{0,20}$)"
)
# ... and after it, within its clause: "published in the journal Stroke in 2021", "in X earlier this year"
_EARLIER_AFTER = re.compile(r"[^.;,]{0,90}?\b(?:(?:in|en|em|nel|dans)\s+(?:19|20)\d\d|earlier\s+this\s+year|last\s+year)\b", re.IGNORECASE)


# "Meeting abstracts are published in the Association's journal Circulation as an online supplement": where a
# meeting's abstracts go, not the study's venue
_SUPPLEMENT_BEFORE = re.compile(r"\babstracts?\s+(?:are|is|were|will\s+be)\s+(?:\w+\s+)?published\s+(?:online\s+)?"
                                r"(?:in\s+(?:the\s+)?[^.;]{0,40})?$", re.IGNORECASE)


def _dated(body: str, pos: int) -> bool:
    """The words around the venue at ``pos`` say it is an earlier study's (or a meeting's abstract supplement)."""
    before = body[max(0, pos - 200) : pos]
    return bool(_EARLIER_BEFORE.search(before) or _EARLIER_AFTER.match(body[pos : pos + 120])
                or _SUPPLEMENT_BEFORE.search(before))


_BULLET = re.compile(r"^\s*[-•*–]\s")
_EMBARGO = re.compile(r"^\W*embargo", re.IGNORECASE)
# a dateline's place on a line of its own before the date: "Vancouver, B.C. — April 28, 2026", "Ibadan, 29 July 2026"
_LINE_PLACE = r"(?-i:(?![A-Z][a-z]+day\b)[A-Z][\w.'’ ]{1,30}(?:,[ \t]*[A-Z][\w.' ]{1,20})?(?:[ \t]+[—–-]+[ \t]+|,[ \t]*))"
_LINE_DATE = rf"(?:[A-Z][a-z]+day,?[ \t]+)?{DATE_PATTERN}(?:,?[ \t]+{TIME_PATTERN})?[ \t]*$"  # "12 Aug 2026 9:14 am AEST"
_DATE_ONLY_LINE = re.compile(rf"^[ \t]*{_LINE_PLACE}?{_LINE_DATE}", re.IGNORECASE)
_PLACE_DATE_LINE = re.compile(rf"^[ \t]*{_LINE_PLACE}{_LINE_DATE}", re.IGNORECASE)


def _header_date(lines: str, *, day_first: Callable[[], bool], embargo: bool = False,
                 date_only: bool = False) -> date | None:
    """The first date on a header line; a highlight bullet's dates are the story's, not the text's ("- Company to
    host investor call on June 3, 2024"). Embargo lines are read only when ``embargo``; with ``date_only``, only a
    line that is a date and nothing else ("Monday 8 July 2024")."""
    for line in lines.split("\n"):
        if date_only and not _DATE_ONLY_LINE.match(line):
            continue
        if not _BULLET.match(line) and bool(_EMBARGO.match(line)) == embargo:
            d = parse_date(line, day_first=day_first)
            if d:
                return d
    return None


def _closing_date(closing: str, *, day_first: Callable[[], bool]) -> date | None:
    """The date on a line of its own among a page's closing lines, when it is the only such line and no field
    label above it says whose date it is ("Article Publication Date", teasers under "Related news")."""
    lines = closing.split("\n")
    dated = [i for i, line in enumerate(lines) if _DATE_ONLY_LINE.match(line)]
    if len(dated) != 1 or (dated[0] and re.search(r"(?i)\b(?:article|publication|related|more)\b", lines[dated[0] - 1])):
        return None
    return parse_date(lines[dated[0]], day_first=day_first)


# "(Vienna, 14-04-2026) Children with ...": the place and date in parentheses open the release
_PLACE_DATE_PARENS = re.compile(
    rf"^\s*\((?:[A-ZÀ-Þ][^\W\d_]+(?:[ /-][A-ZÀ-Þ][^\W\d_]+){{0,3}},\s*)(?P<date>(?i:{DATE_PATTERN}))\)\s+(?=[A-Z])")


def _past_key_points(body: str) -> str:
    """The body's opening from its first paragraph that is not a highlight bullet ("- Young adults whose bedtimes ..."
    above "DALLAS, March 12, 2025 — ..."), within its first 4,000 characters; empty when all of them are bullets."""
    paragraphs = body[:4000].split("\n\n")
    first = next((i for i, p in enumerate(paragraphs) if not _BULLET.match(p)), len(paragraphs))
    return "\n\n".join(paragraphs[first:])


def find_release_date(body: str, *around: str, day_first: Callable[[], bool] = _month_first) -> date | None:
    """The text's own date: a dateline at the head of the body ("MONDAY, Dec. 17, 2012 (HealthDay News)
    --", "BOSTON, (Dec. 17, 2018) —") or a release line around it ("Released: Dec. 17, 2018")."""
    lead = _past_key_points(body).split("\n\n", 1)[0]  # (the first paragraph after any highlight bullets)
    m = _LEAD_DATE.match(lead[:200])
    if m:
        d = _to_date(m.group("date") or m.group("parenthesised"), day_first=day_first)
        if d:
            return d
    m = _PLACE_DATE_PARENS.match(lead[:200])
    if m:
        d = _to_date(m.group("date"), day_first=day_first)
        if d:
            return d
    for text in around:
        m = _DATE_LINE.search(text or "")
        if m:
            d = _to_date(m.group("date"), day_first=day_first)
            if d:
                return d
    return None


# Where a text comes from a country that writes the day first: its e-mail and web addresses, its health service
# and its currency; a US address (.edu, .gov) keeps the month first.
_DAY_FIRST_PLACE = re.compile(
    r"[\w-]\.(?:uk|ie|au|nz|eu|de|fr|nl|be|dk|se|no|fi|es|it|pt|ch|at|pl|cz|za|sg|hk|in|br|ar|cl|co)\b|\bNHS\b|£|€")
_MONTH_FIRST_PLACE = re.compile(r"[\w-]\.(?:edu|gov)\b(?!\.[a-z]{2}\b)")  # not ".edu.au", ".gov.uk"


def _day_first(*texts: str) -> bool:
    text = "\n".join(texts)
    return bool(_DAY_FIRST_PLACE.search(text)) and not _MONTH_FIRST_PLACE.search(text)


def find_study_date(body: str, article_date: date | None) -> date | None:
    """Date the study was published ("published July 6 in Cell"); the year defaults to the article's."""
    m = _STUDY_DATE.search(body)
    if not m:
        return None
    year = int(m.group("year")) if m.group("year") else (article_date.year if article_date else None)
    if year is None:
        return None
    try:
        return date(year, ENGLISH_MONTHS[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None


def find_publisher(*texts: str) -> _Publisher | None:
    return _find_publisher(*texts)[0]


def _find_publisher(*texts: str) -> tuple[_Publisher | None, bool]:
    """The publisher the texts name, and whether only an e-mail address's domain named it."""
    joined = "\n".join(texts)
    lowered = joined.lower()
    for pub in _publishers():
        if pub.required and not any(w in lowered for w in pub.required):
            continue
        if pub.pattern.search(joined):
            return pub, False
    emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", joined) if "@" in joined else []
    for domain in emails:
        for pub in _publishers():
            if any(domain == d or domain.endswith("." + d) for d in pub.domains):
                return pub, True
    return None, False


# --- the issuer of a press release that no publisher row names ------------------------------------
# A release names its issuer in a few fixed places: right after its dateline ("ANN ARBOR, Mich. (Dec. 17,
# 2018) — University of Michigan researchers ...", "BOSTON —Harvard Medical School ..."), in an "About X"
# boiler-plate paragraph, a "Source: X" / "Released by X" / "X News Release" line, or a media-contact line.
_LEAD_DASH = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'’ ]{0,40}(?:,\s*[A-Z][A-Za-z.]{1,15}){0,2},?\s*(?:(?:--|—|–)\s*)?)?"
    rf"(?:[(\[]?{DATE_PATTERN}[)\]]?\s*)?(?:\([^()]{{1,40}}\)\s*|/[^/\n]{{1,40}}/\s*)?(?:--|—|–)\s*"
    rf"(?:{DATE_PATTERN}\s*(?:--|—|–)\s*)?",  # "COPENHAGEN, Denmark--(BUSINESS WIRE)--Jan. 18, 2022--"
    re.IGNORECASE,
)
# "press release" in the languages releases come in
_RELEASE_WORDS = (r"Pressemitteilung|Pressemeldung|Presseaussendung|Presseinformation|Medienmitteilung|Persbericht|Communiqu[ée]s?\s+de\s+presse|Comunicados?\s+de\s+prensa|"
                  r"Nota\s+de\s+prensa|Comunicato\s+stampa|Pressemeddelelse|Pressmeddelande|Pressemelding|"
                  r"Comunicado\s+(?:à|de)\s+imprensa|Tiedote|Bolet[íi]n")
_ISSUER_LINE = re.compile(
    rf"^\s*(?:about|(?:sobre|acerca\s+de)(?:\s+(?:o|a|el|la))?|à\s+propos\s+(?:de\s+l['’]|de\s+la|du|de)|über|released\s+by|issued\s+by|contributed\s+by|(?:(?:news|press|media)\s+release|{_RELEASE_WORDS})\s*(?:from|[–—|:-])|source\s+newsroom|"
    r"story\s+source|materials?\s+provided\s+by|(?:news\s+)?provided\s+by|from(?=\s*:))[ \t]*:?[ \t]*(?:the\s+)?(?P<rest>.+)$"
    # "Medizinische Universität Wien – Presseaussendung"
    rf"|^[ \t]*(?:the\s+)?(?P<rest2>.+?)[ \t]+(?:[–—|:-][ \t]+)?(?:(?:news|press|media)\s+release|{_RELEASE_WORDS})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_ONLY = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|at|in|&))*")
_SOURCE_STATED = re.compile(r"^[ \t]*(?:source\s+newsroom|released\s+by|issued\s+(?:by|on\s+behalf\s+of)|"
                            r"(?:news\s+|materials?\s+)?provided\s+by)"
                            r"[ \t]*:?[ \t]*(?:the[ \t]+)?(?P<rest>.+)$", re.IGNORECASE | re.MULTILINE)
# the release's own sentence: "This press release was issued by the European Association for the Study of Obesity."
_RELEASE_ISSUED_BY = re.compile(
    r"\b(?:This|The)\s+(?:(?:press|news|media)\s+)?release\s+(?:was|is|has\s+been)\s+(?:issued|distributed|sent\s+out)\s+"
    r"(?:on\s+behalf\s+of|by)\s+(?:the\s+)?(?P<rest>[A-Z][^\n]{1,150})")
_ORIGINALLY_PUBLISHED = re.compile(
    r"\boriginally\s+published\s+by\s+(?:the\s+)?(?P<rest>[A-Z][^\n.;,]{1,60}?)(?=\s+(?:under|on|in|and|at)\b|[.;,]|$)",
    re.MULTILINE)
# PR Newswire closes a release with "SOURCE Acme Therapeutics, Inc." (no colon: news stories list their
# facts' sources as "SOURCE: Institute of Medicine")
_WIRE_SOURCE = re.compile(r"^\s*SOURCE[ \t]+(?P<name>[A-Z][^\n:]{1,80}?)[ \t]*$", re.MULTILINE)
# "Acme Therapeutics, Inc. (NASDAQ: ACME), a clinical-stage company, today announced": a company opens its release
_COMPANY_OPENING = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4},?\s+"
    r"(?:Inc|Ltd|Corp|LLC|plc|GmbH|AG|N\.V|S\.A|S\.L|A/S|AB|ASA|SE|S\.p\.A|B\.V|Oy|K\.K|Pty)\b\.?)"
    # ("BioArctic AB (publ) (Nasdaq Stockholm: BIOA B)", "Symbiome Health Inc. (CSE:SYMB)(OTCQB:SYMBF) ("Symbiome")")
    r"(?:\s*\([^()]{1,40}\)){0,3}(?:,\s*(?:an?|the)\s[^,]{1,200},)?\s+"
    r"(?:today\s+)?(?:announced|announces|reported|reports|is\s+(?:pleased|proud|excited)\s+to\s+announce)\b"
    # (or without a legal suffix, when it describes itself as a company: "Kestrel Immunotherapeutics, a clinical-stage
    # biotechnology company developing ..., today announced")
    r"|^(?P<described>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+(?:an?|the)\s[^,]{0,80}\bcompany\b[^,]{0,150},\s+"
    r"(?:today\s+)?(?:announced|announces|reported|reports)\b"
)
# A journal's press office closes with the journal's about-line: "Cell Reports (@CellReports), published by
# Cell Press, is a weekly open-access journal ..."
_JOURNAL_ABOUT = re.compile(r"^[^\n,]{2,80},\s+published\s+by\s+(?:the\s+)?(?P<rest>[^\n,]{2,80}),\s+is\b",
                            re.MULTILINE)
# A contact block: its heading and the few lines under it, where the press office's institution shows
# ("Contact:\nDr. K. Lehmann\nPress Office, Max Planck Institute of Biochemistry", "Media enquiries: ...").
_CONTACT_BLOCK = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?"  # (a numbered note to editors: "2. For more information, please contact ...")
    r"(?:for\s+(?:further|more)\s+information(?:,?[ \t]*(?:please[ \t]+)?contact)?"
    r"|(?:for[ \t]+)?(?:(?:media|press|news)[ \t]+)?(?:contacts?|enquiries|inquiries|queries)(?:[ \t]+contact)?"
    r"|(?:presse)?kontakt(?:[ \t]*/[ \t]*contact)?|rückfragen(?:[ \t]+bitte[ \t]+an)?"  # German: "Pressekontakt:"
    r"|media(?=[ \t]*:)"  # "Media: UQ Communications, communications@uq.edu.au"
    r"|[^\n:]{0,30}\b(?:press|media)[ \t]+(?:office|relations)(?:[ \t]+team)?(?=[ \t]*,))[ \t]*(?::|,|$|(?<=contact))"
    r"(?P<rest>[^\n]*(?:\n[^\n]*){0,4})",  # ^ "Ufficio Stampa / Press Office", "The Lancet press office, T) ..."
    re.IGNORECASE | re.MULTILINE,
)
# A release's closing boiler-plate paragraph, with or without its "About X" heading: "Weizmann Institute of
# Science in Rehovot, Israel, is one of ...", "Lakeshore Regional Health System is a not-for-profit ...".
_ABOUT_PARAGRAPH = re.compile(
    r"^(?:(?:Established|Founded|Created|Headquartered|Based)\s+in\s+[\w ,]{2,30},\s+)?(?:[Tt]he\s+)?"
    r"(?!(?:Professor|Prof|Dr|Mr|Mrs|Ms|Dame|Sir)\b)"  # a person: "Professor Ní Bhriain is a Fellow of ..."
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|&|de|del|der|di|la|für|y)){0,8})"
    r"(?:\s*\([^()]{1,60}\))?(?:,?\s+(?:in|based\s+in)\s+[A-Z][\w.-]*(?:,?\s+[A-Z][\w.-]*){0,3})?,?"
    r"\s+(?:is|was)\s+(?:a|an|the|one\s+of|among|part\s+of)\s"
)
# An office's name in Spanish and Portuguese ("Prensa", "Assessoria de Imprensa", "Dirección General de Comunicación
# Social") and in the other languages releases come in ("Pressestelle", "Ufficio Stampa", "Afdeling Communicatie"):
# one vocabulary for the office named after its owner, before it, or alone on a line
_OFFICE_IBERIAN = (
    r"(?:(?:Coordenadoria|Coordinaci[óo]n|Superintend[êe]ncia|Assessoria|Gabinete|Oficina|Departamento|Direcci[óo]n(?:\s+General)?|"
    r"Diretoria|Unidad|[ÁA]rea)\s+de\s+)?(?:Comunica[çc](?:[ãa]o|[õo]es)|Comunicaci[óo]n(?:es)?|Imprensa|Prensa|"
    r"Cultura\s+Cient[íi]fica(?:\s+y\s+de\s+la\s+Innovaci[óo]n)?)"  # "Unidad de Cultura Científica — Universidad de Granada"
    r"(?:\s+(?:Social|Institucional))?"
)
_OFFICE_OTHER_LANGUAGES = (
    r"Pressestelle|(?:Hochschul|Unternehmens)?[Kk]ommunikation(?:\s+und\s+(?:Marketing|Medien))?|"
    r"Presse-?\s*und\s+Öffentlichkeitsarbeit|Ufficio\s+[Ss]tampa|Service\s+de\s+presse|(?:Afdeling\s+)?Communicatie|"
    r"Persvoorlichting"
)
# Words that name the office issuing a release rather than its institution: "UCT Communication and Marketing
# Department", "the Brightwater Children's Cancer Charity press office"
_OFFICE_WORDS = re.compile(
    # (a bare "X Communications" is an agency: "Lowe & Partners Communications")
    r"\s+(Corporate\s+Communications?|(?:(?:International|Public)\s+)*Communications?(?:\s+and\s+Marketing)?\s+"
    r"(?:Department|Office|Team)|Communications?\s+(?:&|and)\s+(?:Media|Public)\s+Relations|"  # "AHA Communications & ..."
    r"[Pp]ress\s+[Oo]ffice|[Mm]edia\s+(?:[Rr]elations|[Oo]ffice|[Tt]eam)|[Nn]ews\s+(?:[Oo]ffice|[Cc]ent(?:er|re))|"
    r"(?:Press\s+(?:and|&)\s+)?Public\s+Relations(?:\s+(?:Office|Team|Department))?|"  # "DFG Press and Public Relations"
    # in other languages: "CSIC Comunicación", "Fiocruz – Coordenadoria de Comunicação Social", "Ufficio stampa"
    rf"{_OFFICE_IBERIAN}|{_OFFICE_OTHER_LANGUAGES})\b.*$"
)

# After a dateline, the institution opening the release's first sentence issues it when the sentence is
# about its people or its announcement ("— University of Michigan researchers have ...", "— Acme Inc. today
# announced"), not when it reports on another body ("Sept. 17, 2010 -- The FDA has approved ...").
_ISSUER_FOLLOW = re.compile(
    r"^(?:['’]s\b|\s*,?\s*(?:\w+\s+){0,2}(?:researchers?|scientists?|investigators?|physicians?|doctors?|surgeons?|"
    r"experts?|team|faculty|engineers?|professors?|clinicians?|today|announced|announces|has\s+(?:been\s+)?(?:awarded|received|"
    r"launched|named|opened|announced)|is\s+(?:launching|leading|the\s+first))\b)",
    re.IGNORECASE,
)


def _issuer_opening(text: str) -> str | None:
    """The institution opening ``text`` when what follows makes it the release's issuer."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    company = _COMPANY_OPENING.match(text)
    if company:
        return (company.group("name") or company.group("described")).rstrip(".")
    for m in find_institutions(text[:160], load_institutions()):
        if m.start == 0 and _ISSUER_FOLLOW.match(text[m.end :]):
            return m.text
        break
    return None


# The opening sentence of a release names the study's home: "Researchers at Baylor College of Medicine have
# ...", "A new study from the University of Eastern Finland shows ...", "research led by the University of
# Cambridge".
# study-home cues in the languages releases come in: "Pesquisadores da", "Científicos del", "chercheurs de l'",
# "Forschende der", "ricercatori dell'"
_FOREIGN_HOME_CUE = (r"(?:pesquisador(?:es|as)?|cientistas?|investigador(?:es|as)?|cient[íi]fic[oa]s|chercheu(?:rs?|ses?)|"
                     r"scientifiques|Forscher(?:innen)?|Forschende|Wissenschaftler(?:innen)?|ricercator[ie]|scienziati|"
                     r"equipe|equipo|[ée]quipe|Team|estudo|estudio|[ée]tude|Studie|studio)")
_FOREIGN_HOME_LINK = r"(?:da|do|das|dos|de\s+la|del|de\s+l['’]|du|de|der|des|am|vom|dell['’]|della)"
# the people of a study's home: "researchers", "team", and any discipline's ("chemists", "epidemiologists",
# "neuroscientists", "clinicians", "bioengineers")
_RESEARCH_PEOPLE = (r"(?:researchers?|scientists?|investigators?|team|doctors|physicians|experts|engineers|faculty|"
                    r"[a-z]*(?:scientists|ologists|chemists|physicists|geneticists|icians|engineers|surgeons))")
_HOME_BEFORE = re.compile(
    rf"(?:\b{_RESEARCH_PEOPLE}"
    r"(?:\s+(?!at\b|from\b)[\w-]+){0,3}?\s+(?:at|from)"
    r"|\b(?:study|research|report|paper|trial|work|findings)(?:\s+[\w-]+){0,2}?\s+(?:from|by|at)"
    r"(?:\s+(?:researchers?|scientists?|a\s+team)\s+(?:at|from))?"
    r"|\bled\s+by(?:\s+(?:researchers?|scientists?|a\s+team)\s+(?:at|from))?)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+['’]s\s+)?$"  # "researchers at Peru's": a country's possessive (the institution finder drops it)
    rf"|\b{_FOREIGN_HOME_CUE}(?:\s+(?:(?:und|e|y|et)\s+)?[\w-]+){{0,2}}?\s+{_FOREIGN_HOME_LINK}\s*$",
    re.IGNORECASE,
)


# collaborators, not the home: "led by researchers at the Institute in collaboration with clinicians at St Vincent's"
_COLLABORATORS_BEFORE = re.compile(rf"\bwith\s+(?:[\w-]+\s+){{0,2}}?{_RESEARCH_PEOPLE}\s+(?:at|from)\s+(?:the\s+)?$",
                                   re.IGNORECASE)
_HOME_PEOPLE_AFTER = re.compile(r"\s+(?:researchers|scientists|investigators)\b")
_NEXT_SENTENCE_START = re.compile(r"\s+[A-Z\"“]")
_RETOLD_RELEASE = re.compile(r"\b(?:according to|said in|says in|stated in)\s+an?\s+(?:news|press)\s+release\b",
                             re.IGNORECASE)


def _home_in_opening(text: str, body: str, sentences: int = 1) -> str | None:
    """The institution the opening ``sentences`` present as the study's home ("researchers at X", "a
    Monash University-led study"), unless the text retells that home's release ("..., according to a news
    release": a story, not the release)."""
    # (a quick test first: every match holds "release", and ignoring case the letters of "relea" match only
    # what lower-cases to them, which "s" and "i" do not)
    if "relea" in body.lower() and _RETOLD_RELEASE.search(body):
        return None
    head = _head(text.strip(), 300 * sentences)
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if _NEXT_SENTENCE_START.match(head, m.end())]
    opening = head[: ends[sentences - 1]] if len(ends) >= sentences else head
    for m in find_institutions(opening, load_institutions()):
        before = _UNIT_BEFORE.sub("", opening[max(0, m.start - 120) : m.start])  # "at the Faculty of Medicine of the"
        # a sentence's first word glued to the name by a link word: "Científicos del Instituto de Biotecnología"
        cue = _HOME_CUE_START.match(m.text) if m.start == 0 or not before.strip() else None
        if cue and cue.end() < len(m.text):
            return _romance_unit_parent(m.text[cue.end() :], opening[m.end :]) or _GERMAN_INFLECTED.sub(
                r"\1e", m.text[cue.end() :])
        home_cue = _HOME_BEFORE.search(before[-80:])
        if home_cue and _ROMANCE_UNIT.match(m.text):
            return _romance_unit_parent(m.text, opening[m.end :]) or m.text
        if _COLLABORATORS_BEFORE.search(before[-80:]):
            continue
        if (home_cue or opening.startswith("-led ", m.end)
                or _HOME_PEOPLE_AFTER.match(opening, m.end)):  # "University of Queensland researchers from ..."
            # a unit named before its institution: "the Graduate School of Medicine, The University of Tokyo"
            # (also an institute no registry knows, named before its institution: "the Institute of Biomedical
            # Sciences, Academia Sinica")
            parent = _institution_after_unit(opening, m.end) if _UNIT_NAME.search(m.text) or not m.known else None
            if not parent and _generic_unit(m.text):
                continue  # "the university's College of Medicine": no institution's name
            # "Forschende der Medizinischen Universität Wien": the name as it stands alone
            return parent or _GERMAN_INFLECTED.sub(r"\1e", m.text)
    return None


def _partner_of_home(opening: str, home: str) -> str | None:
    """The institution the opening names jointly with the study's home ("at UW Medicine and the Fred Hutch ...")."""
    found = find_institutions(_head(opening, 400), load_institutions())
    for m, nxt in itertools.pairwise(found):
        if m.text == home and re.fullmatch(r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:and|&)\s+(?:the\s+)?", opening[m.end : nxt.start]):
            return nxt.text
    return None


def _generic_unit(name: str) -> bool:
    """A unit's name of common words only ("College of Medicine", "School of Public Health"), which every
    university has."""
    english = read_word_list(lexicon_path("english_words.txt"))
    return bool(_UNIT_NAME.search(name)) and all(w.lower() in english for w in re.findall(r"[^\W\d_]+", name))


# a German adjective declined after "der"/"an der" before a feminine head: "Medizinischen Universität" -> "Medizinische
# Universität", "Technischen Hochschule", "Freien Universität"
_GERMAN_INFLECTED = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+)en(?=\s+(?:Universität|Hochschule|Klinik|Fakultät)\b)")


# "Científicos del " at the start of a name the institution finder read across the link word
_HOME_CUE_START = re.compile(rf"{_FOREIGN_HOME_CUE}\s+{_FOREIGN_HOME_LINK}\s+(?=[A-Z])", re.IGNORECASE)
# a unit in the languages releases come in, named before the institution it belongs to
_ROMANCE_UNIT = re.compile(r"(?:Laborat[óo]rio|Laboratoire|Departamento|D[ée]partement|Instituto|Institut|Faculdade|"
                           r"Facultad|Facult[ée]|Escola|Escuela|Centro|N[úu]cleo|Servicio|Servi[çc]o|Unidad|Unidade)\s")
_ROMANCE_LINK = r"(?:da|do|de\s+la|del|du|de\s+l['’]|della|dell['’])"


def _romance_unit_parent(name: str, following: str) -> str | None:
    """The institution a unit named in another language belongs to: inside its name ("Laboratório de Flavivírus do
    Instituto Oswaldo Cruz") or right after it ("Instituto de Biotecnología (IBt) de la Universidad Nacional ...")."""
    if not _ROMANCE_UNIT.match(name):
        return None
    for link in re.finditer(rf"\s{_ROMANCE_LINK}\s+", name):
        parent = _institution_at_start(name[link.end() :])
        if parent:
            return parent
    after = re.match(rf"\s*(?:\([^()]{{1,20}}\))?,?\s+{_ROMANCE_LINK}\s+", following)
    if not after:
        return None
    # ("... (IIBm) de la UNAM": an acronym there is the parent, known or not)
    acronym = re.match(r"[A-Z]{3,7}\b(?![-'’])", following[after.end() :])
    return _institution_at_start(following[after.end() :]) or (acronym.group(0) if acronym else None)


_UNIT_WORDS = r"(?:Faculty|School|Department|Division|College)"
_UNIT_BEFORE = re.compile(rf"{_UNIT_WORDS}\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?)*[A-Z][\w-]*(?:\s+(?:of|at)|,)\s+(?:the\s+)?$")
_UNIT_COMMA = re.compile(r"\s*(?:\([^()]{1,20}\))?,\s+")


def _institution_at_start(text: str) -> str | None:
    """The institution named at the very start of ``text`` (registry name or "University of X"-like)."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    for m in find_institutions(text[:160], load_institutions()):
        if m.start == 0:
            return m.text
        break
    return None


def _institution_after_unit(text: str, end: int) -> str | None:
    """The institution named after a comma behind the unit that ends at ``end`` ("the Graduate School of Medicine, The
    University of Tokyo"), past further units."""
    comma = _UNIT_COMMA.match(text, end)
    return _institution_over_units(text[comma.end() :]) if comma else None


def _institution_over_units(text: str) -> str | None:
    """The institution at the start of ``text``, past the units named before it with commas ("LKS Faculty of
    Medicine, The University of Hong Kong (HKUMed)" -> "University of Hong Kong"); else the first name found."""
    first = None
    for _ in range(3):
        name = _institution_at_start(text)
        first = first or name
        unit = re.match(r"[^,\n]{2,80}?,\s+", text)
        if not (unit and re.search(rf"\b{_UNIT_WORDS}\b", unit.group(0)) and (name is None or _UNIT_NAME.search(name))):
            return name or first
        text = text[unit.end() :]
    return first


# An office's name and nothing else, on a line of a contact block
_OFFICE_ALONE = re.compile(
    r"(?:(?:Corporate\s+|Public\s+)?Communications?(?:\s+(?:and|&)\s+(?:Marketing|Media\s+Relations))?|"
    r"Media\s+Relations|Public\s+(?:Relations|Affairs))(?:\s+(?:Office|Team|Department|Unit))?|"
    r"(?:Press|Media|News)\s+(?:Office|Team|Unit)|"
    rf"{_OFFICE_IBERIAN}|{_OFFICE_OTHER_LANGUAGES}",
    re.IGNORECASE,
)
# An office named before its owner, as Spanish and Portuguese releases sign: "Prensa CONICET", "Assessoria de Imprensa
# UFMG", "Dirección General de Comunicación Social, UNAM", "Por Cecilia Ferraro — Prensa CONICET"
_OFFICE_FIRST = re.compile(
    # "Afdeling Communicatie LUMC", "Persvoorlichting Amsterdam UMC", "Ufficio Stampa – Università di Padova",
    # "Pressestelle der Charité"
    rf"(?:^|[—–]\s+)(?:{_OFFICE_IBERIAN}|{_OFFICE_OTHER_LANGUAGES}"
    # and in English, with a comma or "of": "Communications Department, Hospital Clínic de Barcelona", "University
    # Relations Office, Kwame Nkrumah University ...", "Press Office of Nicolaus Copernicus University in Toruń"
    r"|(?:(?:Corporate|Public|University|Media|Press|News)\s+)?(?:Communications?|Media|Press|News|Relations|Affairs)\s+"
    r"(?:Department|Division|Office|Team|Relations)(?=\s*,|\s+of\s+(?:the\s+)?[A-Z]))"
    r"(?:\s*[,–—-]\s*|\s+(?:da|do|de\s+la|del|de|der|des|van\s+het|van|of(?:\s+the)?)\s+|\s+)(?:la\s+)?"
    r"(?!Social\b|Institucional\b)"
    # (then the owner's acronym, its place and an e-mail glued to the line may follow)
    r"(?P<owner>[A-Z][^\n,;@]{1,80}?)(?:\s*\([^()\n]{1,20}\))?(?:\s*,[^\n@]*?)?(?:\s+(?:[–—-]\s+)?[\w.+-]+@[\w.-]+)?$"
)


def _office_owner(text: str) -> str | None:
    """The institution an issuing office belongs to, as written: "UCT Communication and Marketing Department"
    -> "UCT" (only when the text names an office)."""
    head = re.sub(r"^(?:the|The)\s+", "", text.strip())
    first = _OFFICE_FIRST.search(head)
    if first:  # "Prensa CONICET", "Dirección de Comunicaciones, Universidad de los Andes"
        return first.group("owner").strip(" .")
    office = _OFFICE_WORDS.search(head)
    if not office:
        # "Doherty Institute Communications, media@...": an organisation's own communications unit (a bare "X
        # Communications" whose X is no organisation is an agency: "Lowe & Partners Communications")
        unit = re.match(r"(?P<n>.+?)\s+Communications?(?=\s*(?:$|[,;–—]))", head)
        if (unit and re.search(rf"\b(?:{_ORG_HEAD})$", unit["n"]) and _organisation_at_start(unit["n"]) == unit["n"]
                and not re.match(r"(?:Office|Department|Division|Unit)\b", unit["n"])):  # "Office of University ..."
            return unit["n"]
        return None
    name = re.sub(r"(?:\s*\([^()]{1,20}\))?\s+[–—-]$", "", head[: office.start()].strip())  # "X (Fiocruz) – Office"
    # "Hanna Virtanen, Communications Officer": a person and a job, not an office ("Universitätsklinikum Heidelberg,
    # Unternehmenskommunikation" is one)
    if ((name.endswith(",") and not _organisation_at_start(name[:-1]))
            or re.match(r"\s*(?:Officer|Manager|Director|Lead|Specialist|Coordinator|Advis[eo]r)\b", head[office.end(1):])):
        return None
    name = re.sub(r"\s*\([A-Z][A-Za-z]{1,9}\)$", "", name.strip(" ,"))  # "Instituto ... (INCMNSZ), Coordinación de ..."
    if name.split() and (name.split()[-1].lower() in ("media", "&") or re.fullmatch(_NAME_LINK, name.split()[-1])):
        return None  # "Monash Media and ...", "Dirección General de Comunicación Social"
    return name if re.fullmatch(rf"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|{_NAME_LINK})){{0,8}}", name) else None


def _office_line_owner(line: str) -> str | None:
    """The owner of the office a short line names: "CSIC Comunicación", "Fundação Oswaldo Cruz (Fiocruz) –
    Coordenadoria de Comunicação Social" (not prose that mentions a press office)."""
    words = [w for w in line.split() if "@" not in w]  # (an e-mail address glued to the line is no word of it)
    name = _office_owner(line) if len(words) <= 12 and not _SENTENCE_END.search(line) else None
    # (an organisation, an acronym or a name with one: "NHS England Media Team"; not "Strategische" from
    # "Strategische Kommunikation")
    if name and (_organisation_at_start(name) or re.fullmatch(r"(?=(?:\w*[A-Z]){2})[A-Z][A-Za-z]{1,7}", name)
                 or re.fullmatch(r"(?=.*\b[A-Z]{2,7}\b)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){1,3}", name)):
        return name
    return None


def _contact_owner(block: re.Match) -> str | None:
    """The institution a contact block names ("Press Office, Max Planck Institute of ..."), else the owner of
    the office one of its lines names ("BMJ Media Relations Team")."""
    agency = _AGENCY_CLIENT.search(block.group(0))
    if agency:
        return agency.group("name")
    lines = [re.sub(r"^[^:]*:\s*", "", line) for line in block.group(0).split("\n")]
    known, office = _institution_in(block.group("rest")), _office_owner(block.group("rest"))
    if known and office and known.startswith(office + " "):
        known = office  # the name read the office's words: "Doherty Institute Communications" is the institute's unit
    first = block.group("rest").split("\n", 1)[0].strip()
    first_office = _office_owner(first) if known and known not in first else None
    if first_office and not _same_organisation(first_office, known):
        return first_office  # the office on the contact's own line, not a name on a later one ("Programme contact: ...")
    if known and _UNIT_NAME.search(known):  # "Graduate School of Medicine, The University of Tokyo": the university
        at = block.group("rest").find(known)
        known = (_institution_after_unit(block.group("rest"), at + len(known)) if at >= 0 else None) or known
    return (known or office
            or next((o for line in lines if (o := _office_owner(line))), None)
            or next((o for line in lines[1:] if (o := _organisation_at_start(line))), None)
            # a journal's press officer: "Lydia Crane, eLife"
            or next((o for line in lines[1:] if "," in line and (o := _journal_issuer(line.rsplit(",", 1)[1]))), None))


# Head words Nordic names write in lower case after the place: "Helsingin yliopisto", "Uppsala universitet", "Lunds
# universitet", "Sahlgrenska sjukhus"
_LOWER_HEAD = r"(?:[Yy]liopisto|[Uu]niversitet|[Hh]ögskola|[Ss]ygehus|[Ss]ykehus|[Ss]jukhus)"
# Head words of organisations that issue releases but are no affiliation the institution finder knows:
# "Harwell-Ames Foundation for Parkinson's Research", "Nordic Society for ...", "Thornfield Genomics Ltd"
_ORG_HEAD = (
    r"Foundation|Society|Association|Trust|Council|Agency|Alliance|Federation|Fund|Charity|Network|Academy|"
    r"Organi[sz]ation|Consortium|Institute|Institut|Instituto|Istituto|University|Universit\w+|Universidade?|"
    r"Hospitals?|"
    r"Cent(?:er|re)|Clinic|College|Laborator(?:y|ies)|Therapeutics|Pharmaceuticals?|Bio(?:sciences|logics|tech)|"
    r"Genomics|Diagnostics|Medical|Health|Inc|Ltd|plc|GmbH|AG|LLC|Corp(?:oration)?|Company|"
    # the same in the languages releases come in: "Consejo Superior de Investigaciones Científicas"
    r"Consejo|Consiglio|Conselho|Fundaci[óo]n?|Funda[çc][ãa]o|Fondation|Fondazione|Stiftung|Gesellschaft|"
    r"Sociedade?|Societ[àa]|Soci[ée]t[ée]|Asociaci[óo]n|Associa[çc][ãa]o|Centro|Ospedale|Klinikum|"
    rf"{_LOWER_HEAD}"
)
_NAME_WORD = r"[A-Z][\w'’&.-]*"
_NAME_LINK = r"(?:of|for|and|und|&|the|de|del|della|degli|delle|di|du|des|der|für|em|do|da|dos|das|y)"
_ORG_NAME = re.compile(
    # bounded on both sides: a long capitalised run without a head word must not cost quadratic time
    rf"(?:{_NAME_WORD}\s+(?:{_NAME_LINK}\s+){{0,2}}){{0,8}}?(?:[A-Z][\w'’&.]*-)*(?:{_ORG_HEAD})\b\.?"  # "Max-Planck-Institut"
    rf"(?:\s+(?:{_NAME_LINK}\s+){{0,2}}{_NAME_WORD}){{0,8}}"
)

# "Halden Communications (media relations for Thornfield Genomics)": an agency speaking for its client
_AGENCY_CLIENT = re.compile(rf"\b(?:(?:media|press|public)\s+relations\s+for|on\s+behalf\s+of)\s+(?:the\s+)?"
                            rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_LINK}\s+)*{_NAME_WORD}){{0,8}})")
# "Source: University of Edinburgh" closes a release; a news story lists its facts' sources so
# ("SOURCE: Institute of Medicine"), so a closing line counts only in a text with a release's marks or contact block,
# on a page a repost platform heads, or when it credits an office (``_issuer_from_source_line``).
_SOURCE_LINE = re.compile(r"(?:^|\|)[ \t]*(?:source|fuente|fonte)[ \t]*:[ \t]*(?P<rest>[^\n]+)$", re.IGNORECASE | re.MULTILINE)


def _organisation_at_start(text: str) -> str | None:
    """An organisation named at the start of ``text``: a known institution, a capitalised name with an
    organisation's head word ("Harwell-Ames Foundation for Parkinson's Research"), or an acronym the text
    spells out ("About AITI" -> "Alpine Institute for Translational Immunology")."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    known = _institution_at_start(text)
    if known:
        return known
    m = re.match(rf"{_NAME_WORD}(?:\s+(?:{_NAME_LINK}\s+)*{_NAME_WORD})*(?:\s+{_LOWER_HEAD}\b)?", text)
    name = m.group(0).rstrip(".,") if m else ""
    # (not a bare head word: a menu's "About the Institute" names no institution)
    if _ORG_NAME.fullmatch(name) and not re.fullmatch(_ORG_HEAD, name):
        return name
    return None


def _spelled_out(acronym: str, text: str) -> str | None:
    """The name a text gives an acronym: "Nordic Society for Chronobiology and Sleep Medicine (NSCSM)"."""
    # an acronym ending in a small letter ends its name with a lower-case word: "Drugs for Neglected Diseases
    # initiative (DNDi)"
    tail = r"[a-z]+\s+" if acronym[-1].islower() else ""
    m = re.search(rf"((?:{_NAME_WORD}\s+(?:{_NAME_LINK}\s+)*){{1,10}}?){tail}\(\s*{re.escape(acronym)}\s*\)", text)
    if not m or (tail and m.group(0)[len(m.group(1))] != acronym[-1]):
        return None
    if tail:
        name = _spelled_out(acronym[:-1], f"{m.group(1)}({acronym[:-1]})")
        return f"{name} {m.group(0)[len(m.group(1)):].split('(')[0].strip()}" if name else None
    words = m.group(1).split()
    initials = "".join(w[0] for w in words if w[0].isupper())
    # the name's initials end with the acronym's letters (a leading "The" or a city word may come first)
    while words and len(initials) > len(acronym) and initials[-len(acronym):].lower() == acronym.lower():
        words, initials = words[1:], initials[1:] if words[0][0].isupper() else initials
    while words and words[0][0].islower():  # "Investigadores del Centro Nacional ... (CNIC)": no "del"
        words = words[1:]
    return " ".join(words) if initials.lower() == acronym.lower() else None


def _acronym_name(acronym: str, body: str) -> str | None:
    """The name ``body`` spells out for ``acronym``, or an institution it names with the acronym as its first word
    ("ETH News" over "researchers at ETH Zurich"), else the acronym itself when ``body`` uses it; None when it
    does not."""
    if not re.search(rf"\b{re.escape(acronym)}\b", body):
        return None
    spelled = _spelled_out(acronym, body)
    if spelled:
        return spelled
    # (the whole body is searched for institutions only when the acronym is not spelled out)
    named = (m.text for m in find_institutions(body, load_institutions()) if m.text.startswith(acronym + " "))
    return next(named, acronym)


# an e-mail address or a closing "visit bhf.org.uk": the domain names its owner
_DOMAIN = re.compile(r"(?:@|\b(?:www\.|(?:visit|at)\s+))(?P<label>[a-z0-9-]+)\.(?P<suffix>(?:[a-z]{2,6}\.)?[a-z]{2,6})\b", re.IGNORECASE)
_WEBMAIL = frozenset(["gmail", "outlook", "yahoo", "hotmail", "prnewswire", "businesswire", "globenewswire", "cision",
                      "accesswire"])


def _platform_label(label: str) -> bool:
    """A web-mail or wire service, or an outlet or platform of publishers.tsv: no release's issuer."""
    return label in _WEBMAIL or any(d.split(".")[0] == label for p in _publishers() for d in p.domains)


def _domain_owner(closing: str, body: str) -> str | None:
    """The organisation whose name (or acronym) the closing's e-mail or web domain spells:
    "communications@northmoor.nhs.uk" -> "Northmoor Teaching Hospitals NHS Foundation Trust", "aiti.ch" ->
    "Alpine Institute for Translational Immunology"."""
    domains = [(m.group("label").lower(), m.group("suffix").lower()) for m in _DOMAIN.finditer(closing)]
    domains = [(lb, suffix) for lb, suffix in domains if not _platform_label(lb)]
    labels = [lb for lb, _ in domains]
    if not labels:
        return None
    # (the closing too: "pressinfo@ki.se" over the footer line "Karolinska Institutet – a medical university")
    names = {m.group(0).rstrip(".,") for t in (body[:20000], *closing.split("\n")) for m in _ORG_NAME.finditer(t)} | {
        m.text for m in find_institutions(body[:4000] + "\n" + closing, load_institutions())}
    # each name with the ways a domain spells it: its letters, its initials with or without its small words
    # ("vifph": Vestfold Institute for Public Health)
    spelled = []
    for name in names:
        n = re.sub(r"^(?:The|the)\s+", "", re.split(r"[.,]?\s*\n", name)[0])  # (a name ends at its line's end)
        letters = re.sub(r"[^a-z0-9]", "", n.lower())
        initials = _initial_forms(n)
        # and its distinctive words alone: "leeds.ac.uk" for "University of Leeds" (not "Leeds University Press Office")
        core = "".join(_core_words(n))
        spelled.append((n, letters, (*initials, core)))
    for label, suffix in domains:
        key = label.replace("-", "")
        whole = [n for n, letters, initials in spelled if key == letters or key in initials]
        # "northmoor.nhs.uk" -> "Northmoor Teaching Hospitals ...", the shortest such name ("Monash University")
        start = [n for n, letters, _ in spelled if len(key) >= 5 and letters.startswith(key)]
        if whole or start:
            return max(whole, key=len) if whole else min(start, key=len)
        if re.fullmatch(rf"[a-z]+(?:-[a-z]+)*-(?:{_ORG_HEAD.lower()})", label):  # "brightwater-institute.org"
            return " ".join(w.capitalize() for w in label.split("-"))
        # the acronym as the text writes it: "media@dndi.org" for "DNDi"
        form = next((f.group(0) for f in re.finditer(rf"\b{re.escape(label)}\b", body, re.IGNORECASE)
                     if _ACRONYM.fullmatch(f.group(0))), label.upper())
        acronym = _acronym_name(form, body)
        if acronym:
            return acronym
        # "news@iisc.ac.in" from a page that never spells out its IISc
        known = institution_of_domain(label, suffix)
        if known:
            return known
    return None


def institution_of_domain(label: str, suffix: str) -> str | None:
    """The name of the registry institution a domain label spells by itself: its acronym ("iisc" of "iisc.ac.in"),
    or on a university domain its one distinctive word ("monash.edu"). Two letters only on a US university's
    domain ("uw.edu"), where the registry's two-letter acronyms belong ("um.edu.my" is not Michigan's)."""
    key = label.replace("-", "").lower()
    known = _registry_acronyms().get(key) if len(key) >= 3 or suffix == "edu" else None
    if not known and (suffix == "edu" or suffix.startswith(("edu.", "ac."))):
        known = _registry_cores().get(key)
    return known


@lru_cache(maxsize=1)
def _registry_acronyms() -> dict[str, str]:
    """Lower-cased acronym of two or more letters (an alias, or a name's initials) -> the name of the one registry
    institution it stands for."""
    reg = load_institutions()
    pairs = []
    for rid, aliases in reg.aliases.items():
        name = reg.records[rid].name
        pairs += [(re.sub(r"[^A-Za-z]", "", a).lower(), name) for a in aliases
                  if is_acronym(a) and len(re.sub(r"[^A-Za-z]", "", a)) >= 2]
        if len(_initials(name)) >= 3:  # the name's initials, as its domain spells them: "bcm.edu"
            pairs.append((_initials(name), name))
    return _sole_owners(pairs)


@lru_cache(maxsize=1)
def _registry_cores() -> dict[str, str]:
    """The distinctive word of a registry institution's name, as a web domain spells it -> the name, for names that
    are that one word and head words ("Monash University", "University of Helsinki"), where no other name shares it."""
    pairs = []
    for rec in load_institutions().records.values():
        core = _core_words(rec.name)
        if len(core) == 1 and len(core[0]) >= 4:
            pairs.append((core[0], rec.name))
    return _sole_owners(pairs)


def _sole_owners(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """key -> name for the keys that only one name has."""
    owners: dict[str, set[str]] = {}
    for key, name in pairs:
        owners.setdefault(key, set()).add(name)
    return {key: next(iter(names)) for key, names in owners.items() if len(names) == 1}


_NOT_CORE = _INST_HEADS | {"of", "the"}


def _core_words(name: str) -> list[str]:
    """The lower-cased words of a name that are no head word: "University of Leeds" -> ["leeds"]."""
    return [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in _NOT_CORE]


def _initials(name: str) -> str:
    """The lower-cased initials of a name's capitalised words: "Baylor College of Medicine" -> "bcm"."""
    return "".join(w[0] for w in name.split() if w[0].isupper()).lower()


def _initial_forms(name: str) -> tuple[str, str]:
    """The ways an acronym or a domain spells a name by its initials: of its capitalised words ("viph" for
    "Vestfold Institute for Public Health") and of all its words that start with a letter ("vifph")."""
    return _initials(name), "".join(w[0] for w in name.split() if w[0].isalpha()).lower()


def _same_organisation(a: str, b: str) -> bool:
    """Two names of one organisation, or of a unit and its parent: one inside the other ("Broad Institute" and
    "Broad Institute of MIT and Harvard"), an acronym of the other's initials ("AHA"), a distinctive word in common
    ("Universitätsklinikum Heidelberg", "Heidelberg University Hospital"), or registry records of one family."""
    la, lb = a.lower(), b.lower()
    if la in lb or lb in la:
        return True
    short, long_ = sorted((a, b), key=len)
    initials = _initial_forms(long_)
    # ("GOSH" for "Great Ormond Street Hospital for Children NHS Foundation Trust": the first letters will do)
    if short.isupper() and any(i == short.lower() or len(short) >= 3 and i.startswith(short.lower()) for i in initials):
        return True
    if {norm_token(w) for w in _core_words(a) if len(w) >= 4} & {norm_token(w) for w in _core_words(b) if len(w) >= 4}:
        return True
    reg = load_institutions()
    ra, rb = reg.lookup(a), reg.lookup(b)
    if ra is None or rb is None:
        return False
    return ra.institution_id in (rb.institution_id, *reg.ancestors(rb.institution_id)) or rb.institution_id in reg.ancestors(
        ra.institution_id)


def _about_line_name(text: str, body: str) -> str | None:
    """An "About X" line naming the issuer by acronym ("About the NSCSM") or a journal the text's press office
    speaks for ("About JAMA Network Open:")."""
    return _named_by_header(re.sub(r"^(?:the|The)\s+", "", text.strip()).split(":")[0].strip(), body)


_NEWSROOM = (r"(?i:(?:science\s+)?(?:news(?:room)?|news\s+(?:center|centre|room|(?:&|and)\s+events)|media\s+(?:center|centre|room)|press\s+room|"
             r"today|now|gazette|chronicle)"
             # in other languages: "Clínic Barcelona | Sala de prensa", "Inserm – Salle de presse"
             r"|sala\s+de\s+(?:prensa|imprensa)|salle\s+de\s+presse|sala\s+stampa|pressemitteilungen|noticias|not[íi]cias|"
             r"actualit[ée]s|nachrichten|notizie)")
# a newsroom named before its owner: "Jornal da USP", "Notícias da Unicamp", "Actualités de l'Inserm"
_NEWSROOM_OF = (r"(?:Jornal|Not[íi]cias|Noticias|Actualit[ée]s|Nachrichten|Notizie)\s+(?:da|do|de|del|des|der|dell[ae]?)\s+"
                r"(?:la\s+|l['’]\s*)?")
# ("University of Cape Town News", "Temerty Faculty of Medicine | News": the owner's name with its link words)
_NEWSROOM_LINE = re.compile(rf"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:{_NAME_LINK}\s+){{0,2}}[A-Z][\w&'’.-]*){{0,5}}?)\s+"
                            rf"(?:[|–—:-]\s+)?{_NEWSROOM}"
                            rf"|{_NEWSROOM_OF}(?P<owner>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,5}})"
                            # a news agency of its owner: "Agência Fiocruz de Notícias", "Agência USP de Notícias"
                            rf"|Ag[êe]ncia\s+(?P<agency>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}})\s+de\s+Not[íi]cias"
                            # the newsroom's word before its owner: "News | University of Lincoln"
                            rf"|{_NEWSROOM}\s*[|–—:]\s*(?P<after>[A-Z][\w&'’.-]*(?:\s+(?:{_NAME_LINK}\s+){{0,2}}[A-Z][\w&'’.-]*){{0,5}})")
# a site's breadcrumb trail: "NHS England » News » NHS AI tool spots ...", past a unit or two ("UNIVERSITY OF COPENHAGEN ›
# FACULTY OF HEALTH AND MEDICAL SCIENCES › NEWS")
_BREADCRUMB = re.compile(
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)\s*[»›>]\s*(?:[^»›>\n]{2,60}?\s*[»›>]\s*){0,2}"
    r"(?i:news(?:room)?|press(?:\s+releases?|\s+office)?|media(?:\s+cent(?:er|re))?)\b")


_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,6}[a-z]?")  # "NSCSM", "DNDi"


def _short_name_spelled(name: str, following: str) -> str | None:
    """The institution a one-word name stands for, as the paragraph under its About line spells it ("Sobre o
    Einstein" over "... o Hospital Israelita Albert Einstein é referência ...")."""
    if not re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", name.strip()):
        return None
    for m in find_institutions(following, load_institutions()):
        if re.search(rf"\b{re.escape(name.strip())}\b", m.text):
            return re.sub(r"^(?:O|A|El|La|Le|L['’]|Der|Die|Das)\s+(?=[A-Z])", "", m.text)  # a sentence's article
    return None


def _named_by_header(head: str, body: str) -> str | None:
    """The issuer a header names: a journal or publisher, a known institution, or an acronym the text spells out."""
    if _ACRONYM.fullmatch(head):
        return _spelled_out(head, body)
    known = _institution_at_start(head)
    return _journal_issuer(head) or (known if known and len(known) >= len(head) - 1 else None)


def _title_case(name: str) -> str:
    """ "AMERICAN ASSOCIATION FOR THE ADVANCEMENT OF SCIENCE" -> "American Association for the Advancement of
    Science"."""
    words = name.lower().split()
    return " ".join(w if i and w in _TITLE_SMALL else w.capitalize() for i, w in enumerate(words))


def _uncapitalised(name: str) -> str:
    """A name a page sets in capitals, in title case ("UNIVERSITY OF COPENHAGEN"); a short acronym ("EMBO") stays."""
    return _title_case(name) if name.isupper() and len(name) > 8 else name


# not "St. Louis", "T.H. Chan" (the look-behinds follow the mark they end on: a search scans for the mark)
_SENTENCE_END = re.compile(r"[.!?](?<!\bSt.)(?<!\bDr.)(?<!\bMt.)(?<!\b[A-Z].)(?=\s|$)")


def _head(text: str, n: int) -> str:
    """The first ``n`` characters of ``text``, on to the end of that sentence (at most ``n`` more), so that no
    name is cut in two ("the Hospital Universitario San| Bartolomé")."""
    end = _SENTENCE_END.search(text[n : 2 * n])
    return text[: n + end.end()] if end else text[: 2 * n] + re.match(r"\S*", text[2 * n :]).group(0)


# EurekAlert!'s header: the release type, then the posting institution on its own line
_EUREKALERT_TYPE = (r"(?:Peer-Reviewed Publication|Reports and Proceedings|Meeting Announcement|Business Announcement|"
                    r"Grant and Award Announcement|Announcement|Book Announcement)")
# (or between "News Release <date>" and the type, as some copies have it; an embargo line is no institution)
_EUREKALERT_INSTITUTION = re.compile(
    rf"^{_EUREKALERT_TYPE}[ \t]*\n[ \t]*(?!(?i:embargo))(?P<name>[A-Z][^\n]{{1,80}})$"
    rf"|^(?i:news release)\b[^\n]*\n[ \t]*(?P<above>[A-Z][^\n]{{1,80}})\n[ \t]*{_EUREKALERT_TYPE}[ \t]*$",
    re.MULTILINE)


def _institution_in(text: str) -> str | None:
    found = find_institutions(text[:240], load_institutions())
    return found[0].text if found else None


# A repost's header field naming the release's source; a unit's name (its institution is named around it); a
# possessive unit name ("University of the Western Downs' Centre for ...": the owner issues it)
_ORIGINAL_STORY = re.compile(r"\boriginal\s+(?:story|release)\s+from\s+(?:the\s+)?(?P<rest>[^|\n]+)", re.IGNORECASE)
_BYLINE_INSTITUTION = re.compile(r"^[ \t]*(?i:by)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3},[ \t]+(?:the[ \t]+)?"
                                 r"(?P<rest>[^\n,]{3,80})$", re.MULTILINE)
_CLOSING_BYLINE = re.compile(r"^[ \t]*(?:[—–-][ \t]*)?(?i:(?:story|written|words|text|article|report(?:ing)?)[ \t]+by)[ \t]+"
                             r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3},[ \t]+(?P<rest>[^\n]{3,160})$", re.MULTILINE)
_UNIT_NAME = re.compile(rf"{_UNIT_WORDS}\s+of\b")
_POSSESSIVE = re.compile(r"(?P<owner>[A-Z].*?)(?:['’]s|(?<=s)['’])\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,5}"
                         r"(?:Cent(?:er|re)|Institute|School|Faculty|Department|"
                         r"Division|Laborator(?:y|ies)|Lab|Program(?:me)?|Unit|Clinic|College|Hospitals?)\b")


def find_issuer(cleaned: CleanedText) -> str | None:
    """The institution that issued a release, from the places releases name it; None otherwise.

    A journal's press office issues the journal's releases, whatever university the authors (and the first
    media contact) are from; a journal named as the issuer ("BMC Medicine press release", "About JAMA
    Oncology") issues under its publisher's name (journals.tsv ``publisher``).
    """
    office = _journal_press_office("\n".join((cleaned.preamble, cleaned.body[-2000:], cleaned.trailer or "")))
    if office:
        return office
    # a journal's press office heads its releases with the journal's name: "The Lancet: Global burden of ..."
    head = re.match(r"(?P<j>[^:\n]{2,60}):\s", cleaned.title or "")
    office = _journal_issuer(head["j"]) if head else None
    if office:
        return office
    name = _stated_issuer(cleaned)
    if name is None:
        return None
    # "University of the Western Downs' Centre for Rural Child Health": the unit's owner (not "Children's Hospital")
    owner = _POSSESSIVE.match(name)
    if owner and _organisation_at_start(owner.group("owner")) == owner.group("owner"):
        name = owner.group("owner")
    return _journal_issuer(name) or name


def _unit_parent(name: str, body: str) -> str | None:
    """The institution a unit belongs to, when the text says so: "Faculty of Health Sciences" -> "American
    University of Beirut" from "the Faculty of Health Sciences (FHS) at the American University of Beirut"."""
    if not _UNIT_NAME.search(name):
        return None
    m = re.search(rf"{re.escape(name)}(?:\s*\([^()]{{1,20}}\))?(?:,?\s+(?:at|of)\s+|,\s+)(?:the\s+)?", body)
    return _institution_at_start(body[m.end() : m.end() + 160]) if m else None


_ACRONYM_FIRST = re.compile(r"^\s*[A-Z]{2,8}\s+[|–—-]\s+(?=[A-Z])")
_ACRONYM_LAST = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*$")
_ACRONYM_BARE = re.compile(r"(?<=\w)\s+([A-Z]{2,8})$")


_SECTION_LABEL = re.compile(r"([A-Z][a-z]+)\s+(?:&|and)\s+([A-Z][a-z]+)")


def _header_line_name(line: str) -> str | None:
    """The organisation a header line names and nothing else: "Torrens Institute of Medical Research", "ISS –
    Istituto Superiore di Sanità", "Instituto Nacional de Salud Pública (INSP)", or the part of a bilingual line
    that ends in its acronym ("Dansk Center for ... | Danish Centre for Infection Epidemiology (DCIE)")."""
    if line.startswith("By "):
        return None  # a byline ("By Faculty of Health Sciences Communications") names the writer
    if line.rstrip().endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|[A-Z])\.$", line.rstrip()):
        return None  # a dateline's place ("Ciudad Universitaria." over the time of a UNAM bulletin), not a logo
    label = _SECTION_LABEL.fullmatch(line.strip())
    if label and {label[1].lower(), label[2].lower()} <= read_word_list(lexicon_path("english_words.txt")):
        return None  # a page section's label ("Health & Medicine" under "UQ News"), not a name
    candidates = [line, _ACRONYM_FIRST.sub("", line)] + [p for p in line.split(" | ")[1:] if _ACRONYM_LAST.search(p)]
    candidates += re.split(r"\s+[–—]\s+", line)[1:2]  # a name in two forms: "Rigshospitalet – Copenhagen University Hospital"
    letters = [c for c in line if c.isalpha()]
    if len(line.split()) >= 2 and sum(c.isupper() for c in letters) >= 0.7 * len(letters):
        candidates.append(_title_case(line))  # a logo's capitals: "THE UNIVERSITY of EDINBURGH"
    for cand in dict.fromkeys(candidates):  # (without a leading acronym the second is the line itself)
        cand = re.sub(r"^The\s+", "", _ACRONYM_LAST.sub("", cand).strip())
        tail = _ACRONYM_BARE.search(cand)  # "Institute for Molecular Medicine Finland FIMM"
        initials = {w[0] for w in cand[: tail.start()].split() if w[0].isupper()} if tail else set()
        if tail and set(tail.group(1)) <= initials:
            cand = cand[: tail.start()]
        name = _organisation_at_start(cand)
        if name and len(name) >= len(cand) - 1 and len(name.split()) >= 2 and not _NEWSROOM_WORD.search(name):
            return name
    return None


# a site's name, not its owner's: "Medicine and Health Sciences News" (its owner may still be named by the text)
_NEWSROOM_WORD = re.compile(rf"\s(?:{_NEWSROOM}|Magazine|Blog|Stories)$")


_TRAILING_PHONE = re.compile(r"\s+\+?[\d(][\d\s().-]{6,}$")  # "Michael E. DeBakey VA Medical Center 713-794-0000"


class _IssuerEvidence:
    """The parts of a cleaned text the issuer steps read, each computed once and only when a step needs it."""

    def __init__(self, cleaned: CleanedText) -> None:
        self.cleaned = cleaned
        self.lead = _head(cleaned.body, 300)
        self.closing = (cleaned.trailer or "", cleaned.body[-600:])  # where releases close with their furniture
        self.closing_text = "\n".join(self.closing)

    @cached_property
    def _lead_dateline(self) -> re.Match | None:
        m = _LEAD_DASH.match(self.lead)
        if not m:  # ACCESSWIRE's dateline has no dash: "NEW YORK, NY / ACCESSWIRE / April 23, 2024 / NeuroVela, Inc."
            m = _LEAD_DATE.match(self.lead)
            m = m if m and m.group(0).rstrip().endswith("/") else None
        return m

    @cached_property
    def dashed(self) -> bool:
        """The body opens with a dateline ("BOSTON, March 3, 2026 --")."""
        return bool(self._lead_dateline and self._lead_dateline.end() > 0)

    @cached_property
    def opening(self) -> str:
        """The body's opening after its dateline."""
        return self.lead[self._lead_dateline.end() :] if self.dashed else self.lead

    @cached_property
    def place_dated(self) -> bool:
        """A line of its own over or under the text gives the release's place and date ("Ankara, 18 March 2026")."""
        c = self.cleaned
        return any(_PLACE_DATE_LINE.match(line) for t in (c.masthead, c.trailer) for line in (t or "").split("\n"))

    @cached_property
    def home(self) -> str | None:
        """The study's home the opening sentence names (or the first sentence after the key points a release lists
        over it)."""
        home = _home_in_opening(self.opening, self.cleaned.body)
        if home is None and not self.dashed and _BULLET.match(self.lead):
            after = _past_key_points(self.cleaned.body)
            home = _home_in_opening(after, self.cleaned.body) if after else None
        return home

    @cached_property
    def marked(self) -> bool:
        """The text is marked as a release ("Embargoed until ...", "Press release", "Notes to editors")."""
        c = self.cleaned
        return any(_PRESS_RELEASE_SIGNALS.search(t or "") for t in (c.masthead, c.preamble, c.headings, c.trailer))

    @cached_property
    def about(self) -> str:
        """Where "About X" closes a release."""
        c = self.cleaned
        return "\n".join((c.body[-3000:], c.headings, c.trailer or ""))

    @cached_property
    def contact_blocks(self) -> list[re.Match]:
        """The press contact blocks, in the closing lines, the header lines and the headings ("Media Contact\nPublic
        Affairs Office\nMichael E. DeBakey VA Medical Center")."""
        c = self.cleaned
        return [cm for t in (*self.closing, c.preamble, c.headings) for cm in _CONTACT_BLOCK.finditer(t)]

    @cached_property
    def contact_text(self) -> str:
        return "\n".join(cm.group(0) for cm in self.contact_blocks)

    @cached_property
    def closing_domain_owner(self) -> str | None:
        """The organisation a press e-mail in the closing lines writes from (it reads the body: only when asked)."""
        return _domain_owner(self.closing_text, self.cleaned.body) if _CONTACT_MAIL.search(self.closing_text) else None

    @cached_property
    def contact_lines(self) -> frozenset[str]:
        """The contact blocks' lines, a trailing telephone number left off."""
        return frozenset(_TRAILING_PHONE.sub("", line.strip()) for line in self.contact_text.split("\n"))

    @cached_property
    def reposted(self) -> bool:
        """A repost platform heads the page ("Mirage News", "EurekAlert!"), or opens its first line ("Newswise — ")."""
        c = self.cleaned
        return any(p.reposts and p.pattern.search(t or "") for p in _publishers()
                   for t in (c.masthead, c.preamble, self.lead[:40]))

    @cached_property
    def released(self) -> bool:
        """Marked as a release, or with a press contact block (whose lines, when not prose, stay among the
        headings: "PRESS CONTACT" over the institution)."""
        return self.marked or bool(self.contact_text)


def _issuer_from_source_line(ev: _IssuerEvidence) -> str | None:
    """A line that says whose release it is ("Source Newsroom: Johns Hopkins Medicine", "Provided by X") outranks
    the study's home the opening names ("researchers at the Johns Hopkins Kimmel Cancer Center"); a bare "Source: X"
    only above the article, where reposts put it (news stories close with "SOURCE: X" for facts), or under it on a page
    a repost platform heads ("Mirage News" ... "Source: Medical University of Lodz") or when it credits an office
    ("Fuente: Dirección de Comunicaciones, Universidad de Concepción")."""
    c = ev.cleaned
    texts = (c.masthead, c.preamble, c.headings, *ev.closing)
    stated = itertools.chain(((t, _SOURCE_STATED) for t in texts),
                             ((t, _RELEASE_ISSUED_BY) for t in texts if "release" in (t or "")))  # (a cheap test first)
    header_source = ((t, _SOURCE_LINE) for t in (c.masthead, c.preamble))
    closing_source = ((t, _SOURCE_LINE) for t in ev.closing
                      if any(ev.reposted or _office_owner(sm["rest"]) for sm in _SOURCE_LINE.finditer(t)))
    for text, pattern in itertools.chain(stated, header_source, closing_source):
        for lm in pattern.finditer(text or ""):
            rest = _office_owner(lm.group("rest")) or lm.group("rest")  # "Issued by: University Relations Office, X"
            name = _organisation_at_start(rest)
            whole = re.sub(r"^(?:the|The)\s+", "", rest.strip().rstrip("."))
            if name and whole.startswith(name) and _NAME_ONLY.fullmatch(whole) and len(whole.split()) <= 7:
                return whole  # the field's whole value: "Mount Sinai Health System", not the registry's "Mount Sinai"
            if name:
                return name
            # a stated provider ("Materials provided by Helmholtz Munich. Note: ..."): its name as written
            plain = re.split(r"\.(?:\s|$)", whole, maxsplit=1)[0].strip()
            if pattern is _SOURCE_STATED and _NAME_ONLY.fullmatch(plain) and 2 <= len(plain.split()) <= 6:
                return plain
    return None


def _issuer_originally_published(ev: _IssuerEvidence) -> str | None:
    """A repost's closing credit: "This text was originally published by Agência FAPESP under Creative Commons ..."."""
    for text in ev.closing:
        for om in _ORIGINALLY_PUBLISHED.finditer(text or ""):
            name = om.group("rest").strip()
            if _NAME_ONLY.fullmatch(name) and len(name.split()) <= 6:
                return name
    return None


def _issuer_after_dateline(ev: _IssuerEvidence) -> str | None:
    """The organisation opening the text right after its dateline ("BOSTON -- Dana-Farber Cancer Institute ...")."""
    c = ev.cleaned
    if c.dateline and re.search(r"(?:--|—|–)\s*$", c.dateline):
        name = _issuer_opening(ev.lead)
        if name:
            return name
    return _issuer_opening(ev.opening) if ev.dashed else None


def _issuer_in_marked_masthead(ev: _IssuerEvidence) -> str | None:
    """In a text marked as a release: a journal's or publisher's name alone on a line above it ("Cell Press" under
    the embargo line), an acronym the text spells out ("UNAM"), or an organisation's that the release closes with
    "About X" ("Cancer Research UK" above "Press release") issued it, whatever institution the opening places the
    work at."""
    c = ev.cleaned
    if not ev.marked:
        return None
    for line in (c.masthead or "").split("\n"):
        if line.strip() == (c.title or "").strip():
            continue
        office = _journal_issuer(line)
        if office:
            return office
        if re.fullmatch(r"[A-Z]{2,7}", line.strip()):  # a logo's acronym the text spells out ("UNAM")
            office = _spelled_out(line.strip(), "\n".join((c.body, c.trailer or "")))
            if office:
                return office
        # a header line saying whose release it is: "Cancer Research UK press release", "CSIC Comunicación"
        release_line = _ISSUER_LINE.match(line)
        if release_line and release_line.group("rest2"):
            said = re.sub(r"^(?:the|The)\s+", "", _last_form(release_line.group("rest2")).strip())
            said = _title_case(said) if said.isupper() and len(said.split()) >= 2 else said
            # "Cancer Research UK press release"; not "Embargoed News Release", "JOINT MEDIA RELEASE" or a
            # newsroom ("Research News | Press Release")
            name = _organisation_at_start(said) or (
                said if _NAME_ONLY.fullmatch(said) and not _NEWSROOM_LINE.fullmatch(said)
                and (2 <= len(said.split()) <= 6 or _ACRONYM.fullmatch(said) and re.search(rf"\b{said}\b", c.body))
                else None)
            if name:
                return name
        office = _office_line_owner(line)
        if office:
            return office
        name = _name_with_about(line, ev.about)
        if name:
            return name
    return None


def _issuer_section_line(ev: _IssuerEvidence) -> str | None:
    """A page's section line over the release ("News | Wellcome") whose name the closing "About Wellcome" repeats,
    or a line over the release ("Brighter World | McMaster University", "Michael E. DeBakey VA Medical Center")
    whose name is a line of the press contact block, in any text: the two name the page's owner (rather than the
    study's home the opening names)."""
    c = ev.cleaned
    for line in (c.masthead or "").split("\n"):
        if not line.strip() or line.strip() == (c.title or "").strip():
            continue
        name = _name_with_about(_last_form(line), ev.about) if " | " in line else None
        if name:
            return name
        name = re.sub(r"^(?:the|The)\s+", "", _last_form(line).strip())
        # (a contact line may run on with the address: the cleaner joins the block's short lines)
        if (len(name.split()) >= 2 and _NAME_ONLY.fullmatch(name)
                and any(cl == name or cl.startswith(name + " ") for cl in ev.contact_lines)):
            org = _organisation_at_start(name)  # (not "Mirage News", "Wiley Newsroom": a platform's, a newsroom's)
            # ("Shaukat Khanum Memorial Cancer Hospital & Research Centre": longer than the name the registry knows)
            if org and len(org) >= len(name) - 1 or _ORG_NAME.fullmatch(name):
                return name
        # a newsroom's line whose owner the press contact names ("Fudan University News | Medicine" ... "Media
        # contact: Office of Public Affairs, Fudan University"), over an affiliated hospital the opening names first
        for part in dict.fromkeys((line, *line.split(" | "))):
            newsroom = _NEWSROOM_LINE.fullmatch(part.strip())
            head = newsroom.group("org") if newsroom else None
            if head and len(head.split()) >= 2 and re.search(rf"\b{re.escape(head)}\b", ev.contact_text):
                name = _named_by_header(head, c.body)
                if name:
                    return name
    return None


def _issuer_announcing(ev: _IssuerEvidence) -> str | None:
    """A marked release opening with its issuer's announcement ("Cancer Research UK has today announced £24 million
    ... to the University of Manchester"): the announcer, not the institution it names."""
    if not ev.marked or ev.dashed:
        return None
    return _issuer_opening(ev.opening) or _announcer_with_about(ev.opening, ev.about)


def _issuer_home_of_release(ev: _IssuerEvidence) -> str | None:
    """After a dateline, or in a text marked as a release, the study's home the opening names issues the text.

    Unless the work of one institution is released by another that funded or hosted it: the press contact's domain
    and the closing "About X" both name X ("Researchers at the University of Michigan, supported by a Lupus Horizons
    Foundation award" ... "About the Lupus Horizons Foundation", "communications@lupushorizons.org"). (The domain's
    owner is looked up only in a text with an About line and a press e-mail: it reads the body.)"""
    c, home, about = ev.cleaned, ev.home, ev.about
    if not (home and (ev.dashed or (c.dateline and re.search(r"(?:--|—|–|-)\s*$", c.dateline)) or ev.marked)):
        return None
    sponsor = ev.closing_domain_owner if re.search(r"^[ \t]*About\b", about, re.MULTILINE) else None
    if sponsor and home not in sponsor and sponsor not in home and _about_line_for(sponsor, about):
        return sponsor
    # another body's press office signs the release ("Media Office, Wellcome Sanger Institute" under a study the
    # opening homes at its partner hospital), and the home has no contact of its own
    office = _issuer_office_line(ev) or _press_office_with_about(ev)
    if office and home not in ev.contact_text and not _same_organisation(office, home):
        return office
    # a home named with a partner ("a trial conducted at UW Medicine and the Fred Hutch clinical research network"):
    # the one whose domain the press contact writes from issued it
    partner = _partner_of_home(ev.opening, home)
    if partner:
        owner = ev.closing_domain_owner
        if owner and owner != home and (partner in owner or owner in partner):
            return owner
    # a unit named after its institution, whose name a line over the release gives alone ("Koç Üniversitesi | Koç
    # University" over "Researchers at Koç University Research Center for Translational Medicine")
    for line in (c.masthead or "").split("\n"):
        for part in line.split(" | "):
            name = _header_line_name(part.strip())
            if name and home.startswith(name + " ") and not _UNIT_NAME.search(name):
                return name
    return home


# "please contact the Alzheimer's Research UK press office on ...", "For media enquiries contact the Cancer Research UK
# press office"
_PRESS_OFFICE_NAMED = re.compile(r"\b(?i:contact|call|e-?mail|reach)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*"
                                 r"|of|for|and|&)){0,7})\s+(?i:press|media|news)\s+(?i:office|team)\b")


def _about_line_for(name: str, about: str) -> bool:
    """``about`` has a line "About (the) <name>" ("About the Lupus Horizons Foundation", "About Cancer Research UK")."""
    return bool(re.search(rf"^[ \t]*About[ \t]+(?:the[ \t]+)?{re.escape(name)}\b", about, re.MULTILINE))


def _press_office_with_about(ev: _IssuerEvidence) -> str | None:
    """An organisation whose press office the closing asks reporters to contact and whose About paragraph closes the
    release: a funder's release about work at a university."""
    for pm in _PRESS_OFFICE_NAMED.finditer(ev.about):
        name = pm.group("name")
        if _about_line_for(name, ev.about):
            return name
    return None


def _issuer_from_issuer_line(ev: _IssuerEvidence) -> str | None:
    """A line naming the issuer ("About X", "Released by X", "Story Source: Materials provided by X", "X – Press
    release"); a journal's name there stands for the society whose About line and press contact follow, or for the
    owner its About paragraph names when a line over the page names it too."""
    c = ev.cleaned
    for text in (c.masthead, c.preamble, c.headings, *ev.closing):
        for lm in _ISSUER_LINE.finditer(text or ""):
            rest = lm.group("rest") or _last_form(lm.group("rest2") or "")
            name = (_organisation_at_start(rest) or _office_owner(rest) or _about_line_name(rest, c.body)
                    or _short_name_spelled(rest, text[lm.end() : lm.end() + 600] + "\n" + c.body[-1500:]))
            if name and _journal_issuer(name):
                return (_society_of_journal(text[lm.end():], ev.closing) or _owner_over_page(text[lm.end():], c)
                        or name)
            if name:
                return name
    return None


def _issuer_repost_header(ev: _IssuerEvidence) -> str | None:
    """A repost's header: its original-story field ("News | Published: March 21, 2024 | Original story from
    Karolinska Institutet"), a byline naming the writer's institution ("by Tom Haskins, University of Bristol",
    Medical Xpress)."""
    c = ev.cleaned
    for text in (c.masthead, c.preamble):
        origin = _ORIGINAL_STORY.search(text or "")
        name = _organisation_at_start(origin.group("rest")) if origin else None
        if name:
            return name
    for text in (c.masthead, c.preamble):
        for bm in _BYLINE_INSTITUTION.finditer(text or ""):
            rest = bm.group("rest").strip()
            name = _institution_at_start(rest)
            if name and len(name) >= len(rest) - 1:
                return name
    return None


def _issuer_eurekalert_institution(ev: _IssuerEvidence) -> str | None:
    """EurekAlert!'s submitting institution, on the line under the release type ("Peer-Reviewed Publication\nPLOS")
    or above it. The platform names who sent the release, so it outranks the study home the opening names
    ("Scientists at the Kennedy Krieger Institute ..." in Johns Hopkins Medicine's release). A line above the type
    counts only when it names an organisation: it may be a subtitle or share buttons."""
    c = ev.cleaned
    title = (c.title or "").strip()
    below: list[str] = []
    above: list[str] = []
    for text in (c.masthead, c.preamble):
        for posted in _EUREKALERT_INSTITUTION.finditer(text or ""):
            name = (posted.group("name") or posted.group("above")).strip()
            if name == title:
                continue  # the usual copy has the title between "NEWS RELEASE <date>" and the type
            name = re.sub(r"\s*\([^()]*\)$", "", name)  # "... SCIENCE (AAAS)"
            name = _uncapitalised(name)
            if posted.group("name"):
                below.append(name)
            elif organisation := _organisation_at_start(name):
                above.append(organisation if "," in name else name)  # "National University of Singapore, <unit>"
    return (below or above or [None])[0]


def _issuer_title_prefix(ev: _IssuerEvidence) -> str | None:
    """A release (marked, or with a dateline or a place-and-date line) whose title opens with its issuer's name, in one
    language or two ("Itä-Suomen yliopisto / University of Eastern Finland: Low fitness and ...", "Universitas Gadjah
    Mada study: ...")."""
    title = ev.cleaned.title or ""
    prefix = title.split(": ", 1)[0] if ": " in title else ""
    prefix = re.sub(r"\s+(?:study|research|researchers|scientists)$", "", prefix)  # "Universitas Gadjah Mada study: ..."
    if not (ev.marked or ev.place_dated or ev.dashed or ev.cleaned.dateline) or not prefix or len(prefix.split()) > 12:
        return None
    for part in reversed(re.split(r"\s+[/|–—]\s+", prefix)):  # the English form last
        name = _header_line_name(part.strip())
        if name:
            return name
    return None


def _issuer_header_line(ev: _IssuerEvidence) -> str | None:
    """A header line that is an organisation's name and nothing else ("Torrens Institute of Medical Research" above
    "Mirage News" and the date); a unit's name stands for the institution the text places it in."""
    c = ev.cleaned
    lines = (c.masthead or "").split("\n")  # every line above the article, the preamble's among them
    for i, line in enumerate(lines):
        if line.strip() == (c.title or "").strip():
            continue
        name = _header_line_name(line)
        if name:
            # a unit's line over its institution's: "School of Medicine and Public Health" / "University of
            # Wisconsin–Madison"
            below = _header_line_name(lines[i + 1]) if _UNIT_NAME.search(name) and i + 1 < len(lines) else None
            return below or _unit_parent(name, "\n".join((c.body, c.trailer or ""))) or name
    return None


def _issuer_newsroom(ev: _IssuerEvidence) -> str | None:
    """A newsroom's header line ("NUS News", "Frontiers Science News") or, in a text marked as a release, a
    journal's or publisher's name alone ("The BMJ" above "Press release")."""
    c = ev.cleaned
    for line in (c.preamble or "").split("\n"):
        crumb = _BREADCRUMB.match(_last_form(line.strip()))
        if crumb and crumb.group("org").lower() != "home":
            org = _uncapitalised(crumb.group("org"))
            # (past other crumbs only a registry name: "Institute of Clinical Medicine > Research > News" is a unit's)
            if len(re.findall(r"[»›>]", crumb.group(0))) == 1 or load_institutions().lookup(org) is not None:
                return _named_by_header(org, c.body) or org
        newsroom = _NEWSROOM_LINE.fullmatch(line.strip())
        if newsroom or ev.marked:
            head = (newsroom.group("org") or newsroom.group("owner") or newsroom.group("agency")
                    or newsroom.group("after")) if newsroom else line.strip()
            name = _named_by_header(head, c.body)
            if name:
                return name
            # a newsroom named by an acronym the text uses but never spells out ("KAIST NEWS" over "KAIST announced")
            if newsroom and re.fullmatch(r"[A-Z]{2,7}", head):
                name = _acronym_name(head, c.body)
                if name:
                    return name
            # a newsroom of a name no registry knows, named again in the text ("Clínic Barcelona | Sala de prensa"
            # ... "Comunicación Clínic Barcelona"; "Temerty Faculty of Medicine | News" ... "researchers at the
            # Temerty Faculty of Medicine")
            if newsroom and len(head.split()) >= 2 and (head in ev.closing_text or head in c.body):
                return head
    return None


def _issuer_closing_credit(ev: _IssuerEvidence) -> str | None:
    """The closing lines' credit: a journal's About sentence ("Journal X, published by Y, is ..."), a wire's
    "SOURCE X" line, or the institution under a press contact heading."""
    for text in ev.closing:
        journal_office = _JOURNAL_ABOUT.search(text)
        if journal_office:
            name = _institution_at_start(journal_office.group("rest"))
            if name:
                return name
    for text in ev.closing:
        wire = _WIRE_SOURCE.search(text)
        if wire:
            return wire.group("name").rstrip(". ")
    # the writer's sign-off: "— Story by Meredith Cole, Temerty Faculty of Medicine, University of Toronto"
    for text in ev.closing:
        for byline in _CLOSING_BYLINE.finditer(text):
            parts = [p.strip() for p in byline.group("rest").split(",")]
            for part in reversed(parts):
                name = _organisation_at_start(part)
                if name and len(name) >= len(part) - 1:
                    return name
    return next((name for cm in ev.contact_blocks if (name := _contact_owner(cm))), None)


def _issuer_office_line(ev: _IssuerEvidence) -> str | None:
    """An office's own line over or under the release: "CSIC Comunicación", "Fundação Oswaldo Cruz (Fiocruz) –
    Coordenadoria de Comunicação Social" (a short line, not prose that mentions a press office)."""
    for text in (ev.cleaned.preamble, *ev.closing):
        lines = (text or "").split("\n")
        for i, line in enumerate(lines):
            name = _office_line_owner(line)
            if name:
                return name
            # an office named by a one-word short name the text spells out: "Humanitas Press Office" for "IRCCS
            # Humanitas Research Hospital"
            short = _office_owner(line) if len(line.split()) <= 4 else None
            name = _short_name_spelled(short, ev.cleaned.body[:4000]) if short else None
            if name:
                return name
            # an office's line under or over its owner's: "Seoul National University Hospital" / "Public Relations
            # Team", "Kommunikation und Marketing" / "Deutsches Krebsforschungszentrum"
            if not _OFFICE_ALONE.fullmatch(line.strip()):
                continue
            for owner_line in (lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else ""):
                name = _organisation_at_start(owner_line)
                if name and len(name) >= len(owner_line.strip()) - 1:
                    return name
    return None


def _issuer_about_paragraph(ev: _IssuerEvidence) -> str | None:
    """The closing about-sentence names the issuer in a release, and in any page whose header line is that name
    ("Cancer Research UK" over the page, "Cancer Research UK is a registered charity ..." under it)."""
    c = ev.cleaned
    header_lines = {line.strip().lower() for line in (c.preamble or "").split("\n")}
    paragraphs = [*c.body.split("\n\n")[-3:], *(c.trailer or "").split("\n")]
    for par in reversed(paragraphs):
        about = _ABOUT_PARAGRAPH.match(re.sub(r"^\d{1,2}[.)]\s+", "", par.strip()))  # "3. X is ..." in notes
        if about:
            name = _institution_at_start(about.group("name")) or about.group("name")
            in_header = name.lower() in header_lines  # "Rigshospitalet" over the page and in its closing line
            if (len(name.split()) >= 2 or name.isupper() or in_header) and (
                ev.released or ev.dashed or c.dateline or in_header
            ):
                return name
    return None


def _issuer_of_release_text(ev: _IssuerEvidence) -> str | None:
    """In a release (marked, or with a press contact): its "Source: X" line, else the home a later opening sentence
    names. A release's first sentence often states the finding and the next ones the team ("... than thought.
    Researchers at the Max Planck Institute report ..."); a news story's do the same, so only a text with a
    release's marks reads past its first sentence."""
    if not ev.released:
        return None
    for text in (*ev.closing, ev.cleaned.preamble):
        for sm in _SOURCE_LINE.finditer(text):
            name = _organisation_at_start(sm.group("rest"))
            if name:
                return name
    return _home_in_opening(ev.opening, ev.cleaned.body, sentences=3)


def _issuer_contact_domain(ev: _IssuerEvidence) -> str | None:
    """The domain of the press contact's e-mail ("please contact ... communications@northmoor.nhs.uk")."""
    if ev.released or _CONTACT_MAIL.search(ev.closing_text):
        return _domain_owner("\n".join((ev.cleaned.preamble, *ev.closing)), ev.cleaned.body)
    return None


def _issuer_home_of_dated_text(ev: _IssuerEvidence) -> str | None:
    """A line of its own giving a place and a date ("Ankara, 18 March 2026", over or under the text) marks a release
    less surely than a dateline does: the opening's study home issues the text when nothing else names an issuer."""
    return ev.home if ev.place_dated else None


def _issuer_home_named_again(ev: _IssuerEvidence) -> str | None:
    """No dateline and no release mark: the opening's study home ("A new study from the University of X shows ...")
    issues the text when the text names it again (its people quoted: "said Y of the University of X") and no news
    page furniture shows ("AD", "This article is more than 3 years old"); of 836 HealthStory stories without a
    known outlet, none passes this test."""
    c, home = ev.cleaned, ev.home
    if home and (c.body.count(home) >= 2 or _short_form_again(home, c.body)) and not any(
        _NEWS_PAGE.search(t or "") for t in (c.masthead, c.preamble, c.body, c.trailer)
    ):
        return home
    return None


def _issuer_copyright(ev: _IssuerEvidence) -> str | None:
    """The page's copyright line naming an institution's own site ("© 2024 Garvan Institute of Medical Research.")."""
    for text in ev.closing:
        for cm in _COPYRIGHT.finditer(text):
            # a bilingual owner: "© 2025 Helsingin yliopisto – University of Helsinki"
            for part in re.split(r"\s+[–—-]\s+", cm.group("rest")):  # (not "© Alain Herzog / EPFL": a photo's)
                name = _institution_at_start(part)
                if name:
                    return name
    return None


# The issuer steps in order of trust: the first that names an organisation decides.
_ISSUER_STEPS: tuple[Callable[[_IssuerEvidence], str | None], ...] = (
    _issuer_from_source_line,
    _issuer_originally_published,
    _issuer_after_dateline,
    _issuer_in_marked_masthead,
    _issuer_section_line,
    _issuer_announcing,
    _issuer_eurekalert_institution,
    _issuer_home_of_release,
    _issuer_from_issuer_line,
    _issuer_repost_header,
    _issuer_title_prefix,
    _issuer_header_line,
    _issuer_newsroom,
    _issuer_closing_credit,
    _issuer_office_line,
    _issuer_about_paragraph,
    _issuer_of_release_text,
    _issuer_contact_domain,
    _issuer_home_of_dated_text,
    _issuer_home_named_again,
    _issuer_copyright,
)


def _stated_issuer(cleaned: CleanedText) -> str | None:
    """The organisation the text says issued it, by the first of ``_ISSUER_STEPS`` that finds one."""
    ev = _IssuerEvidence(cleaned)
    for step in _ISSUER_STEPS:
        name = step(ev)
        if name:
            return name
    return None


def _short_form_again(name: str, body: str) -> bool:
    """Whether the text names ``name`` again by the words before its head word alone, as an institution's own
    release does ("the Garvan Institute of Medical Research" ... "Head of the Immune Tolerance Lab at Garvan")."""
    lead = re.match(rf"((?:{_NAME_WORD})(?:\s+{_NAME_WORD})?)\s+(?:{_ORG_HEAD})\b", name)
    if not lead or re.search(r"\b(?:National|Royal|American|State|General|Medical|Children['’]s)\b", lead[1]):
        return False
    rest = re.escape(name[lead.end(1) :].split()[0])
    return bool(re.search(rf"\b(?:at|of|from)\s+{re.escape(lead[1])}\b(?!\s+{rest})(?!['’]?\s*[A-Z])", body))


def _announcer_with_about(opening: str, about: str) -> str | None:
    """The name an opening starts with when what follows makes it the announcer ("Cancer Research UK has today
    announced") and the text closes with its "About" heading (a name no registry needs to know)."""
    m = re.match(r"(?:The\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|&)){0,7})", opening)
    if m and _ISSUER_FOLLOW.match(opening[m.end() :]):
        return _name_with_about(m.group(1), about)
    return None


def _name_with_about(line: str, about: str) -> str | None:
    """The name ``line`` is ("The" off), when ``about`` closes with its "About (the) <name>" heading line."""
    name = re.sub(r"^(?:the|The)\s+", "", line.strip())
    if _NAME_ONLY.fullmatch(name) and re.search(rf"^[ \t]*About[ \t]+(?:the[ \t]+)?{re.escape(name)}[ \t]*$", about,
                                                 re.MULTILINE):
        return name
    return None


def _last_form(name: str) -> str:
    """The last of a name's forms on a bilingual header line: "질병관리청 보도자료 | Korea Disease Control and Prevention
    Agency" -> the English name."""
    return re.split(r"\s+[|–—]\s+", name)[-1]


_OWNED_BY = re.compile(r"\bis\s+(?:owned|published)\s+(?:by|on\s+behalf\s+of)\s+(?:the\s+)?(?P<owner>[A-Z][^,.;\n]{2,80}?)"
                       r"(?=\s+(?:and|in|since)\b|[,.;\n])")


def _owner_over_page(after: str, cleaned: CleanedText) -> str | None:
    """The owner a journal's About paragraph names ("The British Journal of Cancer is owned by Cancer Research UK and
    published by Springer Nature") when a line over the page names it too: the owner's own news page."""
    header = {line.strip() for line in (cleaned.masthead or "").split("\n")}
    for m in _OWNED_BY.finditer(after[:400]):
        if m.group("owner").strip() in header:
            return m.group("owner").strip()
    return None


def _society_of_journal(after: str, closing: tuple[str, ...]) -> str | None:
    """A society's release about a paper in its own journal closes with both About lines ("About Alzheimer's &
    Dementia", then "About the Alzheimer's Association"): the organisation of the later one issued it when the
    press contact names it too."""
    contacts = "\n".join(cm.group(0) for text in closing for cm in _CONTACT_BLOCK.finditer(text))
    for lm in _ISSUER_LINE.finditer(after):
        name = _organisation_at_start(lm.group("rest") or "") if lm.group(0).lstrip()[:5].lower() == "about" else None
        if name and not _journal_issuer(name) and name in contacts:
            return name
    return None


_CONTACT_MAIL = re.compile(r"\b(?:contact|press office|media office|enquiries|inquiries|information)\b[^@]{0,120}@",
                           re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\([Cc]\)|\bCopyright\b)[ \t]*(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?,?[ \t]*)?"
                        r"(?:by[ \t]+)?(?P<rest>[^\n]{3,160})")


_NEWS_PAGE = re.compile(
    r"^[ \t]*(?:AD|Advertisement|Read more:?)[ \t]*$|\bThis article is more than \d+ (?:years?|months?) old\b"
    r"|\bcan be reached at\b",  # a reporter's sign-off: "Deborah Kotz can be reached at dkotz@globe.com"
    re.MULTILINE,
)


# a wire service's mark in a dateline: the text is its issuer's own release
_WIRE_MARK = r"/PRNewswire(?:-[A-Z]+)?/|\((?:BUSINESS WIRE|GLOBE NEWSWIRE)\)|/ ACCESSWIRE /"
_PRESS_RELEASE_SIGNALS = re.compile(
    r"^#\s*#\s*#|^[ \t]*(?-i:ENDS)[ \t]*$|\bnotes?\s+(?:to|for)\s+editors\b|"
    r"\bmedia contacts?\b|\b(?:press|news|public|media) releases?\b|\bnewsroom\b|\bfor the media\b|\bpress program(?:me)?\b|"
    rf"\bfor immediate release\b|\bembargoed\b|{_WIRE_MARK}|"
    rf"\bEurekAlert\b|\bNewswise\b|^\W*(?:{_RELEASE_WORDS})\b",
    re.IGNORECASE | re.MULTILINE,
)
_NEWS_SIGNALS = re.compile(r"\bhealth news\b|^by [A-Z][a-z]+ [A-Z]|\(Reuters\)|\(AP\)|\bstaff writer\b",
                           re.IGNORECASE | re.MULTILINE)


def extract_metadata(cleaned: CleanedText, *, format_hint: str | None = None) -> ArticleMetadata:
    """Metadata of one cleaned article. ``format_hint`` 'pubtator'/'bioc' marks literature records."""
    around = "\n".join(x for x in (cleaned.preamble, cleaned.dateline or "", cleaned.trailer) if x)
    day_first = cache(lambda: _day_first(cleaned.preamble, cleaned.body, cleaned.trailer))
    # an embargo line dates the release only when nothing else does: "Monday 8 July 2024" above "EMBARGOED UNTIL
    # 23:30 hrs (UK time) Tuesday 9 July 2024" is issued on the 8th
    published_on = (parse_date(cleaned.dateline or "", day_first=day_first)
                    or _header_date(cleaned.preamble, day_first=day_first)
                    or find_release_date(cleaned.body, cleaned.masthead, cleaned.headings, cleaned.trailer,
                                         day_first=day_first)
                    or _header_date(cleaned.masthead, day_first=day_first, date_only=True)
                    or _header_date(cleaned.preamble, day_first=day_first, embargo=True)
                    or _header_date(cleaned.masthead, day_first=day_first, embargo=True)
                    # a date line set in the article under its opening paragraph, the first line that is not prose
                    # ("CAMBRIDGE, Mass. — Familial ...\n\nJune 6, 2024\n\nThe study, published in ...")
                    or _header_date(cleaned.headings.split("\n", 1)[0], day_first=day_first, date_only=True)
                    or _closing_date(f"{cleaned.trailer}\n{cleaned.headings}", day_first=day_first)
                    # an embargo line set under a paragraph ("Media Advisory: ...") is still the release's
                    or _header_date(cleaned.headings, day_first=day_first, embargo=True))
    # where a text names its issuer: masthead, dateline, the first paragraphs, the closing credits
    # ("Additional reporting by ABC News", "Contact us at editors@time.com") and the trailer
    released = bool(_PRESS_RELEASE_SIGNALS.search(around))
    publisher, by_mail = _find_publisher(cleaned.masthead, cleaned.dateline or "", cleaned.trailer, cleaned.body[:500],
                                         # (a release's closing prose cites outlets: "ranked No. 1 by U.S. News")
                                         "" if released else cleaned.body[-500:])
    reviewer_match = _REVIEWER.search(cleaned.preamble) or _REVIEWER.search(cleaned.trailer)
    literature = format_hint in ("pubtator", "bioc_xml", "bioc_json")
    # a release posted on EurekAlert! is still its institution's release
    # (and a wire release's issuer outranks a news outlet its closing paragraph names: "ranked by Newsweek")
    wire = re.search(_WIRE_MARK, cleaned.dateline or cleaned.body[:300], re.IGNORECASE)
    # (an institution's mail domain is shared by its parts: "ncipressofficers@mail.nih.gov" under "National Cancer
    # Institute", "About the National Cancer Institute (NCI)": the release states its issuer)
    domain_only = by_mail and publisher is not None and publisher.source_kind == "press_release"
    issuer = (find_issuer(cleaned)
              if not literature and (publisher is None or publisher.reposts or wire or domain_only) else None)

    # (a release about a meeting abstract says "Abstract" above its embargo line: it is still a release)
    if literature or (cleaned.abstract_page and not released):
        source_kind = "abstract"
    elif released or issuer is not None:
        source_kind = "press_release"
    elif publisher is not None:
        source_kind = publisher.source_kind
    elif _NEWS_SIGNALS.search(around) or _NEWS_SIGNALS.search(cleaned.body[:200]):
        source_kind = "news"
    else:
        source_kind = "other"

    # the headings hold the lines of a release that are not prose: "Journal Reference:" and the reference under it
    # (a journal's press office opens its release's title with the journal: "The Lancet Infectious Diseases: ...")
    title_prefix = (cleaned.title or "").split(":", 1)[0] if ":" in (cleaned.title or "") else ""
    journal = find_journal(cleaned.body, cleaned.preamble, cleaned.trailer, cleaned.headings,
                           release=source_kind == "press_release", header=f"{title_prefix}\n{cleaned.preamble}")
    return ArticleMetadata(
        title=cleaned.title,
        published_on=published_on,
        publisher=issuer or (publisher.name if publisher else None),
        source_kind=source_kind,
        reviewer=reviewer_match.group(1).strip() if reviewer_match else None,
        journal=journal,
        study_published_on=find_study_date(cleaned.body, published_on),
    )
