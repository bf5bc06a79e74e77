"""Funding statements: who paid for the research, with which award numbers.

Works sentence by sentence on the clean body. A sentence is read only when it carries a funding cue
("supported by", "funded by", "grant", "award", "fellowship", "financial support", ...). In such a
sentence we find

* award numbers: NIH-style numbers (``R01 CA094060``, ``CA94060``, ``5R01HL123451-03``) parsed and
  normalised (see :func:`normalize_nih`), other funders' numbers kept verbatim;
* funders: names from the curated registry (seeds/lexicons/funders.tsv, acronyms included) and, for
  the long tail, capitalised organisation names found by pattern ("... Foundation", "... Council",
  "Ministry of ...", company suffixes), or an unknown acronym right before an award number.

Each award is attached to the funder written next to it (the nearest one before it, or the one after
it in "grant X from Y"); an NIH award whose written funder is the NIH (or none) is attributed to the
institute its IC code names (CA -> NCI, HL -> NHLBI, ...). Output: one row per funder and award, a
funder without award gets one row with ``award_id`` null; unknown funders keep their name as written
and ``funder_id`` null.

Canonical NIH award form: activity code + IC code + 6-digit serial, e.g. ``R01CA094060``; without an
activity code in the text just IC + serial (``CA094060``). The application type prefix ("5") and the
support year suffix ("-03", "-03S1") are dropped: they name one year of the same project.
"""

from __future__ import annotations

import re

from pipeline.lexicon_files import lexicon_path, read_word_list
from pipeline.model import CleanArticle, Funder, FundingRow
from pipeline.registries import FunderRegistry, Match, load_funders

# The funder-span tagger (see "sequence tagger" below), beside funders.tsv in the lexicon folder.
TAGGER_FILE = lexicon_path("funding_tagger.crfsuite")


def _model_digest() -> str:
    """Short hash of the funder-span tagger model, so retraining it re-extracts funding."""
    import hashlib

    return hashlib.sha256(TAGGER_FILE.read_bytes()).hexdigest()[:8] if TAGGER_FILE.exists() else "none"


# 16: a consortium's member list ("The Participating Institutions are ...") names no funder; a lone "Inc", or
# a country after a comma, is the tail of a name or address; acronyms listed with a funder; "and by the X".
# 15: two or more trailing lower-case words off a tagged name ("Era of Hope breast cancer")
RULES_VERSION = "18"
VERSION = RULES_VERSION + "+model." + _model_digest()  # rule version + the CRF model file it reads

# NIH institute/centre codes -> funder ids in funders.tsv.
IC_CODES: dict[str, str] = {
    "CA": "fundref:100000054",  # NCI
    "HL": "fundref:100000050",  # NHLBI
    "GM": "fundref:100000057",  # NIGMS
    "NS": "fundref:100000065",  # NINDS
    "AI": "fundref:100000060",  # NIAID
    "DK": "fundref:100000062",  # NIDDK
    "MH": "fundref:100000025",  # NIMH
    "AG": "fundref:100000049",  # NIA
    "HD": "fundref:100000071",  # NICHD
    "EY": "fundref:100000053",  # NEI
    "DA": "fundref:100000026",  # NIDA
    "AA": "fundref:100000027",  # NIAAA
    "HG": "fundref:100000051",  # NHGRI
    "ES": "fundref:100000066",  # NIEHS
    "AR": "funder:niams",
    "DE": "funder:nidcr",
    "DC": "funder:nidcd",
    "NR": "funder:ninr",
    "EB": "funder:nibib",
    "MD": "funder:nimhd",
    "AT": "funder:nccih",
    "TR": "funder:ncats",
    "RR": "funder:ncrr",
    "LM": "funder:nlm",
    "TW": "funder:fic",
    "OD": "funder:nih-od",
    "RM": "funder:nih-od",
    "HS": "funder:ahrq",
}
NIH_ID = "fundref:100000002"
# IC codes that are also US state abbreviations: "Stanford, CA 94305" is an address, not an award.
_STATE_LIKE = {"CA", "MD", "AR", "DE", "DC", "AA", "MH", "GM"}

_NIH = re.compile(
    r"""(?<![A-Za-z0-9/-])
    (?:(?P<type>[1-9])[\s-]?(?=[A-Z]))?
    (?:(?P<act>[A-Z][A-Z0-9]\d)[\s-]*)?
    (?P<ic>"""
    + "|".join(sorted(IC_CODES))
    + r""")[\s-]?(?P<serial>\d{4,6})
    (?:-(?P<year>\d{2})(?P<supp>[A-Z]\d)?)?
    (?![A-Za-z0-9])""",
    re.VERBOSE,
)


def normalize_nih(text: str) -> str | None:
    """Canonical NIH award for ``text`` if it is one, else None ("5 R01 CA-94060-03" -> R01CA094060)."""
    m = _NIH.search(text)
    if not m:
        return None
    return _nih_canonical(m)


def _nih_canonical(m: re.Match) -> str:
    act = m.group("act") or ""
    if len(act) == 3 and act[1] == "O":  # "RO1" typed with a letter O
        act = act[0] + "0" + act[2]
    return f"{act}{m.group('ic')}{int(m.group('serial')):06d}"


def normalize_award(text: str) -> str:
    """Normalised award number for comparison: NIH canonical form, else upper-case alphanumerics
    without a leading letters-only word ("ARC DP0211698" -> DP0211698) or a trailing "(...)"."""
    nih = normalize_nih(text)
    if nih:
        return nih
    t = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    t = re.sub(r"^(?:[A-Za-z]+\s+)+(?=\S*\d)", "", t)
    return re.sub(r"[^0-9A-Za-z]", "", t).upper()


# --------------------------------------------------------------------------------------------
_CUE = re.compile(
    r"\b(?:supported|(?:financial|funding|grant|research|generous|partial)\s+support|support\s+(?:from|by)|"
    r"support\s+of\s+(?:this|the|our)\s+(?:work|study|research|project)\s+by|"
    r"fund(?:ed|ing|s|er|ers)?|grants?|award(?:s|ed)?|fellowships?|"
    r"sponsor(?:ed|ship|s)?|financ(?:ed|ial|ially|ing)|scholarships?|contracts?|subsidi[sz]ed|"
    r"paid\s+for|bursary|stipend|endowment)\b",
    re.IGNORECASE,
)
# A strong cue right before a name makes it a funder even without an organisation word.
_STRONG_BEFORE = re.compile(
    r"(?:(?:supported|funded|financed|sponsored|paid\s+for)(?:\s+(?:in\s+(?:large\s+)?part|partly|partially|"
    r"primarily|mainly|jointly|largely|also|generously|financially))?\s+by|funding\s+(?:from|by)|"
    r"grants?\s+(?:from|by)|support\s+(?:from|of|by)|awarded\s+by|provided\s+by|received\s+funding\s+from|"
    r"funds\s+from|award\s+from|fellowship\s+from|sponsorship\s+(?:from|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WEAK_CUE = re.compile(r"\bsupport(?:s|ing)?\b|\bthank|\backnowledg|\bgrateful", re.IGNORECASE)
_GRANT_KEY = re.compile(
    r"(?:grants?|awards?|no|nos|numbers?|contracts?|projects?|agreements?|ref|reference|codes?|"
    r"fellowships?|programmes?|programs?|ids?|#|n°|nº)\.?\s*(?:no\.?|nos\.?|numbers?|#|n°|nº)?\s*[:#]?\s*$",
    re.IGNORECASE,
)

_HEADS = frozenset(
    """
    foundation foundations fund funds fonds fondation fondazione fundacao fundacion fundação fundación stiftung
    stiftelse stichting stiftelsen trust trusts council councils institute institutes institut instituto istituto
    instituut agency agence agencia ministry ministerio ministère ministere ministero ministerium department
    society societies association associazione asociacion asociación associação academy akademie academia
    university universities universidad universität universitat université universite università universita
    universiteit college school center centre centro centers centres program programme programs office
    administration commission community union organization organisation service services government
    board bureau corporation company inc inc. ltd ltd. llc gmbh ag s.a. sa corp corp. co. plc pharmaceuticals
    pharmaceutical pharma laboratories laboratory labs initiative alliance network consortium charity charitable
    league federation authority hospital hospitals clinic research sciences science health faculty cnrs
    krebshilfe krebsliga cancerfonden endowment kakenhi fellowship library province region municipality
    county
    """.split()  # noqa: SIM905
)
_PROGRAM_WORDS = frozenset(
    "fellowship fellowships scholarship scholarships award awards grant grants program programme programs "  # noqa: SIM905
    "career graduate postdoctoral predoctoral doctoral investigator scholar scholars prize".split()
)
_CONNECTORS = frozenset(
    "of for and & the de du des la le les di del della delle da do dos das em na nas nos e y et und für fur zur zum der van von "  # noqa: SIM905
    "voor en in on against pour sur à per dell' dell för och og i with its".split()
)
_LEADING_STOP = frozenset(
    """
    this the these those our we funding financial support supported grant grants in part partial additional
    all dr dr. prof prof. professor mr mr. ms ms. mrs mrs. a an it its that also and both work study
    furthermore moreover further finally however thanks thank acknowledgements acknowledgments acknowledgment
    acknowledgement author authors i he she they their his her funded by from as well project projects
    ceo president chairman director dean chief executive founder head chair vice
    programme program
    """.split()  # noqa: SIM905
)
_TRAILING_PROGRAM = frozenset(
    "research scientific grant grants project projects fellow fellows award awards innovator investigator seed "  # noqa: SIM905
    "core scholar scholars".split()
)
_TRAILING_STOP = frozenset("grant grants no no. nos nos. number numbers contract award awards core".split())  # noqa: SIM905
_TITLES = frozenset("dr dr. prof prof. professor mr mr. ms ms. mrs mrs. drs drs. sir".split())  # noqa: SIM905
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9\-*&]*[A-Z][A-Za-z0-9\-*&]*$")
_ACRONYM_STOP = frozenset(
    """
    DNA RNA PCR USA UK US U.S. EU PhD MD II III IV VI HIV AIDS COVID SARS MRI CT ICU BMI ATP GFP FACS ELISA
    NMR TEM SEM LC MS HPLC CRISPR CI OR HR SD SEM BSA FBS PBS RT QPCR ID IDS OK TV CEO CFO JR SR
    """.split()  # noqa: SIM905
)
_BEFORE_SKIP = re.compile(r"(?:\b(?:at|in|with|within|into|on|to|and\s+at|from\s+Dr\.?|Dr\.?|Prof\.?)\s+(?:the\s+)?)$", re.IGNORECASE)

