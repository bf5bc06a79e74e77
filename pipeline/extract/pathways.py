"""Pathway mapping: the Reactome pathways a reader would file a finding's genes and families under.

Reactome's gene sets (seeds/lexicons/reactome_pathways.tsv, derived from the Reactome GMT) hold
every level of the hierarchy at once: a gene such as TNFSF11 (RANKL) sits in "Immune System"
(2,000+ genes) as well as in "TNFR2 non-canonical NF-kB pathway" (~100). A finding is only useful
in a pathway view when it lands in the specific ones, so:

* Reactome's top-level pathways (the 29 roots of the event hierarchy) are never used;
* pathways larger than ``MAX_MEMBERS`` genes (broad second-level groupings such as "Cytokine
  Signaling in Immune system") and smaller than ``MIN_MEMBERS`` are skipped, and so are
  disease-variant pathways ("... deficiency causes SCID", "Defective ...", infections);
* each gene keeps its ``PER_ENTITY`` best pathways, ranked by specificity (fewer members), with
  a bonus for signalling pathways and for pathways named after the gene itself
  ("Interleukin-6 signaling" for IL6, "Signaling by VEGF" for VEGFA);
* FamPlex families (FPLX:...) are expanded to their member genes (pathways holding at least half of
  the members, or two of them), plus a small curated family -> pathway table
  (``FAMILY_PATHWAYS``) for the families this corpus is about (IKK, NF-kappaB, CXCL, ...).

Only files under the repository are read at run time.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.lexicon_files import files_digest, lexicon_path

# the rules, and the pathway file they read (famplex.tsv and hgnc_genes.tsv reach the stage version through the
# mentions it builds on)
VERSION = "1+" + files_digest(("reactome_pathways.tsv",), length=8)

SOURCE = "Reactome"
MAX_MEMBERS = 250
MIN_MEMBERS = 8
PER_ENTITY = 4


# The top-level pathways of Reactome's event hierarchy (release 2024): too broad to file a finding.
TOP_LEVEL = frozenset(
    {
        "Autophagy",
        "Cell Cycle",
        "Cell-Cell communication",
        "Cellular responses to stimuli",
        "Chromatin organization",
        "Circadian Clock",
        "Developmental Biology",
        "Digestion and absorption",
        "Disease",
        "DNA Repair",
        "DNA Replication",
        "Drug ADME",
        "Extracellular matrix organization",
        "Gene expression (Transcription)",
        "Hemostasis",
        "Immune System",
        "Metabolism",
        "Metabolism of proteins",
        "Metabolism of RNA",
        "Muscle contraction",
        "Neuronal System",
        "Organelle biogenesis and maintenance",
        "Programmed Cell Death",
        "Protein localization",
        "Reproduction",
        "Sensory Perception",
        "Signal Transduction",
        "Transport of small molecules",
        "Vesicle-mediated transport",
    }
)

_DISEASE_VARIANT = re.compile(
    r"deficien|defective|defects? in|mutant|variant|causes|caused by|loss of function|gain of function|"
    r"infection|SARS|HIV|influenza|leishmania|tuberculosis|hepatitis|virus|viral|bacteri|"
    r"in cancer|disease|resistance of|aberrant|fusion|translocation",
    re.IGNORECASE,
)
_SIGNALLING = re.compile(r"signal|pathway|cascade|activation|NF-k|receptor|response", re.IGNORECASE)

# Curated: FamPlex family -> Reactome pathways a reader expects (ids from the 2024-09-18 release).
FAMILY_PATHWAYS: dict[str, tuple[str, ...]] = {
    "FPLX:IKK_complex": ("REACTOME:R-HSA-9758274", "REACTOME:R-HSA-5668541"),
    "FPLX:IKK_family": ("REACTOME:R-HSA-9758274", "REACTOME:R-HSA-5668541"),
    "FPLX:NFkappaB": ("REACTOME:R-HSA-9758274", "REACTOME:R-HSA-5668541", "REACTOME:R-HSA-1169091"),
    "FPLX:NFkappaB_1": ("REACTOME:R-HSA-9758274",),
    "FPLX:NFkappaB_2": ("REACTOME:R-HSA-5668541",),
    "FPLX:TNF": ("REACTOME:R-HSA-75893", "REACTOME:R-HSA-5676594"),
    "FPLX:IL1": ("REACTOME:R-HSA-9020702", "REACTOME:R-HSA-446652"),
    "FPLX:IL12": ("REACTOME:R-HSA-447115",),
    "FPLX:IL15R": ("REACTOME:R-HSA-8983432",),
    "FPLX:CXCL_ELR_positive": ("REACTOME:R-HSA-380108",),
    "FPLX:CXCL_ELR_negative": ("REACTOME:R-HSA-380108",),
    "FPLX:MMP": ("REACTOME:R-HSA-1592389",),
    "FPLX:VEGF": ("REACTOME:R-HSA-194138",),
    "FPLX:VEGFR": ("REACTOME:R-HSA-194138",),
    "FPLX:AKT": ("REACTOME:R-HSA-1257604",),
    "FPLX:PI3K": ("REACTOME:R-HSA-109704", "REACTOME:R-HSA-1257604"),
    "FPLX:RAS": ("REACTOME:R-HSA-5673001",),
    "FPLX:RAF": ("REACTOME:R-HSA-5673001", "REACTOME:R-HSA-5674135"),
    "FPLX:MEK": ("REACTOME:R-HSA-5674135", "REACTOME:R-HSA-5684996"),
    "FPLX:ERK": ("REACTOME:R-HSA-5684996",),
    "FPLX:TGFB": ("REACTOME:R-HSA-170834", "REACTOME:R-HSA-9006936"),
    "FPLX:SMAD": ("REACTOME:R-HSA-2173796", "REACTOME:R-HSA-9006936"),
    "FPLX:Notch": ("REACTOME:R-HSA-157118", "REACTOME:R-HSA-2122947"),
    "FPLX:Wnt": ("REACTOME:R-HSA-195721", "REACTOME:R-HSA-201681"),
    "FPLX:JAK": ("REACTOME:R-HSA-6783589",),
    "FPLX:STAT": ("REACTOME:R-HSA-6783589",),
}

# Curated: genes whose best-known signalling pathway the member-count ranking would miss.
GENE_PATHWAYS: dict[str, tuple[str, ...]] = {
    "HGNC:1974": ("REACTOME:R-HSA-9758274", "REACTOME:R-HSA-5668541"),  # CHUK (IKK-alpha)
    "HGNC:5960": ("REACTOME:R-HSA-9758274",),  # IKBKB
    "HGNC:5961": ("REACTOME:R-HSA-9758274",),  # IKBKG
    "HGNC:7794": ("REACTOME:R-HSA-9758274",),  # NFKB1
    "HGNC:9955": ("REACTOME:R-HSA-9758274",),  # RELA
    "HGNC:11926": ("REACTOME:R-HSA-5668541", "REACTOME:R-HSA-5676594"),  # TNFSF11 (RANKL)
    "HGNC:11908": ("REACTOME:R-HSA-5668541", "REACTOME:R-HSA-5676594"),  # TNFRSF11A (RANK)
}


@dataclass(frozen=True, slots=True)
class PathwaySet:
    pathway_id: str  # REACTOME:R-HSA-...
    name: str
    members: frozenset[str]  # HGNC ids


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def load_pathways() -> tuple[PathwaySet, ...]:
    """Reactome pathways from the repository's lexicon (colleague's loader when importable)."""
    try:
        from pipeline.lexicons import load_reactome_pathways

        return tuple(
            PathwaySet(_curie(p.pathway_id), p.name, frozenset(p.members)) for p in load_reactome_pathways()
        )
    except (ImportError, FileNotFoundError, AttributeError):
        pass
    path = lexicon_path("reactome_pathways.tsv")
    if not path.exists():
        return ()
    return tuple(
        PathwaySet(_curie(r["pathway_id"]), r["name"], frozenset(m for m in r["members"].split("|") if m))
        for r in _read_rows(path)
    )


@lru_cache(maxsize=1)
def load_family_members() -> dict[str, frozenset[str]]:
    """FamPlex family -> member HGNC ids (seeds/lexicons/famplex.tsv, transitive members)."""
    path = lexicon_path("famplex.tsv")
    if not path.exists():
        return {}
    return {
        r["entity_id"]: frozenset(m for m in (r.get("members") or "").split("|") if m)
        for r in _read_rows(path)
    }


@lru_cache(maxsize=1)
def load_symbols() -> dict[str, str]:
    """HGNC id -> approved symbol (seeds/lexicons/hgnc_genes.tsv), to recognise pathways named after a gene."""
    path = lexicon_path("hgnc_genes.tsv")
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if header is None:
                header = parts
                continue
            out[parts[0]] = parts[1]
    return out


def read_gmt(path: str | Path, symbol_to_hgnc: dict[str, str]) -> tuple[PathwaySet, ...]:
    """Pathways from a Reactome GMT file (name, stable id, member symbols), for rebuilding and tests."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        members = frozenset(symbol_to_hgnc[s] for s in parts[2:] if s in symbol_to_hgnc)
        out.append(PathwaySet(_curie(parts[1]), parts[0], members))
    return tuple(out)


