"""Load the lexicons in seeds/lexicons/ (built by scripts/build_lexicons.py, plus hand-curated files).

Everything is read from the checked-in TSVs (no cache files needed). Loading the entity records and term
table takes well under a second; the Aho-Corasick automaton is built lazily on first use.

    lex = load_entity_lexicon()            # cached per directory
    lex.entities["HGNC:1974"]              # Entity(entity_id, entity_type, name, xrefs)
    load_reactome_pathways()               # tuple[Pathway, ...]
    LEXICON_VERSION                        # short hash of the lexicon files' bytes (cache invalidation)

``PIPELINE_LEXICON_DIR`` overrides the default directory.
"""

from __future__ import annotations

import gc
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pipeline import lexicon_files
from pipeline.lexicon_files import read_word_list
from pipeline.model import Entity

# Files that define entities and their names (their bytes make LEXICON_VERSION).
ENTITY_FILES = (
    "hgnc_genes.tsv",
    "mesh_gene_synonyms.tsv",
    "famplex_gene_synonyms.tsv",
    "famplex.tsv",
    "mesh_diseases.tsv",
    "mesh_supplementary_diseases.tsv",
    "mesh_chemicals.tsv",
    "mesh_supplementary_chemicals.tsv",
    "mesh_exposures.tsv",
    "mesh_interventions.tsv",
    "mesh_measures.tsv",
    "curated_entities.tsv",
    "biored_train_synonyms.tsv",
    "biored_train_organism_genes.tsv",
    "biored_train_legacy_mesh.tsv",
    "homologene_orthologs.tsv",
    "entity_stoplist.tsv",
    "english_words.txt",
)

# Interventions and outcome measures: the agents and effects of the results news and releases report ("hypnosis
# reduced hot flashes", "lowered blood pressure"). In abstracts they are mostly methods and measurements ("by
# subcutaneous injection", "blood pressure was recorded"), and BioRED relates none of them, so abstracts skip them.
NEWS_ONLY_FILES = ("mesh_interventions.tsv", "mesh_measures.tsv")

# Kind ranks of a term (lower = stronger evidence that the string names the entity).
CURATED, SYMBOL, NAME, SYNONYM, PREVIOUS, ALIAS = 0, 1, 2, 3, 4, 5

# Gene loci whose aliases and names are matched; other approved loci (pseudogenes, ...) by symbol only.
_FULL_LOCI = frozenset(
    {
        "gene with protein product",
        "RNA, micro",
        "RNA, long non-coding",
        "immunoglobulin gene",
        "T cell receptor gene",
        "complex locus constituent",
    }
)

GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa", "λ": "lambda",
    "θ": "theta", "ζ": "zeta", "σ": "sigma", "ω": "omega", "τ": "tau", "μ": "mu", "η": "eta",
}
_GREEK_NAME_RE = re.compile("(" + "|".join(sorted((v for v in GREEK.values() if len(v) > 3), key=len, reverse=True)) + ")")
_NAME_TO_GREEK = {v: k for k, v in GREEK.items()}
_GREEK_CHAR_RE = re.compile("[" + "".join(GREEK) + "]")

# Separators removed from both terms and text before matching: whitespace, hyphens and dashes, underscore.
SEPARATORS = " \t\n\r\f\v\u00a0\u2009\u202f-\u2010\u2011\u2012\u2013\u2014\u2212_"
_SEP_RE = re.compile("[" + re.escape(SEPARATORS) + "]+")
# Length-preserving character normalisation applied to lowercased text and terms.
CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "ß": "β", "ϐ": "β", "ϰ": "κ", "ς": "σ", "µ": "μ", "＋": "+"})
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def norm_key(term: str) -> str:
    """Matching key of a string: lowercase, separators removed, typographic characters unified."""
    return _SEP_RE.sub("", term.lower().translate(CHAR_MAP))


_GREEK_HINT = re.compile("[" + "".join(GREEK) + "]|alpha|beta|gamma|delta|epsilon|kappa|lambda|theta|zeta|sigma|omega")


def _greek_variants(key: str) -> set[str]:
    out = {key}
    if not _GREEK_HINT.search(key):
        return out
    if _GREEK_CHAR_RE.search(key):
        out.add(_GREEK_CHAR_RE.sub(lambda m: GREEK[m.group(0)], key))
    if _GREEK_NAME_RE.search(key):
        out.add(_GREEK_NAME_RE.sub(lambda m: _NAME_TO_GREEK[m.group(0)], key))
    return out