_CHUNK = re.compile(r"[^\s,;:()\[\]{}\"“”]+")
_ABBREV_KEEP_DOT = re.compile(r"^(?:[A-Z]\.)+$|^(?:Inc|Co|Ltd|Corp|St|Jr|S\.A|e\.V)\.$")

_GRANT_TOKEN = re.compile(
    r"(?<![\w./-])(?=[\w./-]*(?:[/-]\ )?[\w./-]*\d)[A-Za-z0-9](?:[\w.]|[/-](?:\ (?=[A-Za-z0-9][\w]*[/-]?\d|[A-Za-z0-9]*\d))?)*[A-Za-z0-9](?![\w-])"
    r"|(?<![\w./-])\d(?![\w./-])"
)
_NOT_GRANT_BEFORE = re.compile(
    r"(?:ISSN|ISBN|doi|DOI|https?://\S*|www\.\S*|Tel\.?|Fax|phone|[$€£¥]|USD|EUR|GBP|CHF|US\$|,\s*[A-Z]{2}|"
    r"\b(?:Suite|Box|Room|Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.))\s*$"
)
_NOT_GRANT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s+cent|mg|kg|g\b|ml|mL|µ|mm|cm|km|h\b|hrs?|hours?|days?|weeks?|months?|years?|"
    r"patients|participants|subjects|people|cases|children|women|men|mice|cells|dollars|euros|million|billion)",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"^(?:1[89]|20)\d\d(?:[-–/](?:1[89]|20)?\d\d)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")


class _Cand:
    __slots__ = ("end", "record", "start", "strong", "text")

    def __init__(self, start: int, end: int, text: str, record: Funder | None, strong: bool = True):
        self.start, self.end, self.text, self.record, self.strong = start, end, text, record, strong

    def key(self) -> str:
        return self.record.funder_id if self.record else _norm_name(self.text)


def _norm_name(text: str) -> str:
    t = re.sub(r"[^\w\s]", " ", text.lower())
    t = re.sub(r"^\s*the\s+", "", t)
    return " ".join(t.split())


# ------------------------------------------------------------------------------ award numbers
def _find_awards(s: str, funder_spans: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, text as written, normalised) for award numbers in sentence ``s``."""
    out: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _NIH.finditer(s):
        ic = m.group("ic")
        if not m.group("act") and ic in _STATE_LIKE:
            between = s[m.start("ic") + 2 : m.start("serial")]
            if between and re.search(r",\s*$", s[: m.start()]):
                continue  # "La Jolla, CA 92037"
        text = m.group(0).strip()
        out.append((m.start(), m.end(), text, _nih_canonical(m)))
        taken.append((m.start(), m.end()))
    for m in _GRANT_TOKEN.finditer(s):
        a, b = m.start(), m.end()
        if any(a < e and b > st for st, e in taken):
            continue
        tok = m.group(0).rstrip(".")
        b = a + len(tok)
        digits = sum(c.isdigit() for c in tok)
        letters = sum(c.isalpha() for c in tok)
        if digits == 0 or _DATE_LIKE.match(tok):
            continue
        before = s[:a]
        if _NOT_GRANT_BEFORE.search(before) or _NOT_GRANT_AFTER.match(s[b:]):
            continue
        if re.search(r"[@]|\.(?:com|org|edu|gov)\b", tok):
            continue
        keyed = bool(_GRANT_KEY.search(before[-40:])) or _in_award_list(s, a, out)
        after_funder = any(0 <= a - e <= 3 for _, e in funder_spans) or bool(re.search(r"\(\s*$", before))
        strong = (digits >= 4 and letters > 0 and not re.fullmatch(r"[A-Za-z]+-?\d{1,3}[A-Za-z]?", tok)) or (
            digits >= 5 and re.fullmatch(r"[\d/\-.]+", tok) is not None and "." not in tok
        )
        if letters and digits < 4 and not keyed:
            continue
        if not strong and not keyed and not (after_funder and digits >= 4):
            continue
        if re.fullmatch(r"\d{1,2}", tok) and not keyed:
            continue
        if digits < 3 and not (keyed and letters):
            continue
        out.append((a, b, tok, normalize_award(tok)))
        taken.append((a, b))
    out.sort()
    return out


def _in_award_list(s: str, a: int, found: list[tuple[int, int, str, str]]) -> bool:
    """True when the token continues a list of awards: "CA94060 and CA163167", "123, 456"."""
    for _, e, _, _ in found:
        if 0 <= a - e <= 8 and re.fullmatch(r"\s*(?:,|and|&|;|/|,\s*and|or)\s*", s[e:a]):
            return True
    return False


# ------------------------------------------------------------------------------ funder names
def _chunks(s: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _CHUNK.finditer(s):
        a, b = m.start(), m.end()
        t = m.group(0)
        if t.endswith(".") and not _ABBREV_KEEP_DOT.match(t):
            t = t.rstrip(".")
            b = a + len(t)
        if t:
            out.append((a, b, t))
    return out


def _is_cap(t: str) -> bool:
    for c in t:
        if c.isalpha():
            return c.isupper()
        if c.isdigit():
            return False
    return False


def _word_key(t: str) -> str:
    return t.lower().strip(".'’")


def _has_head(words: list[str]) -> bool:
    return any(_word_key(w) in _HEADS or w.lower() in _HEADS for w in words)


_ENGLISH_CONNECTORS = frozenset(["of", "for", "and", "the", "in", "on", "with", "its", "against"])


def _capitalised_spans(s: str) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Maximal runs of capitalised words joined by lower-case connectors; punctuation breaks a run."""
    chunks = _chunks(s)
    spans = []
    i = 0
    n = len(chunks)
    while i < n:
        if not _is_cap(chunks[i][2]):
            i += 1
            continue
        j = i
        run = [chunks[i]]
        while j + 1 < n:
            nxt = chunks[j + 1]
            gap = s[chunks[j][1] : nxt[0]]
            if not re.fullmatch(r"[ \t\-]*", gap) or gap.strip() not in ("", "-"):
                break
            if "\n" in gap:
                break
            if re.fullmatch(r"(?:Inc|Ltd|Corp|Co|plc|GmbH|AG|LLC|S\.A)\.?", chunks[j][2]) or (
                chunks[j][2].endswith(".") and len(chunks[j][2]) > 2 and not re.fullmatch(r"(?:[A-Z]\.)+|St\.", chunks[j][2])
            ):
                break  # a company suffix or an abbreviation with its full stop ends the name ("St." starts one)
            if _is_cap(nxt[2]) or nxt[2].lower() in _CONNECTORS or re.fullmatch(r"\d+", nxt[2]) and _is_cap(run[-1][2]):
                run.append(nxt)
                j += 1
                continue
            break
        # trim trailing connectors / digits ("Pacífico Sur" ends in a name word, not in French "sur")
        while run and (not _is_cap(run[-1][2]) or run[-1][2].lower() in _CONNECTORS
                       and (run[-1][2].islower() or run[-1][2].lower() in _ENGLISH_CONNECTORS)):
            run.pop()
        # trim leading stop words
        titled = False
        while run and _word_key(run[0][2]) in _LEADING_STOP:
            if _word_key(run[0][2]).rstrip(".") in {"dr", "prof", "professor", "mr", "ms", "mrs"}:
                titled = True
            run.pop(0)
            while run and run[0][2].lower() in _CONNECTORS:
                run.pop(0)
        while run and _word_key(run[-1][2]) in _TRAILING_STOP:
            run.pop()
            while run and run[-1][2].lower() in _CONNECTORS:
                run.pop()
        # "American Cancer Society Research Grant", "Chung-Ang University Research grants": the body
        k = len(run)
        while k > 1 and _word_key(run[k - 1][2]) in _TRAILING_PROGRAM:
            k -= 1
        if k < len(run) and k >= 1 and _word_key(run[k - 1][2]) in _HEADS - _WEAK_HEADS:
            run = run[:k]
        if run and not titled:
            spans.append((run[0][0], run[-1][1], run))
        i = j + 1
    return spans


