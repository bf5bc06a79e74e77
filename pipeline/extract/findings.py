"""Finding (relation) extraction: who does what to whom, sentence by sentence.

Rule-based on purpose (no parser model can be loaded offline here). For every sentence with at least
two grounded participants the extractor looks at each pair of entities, picks the best pair of their
mentions, and reads the text between (and around) them:

* trigger words carry a predicate class and a sign ("inhibited" -> inhibits, -; "promote" -> +);
  several triggers compose by multiplying signs, so "antibody against IL-1alpha inhibited IL-6" and
  "interfering with RANKL ... seemed to block tumor progression" come out positive for the subject;
* passives ("B was induced by A"), nominalisations ("induction of B by A") and hyphenated
  participles ("A-induced B") decide which mention is subject;
* coordinations ("IL-6, IL-8, and MMP3") share the trigger; a bare list between two mentions means
  they are coordinated, not related; "but not X" gives a negated finding for X;
* negation (not, no, did not, failed to, ...) and hedging (suggests, may, might, could, appears to,
  potentially, likely, ...) are flags on the finding; organism comes from species words in the
  sentence, else from the article's study context.

Predicate vocabulary (direction in brackets): increases (+), decreases (-), activates (+),
inhibits (-), produces (+), binds (0), associated_with (0 unless a signed cue is present).
See notes/findings.md for the figures and the decisions behind them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.ids import stable_id
from pipeline.model import CleanArticle, Entity, Finding, Mention, Sentence

VERSION = "1"

PREDICATES = {
    "increases": "+",
    "decreases": "-",
    "activates": "+",
    "inhibits": "-",
    "produces": "+",
    "binds": "0",
    "associated_with": "0",
}

# Entity types that take part in findings (species and cell lines only set the organism/context).
PARTICIPANT_TYPES = frozenset(
    {"gene", "protein_family", "chemical", "cell_type", "process", "disease", "variant"}
)

# ---------------------------------------------------------------------------------------------
# Trigger lexicon: (regex, class, sign). Class names map onto predicates in _predicate().
#   up: increases   act: activates   down: decreases   block: inhibits   prod: produces
#   assoc: associated_with   bind: binds   flip: a modifier that reverses the sign (loss of, anti-)
# ---------------------------------------------------------------------------------------------
_T: list[tuple[str, str, int]] = [
    # positive
    (r"increas\w*|elevat\w*|rais(?:e|es|ed|ing)|augment\w*|enhanc\w*|boost\w*|amplif\w*", "up", 1),
    (r"up-?regulat\w*|overexpress\w*|over-expression|accumulat\w*", "up", 1),
    (r"induc\w*|trigger\w*|provok\w*|evok\w*|elicit\w*|stimulat\w*|potentiat\w*", "up", 1),
    (r"promot\w*|facilitat\w*|favou?r\w*|accelerat\w*|hasten\w*|intensif\w*|exacerbat\w*", "up", 1),
    (r"aggravat\w*|worsen\w*|driv(?:e|es|en|ing)|drove|fuel\w*|spur\w*|prompt\w*", "up", 1),
    (r"caus(?:e|es|ed|ing|ative)|lead(?:s|ing)? to|led to|result\w* in|give[sn]? rise to|gave rise to", "up", 1),
    (r"contribut\w* to|responsible for|required for|requires?|necessary for|essential for|needed for", "up", 1),
    (r"(?:is|was|are|were|be) (?:the |a )?key (?:to|for|in)|key (?:role|factor|driver|mediator)", "up", 1),
    (r"important (?:role|factor|mediator)|crucial (?:role|for)|critical (?:role|for)", "up", 1),
    (r"translat\w* (?:in)?to an? increase|more effective|more likely|more sensitive|sensiti[sz]\w*", "up", 1),
    (r"activat\w*|turn(?:s|ed)? on|switch(?:es|ed)? on|phosphorylat\w*", "act", 1),
    (r"-(?:induced|mediated|driven|dependent|stimulated|triggered|activated|evoked|associated)", "up", 1),
    (r"produc(?:e|es|ed|ing|tion)|secret\w*|releas\w*|synthesi[sz]\w*|mak(?:e|es|ing) (?:a |the )?\w*|made", "prod", 1),
    (r"express(?:es|ed|ing)?|source of", "prod", 1),
    (r"risk factor|predispos\w*|susceptib\w*", "up", 1),
    # negative
    (r"decreas\w*|reduc\w*|lower\w*|diminish\w*|attenuat\w*|declin\w*|impair\w*|weaken\w*", "down", -1),
    (r"down-?regulat\w*|repress\w*|silenc\w*|deplet\w*|los[se] of|lost|abolish\w*|abrogat\w*", "down", -1),
    (r"turn(?:s|ed|ing)? off|shut(?:s|ting)? (?:off|down)|switch(?:es|ed)? off|loss", "down", -1),
    (r"inhibit\w*|suppress\w*|block\w*|prevent\w*|antagoni[sz]\w*|counteract\w*|revers\w*", "block", -1),
    (r"alleviat\w*|ameliorat\w*|protect\w*|reliev\w*|rescu\w*|restor\w*|improv\w*|treat\w*", "block", -1),
    (r"halt\w*|stop\w*|slow\w*|limit\w*|restrain\w*|restrict\w*|disrupt\w*|interfer\w*|eliminat\w*", "block", -1),
    (r"keeps? \w+(?: \w+)? from|kept \w+(?: \w+)? from|resistan\w* to|therap\w* (?:of|for)", "block", -1),
    (r"neutrali[sz]\w*|knock(?:ed)?[- ]?down|knock(?:ed)?[- ]?out|delet\w*|ablat\w*|defici\w*|lack\w*", "down", -1),
    (r"-(?:null|negative|deficient)|absence of|sh?RNA|siRNA|antibod\w* (?:against|to)|anti-(?=\w)", "down", -1),
    (r"(?<![a-z])(?:inhibitors?|antagonists?|blockers?|blockade)(?![a-z])", "block", -1),
    # undirected
    (r"associat\w*|correlat\w*|link\w*|relat(?:ed|ion\w*)|involv\w*|implicat\w*|participat\w*", "assoc", 0),
    (r"role (?:of|for|in)|connected to|mutation\w*|variant\w*|marker|predict\w*|target\w*|regulat\w*", "assoc", 0),
    (r"bind\w*|bound|interact\w*|complex(?:es)? with|dimeri[sz]\w*|recruit\w*", "bind", 0),
]
_TRIGGERS = [(re.compile(r"(?<![\w-])" + p if not p.startswith("-") else p, re.I), c, s) for p, c, s in _T]

_NEG = re.compile(
    r"\b(?:not|no|never|neither|nor|without|cannot|can't|didn't|doesn't|don't|wasn't|weren't|"
    r"isn't|aren't|failed to|fails to|unable to|lack of effect|did not|does not|do not|"
    r"was not|were not|had no|has no|have no|no longer)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:suggest\w*|may|might|could|appear\w* to|appears|seem\w*|potential\w*|likely|possibl\w*|"
    r"perhaps|presumabl\w*|hypothes\w*|propos\w*|speculat\w*|putative\w*|indicat\w*|whether|"
    r"raise[sd]? the possibility|implicat\w*)\b",
    re.I,
)
_BUT_NOT = re.compile(r"(?:\bbut not|\band not|\bnot|\bexcept|\brather than|\bunlike)\s*(?:the\s+|of\s+)?$", re.I)
_PASSIVE_BY = re.compile(
    r"^\s*(?:\w+\s+){0,1}?(?:by|through|via|upon|following|in response to|after)\b", re.I
)
_COORD = re.compile(r"^[\s,;/&E()]*(?:\b(?:and|or|and/or|as well as|plus|versus|vs\.?|nor)\b[\s,E()]*)*$", re.I)
_CLAUSE_BREAK = re.compile(r";|, (?:whereas|while|but|although|however)\b|\b(?:whereas|while)\b", re.I)
_RELATIVE = re.compile(r"^\s*,?\s*(?:which|that|who|whose|where)\b", re.I)
_VERB_COORD = re.compile(r"^\s*,?\s*(?:and|but|while|whereas)\s", re.I)
_SYMMETRIC = re.compile(
    r"(?:association|correlation|interaction|relationship|link|binding|complex|relation)s?\s+"
    r"(?:between|of|among)\s*$",
    re.I,
)

# Species words -> NCBI Taxonomy CURIEs (the sentence is searched first, then the article).
_SPECIES = [
    (re.compile(r"\b(?:mice|mouse|murine|mus musculus)\b", re.I), "NCBITaxon:10090"),
    (re.compile(r"\b(?:rats?|rattus)\b", re.I), "NCBITaxon:10116"),
    (re.compile(r"\b(?:zebrafish|danio)\b", re.I), "NCBITaxon:7955"),
    (re.compile(r"\b(?:drosophila|fruit flies|fruit fly)\b", re.I), "NCBITaxon:7227"),
    (re.compile(r"\b(?:c\. elegans|caenorhabditis)\b", re.I), "NCBITaxon:6239"),
    (re.compile(r"\b(?:yeast|saccharomyces)\b", re.I), "NCBITaxon:4932"),
    (
        re.compile(
            r"\b(?:patients?|humans?|women|woman|men|man|people|persons?|individuals?|volunteers?|"
            r"participants?|children|infants?|adults?|subjects?|families|homo sapiens|"
            r"hela|mcf-?7|mda-mb-\d+|hek-?293\w*)\b",
            re.I,
        ),
        "NCBITaxon:9606",
    ),
]
_TAXON_MENTION = re.compile(r"^NCBITaxon:\d+$")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # offsets into the sentence text
    end: int
    entity_id: str


@dataclass(slots=True)
class _Relation:
    subject: str
    object: str
    predicate: str
    direction: str
    negated: bool
    hedged: bool
    score: float


# ------------------------------------------------------------------------------------------------


def _triggers(text: str) -> list[tuple[int, int, str, int]]:
    """Non-overlapping trigger matches in ``text``: (start, end, class, sign), left to right."""
    found: list[tuple[int, int, str, int]] = []
    for rx, cls, sign in _TRIGGERS:
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), cls, sign))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str, int]] = []
    for t in found:
        if out and t[0] < out[-1][1]:
            continue
        out.append(t)
    return out


def _mask(text: str, spans: Sequence[_Span], lo: int, hi: int) -> str:
    """text[lo:hi] with every entity span inside replaced by 'E' (keeps the structure visible)."""
    out = []
    pos = lo
    for sp in spans:
        if sp.start >= lo and sp.end <= hi:
            if sp.start < pos:
                continue
            out.append(text[pos : sp.start])
            out.append(" E ")
            pos = sp.end
    out.append(text[pos:hi])
    return "".join(out)


def _predicate(classes: list[str], sign: int) -> tuple[str, str]:
    signed = [c for c in classes if c not in ("assoc", "bind")]
    if not signed:
        if "bind" in classes:
            return "binds", "0"
        return "associated_with", "0"
    main = signed[-1]
    if sign > 0:
        if main == "act":
            return "activates", "+"
        if main == "prod" and len(signed) == 1:
            return "produces", "+"
        return "increases", "+"
    if main == "block":
        return "inhibits", "-"
    return "decreases", "-"


def _merge_spans(text: str, spans: list[_Span]) -> list[_Span]:
    """Join 'long name (ABBR)' of one entity into one span; drop nested duplicates."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[_Span] = []
    for sp in spans:
        if out and sp.entity_id == out[-1].entity_id:
            prev = out[-1]
            gap = text[prev.end : sp.start]
            if sp.start <= prev.end or re.fullmatch(r"\s*[(\[]\s*", gap):
                end = max(prev.end, sp.end)
                if end < len(text) and text[end] in ")]":
                    end += 1
                out[-1] = _Span(prev.start, end, sp.entity_id)
                continue
        out.append(sp)
    return out


