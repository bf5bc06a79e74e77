"""Sentence splitting with character offsets into the article body.

Rule-based on purpose: fast (no model to load), deterministic, and tuned to the abbreviations of
biomedical writing (Dr., Fig., et al., e.g., U.S., Nov., St.), decimal numbers and initials.
"""

from __future__ import annotations

import re

from pipeline.ids import stable_id
from pipeline.model import CleanArticle, Sentence

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms prof sr jr st mt no vs etc al fig figs eq ref refs approx ca cf e.g i.e viz
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept univ assoc
    u.s u.k u.s.a d.c ph.d m.d b.sc m.sc sp spp var subsp nos vol pp ed eds
    """.split()  # noqa: SIM905
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
# Blank lines (paragraph breaks) always end a sentence.
# Scraped news glues sentences without a space ("the landscape.But"): a word of three lower-case letters, the
# punctuation and a capitalised word also make a candidate (web addresses excepted, see split_sentences).
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)|(?<=[a-z]{3})[.!?]+["'”’)\]]*(?=[A-Z][a-z])|\n\s*\n""")
_WEB_ADDRESS = re.compile(r"www|[/@.:]", re.IGNORECASE)  # in the word before a glued full stop
_NEXT_START = re.compile(r"""\s+["'“‘(\[]*([A-Z0-9*]|$)""")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the period at text[end-1] closes an abbreviation or an initial."""
    start = end - 1
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“":
        # an opening quote ends the token, an apostrophe inside a word does not ("Parkinson's." is no initial "s.")
        if text[start - 1] == "'" and not (start > 1 and text[start - 2].isalpha()):
            break
        start -= 1
    token = text[start:end].rstrip(".").lower()
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    # Single initials ("Robert M. Hoffman", "Jin Q. Cheng").
    return len(token) == 1 and token.isalpha()


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """Split ``body`` into sentences; offsets are exact and text == body[start:end]."""
    sentences: list[Sentence] = []
    pos = 0
    n = len(body)

    def emit(start: int, end: int) -> None:
        # Trim whitespace so offsets point at the first and last visible character.
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(len(sentences), start, end, body[start:end]))

    for m in _BOUNDARY.finditer(body):
        end = m.end()
        if m.group(0).startswith("\n"):
            emit(pos, m.start())
            pos = end
            continue
        punct_end = m.start() + len(m.group(0).rstrip("\"'”’)]"))
        if body[punct_end - 1] == "." and _ends_with_abbreviation(body, punct_end):
            continue
        if end < n and not body[end].isspace():
            word_start = m.start()
            while word_start > pos and not body[word_start - 1].isspace():
                word_start -= 1
            if _WEB_ADDRESS.search(body, word_start, m.start()):
                continue  # "www.Walgreens.com", "example.org/News"
        # Only split when the next sentence plausibly starts (capital, digit, quote or end).
        elif _NEXT_START.match(body, end) is None and end < n:
            continue
        emit(pos, end)
        pos = end
    emit(pos, n)
    return tuple(sentences)


def make_article(
    body: str,
    *,
    title: str | None = None,
    document_id: str = "test-document",
    source_path: str = "test.txt",
    source_kind: str = "other",
) -> CleanArticle:
    """Build a CleanArticle from already-clean text (used for corpus scoring and tests)."""
    return CleanArticle(
        article_id=stable_id(document_id, 0),
        document_id=document_id,
        source_path=source_path,
        title=title,
        body=body,
        sentences=split_sentences(body),
        source_kind=source_kind,
    )