def _split_and(run: list[tuple[int, int, str]], s: str, reg: FunderRegistry) -> list[list[tuple[int, int, str]]]:
    """Split "A Foundation and B Council" but keep "Crohn's and Colitis Foundation" together;
    names without any organisation word split at every "and" ("Elan and Wyeth")."""
    words = [c[2] for c in run]
    if not _has_head(words) and not reg.find_all(s[run[0][0] : run[-1][1]]):
        out, cur = [], []
        for c in run:
            if c[2].lower() in {"and", "&"}:
                if cur:
                    out.append(cur)
                cur = []
            else:
                cur.append(c)
        if cur:
            out.append(cur)
        return [p for p in out if p]
    for k, (_, _, w) in enumerate(run):
        # the other languages' "and" joins two names when an article or preposition opens the second ("Hospital
        # Clínic de Barcelona y del Instituto ..."); without one it is inside a name ("Ciencia y Tecnología")
        foreign = w in _FOREIGN_AND and k + 1 < len(run) and run[k + 1][2].lower() in _FOREIGN_AND_NEXT
        if (w.lower() in {"and", "&"} or foreign) and 0 < k < len(run) - 1:
            left, right = run[:k], run[k + 1 :]
            while right and right[0][2].lower() in _CONNECTORS:
                right = right[1:]
            if not right:
                continue
            lt = s[left[0][0] : left[-1][1]]
            rt = s[right[0][0] : right[-1][1]]
            if reg.lookup(s[run[0][0] : run[-1][1]]):
                return [run]
            if run[k + 1][2] == "the" and (_has_strong_head([c[2] for c in right]) or reg.find_all(rt)):
                return [left] + _split_and(right, s, reg)  # "X, Missouri and the Johns Hopkins Center"
            # a registry name spanning this "and" ("Institute of Diabetes and Digestive and Kidney Diseases")
            whole = reg.find_all(s[run[0][0] : run[-1][1]])
            and_pos = run[k][0] - run[0][0]
            if any(m.start < and_pos < m.end for m in whole):
                continue
            lw = [c[2] for c in left]
            rw = [c[2] for c in right]
            last = _word_key(lw[-1])
            l_ok = (
                (last in _HEADS and last not in _WEAK_HEADS)
                or _is_acronym_word(left[-1:])
                or any(m.end == len(lt) for m in reg.find_all(lt))
                or (_has_strong_head(lw) and last not in _WEAK_HEADS and last not in _TOPIC_WORDS)
            )
            r_ok = _has_strong_head(rw) or bool(reg.find_all(rt)) or _is_acronym_word(right)
            if l_ok and r_ok:
                return [left] + _split_and(right, s, reg)
    return [run]


_FOREIGN_AND = frozenset("y e et und".split())  # noqa: SIM905
_FOREIGN_AND_NEXT = frozenset("del de la el los las da do das dos du des der die dem den".split())  # noqa: SIM905
_TOPIC_WORDS = frozenset(
    "education technology medicine welfare labor labour environment development innovation culture engineering "  # noqa: SIM905
    "health science sciences research diabetes ageing aging planning energy sports industry trade".split()
)
_WEAK_HEADS = frozenset("research science sciences health faculty technology fellowship kakenhi".split())  # noqa: SIM905


def _has_strong_head(words: list[str]) -> bool:
    return any((_word_key(w) in _HEADS and _word_key(w) not in _WEAK_HEADS) for w in words)


def _is_acronym_word(run: list[tuple[int, int, str]]) -> bool:
    """One to three acronyms ("CNPq", "MCB RAS", "ROC NSC")."""
    return 1 <= len(run) <= 3 and all(bool(_ACRONYM.match(c[2])) and c[2] not in _ACRONYM_STOP for c in run)


def _funders_in_sentence(s: str, reg: FunderRegistry, award_spans: list[tuple[int, int]]) -> list[_Cand]:
    matches = reg.find_all(s)
    cands: list[_Cand] = []
    used: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and b > st for st, e in used)

    for a, b, run in _capitalised_spans(s):
        # a registry name crossing the run's edge ("National Heart, Lung, and Blood Institute") wins
        if any(m.start < b and m.end > a and not (m.start >= a and m.end <= b) for m in matches):
            continue
        for piece in _split_and(run, s, reg):
            pa, pb = piece[0][0], piece[-1][1]
            if any(pa >= st and pb <= e for st, e in award_spans):
                continue
            text = s[pa:pb]
            words = [c[2] for c in piece]
            inside = [m for m in matches if m.start >= pa and m.end <= pb]
            exact = reg.lookup(text)
            if exact is not None:
                cands.append(_Cand(pa, pb, text, exact))
                used.append((pa, pb))
                continue
            if inside:
                resolved = _resolve_with_registry(s, pa, pb, inside, reg)
                if resolved is not None:
                    cands.extend(resolved)
                    used.append((pa, pb))
                    continue
            if _BEFORE_SKIP.search(s[:pa]) or re.search(r"['’]s$", text):
                continue
            strong_before = bool(_STRONG_BEFORE.search(s[:pa]))
            if _has_head(words) and (len(words) >= 2 or strong_before):
                if len(words) == 1 and _word_key(words[0]) in _HEADS:
                    continue
                cands.append(_Cand(pa, pb, text, None))
                used.append((pa, pb))
            elif _is_acronym_word(piece):
                if strong_before:
                    cands.append(_Cand(pa, pb, text, None))
                    used.append((pa, pb))
            elif strong_before and len(words) <= 6 and not _looks_like_person(words):
                cands.append(_Cand(pa, pb, text, None))
                used.append((pa, pb))
    # Registry names the span builder split (commas inside names: "Ministry of Education, Culture, ...").
    for m in matches:
        if overlaps(m.start, m.end):
            continue
        if any(m.start >= st and m.end <= e for st, e in award_spans):
            continue
        cands = [c for c in cands if not (c.start < m.end and c.end > m.start)]
        cands.append(_Cand(m.start, m.end, m.text, m.record))
        used.append((m.start, m.end))
    cands.sort(key=lambda c: c.start)
    cands = [c for c in cands if not _initials_in_parentheses(s, c)]
    cands = [_with_nationality(s, _with_country(s, _with_portfolio(s, c))) for c in cands]
    cands = [c for c in cands if not _NATIONALITY_ONLY.fullmatch(c.text)]
    # "Grant-in-Aid for Scientific Research": a programme name, not the body that pays (MEXT, JSPS)
    cands = [c for c in cands if c.record is not None or not re.match(r"(?:\w+\s+){0,2}Grants?[\s-]+in[\s-]+Aid\b", c.text, re.IGNORECASE)]
    cands = _merge_chains(s, cands)
    cands = _merge_slashes(s, cands)
    return _merge_parentheticals(s, cands, reg)