def _analyse(text: str, spans: list[_Span], a: _Span, b: _Span) -> _Relation | None:
    """Relation between mention a (left) and mention b (right) of one sentence, or None."""
    between = _mask(text, spans, a.end, b.start)
    if _CLAUSE_BREAK.search(between) or len(between) > 220:
        return None
    pre_a = text[max(0, a.start - 60) : a.start]
    pre_b = text[max(0, b.start - 25) : b.start]
    negated = bool(_BUT_NOT.search(pre_b) and "but not" in pre_b.lower()) or bool(
        re.search(r"\bbut not\s*(?:the\s+)?$", pre_a, re.I)
    )
    hedged = bool(_HEDGE.search(text[: b.end]))

    # Symmetric nouns: "association between A and B", "interaction of A with B".
    if _SYMMETRIC.search(pre_a) and re.fullmatch(r"\s*(?:and|with|to)\s*", between, re.I):
        noun = _SYMMETRIC.search(pre_a).group(0).lower()
        pred = "binds" if noun.startswith(("interaction", "binding", "complex")) else "associated_with"
        return _Relation(a.entity_id, b.entity_id, pred, "0", negated, hedged, 2.0)

    # Split the between-text at intervening mentions.
    segments = between.split(" E ")
    if len(segments) > 1:
        head, tail = segments[0], segments[-1]
        middle_coord = all(_COORD.fullmatch(s) for s in segments[1:])
        if middle_coord:
            use = head  # "A inhibited B, C and D": D inherits A's trigger
            chain = False
        elif _VERB_COORD.match(tail) and _triggers(tail):
            use = tail  # "A increased B and decreased C"
            chain = False
        elif _RELATIVE.match(tail) or not _triggers(tail):
            return None
        else:
            use = between  # chain: "A was the key to the ability of B to promote C"
            chain = True
    else:
        use = between
        chain = False

    if _COORD.fullmatch(between):
        return None  # coordinated: "IL-6, IL-8 and MMP3"

    trig = _triggers(use)
    subject, obj = a, b
    passive = False
    if trig:
        after_last = use[trig[-1][1] :]
        if _PASSIVE_BY.match(after_last):
            passive = True
    else:
        # Nominalisation before a: "induction of A by B", "inhibition of A by B".
        pre_trig = _triggers(text[max(0, a.start - 40) : a.start])
        if pre_trig and re.search(r"\bof\s*(?:the\s+)?$", pre_a, re.I) and re.search(r"\bby\b", between):
            t = pre_trig[-1]
            trig = [t]
            passive = True
        else:
            return None
    if passive:
        subject, obj = b, a

    # Modifiers of the subject when it comes first: "antibody against A inhibited B".
    flips = 0
    if subject is a:
        mod = _triggers(text[max(0, a.start - 45) : a.start])
        if mod and re.search(
            r"(?:antibod\w* (?:against|to)|inhibit\w* of|inhibitors? of|block\w*|blockade of|"
            r"knock\w*(?: of)?|silencing(?: of)?|deplet\w* of|delet\w* of|loss of|lack of|absence of|"
            r"interfer\w* with(?: the ability of)?|neutrali[sz]\w*(?: of)?|anti-|deficien\w* (?:of|in)|"
            r"disrupt\w* of|suppress\w* of|drugs? that block)\s*(?:the\s+)?(?:\w+\s+)?$",
            pre_a,
            re.I,
        ):
            flips += 1
    sign = 1
    classes = []
    for _, _, cls, s in trig:
        classes.append(cls)
        if s < 0:
            sign = -sign
    if flips % 2:
        sign = -sign
    neg_window = use[: trig[-1][0]] if trig and not passive else use
    if trig and _NEG.search(neg_window[-40:]):
        negated = True
    if re.search(r"\bno (?:effect|change|association|correlation|difference)", use, re.I):
        negated = True
    pred, direction = _predicate(classes, sign)
    if all(c in ("assoc", "bind") for c in classes):
        direction = "0"
    score = 3.0 - (0.5 if chain else 0) - len(between) / 200
    return _Relation(subject.entity_id, obj.entity_id, pred, direction, negated, hedged, score)