_SYMBOL_GREEK_RE = re.compile(r"^([a-z0-9]*[a-z][a-z0-9]*?)([abgdk])(\d?)$")
_LETTER_GREEK = {"a": "alpha", "b": "beta", "g": "gamma", "d": "delta", "k": "kappa"}


_GREEK_ABBREV_RE = re.compile(r"(?<=[0-9a-z])(alpha|beta|gamma|delta|kappa)(?=[0-9]|$)")


def _gene_greek_variants(key: str) -> set[str]:
    """Greek letters also as their Latin initial in gene names: tnfalpha -> tnfa, betacatenin -> bcatenin."""
    out = _greek_variants(key)
    if len(out) > 1 and _GREEK_NAME_RE.search(key):
        out.add(_GREEK_ABBREV_RE.sub(lambda m: m.group(1)[0], key))
        if key.startswith(("alpha", "beta", "gamma", "delta", "kappa")):
            for g in ("alpha", "beta", "gamma", "delta", "kappa"):
                if key.startswith(g) and len(key) > len(g) + 3:
                    out.add(g[0] + key[len(g):])
    return out


def _symbol_variants(key: str) -> set[str]:
    """IL1A -> il1alpha / il1α; TGFB1 -> tgfbeta1 / tgfβ1 (Greek letters written as Latin letters)."""
    out = _gene_greek_variants(key)
    m = _SYMBOL_GREEK_RE.match(key)
    if m and len(m.group(1)) >= 2:
        name = _LETTER_GREEK[m.group(2)]
        out.add(m.group(1) + name + m.group(3))
        out.add(m.group(1) + _NAME_TO_GREEK[name] + m.group(3))
    return out


# American -> British spellings (keys have no separators, so only unambiguous stems are rewritten).
_BRITISH = [
    ("leukemi", "leukaemi"), ("anemi", "anaemi"), ("ischemi", "ischaemi"), ("glycemi", "glycaemi"),
    ("lipidemi", "lipidaemi"), ("uremi", "uraemi"), ("toxemi", "toxaemi"), ("septicemi", "septicaemi"),
    ("edema", "oedema"), ("esophag", "oesophag"), ("estrogen", "oestrogen"), ("estradiol", "oestradiol"),
    ("tumor", "tumour"), ("pediatr", "paediatr"), ("diarrhea", "diarrhoea"), ("celiac", "coeliac"),
    ("fetal", "foetal"), ("hemorrhag", "haemorrhag"), ("hematolog", "haematolog"), ("hemoglobin", "haemoglobin"),
    ("hemophilia", "haemophilia"), ("hematom", "haematom"), ("hemolytic", "haemolytic"), ("anesthe", "anaesthe"),
    ("gynecolog", "gynaecolog"), ("orthoped", "orthopaed"), ("dyspnea", "dyspnoea"), ("apnea", "apnoea"),
    ("leukocyt", "leucocyt"), ("sulfate", "sulphate"), ("sulfur", "sulphur"), ("aluminum", "aluminium"),
    ("metallopeptidase", "metalloproteinase"), ("erythematos", "erythaematos"), ("leukopen", "leucopen"),
]
_BRITISH_RE = re.compile("|".join(a for a, _ in _BRITISH))
_BRITISH_MAP = dict(_BRITISH)


def _name_variants(key: str) -> set[str]:
    out = _greek_variants(key)
    if _BRITISH_RE.search(key):
        out |= {_BRITISH_RE.sub(lambda m: _BRITISH_MAP[m.group(0)], k) for k in out}
    return out


class Term(NamedTuple):
    entity_id: str
    entity_type: str
    rank: int  # CURATED .. ALIAS
    surface: str  # the term as written in the lexicon


@dataclass(frozen=True, slots=True)
class Pathway:
    pathway_id: str
    name: str
    source: str
    members: tuple[str, ...]  # HGNC ids


