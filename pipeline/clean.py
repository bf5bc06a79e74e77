"""Turn a decoded document into the article alone: markup stripped, page chrome removed, captions
taken out of the sentences they interrupt, the title and the lines around the article kept apart.

The main-content selection is a maximum-scoring window over lines (in the spirit of Finn et al.'s
body text extraction): prose lines score their word count, short lines and known chrome score
negative, so the densest run of prose is the article whatever site it came from.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicon_files import lexicon_path, read_tsv

# Lines below this many words are never prose on their own (headings, captions, menu items).
_MIN_PROSE_WORDS = 6
_SHORT_LINE_PENALTY = 6
_CHROME_PENALTY = 25
_MIN_RELEASE_WORDS = 60  # prose above a closing mark that makes a release of its own
# (also a sentence closed by a parenthetical note: "... on January 21 (local time). (Paper title: "...", DOI: ...)")
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*(?:\s+\((?=[^()]*\b(?:DOI|doi|[Pp]aper|[Tt]itle)\b)(?:[^()]|\([^()]*\))*\))?$""")
# Lines above an article that say it is a literature record (abstract pages).
_ABSTRACT_PAGE = re.compile(r"\bjournal article\b|\babstract\b|\bpmid\b|\bdoi:|\bpubmed\b", re.IGNORECASE)
_LATIN_LETTER = "A-Za-z\u00C0-\u024F"  # what starts a word of prose for the cleaner
_WORD = re.compile(rf"[{_LATIN_LETTER}0-9][\w'’\-]*")
_LATIN = re.compile(f"[{_LATIN_LETTER}]")


