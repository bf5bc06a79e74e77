"""Institutions an article names: affiliations of its researchers, its publisher, other mentions.

Names come from the curated registry (seeds/lexicons/institutions.tsv: names, acronyms, parents) and,
for the long tail, from capitalised names with an institution word ("University of X", "X Cancer
Center", "X Institute", "X Hospital", "X Medical School", "X Inc"). Unknown institutions get a
stable project-local id ``inst:<slug of the name>`` and no parent.

Roles: ``affiliation`` when the text ties a person or the study team to it ("researchers at ...",
"X, PhD, of Y", "Professor ... at Y", a collaborator list "Name, Department, Y"), ``publisher`` for
``article.publisher``, ``mentioned`` otherwise. An institution can be both publisher and
affiliation; ``mentioned`` is dropped when the same institution is also an affiliation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.extract.funding import COUNTRY_NAMES, _capitalised_spans, _split_and
from pipeline.model import ArticleInstitution, CleanArticle, Institution
from pipeline.registries import InstitutionRegistry, load_institutions, norm_token, tokenize

# Version history (bump on any change of output):
# 13: German names: a compound's last part is a head word ("Max-Planck-Institut", "Helmholtz-Zentrum"), Zentrum,
#     Klinikum and Hochschule are head words, "und" joins inside a name
# 12: the possessive of a one-head name ("University of Nottingham's ...") too
# 11: a person's academic title before "X of the Y" is the person's ("Associate Professor Haruka Tsunoda of the
#     Graduate School of Medicine"); an institution's possessive before a unit names the institution ("University
#     College Cork's APC Microbiome Ireland")
# 10: "y del", "et de" (another language's "and" before an article) join two names
# 9: "X University Press" is a publisher, not the university
# 8: a country's possessive is not part of a name ("Peru's Instituto Nacional de Salud")
# 7: the institution a unit names ("Faculty of Medicine of the University of Chile"), "in <place>" off full Max
#    Planck names
# 6: a capitalised foreign connector ends a name ("Universidad del Pacífico Sur")
# 5: Portuguese "em", "na" inside names
# 4: "St." starts a name; "Max Planck Institute of X" named in full
# 3: "with"/"its" inside names
VERSION = "13"

_INST_HEADS = frozenset(
    """
    university universities universität universitat université universite universidad universidade università
    universiteit institute institut instituto istituto institutes hospital hospitals center centre centers centres
    college school clinic clinics inc inc. corp corp. corporation ltd ltd. llc gmbh pharmaceuticals laboratories
    polytechnic academy zentrum klinikum hochschule
    """.split()  # noqa: SIM905
)


def _is_head(word: str) -> bool:
    """An institution's head word, also the last part of a German compound ("Max-Planck-Institut", "Helmholtz-Zentrum")."""
    return word.lower().strip(".,").rsplit("-", 1)[-1] in _INST_HEADS


# a one-word name made of capitalised parts, which names an institution alone ("Robert-Koch-Institut")
_COMPOUND_NAME = re.compile(r"[A-Z]\w+(?:-[A-Z]\w+)+")

# The head words as registry tokens (folded: "università" -> "universita"), to skip sentences without any.
_HEAD_TOKENS = frozenset(norm_token(h.rstrip(".")) for h in _INST_HEADS)
# A span starting with one of these is a sub-unit ("Department of Molecular Oncology") or not a body.
_SUBUNIT_FIRST = frozenset(
    "department dept division laboratory lab labs program programme section unit office faculty core "  # noqa: SIM905
    "journal proceedings annals archives".split()
)
# a person's title before the name in "Associate Professor Haruka Tsunoda of the Graduate School of Medicine"
_PERSON_TITLES = frozenset({"professor", "associate", "assistant", "adjunct", "emeritus", "prof", "prof.", "dr", "dr.", "doctor"})
# an institution's possessive before one of its units: "University College Cork's APC Microbiome Ireland" (not a
# name's own possessive: "Oxford University Children's Hospital", "Easton Center for Alzheimer's Disease Research")
_OWNER_POSSESSIVE = re.compile(r"(?<!\bChildren)(?<!\bWomen)(?<!\bMen)['’]s\s+(?=[A-Z])")
_NOT_INSTITUTION = re.compile(
    r"\b(?:Journal|Proceedings|Annals|Archives|Review|Reports|Letters|Today on|Health Center|Cancer Center Support)\b"
)