_SLASH_TAIL = re.compile(r"^(?:\s?/\s?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})+")


def _merge_slashes(s: str, cands: list[_Cand]) -> list[_Cand]:
    """"NWO BSIK/BRICKS", "Swedish Research Council/SIDA/ SAREC", "UC Berkeley/EECS": names joined by
    "/" are one funder as written; two registry funders ("NIH/NIAAA") stay two."""
    out: list[_Cand] = []
    for c in cands:
        if out and re.fullmatch(r"\s?/\s?", s[out[-1].end : c.start]) and not (out[-1].record and c.record):
            p = out[-1]
            out[-1] = _Cand(p.start, c.end, s[p.start : c.end], p.record if c.record is None else None)
            continue
        out.append(c)
    merged: list[_Cand] = []
    for k, c in enumerate(out):
        m = _SLASH_TAIL.match(s[c.end :])
        nxt = out[k + 1].start if k + 1 < len(out) else len(s)
        if m and c.end + m.end() <= nxt and not re.search(r"\d", m.group(0)):
            end = c.end + m.end()
            c = _Cand(c.start, end, s[c.start : end], c.record)
        merged.append(c)
    return merged


COUNTRY_NAMES = (
    "Japan|Germany|Canada|China|France|Italy|Spain|Portugal|Brazil|India|Korea|Taiwan|Australia|Austria|"
    "Belgium|Denmark|Finland|Norway|Sweden|Switzerland|Netherlands|the Netherlands|Poland|Russia|Israel|"
    "Turkey|Mexico|Argentina|Chile|Iran|Egypt|Greece|Ireland|Singapore|Thailand|Malaysia|Vietnam|Indonesia|"
    "the Czech Republic|Czech Republic|Hungary|Romania|Slovenia|Croatia|Serbia|Estonia|Latvia|Lithuania|"
    "New Zealand|South Africa|Nigeria|Kenya|Pakistan|Bangladesh|Saudi Arabia|the United States|the USA|"
    "the United Kingdom|the UK|the People's Republic of China|the Republic of Korea|Hong Kong|Colombia|Peru|"
    "Cuba|Uruguay|Tunisia|Morocco|Algeria|Luxembourg|Iceland|Slovakia|Bulgaria|Ukraine|Belarus|Kazakhstan"
)
_OF_COUNTRY = re.compile(rf"^((?:\s*\([^()]{{1,40}}\))?\s+of\s+(?:{COUNTRY_NAMES}))\b")


def _with_country(s: str, c: _Cand) -> _Cand:
    """"Federal Ministry of Education and Research of Germany": the country is part of the name as written."""
    m = _OF_COUNTRY.match(s[c.end :])
    if m:
        end = c.end + m.end(1)
        return _Cand(c.start, end, s[c.start : end], c.record, c.strong)
    return c


_PORTFOLIO_ITEM = re.compile(r"\s*,\s*(?:and\s+|&\s+)?([A-Z][a-z]+)(?=\s*[,.;()]|\s*$)")
_PORTFOLIO = _TOPIC_WORDS | frozenset(
    "culture sports science technology welfare family youth women labour labor tourism agriculture forestry "  # noqa: SIM905
    "fisheries communications information transport environment".split()
)


def _with_portfolio(s: str, c: _Cand) -> _Cand:
    """"Ministry of Education, Science, Sports, and Culture": a ministry's portfolio list is its name."""
    if c.record is not None or not re.match(r"(?:the\s+)?(?:[A-Z]\w+\s+){0,2}(?:Ministry|Department|Minister)\s+(?:of|for)\s", c.text):
        return c
    if c.text.split()[-1].lower() not in _PORTFOLIO:
        return c
    end = c.end
    while (m := _PORTFOLIO_ITEM.match(s, end)) and m.group(1).lower() in _PORTFOLIO:
        end = m.end()
    return c if end == c.end else _Cand(c.start, end, s[c.start : end], c.record, c.strong)


# A nationality adjective by word form ("Romanian", "Brazilian", "Swedish", "Japanese", "Dutch").
_NATIONALITY = r"(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an)|Dutch|French|Swiss|Greek|Thai|Czech)"
_NATIONALITY_BEFORE = re.compile(rf"(?<![\w-])({_NATIONALITY})\s+$")
_NATIONALITY_ONLY = re.compile(rf"(?:the\s+)?{_NATIONALITY}")


def _with_nationality(s: str, c: _Cand) -> _Cand:
    """"Romanian MEC", "German DFG": an acronym funder keeps the nationality written before it."""
    if not re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-zà-ÿ]+[A-Z]?[a-zà-ÿ]*", c.text):
        return c
    m = _NATIONALITY_BEFORE.search(s[max(0, c.start - 30) : c.start])
    if not m:
        return c
    start = c.start - (len(s[max(0, c.start - 30) : c.start]) - m.start(1))
    return _Cand(start, c.end, s[start : c.end], c.record, c.strong)


def _initials_in_parentheses(s: str, c: _Cand) -> bool:
    """"NS047357 (CAS and FJA)": investigators' initials after an award, not the Chinese Academy of Sciences."""
    if not re.fullmatch(r"[A-Z]{2,4}", c.text):
        return False
    before = s[: c.start]
    m = re.search(r"\(([^()]*)$", before)
    if not m:
        return False
    close = s.find(")", c.end)
    if close == -1:
        return False
    inner = s[before.rfind("(") + 1 : close]
    if not re.fullmatch(r"\s*[A-Z][A-Za-z.]{1,4}(?:\s*(?:,|and|&|/)\s*[A-Z][A-Za-z.]{1,4})*\s*", inner):
        return False
    prev = before[: before.rfind("(")].rstrip()
    return bool(re.search(r"\d$", prev)) or bool(re.search(r"(?:,|and|&)", inner))


_SUBUNIT = re.compile(
    r"\b(?:Department|Dept|Faculty|School|College|Division|Fund|Centre|Center|Institute|Laboratory|Office|"
    r"Program|Programme|Unit|Clinic|Hospital)\b"
)
_PARENT_BODY = re.compile(r"\b(?:Universit\w*|Government|Ministry|Academy|Hospital|College|Institut\w*)\b")


# Between the units of one chain: commas, and capitalised unit names the candidate finder left out
# ("Chemical Sciences, Geosciences, and Biosciences Division, U.S. Department of Energy").
_CHAIN_GAP = re.compile(
    r"\s*,\s*(?:(?:and\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|&|[A-Z][\w.&'’-]*))*\s*,\s*){0,3}(?:and\s+)?(?:the\s+)?"
)


def _is_unit(c: _Cand) -> bool:
    return c.record is None and bool(_SUBUNIT.search(c.text)) and not _PARENT_BODY.search(c.text.split(",")[0])


def _merge_chains(s: str, cands: list[_Cand]) -> list[_Cand]:
    """"Department of Biology, Faculty of Science, Prince of Songkla University", "Research Fund of the
    Faculty of Dentistry, Semmelweis University": units named down to the body they belong to are one
    funder, as the acknowledgement names it. A chain starts with a unit, runs over commas through
    further units and ends with a parent body (university, ministry, government, academy, ...)."""
    out: list[_Cand] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        if _is_unit(c):
            j = k
            while j + 1 < len(cands) and _CHAIN_GAP.fullmatch(s[cands[j].end : cands[j + 1].start]):
                j += 1
                if not _is_unit(cands[j]):
                    break
            last = cands[j]
            if j > k and not _is_unit(last) and _PARENT_BODY.search(last.text):
                out.append(_Cand(c.start, last.end, s[c.start : last.end], None))
                k = j + 1
                continue
        out.append(c)
        k += 1
    return out