def _organism_votes(text: str) -> Counter:
    votes: Counter = Counter()
    for rx, taxon in _SPECIES:
        votes[taxon] += len(rx.findall(text))
    return votes


def _study_organism(article: CleanArticle, mentions: Sequence[Mention]) -> str | None:
    votes = _organism_votes(article.body)
    for m in mentions:
        if _TAXON_MENTION.match(m.entity_id):
            votes[m.entity_id] += 1
    # Model organisms name the study; "patients" are often only the motivation.
    for taxon in ("NCBITaxon:10090", "NCBITaxon:10116", "NCBITaxon:7955", "NCBITaxon:7227"):
        if votes[taxon] >= 2 and votes[taxon] * 2 >= votes["NCBITaxon:9606"]:
            return taxon
    best = [t for t, n in votes.most_common() if n > 0]
    return best[0] if best else None


def _sentence_organism(sentence: Sentence, mentions: Sequence[Mention]) -> str | None:
    votes = _organism_votes(sentence.text)
    for m in mentions:
        if _TAXON_MENTION.match(m.entity_id):
            votes[m.entity_id] += 1
    best = [t for t, n in votes.most_common() if n > 0]
    return best[0] if best else None


def _participant(eid: str, entities: Mapping[str, Entity]) -> bool:
    ent = entities.get(eid)
    if ent is None:
        return not _TAXON_MENTION.match(eid)
    return ent.entity_type in PARTICIPANT_TYPES