@dataclass
class EntityLexicon:
    entities: dict[str, Entity]
    terms: dict[str, tuple[Term, ...]]  # matching key -> candidate terms, best first
    english: frozenset[str]  # common lowercase English words
    stoplist: frozenset[tuple[str, str]]  # (key, entity_type) rarely meaning the entity
    family_members: dict[str, tuple[str, ...]]
    ncbi_to_hgnc: dict[str, str]
    version: str
    # (HGNC/FamPlex id, NCBITaxon id) -> NCBIGene id in that organism (mouse/rat genes; the gene a family name
    # means; learned from BioRED Train)
    orthologs: dict[tuple[str, str], str] = field(default_factory=dict)
    ortholog_taxa: frozenset[str] = frozenset()  # the non-human NCBITaxon ids ``orthologs`` covers
    # (HGNC id, NCBITaxon id) -> the mouse/rat gene's official symbol (HomoloGene: "Akt1", "Sox2")
    ortholog_symbols: dict[tuple[str, str], str] = field(default_factory=dict)
    # entities matched outside abstracts only (NEWS_ONLY_FILES: interventions and outcome measures)
    news_only: frozenset[str] = frozenset()
    _automaton: object = field(default=None, repr=False)
    _short: dict = field(default_factory=dict, repr=False)  # key length -> (key, cands) in the order of its codes
    _short_codes: dict = field(default_factory=dict, repr=False)  # key length -> sorted numpy array of codes
    _long: list = field(default_factory=list, repr=False)  # automaton pattern i -> (key, cands)
    _long_index: dict | None = field(default=None, repr=False)  # key of _long -> its pattern number
    _long_lengths: tuple[int, int] = field(default=(0, 0), repr=False)  # shortest and longest key of _long
    looked_up_chars: int = field(default=0, repr=False)  # text matched through long_index so far (not the automaton)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __getstate__(self) -> dict:
        """Picklable (for process pools): the automaton, look-up tables and lock are rebuilt on the other side."""
        state = {k: getattr(self, k) for k in self.__dataclass_fields__}
        state.update(_automaton=None, _short={}, _short_codes={}, _long=[], _long_index=None, _lock=None,
                     looked_up_chars=0)
        return state

    def __setstate__(self, state: dict) -> None:
        for k, v in state.items():
            setattr(self, k, v)
        self._lock = threading.Lock()

    def prepare_tables(self) -> None:
        """Sort the keys into the short-key code tables and the automaton's patterns (once; about 1 s)."""
        if not self._short_codes:
            with self._lock, _gc_paused():
                if not self._short_codes:
                    self._build_tables()

    def _build_tables(self) -> None:
        import numpy as np

        stop = self.stoplist
        short: dict[int, dict[int, tuple]] = {}  # key length -> code -> (key, cands)
        # Pattern i of the automaton is ``long[i]``: its hits are then filtered as numpy arrays,
        # without a Python object per in-word hit.
        long: list[tuple] = []
        for key, cands in self.terms.items():
            if key in FUNCTION_WORDS or (len(key) == 2 and key in self.english):
                cands = tuple(t for t in cands if t.entity_type not in ("gene", "protein_family"))
                if not cands:
                    continue  # "of", "was", "can": never a gene, keep out of the automaton
            if stop and all((key, t.entity_type) in stop for t in cands):
                continue  # never accepted: keep it out of the automaton
            code = short_code(key) if len(key) <= SHORT_KEY_MAX else None
            if code is not None:
                short.setdefault(len(key), {})[code] = (key, cands)
            else:
                long.append((key, cands))
        self._long = long
        self._long_lengths = (min((len(k) for k, _ in long), default=0), max((len(k) for k, _ in long), default=0))
        codes = {n: sorted(short.get(n, ())) for n in range(2, SHORT_KEY_MAX + 1)}
        self._short = {n: [short[n][x] for x in c] for n, c in codes.items()}
        self._short_codes = {n: np.array(c, dtype=np.uint64) for n, c in codes.items()}  # set last: "built"

    @property
    def automaton(self):
        """Aho-Corasick automaton over the long keys (built on first use, 1.5-2 s for 380,000 keys)."""
        if self._automaton is None:
            self.prepare_tables()
            with self._lock, _gc_paused():
                if self._automaton is None:
                    import ahocorasick_rs

                    # ahocorasick-rs (Rust aho-corasick crate): its contiguous automaton walks the text twice as
                    # fast as pyahocorasick's trie of 200k keys, whose nodes miss the CPU cache
                    self._automaton = ahocorasick_rs.AhoCorasick(
                        [v[0] for v in self._long], matchkind=ahocorasick_rs.MatchKind.Standard)
        return self._automaton

    @property
    def long_index(self) -> dict[str, int]:
        """The automaton's patterns as a dict (key -> pattern number): for a few documents, looking up each
        stretch of text between word boundaries is cheaper than building the automaton."""
        if self._long_index is None:
            self.prepare_tables()
            with self._lock, _gc_paused():
                if self._long_index is None:
                    self._long_index = {k: i for i, (k, _) in enumerate(self._long)}
        return self._long_index


