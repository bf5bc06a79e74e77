"""Sequence variants (pipeline/extract/variants.py) and their place among the entity mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import variants
from pipeline.extract.entities import extract_mentions
from pipeline.extract.variants import find_variants, hgvs_name, tmvar_form
from pipeline.lexicons import load_entity_lexicon
from pipeline.sentences import make_article
from pipeline.structured import parse_pubtator_records

BIORED_DEV = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "biored" / "Dev.PubTator"

# Written forms from BioRED abstracts and the tmVar normal form BioRED gives them
WRITTEN = [
    ("in the R215W mutant", "R215W", "p|SUB|R|215|W"),
    ("carriers of p.Gly102Arg were", "p.Gly102Arg", "p|SUB|G|102|R"),
    ("the Arg389Gly polymorphism", "Arg389Gly", "p|SUB|R|389|G"),
    ("a nonsense mutation (Y67X) in", "Y67X", "p|SUB|Y|67|X"),
    ("the p.E947stop change", "p.E947stop", "p|SUB|E|947|X"),
    ("a glycine-594-valine exchange", "glycine-594-valine", "p|SUB|G|594|V"),
    ("an arginine to tryptophan at codon 198 change", "arginine to tryptophan at codon 198", "p|SUB|R|198|W"),
    ("the 192Q/R variant", "192Q/R", "p|SUB|Q|192|R"),
    ("Kras(G12D)-induced tumours", "G12D", "p|SUB|G|12|D"),
    ("a c.643C>T transition", "c.643C>T", "c|SUB|C|643|T"),
    ("the splice site c.1483-1G>C variant", "c.1483-1G>C", "c|SUB|G|1483-1|C"),
    ("mutation IVS3+1G>A in intron 3", "IVS3+1G>A", "c|SUB|G|IVS3+1|A"),
    ("the promoter -107C/T polymorphism", "-107C/T", "c|SUB|C|-107|T"),
    ("the g.3627A>C change", "g.3627A>C", "g|SUB|A|3627|C"),
    ("the polymorphisms +3100 T/G and", "+3100 T/G", "c|SUB|T|+3100|G"),
    ("the C262T variant", "C262T", "c|SUB|C|262|T"),
    ("a c.528delT frameshift", "c.528delT", "c|DEL|528|T"),
    ("the 657del5 founder mutation", "657del5", "c|DEL|657|5"),
    ("c.2113_2114delGG was found", "c.2113_2114delGG", "c|DEL|2113_2114|GG"),
    ("the p.V239del variant", "p.V239del", "p|DEL|239|V"),
    ("and c.1546_1547insC in", "c.1546_1547insC", "c|INS|1546_1547|C"),
    ("a c.899dupC duplication", "c.899dupC", "c|DUP|899|C|"),
    ("the p.G204VfsX17 allele", "p.G204VfsX17", "p|FS|G|204|V|17"),
    ("and R58fs in", "R58fs", "p|FS|R|58||"),
    ("SNP rs2073162-A was", "rs2073162", "rs2073162"),
]


@pytest.mark.parametrize("text,written,tmvar", WRITTEN)
def test_written_variants_get_biored_normal_form(text, written, tmvar):
    found = find_variants(text)
    assert [(v.text, v.tmvar) for v in found] == [(written, tmvar)]
    assert text[found[0].start : found[0].end] == written


@pytest.mark.parametrize("text", [
    "patients with T1D and T2D", "T47D cells and T98G glioma cells", "COVID-19 and H1N1 vaccines",
    "A549 lung cells", "vitamin B12 and the 2nd dose of 5mg", "type 2 diabetes in the 1990s", "CD4+ T cells",
    "the p53 protein", "serine proteases", "on Jan. 5, 2019 at 10am", "the ubiquitin enzyme E2C",
])
def test_names_that_look_like_variants_are_not_variants(text):
    assert find_variants(text) == []


def test_a_variant_written_with_its_dbsnp_id_is_that_id_throughout():
    text = ("The Ser326Cys (rs1052133) polymorphism of OGG1 was typed. Ser326Cys carriers had more "
            "lung cancer than carriers of Arg399Gln.")
    got = [(v.text, v.tmvar) for v in find_variants(text)]
    assert got == [("Ser326Cys", "rs1052133"), ("rs1052133", "rs1052133"), ("Ser326Cys", "rs1052133"),
                   ("Arg399Gln", "p|SUB|R|399|Q")]


def test_hgvs_names_and_ids():
    assert hgvs_name("p|SUB|R|215|W") == "p.R215W"
    assert hgvs_name("c|SUB|C|643|T") == "c.643C>T"
    assert hgvs_name("c|DEL|528|T") == "c.528delT"
    assert hgvs_name("p|FS|G|204|V|17") == "p.G204VfsX17"
    v = find_variants("the R215W change")[0]
    assert (v.entity_id, v.xrefs) == ("hgvs:p.R215W", ("tmvar:p|SUB|R|215|W",))
    v = find_variants("rs6275 and")[0]
    assert (v.entity_id, v.xrefs) == ("dbsnp:rs6275", ())
    # back to BioRED's identifiers, as the scorers compare them
    assert tmvar_form("dbsnp:rs6275", ()) == "rs6275"
    assert tmvar_form("hgvs:p.R215W", ("tmvar:p|SUB|R|215|W",)) == "p|SUB|R|215|W"
    assert tmvar_form("HGNC:1974", ("NCBIGene:1147",)) is None


def test_variants_are_entity_mentions_and_win_over_lexicon_hits_inside_them():
    lex = load_entity_lexicon()
    text = ("The BRAF V600E mutation and the Arg215Trp substitution were found in melanoma. "
            "Carriers of rs113488022 had thicker tumours.")
    mentions, entities = extract_mentions(make_article(text, source_kind="abstract"), lex)
    by_text = {m.text: m.entity_id for m in mentions}
    assert by_text["V600E"] == "hgvs:p.V600E"
    assert by_text["Arg215Trp"] == "hgvs:p.R215W"
    assert by_text["rs113488022"] == "dbsnp:rs113488022"
    assert by_text["BRAF"] == "HGNC:1097"
    assert not any(m.text in ("Arg", "Trp") for m in mentions)  # no amino-acid chemicals inside the variant
    types = {e.entity_id: e.entity_type for e in entities}
    assert types["hgvs:p.V600E"] == types["dbsnp:rs113488022"] == "variant"


@pytest.mark.skipif(not BIORED_DEV.is_file(), reason="shared corpora absent")
def test_windowed_scan_finds_what_a_whole_text_scan_finds_on_biored(monkeypatch):
    records = parse_pubtator_records(BIORED_DEV.read_text(encoding="utf-8"))
    windowed = [find_variants(r.text) for r in records]
    monkeypatch.setattr(variants, "_scan_ranges", lambda text: [(0, len(text))])
    assert windowed == [find_variants(r.text) for r in records]
    # and the recogniser reaches BioRED's variants: spans of most gold mentions, few false spans
    gold = {(i, m.start, m.end) for i, r in enumerate(records) for m in r.mentions if m.type == "SequenceVariant"}
    pred = {(i, v.start, v.end) for i, vs in enumerate(windowed) for v in vs}
    assert len(gold & pred) >= 0.65 * len(gold)
    assert len(pred - gold) <= 0.05 * len(pred)


def test_empty_short_and_long_texts():
    assert find_variants("") == find_variants("R") == find_variants("R2") == []
    long = "x" * 100_000 + " the R215W change"
    assert [(v.start, v.text) for v in find_variants(long)] == [(100_005, "R215W")]
