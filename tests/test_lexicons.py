"""Lexicon files and loaders (seeds/lexicons/, pipeline/lexicons.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import lexicons
from pipeline.lexicons import load_entity_lexicon, load_reactome_pathways, norm_key
from tests.conftest import load_script

LEX_DIR = Path(__file__).resolve().parents[1] / "seeds" / "lexicons"
GENERATED = ["hgnc_genes.tsv", "famplex.tsv", "mesh_diseases.tsv", "mesh_chemicals.tsv", "mesh_gene_synonyms.tsv",
             "mesh_supplementary_diseases.tsv", "mesh_supplementary_chemicals.tsv", "reactome_pathways.tsv",
             "homologene_orthologs.tsv"]


@pytest.fixture(scope="module")
def lex():
    return load_entity_lexicon()


@pytest.mark.parametrize("name", GENERATED + ["curated_entities.tsv", "entity_stoplist.tsv",
                                               "biored_train_synonyms.tsv", "biored_train_organism_genes.tsv",
                                               "biored_train_legacy_mesh.tsv"])
def test_files_have_provenance_headers(name):
    head = (LEX_DIR / name).read_text(encoding="utf-8").splitlines()[:8]
    text = "\n".join(head)
    assert "# source:" in text and "# version:" in text and "# licence:" in text


def test_generated_files_are_sorted_and_tab_separated():
    for name in GENERATED:
        rows = [line.split("\t") for line in (LEX_DIR / name).read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        width = len(rows[0])
        assert all(len(r) == width for r in rows), name
        assert len(rows) > 300, name


def test_gene_record_and_xrefs(lex):
    e = lex.entities["HGNC:1974"]
    assert e.entity_type == "gene" and e.name == "CHUK"
    assert "NCBIGene:1147" in e.xrefs and "UniProt:O15111" in e.xrefs
    assert lex.ncbi_to_hgnc["NCBIGene:1147"] == "HGNC:1974"
    assert len([x for x in lex.entities.values() if x.entity_type == "gene"]) > 40000


def test_types_present(lex):
    types = {e.entity_type for e in lex.entities.values()}
    assert types == {"gene", "protein_family", "disease", "chemical", "cell_type", "species", "process"}
    assert lex.entities["MESH:D009362"].entity_type == "disease"
    assert lex.entities["NCBITaxon:10090"].entity_type == "species"
    assert lex.entities["CL:0000815"].entity_type == "cell_type"
    assert lex.entities["FPLX:IKK_complex"].entity_type == "protein_family"
    assert "HGNC:1974" in lex.family_members["FPLX:IKK_complex"]


@pytest.mark.parametrize(
    "text,entity_id",
    [
        ("IKK-alpha", "HGNC:1974"),
        ("IKKα", "HGNC:1974"),
        ("IL-1alpha", "HGNC:5991"),
        ("interleukin-1 alpha", "HGNC:5991"),
        ("IL1A", "HGNC:5991"),
        ("breast cancer", "MESH:D001943"),
        ("prostate cancer", "MESH:D011471"),
        ("lung cancer", "MESH:D008175"),
        ("metastases", "MESH:D009362"),
        ("mice", "NCBITaxon:10090"),
        ("NF-κB", "FPLX:NFkappaB"),
        ("matrix metalloproteinase 3", "HGNC:7173"),
        # MeSH protein names whose entry term is the gene's approved symbol, which is also another gene's alias
        # (NOS1 of NANOS1, TRAF2 of ...): the symbol decides
        ("neuronal nitric oxide synthase", "HGNC:7872"),
        ("TNF receptor-associated factor 2", "HGNC:12032"),
        ("poly (ADP-ribose) polymerase-1", "HGNC:270"),
        ("inducible NO synthase", "HGNC:7873"),
        ("endothelial nitric oxide synthase", "HGNC:7876"),
    ],
)
def test_term_keys(lex, text, entity_id):
    assert entity_id in {t.entity_id for t in lex.terms[norm_key(text)]}


def test_norm_key_variants():
    assert norm_key("IL-1 alpha") == norm_key("IL1 alpha") == "il1alpha"
    assert norm_key("NF‐κB") == "nfκb"  # unicode hyphen


def test_reactome(lex):
    pw = load_reactome_pathways()
    assert len(pw) > 2000
    by_id = {p.pathway_id: p for p in pw}
    assert all(p.pathway_id.startswith("REACTOME:R-HSA-") for p in pw)
    assert any(m in lex.entities for m in by_id["REACTOME:R-HSA-164843"].members)
    assert all(m.startswith("HGNC:") for p in pw for m in p.members)


@pytest.mark.parametrize("text,entity_id", [
    ("muscular disorder", "MESH:D009135"),  # generated from "Muscular Diseases"
    ("renal disease", "MESH:D007674"),  # curated; "kidney diseases" is the MeSH label
    ("hepatic diseases", "MESH:D008107"),  # organ adjective for "Liver Diseases"
])
def test_generated_disease_variants(lex, text, entity_id):
    assert entity_id in {t.entity_id for t in lex.terms.get(norm_key(text), ())}


@pytest.mark.parametrize("text,entity_id", [
    ("atrioventricular septal defect", "MESH:C562831"),  # supplementary record, no descriptor of its own
    ("AVSD", "MESH:C562831"),
    ("Joubert syndrome", "MESH:C536293"),  # mapped to diseases and to the cerebellum (anatomy)
    ("desmin-related myopathy", "MESH:C563319"),
])
def test_supplementary_disease_records(lex, text, entity_id):
    terms = lex.terms.get(norm_key(text), ())
    assert entity_id in {t.entity_id for t in terms}
    assert lex.entities[entity_id].entity_type == "disease"


def test_supplementary_records_leave_descriptor_and_gene_names_alone(lex):
    # the record of juvenile ALS 2 also lists "ALS2", the gene's symbol; "breast cancer" stays the descriptor's
    assert "MESH:C565957" in lex.entities
    for text in ("ALS2", "breast cancer", "metastasis"):
        assert not [t for t in lex.terms.get(norm_key(text), ()) if t.entity_id.startswith("MESH:C")], text


@pytest.mark.parametrize("text,entity_id", [
    ("temsirolimus", "MESH:C401859"),  # drugs with a supplementary record and no descriptor of their own
    ("asenapine", "MESH:C522667"),
    ("ginsenoside Rg1", "MESH:C035054"),
    ("7-nitroindazole", "MESH:C080122"),
    ("sildenafil", "MESH:D000068677"),  # base name of the salt descriptor "Sildenafil Citrate"
    ("imatinib", "MESH:D000068877"),  # "Imatinib Mesylate"
])
def test_supplementary_chemicals_and_salt_base_names(lex, text, entity_id):
    terms = lex.terms.get(norm_key(text), ())
    assert entity_id in {t.entity_id for t in terms}
    assert lex.entities[entity_id].entity_type == "chemical"


def test_supplementary_chemicals_leave_proteins_words_and_groups_alone(lex):
    # "NPHS2 protein" (podocin) and "cadherin 5" are supplementary records mapped to protein descriptors: genes
    # here; "Pain-Free" (a product) is made of dictionary words; "BeO - Na" would match "be on a"; "Ethyl" is
    # no base name of "Ethyl Mesylate"
    for eid in ("MESH:C407223", "MESH:C094954", "MESH:C121034", "MESH:C434367"):
        assert eid not in lex.entities, eid
    for text in ("podocin", "pain-free", "be on a", "ethyl", "sodium chloride"):
        assert not [t for t in lex.terms.get(norm_key(text), ()) if t.entity_id.startswith("MESH:C")], text
    # the salt base names leave radicals alone: "Ethyl Mesylate" and "Methyl Mesylate" name no "ethyl"/"methyl"
    assert "MESH:D005020" not in {t.entity_id for t in lex.terms.get(norm_key("ethyl"), ())}
    assert "MESH:D008741" not in {t.entity_id for t in lex.terms.get(norm_key("methyl"), ())}


def test_learned_organism_gene_ids(lex):
    # mouse and rat NCBI Gene ids of HGNC genes, learned from BioRED Train (entity, taxon) -> NCBIGene
    assert lex.orthologs[("HGNC:11892", "NCBITaxon:10090")] == "NCBIGene:21926"  # TNF -> mouse Tnf
    assert lex.orthologs[("HGNC:11892", "NCBITaxon:10116")] == "NCBIGene:24835"  # TNF -> rat Tnf
    assert lex.ortholog_taxa == {"NCBITaxon:10090", "NCBITaxon:10116"}
    assert all(x.startswith("NCBIGene:") and x not in lex.ncbi_to_hgnc
               for (eid, tax), x in lex.orthologs.items() if tax != "NCBITaxon:9606")
    # human rows only for families: an HGNC gene's human id is its record's
    assert all(eid.startswith("FPLX:") for eid, tax in lex.orthologs if tax == "NCBITaxon:9606")


def test_retired_mesh_ids_are_cross_references(lex):
    # BioRED grounds olanzapine to the supplementary record MeSH had then; MeSH has a descriptor for it now
    olanzapine = lex.entities["MESH:D000077152"]
    assert olanzapine.name == "Olanzapine" and "MESH:C076029" in olanzapine.xrefs
    assert lexicons.retired_mesh_id(olanzapine) == "MESH:C076029"
    assert "MESH:D000077152" in {t.entity_id for t in lex.terms[norm_key("olanzapine")]}  # the id stays current
    # only retired ids: no current descriptor or record is anyone's cross-reference
    retired = {x for e in lex.entities.values() for x in e.xrefs if lexicons.retired_mesh_id(e) == x}
    assert retired and not retired & set(lex.entities)
    assert lexicons.retired_mesh_id(lex.entities["MESH:D001943"]) is None  # breast neoplasms: never retired
    # a process's MeSH cross-reference is its disease descriptor, not a retired id
    assert all(lexicons.retired_mesh_id(e) is None for e in lex.entities.values() if e.entity_type == "process")


def test_version_is_stable_hash():
    assert len(lexicons.LEXICON_VERSION) == 12
    assert lexicons.compute_version(LEX_DIR) == lexicons.LEXICON_VERSION


REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"


@pytest.mark.skipif(not (REFERENCE / "hgnc_entries.tsv").is_file(), reason="shared reference data absent")
def test_build_is_deterministic_and_matches_committed_files(tmp_path):
    mod = load_script("build_lexicons")
    assert mod.main(["--reference", str(REFERENCE), "--skip-learned", "--out", str(tmp_path)]) == 0
    # The supplementary chemicals are filtered by an English word list from the system (Debian's wamerican); without
    # it the build leaves that file alone, so it is compared only when the list is here.
    with_dictionary = mod.DICTIONARY.is_file()
    built = [n for n in GENERATED if with_dictionary or n != "mesh_supplementary_chemicals.tsv"]
    assert not with_dictionary or (tmp_path / "mesh_supplementary_chemicals.tsv").is_file()
    for name in built:
        assert (tmp_path / name).read_bytes() == (LEX_DIR / name).read_bytes(), name


def test_lexicon_pickles_for_process_pools(lex):
    import pickle

    from pipeline.extract.entities import extract_mentions
    from pipeline.sentences import make_article

    clone = pickle.loads(pickle.dumps(lex))
    art = make_article("Levels of IL-6 and MMP3 rose in mice.")
    assert extract_mentions(art, clone) == extract_mentions(art, lex)