# English function words that are also HGNC aliases or symbols: never matched as genes.
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with as is was were be been are am can could may might must shall
    should will would not no nor and or but if so than that this these those then there here he she it its his
    her hers him they them their we us our you your i me my mine who whom whose which what when where why how
    all any both each few more most other some such only own same too very just also up out off over under
    again once do does did done has have had having get got let per via yet one two six ten
    """.split()  # noqa: SIM905
)

# Keys this short are looked up at word starts (vectorised), not in the automaton: inside words they match
# everywhere ("tion", "ment"), and 4-character keys alone made three quarters of the automaton's hits.
SHORT_KEY_MAX = 4
SHORT_CODE_BITS = 16  # 4 x 16 bits fill a uint64; text characters above 0xFFFE are clipped to 0xFFFF


def short_code(key: str) -> int | None:
    """Integer code of a key of <= SHORT_KEY_MAX characters, or None when a character does not fit."""
    c = 0
    for ch in key:
        if ord(ch) >= 0xFFFF:
            return None
        c = (c << SHORT_CODE_BITS) | ord(ch)
    return c


def retired_mesh_id(entity: Entity) -> str | None:
    """The retired MeSH id of a MeSH disease or chemical (``biored_train_legacy_mesh.tsv``): the id corpora
    annotated against an older MeSH use for it (olanzapine: MESH:C076029, now MESH:D000077152)."""
    if entity.entity_type not in ("disease", "chemical") or not entity.entity_id.startswith("MESH:"):
        return None
    return next((x for x in entity.xrefs if x.startswith("MESH:")), None)


def _read_tsv(path: Path):
    """Rows of a lexicon TSV as lists, skipping '#' comment lines and the column header."""
    with open(path, encoding="utf-8") as fh:
        header_seen = False
        for line in fh:
            if line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            yield line.rstrip("\n").split("\t")


def lexicon_dir(lexicon_dir: Path | str | None = None) -> Path:
    return Path(lexicon_dir) if lexicon_dir is not None else lexicon_files.lexicon_dir()


def compute_version(directory: Path) -> str:
    return lexicon_files.files_digest(ENTITY_FILES, directory)


_HAS_LETTER = re.compile(r"[^\W\d_]")


def _good_key(key: str) -> bool:
    if len(key) < 2 or key.upper() == key.lower():  # no letter at all
        return False
    return not (len(key) <= 6 and key[0] in "ivxlcdm" and _ROMAN.match(key))


class _TermTable:
    """key -> candidate terms; a single Term while there is one, a {entity_id: Term} dict beyond."""

    def __init__(self) -> None:
        self.best: dict[str, object] = {}

    def add(self, keys, entity_id: str, entity_type: str, rank: int, surface: str) -> None:
        best = self.best
        for key in keys:
            slot = best.get(key)
            if slot is None:
                if _good_key(key):
                    best[key] = Term(entity_id, entity_type, rank, surface)
            elif type(slot) is Term:
                if slot.entity_id == entity_id:
                    # keep the strongest kind; at equal kind prefer the hyphenated form ("COX-2" over "COX2"),
                    # which is how text writes it and lets ties between genes be broken by the exact form
                    if rank < slot.rank or (rank == slot.rank and "-" in surface and "-" not in slot.surface):
                        best[key] = Term(entity_id, entity_type, rank, surface)
                else:
                    best[key] = {slot.entity_id: slot, entity_id: Term(entity_id, entity_type, rank, surface)}
            else:
                old = slot.get(entity_id)
                if old is None or rank < old.rank or (rank == old.rank and "-" in surface and "-" not in old.surface):
                    slot[entity_id] = Term(entity_id, entity_type, rank, surface)

    def freeze(self) -> dict[str, tuple[Term, ...]]:
        out = {}
        for k, v in self.best.items():
            out[k] = (v,) if type(v) is Term else tuple(sorted(v.values(), key=_term_order))
        return out


def _term_order(t: Term):
    return (t.rank, t.entity_id)


@contextmanager
def _gc_paused():
    """The cyclic garbage collector paused while building the lexicon's ~1 million acyclic objects (strings,
    tuples, dicts): it would otherwise scan them again and again, a quarter of the load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=4)
