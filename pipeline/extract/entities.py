"""Named-entity recognition and grounding by lexicon matching (genes, families, diseases, chemicals,
species, cell types, processes) and by pattern (sequence variants):
``extract_mentions(article, lexicon=None) -> (mentions, entities)``.

How it works:
1. The body is lowercased, typographic characters unified and separators (spaces, hyphens, dashes,
   underscores) removed, keeping a map back to the original offsets; Greek letters are kept and the
   lexicon holds both spellings (IL-1alpha, IL-1α, IL1A, interleukin-1 alpha all give the key il1alpha or
   il1α; TNF-a, b-catenin too). Keys of <= 3 characters are looked up vectorised at word starts, longer
   ones with an Aho-Corasick automaton.
2. Hits must start and end on word boundaries of the original text (a trailing lowercase plural "s" is
   allowed), must not join words the lexicon term keeps apart ("at M" is not ATM, "March 1" not MARCH1,
   "cancer -- spread" is two words) nor glue words it separates ("proteins" is not "protein S"), and gene
   symbols keep their case (MET, mTOR, Mmp3, IFN-g, Jun-B yes; "met", "MSc" no).
3. Ambiguous strings need gene-like context (a following gene/protein/expression/levels/..., a preceding
   "levels of"/"a protein called", a neighbour in a list of genes, or the entity confirmed elsewhere in the
   document): ordinary English words, aliases of <= 3 characters, and outside abstracts Titlecase names
   (Paul, Salvador) and all-caps acronyms (CBS, JAMA, NHS). Strings BioRED Train annotators rarely annotate
   as that type (entity_stoplist.tsv) are dropped (genes: kept only with direct context).
4. Abbreviations defined in the text ("matrix metalloproteinase 3 (MMP3)") take the entity of their long
   form for the whole document (Schwartz-Hearst letter check); one defined by a long form that is no entity
   ("body mass index (BMI)") is not matched, unless it is an approved gene symbol.
5. Names are completed: Greek-letter, receptor/ligand and subtype-number continuations (GR alpha, Epo-R ->
   EPOR, RANK ligand -> RANKL, VEGF receptor 2), member letters (E-cadherin), c-/v- prefixes, kinase heads
   (p38 MAPK), drug salts (sodium valproate); chemicals inside gene names (nitric oxide synthase) and amino
   acids naming residues are dropped; "cancer cells" (cell type) also yields the disease "cancer", and
   "breast cancer cells" (disease) also yields the cell type.
6. Overlaps: longest match wins; between candidates of one string, the strongest kind of term wins
   (curated > approved symbol > name > synonym > previous symbol > alias), then gene > family > species >
   disease > chemical; gene ties by: named elsewhere, exact written form, nuclear before MT-, Reactome count.
   A family string that is one gene's alias extending to its symbol resolves to it (VEGF -> VEGFA).
7. Sequence variants ("p.R215W", "c.643C>T", "rs6275") are read by pattern (``variants.find_variants``),
   not from the lexicon, and win over lexicon hits inside them; their entities have type ``variant``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, chain

import numpy as np

from pipeline.extract.variants import find_variants
from pipeline.lexicons import (
    ALIAS,
    CHAR_MAP,
    CURATED,
    NAME,
    PREVIOUS,
    SEPARATORS,
    SHORT_CODE_BITS,
    SYMBOL,
    SYNONYM,
    EntityLexicon,
    Term,
    load_entity_lexicon,
    norm_key,
)
from pipeline.metadata import journal_titles
from pipeline.model import CleanArticle, Entity, Mention, Sentence

VERSION = "58"

# Separator lookup by code point (one table index per character instead of np.isin's sort); code points past the
# table are no separators.
_SEP_TABLE = np.zeros(0x10000, dtype=bool)
_SEP_TABLE[[ord(c) for c in SEPARATORS if ord(c) < 0x10000]] = True
assert all(ord(c) < 0x10000 for c in SEPARATORS)
_TYPE_ORDER = {"gene": 0, "protein_family": 1, "species": 2, "disease": 3, "chemical": 4, "cell_type": 5,
               "process": 6}
_GENE_TYPES = ("gene", "protein_family")

# After a short form defined as a disease or chemical, only words about the gene itself make it the gene
# ("the MEN1 gene", "WAS protein", "MEN1 mutations"); "ROS production", "ROS levels" stay the chemical.
_GENE_ITSELF_NEXT = re.compile(
    r"[\s\-]*(genes?|proteins?|m?rnas?|transcripts?|promoters?|mutations?|mutants?|variants?|polymorphisms?|alleles?|"
    r"locus|loci|knock-?down|knock-?out|-/-|\+/-|genotypes?|haplotypes?|gene-)\b",
    re.IGNORECASE,
)
_NEXT_GENE_CONTEXT = re.compile(
    r"[\s\-]*(?:\(\w{1,12}\)\s*)?(genes?|proteins?|m?rnas?|expression|expressed|expressing|transcripts?|promoters?|levels?|"
    r"activity|activities|activation|signal+ing|pathways?|receptors?|kinases?|knock-?down|knock-?out|-?deficient|"
    r"deficiency|null|sirna|shrna|inhibitors?|inhibition|antibod(?:y|ies)|mutations?|mutants?|variants?|"
    r"polymorphisms?|alleles?|over-?expression|isoforms?|locus|loci|family|domains?|binding|phosphorylation|"
    r"-/-|\+/-|\+/\+|ligands?|cytokines?|chemokines?|secretion|production|concentrations?|"
    r"genotypes?|haplotypes?|deletion|gene-)\b",
    re.IGNORECASE,
)
_PREV_GENE_CONTEXT = re.compile(
    r"\b(genes?|proteins?|enzymes?|encoding|encodes|anti|express(?:es|ed|ing)?|expression of|levels of|mrna|"
    r"knockdown of|overexpression of|inhibition of|mutations? (?:in|of)|polymorphisms? (?:in|of)|"
    r"variants? (?:in|of)|deficiency of|(?:gene|protein|enzyme|molecule|receptor|marker|biomarker|kinase|"
    r"factor|hormone|antigen|peptide|oncogene)s? (?:called|named|known as)|called the|oncogenes?|"
    r"tumou?r suppressors?|biomarkers?|mutant|wild-type|phosphorylated|phospho|recombinant|human)[\s\-]*$",
    re.IGNORECASE,
)
_ABBREV = re.compile(r"\(\s*([^\s(),;]{2,12})\s*[);,]")
_WORD = re.compile(r"[A-Za-z0-9]+")
_GENEISH_HEAD = re.compile(
    r"(protein|kinase|factor|receptor|ligand|ase|in|gene|antigen|molecule|channel|transporter|hormone|"
    r"peptide|globulin|chain|subunit|domain|regulator|inhibitor|activator|homolog|like)\s*\d*[a-zα-ω]?$",
    re.IGNORECASE,
)


_CHAR_PAIRS = tuple((src, ord(dst)) for src, dst in CHAR_MAP.items())
_NEEDS_MAP = re.compile("[" + "".join(chr(c) for c in CHAR_MAP) + "]")
_ASCII_ALNUM = np.array([chr(i).isalnum() for i in range(128)], dtype=bool)


# English words ending in "-ase" name no enzyme: "aspirin increases the risk", "calcium decreases", "in such cases"
_NOT_ENZYME = (r"(?:in|de)creases?\b|releases?\b|diseases?\b|(?:show|suit|stair)?cases?\b|phases?\b|(?:data)?bases?\b|"
               r"purchases?\b|(?:un)?eases?\b|ceases?\b|leases?\b|pleases?\b|erases?\b|chases?\b|phrases?\b")
_GENE_HEAD_AFTER = re.compile(
    rf"[\s\-]*(?:\(\w{{1,6}}\)\s*)?(?:[\w]{{1,12}}[\s\-]+)?(?:(?!{_NOT_ENZYME})[\w\-]*(?:ases?|sensors?|carriers?|exchangers?|pumps?)\b|synthases?|dismutases?|reductases?|receptors?|transporters?|"
    r"kinases?|dehydrogenases?|oxidases?|transferases?|hydroxylases?|carboxylases?|ligases?|synthetases?|"
    r"isomerases?|phosphatases?|esterases?|lyases?|deaminases?|decarboxylases?|binding proteins?|channels?|"
    r"hydrolases?|peroxidases?|cyclases?|mutases?|oxygenases?|transporting|-?gated)\b|\(\d{1,2}[A-Z]?\)",
    re.IGNORECASE,
)
_MALIGNANT_CELL = "CL:0001064"
NEOPLASM = "MESH:D009369"  # generic "cancer" (findings reads it too)
_CANCER_HEAD = re.compile(r"(?:cancer|tumou?r)(?=[\s\-]+cells?\b)", re.IGNORECASE)
# "breast cancer cells", "prostate-cancer cell-derived": the disease also names the cells (the cell type spans
# both, as "cancer cells" does, so a relation reads the cells as producer, not the disease)
_CELLS_AFTER_CANCER = re.compile(r"(?:(?<=cancer)|(?<=tumor)|(?<=tumour))[\s\-]+cells?\b", re.IGNORECASE)
# "colorectal, breast and lung cancers": modifiers coordinated before a disease mention share its head noun
_COORD_BEFORE = re.compile(
    r"(?<![\w\-])((?:[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*)?, )*[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*)?),? (?:and|or|and/or) $")
_COORD_SPLIT = re.compile(r", ")
_LIST_SEP = re.compile(r"\s*(?:,|/|;|and|or|, and|, or)\s*")
_GREEK_SUFFIX = re.compile(r"[\s\-]?(?:alpha|beta|gamma|delta|kappa|epsilon|[αβγδκε])\d?(?![\w])", re.IGNORECASE)
_IDIOM_WORDS = frozenset(["gold", "silver", "bronze", "iron", "lead", "copper", "salt", "ice"])
_IDIOM_AFTER = re.compile(r"[\s\-](?:standards?|medals?|medalists?|linings?|mines?|age|out|the way|rush|creams?)\b",
                          re.IGNORECASE)
_SALTS = (r"sodium|potassium|calcium|magnesium|hydrochloride|HCl|sulfate|sulphate|fumarate|maleate|mesylate|"
          r"citrate|acetate|diacetate|phosphate|tartrate|bromide|succinate|besylate|hyclate|monohydrate|dihydrate")
_SALT_AFTER = re.compile(r" (?:disoproxil )?(?:" + _SALTS + r")(?![\w\-])", re.IGNORECASE)
_SALT_BEFORE = re.compile(r"(?<![\w\-])(?:sodium|potassium|calcium|magnesium|lithium) $", re.IGNORECASE)
_KINASE_HEAD = re.compile(r" (?:MAPK|MAP kinase|mitogen-activated protein kinase)(?![\w\-])", re.IGNORECASE)
_NUMBER_SUFFIX = re.compile(r"\s?-?(\d{1,2}[A-Za-z]?)(?![\w\-.])")
_MEMBER_PREFIX = re.compile(r"(?<![\w\-])(?:[A-Za-z]|alpha|beta|gamma|delta|[αβγδ])-$")
_DECIMAL_AFTER = re.compile(r"\.\d")
_NUMBERED_MEMBER_HEAD = re.compile(r"(?:receptor|factor|kinase|protein|channel|ligand|subunit)$", re.IGNORECASE)
_LIGAND_SUFFIX = re.compile(r"[\s\-]ligands?(?![\w\-])")
_RECEPTOR_SUFFIX = re.compile(r"(?:-?R|[\s\-]receptors?)(?:\s?\d{1,2}[A-Za-z]?)?(?![\w\-])")
_AMINO_ACIDS = frozenset(
    "alanine arginine asparagine aspartate aspartic acid cysteine glutamine glutamate glutamic acid glycine "  # noqa: SIM905
    "histidine isoleucine leucine lysine methionine phenylalanine proline serine threonine tryptophan "
    "tyrosine valine".split()
)
_RESIDUE_CONTEXT = re.compile(
    r"\b[A-Z]\d+[A-Z]\b|\b[A-Z][a-z]{2}\d+[A-Z][a-z]{2}\b|substitut|mutation|residue|codon|\b\d+\s+to\b|"
    r"\(\s*[A-Z]\s*\)"
)


def _to_key(body: str):
    """Matching key of ``body``; for each key character its offset in ``body`` and whether it starts a
    word, ends a word, or ends a word followed by a plural "s" in the original text."""
    low = body.lower()
    if len(low) != len(body):  # a few characters (e.g. "İ") change length when lowercased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in body)
    arr = np.frombuffer(low.encode("utf-32-le"), dtype="<u4")
    if _NEEDS_MAP.search(low):  # typographic characters unified (length-preserving), vectorised
        arr = arr.copy()
        for src, dst in _CHAR_PAIRS:
            arr[arr == src] = dst
    n = len(arr)
    alnum = _ASCII_ALNUM[np.minimum(arr, 127)]
    high = np.flatnonzero(arr > 127)
    if len(high):
        alnum[high] = [body[i].isalnum() for i in high.tolist()]
    prev_al = np.zeros(n, dtype=bool)
    prev_al[1:] = alnum[:-1]
    next_al = np.zeros(n, dtype=bool)
    next_al[:-1] = alnum[1:]
    next2_al = np.zeros(n, dtype=bool)
    next2_al[:-2] = alnum[2:]
    is_s = arr == ord("s")
    next_s = np.zeros(n, dtype=bool)
    next_s[:-1] = is_s[1:]
    keep = np.flatnonzero(~_SEP_TABLE[np.minimum(arr, 0xFFFF)])
    karr = arr[keep]
    key = karr.tobytes().decode("utf-32-le")
    ws = ~(alnum & prev_al)[keep]  # a key may start/end with punctuation ("Ca2+"): no word is cut there
    we = ~(alnum & next_al)[keep]
    pl = (alnum & next_s & ~next2_al)[keep]
    return key, karr, keep, ws, we, pl


def _is_symbol_like(term: Term) -> bool:
    if term.entity_type not in _GENE_TYPES:
        return False
    if term.rank in (SYMBOL, PREVIOUS, ALIAS):
        return True
    s = term.surface
    return term.rank in (SYNONYM, NAME) and " " not in s and _upper_count(s) >= 2


def _case_ok(term: Term, text: str, strict: bool = True) -> bool:
    """Symbols keep their case: MET/IKKα/NF-κB/IL-1alpha yes, "met" no; "Mmp3" (mouse style) when digit."""
    surf_up = _upper_count(term.surface)
    if not surf_up or text == term.surface:
        return True  # lexicon form is lowercase (maspin, p53), or written exactly so (c-Myc)
    if text.isupper():
        return True
    if not strict and not text.islower() and _upper_count(text) + sum(c.isdigit() for c in text) >= 2:
        return True  # abstracts: TfR2, BChE, p21Cip1, IkBa (not "met", not "Cat")
    if term.surface.startswith("MIR") and text[:3].lower() == "mir":
        return True  # microRNAs are written miR-21, mir-21, MIR21
    if text.islower():
        return term.rank == SYMBOL and len(text) >= 4 and any(c.isdigit() for c in text)
    # Ignore spelled-out Greek letters and Greek characters in the text.
    core = re.sub(r"(alpha|beta|gamma|delta|kappa|epsilon|lambda|theta|zeta|sigma|omega)", "", text)
    letters = [c for c in core if c.isalpha() and c.isascii()]
    if not letters:
        return True
    n_up = sum(c.isupper() for c in letters)
    if n_up == len(letters):
        return True
    if n_up >= min(surf_up, len(letters)) and n_up >= 2:
        return True  # "IkBa", "NFkB", "HNF-1alpha" style mixed case
    if n_up >= 2 and n_up == len(letters) - 1:
        # one lowercase letter: a species/phospho prefix (mTOR, hOGG1, pERK) or a Greek initial after a
        # hyphen or digit (IFN-g, TGF-b1, PKC-a); not "MSc", "ScD", "D-Md"
        i = next(k for k, c in enumerate(core) if c.isascii() and c.isalpha() and c.islower())
        if (i == 0 and core[0] in "hmrpc") or (i > 0 and (core[i - 1] in "-" or core[i - 1].isdigit())):
            return True
    if re.fullmatch(r"[A-Z][a-z]{2,}-?[0-9]*[A-Z]", text):
        return True  # Jun-B, Rab6A: a Titlecase name with a member letter after a hyphen or digit
    # mouse/rat nomenclature and protein names: Mmp3, Il6, Akt, Myc (weak without a digit)
    return letters[0].isupper() and n_up == 1 and len(letters) >= 2


def _titlecase_no_digit(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and not any(c.isdigit() for c in text)


@lru_cache(maxsize=65536)
def _upper_count(surface: str) -> int:
    return sum(1 for c in surface if c.isascii() and c.isupper())


# For the first this many characters of text a process matches (about 50 news stories), the long keys are found by
# looking up every stretch between a word start and a word end (``_long_hits_by_lookup``, ~4 us per character)
# instead of building the automaton over 380,000 keys (1.5-2 s, what an incremental run with a few new documents
# spends on all the rest of its extraction). Past it, or for one larger text, the automaton is built. Same hits.
LOOKUP_MAX_CHARS = 200_000


def _long_hits_by_lookup(key: str, ws_a: np.ndarray, can_end: np.ndarray, lex: EntityLexicon) -> np.ndarray:
    """The automaton's hits that start a word and end one (or end before a plural "s"), as its flat run of
    pattern, start, end: each candidate stretch of ``key`` is looked up in the patterns' dict. Hits of one
    start come shortest first, as the automaton reports them, so ties in the later sort break the same way."""
    index = lex.long_index
    shortest, longest = lex._long_lengths
    ends = (np.flatnonzero(can_end) + 1).tolist()  # exclusive ends
    out: list[int] = []
    for s in np.flatnonzero(ws_a).tolist():
        for e in ends[bisect.bisect_left(ends, s + shortest):bisect.bisect_right(ends, s + longest)]:
            i = index.get(key[s:e])
            if i is not None:
                out += (i, s, e)
    return np.array(out, dtype=np.int64)


def _raw_hits(body: str, lex: EntityLexicon) -> list[tuple[int, int, str, tuple, bool]]:
    """(start, end, key, candidate terms, plural) for lexicon keys on word boundaries, in text order.

    Candidates are kept as arrays of key positions until the last step: a Python object is made only for a
    hit, never for a position of the text (a batch's text has millions)."""
    lex.prepare_tables()
    key, karr, keep_a, ws_a, we_a, pl_a = _to_key(body)
    nk = len(karr)
    can_end = we_a | pl_a  # a hit ends a word, or a word before a plural "s"
    groups: list[tuple[np.ndarray, np.ndarray, np.ndarray, list]] = []  # (first, last, entry index, entries)
    # Short keys: a vectorised look-up of the code of the characters at each word start.
    starts = np.flatnonzero(ws_a)
    k16 = np.minimum(karr, 0xFFFF).astype(np.uint64)
    bits = np.uint64(SHORT_CODE_BITS)
    for length, codes in lex._short_codes.items():
        if not len(codes):
            continue
        st = starts[starts + length <= nk]
        last = st + (length - 1)
        ok = can_end[last] if length >= 3 else we_a[last]  # no plural of a 2-character key
        st, last = st[ok], last[ok]
        code = k16[st]
        for j in range(1, length):
            code = (code << bits) | k16[st + j]
        pos = np.minimum(np.searchsorted(codes, code), len(codes) - 1)
        ok = codes[pos] == code
        groups.append((st[ok], last[ok], pos[ok], lex._short[length]))
    # Longer keys: the automaton reports every match, most of them starting inside a word; keep those on
    # word boundaries (the hits come as a flat run of pattern, start, end, ...).
    if lex._automaton is None and lex.looked_up_chars + nk <= LOOKUP_MAX_CHARS:
        lex.looked_up_chars += nk
        flat = _long_hits_by_lookup(key, ws_a, can_end, lex)
    else:
        flat = np.fromiter(chain.from_iterable(lex.automaton.find_matches_as_indexes(key, overlapping=True)),
                           dtype=np.int64)
    if len(flat):
        st = flat[1::3]
        last = flat[2::3] - 1
        ok = ws_a[st] & can_end[last]
        groups.append((st[ok], last[ok], flat[0::3][ok], lex._long))
    if not groups:
        return []
    first = np.concatenate([g[0] for g in groups])
    last = np.concatenate([g[1] for g in groups])
    plural = ~we_a[last]
    begin = keep_a[first]
    end = keep_a[last] + 1 + plural  # a plural hit takes the "s" after its last key character
    order = np.lexsort((end, begin))
    group = np.repeat(np.arange(len(groups)), [len(g[0]) for g in groups])[order]
    entry = np.concatenate([g[2] for g in groups])[order]
    tables = [g[3] for g in groups]
    return [(s, e, *tables[g][i], p) for s, e, g, i, p in zip(
        begin[order].tolist(), end[order].tolist(), group.tolist(), entry.tolist(), plural[order].tolist())]


_LETTER_SPACE_LETTER = re.compile(r"[A-Za-z][\s_]+[A-Za-z]")
_WS = re.compile(r"\s")
_DASH_PUNCT = re.compile(r"--|\u2014|\s[-\u2013]|[-\u2013]\s")
_HYPHENISH = re.compile("[-_\u2010\u2011\u2013]")
_GLUED_LETTERS = re.compile(r"[A-Za-z]\s+[A-Za-z]")


@lru_cache(maxsize=262144)
def _surface_shape(surface: str) -> tuple[bool, bool]:
    """(has a space between two letters, has any separator)"""
    return bool(_LETTER_SPACE_LETTER.search(surface)), any(c in surface for c in " -_/")


def _joins_words(text: str, term: Term) -> bool:
    """True when a hit spans whitespace the lexicon term does not have ("at M" for ATM), or glues
    words the term keeps apart ("proteins" is not "protein S")."""
    spaced, _ = _surface_shape(term.surface)
    if _DASH_PUNCT.search(text):
        return True  # "cancer -- spread": a dash used as punctuation separates the words
    if not _WS.search(text):
        return spaced and not _HYPHENISH.search(text)
    if " " in term.surface:
        return False
    if _GLUED_LETTERS.search(text) is not None:
        return True
    head = text[: _WS.search(text).start()]
    if head.isupper() or head.isdigit():
        return False  # "IL 6", "BRCA 1"
    # "interleukin 8" for "Interleukin-8" yes; "March 1", "per 1", "And 1" (AND-1), "or 10" no
    return not ("-" in term.surface and len(head) >= 5 and head.isalpha())


# One-word protein names that are also ordinary English words: they need gene context.
_ENGLISH_PROTEIN_NAMES = frozenset(
    "notch hedgehog wingless frizzled patched smoothened armadillo toll slit robo fat disc scribble crumbs "  # noqa: SIM905
    "dorsal cactus sonic tinman spatial bride sevenless clock period timeless cycle shaggy tailless".split()
)


def _weak(term: Term, text: str, key: str, lex: EntityLexicon, strict: bool = True) -> bool:
    """Ambiguous gene strings that need context (English words, names, acronyms, short aliases)."""
    if term.entity_type not in _GENE_TYPES:
        # outside abstracts "AD" (advertisement), "RA": disease/chemical abbreviations need a definition or
        # the entity named elsewhere
        s = term.surface
        if term.entity_type == "chemical" and s.isupper() and len(s) <= 5 and text[:1].isupper() and text[1:].islower():
            return 2  # "said Ros Eeles": a chemical's acronym is written in capitals; a capitalised word is a name
        return (strict and term.rank != CURATED and len(s) <= 4 and s.isupper()
                and not any(c.isdigit() for c in s))
    if len(key) <= 2:
        # two-character aliases ("H1", "NF") are hopeless without a definition; symbols need context
        return 2 if term.rank in (PREVIOUS, ALIAS) else True
    low = text.lower()
    if low in _ENGLISH_PROTEIN_NAMES or low.rstrip("s") in _ENGLISH_PROTEIN_NAMES:
        return True
    if (term.entity_type == "gene" and term.rank == NAME and " " not in term.surface and len(key) >= 5
            and not _titlecase_no_digit(text)):
        return False  # approved one-word protein names ("insulin", "aggrecan"); "Maestro" is a brand
    if low in lex.english or (low.endswith("s") and low[:-1] in lex.english):
        return True
    if term.rank in (PREVIOUS, ALIAS) and len(key) <= 3:
        # "B12", "GAD", "PSA": short aliases; p53/p21/p16 style names are unambiguous
        return not (len(text) >= 3 and text[0] == "p" and text[1:].isdigit())
    if strict and _titlecase_no_digit(text) and (len(text) <= 8 or term.rank != NAME or " " not in text):
        return True  # "Akt", "Paul", "Salvador", "Maestro": protein name, or a person's, place or brand name
    symbolish = _is_symbol_like(term) or term.entity_type == "protein_family"
    sing = text[:-1] if text.endswith("s") and len(text) > 2 else text
    # outside abstracts, "CBS", "JAMA", "NHS", "AFP": acronyms need context or a definition
    return (strict and symbolish and not any(c.isdigit() for c in sing) and sing.isupper()
            and sum(1 for c in sing if c.isalpha()) <= 5)


_MISSING = object()
_FILTER_CACHES: dict[int, tuple[EntityLexicon, dict]] = {}


def _filter_cache(lex: EntityLexicon) -> dict:
    entry = _FILTER_CACHES.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = (lex, {})
        _FILTER_CACHES[id(lex)] = entry
    return entry[1]


def _filter(body: str, hit_start: int, hit_end: int, key: str, cands, plural: bool, lex: EntityLexicon,
            strict: bool = True):
    """Candidates valid at this place; returns (terms, weak) or None."""
    text = body[hit_start:hit_end]
    out: list[Term] = []
    weak_flags: list[bool] = []
    if plural and text[-1] != "s":
        return None  # "PRESS" is not the plural of PRES
    for t in cands:
        stopped = (key, t.entity_type) in lex.stoplist
        if (stopped and t.entity_type not in _GENE_TYPES) or (key, t.entity_id) in lex.stoplist or (
                "*", t.entity_id) in lex.stoplist:
            continue
        if _joins_words(text, t):
            continue
        if plural and t.entity_type in ("species", "cell_type"):
            continue
        if _is_symbol_like(t):
            if not _case_ok(t, text, strict):
                continue
        elif t.entity_type not in _GENE_TYPES and t.rank != CURATED:
            s = t.surface
            if sum(c.isupper() for c in s) >= 2 and len(s) <= 6 and not any(c.isupper() for c in text):
                continue  # abbreviation-like disease/chemical names keep their case ("SAMe" is not "same")
            if len(s) <= 5 and s.isupper() and text.rstrip("s").upper() != text.rstrip("s"):
                continue  # short all-caps disease/chemical abbreviations must be all caps
        out.append(t)
        # 2: rarely annotated as this gene in BioRED Train ("MEN1" the syndrome): only with direct context
        weak_flags.append(2 if stopped else int(_weak(t, text, key, lex, strict)))
        if weak_flags[-1] == 2 and len(key) <= 2 and not stopped:
            out.pop()
            weak_flags.pop()
    if not out:
        return None
    return out, weak_flags


def _choose(key: str, text: str, terms: list[Term], weak_flags: list[bool], context: bool, strong_ids: set[str],
            lex: EntityLexicon):
    """Pick one term: drop weak ones without context, then strongest kind, gene before family."""
    pool = [t for t, w in zip(terms, weak_flags) if not w or context or (w == 1 and t.entity_id in strong_ids)]
    if not pool:
        return None
    if len(pool) == 1:
        best = pool[0]
    else:
        # ties between genes sharing an alias: one named elsewhere in the text, the one whose alias is
        # written exactly so, nuclear before mitochondrial ("COX-2" is PTGS2, not MT-CO2), then the
        # better-studied one (more Reactome pathways)
        pw = _pathway_counts()
        best = min(pool, key=lambda t: (t.rank, _TYPE_ORDER[t.entity_type], t.entity_id not in strong_ids,
                                         t.surface != text, lex.entities[t.entity_id].name.startswith("MT-"),
                                         -pw.get(t.entity_id, 0), t.entity_id))
    if best.entity_type == "protein_family":
        gene = _family_gene(best.surface, [t for t in lex.terms.get(key, ()) if t.entity_type == "gene"], lex)
        if gene is not None:
            best = gene
    return best


@lru_cache(maxsize=1)
def _pathway_counts() -> dict[str, int]:
    """HGNC id -> number of Reactome pathways listing it (a proxy for how well studied a gene is)."""
    from pipeline.lexicons import load_reactome_pathways

    counts: dict[str, int] = {}
    for p in load_reactome_pathways():
        for m in p.members:
            counts[m] = counts.get(m, 0) + 1
    return counts


def _family_gene(family_surface: str, genes: list[Term], lex: EntityLexicon) -> Term | None:
    """The one gene a family-like string means in practice: "VEGF" -> VEGFA, "AKT" -> AKT1 (the string is
    a name of exactly one gene whose approved symbol extends it); "NF-kB", "ERK", "p38" stay families."""
    if len(genes) != 1:
        return None
    g = genes[0]
    symbol = lex.entities[g.entity_id].name
    return g if norm_key(symbol).startswith(norm_key(family_surface)) else None


def _strong_symbol(t: Term) -> bool:
    if t.entity_type not in _GENE_TYPES:
        return t.rank <= NAME
    return t.rank == SYMBOL or any(c.isdigit() for c in t.surface)


def _abbreviates(sf: str, long_text: str, mention: str = "") -> bool:
    """Schwartz-Hearst style check: the short form's letters occur in order in the long form, the first
    one starting a word ("IL-1alpha (IL-1alpha)", "matrix metalloproteinase 3 (MMP3)"; not "patients (CD4")."""
    letters = [c.lower() for c in sf if c.isalnum()]
    if not letters:
        return False
    if mention and not set(mention.lower()) & {c for c in letters if c.isalpha()}:
        return False  # "wild-type mice (WT)": the entity found ("mice") is not what WT abbreviates
    low = long_text.lower()
    first = letters[0]
    if first.isalpha():
        starts = [m.start() for m in re.finditer(r"(?<![a-z0-9])" + re.escape(first), low)]
    else:
        starts = [m.start() for m in re.finditer(re.escape(first), low)]
    for st in reversed(starts):
        pos = st + 1
        ok = True
        for c in letters[1:]:
            pos = low.find(c, pos)
            if pos < 0:
                ok = False
                break
            pos += 1
        if ok:
            return True
    return False


def _abbreviations(body: str, hits: dict[tuple[int, int], Term], lex: EntityLexicon) -> dict[str, Term | None]:
    """Short forms defined in the text: SF -> the long form's term, or None when the long form is no entity."""
    ends: dict[int, tuple[int, Term]] = {}
    for (s, e), t in hits.items():
        if e not in ends or s < ends[e][0]:
            ends[e] = (s, t)
    out: dict[str, Term | None] = {}
    for m in _ABBREV.finditer(body):
        sf = m.group(1).rstrip(".")
        if sf in out or not any(c.isalpha() for c in sf) or not (any(c.isupper() for c in sf)):
            continue
        if sf.lower() in ("i", "ii", "iii", "iv", "v", "vs", "eg", "ie"):
            continue
        j = m.start()
        while j > 0 and body[j - 1].isspace():
            j -= 1
        if j in ends:
            s, t = ends[j]
            if norm_key(body[s:j]) != norm_key(sf) and _abbreviates(sf, body[max(0, s - 40) : j], body[s:j]):
                out[sf] = t
            continue
        # Long form not recognised: does it look like the definition of SF (initial letters)?
        words = _WORD.findall(body[max(0, j - 80) : j])
        first = sf[0].lower()
        window = words[-(len(sf) + 3) :]
        if any(w[0].lower() == first for w in window) and len(window) >= 2:
            long_text = " ".join(window)
            if _GENEISH_HEAD.search(long_text):
                continue  # long form sounds like a gene product: let the lexicon decide
            cands = lex.terms.get(norm_key(sf), ())
            if any(_strong_symbol(t) for t in cands):
                continue  # "C-C chemokine receptor type 5 (CCR5)": an approved symbol stays what it is
            out[sf] = None
    return out


_COUNTER_IONS = frozenset("sodium potassium calcium magnesium hydrochloride chloride sulfate bromide".split())  # noqa: SIM905
_BRAND = r"[A-Z][a-z]{3,}(?:[ -](?:[A-Z]{2,3}|[A-Z][a-z]+))?"
_BRAND_SEP = r"\s*(?:,|\bor\b|\band\b)\s*"
_BRANDS_AFTER = re.compile(rf"\s*\(\s*({_BRAND}(?:{_BRAND_SEP}{_BRAND})*)\s*[®™]?\s*\)")
_BRAND_BEFORE = re.compile(rf"\b({_BRAND})\s*[®™]?\s*\(\s*$")


def _brand_names(body: str, hits: dict[tuple[int, int], Term], lex: EntityLexicon) -> dict[str, Term]:
    """Capitalised words in parentheses right after a chemical's mention, or right before a chemical's mention in
    parentheses: the drug's brand names. Not lexicon terms or English words ("aspirin (Bayer)" is rare enough)."""
    out: dict[str, Term] = {}
    for (s, e), t in hits.items():
        if t.entity_type != "chemical" or body[s:e].lower() in _COUNTER_IONS:
            continue  # "divalproex sodium (Depakote)": the brand names the salt's drug, not sodium
        names = []
        after = _BRANDS_AFTER.match(body, e)
        if after:
            names = re.split(_BRAND_SEP, after.group(1))
        elif body[e : e + 3].lstrip().startswith(")") and (before := _BRAND_BEFORE.search(body, max(0, s - 40), s)):
            names = [before.group(1)]
        for name in names:
            low = name.lower()
            if norm_key(name) in lex.terms or low in lex.english or low.split()[0] in lex.english:
                continue
            out.setdefault(name, t)
    return out


# A drug named by brand alone, in the words news introduces drugs with: "the prostate cancer drug Provenge", "a
# drug called Tarceva", "sold under the brand name Xifaxan", "Jardiance, a once-a-day pill". With a generic name
# beside it ("dronabinol, sold under the trade name Marinol"; "Avandia (known generically as rosiglitazone)") the
# brand names that drug; else the brand is an entity of its own (``brand:`` id, no grounding).
_DRUG_NOUN = r"(?:drugs?|medications?|pills?|vaccines?|antibod(?:y|ies)|injections?|inhalers?)"
_BRAND_NAMED = re.compile(
    rf"\b(?:(?:the|a|an)\s+(?:(?-i:[a-z0-9][\w-]*)\s+){{0,4}}?(?-i:{_DRUG_NOUN})\s+(?:called\s+|named\s+|known\s+as\s+)?|"
    r"(?:brand|trade)\s+names?\s+(?:of\s+)?|(?:sold|marketed)\s+(?:(?:in\s+the\s+U\.?S\.?\s+)?as|"
    r"under\s+the\s+(?:brand|trade)\s+names?)\s+(?:the\s+drug\s+)?)"
    rf"((?-i:{_BRAND}))(?![\w-])",
    re.IGNORECASE,
)
# (the drug noun ends the phrase: not "Keith Humphreys, a drug policy expert")
_BRAND_APPOSITION = re.compile(
    rf"\b({_BRAND}),\s+an?\s+(?:[\w-]+\s+){{0,4}}?{_DRUG_NOUN}(?=\s*[,.;)]|\s+(?:that|which|used|for|approved|made|"
    r"from|to|by|in|developed|produced|sold|marketed)\b)"
)
_TITLE_BEFORE = re.compile(r"(?:\b(?:Dr|Mr|Ms|Mrs|Prof)\.|[A-Za-z])\s+$")  # a person's name, not a brand
# "rosiglitazone, sold as Avandia", "Avandia (known generically as rosiglitazone)": the generic beside the brand
_GENERIC_BEFORE = re.compile(r"[,(—–-]\s*(?:\w+\s+)?(?:(?:sold|marketed)\b|(?:brand|trade)\s+names?\b)[^,;()—]{0,40}$",
                             re.IGNORECASE)
_GENERIC_AFTER = re.compile(
    r"\s*(?:[,(—–-]|\s(?:is|are)\b)\s*(?:also\s+)?(?:known\s+)?generically\s+(?:known\s+)?as\s+(?:the\s+)?",
    re.IGNORECASE,
)
_BRAND_GENERICALLY = re.compile(rf"\b({_BRAND})(?={_GENERIC_AFTER.pattern})")


def _named_brands(body: str, hits: dict[tuple[int, int], Term], lex: EntityLexicon) -> dict[str, Term]:
    """Brands the text introduces as drugs (``_BRAND_NAMED``, ``_BRAND_APPOSITION``): brand -> the term of the
    generic named beside it, or a new ``brand:`` term. Not lexicon terms, English words or companies."""
    chemicals = sorted((sp, t) for sp, t in hits.items() if t.entity_type == "chemical")
    out: dict[str, Term] = {}
    for pat in (_BRAND_NAMED, _BRAND_APPOSITION, _BRAND_GENERICALLY):
        for m in pat.finditer(body):
            name, (s, e) = m.group(1), m.span(1)
            low = name.lower()
            if pat is _BRAND_APPOSITION and _TITLE_BEFORE.search(body, max(0, s - 6), s):
                continue
            if (name in out or norm_key(name) in lex.terms or low in lex.english or low.split()[0] in lex.english
                    or _COMPANY_WORD.search(name) or any(a < e and s < b for (a, b), _ in chemicals)):
                continue
            generic = next((t for (a, b), t in chemicals if b <= m.start() and _GENERIC_BEFORE.search(body, b, s)), None)
            if generic is None:
                after = _GENERIC_AFTER.match(body, e)
                generic = next((t for (a, b), t in chemicals if after and a == after.end()), None)
            out[name] = generic or Term(f"brand:{name}", "chemical", 0, name)
    return out


def _word_occurrences(body: str, word: str) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` or its plural in ``body`` as a whole word (no letter, digit, "_" or "-" before it;
    no letter, digit or "_" after it). A plain search: one regex per short form cost more to compile than to run."""
    n = len(word)
    i = body.find(word)
    while i != -1:
        if i == 0 or not (body[i - 1].isalnum() or body[i - 1] in "_-"):
            e = i + n + body.startswith("s", i + n)  # the plural "s" is taken; "SFsx" then ends no word
            if e == len(body) or not (body[e].isalnum() or body[e] == "_"):
                yield i, e
        i = body.find(word, i + 1)


def _drop_chemicals_in_gene_names(body: str, chosen: dict, raw: bool) -> None:
    if raw:
        return
    for (s, e), t in list(chosen.items()):
        if t.entity_type == "chemical" and (_GENE_HEAD_AFTER.match(body, e) or (
                body[s:e].lower().rstrip("s") in _AMINO_ACIDS
                and _RESIDUE_CONTEXT.search(body, max(0, s - 60), min(len(body), e + 60)))):
            del chosen[(s, e)]


_HUMAN = "NCBITaxon:9606"
_MOUSE = "NCBITaxon:10090"
_RAT = "NCBITaxon:10116"
MOUSE_STYLE_MIN = 4  # distinct names; chosen on BioRED Train (3: 0.759, 4: 0.765, 5: 0.762)
_ORGANISM_WORDS = {"human": _HUMAN, "mouse": _MOUSE, "murine": _MOUSE, "rat": _RAT}
_ORGANISM_BEFORE = re.compile(r"\b(human|mouse|murine|rat)[\s\-]+$", re.IGNORECASE)
# Signs that the genes studied are human although mice appear: tumour xenografts, human cancer cell lines.
_XENOGRAFT = re.compile(r"xenograft|nude mice|SCID|athymic|immunodeficient", re.IGNORECASE)
_CELL_LINE = re.compile(r"\b(?:cancer|tumou?r|carcinoma) cells?\b|\bcell lines?\b", re.IGNORECASE)
# laboratory strains and mouse genetics name the model organism without naming it ("C57BL/6 bone marrow",
# "Shh(CreERT2); b-catenin(flox/+)", "Sprague-Dawley"); each distinct form counts as one mention of it
_MODEL_CUES = ((_MOUSE, ("C57BL", "BALB/c", "Cre", "flox", "-/-"),
                re.compile(r"C57BL|BALB/c|\bCre(?:ERT2?)?\b|\(flox|\bfloxed\b|(?<![\w\-])-/-")),
               (_RAT, ("Sprague", "Wistar"), re.compile(r"Sprague[\s\-]Dawley|\bWistar\b")))


def _study_organism(body: str, hits: list[tuple[str, Term]], lex: EntityLexicon) -> tuple[str, str | None]:
    """Organism whose genes the text is about: a model organism (one BioRED grounds genes to, i.e. with learned
    ids) when its mentions outweigh the human ones (x1.5), a xenograft and human cell lines; else human.
    Tuned on BioRED Train (organism of 96% of the gene mentions right; the most-mentioned species: 90%).
    ``hits`` are the (text, term) pairs the extractor chose. Returns the organism and the most-mentioned
    model organism (None when the text names none)."""
    taxa = lex.ortholog_taxa
    counts: dict[str, int] = {}
    for _, t in hits:
        if t.entity_type == "species" and (t.entity_id in taxa or t.entity_id == _HUMAN):
            counts[t.entity_id] = counts.get(t.entity_id, 0) + 1
    # cue words are a substring test: the cue regexes and the xenograft search run only for texts that need them
    cues = [(cue_tax, cue) for cue_tax, words, cue in _MODEL_CUES if cue_tax in taxa and any(w in body for w in words)]
    model_named = any(tax != _HUMAN for tax in counts)
    xenograft = (bool(cues) or model_named) and _XENOGRAFT.search(body) is not None
    for cue_tax, cue in cues:
        # not for xenografts: "BALB/c nude mice" host human tumours
        found = 0 if xenograft else len(set(cue.findall(body)))
        if found:
            counts[cue_tax] = counts.get(cue_tax, 0) + found
    model = [(n, tax) for tax, n in counts.items() if tax != _HUMAN]
    study, tax = _HUMAN, None
    if model:
        n, tax = max(model)
        score = n - 1.5 * counts.get(_HUMAN, 0)
        if score > 0 and xenograft:
            score -= 1
        if score > 0 and len(_CELL_LINE.findall(body)) >= 2:
            score -= 1
        study = tax if score > 0 else _HUMAN
    if study == _HUMAN and (tax is not None or (_MOUSE in taxa and not counts.get(_HUMAN))):
        # genes written mostly in mouse nomenclature ("Sox2, Nanog, Gata6"; MGI's convention, human symbols are
        # upper case) are the model organism's the text names, or mouse genes when it names neither people nor one
        genes = [(text, t) for text, t in hits if t.entity_type == "gene"]
        mouse_style = {text for text, t in genes if _mouse_style(text, t)}
        human_style = {text for text, t in genes if text == t.surface and text.isupper()}
        if len(mouse_style) >= MOUSE_STYLE_MIN and len(mouse_style) > len(human_style):
            return tax or _MOUSE, tax or _MOUSE
    return study, tax


_SENT_MODEL = re.compile(r"\b(mice|mouse|murine|rats?)\b", re.IGNORECASE)
_SENT_HUMAN = re.compile(r"\b(patients?|humans?|human (?:cells?|cancer|tumou?rs?|subjects?|volunteers?)|women|men|"
                         r"children|individuals|participants)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _sentence_species_cached(text: str) -> str | None:
    model = {(_RAT if w.lower().startswith("rat") else _MOUSE)
             for w in _SENT_MODEL.findall(text)}
    human = bool(_SENT_HUMAN.search(text))
    if model and _XENOGRAFT.search(text):
        return None  # human tumours grown in mice: the document's decision stands
    if len(model) == 1 and not human:
        return model.pop()
    if human and not model:
        return _HUMAN
    return None


def _sentence_species(text: str, lex: EntityLexicon) -> str | None:
    """The one organism a sentence names (mice/rats, or patients/human cells), None when none or several."""
    found = _sentence_species_cached(text)
    return found if found is None or found == _HUMAN or found in lex.ortholog_taxa else None


def _mouse_style(text: str, term: Term) -> bool:
    """Written in mouse/rat gene nomenclature: the human symbol with only its first letter capital ("Sox2",
    "Gata6", "Nanog" for SOX2, GATA6, NANOG). In BioRED Train abstracts that name a model organism, 87% of
    such mentions are the model organism's gene (66% of upper-case ones)."""
    sym = term.surface
    return (len(text) >= 3 and text != sym and text.upper() == sym.upper() and text[0].isupper()
            and text[1:] == text[1:].lower() and any(c.isalpha() for c in text[1:]))


def _gene_xref(hgnc_id: str, organism: str, lex: EntityLexicon) -> str | None:
    """An HGNC gene's NCBI Gene id in ``organism``: its own record's for human, else its mouse/rat gene."""
    if organism == _HUMAN:
        return next((x for x in lex.entities[hgnc_id].xrefs if x.startswith("NCBIGene:")), None)
    return lex.orthologs.get((hgnc_id, organism))


def _natural_order(symbol: str) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", symbol)]


def _first_member_xref(family_id: str, organism: str, lex: EntityLexicon) -> str | None:
    """A numbered series' first member (NOTCH1 for Notch, SMAD1 for Smad, RARA for RAR) in ``organism``: the gene
    BioRED grounds the series' bare name to. BioRED Train, family mentions without a learned gene: 35 first
    member, 6 another gene where the rule applies; over all families the first member by symbol is right for 62
    of 150 (Cadherin -> CDH1 for "N-cadherin"), which cost more document-level gene precision than it gained."""
    members = [h for h in lex.family_members.get(family_id, ()) if h in lex.entities]
    if not members:
        return None
    first = min(members, key=lambda h: _natural_order(lex.entities[h].name))
    stem = family_id.removeprefix("FPLX:").upper()
    if lex.entities[first].name not in (stem + "1", stem + "A"):
        return None  # only a numbered series named by its stem: Notch -> NOTCH1, not Cadherin -> CDH1
    return _gene_xref(first, organism, lex)


def _organism_xref(term: Term, organism: str, lex: EntityLexicon) -> str | None:
    """The gene's NCBI Gene id in ``organism``: the HGNC record's for human, the learned one for mouse/rat
    genes and for families (the gene BioRED Train grounds "superoxide dismutase" to), else a family's first
    member."""
    if term.entity_type == "gene":
        return _gene_xref(term.entity_id, organism, lex)
    return lex.orthologs.get((term.entity_id, organism)) or _first_member_xref(term.entity_id, organism, lex)


def _disease_term(key: str, lex: EntityLexicon) -> Term | None:
    if (key, "disease") in lex.stoplist:
        return None
    terms = [t for t in lex.terms.get(key, ()) if t.entity_type == "disease" and (key, t.entity_id) not in lex.stoplist
             and ("*", t.entity_id) not in lex.stoplist]
    return min(terms, key=lambda t: (t.rank, t.entity_id)) if terms else None


def _coordinated(body: str, taken: list, chosen: dict, lex: EntityLexicon, mentions: list[Mention]) -> list[Mention]:
    """Diseases named by modifiers coordinated with a disease mention's head ("colorectal, breast and lung
    cancers", "hearing and visual impairment"): each modifier + the head noun that the lexicon knows as a disease
    becomes a mention spanning the whole coordination (BioRED annotates the phrase once with all ids)."""
    out: list[Mention] = []
    by_span = {(m.start_char, m.end_char): m for m in mentions}
    for i, (s, e) in enumerate(taken):
        t = chosen[(s, e)]
        if t.entity_type != "disease" or (s, e) not in by_span:
            continue
        if not body.endswith(("and ", "or "), max(0, s - 4), s):
            continue  # cheap pre-test: the coordination must end with "and"/"or" right before the mention
        m = _COORD_BEFORE.search(body, max(0, s - 120), s)
        if m is None or (i > 0 and taken[i - 1][1] > m.start()):
            continue
        words = body[s:e].split()
        head = words[-1]
        found = []
        start = s
        pos = m.start(1)
        for part in _COORD_SPLIT.split(m.group(1)):
            last = part.rsplit(" ", 1)[-1]
            for mod, ms in ((part, pos), (last, pos + len(part) - len(last))):
                dt = None
                for h in (head, head[:-1]) if head.endswith("s") else (head,):
                    dt = dt or _disease_term(norm_key(mod + " " + h), lex)
                if dt is not None:
                    if dt.entity_id != t.entity_id:
                        found.append(dt)
                        start = min(start, ms)
                    break
            pos += len(part) + 2
        if not found:
            continue
        src = by_span[(s, e)]
        for dt in [t] + found:
            out.append(Mention(src.article_id, src.sentence_index, start, e, body[start:e], dt.entity_id))
    return out


# Enumerated gene names: "ERK1/2", "Smad1/5/8", "CHL1 and 2", "LAMTOR-1 and -2", "ROCK-I/II", "cyclin D1 and D2",
# "filamin A, B and C". Each member is the first name with its last token replaced.
_ENUM_TOKEN = r"(?:\d{1,2}|[A-Z]\d{1,2}|IV|I{1,3}|V|[A-Z])"
_ENUM_LAST = re.compile(r"(?<=[A-Za-z\s\-])" + _ENUM_TOKEN + r"$")
_ENUM_INNER = re.compile(r"(.*[A-Za-z][\s\-]?)(" + _ENUM_TOKEN + r")((?:\s?/\s?" + _ENUM_TOKEN + r")+)")
_ENUM_NEXT = re.compile(r"(?:\s?/\s?|, |,? (?:and|or) )-?(" + _ENUM_TOKEN + r")(?![\w\-]|\s(?:days?|h|hours?|weeks?|"
                        r"months?|years?|min|mg|%))")
_ENUM_SLASH = re.compile(r"\s?/\s?")


def _same_kind(first: str, token: str) -> bool:
    """Tokens of one enumeration: numbers, or roman numerals, or one capital (with the same letter's numbers)."""
    if first.isdigit():
        return token.isdigit()
    if set(first) <= set("IV") and len(first) > 1 or first in ("I", "V") and set(token) <= set("IV"):
        return set(token) <= set("IV")
    if len(first) > 1:  # "D1" -> "D2", "B2" -> "B1"
        return len(token) > 1 and token[0].isalpha() and token[1:].isdigit()
    return len(token) == 1 and token.isalpha()


def _enumerated(body: str, mentions: list[Mention], lex: EntityLexicon) -> list[tuple[Mention, list[Mention]]]:
    """Gene mentions that name an enumeration: each becomes one mention per member gene, all spanning the whole
    enumeration (BioRED annotates "ERK1/2" once with MAPK3 and MAPK1). Only when every member is a known gene."""
    out: list[tuple[Mention, list[Mention]]] = []
    starts = sorted(m.start_char for m in mentions)
    for m in mentions:
        if m.organism is None:  # genes and families only
            continue
        text = m.text
        inner = _ENUM_INNER.fullmatch(text)
        if inner:
            head, first = inner.group(1), inner.group(2)
            tokens = [first, *(t for t in _ENUM_SLASH.split(inner.group(3)) if t)]
            if not all(_same_kind(first, t) for t in tokens):
                continue
        else:
            last = _ENUM_LAST.search(text)
            if last is None:
                continue
            head, first = text[: last.start()], last.group(0)
            tokens = [first]
        end = m.end_char
        while True:
            nxt = _ENUM_NEXT.match(body, end)
            if nxt is None or not _same_kind(first, nxt.group(1)):
                break
            tokens.append(nxt.group(1))
            end = nxt.end()
        if len(tokens) < 2:
            continue
        i = bisect.bisect_right(starts, m.start_char)
        if i < len(starts) and starts[i] < end:
            continue  # another mention inside the enumeration
        members: list[Term] = []
        for tok in tokens:
            genes = [t for t in lex.terms.get(norm_key(head + tok), ()) if t.entity_type == "gene"]
            if not genes:
                break
            members.append(min(genes, key=lambda t: (t.rank, t.entity_id)))
        if len(members) < len(tokens) or len({t.entity_id for t in members}) < len(members):
            continue
        org = m.organism
        out.append((m, [Mention(m.article_id, m.sentence_index, m.start_char, end, body[m.start_char:end], t.entity_id,
                                org, _organism_xref(t, org, lex)) for t in members]))
    return out


_INVERTED_HEADS = tuple(sorted(  # a fixed order (a set's would vary with the hash seed)
    "loss injury injuries impairment damage deficiency dysfunction failure disease disorder disorders "  # noqa: SIM905
    "inflammation infection hypertrophy hypoplasia agenesis atrophy".split()))
_INVERTED_TO_HEADS = frozenset(("injury", "injuries", "damage"))  # "injury to the kidney"; not "disorders to cognitive"
_INVERTED_TAIL = re.compile(r"(?:the\s+)?([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)\b", re.IGNORECASE)


def _inverted(article: CleanArticle, taken: list, chosen: dict, lex: EntityLexicon) -> list[Mention]:
    """Diseases named "N of (the) M" whose lexicon form is "M N": "loss of hearing" (hearing loss), "injury to the
    kidney" (kidney injury), when no mention covers the phrase already."""
    out: list[Mention] = []
    body = article.body
    low = body.lower()
    # plain substring searches per head word: a regex over the whole text cost 10% of the extractor
    for head in _INVERTED_HEADS:
        if head not in low:
            continue
        for sep in (" of ", " to ") if head in _INVERTED_TO_HEADS else (" of ",):
            phrase = head + sep
            j = low.find(phrase)
            while j != -1:
                if j == 0 or not low[j - 1].isalpha():
                    m = _INVERTED_TAIL.match(body, j + len(phrase))
                    if m:
                        out.extend(_inverted_mention(article, j, j + len(head), m, taken, lex))
                j = low.find(phrase, j + 1)
    out.sort(key=lambda x: x.start_char)
    return out


def _inverted_mention(article: CleanArticle, start: int, head_end: int, m: re.Match, taken: list,
                      lex: EntityLexicon) -> list[Mention]:
    body = article.body
    words = m.group(1).split()
    head = body[start:head_end]
    for k in (len(words), 1):
        dt = _disease_term(norm_key(" ".join(words[:k]) + " " + head), lex)
        if dt is None:
            continue
        end = m.end(1) if k == len(words) else m.start(1) + len(words[0])
        if any(s < end and start < e for s, e in taken):
            return []
        sent = article.sentence_at(start)
        return [Mention(article.article_id, sent.index if sent else 0, start, end, body[start:end], dt.entity_id)]
    return []


_DOC_BREAK = "\x00"  # joins a batch's bodies: no key contains it, and it ends a word as a body's end does
_BATCH_CHARS = 1 << 20  # bodies per automaton pass, bounded so the key arrays stay a few MB


def extract_mentions(
    article: CleanArticle, lexicon: EntityLexicon | None = None, *, _raw: bool = False
) -> tuple[list[Mention], list[Entity]]:
    """Mentions of lexicon entities in ``article.body`` (offsets into body) and the entities referenced.

    ``_raw`` (internal, used to learn the stoplist) disables context checks and abbreviation handling.
    """
    lex = lexicon if lexicon is not None else load_entity_lexicon()
    return _mentions(article, lex, _raw_hits(article.body, lex) if article.body else [], _raw)


def extract_mentions_batch(
    articles: Sequence[CleanArticle], lexicon: EntityLexicon | None = None
) -> Iterator[tuple[list[Mention], list[Entity]]]:
    """``extract_mentions`` for each article, in order, with the same results. The lexicon look-up runs over
    the joined bodies of many articles at once: one automaton walk and one set of array operations per
    batch instead of per article, and the automaton stays in the CPU caches while it walks."""
    lex = lexicon if lexicon is not None else load_entity_lexicon()
    i = 0
    while i < len(articles):
        j, size = i, 0
        while j < len(articles) and (j == i or size + len(articles[j].body) <= _BATCH_CHARS):
            size += len(articles[j].body) + 1
            j += 1
        batch = articles[i:j]
        offsets = list(accumulate((len(a.body) + 1 for a in batch), initial=0))
        per_doc: list[list] = [[] for _ in batch]
        d = 0
        for hit in _raw_hits(_DOC_BREAK.join(a.body for a in batch), lex):  # in text order
            while hit[0] >= offsets[d + 1]:
                d += 1
            off = offsets[d]
            per_doc[d].append((hit[0] - off, hit[1] - off, *hit[2:]))
        for a, hits in zip(batch, per_doc):
            yield _mentions(a, lex, hits, False)
        i = j


METASTASIS_ID = "MESH:D009362"
EXERCISE_ID = "MESH:D015444"  # (seeds/lexicons/mesh_exposures.tsv)
_NOT_PHYSICAL = re.compile(
    r"\b(?:mindfulness|breathing|mental|brain|cognitive|memory|relaxation|meditation|thinking|reasoning|attention)"
    r"\s+$",
    re.IGNORECASE,
)
_SURGERY_AFTER = re.compile(r"[\s-]+surg(?:eon|ery|eries|ical)", re.IGNORECASE)
_SPREAD_OF = re.compile(r"\bspread\s+of\s+(?:the\s+|this\s+|their\s+|its\s+)?$", re.IGNORECASE)
# "the tumors spread like wildfire", "the cancer did not spread", "cancer's deadly spread": the cancer and its
# verb (or possessed noun) together name metastasis, as the lexicon's "cancer spreads" does
_SPREAD_AFTER = re.compile(
    r"((?:\s+(?:--|—|–)\s+(?:and|or)\s+[^-—–.;]{1,40}?\s*(?:--|—|–))?)"  # "prostate cancer -- and maybe breast cancer --"
    r"(?:\s+(?:did|does|do|could|can|would|will|may|might|had|has|have)(?:\s+not|n['’]t)?(?:\s+\w+ly)?"
    r"|\s+(?:\w+ly|then|quickly)|['’]s?(?:\s+(?:deadly|rapid|early|eventual|further|later))?)?\s+spread(?:s|ing)?\b",
    re.IGNORECASE,
)
# "mice with breast cancer ... develop metastatic lung cancer": after another cancer of the same sentence, a
# "metastatic <organ> cancer" is that cancer's metastasis to the organ, not a second primary
_METASTATIC_BEFORE = re.compile(r"\bmetastatic\s+$", re.IGNORECASE)
_NO_SENTENCE_END = re.compile(r"[^.!?;]*")
INVASION_ID = "MESH:D009361"
# bare "invasion" is cancer invasion only beside its sibling processes ("invasion and metastasis", "migration and
# invasion"); alone it may be a bacterium's or an army's
_INVASION = re.compile(r"\binvasion\b", re.IGNORECASE)
_INVASION_SIBLING = r"(?:metasta\w*|migration|motility|proliferation|angiogenesis|spread)"
# (or the cancer's own: "cancer's invasion", "the tumor's invasion")
_INVASION_BEFORE = re.compile(
    rf"\b(?:{_INVASION_SIBLING}\s*,?\s*(?:and|or|and/or)|(?P<owner>(?:cancer|tumou?r)['’]s))\s+$", re.IGNORECASE
)
_INVASION_AFTER = re.compile(rf",?\s+(?:and|or|and/or)\s+{_INVASION_SIBLING}\b", re.IGNORECASE)
# "cells within a tumor may pave the way for cancer's spread": the tumour's cells
_CELLS_WITHIN_TUMOUR = re.compile(
    r"\b(?P<cells>cells)\s+(?:within|inside|in)\s+(?:a|the|each)\s+(?:primary\s+)?tumou?rs?\b", re.IGNORECASE
)
_CANCER_WORD = re.compile(r"(?:cancers?|tumou?rs?|carcinomas?|melanomas?|neoplasms?)$", re.IGNORECASE)
_ORG_TAIL = re.compile(
    r"(?:['’]s)?(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w'’-]*){0,4}?\s+(?:Foundation|Institutes?|Cent(?:er|re)s?|Society|"
    r"Association|Initiative|Stud(?:y|ies)|Programs?|Programmes?|Hospitals?|University|Fund|Council|Network|Alliance|"
    r"Coalition|Trust|Clinic|Consortium|Service|Agency|Federation|Laboratory)\b"
)
# ... and the name's head before them: "Coalition to Prevent Deep-Vein Thrombosis", "Institute for Cancer Research",
# "Division of Cancer Prevention" (the words in between capitalised, as in a name)
_ORG_HEAD = re.compile(
    r"\b(?:Foundation|Institutes?|Cent(?:er|re)s?|Society|Association|Initiative|Programs?|Programmes?|Fund|Council|"
    r"Network|Alliance|Coalition|Trust|Consortium|Agency|Federation|Campaign|Partnership|Committee|Division|Office|"
    r"Department|Organi[sz]ation|Task Force)\s+(?:for|of|on|to|against)\s+(?:(?:the|and|&|[A-Z][\w'’-]*,?)\s+){0,4}$"
)

_TITLE_CUE_BEFORE = re.compile(r"\b(?:journals?|in|of)\s+(?:the\s+)?$", re.IGNORECASE)
# ... and a company's name: "Vertex Pharmaceuticals", "Kite Pharma" name no drug
_COMPANY_WORD = re.compile(r"Pharmaceuticals?|Pharma|Therapeutics|Biosciences|Biologics")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’&.-]*\s+$")


def _lexicon_term(lex: EntityLexicon, phrase: str, entity_id: str) -> Term | None:
    """The lexicon's term for ``phrase`` that grounds to ``entity_id`` (what a context rule names a span as)."""
    return next((t for t in lex.terms.get(norm_key(phrase), ()) if t.entity_id == entity_id), None)


_INFECTED_AFTER = re.compile(r"[\s-]*(?:co-?|mono-?)?infect(?:ions?|ed)\b", re.IGNORECASE)
_INFECTION_WITH_BEFORE = re.compile(
    r"\b(?:co-?|mono-?)?infect(?:ions?|ed)\s+(?:with|by)\s+(?:(?:an?|the|certain|some|high-risk|persistent|"
    r"oncogenic)\s+)*(?:(?:strains?|types?|forms?)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_NAME_WORDS_NO_DISEASE = frozenset(("human", "virus", "viruses", "type", "strain"))


def _infection_of(written: str, species: Entity | None, lex: EntityLexicon) -> Term | None:
    """The lexicon's disease for an infection by the organism written ``written``: "<written> infection"
    ("hepatitis C virus infection"), "<its name> infection", the name without "virus" ("Hepatitis B"), or a word of
    the name + "infection" ("Papillomavirus Infection" for Human papillomavirus, "Helicobacter Infection")."""
    phrases = [written + " infection"]
    if species is not None:
        name = species.name
        phrases.append(name + " infection")
        if (bare := re.sub(r"\s+virus$", "", name, flags=re.IGNORECASE)) != name:
            phrases.append(bare)  # (the organism's own name is no disease)
        phrases += [w + " infection" for w in name.split() if len(w) > 4 and w.lower() not in _NAME_WORDS_NO_DISEASE]
    return next((term for phrase in phrases if (term := _disease_term(norm_key(phrase), lex))), None)


def _drop_within(chosen: dict[tuple[int, int], Term], start: int, end: int) -> None:
    """Remove the chosen spans that lie within ``start``-``end``."""
    for sp in [sp for sp in chosen if start <= sp[0] and sp[1] <= end]:
        del chosen[sp]


def _mentions(article: CleanArticle, lex: EntityLexicon, hits: list, _raw: bool) -> tuple[list[Mention], list[Entity]]:
    """Mentions and entities of ``article`` from the look-up ``hits`` of its body (``_raw_hits``, text order)."""
    body = article.body
    if not body:
        return [], []

    # Outside abstracts (news, press releases, web pages) short acronyms are more often organisations,
    # media or tests than genes ("CBS News", "JAMA", "NHS"), so they need context there.
    strict = article.source_kind != "abstract"

    # 1. candidate hits
    filtered: list[tuple[int, int, str, list[Term], list[bool], Term | None]] = []
    strong_ids: set[str] = set()  # 2. entities named unambiguously somewhere in the document
    cache = _filter_cache(lex)
    news_only = lex.news_only if not strict else ()
    for s, e, key, cands, plural in hits:
        if news_only and any(t.entity_id in news_only for t in cands):
            cands = tuple(t for t in cands if t.entity_id not in news_only)
            if not cands:
                continue
        if _raw:
            filtered.append((s, e, key, list(cands), [0] * len(cands), None))
            continue
        text = body[s:e]
        ck = (key, text, plural, strict)
        r = cache.get(ck, _MISSING)
        if r is _MISSING:  # the verdict depends only on the string, so it is cached per lexicon
            r = _filter(body, s, e, key, cands, plural, lex, strict)
            if r is not None:
                terms, weak = r
                # a single strong term that is no family is the choice whatever the context: decided here once
                fixed = terms[0] if len(terms) == 1 and not weak[0] and terms[0].entity_type != "protein_family" else None
                r = (terms, weak, frozenset(t.entity_id for t, w in zip(terms, weak) if not w), fixed)
            if len(cache) < 200_000:
                cache[ck] = r
        if r is not None:
            strong_ids |= r[2]
            filtered.append((s, e, key, r[0], r[1], r[3]))
    if _raw:
        strong_ids = {t.entity_id for _, _, _, terms, _, _ in filtered for t in terms}

    # 3. choose one term per hit (of two hits with one span, the later wins)
    chosen: dict[tuple[int, int], Term] = {}
    pending = []
    for s, e, key, terms, weak, fixed in filtered:
        if fixed is not None:
            chosen[(s, e)] = fixed
            continue
        context = _raw or (any(weak) and (_NEXT_GENE_CONTEXT.match(body, e) is not None
                                         or _PREV_GENE_CONTEXT.search(body, max(0, s - 40), s) is not None))
        t = _choose(key, body[s:e], terms, weak, context, strong_ids, lex)
        if t is not None:
            chosen[(s, e)] = t
            if context:
                strong_ids.add(t.entity_id)  # confirmed by its context: other mentions may follow it
        elif any(weak):
            pending.append((s, e, key, terms, weak))
    if pending:  # a weak string is accepted when its entity was confirmed elsewhere in the document
        still = []
        for s, e, key, terms, weak in pending:
            t = _choose(key, body[s:e], terms, weak, False, strong_ids, lex)
            if t is not None:
                chosen[(s, e)] = t
            else:
                still.append((s, e, key, terms, weak))
        pending = still
    # ambiguous strings listed next to unambiguous genes ("Bax/caspase-3", "NPM, YWHAZ, Src") are genes
    if pending:
        gene_spans = sorted(sp for sp, t in chosen.items() if t.entity_type in _GENE_TYPES)
        ends = [sp[1] for sp in gene_spans]
        starts_ = [sp[0] for sp in gene_spans]
        for s, e, key, terms, weak in pending:
            i = bisect.bisect_right(ends, s) - 1
            near = i >= 0 and _LIST_SEP.fullmatch(body, ends[i], s) is not None
            j = bisect.bisect_left(starts_, e)
            near = near or (j < len(starts_) and _LIST_SEP.fullmatch(body, e, starts_[j]) is not None)
            if near and any(w == 1 for w in weak):
                t = _choose(key, body[s:e], terms, [w if w == 1 else 0 for w in weak], True, strong_ids, lex)
                if t is not None and t.entity_type in _GENE_TYPES:
                    chosen[(s, e)] = t

    # 3a. chemicals that are part of a gene product's name ("nitric oxide synthase", "5-HT transporter")
    #     or amino acids naming a residue ("arginine to tryptophan (R47W)") are not chemical mentions
    _drop_chemicals_in_gene_names(body, chosen, _raw)

    # 3b. abbreviations defined in the text override the lexicon for their short form
    if not _raw:
        abbrevs = _abbreviations(body, chosen, lex)
        for sf, term in abbrevs.items():
            if term is not None and term.entity_type == "protein_family":
                # "vascular endothelial growth factor (VEGF)" -> VEGFA, not the family
                genes = [t for t in lex.terms.get(norm_key(sf), ()) if t.entity_type == "gene"]
                family = term
                # "liver fatty acid binding protein (L-FABP)": the short form names one member -> FABP1
                member = [g for g in genes if g.entity_id in lex.family_members.get(family.entity_id, ())]
                term = _family_gene(sf, genes, lex) or (member[0] if len(member) == 1 == len(genes) else family)
                if term is not family:  # the long form right before "(SF" means that member too
                    opens = re.compile(r"\s*\(" + re.escape(sf))
                    for span in [sp for sp, t in chosen.items() if t is family and opens.match(body, sp[1])]:
                        chosen[span] = term
            for s, e in _word_occurrences(body, sf):
                for span in [sp for sp in chosen if sp[0] < e and s < sp[1]]:
                    # keep longer lexicon hits that contain the short form ("MMP3 gene" stays as is)
                    if span[1] - span[0] > e - s and span[0] <= s and e <= span[1]:
                        break
                    del chosen[span]
                else:
                    if term is not None:
                        if term.entity_type not in _GENE_TYPES and _GENE_ITSELF_NEXT.match(body, e):
                            gene = [t for t in lex.terms.get(norm_key(body[s:e]), ()) if t.entity_type in _GENE_TYPES]
                            if gene:  # "multiple endocrine neoplasia type 1 (MEN1)" ... "the MEN1 gene"
                                chosen[(s, e)] = min(gene, key=lambda t: (t.rank, t.entity_id))
                                continue
                        chosen[(s, e)] = term

    # 3b'. brand names given beside a drug's name ("empagliflozin (Jardiance)", "Ditropan XL (oxybutynin)") name
    #      that drug wherever the text uses them; news names drugs by brand more often than not. Outside
    #      abstracts also brands the text introduces as drugs ("the prostate cancer drug Provenge")
    brand_entities: dict[str, Entity] = {}
    if not _raw:
        brands = _brand_names(body, chosen, lex)
        if strict:
            for brand, term in _named_brands(body, chosen, lex).items():
                brands.setdefault(brand, term)
        for brand, term in brands.items():
            if term.entity_id.startswith("brand:"):
                brand_entities[term.entity_id] = Entity(term.entity_id, "chemical", term.surface)
            for s, e in _word_occurrences(body, brand):
                if not any(sp[0] < e and s < sp[1] for sp in chosen):
                    chosen[(s, e)] = term

    # 3c. words of an organisation's name ("Susan G. Komen Breast Cancer Foundation", "Tokyo Women's Medical
    #     University", "Million Women Study") name no disease or species of the article; abstracts are left alone
    #     (their capitalised titles are not organisations)
    if strict and not _raw:
        for (s, e), t in list(chosen.items()):
            if body[s : s + 1].isupper() and (
                _ORG_TAIL.match(body, e)
                or _ORG_HEAD.search(body, max(0, s - 80), s)
                or (_COMPANY_WORD.fullmatch(body, s, e) and _NAME_BEFORE.search(body, max(0, s - 40), s))
            ):
                del chosen[(s, e)]
        # ... and of a journal's title ("the journal Cell Stem Cell", "published in Diabetes Care"); a one-word
        # title ("Obesity") only after "journal", "in" or "of"
        for start, end, title in journal_titles(body):
            if " " not in title and not _TITLE_CUE_BEFORE.search(body, max(0, start - 30), start):
                continue
            _drop_within(chosen, start, end)

    # 3c'. "mindfulness exercises", "breathing exercise": exercises of the mind or breath are no physical exercise
    for (s, e), t in list(chosen.items()):
        if t.entity_id == EXERCISE_ID and _NOT_PHYSICAL.search(body, max(0, s - 30), s):
            del chosen[(s, e)]

    # 3c''. "plastic surgeons", "plastic-surgery program": the craft of reshaping, no plastics
    for (s, e), t in list(chosen.items()):
        if body[s:e].lower() == "plastic" and _SURGERY_AFTER.match(body, e):
            del chosen[(s, e)]

    # 3d. "the spread of breast cancer", "spread of the cancer": the phrase names metastasis (as "cancer spread"
    #     does); the cancer's own mention stays
    spread = None if _raw else _lexicon_term(lex, "cancer spread", METASTASIS_ID)  # (3d and 3d')
    if spread:
        for (s, e), t in list(chosen.items()):
            if t.entity_type == "disease" and _CANCER_WORD.search(body, s, e):
                m = _SPREAD_OF.search(body, max(0, s - 30), s)
                if m is not None:
                    chosen[(m.start(), e)] = spread
                elif (m := _SPREAD_AFTER.match(body, e)) is not None and not any(
                    sp[0] < m.end() and s < sp[1] and (sp[0] < s or sp[1] > m.end()) for sp in chosen
                ):
                    chosen[(s, m.end())] = spread

    # 3d'. "mice with breast cancer were more likely to develop metastatic lung cancer": lung metastasis
    if spread and "etastatic" in body:
        cancers = sorted(
            (sp, t) for sp, t in chosen.items()
            if t.entity_type == "disease" and t.entity_id != NEOPLASM and _CANCER_WORD.search(body, *sp)
        )
        for (s, e), t in cancers:
            m = _METASTATIC_BEFORE.search(body, max(0, s - 15), s)
            if m and any(
                t2.entity_id != t.entity_id and e2 <= m.start() and _NO_SENTENCE_END.fullmatch(body, e2, m.start())
                for (s2, e2), t2 in cancers
            ):
                del chosen[(s, e)]
                chosen[(m.start(), e)] = spread

    # 3e. "invasion and metastasis", "migration and invasion": cancer invasion
    if not _raw and "nvasion" in body:
        invasion = _lexicon_term(lex, "tumor invasion", INVASION_ID)
        for m in _INVASION.finditer(body) if invasion else ():
            s, e = m.span()
            before = _INVASION_BEFORE.search(body, max(0, s - 30), s)
            if before is not None and before.group("owner"):
                # "cancer's invasion" names the invasion, as "cancer's spread" names metastasis
                for sp in [sp for sp in chosen if before.start() < sp[1] and sp[0] < s]:
                    del chosen[sp]
                s = before.start()
            if (before or _INVASION_AFTER.match(body, e)) and not any(sp[0] < e and s < sp[1] for sp in chosen):
                chosen[(s, e)] = invasion

    # 3f. "cells within a tumor": the tumour's cells (when no cell type is named: "immune cells within a tumor")
    tumour_cells = None if _raw else _lexicon_term(lex, "tumor cells", _MALIGNANT_CELL)
    for m in _CELLS_WITHIN_TUMOUR.finditer(body) if tumour_cells else ():
        s, e = m.span()
        if not any(sp[0] < m.end("cells") and s < sp[1] for sp in chosen):
            for sp in [sp for sp in chosen if s < sp[1] and sp[0] < e]:
                del chosen[sp]
            chosen[(s, e)] = tumour_cells

    # 3g. "HBV infected", "HPV infection", "infection with certain strains of HPV": the organism's infectious
    #     disease, when the lexicon names one for it (BioRED grounds "HIV infection" to HIV Infections)
    if not _raw and "nfect" in body:
        for (s, e), t in list(chosen.items()):
            if t.entity_type != "species" or (s, e) not in chosen:
                continue
            after = _INFECTED_AFTER.match(body, e)
            before = None if after else _INFECTION_WITH_BEFORE.search(body, max(0, s - 60), s)
            if not (after or before):
                continue
            disease = _infection_of(body[s:e], lex.entities.get(t.entity_id), lex)
            lo, hi = (before.start(), e) if before else (s, after.end())
            if disease is None or any(sp[0] < hi and lo < sp[1] and not (lo <= sp[0] and sp[1] <= hi) for sp in chosen):
                continue
            _drop_within(chosen, lo, hi)
            chosen[(lo, hi)] = disease

    # 4. gene names continued by a Greek letter ("NRG-1 beta", "GR alpha") or by a receptor
    #     ("Epo-R", "VEGF receptor 1"): take the longer name, or drop the ligand when it is no gene
    if not _raw:
        for (s, e), t in list(chosen.items()):
            if t.entity_type not in _GENE_TYPES:
                continue
            m = _GREEK_SUFFIX.match(body, e) or _RECEPTOR_SUFFIX.match(body, e) or _LIGAND_SUFFIX.match(body, e)
            if not m or any(sp[0] < m.end() and m.start() < sp[1] for sp in chosen if sp != (s, e)):
                continue
            longer = [c for c in lex.terms.get(norm_key(body[s : m.end()]), ()) if c.entity_type in _GENE_TYPES]
            if not longer and m.re is _LIGAND_SUFFIX:  # "RANK ligand" is RANKL
                longer = [c for c in lex.terms.get(norm_key(body[s:e]) + "l", ()) if c.entity_type in _GENE_TYPES]
            del chosen[(s, e)]
            if longer:
                chosen[(s, m.end())] = min(longer, key=lambda c: (c.rank, _TYPE_ORDER[c.entity_type], c.entity_id))
            elif m.re is _GREEK_SUFFIX:
                chosen[(s, m.end())] = t
        # "p38 MAPK", "p38 mitogen-activated protein kinase": the kinase head belongs to the name
        for (s, e), t in list(chosen.items()):
            if t.entity_type not in _GENE_TYPES:
                continue
            m = _KINASE_HEAD.match(body, e)
            if m is None:
                continue
            inner = [sp for sp in chosen if sp != (s, e) and sp[0] < m.end() and m.start() < sp[1]]
            if all(m.start() <= sp[0] and sp[1] <= m.end() for sp in inner):
                for sp in inner:
                    del chosen[sp]
                del chosen[(s, e)]
                chosen[(s, m.end())] = t
        # "VEGF receptor 2" -> VEGFR2 (KDR) when the lexicon knows it; a family keeps the subtype number
        for (s, e), t in list(chosen.items()):
            if t.entity_type not in _GENE_TYPES:
                continue
            m = _NUMBER_SUFFIX.match(body, e)
            if not m or any(sp[0] < m.end() and m.start() < sp[1] for sp in chosen if sp != (s, e)):
                continue
            head = norm_key(body[s:e])
            keys = [norm_key(body[s : m.end()])]
            if head.endswith("receptor"):
                keys.append(head[: -len("receptor")] + "r" + norm_key(m.group(1)))
            longer = [c for k in keys for c in lex.terms.get(k, ()) if c.entity_type in _GENE_TYPES]
            if longer:
                del chosen[(s, e)]
                chosen[(s, m.end())] = min(longer, key=lambda c: (c.rank, _TYPE_ORDER[c.entity_type], c.entity_id))
            elif t.entity_type == "protein_family" and head.endswith(("receptor", "channel", "kinase")):
                del chosen[(s, e)]
                chosen[(s, m.end())] = t
            elif _NUMBERED_MEMBER_HEAD.search(body, s, e) and " " in body[s:e].strip():
                # "human epidermal growth factor receptor 2" is HER2, not EGFR: a gene's full name with a number
                # the lexicon does not know names another member (and so do the shorter names inside it)
                _drop_within(chosen, s, e)
        # "E-cadherin", "a-actinin", "gamma-sarcoglycan": a family named with its member letter
        for (s, e), t in list(chosen.items()):
            if t.entity_type != "protein_family":
                continue
            m = _MEMBER_PREFIX.search(body, max(0, s - 8), s)
            if m and not any(sp[0] < s and m.start() < sp[1] for sp in chosen if sp != (s, e)):
                longer = [c for c in lex.terms.get(norm_key(body[m.start() : e]), ()) if c.entity_type in _GENE_TYPES]
                del chosen[(s, e)]
                chosen[(m.start(), e)] = min(longer, key=lambda c: (c.rank, c.entity_id)) if longer else t
        # "c-Ret", "v-Src": cellular/viral prefixes belong to the gene's name
        for (s, e), t in list(chosen.items()):
            if t.entity_type == "gene" and s >= 2 and body[s - 2 : s] in ("c-", "v-") and (
                s == 2 or not body[s - 3].isalnum()
            ) and not any(sp[0] < s and s - 2 < sp[1] for sp in chosen if sp != (s, e)):
                del chosen[(s, e)]
                chosen[(s - 2, e)] = t
        # a symbol followed by ".2" is a chromosome band or a version number ("p31.2"), not a gene
        for (s, e), t in list(chosen.items()):
            if t.entity_type in _GENE_TYPES and _DECIMAL_AFTER.match(body, e):
                del chosen[(s, e)]

    # 4a. salts: "sodium valproate", "atropine sulphate", "tenofovir disoproxil fumarate" name the drug
    if not _raw:
        for (s, e), t in sorted(chosen.items()):
            if t.entity_type != "chemical" or (s, e) not in chosen:
                continue
            ns, ne = s, e
            m = _SALT_AFTER.match(body, e)
            if m:
                ne = m.end()
            m = _SALT_BEFORE.search(body, max(0, s - 12), s)
            if m and body[s:e].lower().endswith(("ate", "ide", "ine", "in")):
                ns = m.start()
            if (ns, ne) != (s, e) and (ns, ne) not in chosen:  # "calcium chloride" is a compound of its own
                inner = [sp for sp in chosen if sp != (s, e) and sp[0] < ne and ns < sp[1]]
                if all(ns <= sp[0] and sp[1] <= ne and chosen[sp].entity_type == "chemical" for sp in inner):
                    for sp in inner:
                        del chosen[sp]
                    del chosen[(s, e)]
                    chosen[(ns, ne)] = t

    # 4c. idioms: "gold standard", "silver lining", "ice cream" are no chemicals
    for (s, e), t in list(chosen.items()):
        if t.entity_type == "chemical" and _IDIOM_AFTER.match(body, e) and body[s:e].lower() in _IDIOM_WORDS:
            del chosen[(s, e)]

    # 4b. again for mentions the abbreviations added
    _drop_chemicals_in_gene_names(body, chosen, _raw)

    # 4d. sequence variants ("p.R215W", "c.643C>T", "rs6275") are read by pattern, not from the lexicon,
    #     and win over lexicon hits inside them ("Arg" of "Arg215Trp")
    variants = [] if _raw else find_variants(body)
    for v in variants:
        for span in [sp for sp in chosen if sp[0] < v.end and v.start < sp[1]]:
            del chosen[span]

    # 5. longest match wins, left to right
    spans = sorted(chosen, key=lambda se: (-(se[1] - se[0]), se[0]))
    taken: list[tuple[int, int]] = []
    starts: list[int] = []
    for s, e in spans:
        i = bisect.bisect_left(starts, s)
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        starts.insert(i, s)
        taken.insert(i, (s, e))

    # 6. the organism of the genes: the study's (human unless a model organism dominates), or the one
    #    written right before the gene ("human TNF", "murine IL-6")
    study_org, model_org = _study_organism(body, [(body[s:e], chosen[(s, e)]) for s, e in taken], lex)

    sent_starts = [x.start for x in article.sentences]

    def sentence_of(pos: int) -> tuple[int, Sentence | None]:
        """Index of the sentence holding ``pos`` (or of the one before the gap it is in), and that sentence
        when it holds ``pos``."""
        i = bisect.bisect_right(sent_starts, pos) - 1
        if i < 0:
            return 0, None
        sent = article.sentences[i]
        return sent.index, sent if pos < sent.end else None

    mentions: list[Mention] = []
    entity_ids: dict[str, None] = {}
    for s, e in taken:
        t = chosen[(s, e)]
        idx, sent = sentence_of(s)
        if t.entity_type in _GENE_TYPES:
            m = _ORGANISM_BEFORE.search(body, max(0, s - 10), s)
            org = _ORGANISM_WORDS[m.group(1).lower()] if m else study_org
            if not m and sent is not None:
                # a sentence that names one organism ("in mice", "in patients") decides for its genes: abstracts
                # mix human and mouse experiments (BioRED Train document-level genes 0.772 -> 0.779)
                org = _sentence_species(sent.text, lex) or org
            if (not m and org == _HUMAN and model_org is not None and t.entity_type == "gene"
                    and _mouse_style(body[s:e], t) and lex.ortholog_symbols.get((t.entity_id, model_org)) == body[s:e]):
                # only the model organism's own symbol: "Akt" is as often human AKT1 (mouse Akt1)
                org = model_org
            xref = _organism_xref(t, org, lex)
            mentions.append(Mention(article.article_id, idx, s, e, body[s:e], t.entity_id, org, xref))
            entity_ids.setdefault(t.entity_id, None)
            continue
        mentions.append(Mention(article.article_id, idx, s, e, body[s:e], t.entity_id))
        entity_ids.setdefault(t.entity_id, None)
        cells = _CELLS_AFTER_CANCER.match(body, e) if t.entity_type == "disease" and not _raw else None
        if cells and _MALIGNANT_CELL in lex.entities:
            mentions.append(Mention(article.article_id, idx, s, cells.end(), body[s : cells.end()], _MALIGNANT_CELL))
            entity_ids.setdefault(_MALIGNANT_CELL, None)
        if t.entity_id == _MALIGNANT_CELL and NEOPLASM in lex.entities:
            head = _CANCER_HEAD.match(body, s)
            if head:  # "cancer cells" also names the disease (BioRED annotates "cancer" in it)
                mentions.append(Mention(article.article_id, idx, s, head.end(), head.group(0), NEOPLASM))
                entity_ids.setdefault(NEOPLASM, None)
    variant_entities: dict[str, Entity] = {}
    for v in variants:
        mentions.append(Mention(article.article_id, sentence_of(v.start)[0], v.start, v.end, v.text, v.entity_id))
        variant_entities.setdefault(v.entity_id, Entity(v.entity_id, "variant", v.name, v.xrefs))
    if not _raw:
        for m, members in _enumerated(body, mentions, lex):
            mentions.remove(m)
            mentions.extend(members)
            for t in members:
                entity_ids.setdefault(t.entity_id, None)
        for m in _coordinated(body, taken, chosen, lex, mentions):
            mentions.append(m)
            entity_ids.setdefault(m.entity_id, None)
        for m in _inverted(article, taken, chosen, lex):
            mentions.append(m)
            entity_ids.setdefault(m.entity_id, None)
    mentions.sort(key=lambda m: (m.start_char, m.end_char, m.entity_id))
    entities = [lex.entities.get(i) or brand_entities[i] for i in sorted(entity_ids)]
    entities += [variant_entities[i] for i in sorted(variant_entities)]
    return mentions, entities