def _curie(pid: str) -> str:
    return pid if pid.startswith("REACTOME:") else f"REACTOME:{pid}"


@lru_cache(maxsize=4)
def _index(pathways: tuple[PathwaySet, ...]) -> dict[str, list[PathwaySet]]:
    idx: dict[str, list[PathwaySet]] = {}
    for p in pathways:
        if not _usable(p):
            continue
        for g in p.members:
            idx.setdefault(g, []).append(p)
    return idx


def _usable(p: PathwaySet) -> bool:
    return (
        p.name not in TOP_LEVEL
        and MIN_MEMBERS <= len(p.members) <= MAX_MEMBERS
        and not _DISEASE_VARIANT.search(p.name)
    )


_INTERLEUKIN = re.compile(r"^IL(\d+)[A-Z]?$")


def _named_after(p: PathwaySet, symbol: str | None) -> bool:
    if not symbol:
        return False
    name = p.name.upper()
    if re.search(r"(?<![A-Z0-9])" + re.escape(symbol.upper()) + r"(?![A-Z0-9])", name):
        return True
    stem = re.sub(r"[A-Z]$", "", symbol.upper())
    if len(stem) >= 3 and re.search(r"(?<![A-Z0-9])" + re.escape(stem) + r"(?![0-9])", name):
        return True  # VEGFA -> "Signaling by VEGF"
    m = _INTERLEUKIN.match(symbol.upper())
    return bool(m and re.search(rf"INTERLEUKIN-{m.group(1)}(?!\d)", name))