def _looks_like_person(words: list[str]) -> bool:
    if any(re.fullmatch(r"[A-Z]\.?(?:[A-Z]\.?)*", w) for w in words):  # initials
        return True
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"(?:Mc|Mac|O'|O’)?[A-Z][a-z'’\-]+(?:[A-Z][a-z]+)?", w) for w in words)


def _resolve_with_registry(s: str, pa: int, pb: int, inside: list[Match], reg: FunderRegistry) -> list[_Cand] | None:
    """A capitalised run containing registry names: split into them when the rest is glue
    ("National Cancer Institute of the National Institutes of Health"), keep the registry name when
    the rest names a programme ("Department of Defense Era of Hope"), else None (a different body)."""
    rest = s[pa:pb]
    for m in reversed(inside):
        rest = rest[: m.start - pa] + " " * (m.end - m.start) + rest[m.end - pa :]
    rest_words = [w for w in re.findall(r"[^\W_]+", rest)]
    glue = {"of", "the", "and", "for", "u", "s", "us", "uk", "united", "states", "grants", "grant", "award", "awards"}
    head = inside[0]
    if all(w.lower() in glue for w in rest_words):
        out = [_Cand(m.start, m.end, m.text, m.record) for m in inside]
        # "NCI of the NIH": the NIH is named as the parent, not as a second funder.
        keep = []
        for k, c in enumerate(out):
            if (
                k > 0 and c.record and out[k - 1].record
                and c.record.funder_id in reg.ancestors(out[k - 1].record.funder_id)
                and re.fullmatch(r"\s*(?:,|of|at|of\s+the|,\s*the|/)?\s*", s[out[k - 1].end : c.start], re.IGNORECASE)
            ):
                continue
            keep.append(c)
        # extend the first name with a leading "U.S." qualifier so the text is as written
        first = keep[0]
        pre = s[pa : first.start]
        if pre.strip() and first is out[0]:
            keep[0] = _Cand(pa, first.end, s[pa : first.end], first.record)
        return keep
    if head.start == pa or re.fullmatch(r"\s*(?:the\s+)?(?:U\.?S\.?|US|UK|United States)?\s*", s[pa : head.start]):
        after_words = re.findall(r"[^\W_]+", s[head.end : pb])
        if after_words and not _has_head(after_words[:1]) and (
            not _has_head(after_words) or any(w.lower() in _PROGRAM_WORDS for w in after_words)
        ):
            return [_Cand(pa if head.start != pa else head.start, head.end, s[pa : head.end].strip(), head.record)]
        if not after_words:
            return [_Cand(pa, head.end, s[pa : head.end], head.record)]
    return None


def _merge_parentheticals(s: str, cands: list[_Cand], reg: FunderRegistry) -> list[_Cand]:
    """"Canadian Institutes of Health Research (CIHR)": the acronym is the same funder, not a second one."""
    out: list[_Cand] = []
    skip: set[int] = set()
    for k, c in enumerate(cands):
        if k in skip:
            continue
        m = re.match(r"\s*\(\s*([^()]{1,120}?)\s*\)", s[c.end :])
        if m:
            inner_start = c.end + m.start(1)
            inner_end = c.end + m.end(1)
            for k2 in range(k + 1, len(cands)):
                c2 = cands[k2]
                if c2.start == inner_start and c2.end == inner_end:
                    same = (c.record and c2.record and c.record.funder_id == c2.record.funder_id) or (
                        c2.record is None and re.fullmatch(r"[A-Z][A-Za-z&\-]{1,12}", c2.text)
                    ) or (c.record is None and c2.record is not None and re.fullmatch(r"[A-Z][A-Za-z&\-]{1,12}", c2.text))
                    if same:
                        if c.record is None and c2.record is not None:
                            c = _Cand(c.start, c.end, c.text, c2.record)
                        skip.add(k2)
            inner = s[inner_start:inner_end]
            if c.record is None:
                rec = reg.lookup(inner)
                if rec is not None and re.fullmatch(r"[A-Z][A-Za-z&\-]{1,12}", inner):
                    c = _Cand(c.start, c.end, c.text, rec)
        out.append(c)
    return out


# ------------------------------------------------------------------------------ assembly
_NEXT_FUNDER = re.compile(r"^[\s,)]*(?:\)\s*)?(?:from|by|of|awarded\s+by|funded\s+by|provided\s+by|through)\s+(?:the\s+)?$", re.IGNORECASE)


def _attach(s: str, awards, cands: list[_Cand]) -> dict[int, list[int]]:
    """award index -> candidate index (or -1 when no funder is written)."""
    out: dict[int, list[int]] = {}
    for ai, (a, b, _, _) in enumerate(awards):
        prev = [k for k, c in enumerate(cands) if c.end <= a]
        nxt = [k for k, c in enumerate(cands) if c.start >= b]
        choice = -1
        if nxt:
            k = nxt[0]
            between = s[b : cands[k].start]
            # skip over the rest of an award list: "CA94060 and CA163167 from the NCI"
            tail = re.sub(r"^(?:\s*(?:,|and|&|;)?\s*(?:\(?[A-Z]*[\s-]?[\w./-]*\d[\w./-]*\)?))*", "", between)
            if _NEXT_FUNDER.match(tail) and len(between) < 120:
                choice = k
        if choice == -1 and prev:
            k = prev[-1]
            choice = k
        if choice == -1 and nxt and len(s[b : cands[nxt[0]].start]) < 60:
            choice = nxt[0]
        out.setdefault(choice, []).append(ai)
    return out


def _sentence_texts(article: CleanArticle):
    for sent in article.sentences:
        yield sent.text


def is_funding_sentence(s: str) -> bool:
    """A funding cue, or a weak cue ("support", "thank") or an award key together with an award number."""
    return bool(_CUE.search(s)) or bool(
        (_WEAK_CUE.search(s) or re.search(r"\b(?:no|nos|number|grant|project|contract)\b\.?\s*[:#]", s, re.IGNORECASE))
        and _find_awards(s, [])
    )


