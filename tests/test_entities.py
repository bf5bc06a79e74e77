"""Entity recognition and grounding (pipeline/extract/entities.py) on real sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import entities
from pipeline.extract.entities import VERSION, extract_mentions, extract_mentions_batch
from pipeline.lexicons import NAME, load_entity_lexicon, norm_key
from pipeline.sentences import make_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "documents"
HEALTHSTORY = ROOT.parent / "shared" / "corpora" / "healthstory"


@pytest.fixture(scope="module")
def lex():
    return load_entity_lexicon()


def grounded(text: str, lex) -> list[tuple[str, str]]:
    art = make_article(text)
    mentions, entities = extract_mentions(art, lex)
    ids = {e.entity_id for e in entities}
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text  # offsets exact
        assert m.entity_id in ids
        assert art.sentences[m.sentence_index].start <= m.start_char < art.sentences[m.sentence_index].end
    return [(m.text, m.entity_id) for m in mentions]


# Sentences copied verbatim from seeds/documents/*.txt
SEED_SENTENCES = [
    (("Michael Karin, PhD, and colleagues suspected that a chemical signal, called IKK-alpha, plays a role in "
      "prostate cancer."), {"IKK-alpha": "HGNC:1974", "prostate cancer": "MESH:D011471"}),
    (("The signal, they discovered, turns off a gene that makes a protein called maspin. Maspin keeps tumor "
      "cells from spreading through the body, a process called metastasis."),
     {"maspin": "HGNC:8949", "Maspin": "HGNC:8949", "metastasis": "MESH:D009362"}),
    (("The researchers found that mice with breast cancer were more likely to develop metastatic lung cancer "
      "due to elevated levels of RANKL, an inflammatory protein normally involved in bone remodeling."),
     # after "mice with breast cancer", "metastatic lung cancer" is the breast cancer's spread to the lung
     {"mice": "NCBITaxon:10090", "breast cancer": "MESH:D001943", "metastatic lung cancer": "MESH:D009362",
      "RANKL": "HGNC:11926"}),
    (("The researchers found that mice with breast cancer were more likely to develop metastatic lung cancer "
      "due to elevated levels of RANKL, an inflammatory protein normally involved in bone remodeling. "
      "Regulatory T cells were found to be the primary source of RANKL in these tumors."),
     {"Regulatory T cells": "CL:0000815", "RANKL": "HGNC:11926"}),
    (("In this report, we show that the breast cancer cell-derived interleukin-1alpha (IL-1alpha) plays an "
      "important role in expression of pro-metastatic genes in cancer as well as in stromal cells. Neutralizing "
      "antibody against IL-1alpha inhibited IL-6, and IL-8 expression in IL-1alpha-expressing cancer cells. In "
      "addition, this antibody also prevented induction of IL-6, IL-8, and matrix metalloproteinase 3 (MMP3) but "
      "not vascular endothelial growth factor (VEGF) in fibroblasts by conditioned medium (CM) from "
      "IL-1alpha-expressing breast cancer cells."),
     {"IL-1alpha": "HGNC:5991", "interleukin-1alpha": "HGNC:5991", "IL-6": "HGNC:6018", "IL-8": "HGNC:6025",
      "matrix metalloproteinase 3": "HGNC:7173", "MMP3": "HGNC:7173", "VEGF": "HGNC:12680",
      "vascular endothelial growth factor": "HGNC:12680", "fibroblasts": "CL:0000057",
      "stromal cells": "CL:0000499"}),
    (("As they were analyzing the genes involved in metastasis, the researchers learned that two of them are "
      "genes called *CXCL1* and *CXCL2*, which were already known to participate in inflammation"),
     {"CXCL1": "HGNC:4602", "CXCL2": "HGNC:4603", "metastasis": "MESH:D009362", "inflammation": "GO:0006954"}),
]


@pytest.mark.parametrize("sentence,expected", SEED_SENTENCES)
def test_seed_groundings(lex, sentence, expected):
    got = grounded(sentence, lex)
    got_map: dict[str, set[str]] = {}
    for text, eid in got:
        got_map.setdefault(text, set()).add(eid)
    for text, eid in expected.items():
        assert eid in got_map.get(text, set()), (text, eid, got)


def test_seed_sentences_are_real():
    raw = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    raw = re.sub(r"\s+", " ", raw)
    for sentence, _ in SEED_SENTENCES:
        assert sentence[:60] in raw


@pytest.mark.parametrize(
    "text,entity_id",
    [
        ("Levels of IL-1α were high.", "HGNC:5991"),
        ("Levels of IL1A were high.", "HGNC:5991"),
        ("Levels of interleukin-1 alpha were high.", "HGNC:5991"),
        ("Levels of IL-1 alpha were high.", "HGNC:5991"),
        ("IKKα phosphorylates substrates.", "HGNC:1974"),
        ("Activation of NF-κB was seen.", "FPLX:NFkappaB"),
        ("Activation of NF-kappaB was seen.", "FPLX:NFkappaB"),
        ("TNF-α was secreted.", "HGNC:11892"),
        ("TNF-alpha was secreted.", "HGNC:11892"),
        ("Levels of MMPs rose in the matrix.", "FPLX:MMP"),
        ("VEGF's role in angiogenesis: VEGF expression rose.", "HGNC:12680"),
        ("Loss of p53 was observed.", "HGNC:11998"),
        ("Breast cancers were studied.", "MESH:D001943"),
        ("Metastatic spread to the bone.", "MESH:D009362"),
        ("Hormone replacement therapy raises the risk.", "MESH:D020249"),
        ("The mouse was treated.", "NCBITaxon:10090"),
        ("Mice were treated.", "NCBITaxon:10090"),
    ],
)
def test_variant_spellings(lex, text, entity_id):
    assert entity_id in {eid for _, eid in grounded(text, lex)}


@pytest.mark.parametrize(
    "text,span,entity_id",
    [
        ("Control was achieved with sodium valproate in most patients.", "sodium valproate", "MESH:D014635"),
        # a salt name the lexicon holds as a compound is that compound, not the chloride of calcium
        ("Arteries were exposed to calcium chloride.", "calcium chloride", "MESH:D002122"),
        # the kinase head belongs to the name; BioRED Train grounds "p38 MAPK" to MAPK14 (a learned synonym)
        ("Activation of the p38 MAPK pathway was seen.", "p38 MAPK", "HGNC:6876"),
        ("Activation of p38 was seen.", "p38", "FPLX:p38"),
        ("Drugs known as RANK ligand inhibitors were given.", "RANK ligand", "HGNC:11926"),
        ("Expression of c-Myc rose.", "c-Myc", "HGNC:7553"),
        ("Multiple endocrine neoplasia type 1 (MEN1) is rare. Exons of the MEN1 gene were sequenced.",
         "MEN1", "HGNC:7010"),
        ("Levels of Epo-R mRNA were measured.", "Epo-R", "HGNC:3416"),
        ("Growth of human cancer cells was slowed.", "cancer", "MESH:D009369"),
        ("The ligand-binding domain of the glucocorticoid receptor (GR) and of the GR alpha isoform.",
         "GR alpha", "HGNC:7978"),
    ],
)
def test_names_completed_or_regrounded(lex, text, span, entity_id):
    assert (span, entity_id) in grounded(text, lex)


@pytest.mark.parametrize(
    "text,span,entity_id",
    [
        # an organism's infection is the organism's infectious disease, as BioRED grounds it
        ("HBV infected subjects were enrolled.", "HBV infected", "MESH:D006509"),
        ("HPV infection is common.", "HPV infection", "MESH:D030361"),
        ("Persistent infection with certain strains of HPV leads to cervical cancer.",
         "infection with certain strains of HPV", "MESH:D030361"),
    ],
)
def test_an_organisms_infection_is_its_disease(lex, text, span, entity_id):
    assert (span, entity_id) in grounded(text, lex)


def test_dashes_and_dates_do_not_join_words(lex):
    got = grounded("Prostate cancer -- spread was seen on March 1 and per 1 in 5 patients.", lex)
    assert [t for t, _ in got if "--" in t or t.startswith(("March", "per"))] == []


def test_longest_match_wins(lex):
    got = grounded("Patients with metastatic breast cancer and lung cancer.", lex)
    texts = [t for t, _ in got]
    assert "breast cancer" in texts and "lung cancer" in texts
    assert "cancer" not in texts


def test_abbreviation_defined_in_text(lex):
    text = ("We measured body mass index (BMI) and hepatocellular carcinoma (HCC) risk. "
            "BMI was higher in HCC cases.")
    got = grounded(text, lex)
    hcc = [eid for t, eid in got if t == "HCC"]
    assert len(hcc) == 2 and set(hcc) == {"MESH:D006528"}
    # body mass index is an outcome measure, matched outside abstracts only (seeds/lexicons/mesh_measures.tsv)
    assert [eid for t, eid in got if t == "BMI"] == ["MESH:D015992"] * 2
    art = make_article(text, source_kind="abstract")
    assert not [m for m in extract_mentions(art, lex)[0] if m.text in ("BMI", "body mass index")]


def test_abbreviation_resolves_gene(lex):
    text = "The inhibitor of apoptosis protein survivin (BIRC5) was high. BIRC5 expression fell."
    got = grounded(text, lex)
    assert [eid for t, eid in got if t == "BIRC5"] == ["HGNC:593", "HGNC:593"]


def test_abbreviation_naming_one_family_member(lex):
    # the long form matches the family, the short form is a name of one member: both mean the member
    text = "Liver fatty acid binding protein (L-FABP) rose. Urinary L-FABP predicted damage."
    got = grounded(text, lex)
    assert {eid for t, eid in got if "FABP" in t.upper() or "binding protein" in t} == {"HGNC:3555"}


@pytest.mark.parametrize(
    "text",
    [
        "We met at the conference and set out to find the cat.",
        "The IMPACT of the AIM study can not be overstated, was it?",
        "Sign Up | Font Size | Get Started | Second Opinion | Get Answers",
        "Part II of the trial. Part IV was cancelled. A B C D.",
        "It was a CAT scan and a SET of tests; he is ALL in on the plan.",
        "Cells were counted in each well, per cell type, at 5 mg/kg.",
    ],
)
def test_english_words_are_not_genes(lex, text):
    art = make_article(text)
    mentions, entities = extract_mentions(art, lex)
    genes = [e.entity_id for e in entities if e.entity_type in ("gene", "protein_family")]
    assert genes == [], [(m.text, m.entity_id) for m in mentions]


def test_gene_context_accepts_ambiguous_symbol(lex):
    got = grounded("Expression of the MET gene and MET protein was increased.", lex)
    assert [eid for t, eid in got if t == "MET"] == ["HGNC:7029", "HGNC:7029"]


def test_no_false_gene_mentions_in_seed_documents(lex):
    wanted = {"HGNC:1974", "HGNC:8949", "HGNC:11926", "HGNC:5991", "HGNC:6018", "HGNC:6025", "HGNC:7173",
              "HGNC:12680", "HGNC:4602", "HGNC:4603"}
    for p in sorted(SEEDS.glob("*.txt")):
        art = make_article(p.read_text(encoding="utf-8"))
        mentions, entities = extract_mentions(art, lex)
        etype = {e.entity_id: e.entity_type for e in entities}
        bad = [(m.text, m.entity_id) for m in mentions if etype[m.entity_id] == "gene" and m.entity_id not in wanted]
        assert bad == [], (p.name, bad)


def test_cleaned_seed_documents_give_exactly_the_expected_genes(lex):
    """End to end with the project's cleaner: the seed articles name these genes and no others."""
    clean = pytest.importorskip("pipeline.clean")
    wanted = {"HGNC:1974", "HGNC:8949", "HGNC:11926", "HGNC:5991", "HGNC:6018", "HGNC:6025", "HGNC:7173",
              "HGNC:12680", "HGNC:4602", "HGNC:4603"}
    found: set[str] = set()
    for p in sorted(SEEDS.glob("*.txt")):
        cleaned = clean.clean_document(p.read_text(encoding="utf-8"))
        art = make_article(cleaned.body, source_kind="news")
        mentions, entities = extract_mentions(art, lex)
        etype = {e.entity_id: e.entity_type for e in entities}
        found |= {m.entity_id for m in mentions if etype[m.entity_id] == "gene"}
    assert found == wanted


