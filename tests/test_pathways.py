"""Pathway mapping: specific Reactome signalling pathways for genes and FamPlex families."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import pathways as pw

GMT = Path(__file__).resolve().parents[2] / "shared" / "reference" / "ReactomePathways_2024-09-18.gmt"
HGNC = GMT.with_name("hgnc_entries.tsv")

CHUK, SERPINB5, TNFSF11, IL1A, IL6, VEGFA, CXCL1 = (
    "HGNC:1974",
    "HGNC:8949",
    "HGNC:11926",
    "HGNC:5991",
    "HGNC:6018",
    "HGNC:12680",
    "HGNC:4602",
)


@pytest.fixture(scope="module")
def reactome():
    """The repository lexicon when present, else the shared GMT (tests only)."""
    got = pw.load_pathways()
    if got:
        return got
    if not (GMT.exists() and HGNC.exists()):
        pytest.skip("no Reactome lexicon and no shared GMT")
    sym = {}
    for line in HGNC.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        sym[parts[1]] = parts[0]
    return pw.read_gmt(GMT, sym)


def names_for(reactome, eid, **kw):
    rows, members = pw.pathways_for_entities([eid], pathways=reactome, **kw)
    by_id = {r["pathway_id"]: r["name"] for r in rows}
    return [by_id[m["pathway_id"]] for m in members if m["entity_id"] == eid]


def test_rankl_lands_in_nf_kappab_signalling_not_only_immune_system(reactome):
    names = names_for(reactome, TNFSF11)
    assert any("NF-kB" in n for n in names), names
    assert "Immune System" not in names
    assert "Cytokine Signaling in Immune system" not in names


def test_top_level_and_oversized_pathways_are_never_returned(reactome):
    rows, _ = pw.pathways_for_entities([CHUK, IL1A, IL6, VEGFA, CXCL1, TNFSF11], pathways=reactome)
    assert rows
    for r in rows:
        assert r["name"] not in pw.TOP_LEVEL
        assert r["source"] == "Reactome" and r["pathway_id"].startswith("REACTOME:R-HSA-")
    sizes = {p.pathway_id: len(p.members) for p in reactome}
    assert all(sizes[r["pathway_id"]] <= pw.MAX_MEMBERS for r in rows)


def test_gene_named_pathways_are_preferred(reactome):
    assert "Interleukin-6 signaling" in names_for(reactome, IL6, symbols={IL6: "IL6"})
    assert "Interleukin-1 signaling" in names_for(reactome, IL1A, symbols={IL1A: "IL1A"})
    assert any("VEGF" in n for n in names_for(reactome, VEGFA, symbols={VEGFA: "VEGFA"}))


def test_ikk_alpha_gene_and_family_map_to_nf_kappab(reactome):
    assert "Regulation of NF-kappa B signaling" in names_for(reactome, CHUK)
    fams = {"FPLX:IKK_complex": frozenset({CHUK, "HGNC:5960", "HGNC:5961"})}
    names = names_for(reactome, "FPLX:IKK_complex", family_members=fams)
    assert "Regulation of NF-kappa B signaling" in names


def test_family_expanded_through_members_without_curation(reactome):
    fams = {"FPLX:CXCL_test": frozenset({CXCL1, "HGNC:4603"})}
    names = names_for(reactome, "FPLX:CXCL_test", family_members=fams)
    assert "Chemokine receptors bind chemokines" in names


def test_non_gene_ids_and_unknown_genes_give_no_rows(reactome):
    rows, members = pw.pathways_for_entities(
        ["MESH:D009362", "NCBITaxon:10090", "CHEBI:1234", SERPINB5], pathways=reactome
    )
    assert rows == [] and members == []


def test_output_is_sorted_and_deduplicated(reactome):
    rows, members = pw.pathways_for_entities([IL6, IL6, IL1A], pathways=reactome)
    ids = [r["pathway_id"] for r in rows]
    assert ids == sorted(set(ids))
    assert len(members) == len({(m["pathway_id"], m["entity_id"]) for m in members})
    assert {m["pathway_id"] for m in members} == set(ids)
    assert len([m for m in members if m["entity_id"] == IL6]) <= pw.PER_ENTITY


def test_default_lexicon_loads_from_repository_only():
    # Runtime reads only seeds/lexicons (may be absent on a fresh checkout: then nothing is mapped).
    rows, _ = pw.pathways_for_entities([TNFSF11])
    if pw.load_pathways():
        assert rows
    else:
        assert rows == []