def _rank(p: PathwaySet, symbol: str | None) -> float:
    score = math.log(len(p.members))
    if _SIGNALLING.search(p.name):
        score -= 0.7
    if _named_after(p, symbol):
        score -= 2.0
    return score


def _best_for_genes(genes: frozenset[str], symbol: str | None, pathways, k: int) -> list[PathwaySet]:
    idx = _index(pathways)
    counts: dict[str, int] = {}
    by_id: dict[str, PathwaySet] = {}
    for g in genes:
        for p in idx.get(g, ()):
            counts[p.pathway_id] = counts.get(p.pathway_id, 0) + 1
            by_id[p.pathway_id] = p
    need = 1 if len(genes) <= 1 else min(2, len(genes))
    need = max(need, math.ceil(len(genes) / 2)) if len(genes) <= 4 else need
    cands = [by_id[pid] for pid, n in counts.items() if n >= need]
    cands.sort(key=lambda p: (_rank(p, symbol), p.pathway_id))
    return cands[:k]


def pathways_for_entities(
    entity_ids: Iterable[str],
    *,
    pathways: Sequence[PathwaySet] | None = None,
    family_members: dict[str, frozenset[str]] | None = None,
    symbols: dict[str, str] | None = None,
    per_entity: int = PER_ENTITY,
) -> tuple[list[dict], list[dict]]:
    """Pathway rows {pathway_id, name, source} and member rows {pathway_id, entity_id}.

    ``entity_ids``: CURIEs; HGNC genes and FPLX families are mapped, other ids are ignored.
    ``symbols``: optional HGNC id -> symbol (entity names), used to favour pathways named after the
    gene. The keyword arguments default to the repository's lexicons.
    """
    pws = tuple(pathways) if pathways is not None else load_pathways()
    fams = family_members if family_members is not None else load_family_members()
    by_id = {p.pathway_id: p for p in pws}
    if symbols is None:
        symbols = load_symbols()
    rows: dict[str, dict] = {}
    members: set[tuple[str, str]] = set()
    for eid in sorted(set(entity_ids)):
        chosen: list[PathwaySet] = []
        if eid.startswith("HGNC:"):
            curated = [by_id[pid] for pid in GENE_PATHWAYS.get(eid, ()) if pid in by_id]
            ranked = _best_for_genes(frozenset([eid]), symbols.get(eid), pws, per_entity)
            chosen = curated + [p for p in ranked if p not in curated][: max(0, per_entity - len(curated))]
        elif eid.startswith("FPLX:"):
            curated = [by_id[pid] for pid in FAMILY_PATHWAYS.get(eid, ()) if pid in by_id]
            genes = fams.get(eid, frozenset())
            extra = (
                _best_for_genes(genes, eid.split(":", 1)[1].split("_")[0], pws, per_entity) if genes else []
            )
            chosen = curated + [p for p in extra if p not in curated][: max(0, per_entity - len(curated))]
        for p in chosen:
            rows[p.pathway_id] = {"pathway_id": p.pathway_id, "name": p.name, "source": SOURCE}
            members.add((p.pathway_id, eid))
    pathway_rows = sorted(rows.values(), key=lambda r: r["pathway_id"])
    member_rows = [{"pathway_id": p, "entity_id": e} for p, e in sorted(members)]
    return pathway_rows, member_rows