def _english_words(lex) -> frozenset[str]:
    return lex.english


@pytest.mark.skipif(not HEALTHSTORY.is_dir(), reason="shared corpora absent")
def test_healthstory_sample_has_no_english_word_genes(lex):
    files = sorted(HEALTHSTORY.glob("*.txt"))[::10]
    assert len(files) > 100
    bad = []
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        art = make_article(text)
        mentions, entities = extract_mentions(art, lex)
        etype = {e.entity_id: e.entity_type for e in entities}
        for m in mentions:
            if etype[m.entity_id] not in ("gene", "protein_family"):
                continue
            assert text[m.start_char : m.end_char] == m.text
            w = m.text.lower()
            if any(t.entity_id == m.entity_id and t.rank == NAME for t in lex.terms.get(norm_key(m.text), ())):
                continue  # the approved name or symbol itself ("insulin")
            if (w in lex.english or w.rstrip("s") in lex.english) and not re.match(
                r"[\s\-]*(gene|genes|protein|proteins|mRNA|expression|levels?)\b", text[m.end_char :]
            ):
                bad.append((p.name, m.text, m.entity_id))
    assert bad == []


def test_batch_gives_the_same_mentions_as_one_article_at_a_time(lex, monkeypatch):
    """The pipeline's call joins many bodies for one look-up; nothing may leak across a body's ends."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if HEALTHSTORY.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(HEALTHSTORY.glob("*.txt"))[:60]]
    # bodies that end and start inside a name ("tumor" + "necrosis factor"), an empty one, a plural "s" alone
    texts += ["Levels of tumor", "necrosis factor rose; TNF-alpha and IL-6.", "", "s", "Cells made MMP3",
              "s and VEGF.", "IL-1\x00alpha and IL-6",
              "Emoji \U0001F600 before IL-6; \u0130stanbul cohort, TNF-\u03b1 and NF-\u03baB rose."]  # astral; "İ" lowercases to 2
    arts = [make_article(t, source_kind="abstract" if i % 3 == 0 else "news") for i, t in enumerate(texts)]
    one_by_one = [extract_mentions(a, lex) for a in arts]
    # enough mentions to mean something: 283 in the seeds alone, thousands with the news stories
    assert sum(len(m) for m, _ in one_by_one) > (500 if HEALTHSTORY.is_dir() else 200)
    assert list(extract_mentions_batch(arts, lex)) == one_by_one
    monkeypatch.setattr(entities, "_BATCH_CHARS", 3000)  # many batches, one article larger than a batch
    assert list(extract_mentions_batch(arts, lex)) == one_by_one
    # the look-up itself: "tumor necrosis factor" is a key, but not across two bodies
    joined = entities._DOC_BREAK.join(["Levels of tumor", "necrosis factor rose"])
    assert [h[:2] for h in entities._raw_hits(joined, lex) if h[0] < 15 < h[1]] == []
    assert (10, 31) in [h[:2] for h in entities._raw_hits("Levels of tumor necrosis factor rose", lex)]


def test_dict_look_up_finds_the_same_hits_as_the_automaton(lex, monkeypatch):
    """A process with a few documents to do matches the long keys by dict look-ups instead of building the
    automaton (entities.LOOKUP_MAX_CHARS): the hits, their order and so the mentions must be the same."""
    releases = sorted((ROOT / "tests" / "data" / "written_releases").glob("set4*/*.txt"))[:150]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + releases]
    texts += ["Levels of tumors rose", "s", "", "IL-1\x00alpha and tumor necrosis factors",
              "Emoji \U0001F600 before IL-6; \u0130stanbul cohort, TNF-\u03b1 and NF-\u03baB rose."]
    arts = [make_article(t, source_kind="abstract" if i % 3 == 0 else "news") for i, t in enumerate(texts)]
    _ = lex.automaton
    by_automaton = [entities._raw_hits(a.body, lex) for a in arts]
    mentions = [extract_mentions(a, lex) for a in arts]
    assert sum(map(len, by_automaton)) > 5000
    monkeypatch.setattr(lex, "_automaton", None)  # restored after the test: other tests share the lexicon
    monkeypatch.setattr(lex, "looked_up_chars", 0)
    monkeypatch.setattr(entities, "LOOKUP_MAX_CHARS", 10**9)
    assert [entities._raw_hits(a.body, lex) for a in arts] == by_automaton
    assert [extract_mentions(a, lex) for a in arts] == mentions
    assert lex._automaton is None and lex.looked_up_chars > 500_000  # it did take the look-up path
    # past the budget the automaton is built, and the hits do not change
    monkeypatch.setattr(entities, "LOOKUP_MAX_CHARS", 0)
    assert entities._raw_hits(arts[0].body, lex) == by_automaton[0] and lex._automaton is not None


# Strings from the news corpus that once came out as genes: organisations, media, tests, names, dates.
NOT_GENES = {
    "CBS", "JAMA", "NHS", "MSN", "AFP", "STAT", "PLC", "ACC", "ACS", "ACR", "OTC", "CPAP", "LARC", "CCTA",
    "CAD", "CT", "Paul", "Salvador", "Wyatt", "Tara", "Mona", "Maestro", "Sage", "Gad", "Fox", "grin",
    "notch", "flower", "flowers", "fruitless", "solos", "PRESS", "MSc", "ScD", "D-Md", "Wait 1", "And 1",
    "per 1", "or 10", "or 5", "At 3", "March 1", "March 6", "AD", "iCAD", "B12", "CAR-T",
}


@pytest.mark.skipif(not HEALTHSTORY.is_dir(), reason="shared corpora absent")
def test_healthstory_no_known_false_genes(lex):
    seen = []
    for p in sorted(HEALTHSTORY.glob("*.txt")):
        art = make_article(p.read_text(encoding="utf-8", errors="replace"), source_kind="news")
        mentions, entities = extract_mentions(art, lex)
        etype = {e.entity_id: e.entity_type for e in entities}
        seen += [(p.name, m.text, m.entity_id) for m in mentions
                 if etype[m.entity_id] in ("gene", "protein_family") and m.text in NOT_GENES]
        assert not [m for m in mentions if re.fullmatch(r"(January|February|March|April|May|June|July|August|"
                                                        r"September|October|November|December) \d+", m.text)]
    assert seen == []


def _gene_organisms(text: str, lex) -> list[tuple[str, str, str | None, str | None]]:
    art = make_article(text, source_kind="abstract")
    mentions, entities = extract_mentions(art, lex)
    etype = {e.entity_id: e.entity_type for e in entities}
    for m in mentions:
        if etype[m.entity_id] not in ("gene", "protein_family"):
            assert m.organism is None and m.organism_xref is None
    return [(m.text, m.entity_id, m.organism, m.organism_xref) for m in mentions
            if etype[m.entity_id] in ("gene", "protein_family")]


def test_genes_of_a_mouse_study_take_the_mouse_gene_ids(lex):
    text = ("TNF-alpha deficiency protects mice from colitis. TNF-alpha knockout mice and wild-type mice received "
            "dextran sulfate; IL-6 levels rose in the colon of wild-type mice only.")
    got = _gene_organisms(text, lex)
    # entity_id stays the HGNC id; organism and the mouse NCBI Gene id (learned from BioRED Train) are added
    assert ("TNF-alpha", "HGNC:11892", "NCBITaxon:10090", "NCBIGene:21926") in got
    assert ("IL-6", "HGNC:6018", "NCBITaxon:10090", "NCBIGene:16193") in got


def test_mouse_genes_never_seen_in_biored_take_their_homologene_id(lex):
    # IKK-alpha (CHUK) has no learned mouse id; HomoloGene gives mouse Chuk, NCBI Gene 12675
    assert ("FPLX:IKK_alpha", "NCBITaxon:10090") not in lex.orthologs
    assert ("HGNC:1974", "NCBITaxon:10090") in lex.orthologs
    got = _gene_organisms("IKK-alpha represses maspin in mouse prostate tumours; IKK-alpha mutant mice lived "
                          "longer.", lex)
    assert ("IKK-alpha", "HGNC:1974", "NCBITaxon:10090", "NCBIGene:12675") in got


def test_genes_written_in_mouse_nomenclature_are_mouse_genes_when_mice_are_named(lex):
    text = ("Patients with gastric cancer and healthy people were compared; in mouse embryonic stem cells, Gata6 "
            "and Sox2 were measured. SOX2 was higher in the patients' tumours.")
    got = _gene_organisms(text, lex)
    assert ("Gata6", "HGNC:4174", "NCBITaxon:10090", "NCBIGene:14465") in got
    assert ("Sox2", "HGNC:11195", "NCBITaxon:10090", "NCBIGene:20674") in got
    assert ("SOX2", "HGNC:11195", "NCBITaxon:9606", "NCBIGene:6657") in got  # human style: the study's organism
    # without a model organism in the text, the case of a symbol decides nothing
    assert {o for _, _, o, _ in _gene_organisms("Gata6 and Sox2 were higher in the patients.", lex)} == {
        "NCBITaxon:9606"}
    # a mixed-case name that is not the mouse gene's symbol ("Akt", mouse Akt1) is written so for human AKT1 as
    # often (BioRED Dev 27491646: human glioma cells, mouse neurons as the control)
    got = _gene_organisms("Gartanin suppresses Akt signalling in human glioma cells but not in mouse neuronal cells.",
                          lex)
    assert ("Akt", "HGNC:391", "NCBITaxon:9606", "NCBIGene:207") in got, got


def test_genes_in_mouse_nomenclature_without_any_species_are_mouse_genes(lex):
    text = ("Knockdown embryos fail to specify lineages: Eomes and Sox2 are reduced, while Nanog, Gata6 and Fgf4 "
            "are expressed where they should not be.")
    got = {t: (o, x) for t, _, o, x in _gene_organisms(text, lex)}
    assert got["Sox2"] == ("NCBITaxon:10090", "NCBIGene:20674")
    assert got["Gata6"] == ("NCBITaxon:10090", "NCBIGene:14465")
    # two such names are not enough, and people named make the study human
    assert {o for _, _, o, _ in _gene_organisms("Sox2 and Gata6 were reduced.", lex)} == {"NCBITaxon:9606"}
    assert {o for _, _, o, _ in _gene_organisms("In patients, " + text, lex)} == {"NCBITaxon:9606"}


def test_diseases_named_the_other_way_round(lex):
    art = make_article("Patients had loss of hearing, and damage to the liver followed in two.", source_kind="news")
    got = {(m.text, m.entity_id) for m in extract_mentions(art, lex)[0]}
    assert ("loss of hearing", "MESH:D034381") in got  # Hearing Loss
    assert ("damage to the liver", "MESH:D056486") in got  # Chemical and Drug Induced Liver Injury


def test_a_chemical_short_form_stays_the_chemical_before_production(lex):
    text = ("Maleate induced reactive oxygen species (ROS) production in cells. The protection was associated to "
            "the prevention of ROS production.")
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article(text, source_kind="abstract"), lex)[0]]
    assert got.count(("ROS", "MESH:D017382")) == 2 and not [x for x in got if x[1].startswith("HGNC:")]


def test_many_genes_in_mouse_nomenclature_make_the_named_model_organism_the_study_organism(lex):
    text = ("Cardiomyopathy is a fatal complication in patients with diabetes. In diabetic rats, high glucose "
            "lowered Mfn1, Mfn2 and Sirt3, raised Fis1 and Sod2, and raised TNF-alpha.")
    got = {t: o for t, _, o, _ in _gene_organisms(text, lex)}
    assert got["TNF-alpha"] == got["Mfn2"] == "NCBITaxon:10116"


def test_a_disease_short_form_names_the_gene_before_protein(lex):
    text = ("Boys with Wiskott-Aldrich syndrome (WAS) lack a working gene. Stem cells now make WAS protein, and the "
            "children had fewer bleeds.")
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert ("WAS", "MESH:D014923") in got and ("WAS", "HGNC:12731") in got


def test_a_sentence_that_names_one_organism_decides_for_its_genes(lex):
    text = ("Serum TNF-alpha was higher in patients with sepsis than in healthy people, and patients with the highest "
            "TNF-alpha died more often. In mice given endotoxin, TNF-alpha rose within an hour.")
    got = [(o, x) for t, _, o, x in _gene_organisms(text, lex) if t == "TNF-alpha"]
    assert got == [("NCBITaxon:9606", "NCBIGene:7124")] * 2 + [("NCBITaxon:10090", "NCBIGene:21926")]


def test_genes_default_to_human(lex):
    got = _gene_organisms("Serum IL-6 and TNF-alpha were higher in patients with sepsis.", lex)
    assert ("IL-6", "HGNC:6018", "NCBITaxon:9606", "NCBIGene:3569") in got
    assert ("TNF-alpha", "HGNC:11892", "NCBITaxon:9606", "NCBIGene:7124") in got


def test_xenograft_in_mice_keeps_human_genes(lex):
    text = ("AKT1 drives growth of human breast cancer cells. AKT1 knockdown slowed MCF-7 cancer cells in vitro "
            "and xenograft tumours in nude mice; the mice lost no weight and mice survived longer.")
    got = _gene_organisms(text, lex)
    assert {(t, o) for t, _, o, _ in got} == {("AKT1", "NCBITaxon:9606")}


def test_organism_word_before_a_gene_decides(lex):
    text = "Rats were given human IL-6 or saline; rat IL-6 and TNF-alpha were measured in rats."
    got = {t + "@" + str(o): x for t, _, o, x in _gene_organisms(text, lex)}
    assert got["IL-6@NCBITaxon:9606"] == "NCBIGene:3569"
    assert got["IL-6@NCBITaxon:10116"] == "NCBIGene:24498"
    assert got["TNF-alpha@NCBITaxon:10116"] == "NCBIGene:24835"


def test_family_name_takes_the_gene_biored_grounds_it_to(lex):
    got = _gene_organisms("NF-kappaB activation was measured in patients with asthma.", lex)
    assert ("NF-kappaB", "FPLX:NFkappaB", "NCBITaxon:9606", "NCBIGene:4790") in got


def test_version_constant():
    assert VERSION.isdigit()


def test_coordinated_disease_modifiers_share_the_head(lex):
    text = "Loss of the gene is common in colorectal, breast and head and neck cancers."
    mentions, _ = extract_mentions(make_article(text, source_kind="abstract"), lex)
    whole = {m.entity_id for m in mentions if m.text == "colorectal, breast and head and neck cancers"}
    assert whole == {"MESH:D015179", "MESH:D001943", "MESH:D006258"}


def test_organ_neoplasm_head_nouns(lex):
    for text, mesh in (("gastric adenocarcinoma", "MESH:D013274"), ("pituitary adenomas", "MESH:D010911")):
        mentions, _ = extract_mentions(make_article(f"Patients with {text} were studied.", source_kind="abstract"), lex)
        assert [(m.text, m.entity_id) for m in mentions if m.entity_id.startswith("MESH:")] == [(text, mesh)]


def test_mesh_descriptors_newer_than_the_training_annotations_are_not_output(lex):
    # D000084462 (Hyperthermia, MeSH 2023) is newer than any descriptor BioRED Train uses (entity_stoplist '*')
    assert ("*", "MESH:D000084462") in lex.stoplist
    mentions, _ = extract_mentions(make_article("Hyperthermia and ischemic stroke in rats.", source_kind="abstract"),
                                   lex)
    assert not {m.entity_id for m in mentions} & {"MESH:D000084462", "MESH:D000083242"}


def test_adjectives_of_disease_names(lex):
    mentions, _ = extract_mentions(make_article("Thrombotic events in cirrhotic patients.", source_kind="abstract"),
                                   lex)
    assert {(m.text, m.entity_id) for m in mentions} >= {("Thrombotic", "MESH:D013927")}
    # "-enia", "-iasis", "-axia", "-exia", "-egia" names ("schizophrenia" -> "schizophrenic"; entities 51)
    text = "Schizophrenic, psoriatic, dyslexic, anorexic and paraplegic patients were studied."
    mentions, _ = extract_mentions(make_article(text, source_kind="abstract"), lex)
    assert {(m.text, m.entity_id) for m in mentions} >= {
        ("Schizophrenic", "MESH:D012559"), ("psoriatic", "MESH:D011565"), ("dyslexic", "MESH:D004410"),
        ("anorexic", "MESH:D000855"), ("paraplegic", "MESH:D010264")}
    # "hypotonic" stays a property of a solution ("-onia" is not turned into "-onic")
    mentions, _ = extract_mentions(make_article("Cells swelled in hypotonic buffer.", source_kind="abstract"), lex)
    assert not [m for m in mentions if m.text == "hypotonic"]


def test_organ_abnormalities_are_the_organ_diseases(lex):
    mentions, _ = extract_mentions(make_article("Patients had joint abnormalities.", source_kind="abstract"), lex)
    assert [(m.text, m.entity_id) for m in mentions if m.entity_id.startswith("MESH:")] == [
        ("joint abnormalities", "MESH:D007592")]


def test_laboratory_strains_and_mouse_genetics_name_the_mouse(lex):
    # no organism named; BioRED Train 24743235 and 24632946 ground these genes to mouse ids
    text = ("CSF-1 promoted IL-3-driven CD11c+ cell expansion from C57BL/6 bone marrow. We deleted b-catenin with "
            "Shh(CreERT2); b-catenin(flox/flox) mutants lost IL-3 responses.")
    got = {t: (o, x) for t, _, o, x in _gene_organisms(text, lex)}
    assert got["CSF-1"] == ("NCBITaxon:10090", "NCBIGene:12977")
    assert got["IL-3"][0] == "NCBITaxon:10090"


def test_strain_cues_do_not_override_a_xenograft(lex):
    text = "AKT1 knockdown slowed MCF-7 tumours grown as xenografts in BALB/c nude mice."
    assert {o for _, _, o, _ in _gene_organisms(text, lex)} == {"NCBITaxon:9606"}


def test_enumerated_gene_names_give_every_member_over_the_whole_span(lex):
    text = ("Phosphorylation of ERK1/2 and Smad1/5/8 rose in patients, as did cyclin D1 and D2 and filamin A, B and C. "
            "Cells were given IL-6 and 8 h later lysed.")
    got = grounded(text, lex)
    assert ("ERK1/2", "HGNC:6877") in got and ("ERK1/2", "HGNC:6871") in got  # MAPK3, MAPK1
    assert {i for t, i in got if t == "Smad1/5/8"} == {"HGNC:6767", "HGNC:6771", "HGNC:6774"}  # SMAD1, 5, 9
    assert {i for t, i in got if t == "cyclin D1 and D2"} == {"HGNC:1582", "HGNC:1583"}
    assert {i for t, i in got if t == "filamin A, B and C"} == {"HGNC:3754", "HGNC:3755", "HGNC:3756"}
    assert ("IL-6", "HGNC:6018") in got and not any(t.startswith("IL-6 ") for t, _ in got)


def test_names_only_famplex_grounding_map_knows_are_genes(lex):
    # HGNC lists neither "E-cadherin" nor "N-cadherin"; FamPlex's grounding map sends them to CDH1 / CDH2, and
    # each spelling it lists passes the case check (c-Myc, c-myc)
    got = grounded("Loss of E-cadherin and gain of N-cadherin marked the shift; c-myc and c-Myc rose.", lex)
    assert ("E-cadherin", "HGNC:1748") in got and ("N-cadherin", "HGNC:1759") in got
    assert ("c-myc", "HGNC:7553") in got and ("c-Myc", "HGNC:7553") in got


def test_a_family_without_a_learned_gene_stands_for_its_first_member(lex):
    # BioRED grounds "Notch" to Notch1 (the mouse gene in a mouse study); no such pair is learned from Train
    assert ("FPLX:Notch", "NCBITaxon:10090") not in lex.orthologs
    got = _gene_organisms("Notch signalling was blocked in the mice; Notch targets fell.", lex)
    assert ("Notch", "FPLX:Notch", "NCBITaxon:10090", "NCBIGene:18128") in got
    got = _gene_organisms("Notch signalling was blocked in patients' tumours.", lex)
    assert ("Notch", "FPLX:Notch", "NCBITaxon:9606", "NCBIGene:4851") in got
    # a family that is no numbered series of its name keeps no gene id (its first member, CDH1, is a guess)
    got = _gene_organisms("Cadherin levels were measured in patients.", lex)
    assert [x for t, _, _, x in got if t == "Cadherin"] == [None]


def test_words_of_organisation_names_are_no_mentions_outside_abstracts(lex):
    text = (
        "The research was supported by the Susan G. Komen Breast Cancer Foundation and Crohn’s and Colitis "
        "Foundation of America. Sachie Hiratsuka of Tokyo Women's Medical University studied breast cancer in "
        "women, as did the Women’s Health Initiative."
    )
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert ("breast cancer", "MESH:D001943") in got and ("women", "NCBITaxon:9606") in got
    assert not any(t in ("Breast Cancer", "Colitis", "Women", "Crohn’s") for t, _ in got), got
    # ... nor the words after the name's head ("Coalition to Prevent Deep-Vein Thrombosis")
    text = "Thrombosis kills many, said the Coalition to Prevent Deep-Vein Thrombosis and the Institute for Cancer Research."
    got = [m.text for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert got == ["Thrombosis"], got
    # ... nor a company's ("Vertex Pharmaceuticals"); the word alone is still the drug class
    text = "Vertex Pharmaceuticals said its drug helps in cystic fibrosis. Pharmaceuticals are costly."
    got = [m.text for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert got == ["cystic fibrosis", "Pharmaceuticals"], got
    # an abstract's capitalised title words are left to the matcher
    got = [(m.text, m.entity_id) for m in extract_mentions(
        make_article("Breast Cancer Study of tamoxifen in women.", source_kind="abstract"), lex)[0]]
    assert ("Breast Cancer", "MESH:D001943") in got


def test_spread_of_a_cancer_is_metastasis(lex):
    text = "Maspin prevents the spread of breast cancer, and drugs could slow the spread of the cancer."
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert ("spread of breast cancer", "MESH:D009362") in got
    assert ("spread of the cancer", "MESH:D009362") in got
    # a cancer with its verb, or its possessed "spread", names metastasis too
    text = "Once they stopped, the tumors spread like wildfire. The cancer did not spread. Cancer's deadly spread."
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert ("tumors spread", "MESH:D009362") in got
    assert ("cancer did not spread", "MESH:D009362") in got
    assert ("Cancer's deadly spread", "MESH:D009362") in got
    text = "Immune responses break down a barrier that lets prostate cancer -- and maybe breast cancer -- spread."
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article(text, source_kind="news"), lex)[0]]
    assert ("prostate cancer -- and maybe breast cancer -- spread", "MESH:D009362") in got
    # "spread" of something else is no metastasis
    got = [(m.text, m.entity_id) for m in extract_mentions(make_article("The spread of influenza was slow."), lex)[0]]
    assert not any(eid == "MESH:D009362" for _, eid in got)


@pytest.mark.parametrize(
    "text,cells,disease",
    [
        ("Conditioned medium from IL-1alpha-expressing breast cancer cells was used.", "breast cancer cells",
         ("breast cancer", "MESH:D001943")),
        ("As long as prostate-cancer cells keep making maspin, the cancer did not spread.", "prostate-cancer cells",
         ("prostate-cancer", "MESH:D011471")),
    ],
)
def test_organ_cancer_cells_name_the_cells_and_the_disease(lex, text, cells, disease):
    got = grounded(text, lex)
    assert (cells, "CL:0001064") in got  # the cells (a producer is a cell, not a disease)
    assert disease in got  # BioRED annotates the disease inside


@pytest.mark.parametrize(
    "text,invasion",
    [
        ("Inhibition of IL-1alpha may prevent invasion and metastasis of breast cancer.", True),
        ("Knockdown reduced the migration and invasion of MPNST cells.", True),
        ("Bacterial invasion of epithelial cells was measured.", False),  # alone: not cancer invasion
        ("The invasion of Normandy began in June.", False),
    ],
)
def test_bare_invasion_is_cancer_invasion_beside_its_sibling_processes(lex, text, invasion):
    assert (("invasion", "MESH:D009361") in grounded(text, lex)) is invasion


def test_metastatic_organ_cancer_is_a_primary_unless_another_cancer_precedes_it(lex):
    assert ("lung cancer", "MESH:D008175") in grounded("Patients with metastatic lung cancer received erlotinib.", lex)
    # same cancer named twice: "That kind of prostate cancer -- metastatic prostate cancer"
    got = grounded("That kind of prostate cancer -- metastatic prostate cancer, in which the cancer spreads.", lex)
    assert ("prostate cancer", "MESH:D011471") in got and "MESH:D009362" not in {e for t, e in got if "metastatic" in t}
    # another cancer in an earlier sentence does not count
    got = grounded("Breast cancer is common. Patients with metastatic lung cancer received erlotinib.", lex)
    assert ("lung cancer", "MESH:D008175") in got


@pytest.mark.parametrize(
    "text,span,entity_id",
    [
        ("Cells within a tumor may pave the way for cancer's spread.", "Cells within a tumor", "CL:0001064"),
        ("Cells within a tumor may pave the way for cancer's invasion.", "cancer's invasion", "MESH:D009361"),
        ("Immune cells within a tumor produce IL-6.", "Immune cells", "CL:0000738"),  # a named cell type stays
    ],
)
def test_the_tumours_cells_and_the_cancers_invasion(lex, text, span, entity_id):
    assert (span, entity_id) in grounded(text, lex)


def test_brand_names_beside_a_drug_name_it_throughout_the_text(lex):
    def mentions(text):
        article = make_article(text, source_kind="news")
        found, ents = extract_mentions(article, lex)
        names = {e.entity_id: e.name for e in ents}
        return [(m.text, names[m.entity_id]) for m in found]

    got = mentions("The drug empagliflozin (Jardiance) was tested. Jardiance cut the risk of death by 38 percent.")
    assert got.count(("Jardiance", "empagliflozin")) == 2, got
    got = mentions("A related drug, lisinopril (Prinivil, Zestril), blocks angiotensin. Zestril lowered blood pressure.")
    assert ("Prinivil", "Lisinopril") in got and got.count(("Zestril", "Lisinopril")) == 2, got
    got = mentions("Ditropan XL (oxybutynin) is approved. Ditropan XL reduced hot flashes.")
    assert got.count(("Ditropan XL", "oxybutynin")) == 2, got
    # the brand of a salt names the drug, not its counter-ion; an English word in parentheses is no brand
    got = mentions("Patients took divalproex sodium (Depakote). Depakote helped.")
    assert not [g for g in got if g[0] == "Depakote"], got
    got = mentions("Aspirin (Daily) was given.")
    assert not [g for g in got if g[0] == "Daily"], got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "-ase" words of plain English after a chemical name no enzyme (session 38: every "aspirin increases ..."
        # lost its aspirin)
        ("Taking aspirin increases the risk of stroke.", True),
        ("Vitamin D decreases inflammation in tissues.", True),
        # an enzyme's name does hold the chemical, which is then no mention of its own
        ("Nitric oxide synthase was induced.", False),
    ],
)
def test_chemical_before_an_ase_word(lex, text, kept):
    chemicals = [t for t, eid in grounded(text, lex) if eid in ("MESH:D001241", "MESH:D014807", "MESH:D009569")]
    assert bool(chemicals) is kept, grounded(text, lex)


def _news_grounded(text: str, lex) -> dict[str, str]:
    art = make_article(text, document_id="news", source_kind="news")
    mentions, entities = extract_mentions(art, lex)
    names = {e.entity_id: e.name for e in entities}
    return {m.text: names[m.entity_id] for m in mentions}


@pytest.mark.parametrize(
    ("text", "brand", "name"),
    [
        # a brand the text introduces as a drug is a drug wherever the text uses it (HealthStory sentences)
        (("There is only moderate evidence that the newly approved prostate cancer drug Provenge helps patients. "
         "Medicare debated paying for Provenge."), "Provenge", "Provenge"),
        (("People with type 1 diabetes had better sugar control when taking the type 2 diabetes drug Victoza in a "
         "small clinical study."), "Victoza", "Victoza"),
        ("Jardiance, a once-a-day pill which won U.S. approval last year, belongs to a new family of treatments.",
         "Jardiance", "Jardiance"),
        # with its generic beside it, the brand names the generic
        (("Many patients have been reluctant to take Avandia (known generically as rosiglitazone) because of reports "
         "that it increases the risk of heart disease."), "Avandia", "Rosiglitazone"),
        ("Other options include benzyl alcohol, sold under the brand name Ulesfia.", "Ulesfia", "Benzyl Alcohol"),
    ],
)
def test_news_brands_introduced_as_drugs(lex, text, brand, name):
    assert _news_grounded(text, lex).get(brand) == name, _news_grounded(text, lex)


@pytest.mark.parametrize(
    "text",
    [
        "Keith Humphreys, a drug policy expert at Stanford, said the change was overdue.",
        "Finally, the Drug Enforcement Administration has made Nuvigil a federally controlled substance.",
        "Dr. Gregory Cole, a professor of medicine and neurology, led the study.",
    ],
)
def test_news_people_and_agencies_are_no_brands(lex, text):
    found = _news_grounded(text, lex)
    assert not [t for t in found if t[:1].isupper()], found


def test_brands_need_news(lex):
    # abstracts name drugs by their generic names; the lexicon grounds those
    text = "The type 2 diabetes drug Victoza lowered glucose."
    art = make_article(text, document_id="abs", source_kind="abstract")
    mentions, _ = extract_mentions(art, lex)
    assert "Victoza" not in {m.text for m in mentions}


def test_news_interventions_and_outcome_measures(lex):
    text = ("Hypnosis reduced hot flashes, and gastric bypass surgery lowered blood pressure and the death rate. "
            "A single intravenous infusion of the gene therapy was given.")
    got = grounded(text, lex)
    assert ("Hypnosis", "MESH:D006990") in got
    assert ("gastric bypass", "MESH:D015390") in got
    assert ("blood pressure", "MESH:D001794") in got and ("death rate", "MESH:D009026") in got
    assert {lex.entities[eid].entity_type for _, eid in got if eid in lex.news_only} == {"process"}
    # routes of administration, treatment and surgery in general are no interventions
    assert not [t for t, _ in got if t in ("intravenous infusion", "therapy", "surgery")]


# Session 45, from audit s45a of 30 unseen news stories
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # words of the cited journal's title name nothing the story is about
        ("A study published last week in the journal Cell Stem Cell suggests that bone formation may be enhanced.",
         "Stem Cell"),
        ("The findings were published in the journal Cancer Research on Monday.", "Cancer"),
        # ... nor do those of an institute's name with a comma in it
        ("says David Furman, at the Institute for Immunity, Transplantation and Infection at Stanford University.",
         "Infection"),
        # ice cream is no ice; glucose tolerance is no glucose
        ("They can even be used in ice cream as a sugar substitute.", "ice"),
        ("Melatonin reduced glucose tolerance for people with Type 1 diabetes.", "glucose"),
        # a gene's full name with a number the lexicon does not know names another member (HER2, not EGFR)
        (("test results are positive for a protein called human epidermal growth factor receptor 2, which promotes "
          "cancer cell growth."), "epidermal growth factor receptor"),
    ],
)
def test_names_inside_titles_and_longer_names_are_not_mentions(lex, text, absent):
    found = _news_grounded(text, lex)
    assert absent not in found, found


def test_one_word_journal_title_keeps_the_disease_opening_a_sentence(lex):
    text = "The results appear in the journal Obesity. Obesity raises the risk of diabetes."
    mentions, _ = extract_mentions(make_article(text, document_id="news", source_kind="news"), lex)
    assert [m.start_char for m in mentions if m.text == "Obesity"] == [text.rindex("Obesity")], mentions
    assert _news_grounded("Exercise improved glucose tolerance.", lex)["glucose tolerance"] == "glucose homeostasis"