def in_another_script(text: str) -> bool:
    """Whether most letters of the text (its first 20,000 characters) are outside the Latin script, whose words
    are the only ones the cleaner takes for prose (Chinese, Russian, Greek pages give no article)."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    return len(letters) >= 20 and sum(bool(_LATIN.match(ch)) for ch in letters) < 0.5 * len(letters)


@dataclass(frozen=True, slots=True)
class CleanedText:
    title: str | None
    subtitle: str | None
    body: str  # paragraphs separated by blank lines
    preamble: str  # header lines kept apart (byline, date line, reviewer)
    trailer: str  # lines after the article (contacts, credits), for metadata and people
    dateline: str | None  # date prefix stripped from the first paragraph ("March 19, 2007 --")
    abstract_page: bool = False  # the page says it is a literature record (PubMed-style)
    masthead: str = ""  # every line above the article (site name, menus): where publishers show
    headings: str = ""  # short lines inside the article left out of the body ("About the University of X")


@dataclass(slots=True)
class _Line:
    text: str
    heading: bool = False  # was a markdown/HTML heading
    link_only: bool = False  # was nothing but a link (menus)
    chrome: bool = False
    end_marker: bool = False
    closing: bool = False  # a release's closing mark ("###", "-30-"), also an end marker

    @property
    def words(self) -> int:
        return _word_count(self.text)

    @property
    def prose(self) -> bool:
        # (the cached word count first: most lines that are no prose are short)
        if self.chrome or self.link_only or self.heading or self.words < _MIN_PROSE_WORDS:
            return False
        return not _DATE_FIELDS.match(self.text) and bool(_TERMINAL.search(self.text.rstrip()))


@lru_cache(maxsize=4096)
def _word_count(text: str) -> int:
    """Words of prose in ``text`` (a line's count is asked for many times while the article is found)."""
    return len(_WORD.findall(text))


_ESCAPED_LITERAL = frozenset("().-!&/'@#:,+*?[]{}|^$ ")


def required_words(pattern: str) -> tuple[str, ...]:
    """Lower-case literals of which every match of ``pattern`` contains one: the longest run of plain
    characters outside groups in each top-level alternative. Empty when an alternative has none of at
    least three characters. A substring test on them first skips the patterns that cannot match (the
    publisher patterns of metadata, the chrome lines here): case-insensitive regular expressions cost far
    more than ``in``."""
    words: list[str] = []
    depth, run, best, i = 0, "", "", 0
    while i <= len(pattern):
        c = pattern[i] if i < len(pattern) else "|"
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in "xuUN0123456789gk":
                return ()  # code-point, group or back-reference escapes: not parsed here, always search
            literal = nxt in _ESCAPED_LITERAL
            i += 2
            if depth == 0 and literal and not (i < len(pattern) and pattern[i] in "?*{"):
                run += nxt
            elif depth == 0:
                best, run = max(best, run, key=len), ""
            continue
        if c == "(" or c == "[":
            depth += 1
        elif c == ")" or c == "]":
            depth -= 1
        if depth == 0 and c == "|":
            best = max(best, run, key=len)
            if len(best.strip()) < 3:
                return ()
            words.append(best.lower())
            best, run = "", ""
        elif depth == 0 and c not in "()[]^$.?*+{}" and not (i + 1 < len(pattern) and pattern[i + 1] in "?*{"):
            run += c
        else:
            best, run = max(best, run, key=len), ""
        i += 1
    return tuple(words)


class _ChromeLine:
    """Whether a whole line is chrome: one of the ``line`` patterns of boilerplate_patterns.tsv matches it all.

    Patterns that hold words every match contains (``.*\\bcopyright\\b.*``: "copyright") are tried only
    on lines that contain one of them: scanning every line of prose with each ``.*X.*`` pattern was a sixth
    of cleaning an article. The others stay one alternation, tried on every line. Lines with characters
    outside ASCII are tried against every pattern, because under IGNORECASE a few non-ASCII letters ("ſ",
    "ı") match ASCII ones that their lower-case forms are not.
    """

    def __init__(self, patterns: list[str]) -> None:
        words_of = {p: required_words(p) for p in patterns}
        self.filtered = [(words_of[p], _whole_line(p)) for p in patterns if words_of[p]]
        rest = [p for p in patterns if not words_of[p]]
        self.rest = _whole_line(*rest) if rest else None

    def match(self, text: str) -> bool:
        if self.rest is not None and self.rest.match(text):
            return True
        lower = text.lower() if text.isascii() else None
        return any(pattern.match(text) for words, pattern in self.filtered
                   if lower is None or any(w in lower for w in words))


def _whole_line(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")[\s.:!]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[_ChromeLine, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Whole-line tests of chrome, end markers and closing marks, and the inline chrome pattern."""
    rows = read_tsv(lexicon_path("boilerplate_patterns.tsv"))
    by_kind: dict[str, list[str]] = {"line": [], "end": [], "close": [], "inline": []}
    for row in rows:
        by_kind[row["kind"]].append(row["pattern"])
    inline = re.compile("|".join(f"(?:{p})" for p in by_kind["inline"]), re.IGNORECASE)
    return _ChromeLine(by_kind["line"]), _whole_line(*by_kind["end"]), _whole_line(*by_kind["close"]), inline


# --- markup -------------------------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)([^_\n]+?)_(?!\w)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*(?:[-*+•▶►]|\d+[.)])\s+(?:[▶►]\s*)?")


def markdown_to_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for raw in text.split("\n"):
        line = _MD_IMAGE.sub("", raw)
        links = _MD_LINK.findall(line)
        stripped_links = _MD_LINK.sub(lambda m: m.group(1), line)
        link_only = bool(links) and not _MD_LINK.sub("", line).strip(" \t|^>*-")
        heading = _MD_HEADING.match(stripped_links)
        body = heading.group(1) if heading else stripped_links
        if re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", body) or re.fullmatch(r"\s*#\s*#\s*#\s*", raw):
            body = raw.strip()  # keep rules and "# # #" visible to the end-marker patterns
            heading = None
        body = _MD_BULLET.sub("", body)
        body = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", body)
        lines.append(_Line(body.strip(), heading=bool(heading), link_only=link_only))
    return lines


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element a paragraph; scripts, styles and chrome dropped."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser  # lazy: most inputs are plain text

    tree = HTMLParser(markup)
    for selector in ("script", "style", "noscript", "template", "svg", "iframe", "form", "nav",
                     "header", "footer", "aside", "button", "select", "figure figcaption"):
        for node in tree.css(selector):
            node.decompose()
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    root = tree.body or tree.root
    if root is None:
        return title
    blocks = []
    for node in root.css("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt, div"):
        # Only leaf-most blocks: a div that contains paragraphs is represented by them.
        if node.tag == "div" and node.css_first("p, div, li, h1, h2, h3, blockquote"):
            continue
        text = " ".join(node.text(separator=" ").split())
        if text:
            prefix = "## " if node.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else ""
            blocks.append(prefix + text)
    if title and (not blocks or title not in blocks[0]):
        blocks.insert(0, "## " + title)
    return html.unescape("\n\n".join(blocks))


# runs of spaces and tabs, one space each: a single space is left as it is (replacing it changes nothing)
_BLANKS = re.compile(r"[ \t]{2,}|\t")


def normalise(text: str) -> str:
    """Unicode NFC, one kind of newline, one kind of long dash, no zero-width or non-breaking oddities."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff\u2060]", "", text)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\u2015", "\u2014")  # the horizontal bar some pages write as a dash ("HOUSTON ― Sept. 10 ―")
    return _BLANKS.sub(" ", text)


# --- the article ---------------------------------------------------------------------------------

# Month names: English with the abbreviations news writes, and (only written day first: "le 14 mars 2024",
# "14. März 2024", "14 de marzo de 2024", "4 maart 2024", "12. marts 2026") those of the European languages whose institutions'
# releases reach the newswires, accented and not.
ENGLISH_MONTHS: dict[str, int] = {
    name: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")]
    )
    for name in names
}
MONTHS: dict[str, int] = ENGLISH_MONTHS | {
    name: i + 1
    for i, names in enumerate(
        [
            # (Polish and Czech in the genitive a date uses: "9 czerwca 2026", "9. června 2026"; Turkish "22 Nisan 2026";
            # Indonesian "18 Maret 2026")
            "janvier januar jänner enero januari gennaio janeiro stycznia ledna ocak",
            "février fevrier februar febrero februari febbraio fevereiro lutego února şubat subat",
            "mars märz maerz marzo maart março marts marca března mart maret",  # Danish "12. marts 2026"
            "avril abril aprile kwietnia dubna nisan",
            "mai mayo mei maggio maio maj maja května mayıs mayis",
            "juin junio juni giugno junho czerwca června haziran",
            "juillet julio juli luglio julho lipca července temmuz",
            "août aout augustus agosto augusti sierpnia srpna ağustos agustos agustus",
            "septembre septiembre settembre setembro września září eylül eylul",
            "octobre oktober octubre ottobre outubro października října ekim",
            "novembre noviembre novembro listopada listopadu kasım kasim",
            "décembre decembre dezember diciembre dicembre dezembro desember grudnia prosince aralık aralik",
        ]
    )
    for name in names.split()
}


def _alternation(names: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


MONTH_WORDS = _alternation(ENGLISH_MONTHS)  # English month names, as a regex
DATE_PATTERN = (
    rf"(?:{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:of\s+|de\s+)?{_alternation(MONTHS)}\.?,?\s+(?:de\s+)?\d{{4}}"  # "1º de julho"
    rf"|\d{{1,2}}-{MONTH_WORDS}-\d{{4}}"  # "21-Apr-2021" (EurekAlert)
    r"|\d{4}(?:-\d{2}-|/\d{2}/)\d{2}|(?<![\w./])\d{4}\.\d{2}\.\d{2}(?!\d)"  # "2022/06/30", "2024.02.26" (not in a DOI)
    r"|(?<![\w.])(?:19|20)\d\d\.\s\d{1,2}\.\s\d{1,2}\.(?!\d)"  # "2026. 2. 11." (Korean)
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d"  # "17.03.2015", "5/3/2021"
    r"|(?<![\w-])\d{1,2}-\d{1,2}-(?:19|20)\d\d(?![\w-])"  # "03-11-2026" (Dutch)
    r"|(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])"  # "2025年7月1日" (Japanese, Chinese), "2025년 7월 1일"
)
# "March 19, 2007 -- ", "(Dec. 17, 2018) — ", "WASHINGTON (Reuters) - "
_DATELINE = re.compile(
    # "MONTRÉAL, le 25 mai", "ST. LOUIS — Thursday, April 2, 2026 —"
    rf"^\s*(?:[A-Z](?:[^\W\d_]|[ .,]){{0,40}}\s(?:(?:--|—|–)\s*[A-Z][a-z]+day,?\s+)?)?\(?(?P<date>{DATE_PATTERN})\)?"
    # "SEOUL, South Korea, April 2, 2026 /PRNewswire/ --", "KRAKÓW, Poland, June 3, 2026 (GLOBE NEWSWIRE) --"
    r"(?:\s*/[^/\n]{1,40}/|\s*\((?i:globe\s*newswire|business\s*wire|pr\s*newswire|accesswire)\))?\s*(?:--|—|–|-|\|)\s*"
    r"|^\s*(?:[A-Z][A-Z .,]{1,40}\s)?\((?:Reuters|AP|AFP|HealthDay News|UPI|Bloomberg)\)\s*(?:--|—|–|-)\s*",
    re.IGNORECASE,
)
# a clock time after a date: "11:42 am AEST", "09:30", "08:00 ET"
TIME_PATTERN = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?"
# a date line, perhaps with its time: "05 Jun 2023 11:42 am AEST", "17.01.2024 09:30"
_DATE_HEAD = rf"^\s*\(?{DATE_PATTERN}\)?(?:,?\s+{TIME_PATTERN})?\s*"
_DATE_ONLY = re.compile(rf"{_DATE_HEAD}[|\-–—]*\s*$", re.IGNORECASE)
# a page's header fields after its date: "June 16, 2026 08:00 ET | Source: Meridale Pharma, Inc." (GlobeNewswire)
_DATE_FIELDS = re.compile(rf"{_DATE_HEAD}\|", re.IGNORECASE)
# a line that starts with a full date or a clock time: "18 January 2024 | Story Jane Doe. Photo Supplied.",
# "5:00 AM PST, November 23, 2010"
_DATE_LEAD = re.compile(
    rf"^\s*(?:\(?{DATE_PATTERN}\)?(?:,?\s+{TIME_PATTERN})?|{TIME_PATTERN})\s*(?:[|\-–—,]|$|(?-i:(?=[A-Z])))",
    re.IGNORECASE)  # ("22 April 2026   KU Leuven")
# a site's name line under a title: "idw - Informationsdienst Wissenschaft", "eLife | Digests"
_SITE_LINE = re.compile(r"^\S+\s+[-–—|]\s+[A-Z][^.!?]{0,60}$")
# a line that starts with an e-mail address
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# a line that is a web address
_WEB_ADDRESS = re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by\s+[A-Z]|reviewed by\s|written by\s|\(?\s*[A-Z][\w.]* (?:Health )?News\)?$)",
                     re.IGNORECASE)


def _to_lines(text: str, fmt: str) -> list[_Line]:
    if fmt == "html":
        text = html_to_text(text)
        fmt = "markdown"
    text = normalise(text)
    lines = markdown_to_lines(text) if fmt == "markdown" else [_Line(t.strip()) for t in text.split("\n")]
    line_re, end_re, close_re, inline_re = _patterns()
    for line in lines:
        line.text = inline_re.sub("", line.text).strip()
        if line.text:
            line.closing = bool(close_re.match(line.text))
            line.end_marker = line.closing or bool(end_re.match(line.text))
            line.chrome = line.end_marker or bool(line_re.match(line.text))
    return lines


def _paragraphs(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped lines of one paragraph; blank lines separate paragraphs."""
    out: list[_Line] = []
    prev_blank = True
    for line in lines:
        if not line.text:
            prev_blank = True
            continue
        last = out[-1] if out else None
        wrapped = (
            last is not None
            and not prev_blank
            and not (last.heading or line.heading or last.chrome or line.chrome or last.link_only)
            and not _TERMINAL.search(last.text)
            and last.words >= _MIN_PROSE_WORDS
            and (line.text[:1].islower() or line.text[:1].isdigit())
            and not _date_line(line)  # "... Agency Press Release" over "2026. 2. 11. (Wed)"
        )
        if wrapped:
            last.text = f"{last.text} {line.text}"
        else:
            out.append(line)
        prev_blank = False
    return out


def _repair_captions(paras: list[_Line]) -> list[_Line]:
    """Rejoin a sentence that a caption or a layout break cut in two.

    "... approved in June" / "Michael Karin, PhD" / "2010, the Food and Drug Administration ..."
    becomes one paragraph and the caption is dropped: a prose paragraph that stops without
    terminal punctuation, then at most two short lines, then a paragraph starting in lower case or
    with a digit.
    """
    out: list[_Line] = []
    i = 0
    while i < len(paras):
        cur = paras[i]
        while (
            cur.words >= _MIN_PROSE_WORDS
            and not cur.heading
            and not cur.chrome
            and not _TERMINAL.search(cur.text)
        ):
            for gap in range(3):
                j = i + 1 + gap
                if j >= len(paras):
                    break
                nxt = paras[j]
                skipped = paras[i + 1 : j]
                # (a line repeating ``cur`` is a title shown twice, not a caption inside a sentence)
                if all(s.words <= 8 and not s.prose and not _DATE_ONLY.match(s.text) and s.text != cur.text
                       for s in skipped) and _rest_of_sentence(nxt):
                    cur = _Line(f"{cur.text} {nxt.text}")
                    i = j
                    break
            else:
                break
            if j >= len(paras):
                break
        out.append(cur)
        i += 1
    return out


DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)  # a full date anywhere in a text


def _date_line(p: _Line) -> bool:
    """A short line holding a date: "2026-nen 5-gatsu 14-nichi (May 14, 2026)", "2026. 2. 11. (Wed)"."""
    return p.words <= 12 and bool(DATE_RE.search(p.text))


_PHONE_LINE = re.compile(r"^\+?[\d()][\d ()./-]{6,20}(?:\s*\([^()]{1,40}\))?$")


def _rest_of_sentence(p: _Line) -> bool:
    """``p`` can be the rest of a sentence a caption or a layout break cut: it starts in lower case or with a
    digit, and is no chrome, date or time line, web address, byline, site name line or one-word label."""
    t = p.text
    return (
        (t[:1].islower() or t[:1].isdigit())
        and not p.chrome
        and not _DATE_LEAD.match(t)
        and not _WEB_ADDRESS.match(t)
        and not _EMAIL_LINE.match(t)  # a contact block's address under its office line
        and not _PHONE_LINE.match(t)  # ... or its telephone number ("071 526 8005")
        and not _date_line(p)
        and not _BYLINE.match(t)
        and not _SITE_LINE.match(t)
        and not (p.words == 1 and not _TERMINAL.search(t))  # a label: "eLife", "nutrition"
    )


def _max_run(paras: list[_Line]) -> tuple[float, tuple[int, int] | None]:
    """Score and indices [start, end] of the maximum-scoring run of paragraphs (None when no prose)."""
    best, best_range = 0.0, None
    running, start = 0.0, 0
    for i, p in enumerate(paras):
        if p.end_marker:
            score = -10 * _CHROME_PENALTY
        elif p.chrome or p.link_only:
            score = -_CHROME_PENALTY
        elif p.prose:
            score = float(p.words)
        else:
            score = -float(_SHORT_LINE_PENALTY)
        if running <= 0:
            running, start = score, i
        else:
            running += score
        if running > best:
            best, best_range = running, (start, i)
    return best, best_range


def _best_window(paras: list[_Line]) -> tuple[int, int] | None:
    """Indices [start, end] of the article's paragraphs, or None when no prose. A release's closing mark
    ends it: a longer "background" note after "###" is not the article when the release has prose above."""
    close = next((i for i, p in enumerate(paras) if p.closing), None)
    if close is not None:
        score, window = _max_run(paras[:close])
        if score >= _MIN_RELEASE_WORDS:
            return window
    return _max_run(paras)[1]


def _is_title_candidate(p: _Line) -> bool:
    t = p.text
    if p.chrome or p.link_only or not t or p.end_marker:
        return False
    if _DATE_ONLY.match(t) or _BYLINE.match(t):
        return False
    # (a script without case starts a title too: "دراسة في مستشفى القلب ... / Heart Hospital study: ...")
    if not (t[:1].isupper() or t[:1].isdigit() or t[:1] in "\"'“‘" or (t[:1].isalpha() and not t[:1].islower())):
        return False
    words = p.words
    if words < 2 or words > 30:
        return False
    if t.isupper() and words <= 4:  # menu labels such as "FOR THE MEDIA"
        return False
    return not p.prose or words <= 30


def clean_document(text: str, fmt: str = "text") -> CleanedText:
    """The article alone, with its title and the header/footer lines kept apart."""
    lines = _to_lines(text, fmt)
    paras = _repair_captions(_paragraphs(lines))
    window = _best_window(paras)
    if window is None:
        return CleanedText(None, None, "", "", "", None)  # nothing article-like in the file
    start, end = window
    # Trim non-prose from the window's edges: headings, captions and menus at its rim.
    while start < end and not paras[start].prose:
        start += 1
    while end > start and not paras[end].prose:
        end -= 1

    # Header: the short lines directly above the article (title, deck, byline, date line).
    header: list[_Line] = []
    k = start - 1
    while k >= 0 and len(header) < 8 and not paras[k].prose and not paras[k].end_marker:
        if paras[k].chrome and k == start - 1 and not paras[k].link_only:
            k -= 1  # a photo credit or share line right above the article ("Image: Shutterstock.com")
            continue
        if paras[k].chrome or paras[k].link_only:
            break
        header.insert(0, paras[k])
        k -= 1
    title_lines = [p for p in header if _is_title_candidate(p)]
    heading_lines = [p for p in title_lines if p.heading]
    title_line = heading_lines[0] if heading_lines else (title_lines[0] if title_lines else None)
    subtitle = None
    first = _title_line_of_file(lines, paras, start, end) if fmt == "text" else None
    if first is not None and start == 0:
        start, title_line = 1, first
        if end > start and paras[start].text == first.text:  # the title shown twice
            start += 1
    elif first is not None and (title_line is None or title_line.text != first.text):
        # a plain-text file opens with its title line: a site name or menu right above the article is not it
        title_line = first
    elif title_line is not None:
        after = [p for p in title_lines if header.index(p) > header.index(title_line)]
        subtitle = after[0].text if after and not after[0].heading else None

    body_paras = [p for p in paras[start : end + 1] if p.prose]
    headings = "\n".join(p.text for p in paras[start : end + 1] if not p.prose and not p.chrome and p.text)
    title = title_line.text if title_line else None
    above = " ".join(p.text for p in paras[max(0, start - 12) : start])
    is_abstract_page = bool(_ABSTRACT_PAGE.search(above))
    if title is None and is_abstract_page and len(body_paras) > 1 and _single_sentence(body_paras[0].text):
        # Abstract pages: the title is a one-sentence line right above the abstract.
        title = body_paras[0].text.rstrip(".")
        body_paras = body_paras[1:]

    dateline = None
    if body_paras:
        m = _DATELINE.match(body_paras[0].text)
        if m:
            dateline = m.group(0).strip()
            rest = body_paras[0].text[m.end() :]
            body_paras[0] = _Line(rest[:1].upper() + rest[1:] if rest else rest)

    preamble = "\n".join(p.text for p in header if p is not title_line and p.text != title)  # a repeated title too
    trailer_lines = []
    for p in paras[end + 1 : end + 1 + 40]:
        trailer_lines.append(p.text)
    body = "\n\n".join(p.text for p in body_paras if p.text)
    masthead = "\n".join(p.text for p in paras[:start])
    return CleanedText(title, subtitle, body, preamble, "\n".join(trailer_lines), dateline, is_abstract_page,
                       masthead, headings)


def _title_line_of_file(lines: list[_Line], paras: list[_Line], start: int, end: int) -> _Line | None:
    """The file's first line when it stands alone above a blank line and could be a title (the plain-text
    layout of news and releases: title line, blank line, body). Inside the article only when it is a question
    or an exclamation, not a sentence: "Could a blood test lead to new treatments for depression?"."""
    i = next((i for i, line in enumerate(lines) if line.text), None)
    if i is None or i + 1 >= len(lines) or lines[i + 1].text or paras[0] is not lines[i]:
        return None
    if start == 0 and (end == 0 or paras[0].text.endswith(".") or not _single_sentence(paras[0].text)):
        return None
    label = paras[0].text.endswith(":")  # a menu's label: "Find Information About:"
    return paras[0] if _is_title_candidate(paras[0]) and not label else None


def _single_sentence(text: str) -> bool:
    return len(re.findall(r"[.!?](?:\s|$)", text)) <= 1 and len(text.split()) <= 40
