"""People an article credits: researchers quoted or named, authors, reviewers, media contacts.

A capitalised two-to-four-word name counts as a person only with evidence in its sentence: degrees
after it ("Ruth Sager, PhD"), a role word before it ("researcher Sachie Hiratsuka", "Dr.", "first
authors Wei Tan and ..."), a title after it ("Joan Massagué, Chair of ..."), a speech verb ("Karin
tells WebMD", "said Michael Karin"), "of <institution>" after it, or membership of a name list in a
sentence about authors/collaborators. Surname-only references ("Karin", "Dr. Massagué") never make
a row of their own: one row per person per article, keyed on first and last name. Reviewers come
from "Reviewed by ..." (preamble or body), media contacts from "Media Contact: ..." (trailer or
body), authors from a "By ..." byline. Navigation text is never read: only the body, the preamble's
reviewer/byline lines and the trailer's contact lines.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pipeline.extract.institutions import InstitutionMention, clean_markup, find_institutions
from pipeline.metadata import institution_of_domain
from pipeline.model import CleanArticle, Person
from pipeline.registries import InstitutionRegistry, load_institutions

VERSION = "11"  # 11: a media contact's domain is read as the release issuer's is (metadata.institution_of_domain); 10: every name after "collaborators on the study are" is an author; a media contact's e-mail domain names the institution; 9: "y del" joins two institution names; 8: "X University Press" is not the university; 7: a country's possessive is not part of an institution name; 6: a capitalised foreign connector ends an institution name; 5: Portuguese "em" inside institution names; 4: institution names keep "St."

_L = "a-zà-öø-ÿāăąćčďđēėęěğīįıķĺľłńňōőœŕřśşšţťūůűųźżž"
_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_TOK = rf"[{_U}][{_L}]+[{_U}][{_L}]+|(?:Mc|Mac|O['’]|D['’])?[{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?"
_INITIAL = rf"[{_U}]\."
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|la|le|du|dos|bin|al|ter)"
NAME = rf"(?:{_TOK}|{_INITIAL})(?:\s+(?:{_INITIAL}|{_TOK}|{_PARTICLE}(?=\s+[{_U}]))){{1,3}}"
_NAME_RE = re.compile(rf"(?<![\w.])(?:{NAME})(?![\w])")

_DEG = (
    r"(?:Ph\.?\s?D\.?|M\.?D\.?|M\.?P\.?H\.?|Dr\.?P\.?H\.?|Sc\.?D\.?|D\.?O\.?|R\.?N\.?|M\.?Sc\.?|M\.?S\.?|"
    r"D\.?D\.?S\.?|Pharm\.?\s?D\.?|FACS|FACP|FRCPC?|MBBS|MBChB|MBA|M\.?A\.?|BSN|MSN|NP|PA-C|DVM|D\.?Phil\.?|"
    r"LCSW|RD|CNM|FAAP|FACC|FAHA|MS|MHS|MSCE|MSc)"
)
_DEGREES_AFTER = re.compile(rf"^((?:\s*,\s*{_DEG}(?![\w]))+)")
_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:researchers?|scientists?|investigators?|professors?|prof\.|dr\.|drs\.|doctors?|authors?|"
    r"co-?authors?|lead\s+author|senior\s+author|first\s+authors?|study\s+leaders?|collaborators?|colleagues|"
    r"epidemiologists?|oncologists?|biologists?|physicians?|surgeons?|psychiatrists?|cardiologists?|"
    r"neurologists?|pathologists?|geneticists?|immunologists?|pediatricians?|statisticians?|nurses?|"
    r"directors?|chairman|chair|chief|dean|included|including|led\s+by|according\s+to|by|with|and)"
    r")\s*(?:,\s*)?$"
)
_STRONG_ROLE = re.compile(
    r"(?i:\b(?:researchers?|scientists?|investigators?|professors?|prof\.|dr\.|drs\.|authors?|co-?authors?|"
    r"lead\s+author|senior\s+author|first\s+authors?|study\s+leaders?|collaborators?|colleagues|epidemiologists?|"
    r"oncologists?|biologists?|physicians?|surgeons?|psychiatrists?|cardiologists?|neurologists?|"
    r"pathologists?|geneticists?|immunologists?|pediatricians?|statisticians?|according\s+to|led\s+by))\s*$"
)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:tells|told|says|said|explains|explained|notes|noted|adds|added|cautions|cautioned|"
    r"concludes|concluded|states|stated|warns|warned|agrees|agreed|suggests|suggested|believes|thinks|"
    r"comments|commented|wrote|writes|points out|pointed out|acknowledges|acknowledged|and (?:his|her) "
    r"(?:colleagues|team)|and colleagues|and co-?workers|'s team|’s team|'s lab|’s lab)\b"
)
_SPEECH_BEFORE = re.compile(r"(?:\b(?:says|said|explains|explained|notes|noted|adds|added|according to|asks|asked)\s*,?\s*)$")
_TITLE_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:chair|chairman|director|professor|chief|head|dean|president|"
    r"fellow|researcher|scientist|investigator|author|co-?author|member|physician|surgeon|oncologist|"
    r"epidemiologist|biologist|pathologist|spokes(?:wo)?man|leader|founder|instructor|lecturer|"
    r"resident|student|postdoc\w*|manager|officer|coordinator)\b",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"^\s*(?:,\s*)?(?:of|at|from)\s+(?:the\s+)?")
_LIST_CUE = re.compile(
    r"(?i:\b(?:co-?authors?|authors?|collaborators?|contributors?|first\s+authors?|researchers|investigators|"
    r"team\s+members?|colleagues)\b)"
)
_NOT_NAME = frozenset(
    """
    the this that these those a an and or but in on at of for with from by to as new study studies research
    cancer breast prostate lung tumor tumors cell cells health medical medicine national american university
    center centre institute institutes hospital school college department division laboratory program
    programme foundation society association council journal nature science clinic clinical disease
    diseases drug drugs food administration women's women men children biology genetics pathology
    pharmacology oncology molecular today news webmd reuters healthday january february march april may june
    july august september october november december monday tuesday wednesday thursday friday saturday
    sunday inc company corporation pharmaceuticals initiative trial trials group media contact reviewed
    related share follow professor distinguished chair director deputy physician-in-chief senior chief
    dr mr mrs ms prof researcher researchers scientist scientists author authors coauthors collaborators
    first lead according says said tells told explains adds notes however meanwhile also both while when
    what why how where who they he she we it his her their our its after before during since although
    because if though until one two three four five six seven eight nine ten million billion percent
    united states america europe european asia africa japan japanese china chinese california texas
    new york boston san diego tampa fla los angeles london paris tokyo germany france canada england
    regulatory signal transduction gene genes protein proteins receptor pathway inflammation metastasis
    alpha beta gamma kappa virus syndrome therapy treatment treatments patients patient mouse mice
    north south east west street avenue road county city state federal government ministry agency
    memorial sloan kettering dana-farber moffitt anticancer komen crohn's colitis hughes howard
    distinguished pharmacology cancer-fighting find get sign save talk connect read see
    biosciences bioscience therapeutics pharma disorders disorder lake success president vice ceo
    alabama alaska arizona arkansas colorado connecticut delaware florida hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada hampshire jersey mexico dakota ohio oklahoma oregon
    pennsylvania rhode tennessee utah vermont wisconsin wyoming portland seattle
    chicago houston dallas atlanta miami denver phoenix philadelphia baltimore pittsburgh cleveland
    detroit minneapolis toronto montreal vancouver sydney melbourne beijing shanghai berlin munich
    hospital's university's institute's awareness month week day foundation's association's
    """.split()  # noqa: SIM905 - a word list reads best as text
)


# Authors of the study: "first authors Wei Tan and Weizhou Zhang", "study author Andrea Cipriani",
# "the study's coauthors included Edi Brogi", "Joan Massagué, ... the senior author of the study".
_AUTHOR_CUE = re.compile(
    r"(?i:\b(?:(?:joint\s+)?(?:first|lead|senior|last|corresponding|principal|study|co-?)[\s-]*authors?|co-?authors?|"
    r"the\s+authors?)(?:\s+(?:are|were|include[sd]?|included))?\s*,?\s*)$"
)
_AUTHOR_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:study['’]s\s+|paper['’]s\s+)?(?:(?:first|lead|senior|last|corresponding|co-?)[\s-]*)?"
    r"-?author\b"
    # "Joan Massagué, Chair of ... and the senior author of the study"
    r"|^\s*,\s*[^;.\"“”]{0,120}?\b(?:and|is|was)\s+(?:the|a|an)\s+(?:(?:first|lead|senior|last|corresponding|co-?)[\s-]*)-?author\s+of\b",
    re.IGNORECASE,
)
# "Collaborators on the study are ...": a press release's list of the paper's other authors, with affiliations
_COLLABORATORS = re.compile(
    r"\b(?:collaborators|co-?authors|contributors)\s+(?:on|in|to|of)\s+(?:the|this)\s+(?:study|paper|research|work|"
    r"report|article)\s+(?:are|were|include[sd]?|included)\b",
    re.IGNORECASE,
)
# "researchers at the University of California, San Diego, have ...": the team's institution, for the
# person named as its member in the next sentences ("Michael Karin, PhD, and colleagues ...").
_TEAM_WORDS = r"\b(?:researchers?|scientists?|investigators?|team|doctors|physicians|experts)\s+(?:at|from|of|with)"
_TEAM_AT = re.compile(r"(?i:" + _TEAM_WORDS + r"\s+(?:the\s+)?)$")
_TEAM_CUE = re.compile(_TEAM_WORDS + r"\b", re.IGNORECASE)  # a sentence that can hold _TEAM_AT
_NOT_INVOLVED = re.compile(r"\b(?:not|wasn['’]t|weren['’]t)\s+(?:involved|part\s+of)|\bindependent\b|\bunaffiliated\b", re.IGNORECASE)
_TEAM_REACH = 2  # sentences


def _author_starts(text: str, names: list[tuple[int, int, str]]) -> set[int]:
    """Start offsets of names an author cue credits: the cue's list runs over ", " and ends with the
    item after "and" ("first authors A and B, C and D, UCSD" -> A, B)."""
    out: set[int] = set()
    crew = _COLLABORATORS.search(text)
    if crew:  # "Collaborators on the study are A and B, X; C, Y; and D, Z": every name listed
        out.update(a for a, _, _ in names if a >= crew.end())
    for k, (a, b, _) in enumerate(names):
        if not _AUTHOR_CUE.search(text[max(0, a - 60) : a]):
            if _AUTHOR_AFTER.match(_after_degrees(text[b:])):
                out.add(a)
            continue
        out.add(a)
        prev_end = b
        for a2, b2, _ in names[k + 1 :]:
            sep = _after_degrees(text[prev_end:a2])
            # ", " or a title between commas ("Edi Brogi, Director of Breast Pathology, and Larry Norton")
            if re.fullmatch(r"\s*,\s*(?:[^,;()\"“”]{1,70},\s*)?", sep):
                out.add(a2)
                prev_end = b2
                continue
            if re.fullmatch(r"\s*(?:,\s*[^,;()\"“”]{1,70})?,?\s*(?:and|&)\s+", sep):
                out.add(a2)
            break
    return out


def _after_degrees(text: str) -> str:
    m = _DEGREES_AFTER.match(text)
    return text[len(m.group(1)) :] if m else text


def _name_ok(name: str) -> bool:
    toks = name.split()
    if len(toks) < 2:
        return False
    if toks[-1].endswith(".") or len(toks[-1]) < 2:
        return False
    low = [t.lower().strip(".,") for t in toks]
    if any(t in _NOT_NAME for t in low if len(t) > 2 or t in {"dr", "mr", "ms"}):
        return False
    return toks[0].lower().rstrip(".") not in {"dr", "mr", "mrs", "ms", "prof"}


def _key(name: str) -> tuple[str, str]:
    toks = [t for t in name.split() if not re.fullmatch(r"[A-Z]\.", t)]
    return (toks[0].lower(), toks[-1].lower()) if toks else ("", "")


def _degrees(text_after: str) -> str | None:
    m = _DEGREES_AFTER.match(text_after)
    if not m:
        return None
    degs = [d.strip() for d in m.group(1).split(",") if d.strip()]
    return ", ".join(degs) or None


class _Acc:
    def __init__(self, article_id: str):
        self.article_id = article_id
        self.rows: dict[tuple[str, str], Person] = {}
        self.order: list[tuple[str, str]] = []

    _PRIORITY: ClassVar[dict[str, int]] = {"reviewer": 0, "media_contact": 1, "author": 2, "researcher": 3}

    def add(self, name: str, role: str, inst: str | None, degrees: str | None) -> None:
        name = " ".join(name.split())
        k = _key(name)
        old = self.rows.get(k)
        if old is None:
            self.rows[k] = Person(self.article_id, name, role, inst, degrees)
            self.order.append(k)
            return
        # keep the strongest role, the longest name, and fill in institution/degrees
        role2 = role if self._PRIORITY[role] < self._PRIORITY[old.role] else old.role
        name2 = name if len(name) > len(old.name) else old.name
        self.rows[k] = Person(self.article_id, name2, role2, old.institution_id or inst, old.degrees or degrees)

    def people(self) -> list[Person]:
        return [self.rows[k] for k in self.order]


def _names_in(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _NAME_RE.finditer(text):
        name = m.group(0)
        # trim a leading capitalised word that is not a name ("Researcher Sachie Hiratsuka")
        toks = name.split()
        while len(toks) > 2 and toks[0].lower().strip(".") in _NOT_NAME | {"researcher", "dr", "prof", "coauthor"}:
            toks = toks[1:]
        name2 = " ".join(toks)
        start = m.start() + name.index(toks[0])
        out.append((start, start + len(name2), name2))
    return out


def _institution_after(text: str, start: int, stop: int, mentions: list[InstitutionMention]) -> str | None:
    for m in mentions:
        if start <= m.start < stop:
            return m.institution.institution_id
    return None


_EMAIL_DOMAIN = re.compile(
    r"[\w.+-]+@((?:[\w-]+\.)+)(edu|org|gov|com|net|ac\.[a-z]{2}|edu\.[a-z]{2}|[a-z]{2})\b", re.IGNORECASE
)


def _institution_of_email(text: str, reg: InstitutionRegistry) -> str | None:
    """"slafee@ucsd.edu": the institution the domain's own label (before .edu, .ac.uk, ...) spells, read as the
    issuer of a release reads it (``metadata.institution_of_domain``)."""
    m = _EMAIL_DOMAIN.search(text)
    if m is None:
        return None
    name = institution_of_domain(m.group(1).rstrip(".").split(".")[-1], m.group(2).lower())
    rec = reg.lookup(name) if name else None
    return rec.institution_id if rec is not None else None


def _special_lines(text: str, acc: _Acc, reg: InstitutionRegistry) -> None:
    for m in re.finditer(rf"Reviewed\s+by\s+({NAME})((?:\s*,\s*{_DEG}(?![\w]))*)", text):
        if _name_ok(m.group(1)):
            acc.add(m.group(1), "reviewer", None, _degrees(m.group(2)))
    for m in re.finditer(r"Media\s+Contacts?\s*:?\s*([^\n]+)", text):
        for piece in re.split(r";|\bor\b|\n", m.group(1)):
            nm = re.match(rf"\s*({NAME})", clean_markup(piece))
            if nm and _name_ok(nm.group(1)):
                acc.add(nm.group(1), "media_contact", _institution_of_email(piece, reg), None)
    for line in text.splitlines():
        m = re.match(rf"\s*By\s+({NAME})((?:\s*(?:,|and)\s*{NAME})*)\s*(?:,|$)", line)
        if m:
            for nm in [m.group(1)] + re.findall(rf"(?:,|and)\s*({NAME})", m.group(2) or ""):
                if _name_ok(nm):
                    acc.add(nm, "author", None, None)


def extract_people(article: CleanArticle, registry: InstitutionRegistry | None = None) -> list[Person]:
    reg = registry or load_institutions()
    acc = _Acc(article.article_id)
    preamble = getattr(article, "preamble", "") or ""
    trailer = getattr(article, "trailer", "") or ""
    _special_lines(preamble, acc, reg)

    team: tuple[int, str] | None = None  # (sentence index, institution id) of "researchers at X"
    for si, sent in enumerate(article.sentences):
        text = clean_markup(sent.text)
        if re.search(r"\bReviewed\s+by\b|\bMedia\s+Contacts?\b", text):
            _special_lines(text, acc, reg)
            continue
        candidates = [(a, b, n) for a, b, n in _names_in(text) if _name_ok(n)]
        # institutions matter only for the names in the sentence or a "researchers at X" team: most sentences
        # have neither, and finding institutions is most of this extractor's time
        mentions = find_institutions(text, reg) if candidates or _TEAM_CUE.search(text) else []
        team_here = next((m.institution.institution_id for m in mentions
                          if _TEAM_AT.search(text[max(0, m.start - 40) : m.start])), None)
        team_inst = team[1] if team is not None and si - team[0] <= _TEAM_REACH and not _NOT_INVOLVED.search(text) else None
        inst_spans = [(m.start, m.end) for m in mentions]
        names = [(a, b, n) for a, b, n in candidates if not any(a < e and b > s for s, e in inst_spans)]
        list_cue = bool(_LIST_CUE.search(text))
        authors = _author_starts(text, names)
        found: list[tuple[int, int, str, str | None]] = []
        for idx, (a, b, name) in enumerate(names):
            before, after = text[max(0, a - 60) : a], text[b:]
            if re.match(r"^,\s*(?:Calif|Fla|Mass|Md|Mich|Minn|Tenn|Tex|Wash|Conn|Penn|Pa|Ill|Ind|Wis|Ga|Ala|Ariz|Colo|"
                        r"Ore|Okla|Ky|La|Mo|Neb|Nev|Va|N\.\s?[YCJHMD]|S\.\s?[CD]|R\.I|Del|Vt|Kan|Miss|Ark|Utah|Ohio|Iowa|Maine|"
                        r"[A-Z]{2})\b\.?(?:,|\s|$)", after):
                continue  # "says Port Charlotte, Fla., neurologist William Holt": a place
            degrees = _degrees(after)
            after_deg = after[len(_DEGREES_AFTER.match(after).group(1)) :] if degrees else after
            evidence = (
                degrees is not None
                or bool(_STRONG_ROLE.search(before))
                or bool(_SPEECH_AFTER.match(after_deg))
                or bool(_SPEECH_BEFORE.search(before))
                or bool(_TITLE_AFTER.match(after_deg))
                or (bool(_OF_AFTER.match(after_deg)) and any(m.start == b + len(after) - len(after_deg) + _OF_AFTER.match(after_deg).end() for m in mentions))
                or (list_cue and bool(_ROLE_BEFORE.search(before)))
            )
            if not evidence:
                continue
            # the person's institution: first institution named after them, before the next person/clause
            nxt = names[idx + 1][0] if idx + 1 < len(names) else len(text)
            semi = text.find(";", b)
            stop = min(nxt if nxt > b else len(text), semi if semi != -1 else len(text))
            inst = _institution_after(text, b, stop, mentions)
            if inst is None and list_cue:
                inst = _institution_after(text, b, semi if semi != -1 else len(text), mentions)
            if inst is None and team_inst is not None and not mentions:
                inst = team_inst  # the team's institution, named in the sentences just before
            found.append((a, b, name, inst))
            acc.add(name, "author" if a in authors else "researcher", inst, degrees)
        # names listed with a credited person ("Wei Tan and Weizhou Zhang, Amy Strasner and ...")
        if list_cue and found:
            for idx, (a, b, name) in enumerate(names):
                if any(f[0] == a for f in found):
                    continue
                before = text[max(0, a - 12) : a]
                if re.search(r"(?:,|\band|;)\s*(?:and\s+)?$", before) or re.search(r"\b(?:authors?|included|are)\s*$", before):
                    nxt = names[idx + 1][0] if idx + 1 < len(names) else len(text)
                    semi = text.find(";", b)
                    stop = min(nxt, semi if semi != -1 else len(text))
                    inst = _institution_after(text, b, stop, mentions)
                    # the institution of a list member is the one closing its group ("A and B, UCSD ...")
                    if inst is None:
                        seg_end = semi if semi != -1 else len(text)
                        inst = _institution_after(text, b, seg_end, mentions)
                    acc.add(name, "author" if a in authors else "researcher", inst, _degrees(text[b:]))
        if team_here is not None:
            team = (si, team_here)

    for line in trailer.splitlines():
        if re.search(r"\bMedia\s+Contacts?\b|\bReviewed\s+by\b", line):
            _special_lines(line, acc, reg)
    return acc.people()