def extract_funding(
    article: CleanArticle, registry: FunderRegistry | None = None
) -> tuple[list[FundingRow], list[Funder]]:
    reg = registry or load_funders()
    rows: list[FundingRow] = []
    seen: set[tuple[str, str | None]] = set()
    funders: dict[str, Funder] = {}

    def add(rec: Funder | None, text: str, award_id: str | None, award_text: str | None, evidence: str):
        name = rec.name if rec else " ".join(text.split())
        fkey = rec.funder_id if rec else _norm_name(text)
        if (fkey, award_id) in seen:
            return
        seen.add((fkey, award_id))
        rows.append(
            FundingRow(
                article_id=article.article_id,
                funder_id=rec.funder_id if rec else None,
                funder_name=name,
                funder_text=" ".join(text.split()),
                award_id=award_id,
                award_text=award_text,
                evidence=evidence,
            )
        )
        if rec:
            funders[rec.funder_id] = rec
            for pid in reg.ancestors(rec.funder_id):
                p = reg.get(pid)
                if p:
                    funders[pid] = p

    news = article.source_kind in ("news", "press_release")
    for s in _sentence_texts(article):
        if not is_funding_sentence(s):
            continue
        evidence = " ".join(s.split())
        # First pass for funder spans (awards must not be read inside names), then awards, then funders
        # again with the award spans known (an award is never a funder name).
        pre = _funders_in_sentence(s, reg, [])
        awards = _find_awards(s, [(c.start, c.end) for c in pre])
        cands = _funders_in_sentence(s, reg, [(a, b) for a, b, _, _ in awards])
        spans = tag_funder_spans(s, reg) if USE_TAGGER else None
        if spans is not None:
            tagged = _cands_from_spans(s, spans, reg, cands)
            if news:
                # News and releases write funding differently ("The USDA provided partial funding"): the
                # tagger learned acknowledgements, so the rule candidates it did not overlap are kept.
                extra = [c for c in cands if not any(c.start < t.end and c.end > t.start for t in tagged)]
            else:
                # a funder as the subject of a funding verb ("Medtronic funded the study") is news style,
                # rare in acknowledgements: the rule candidate is kept
                extra = [
                    c for c in cands
                    if _SUBJECT_FUNDER.match(s, c.end) and not any(c.start < t.end and c.end > t.start for t in tagged)
                ]
            # a registry funder or a name with an organisation word right after a strong cue ("supported by
            # the X Foundation") that the tagger left out
            extra += [
                c for c in cands
                if (_STRONG_BEFORE.search(s[: c.start]) or _AND_BY_BEFORE.search(s[: c.start]))
                and (c.record is not None or _has_strong_head(c.text.split()))
                and not any(c.start < t.end and c.end > t.start for t in tagged + extra)
            ]
            extra += _coordinated(s, cands + _bare_acronyms(s, cands), tagged + extra, awards)
            if extra:
                tagged = sorted(tagged + extra, key=lambda c: c.start)
            cands = tagged
        cands = [c for c in cands if not any(c.start >= a and c.end <= b for a, b, _, _ in awards)]
        # "The Wellcome Sanger Institute is funded by Wellcome": the subject of a passive funding verb receives
        cands = [c for c in cands if not _RECIPIENT.match(s, c.end)]
        # "The study appears in the journal Cancer Research and was funded by ...": the journal is no funder
        cands = [c for c in cands if not _JOURNAL_BEFORE.search(s, max(0, c.start - 60), c.start)]
        # "The Participating Institutions are X, Y, ...": a consortium's members, not its funders
        members = _MEMBER_LIST.search(s)
        cands = [
            c for c in cands
            if (members is None or c.start < members.start()) and not _MEMBER_LIST_NAME.fullmatch(c.text)
            and not _TAIL_ONLY.fullmatch(c.text)
            and not (_PLACE_ONLY.fullmatch(c.text) and re.search(r"[,(]\s*$", s[: c.start]))
        ]
        if not cands and not awards:
            continue
        attach = _attach(s, awards, cands)
        for k, c in enumerate(cands):
            mine = attach.get(k, [])
            if not mine:
                add(c.record, c.text, None, None, evidence)
            for ai in mine:
                _, _, atext, anorm = awards[ai]
                rec = c.record
                m_nih = _NIH.search(atext)
                if m_nih and rec is not None and rec.funder_id == NIH_ID:
                    ic = reg.get(IC_CODES.get(m_nih.group("ic")))
                    if ic is not None:
                        rec = ic  # "NIH GM59419": the award names the institute (NIGMS)
                add(rec, c.text, anorm, atext, evidence)
        for ai in attach.get(-1, []):
            _, _, atext, anorm = awards[ai]
            nih = normalize_nih(atext)
            if nih:
                ic = reg.get(IC_CODES.get(_NIH.search(atext).group("ic")))
                add(ic, "", anorm, atext, evidence)
            else:
                add(None, "", anorm, atext, evidence)
    return rows, sorted(funders.values(), key=lambda f: f.funder_id)


# ------------------------------------------------------------------------------ sequence tagger
# A linear-chain CRF (python-crfsuite) trained by scripts/train_funding_tagger.py on the development
# half of GROBID's acknowledgement training data marks funder spans token by token (B/I/O). Its
# features include the rule extractor's own reading (capitalised candidates, award numbers), so the
# model learns where GROBID's span conventions depart from the rules. Registry-match features were
# dropped in version 5: the registry was curated on the development half, so on unseen statements the
# model leaned on them more than they deserve (the registry still resolves and splits the spans).
USE_TAGGER = True  # False: rule extractor only (scripts/eval_funding.py --rules)

_TOK = re.compile(r"[^\W_]+|[^\w\s]|_")
_CUE_WORDS = {
    "supported": "sup", "support": "sup", "funded": "fund", "funding": "fund", "funds": "fund", "fund": "fund",
    "financed": "fund", "financial": "fund", "financially": "fund", "sponsored": "fund", "grant": "grant",
    "grants": "grant", "award": "grant", "awarded": "grant", "fellowship": "grant", "scholarship": "grant",
    "thank": "thank", "thanks": "thank", "grateful": "thank", "acknowledge": "thank", "acknowledged": "thank",
    "fees": "coi", "honoraria": "coi", "consultant": "coi", "consulting": "coi", "advisory": "coi",
    "employee": "coi", "speaker": "coi", "stock": "coi", "royalties": "coi", "personal": "coi",
    "provided": "prov", "gift": "prov", "gifts": "prov", "donated": "prov", "kindly": "prov",
}
_NAT_WORD = re.compile(rf"^{_NATIONALITY}$")
_COUNTRY_WORDS = frozenset(w for c in COUNTRY_NAMES.split("|") for w in c.split() if w != "the")


def _shape(t: str) -> str:
    s = re.sub(r"[A-Z]", "X", t)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def _bio(tokens: list[tuple[int, int, str]], spans) -> list[str]:
    """B/I/O tag per token for character spans (start, end)."""
    tags = ["O"] * len(tokens)
    for a, b in spans:
        first = True
        for k, (ta, tb, _) in enumerate(tokens):
            if ta >= a and tb <= b:
                tags[k] = "B" if first else "I"
                first = False
    return tags


_VOCAB: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