def _load(directory: Path, use_stoplist: bool) -> EntityLexicon:
    with _gc_paused():
        return _build(directory, use_stoplist)


def _build(directory: Path, use_stoplist: bool) -> EntityLexicon:
    entities: dict[str, Entity] = {}
    table = _TermTable()
    members: dict[str, tuple[str, ...]] = {}
    ncbi_to_hgnc: dict[str, str] = {}

    for r in _read_tsv(directory / "hgnc_genes.tsv"):
        hid, symbol, name, syns, xrefs, locus = r[:6]
        xr = tuple(xrefs.split("|")) if xrefs else ()
        entities[hid] = Entity(hid, "gene", symbol, xr)
        for x in xr:
            if x.startswith("NCBIGene:"):
                ncbi_to_hgnc[x] = hid
        table.add(_symbol_variants(norm_key(symbol)), hid, "gene", SYMBOL, symbol)
        if locus in _FULL_LOCI:
            table.add(_name_variants(norm_key(name)) | _gene_greek_variants(norm_key(name)), hid, "gene", NAME, name)
            if syns:
                for s in syns.split("|"):
                    table.add(_symbol_variants(norm_key(s)), hid, "gene", ALIAS, s)

    p = directory / "mesh_gene_synonyms.tsv"
    if p.is_file():
        for r in _read_tsv(p):
            hid, syns = r[0], r[3] if len(r) > 3 else ""
            if hid in entities:
                for syn in syns.split("|") if syns else ():
                    table.add(_name_variants(norm_key(syn)), hid, "gene", SYNONYM, syn)

    p = directory / "famplex_gene_synonyms.tsv"
    if p.is_file():
        # the map lists each spelling seen (c-Myc, c-myc, c-MYC); the one with the fewest capitals is kept as
        # the key's surface, so the case check accepts every spelling the map lists
        for r in sorted(_read_tsv(p), key=lambda r: sum(c.isupper() for c in r[1])):
            if r[0] in entities:
                table.add(_symbol_variants(norm_key(r[1])), r[0], "gene", SYNONYM, r[1])

    for r in _read_tsv(directory / "famplex.tsv"):
        fid, name, syns, mem = r[:4]
        entities[fid] = Entity(fid, "protein_family", name, ())
        members[fid] = tuple(mem.split("|")) if mem else ()
        table.add(_name_variants(norm_key(name)), fid, "protein_family", NAME, name)
        for s in syns.split("|") if syns else ():
            table.add(_symbol_variants(norm_key(s)), fid, "protein_family", SYNONYM, s)

    news_only: set[str] = set()
    for fname, etype in (("mesh_diseases.tsv", "disease"), ("mesh_supplementary_diseases.tsv", "disease"),
                         ("mesh_chemicals.tsv", "chemical"), ("mesh_supplementary_chemicals.tsv", "chemical"),
                         ("mesh_exposures.tsv", "process"), ("mesh_interventions.tsv", "process"),
                         ("mesh_measures.tsv", "process")):
        news = fname in NEWS_ONLY_FILES
        for r in _read_tsv(directory / fname):
            mid, name, syns = r[:3]
            entities[mid] = Entity(mid, etype, name, ())
            if news:
                news_only.add(mid)
            table.add(_name_variants(norm_key(name)), mid, etype, NAME, name)
            for s in syns.split("|") if syns else ():
                if ", " in s:
                    continue  # MeSH's inverted entry terms ("B12, Vitamin"): in text, a comma lists ("vitamin B12, vitamin D")
                table.add(_name_variants(norm_key(s)), mid, etype, SYNONYM, s)

    for r in _read_tsv(directory / "curated_entities.tsv"):
        eid, etype, name, syns = r[:4]
        xrefs = tuple(x for x in (r[4].split("|") if len(r) > 4 and r[4] else ()) if x)
        if eid in entities:
            etype = entities[eid].entity_type
        else:
            entities[eid] = Entity(eid, etype, name, xrefs)
        if len(r) > 5 and r[5] == "news":
            news_only.add(eid)  # a body's function news reports ("glucose tolerance"); abstracts name the molecule
        for s in [name] + (syns.split("|") if syns else []):
            table.add(_greek_variants(norm_key(s)), eid, etype, CURATED, s)

    p = directory / "biored_train_synonyms.tsv"
    if p.is_file():
        for r in _read_tsv(p):
            term, eid, etype = r[0], r[1], r[2]
            if eid not in entities:
                if etype != "species":
                    continue
                entities[eid] = Entity(eid, "species", term, ())
            etype = entities[eid].entity_type
            keys = _symbol_variants(norm_key(term)) if etype == "gene" else _greek_variants(norm_key(term))
            table.add(keys, eid, etype, SYNONYM, term)

    p = directory / "biored_train_legacy_mesh.tsv"
    if p.is_file():
        # a retired MeSH id (BioRED's annotation of a drug that MeSH has since made a descriptor) stays findable
        # as a cross-reference of the current entity
        for r in _read_tsv(p):
            legacy, eid = r[0], r[1]
            ent = entities.get(eid)
            if ent is not None and legacy not in ent.xrefs:
                entities[eid] = Entity(eid, ent.entity_type, ent.name, (*ent.xrefs, legacy))

    orthologs: dict[tuple[str, str], str] = {}
    ortholog_symbols: dict[tuple[str, str], str] = {}
    # mouse/rat genes of HGNC genes from HomoloGene; the ids learned from BioRED Train (which also cover
    # family names) override them
    p = directory / "homologene_orthologs.tsv"
    if p.is_file():
        for r in _read_tsv(p):
            if r[0] in entities:
                orthologs[(r[0], r[1])] = r[2]
                ortholog_symbols[(r[0], r[1])] = r[3]
    p = directory / "biored_train_organism_genes.tsv"
    if p.is_file():
        for r in _read_tsv(p):
            if r[0] in entities:
                orthologs[(r[0], r[1])] = r[2]

    english = read_word_list(directory / "english_words.txt")
    stop: set[tuple[str, str]] = set()  # (key, entity_type), or (key, entity_id) for concept-level rows
    p = directory / "entity_stoplist.tsv"
    if use_stoplist and p.is_file():
        for r in _read_tsv(p):
            if len(r) >= 5 and r[4]:
                stop.add((r[0], r[4]))
            elif len(r) >= 2:
                stop.add((r[0], r[1]))
    return EntityLexicon(
        entities=entities,
        terms=table.freeze(),
        english=english,
        stoplist=frozenset(stop),
        family_members=members,
        ncbi_to_hgnc=ncbi_to_hgnc,
        version=compute_version(directory),
        orthologs=orthologs,
        ortholog_taxa=frozenset(tax for _, tax in orthologs if tax != "NCBITaxon:9606"),
        ortholog_symbols=ortholog_symbols,
        news_only=frozenset(news_only),
    )


def load_entity_lexicon(lexicon_dir_: Path | str | None = None, *, use_stoplist: bool = True) -> EntityLexicon:
    """The entity lexicon of ``lexicon_dir_`` (default seeds/lexicons or $PIPELINE_LEXICON_DIR), cached."""
    return _load(lexicon_dir(lexicon_dir_).resolve(), use_stoplist)


load_entity_lexicon.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


@lru_cache(maxsize=4)
def _load_pathways(directory: Path) -> tuple[Pathway, ...]:
    out = []
    for r in _read_tsv(directory / "reactome_pathways.tsv"):
        pid, name, mem = r[0], r[1], r[2] if len(r) > 2 else ""
        out.append(Pathway(pid, name, "Reactome", tuple(m for m in mem.split("|") if m)))
    return tuple(out)


def load_reactome_pathways(lexicon_dir_: Path | str | None = None) -> tuple[Pathway, ...]:
    """Reactome human pathways with member HGNC ids (seeds/lexicons/reactome_pathways.tsv)."""
    return _load_pathways(lexicon_dir(lexicon_dir_).resolve())


LEXICON_VERSION = compute_version(lexicon_dir())