_AFFIL_BEFORE = re.compile(
    r"(?:\b(?i:researchers?|scientists?|investigators?|team|teams|colleagues|doctors|physicians|experts?|authors?|"
    r"coauthors?|co-authors?|professor|director|chair|chairman|chief|head|fellow|students?|study|research|"
    r"studies|work|lab|laboratory|group|program|programme|department|faculty|member|members|surgeon|"
    r"oncologist|epidemiologist|biologist|pathologist|dean|president|staff)\b[^.;:]{0,60}?"
    r"\b(?:at|from|of|with|in)\s+(?:the\s+)?$)"
    r"|(?:[A-Z][a-zà-ÿ'’\-]+,?\s+(?:(?:Ph\.?D|M\.?D|M\.?P\.?H|Dr\.?P\.?H|Sc\.?D|R\.?N)\.?,?\s+)*(?:of|at|from)\s+(?:the\s+)?$)"
    r"|(?:\bcolleagues\s+(?:at\s+|from\s+|of\s+)?(?:the\s+)?$)"
)
# "Amy Strasner and Sergei Grivennikov, UCSD ...", "Jin Q. Cheng, Department of Molecular Oncology, H. Lee ..."
_LIST_BEFORE = re.compile(
    r"\b([A-Z][a-zà-ÿ'’\-]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-zà-ÿ'’\-]+),\s*"
    r"(?:(?:Department|Division|Laboratory|Program|School|Section) of [^,;]+,\s*)?$"
)
_FUNDING_SENTENCE = re.compile(
    r"\b(?:supported|funded|financed|sponsored)\s+(?:in\s+part\s+|partly\s+)?by\b|\bfunding\s+from\b|"
    r"\bgrants?\s+from\b|\bsupport\s+from\b",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = frozenset(
    "cancer breast health foundation medical research national american center centre institute university "  # noqa: SIM905
    "hospital school college society association council sciences science medicine disease clinic".split()
)


def _list_affiliation(before: str) -> bool:
    m = _LIST_BEFORE.search(before)
    return bool(m) and not ({m.group(1).lower(), m.group(2).lower()} & _NOT_NAME_WORDS)


@dataclass(frozen=True, slots=True)
class InstitutionMention:
    start: int
    end: int
    text: str
    institution: Institution
    known: bool  # from the registry


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("’", "'")
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s\b", "s", t)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def unknown_institution(name: str, city: str | None = None) -> Institution:
    name = re.sub(r"^(?:the|The)\s+", "", " ".join(name.split()))
    return Institution(institution_id="inst:" + slug(name), name=name, parent_id=None, country=None, city=city)


def clean_markup(text: str) -> str:
    """Markdown links and emphasis out of the way, same length not needed (no offsets are kept)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.replace("**", "").replace("__", "")


# the institution a unit's name ends with: "Faculty of Medicine of the University of Chile", "Department of
# Biology at Stanford University"
_UNIT_OWNER = re.compile(r"\s(?:of\s+the|at\s+the|at)\s+([A-Z].*)$")
_PRESS_AFTER = re.compile(r"\s+Press\b(?!\s+(?:[Oo]ffice|[Tt]eam|[Rr]elease|[Rr]oom|[Cc]ontact))")
_COUNTRY_POSSESSIVE = re.compile(rf"(?:{COUNTRY_NAMES})['’]s\s+(?=[A-Z])")
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?$")


def _without_place(name: str) -> str:
    """"Minnesota State University in Mankato" -> "Minnesota State University": the place is not part of the
    name (when what stays has a head word)."""
    cut = _PLACE_TAIL.search(name)
    if cut and any(_is_head(w) for w in name[: cut.start()].split()):
        return name[: cut.start()]
    return name


def find_institutions(text: str, reg: InstitutionRegistry) -> list[InstitutionMention]:
    """Registry names and pattern-found institution names in ``text``, in order, non-overlapping."""
    out: list[InstitutionMention] = []
    toks = tokenize(text)
    # "Oxford University Press" is a publisher, not the university ("Leeds University Press Office" is the university's)
    matches = [m for m in reg.find_all(text, toks) if not _PRESS_AFTER.match(text, m.end)]
    if not matches and _HEAD_TOKENS.isdisjoint(t for t, _, _ in toks):
        return out  # what follows finds only registry names and capitalised runs with a head word
    used: list[tuple[int, int]] = []
    runs = []
    for a0, b0, run0 in _capitalised_spans(text):
        # "Harvard University and the University of Massachusetts": two institutions
        for piece in _split_and(run0, text, reg):
            # "David Spiro of the Oregon Health Sciences University": drop the person (and the title before the
            # name: "Associate Professor Haruka Tsunoda of the ...") before "of"
            k = next((i for i, c in enumerate(piece) if c[2] in {"of", "at"}), None)
            t = next((i for i, c in enumerate(piece) if c[2].lower() not in _PERSON_TITLES), len(piece))
            if (k is not None and 2 <= k - t <= 3 and all(
                re.fullmatch(r"[A-Z][a-z'’\-]+|[A-Z]\.", c[2]) and c[2].lower() not in _INST_HEADS for c in piece[t:k]
            ) and piece[t][2] not in {"University", "Institute"}
                    and re.match(r"^(?:[A-Z][a-z'’\-]+\s+){1,2}(?:[A-Z]\.\s+)?[A-Z][a-z'’\-]+$",
                                 text[piece[t][0] : piece[k - 1][1]])):
                piece = piece[k + 1 :]
                while piece and piece[0][2] in {"the", "of"}:
                    piece = piece[1:]
            if piece:
                runs.append((piece[0][0], piece[-1][1], piece))
    for a, b, run in runs:
        words = [c[2] for c in run]
        # a registry name crossing the run's edge ("University of California, San Diego") wins
        if any(m.start < b and m.end > a and not (m.start >= a and m.end <= b) for m in matches):
            continue
        if _NOT_INSTITUTION.match(text[a:b]) or re.search(r"\bJournal\b", text[a:b]):
            used.append((a, b))  # "Journal of the American Medical Association": a venue
            continue
        inside = [m for m in matches if m.start >= a and m.end <= b]
        # registry names inside a longer capitalised run
        if inside:
            rest = text[a:b]
            for m in reversed(inside):
                rest = rest[: m.start - a] + " " * (m.end - m.start) + rest[m.end - a :]
            rest_words = re.findall(r"[^\W_]+", rest)
            first_rest = rest_words[0].lower() if rest_words else ""
            rest_has_head = any(w.lower() in _INST_HEADS for w in rest_words)
            # "Max Planck Institute of Biochemistry": a registry name ending in its head word and continued by
            # "of"/"for" and a field is one institute of that body, named in full (normalised to the body)
            if (len(inside) == 1 and inside[0].start == a and not rest_has_head
                    and inside[0].text.split()[-1].lower() in _INST_HEADS
                    and re.match(r"\s+(?:of|for)\s+[A-Z]", text[inside[0].end : b])):
                b = a + len(_without_place(text[a:b]))  # "... for Biology of Ageing in Cologne"
                out.append(InstitutionMention(a, b, text[a:b], inside[0].record, True))
                used.append((a, b))
                continue
            if not rest_has_head or first_rest in _SUBUNIT_FIRST or inside[0].start > a and not rest_has_head:
                for m in inside:
                    out.append(InstitutionMention(m.start, m.end, m.text, m.record, True))
                    used.append((m.start, m.end))
                continue
            # "UCSD Laboratory of Gene Regulation": a sub-unit of the registry institution
            if inside[0].start == a and rest_words and rest_words[0].lower() in _SUBUNIT_FIRST:
                m = inside[0]
                out.append(InstitutionMention(m.start, m.end, m.text, m.record, True))
                used.append((m.start, m.end))
                continue
        if not any(_is_head(w) for w in words) or len(words) < 2 and not _COMPOUND_NAME.fullmatch(words[0]):
            continue
        if words[0].lower() in _SUBUNIT_FIRST:
            # "Department of Molecular Oncology, H. Lee Moffitt ..." : keep only a registry name inside
            for m in inside:
                out.append(InstitutionMention(m.start, m.end, m.text, m.record, True))
                used.append((m.start, m.end))
            owner = None if inside else _UNIT_OWNER.search(text[a:b])
            if owner is None or owner.group(1).split()[0].lower() in _SUBUNIT_FIRST:
                continue
            # "Faculty of Medicine of the University of Chile": the unit's institution, found by its pattern
            a = a + owner.start(1)
        possessive = _COUNTRY_POSSESSIVE.match(text, a, b)  # "Peru's Instituto Nacional de Salud"
        a = possessive.end() if possessive else a
        possessor = _OWNER_POSSESSIVE.search(text, a, b)
        possessor_words = text[a : possessor.start()].split() if possessor else []
        if possessor and len(possessor_words) >= 2 and any(
                _is_head(w) for w in possessor_words) and not any(
                w in ("for", "on", "in") for w in possessor_words):
            b = possessor.start()  # "University College Cork's APC Microbiome Ireland": the institution it belongs to
        name = _without_place(text[a:b])
        b = a + len(name)
        if _NOT_INSTITUTION.search(name) or len(name.split()) < 2 and not _COMPOUND_NAME.fullmatch(name):
            continue
        rec = reg.lookup(name)
        if rec is not None:
            out.append(InstitutionMention(a, b, name, rec, True))
        else:
            out.append(InstitutionMention(a, b, name, unknown_institution(name), False))
        used.append((a, b))
    for m in matches:
        if any(m.start < e and m.end > s for s, e in used):
            continue
        out.append(InstitutionMention(m.start, m.end, m.text, m.record, True))
        used.append((m.start, m.end))
    out.sort(key=lambda x: x.start)
    return out


def _with_ancestors(inst: Institution, reg: InstitutionRegistry, acc: dict[str, Institution]) -> None:
    acc[inst.institution_id] = inst
    for pid in reg.ancestors(inst.institution_id):
        p = reg.get(pid)
        if p is not None:
            acc[pid] = p


def publisher_institution(publisher: str | None, reg: InstitutionRegistry) -> Institution | None:
    if not publisher:
        return None
    rec = reg.lookup(publisher)
    if rec is None:
        ms = reg.find_all(publisher)
        if len(ms) == 1 and len(ms[0].text) >= 0.6 * len(publisher):
            rec = ms[0].record
    return rec or unknown_institution(publisher)


def extract_institutions(
    article: CleanArticle, registry: InstitutionRegistry | None = None
) -> tuple[list[ArticleInstitution], list[Institution]]:
    reg = registry or load_institutions()
    roles: dict[tuple[str, str], str] = {}
    records: dict[str, Institution] = {}

    pub = publisher_institution(article.publisher, reg)
    if pub is not None:
        roles[(pub.institution_id, "publisher")] = article.publisher or pub.name
        _with_ancestors(pub, reg, records)

    for sent in article.sentences:
        text = clean_markup(sent.text)
        funding = bool(_FUNDING_SENTENCE.search(text))
        prev: tuple[InstitutionMention, str] | None = None
        for m in find_institutions(text, reg):
            before = text[max(0, m.start - 120) : m.start]
            if funding or re.search(r"\b(?:published|appears?|appeared|reported|presented)\s+(?:online\s+)?(?:in|at)\s+(?:the\s+)?$", before):
                role = "mentioned"  # funders and venues, not affiliations
            elif _AFFIL_BEFORE.search(before) or _list_affiliation(before):
                role = "affiliation"
            elif prev is not None and prev[1] == "affiliation" and re.fullmatch(
                r"(?:['’]s\s+[A-Z][\w\s]*?)?\s*(?:,|and|,\s*and|/)\s*(?:the\s+)?", text[prev[0].end : m.start]
            ):
                role = "affiliation"  # "at UCSD's Laboratory of ... and Moores Cancer Center"
            else:
                role = "mentioned"
            prev = (m, role)
            key = (m.institution.institution_id, role)
            roles.setdefault(key, m.text)
            _with_ancestors(m.institution, reg, records)

    rows = []
    for (iid, role), text in roles.items():
        if role == "mentioned" and ((iid, "affiliation") in roles or (iid, "publisher") in roles):
            continue
        rows.append(ArticleInstitution(article_id=article.article_id, institution_id=iid, role=role, text=text))
    rows.sort(key=lambda r: (r.institution_id, r.role))
    return rows, sorted(records.values(), key=lambda i: i.institution_id)


def _possessive_affiliation(text: str, m: InstitutionMention) -> bool:
    """"at UCSD's Laboratory of ...": the possessive after a registry name still follows "at"."""
    return bool(re.match(r"['’]s\s+(?:Laboratory|Department|School|Division|Center|Centre|Program)", text[m.end :]))
