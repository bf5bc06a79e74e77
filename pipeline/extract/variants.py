"""Sequence variants written in the text: ``find_variants(text) -> [VariantMention]``.

Recognised forms (the ones BioRED abstracts use most; the tmVar normal form follows each):
* dbSNP ids: "rs6275" -> ``rs6275``
* protein substitutions: "p.R215W", "R215W", "p.Arg215Trp", "Arg215Trp", "Arg-215-Trp", "Y67X", "p.E947stop",
  "glycine-594-valine", "arginine to tryptophan at codon 198", "192Q/R" -> ``p|SUB|R|215|W``
* DNA substitutions: "c.643C>T", "643C>T", "c.1483-1G>C", "IVS3+1G>A", "g.3627A>C", "-107C/T", "C262T",
  "c.592C-->T" -> ``c|SUB|C|643|T`` (``g|`` with a "g." prefix)
* deletions, insertions, duplications: "c.528delT", "657del5", "c.2113_2114delGG", "p.V239del",
  "c.1546_1547insC", "c.899dupC" -> ``c|DEL|528|T``, ``c|INS|1546_1547|C``, ``c|DUP|899|C|``
* frameshifts: "p.R58fs", "p.G204VfsX17", "p.Ser119fsX" -> ``p|FS|R|58||``, ``p|FS|G|204|V|17``

A variant's entity id is ``dbsnp:rs<n>`` for a dbSNP id, else ``hgvs:`` + an HGVS-like rendering of the
normal form ("hgvs:p.R215W", "hgvs:c.643C>T"); the tmVar normal form (BioRED's identifier for variants
without a dbSNP id) is kept as the ``tmvar:`` cross-reference. A variant written without its gene has no
gene in its id (as in BioRED and tmVar): "p.R215W" of two genes is one entity; the article's gene mentions
say which gene it is.

Bare one-letter substitutions ("R215W") are only read when both letters are amino acids and the token is
not a known cell line or a protein/gene-like name ("T47D", "A549" never match: A549 has no second letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from ahocorasick_rs import AhoCorasick

_AA3 = {
    "ala": "A", "arg": "R", "asn": "N", "asp": "D", "cys": "C", "gln": "Q", "glu": "E", "gly": "G", "his": "H",
    "ile": "I", "leu": "L", "lys": "K", "met": "M", "phe": "F", "pro": "P", "ser": "S", "thr": "T", "trp": "W",
    "tyr": "Y", "val": "V", "ter": "X", "stop": "X",
}
_AA_NAMES = {
    "alanine": "A", "arginine": "R", "asparagine": "N", "aspartic acid": "D", "aspartate": "D", "cysteine": "C",
    "glutamine": "Q", "glutamic acid": "E", "glutamate": "E", "glycine": "G", "histidine": "H",
    "isoleucine": "I", "leucine": "L", "lysine": "K", "methionine": "M", "phenylalanine": "F", "proline": "P",
    "serine": "S", "threonine": "T", "tryptophan": "W", "tyrosine": "Y", "valine": "V",
}
_AA1 = "ACDEFGHIKLMNPQRSTVWY"
_NUC = "ACGT"

_B = r"(?<![\w.\-/+])"  # a variant starts a token
_E = r"(?!\w|-(?![A-Za-z])|\.\d)"  # and ends one ("G12D-induced" is a variant, "T47-2" no token)
_AA3_RE = "|".join(sorted((k.capitalize() for k in _AA3 if k != "stop"), key=len, reverse=True))
# lower case or capitalised ("Glycine"), spelled out case-sensitively: an IGNORECASE alternation is 10x slower
_AA_NAME_RE = "|".join(f"[{n[0]}{n[0].upper()}]{n[1:]}" for n in sorted(_AA_NAMES, key=len, reverse=True))
_POS = r"(?:IVS\s?\d+\s?[+\-]\s?\d+|[+\-]?\d+(?:\s?[+\-]\s?\d+)?)"  # 643, -107, 1483-1, IVS3+1, 1092 +1
_RANGE = _POS + r"(?:_" + _POS + r")?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("rs", re.compile(_B + r"rs\s?(\d{2,10})(?:(?=-[ACGT]\b)|" + _E + ")")),  # "rs2073162-A": an allele
    # frameshifts before substitutions: "p.G204VfsX17" would otherwise read as G204V
    ("fs", re.compile(_B + r"(?:p\.\s?)?(" + _AA3_RE + r"|[" + _AA1 + r"])(\d{1,5})(" + _AA3_RE + r"|["
                      + _AA1 + r"])?fs(?:\*|X|Ter)?(\d{1,4})?" + _E)),
    ("p3", re.compile(_B + r"(?:p\.\s?)?(" + _AA3_RE + r")[\s\-]?(\d{1,5})[\s\-]?(" + _AA3_RE + r"|X|\*)" + _E)),
    ("pname", re.compile(r"(?<![\w\-])(" + _AA_NAME_RE + r")[\s\-](\d{1,5})[\s\-](?:to[\s\-])?(" + _AA_NAME_RE
                         + r")(?![\w\-])")),
    ("pname_at", re.compile(r"(?<![\w\-])(" + _AA_NAME_RE + r")(?: residue)? (?:to|by|for|with) (?:an? |the )?("
                            + _AA_NAME_RE + r")(?: residue)?(?: (?:substitution|mutation|change))? at (?:codon|"
                            r"residue|position|amino acid(?: position)?) (\d{1,5})(?![\w\-])")),
    ("pdel", re.compile(_B + r"p\.\s?([" + _AA1 + r"]|" + _AA3_RE + r")(\d{1,5})(?:_(?:[" + _AA1 + r"]|" + _AA3_RE
                        + r")(\d{1,5}))?del" + _E)),
    ("p1", re.compile(_B + r"(p\.\s?)?([" + _AA1 + r"])(\d{1,5})([" + _AA1 + r"X*]|stop)" + _E)),
    ("pslash", re.compile(_B + r"(\d{2,5})([" + _AA1 + r"])/([" + _AA1 + r"])" + _E)),
    ("csub", re.compile(_B + r"(?:([cgm])\.\s?)?(" + _POS + r")\s?([" + _NUC + r"])\s?(?:>|-+>|→|/)\s?([" + _NUC
                        + r"])" + _E)),
    ("csub_bare", re.compile(_B + r"([" + _NUC + r"])(-?\d{3,6})([" + _NUC + r"])" + _E)),
    ("cedit", re.compile(_B + r"(?:([cg])\.\s?)?(" + _RANGE + r")\s?(del|ins|dup)([" + _NUC + r"]+|\d{1,4})?" + _E)),
    ("cdel_first", re.compile(_B + r"del(\d{1,6})([" + _NUC + r"])" + _E)),
]


# "T47D cells", "T98G glioma cells" are cell lines (their names look like substitutions at codons < 100)
_CELL_LINE_AFTER = re.compile(r"\s(?:cells?|cell lines?|xenografts?)\b")
_CELL_LINE_AFTER_WORD = re.compile(r"\s[\w\-]+\s(?:cells?|cell lines?)\b")


@dataclass(frozen=True, slots=True)
class VariantMention:
    start: int
    end: int
    text: str
    tmvar: str  # BioRED/tmVar normal form: "p|SUB|R|215|W", "c|DEL|528|T", "rs6275"

    @property
    def name(self) -> str:
        """"rs6275", or the HGVS-like name "p.R215W"."""
        return hgvs_name(self.tmvar)

    @property
    def entity_id(self) -> str:
        return f"{'dbsnp' if self.tmvar.startswith('rs') else 'hgvs'}:{self.name}"

    @property
    def xrefs(self) -> tuple[str, ...]:
        return () if self.tmvar.startswith("rs") else (f"tmvar:{self.tmvar}",)


def tmvar_form(entity_id: str, xrefs: tuple[str, ...]) -> str | None:
    """The tmVar normal form of a variant entity (BioRED's identifier): "rs6275" for ``dbsnp:rs6275``, else its
    ``tmvar:`` cross-reference; None for other entities."""
    if entity_id.startswith("dbsnp:"):
        return entity_id.removeprefix("dbsnp:")
    return next((x.removeprefix("tmvar:") for x in xrefs if x.startswith("tmvar:")), None)


def hgvs_name(tmvar: str) -> str:
    """An HGVS-like name of a tmVar normal form ("p|SUB|R|215|W" -> "p.R215W", "c|DEL|528|T" -> "c.528delT")."""
    if tmvar.startswith("rs"):
        return tmvar
    level, kind, *rest = tmvar.split("|")
    rest += [""] * (4 - len(rest))
    if kind == "SUB":
        ref, pos, alt = rest[:3]
        return f"{level}.{ref}{pos}{alt}" if level == "p" else f"{level}.{pos}{ref}>{alt}"
    if kind == "FS":
        ref, pos, alt, n = rest[:4]
        return f"p.{ref}{pos}{alt}fs" + (f"X{n}" if n else "")
    pos, alt = rest[:2]
    if level == "p" and kind == "DEL":
        return f"p.{alt}{pos}del" if "_" not in pos else f"p.{pos}del"
    return f"{level}.{pos}{kind.lower()}{alt}"


def _aa(token: str) -> str:
    token = token.lower()
    return _AA3.get(token) or _AA_NAMES.get(token) or token.upper().replace("*", "X")


def _pos(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _normal_form(kind: str, m: re.Match[str]) -> str | None:
    g = m.groups()
    if kind == "rs":
        return f"rs{g[0]}"
    if kind == "fs":
        return f"p|FS|{_aa(g[0])}|{g[1]}|{_aa(g[2]) if g[2] else ''}|{g[3] or ''}"
    if kind == "p3":
        return f"p|SUB|{_aa(g[0])}|{g[1]}|{_aa(g[2])}"
    if kind == "pname":
        if g[0].lower() == g[2].lower():
            return None  # "serine 12 serine" is a list of residues, not a change
        return f"p|SUB|{_aa(g[0])}|{g[1]}|{_aa(g[2])}"
    if kind == "pname_at":
        return f"p|SUB|{_aa(g[0])}|{g[2]}|{_aa(g[1])}"
    if kind == "pdel":
        return f"p|DEL|{g[1]}_{g[2]}|" if g[2] else f"p|DEL|{g[1]}|{_aa(g[0])}"
    if kind == "p1":
        prefixed, ref, pos, alt = g
        if not prefixed and ref in _NUC and alt in _NUC and len(pos) > 2:
            return None  # "C262T": a nucleotide change (csub_bare); "A53T" reads as a residue
        if not prefixed and (ref == alt or not 2 <= len(pos) <= 4):
            return None  # "T1D", "E2C" are names, not variants
        if not prefixed and len(pos) == 2 and _CELL_LINE_AFTER_WORD.match(m.string, m.end()):
            return None
        return f"p|SUB|{ref}|{pos}|{'X' if alt in ('*', 'stop') else alt}"
    if kind == "pslash":
        if g[1] in _NUC and g[2] in _NUC:
            return None  # "1858C/T": a nucleotide change (csub)
        return f"p|SUB|{g[1]}|{g[0]}|{g[2]}"
    if kind == "csub":
        level = g[0] or "c"
        return f"{level}|SUB|{g[2]}|{_pos(g[1])}|{g[3]}"
    if kind == "csub_bare":
        return f"c|SUB|{g[0]}|{g[1]}|{g[2]}"
    if kind == "cedit":
        level, pos, op, alt = g
        if not level and op != "del" and not alt:
            return None  # "5ins" alone is no variant we can name
        if not level and not alt and not re.search(r"\d{2}", pos):
            return None
        pos = _pos(pos)
        op = op.upper()
        return f"{level or 'c'}|{op}|{pos}|{alt or ''}" + ("|" if op == "DUP" else "")
    if kind == "cdel_first":
        return f"c|DEL|{g[0]}|{g[1]}"
    return None


# Where the patterns are run. Every form but the spaced and spelled-out ones has a digit next to a letter
# ("R215W", "643C>T", "657del5", "rs6275"), found with numpy in a fraction of the time one regex scan takes;
# the patterns then run on windows around those digits. A text with a rarer form ("35 delG", "469 C>A",
# "+3100 T/G", "Cys 23 Ser", an amino acid's name), found with one Aho-Corasick walk, is scanned whole.
_WINDOW = 100  # characters either side of a candidate digit; longer than any variant the patterns read
_IS_LETTER = np.array([chr(i).isascii() and chr(i).isalpha() for i in range(128)] + [False], dtype=bool)
_IS_DIGIT = np.array([chr(i).isdigit() for i in range(128)] + [False], dtype=bool)
# after a digit: an upper-case letter or the start of del/dup/ins/fs (not "2nd", "5mg", "1990s")
_AFTER_DIGIT = np.array([chr(i).isascii() and (chr(i).isupper() or chr(i) in "dif") for i in range(128)] + [False])
_TRIGGER_KINDS = (
    [(n, "name") for name in _AA_NAMES for n in (name, name.capitalize())]
    + [(t, "arrow") for t in (">", "→")]
    + [(t, "edit") for t in (" del", " ins", " dup", " A/", " C/", " G/", " T/")]  # after a digit
    + [(code.capitalize() + sep, "code") for code in _AA3 if code != "stop" for sep in " -"]  # before a digit
)
_TRIGGERS = AhoCorasick([t for t, _ in _TRIGGER_KINDS])


def _needs_whole_scan(text: str) -> bool:
    for i, start, end in _TRIGGERS.find_matches_as_indexes(text):
        kind = _TRIGGER_KINDS[i][1]
        if kind in ("name", "arrow") or (kind == "edit" and start and text[start - 1].isdigit()) or (
                kind == "code" and end < len(text) and text[end].isdigit()):
            return True
    return False


def _scan_ranges(text: str) -> list[tuple[int, int]]:
    if _needs_whole_scan(text):
        return [(0, len(text))]
    arr = np.minimum(np.frombuffer(text.encode("utf-32-le"), dtype="<u4"), 128)
    digit = _IS_DIGIT[arr]
    near = _IS_LETTER[arr[:-1]] & digit[1:] | digit[:-1] & _AFTER_DIGIT[arr[1:]]  # side by side at i, i+1
    ranges: list[tuple[int, int]] = []
    for i in np.flatnonzero(near).tolist():
        lo, hi = max(0, i - _WINDOW), min(len(text), i + _WINDOW)
        if ranges and lo <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], hi)
        else:
            ranges.append((lo, hi))
    return ranges


def find_variants(text: str) -> list[VariantMention]:
    """Variant mentions of ``text``, non-overlapping (of two overlapping, the earlier pattern's wins), in
    text order."""
    ranges = _scan_ranges(text)
    if not ranges:
        return []
    found: list[VariantMention] = []
    for kind, pattern in _PATTERNS:
        for m in (m for lo, hi in ranges for m in pattern.finditer(text, lo, hi)):
            tm = _normal_form(kind, m)
            if tm is not None and not _CELL_LINE_AFTER.match(text, m.end()):
                found.append(VariantMention(m.start(), m.end(), m.group(0), tm))
    taken: list[VariantMention] = []
    for v in found:  # pattern order is the priority
        if not any(t.start < v.end and v.start < t.end for t in taken):
            taken.append(v)
    taken.sort(key=lambda v: v.start)
    return _same_as_rs(text, taken)


_BETWEEN_ALIASES = re.compile(r"\s*[(\[,;:/]\s*|\s+")


def _same_as_rs(text: str, variants: list[VariantMention]) -> list[VariantMention]:
    """A variant written next to its dbSNP id ("Ser326Cys (rs1052133)", "rs1801133 (C677T)") is that rs
    variant wherever the text names it (tmVar and BioRED ground both to the rs id)."""
    alias: dict[str, str] = {}
    for a, b in pairwise(variants):
        if a.tmvar.startswith("rs") == b.tmvar.startswith("rs"):
            continue
        if _BETWEEN_ALIASES.fullmatch(text, a.end, b.start):
            rs, other = (a, b) if a.tmvar.startswith("rs") else (b, a)
            alias.setdefault(other.tmvar, rs.tmvar)
    if not alias:
        return variants
    return [VariantMention(v.start, v.end, v.text, alias.get(v.tmvar, v.tmvar)) for v in variants]