def _vocab(reg: FunderRegistry) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words of registry funder names, of institution names, and common English words (lower case)."""
    got = _VOCAB.get(id(reg))
    if got is None:
        from pipeline.registries import load_institutions

        fund = frozenset(w for key in reg._exact for w in key if len(w) > 2) - _CONNECTORS
        inst = frozenset(w for key in load_institutions()._exact for w in key if len(w) > 2) - _CONNECTORS
        got = _VOCAB[id(reg)] = (fund, inst, read_word_list(lexicon_path("english_words.txt")))
    return got


def tagger_tokens(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOK.finditer(s)]


def tagger_features(s: str, reg: FunderRegistry) -> tuple[list[tuple[int, int, str]], list[list[str]]]:
    """Tokens of sentence ``s`` and one feature list per token."""
    toks = tagger_tokens(s)
    pre = _funders_in_sentence(s, reg, [])
    awards = _find_awards(s, [(c.start, c.end) for c in pre])
    cands = _funders_in_sentence(s, reg, [(a, b) for a, b, _, _ in awards])
    t_rule = _bio(toks, [(c.start, c.end) for c in cands])
    t_award = _bio(toks, [(a, b) for a, b, _, _ in awards])
    depth, d = [], 0
    for _, _, t in toks:
        if t in ")]":
            d = max(0, d - 1)
        depth.append(min(d, 2))
        if t in "([":
            d += 1
    n = len(toks)
    cue_state = []
    last = "none"
    since = 0
    for _, _, t in toks:
        cue_state.append((last, min(since, 6)))
        c = _CUE_WORDS.get(t.lower())
        if c:
            last, since = c, 0
        else:
            since += 1
    low = [t.lower() for _, _, t in toks]
    fvoc, ivoc, eng = _vocab(reg)
    vclass = [
        ("f" if w in fvoc else "") + ("i" if w in ivoc else "") + ("e" if w in eng else "") or "-" for w in low
    ]
    feats: list[list[str]] = []
    for k, (a, b, t) in enumerate(toks):
        lw = low[k]
        f = [
            "b", "w=" + lw, "sh=" + _shape(t), "p3=" + lw[:3], "s3=" + lw[-3:],
            "cap=" + str(_is_cap(t))[0], "up=" + str(t.isupper())[0], "dig=" + str(any(c.isdigit() for c in t))[0],
            "rule=" + t_rule[k], "aw=" + t_award[k],
            "voc=" + vclass[k], f"voc|cap={vclass[k]}|{str(_is_cap(t))[0]}",
            "cue=" + cue_state[k][0], f"cued={cue_state[k][0]}{cue_state[k][1]}", f"par={depth[k]}",
        ]
        if lw in _HEADS:
            f.append("head")
            if lw in _WEAK_HEADS:
                f.append("weakhead")
        if lw in _CONNECTORS:
            f.append("conn")
        if lw in _PROGRAM_WORDS:
            f.append("prog")
        if lw in _LEADING_STOP:
            f.append("lstop")
        if _NAT_WORD.match(t):
            f.append("nat")
        if t in _COUNTRY_WORDS:
            f.append("country")
        if len(t) == 1 and not t.isalnum():
            f.append("punct=" + t)
        sp_before = a > 0 and s[a - 1] == " "
        f.append("spb=" + ("1" if sp_before else "0"))
        if k == 0:
            f.append("BOS")
        if k == n - 1:
            f.append("EOS")
        for d in (-3, -2, -1, 1, 2, 3):
            j = k + d
            if 0 <= j < n:
                f.append(f"{d}w={low[j]}")
                if abs(d) <= 2:
                    f.append(f"{d}sh={_shape(toks[j][2])}")
                if abs(d) == 1:
                    f.append(f"{d}rule={t_rule[j]}")
                    f.append(f"{d}aw={t_award[j]}")
                    f.append(f"{d}cap={str(_is_cap(toks[j][2]))[0]}")
                    f.append(f"{d}voc={vclass[j]}")
                    f.append(f"{d}w|w={low[j]}|{lw}" if d < 0 else f"w|{d}w={lw}|{low[j]}")
            else:
                f.append(f"{d}w=<pad>")
        feats.append(f)
    return toks, feats


_TAGGER = None


def _tagger():
    """The CRF model, loaded once (None when the model file or python-crfsuite is missing)."""
    global _TAGGER
    if _TAGGER is None:
        try:
            import pycrfsuite

            t = pycrfsuite.Tagger()
            t.open(str(TAGGER_FILE))
            _TAGGER = t
        except (ImportError, OSError):
            _TAGGER = False
    return _TAGGER or None


def tag_funder_spans(s: str, reg: FunderRegistry) -> list[tuple[int, int]] | None:
    """Funder character spans of sentence ``s`` by the CRF, or None when the model is unavailable."""
    tagger = _tagger()
    if tagger is None:
        return None
    toks, feats = tagger_features(s, reg)
    if not toks:
        return []
    tags = tagger.tag(feats)
    spans: list[tuple[int, int]] = []
    cur: list[int] | None = None
    for (a, b, _), tag in zip(toks, tags):
        if tag == "B" or (tag == "I" and cur is None):
            if cur:
                spans.append((cur[0], cur[1]))
            cur = [a, b]
        elif tag == "I":
            cur[1] = b
        else:
            if cur:
                spans.append((cur[0], cur[1]))
            cur = None
    if cur:
        spans.append((cur[0], cur[1]))
    return spans


_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s*and|,?\s*&|/)\s*(?:the\s+)?")


# "grants to JJM, RHG and LMB": a list of people's initials
_INITIALS_LIST = re.compile(r"\bto\s+(?:[A-Z]{2,4}(?:\s*,\s*|\s+and\s+))*$|\(\s*(?:[A-Z]{2,4},\s*)*$")


# "funded by NIH grants GM116381 and HG008140, and by the Howard Hughes Medical Institute": the cue goes on
_AND_BY_BEFORE = re.compile(
    r"(?:supported|funded|financed|sponsored)\s+(?:\w+\s+){0,2}by\b.*(?:,\s*|\s)(?:and|as\s+well\s+as)\s+(?:also\s+)?"
    r"(?:by|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ITEM_BEFORE = re.compile(r"(?:[,;&]|\band|\bfrom|\bby)\s+(?:the\s+)?$")
_ITEM_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:[,;.&]|and\b|$)")


def _bare_acronyms(s: str, cands: list[_Cand]) -> list[_Cand]:
    """Acronyms no rule candidate covers ("LNCC" in "grants from ARC, LNCC, ANRS and MEN"): candidates only for
    ``_coordinated``, which keeps those listed next to a funder."""
    out = []
    for a, b, t in _chunks(s):
        if not (3 <= len(t) <= 6 and _is_acronym_word([(a, b, t)])):
            continue
        if any(a < c.end and b > c.start for c in cands) or _INITIALS_LIST.search(s[:a]):
            continue
        if re.search(r"[:;]\s*$", s[:a]) and s[b : b + 1] == ",":  # "support: JJM, NIH grant ...; RHG, NWO ..."
            continue
        # a list item by itself, not a word of a longer name ("Irish DIAS", "NCCR in RNA and Disease", "AHOB 3")
        if not (_ITEM_BEFORE.search(s[:a]) and _ITEM_AFTER.match(s, b)):
            continue
        out.append(_Cand(a, b, t, None, strong=False))
    return out


def _coordinated(s: str, rule: list[_Cand], tagged: list[_Cand], awards) -> list[_Cand]:
    """Rule candidates the tagger left out that are coordinated with a tagged funder ("CNPq, CAPES and
    FAPERJ", "Medical Research Council (MR/K003291/1), Diabetes UK (12/0004458)"): items of one list of
    funders are funders alike. Only candidates that name an organisation by themselves (registry name,
    strong organisation word, acronym); an added item can link the next one."""
    out: list[_Cand] = []
    spans = list(tagged)
    grew = True
    while grew:
        grew = False
        for c in rule:
            if any(c.start < t.end and c.end > t.start for t in spans + out):
                continue
            if any(c.start < b and c.end > a for a, b, _, _ in awards):
                continue
            words = c.text.split()
            if c.record is None and not (_has_strong_head(words) or _is_acronym_word([(0, 0, w) for w in words])):
                continue
            before = [t for t in spans + out if t.end <= c.start]
            after = [t for t in spans + out if t.start >= c.end]
            near = []
            if before:
                near.append(s[max(t.end for t in before) : c.start])
            if after:
                near.append(s[c.end : min(t.start for t in after)])
            if any(_LIST_GAP.fullmatch(re.sub(r"\s*\([^()]{0,60}\)", "", g)) for g in near):
                out.append(c)
                grew = True
    return out


_JOURNAL_BEFORE = re.compile(
    r"\b(?:journal|(?:published|appears?|appeared|reported|described)\s+(?:\w+\s+){0,3}?in)\s+(?:the\s+)?(?:journal\s+)?$",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:is|are|was|were)\s+(?:\w+\s+)?(?:funded|supported|financed|sponsored)\s+by\b",
    re.IGNORECASE,
)
_MEMBER_LIST = re.compile(
    r"\b(?:participating|collaborating|member|partner)\s+institutions?\b(?:\s*,\s*which)?\s+(?:are|is|include|were)\b",
    re.IGNORECASE,
)
_MEMBER_LIST_NAME = re.compile(r"(?:the\s+)?(?:participating|collaborating|member|partner)\s+institutions?", re.IGNORECASE)
# the tail of a name or address split off at a comma: "Amyx Foundation, Inc.", "Forest Laboratories, Inc, NY, USA"
_TAIL_ONLY = re.compile(r"(?:Inc|Ltd|LLC|GmbH|S\.\s?A|Co|Corp|AG|plc)\.?(?:\s*\([^()]*\))?")
_SUBJECT_FUNDER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*which\s+|,\s*who\s+)?(?:also\s+|partly\s+|partially\s+|largely\s+)?"
    r"(?:provided\s+(?:partial\s+|additional\s+)?(?:funding|financial\s+support|support|funds|a\s+grant)|funded|paid\s+for|"
    r"sponsored|financed|supported\s+the\s+(?:study|research|work|trial)|(?:was|is)\s+(?:a|the)\s+(?:main\s+)?"
    r"(?:sponsor|funder)|(?:funds|sponsors|pays\s+for))\b",
    re.IGNORECASE,
)
_SPAN_GLUE = frozenset(
    "of the and for u s us uk united states grants grant award awards".split()  # noqa: SIM905
)


def _cands_from_spans(s: str, spans: list[tuple[int, int]], reg: FunderRegistry, rule: list[_Cand]) -> list[_Cand]:
    """Funder candidates for the tagger's spans, with their registry records: an exact registry name;
    registry names joined by glue words split as the rules do ("NCI of the NIH" -> NCI); a registry
    name followed by programme words ("Department of Defense Era of Hope") keeps the text as written
    and the record of the body it names."""
    matches = reg.find_all(s)
    out: list[_Cand] = []
    for a, b in _clean_spans(s, spans, reg):
        text = s[a:b]
        rec = reg.lookup(text)
        if rec is not None:
            out.append(_Cand(a, b, text, rec))
            continue
        inside = [m for m in matches if m.start >= a and m.end <= b]
        if inside:
            rest = text
            for m in reversed(inside):
                rest = rest[: m.start - a] + " " + rest[m.end - a :]
            res = _resolve_with_registry(s, a, b, inside, reg)
            if res and all(w.lower() in _SPAN_GLUE for w in re.findall(r"[^\W_]+", rest)):
                out.extend(res)
                continue
            # "Cancer Research UK and Yorkshire Cancer Research": a registry name, "and", another capitalised name
            joined = _AND_NAME.fullmatch(s, inside[0].end, b) if len(inside) == 1 and inside[0].start == a else None
            if joined:
                out.append(_Cand(a, inside[0].end, inside[0].text, inside[0].record))
                name = joined.group("name")
                out.append(_Cand(joined.start("name"), b, name, reg.lookup(name)))
                continue
            if res and len(res) == 1:
                out.append(_Cand(a, b, text, res[0].record))
                continue
        same = [c for c in rule if c.start == a and c.end == b and c.record is not None]
        out.append(_Cand(a, b, text, same[0].record if same else None))
    return out


_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)+)")
_AID_PROGRAMME = re.compile(r"(?:\w+\s+){0,2}Grants?[\s-]*in[\s-]+Aid\b", re.IGNORECASE)
_AID_BEFORE = re.compile(r"\bin[\s-]*Aid\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_ONLY = re.compile(
    rf"(?:(?:the\s+)?(?:{COUNTRY_NAMES}|United\s+Kingdom|United\s+States|Europe|USA|U\.S\.A\.|UK|U\.K\.)[\s,/]*)+"
)


# The organisation nouns a name may end in when written in lower case ("... postdoctoral fellowship"). Narrower than
# _HEADS on purpose: with "research", "company" or "health" the descriptions after a name were kept ("World Health
# Organization fund much basic research", "Micropharma Ltd., a Canadian probiotic research and production company":
# 7 rows of the 10,000-document benchmark; acknowledgement figures unchanged).
_LOWER_HEAD = re.compile(
    r"\b(?:program(?:me)?s?|initiatives?|famil(?:y|ies)|foundation|trust|funds?|funding|scheme|plc|unit|"
    r"government|association|awards?|fellowships?|grants?|universit(?:y|ies)|council|agency|ministry|"
    r"laborator(?:y|ies)|centers?|centres?|institutes?|society|project)$"
)


_NUMBER_WORD_TAIL = re.compile(r"(?:\s*,)?\s+(?:Nos?|Numbers?|Grants?\s+Nos?)\.?$")
_THANKED_BEFORE = re.compile(r"\b(?:thanks?|thanked|thanking|grateful\s+to|indebted\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_THANKED_FOR = re.compile(r"\s+for\s+(?:the|a|an|its|their|his|her)\s")


def _clean_spans(s: str, spans: list[tuple[int, int]], reg: FunderRegistry) -> list[tuple[int, int]]:
    """Tidy the tagger's spans: unbalanced brackets and end punctuation off; places alone, nationality
    descriptors ("Japanese company") and spans without a capitalised word dropped; a comma list of two or
    more registry funders ("Prostate Cancer Foundation, Movember, Cancer Research UK") split at its commas."""
    out: list[tuple[int, int]] = []
    names = reg.find_all(s) if spans else []
    for a, b in spans:
        # a registry name the span stops inside or starts inside ("National Institute of Neurological
        # Disorders" of "... and Stroke"): the tagger cut a known name short, so take the whole name
        for m in names:
            if m.start <= a < m.end and m.end > b or m.start < a < m.end and b <= m.end:
                a, b = min(a, m.start), max(b, m.end)
                break
        while a < b:
            t = s[a:b]
            if t[-1] in ",;:-/" or t[-1] in ")]" and t.count("(") + t.count("[") < t.count(")") + t.count("]"):
                b -= 1
            elif t[0] in ",;:-/" or t[0] in "([" and t.count("(") + t.count("[") > t.count(")") + t.count("]"):
                a += 1
            else:
                break
            while a < b and s[a].isspace():
                a += 1
            while a < b and s[b - 1].isspace():
                b -= 1
        text = s[a:b]
        # "Ministry of Education, ..., Japan, Nos. 21111006": the number word introduces the awards
        if m := _NUMBER_WORD_TAIL.search(text):
            b = a + m.start()
            text = s[a:b]
        # "thank Universiti Sains Malaysia for the Research University Grant": what the body is thanked for
        if _THANKED_BEFORE.search(s, max(0, a - 40), a) and (m := _THANKED_FOR.search(text)):
            b = a + m.start()
            text = s[a:b]
        if not any(_is_cap(w) for w in text.split()) or _PLACE_ONLY.fullmatch(text):
            continue
        # "Grant-in-Aid for Scientific Research (from MEXT)": the programme, not the body that pays
        if _AID_PROGRAMME.match(text) or _AID_BEFORE.search(s[max(0, a - 30) : a]):
            m = re.search(r"\s(?:of|from)\s+(?:the\s+)?(?=[A-Z])", text)
            if m is None or reg.lookup(text[m.end() :]) is None:
                continue
            a += m.end()
            text = s[a:b]
        if re.fullmatch(rf"(?:the\s+)?{_NATIONALITY}(?:\s+[a-z][\w’']*)+", text):
            continue
        # leading lower-case words ("association France Parkinson"): the gold names start capitalised
        m = re.match(r"(?:[a-z][\w’'-]*\s+)+(?=[A-Z])", text)
        if m and not re.match(r"(?:the|de|van|von|di|da|du|le|la)\s", text):
            a += m.end()
            text = s[a:b]
        # trailing lower-case words ("Department of Defense Era of Hope breast cancer" of "... postdoctoral
        # fellowship"): a name ends in a capitalised word or an organisation noun
        m = re.search(r"(?<=[\w)])(?:\s+[a-z]+(?:-[a-z]+)*){2,}$", text)
        if m and m.start() > 0 and not _LOWER_HEAD.search(text):
            b = a + m.start()
            text = s[a:b]
        parts = _comma_parts(s, a, b)
        if len(parts) >= 3 and sum(reg.lookup(s[pa:pb]) is not None for pa, pb in parts) >= 2:
            out.extend(parts)
            continue
        if len(parts) >= 2 and _is_funder_list(s, parts, reg):
            out.extend(parts)
            continue
        out.append((a, b))
    return out


def _comma_parts(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of span ``s[a:b]`` between commas outside brackets, without a leading "and"/"the"."""
    parts, depth, start = [], 0, a
    for k in range(a, b):
        ch = s[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0:
            parts.append((start, k))
            start = k + 1
    parts.append((start, b))
    out = []
    for pa, pb in parts:
        t = s[pa:pb]
        pa += len(t) - len(t.lstrip())
        pb -= len(t) - len(t.rstrip())
        m = re.match(r"(?:(?:and|&)\s+)?(?:the\s+)?", s[pa:pb])
        pa += m.end()
        if pb > pa:
            out.append((pa, pb))
    return out


_UNIT_START = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Department|Dept|Division|Faculty|School|College|Office|Directorate|"
    r"Laboratory|Unit|Section|Programme|Program|Center|Centre)\b"
)


def _is_funder_list(s: str, parts: list[tuple[int, int]], reg: FunderRegistry) -> bool:
    """A comma list of independent funders ("King Gustaf V Jubilee Fund, Vinnova, the Karolinska
    Institutet Foundations"), not one funder's name with its units, places or portfolio ("Department
    of Biology, Faculty of Science, Prince of Songkla University"; "Commonwealth Fund, New York, NY";
    "Ministry of Education, Culture, Sports"). Every part must name an organisation by itself (a strong
    organisation word, a registry name or an acronym), no part may be a place or a topic word, and no
    part may be a unit of the next one."""
    texts = [s[pa:pb] for pa, pb in parts]
    for k, t in enumerate(texts):
        words = t.split()
        if not words or not _is_cap(words[0]):
            return False
        if _PLACE_ONLY.fullmatch(t) or (len(words) <= 2 and not _has_strong_head(words) and reg.lookup(t) is None
                                        and not _ACRONYM.match(words[-1])):
            return False
        if words[0].lower() in _PORTFOLIO:
            return False
        if k + 1 < len(texts) and _UNIT_START.match(t):
            return False
        if not (_has_strong_head(words) or reg.lookup(t) is not None or reg.find_all(t)
                or (len(words) <= 2 and all(_ACRONYM.match(w) for w in words))):
            return False
    return True