def extract_findings(
    article: CleanArticle, mentions: Sequence[Mention], entities: Mapping[str, Entity]
) -> list[Finding]:
    """Findings stated in ``article``'s sentences, one per (sentence, subject, predicate, object, negated)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    study_org = _study_organism(article, mentions)
    findings: dict[str, Finding] = {}
    for sentence in article.sentences:
        ms = by_sentence.get(sentence.index, [])
        spans = [
            _Span(m.start_char - sentence.start, m.end_char - sentence.start, m.entity_id)
            for m in ms
            if _participant(m.entity_id, entities) and sentence.start <= m.start_char < sentence.end
        ]
        if len({s.entity_id for s in spans}) < 2:
            continue
        spans = _merge_spans(sentence.text, spans)
        organism = _sentence_organism(sentence, ms) or study_org
        best: dict[frozenset, _Relation] = {}
        for i, a in enumerate(spans):
            for b in spans[i + 1 :]:
                if a.entity_id == b.entity_id or b.start < a.end:
                    continue
                rel = _analyse(sentence.text, spans, a, b)
                if rel is None:
                    continue
                key = frozenset((a.entity_id, b.entity_id))
                if key not in best or rel.score > best[key].score:
                    best[key] = rel
        for rel in best.values():
            fid = stable_id(
                article.article_id, sentence.index, rel.subject, rel.predicate, rel.object, rel.negated
            )
            findings[fid] = Finding(
                finding_id=fid,
                article_id=article.article_id,
                sentence_index=sentence.index,
                subject_id=rel.subject,
                predicate=rel.predicate,
                object_id=rel.object,
                direction=rel.direction,
                negated=rel.negated,
                hedged=rel.hedged,
                organism=organism,
                evidence=sentence.text,
                start_char=sentence.start,
                end_char=sentence.end,
            )
    return sorted(findings.values(), key=lambda f: (f.sentence_index, f.subject_id, f.object_id, f.predicate))
