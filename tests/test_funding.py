"""Funding extraction on real sentences (seed documents, GROBID acknowledgement statements)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from pipeline.extract import funding
from pipeline.extract.funding import extract_funding, normalize_award, normalize_nih
from pipeline.registries import load_funders
from pipeline.sentences import make_article
from tests.conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "acknowledgements" / "dev.tei.xml"

SEED_002 = (
    "The research was supported by the National Institutes of Health, Susan G. Komen Breast Cancer "
    "Foundation and Crohn’s and Colitis Foundation of America."
)
SEED_004 = (
    "This research was supported by the National Cancer Institute of the National Institutes of Health under "
    "award numbers CA94060 and CA163167. The investigators also received funding from the Howard Hughes Medical "
    "Institute, the Alan and Sandra Gerry Metastasis Research Initiative, and a Department of Defense Era of Hope "
    "breast cancer postdoctoral fellowship."
)


def rows_of(text: str):
    rows, funders = extract_funding(make_article(text))
    return rows, funders


def test_seed_002_three_funders_without_awards():
    rows, funders = rows_of(SEED_002)
    by_name = {r.funder_name: r for r in rows}
    assert set(by_name) == {
        "National Institutes of Health",
        "Susan G. Komen",
        "Crohn's and Colitis Foundation of America",
    }
    assert by_name["National Institutes of Health"].funder_id == "fundref:100000002"
    assert by_name["Susan G. Komen"].funder_text == "Susan G. Komen Breast Cancer Foundation"
    assert all(r.award_id is None and r.award_text is None for r in rows)
    assert all(r.evidence == SEED_002 for r in rows)
    assert {f.funder_id for f in funders} >= {r.funder_id for r in rows}


def test_seed_004_nci_awards_and_other_funders():
    rows, funders = rows_of(SEED_004)
    nci = [r for r in rows if r.funder_id == "fundref:100000054"]
    assert sorted(r.award_id for r in nci) == ["CA094060", "CA163167"]
    assert sorted(r.award_text for r in nci) == ["CA163167", "CA94060"]
    # the NIH is named as NCI's parent, not as a separate funder row
    assert not any(r.funder_id == "fundref:100000002" for r in rows)
    names = {r.funder_name for r in rows}
    assert {"Howard Hughes Medical Institute", "Alan and Sandra Gerry Metastasis Research Initiative",
            "U.S. Department of Defense"} <= names
    assert len(rows) == 5
    # the programme named as written, without the lower-case words the tagger ran into
    dod = [r for r in rows if r.funder_id == "fundref:100000005"]
    assert [r.funder_text for r in dod] == ["Department of Defense Era of Hope"]
    ids = {f.funder_id: f for f in funders}
    assert ids["fundref:100000054"].parent_id == "fundref:100000002"
    assert "fundref:100000002" in ids  # parent record shipped for the funders table


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("R01 CA094060", "R01CA094060"),
        ("CA94060", "CA094060"),
        ("5R01HL123451-03", "R01HL123451"),
        ("P30CA014520", "P30CA014520"),
        ("RO3 DC007349", "R03DC007349"),
        ("K01-DA31738", "K01DA031738"),
        ("EY 02120", "EY002120"),
        ("NIH P41 EB015902", "P41EB015902"),
    ],
)
def test_nih_award_normalisation(text, canonical):
    assert normalize_nih(text) == canonical
    assert normalize_award(text) == canonical


def test_other_awards_verbatim_and_normalised_for_comparison():
    assert normalize_nih("NE/I015612/1") is None
    assert normalize_award("NE/I015612/1") == "NEI0156121"
    assert normalize_award("ARC DP0211698") == "DP0211698"
    assert normalize_award("016181 (FOOD)") == "016181"
    rows, _ = rows_of("This work was funded by Medical Research Council (MR/K003291/1) and Diabetes UK (12/0004458).")
    got = {(r.funder_name, r.award_text) for r in rows}
    assert got == {("Medical Research Council", "MR/K003291/1"), ("Diabetes UK", "12/0004458")}


def test_nih_award_attributed_to_institute_from_ic_code():
    text = (
        "This study was supported by the Hereditary Disease Foundation and NINDS R01 NS38082 and R01 NS056224 (IB), "
        "the NIH GM59419 (GH), and the Ara Parseghian Medical Research Foundation (JR)."
    )
    rows, _ = rows_of(text)
    got = {(r.funder_id, r.funder_text, r.award_id) for r in rows}
    assert ("fundref:100000065", "NINDS", "R01NS038082") in got
    assert ("fundref:100000065", "NINDS", "R01NS056224") in got
    assert ("fundref:100000057", "NIH", "GM059419") in got  # GM = NIGMS
    assert ("funder:hereditary-disease", "Hereditary Disease Foundation", None) in got
    assert not any(r.funder_text in {"IB", "GH", "JR"} for r in rows)


def test_unknown_funder_kept_as_written():
    rows, funders = rows_of("This work was supported by the Patrick and Catherine Weldon Donaghue Medical Research Foundation.")
    assert [(r.funder_id, r.funder_name) for r in rows] == [
        (None, "Patrick and Catherine Weldon Donaghue Medical Research Foundation")
    ]
    assert funders == []


def test_no_funding_statement_no_rows():
    rows, _ = rows_of(
        "Karin and colleagues report their findings in the journal Nature. The Food and Drug Administration "
        "approved the first RANKL-inhibiting drug in 2010."
    )
    assert rows == []


def test_address_zip_code_is_not_an_award():
    rows, _ = rows_of("This work was supported by the Salk Institute, La Jolla, CA 92037.")
    assert all(r.award_id is None for r in rows)


def test_rows_are_deterministic():
    a, _ = rows_of(SEED_004)
    b, _ = rows_of(SEED_004)
    assert [dataclasses.astuple(x) for x in a] == [dataclasses.astuple(x) for x in b]


def test_registry_links_acronyms_and_expansions():
    reg = load_funders()
    assert reg.lookup("NIGMS").funder_id == reg.lookup("National Institute of General Medical Sciences").funder_id
    assert reg.lookup("the U.S. National Science Foundation").funder_id == "fundref:100000001"
    assert reg.lookup("Canadian Institutes of Health Research (CIHR)").funder_id == "fundref:501100000024"
    assert len(reg) >= 300
    # every parent exists
    assert all(f.parent_id is None or reg.get(f.parent_id) is not None for f in reg)


def test_scorer_missing_corpus_exits_zero(tmp_path, capsys):
    mod = load_script("eval_funding")
    assert mod.main([str(tmp_path / "absent.xml")]) == 0
    assert "nothing to score" in capsys.readouterr().out


@pytest.mark.skipif(not CORPUS.exists(), reason="acknowledgement corpus not available")
def test_corpus_scores_do_not_regress():
    mod = load_script("eval_funding")
    statements = mod.load(CORPUS)
    assert len(statements) > 900
    agg, _ = mod.evaluate(statements[1::2], load_funders())  # the pseudo-held-out half
    assert agg["grant"]["f1"] >= 0.90
    assert agg["funder"]["f1"] >= 0.72  # 0.720 tagger version 4, 0.737 version 5, 0.682 with the rules alone
    mod.funding.USE_TAGGER = False
    try:
        rules, _ = mod.evaluate(statements[1::2], load_funders())
    finally:
        mod.funding.USE_TAGGER = True
    assert agg["funder"]["f1"] > rules["funder"]["f1"]
    assert agg["funder"]["precision"] > rules["funder"]["precision"]


def _funder_texts(text: str) -> list[str]:
    rows, _ = rows_of(text)
    return list(dict.fromkeys(r.funder_text for r in rows if r.funder_text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a unit named down to its university is one funder, as written (with the country GROBID keeps)
        ("This work was supported in part by Department of Biology, Faculty of Science, Prince of Songkla University.",
         ["Department of Biology, Faculty of Science, Prince of Songkla University"]),
        (("This study was funded by the Research Fund of the Faculty of Dentistry, Semmelweis University, Hungary "
         "(4030511599)."), ["Research Fund of the Faculty of Dentistry, Semmelweis University, Hungary"]),
        # a lower-case "with" inside a name
        ("Financial support was provided by the Swedish Agency for Research Cooperation with Developing Countries.",
         ["Swedish Agency for Research Cooperation with Developing Countries"]),
        # names joined by "/"
        ("This study was supported by grants from the Swedish Research Council/SIDA/ SAREC.",
         ["Swedish Research Council/SIDA/ SAREC"]),
        # a nationality before an acronym belongs to the name; a nationality alone is no funder
        ("This work was supported by Grant PN-II-RU-RP-2008-4-7 of the Romanian MEC.", ["Romanian MEC"]),
        # a ministry's portfolio list is its name; the country after it too, as GROBID's gold tags both
        # statements (the rule extractor stopped before the country)
        (("This work is partially supported by the Grant-in-Aid for Scientific research from the Ministry of "
         "Education, Science, Sports, and Culture, Japan, Nos. 21111006, 22244030."),
         ["Ministry of Education, Science, Sports, and Culture, Japan"]),
    ],
)
def test_funder_boundaries_as_acknowledgements_write_them(text, expected):
    assert _funder_texts(text) == expected


def test_grant_in_aid_is_a_programme_and_two_registry_funders_stay_two():
    got = _funder_texts("This work was supported by a Grant-in-Aid for Innovative Collaborative Research Projects "
                        "from Showa University. It is supported by grants from NSF and NIH/NIAAA.")
    assert not any("Grant-in-Aid" in t for t in got)
    assert "NSF" in got and "NIH/NIAAA" not in got


# ------------------------------------------------------------------ funder-span tagger (CRF, version 4)
def test_tagger_model_ships_with_its_provenance():
    assert funding.TAGGER_FILE.is_file()
    readme = funding.TAGGER_FILE.with_name("funding_tagger.README").read_text()
    assert "Apache-2.0" in readme and "even statements" in readme and "train_funding_tagger.py" in readme
    s = "This work was funded by the Leverhulme Trust (RPG-2016-123)."
    assert [s[a:b] for a, b in funding.tag_funder_spans(s, load_funders())] == ["Leverhulme Trust"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # written for these tests in the style of the held-out statements
        (("We thank Dr. Anna Berg for technical help. This work was funded by the Swiss National Science "
          "Foundation (310030_172958) and the Novartis Foundation for Medical-Biological Research."),
         {("Swiss National Science Foundation", "310030172958"),
          ("Novartis Foundation for Medical-Biological Research", None)}),
        # the acronym before the award number belongs to the award, not a second (Chinese) MOST
        (("The authors acknowledge financial support from the Ministry of Science and Technology of Taiwan "
          "(MOST 105-2320-B-002-021) and National Taiwan University Hospital."),
         {("Ministry of Science and Technology of Taiwan", "1052320B002021"),
          ("National Taiwan University Hospital", None)}),
        # a conflict-of-interest company is not a funder of the study
        ("J.K. received speaker fees from Pfizer. This research was supported by the Dutch Cancer Society (KWF 2014-6789).",
         {("Dutch Cancer Society", "20146789")}),
        (("This work was supported by the Natural Sciences and Engineering Research Council of Canada and by the "
          "Fonds de recherche du Québec – Santé."),
         {("Natural Sciences and Engineering Research Council of Canada", None),
          ("Fonds de recherche du Québec – Santé", None)}),
        ("This project was financed by the Polish National Science Centre, grant no. 2016/21/B/NZ1/01234.",
         {("Polish National Science Centre", "201621BNZ101234")}),
    ],
)
def test_tagger_statements(text, expected):
    rows, _ = rows_of(text)
    assert {(r.funder_text, r.award_id) for r in rows} == expected


def test_tagger_keeps_registry_ids_and_nih_institutes():
    rows, _ = rows_of("This study was supported by the NIH (GM59419) and the Gordon and Betty Moore Foundation (GBMF4545).")
    got = {(r.funder_text, r.funder_id, r.award_id) for r in rows}
    assert got == {("NIH", "fundref:100000057", "GM059419"), ("Gordon and Betty Moore Foundation", "funder:moore", "GBMF4545")}


def test_funder_as_subject_is_read_in_any_text():
    reg = load_funders()
    for text, funder in [
        ("The California Strawberry Commission paid for the research.", "California Strawberry Commission"),
        ("AstraZeneca was a sponsor of the study.", "AstraZeneca"),
    ]:
        assert funding.tag_funder_spans(text, reg) == []  # the tagger, trained on acknowledgements, misses it
        assert _funder_texts(text) == [funder]


def test_tagger_spans_are_tidied():
    reg = load_funders()
    s = "(Movember Foundation), the United Kingdom, a Japanese company and Cancer Research UK, Wellcome Trust, MRC."
    raw = ["Movember Foundation)", "the United Kingdom", "Japanese company", "Cancer Research UK, Wellcome Trust, MRC"]
    spans = [(s.index(t), s.index(t) + len(t)) for t in raw]
    got = [s[a:b] for a, b in funding._clean_spans(s, spans, reg)]
    assert got == ["Movember Foundation", "Cancer Research UK", "Wellcome Trust", "MRC"]


def test_comma_lists_of_funders_split_but_names_with_units_places_or_portfolios_do_not():
    reg = load_funders()

    def clean(s: str, span: str) -> list[str]:
        a = s.index(span)
        return [s[x:y] for x, y in funding._clean_spans(s, [(a, a + len(span))], reg)]

    s = "Funded by the Erling Persson Family Foundation, Vinnova, the Stockholm County Council and the ABC Trust."
    assert clean(s, "Erling Persson Family Foundation, Vinnova, the Stockholm County Council") == [
        "Erling Persson Family Foundation", "Vinnova", "Stockholm County Council"
    ]  # "Vinnova" is a registry name
    s = "Funded by the Ostrava Heart Foundation, the Moravian Science Council."
    assert clean(s, "Ostrava Heart Foundation, the Moravian Science Council") == [
        "Ostrava Heart Foundation", "Moravian Science Council"
    ]
    for span in [
        "Department of Zoology, Faculty of Science, Ostrava University",  # units down to their body
        "Lindqvist Foundation, Uppsala, Sweden",  # a place after the name
        "Ministry of Education, Culture, Sports, Science and Technology",  # a portfolio
    ]:
        s = f"This work was supported by the {span} (grant 1234)."
        assert clean(s, span) == [span]
    s = "This work was supported by association France Parkinson."
    assert clean(s, "association France Parkinson") == ["France Parkinson"]


def test_funders_coordinated_with_a_tagged_funder_are_kept():
    s = "Financial support from the Brazilian agencies CNPq, CAPES and FAPEMIG is acknowledged."
    reg = load_funders()
    rule = funding._funders_in_sentence(s, reg, [])
    a = s.index("CNPq")
    tagged = [funding._Cand(a, a + 4, "CNPq", None)]
    got = [c.text for c in funding._coordinated(s, rule, tagged, [])]
    assert got == ["CAPES", "FAPEMIG"]


def test_rules_are_the_fallback_without_a_model(monkeypatch, tmp_path):
    monkeypatch.setattr(funding, "TAGGER_FILE", tmp_path / "absent.crfsuite")
    monkeypatch.setattr(funding, "_TAGGER", None)
    assert funding.tag_funder_spans("Funded by the Royal Society.", load_funders()) is None
    rows, _ = rows_of(SEED_004)
    assert sorted(r.award_id for r in rows if r.funder_id == "fundref:100000054") == ["CA094060", "CA163167"]
    monkeypatch.setattr(funding, "_TAGGER", None)  # reload the real model for the next tests


def test_the_subject_of_a_passive_funding_verb_receives_the_money():
    # a release's closing boiler-plate (set 8, v38): the institute is funded, it does not fund the study
    text = "The work was funded by Wellcome. The Wellcome Sanger Institute is funded by Wellcome."
    rows, _ = extract_funding(make_article(text, source_kind="press_release"))
    assert {r.funder_text for r in rows} == {"Wellcome"}


def test_a_registry_funder_and_another_name_are_two_funders():
    rows, _ = rows_of("The research was funded by Cancer Research UK and Yorkshire Cancer Research.")
    assert {r.funder_text for r in rows} == {"Cancer Research UK", "Yorkshire Cancer Research"}


def test_a_tagger_span_cut_inside_a_registry_name_takes_the_whole_name():
    reg = load_funders()
    s = "Supported by the National Institute of Neurological Disorders and Stroke (R01 NS029563)."
    a = s.index("National")
    cut = (a, s.index(" and Stroke"))
    assert [s[x:y] for x, y in funding._clean_spans(s, [cut], reg)] == [
        "National Institute of Neurological Disorders and Stroke"
    ]
    whole = (a, s.index(" (R01"))
    assert [s[x:y] for x, y in funding._clean_spans(s, [whole], reg)] == [s[whole[0] : whole[1]]]


def test_the_lexicon_folder_setting_reaches_the_registries_and_the_tagger(tmp_path):
    """PIPELINE_LEXICON_DIR replaces seeds/lexicons for the funder and institution registries too (they read the
    repository's copy whatever the setting), and an edited registry changes the version that re-extracts."""
    import subprocess
    import sys

    from pipeline.lexicon_files import DEFAULT_LEXICON_DIR

    lex = tmp_path / "lexicons"
    lex.mkdir()
    for name in ("funders.tsv", "institutions.tsv", "funding_tagger.crfsuite", "english_words.txt"):
        (lex / name).write_bytes((DEFAULT_LEXICON_DIR / name).read_bytes())
    with (lex / "funders.tsv").open("a", encoding="utf-8") as fh:
        fh.write("funder:acme-trust\tAcme Tumour Trust\tATT\t\tGB\tfoundation\n")
    probe = (
        "from pipeline import registries; from pipeline.extract import funding; "
        "print(registries.VERSION, funding.TAGGER_FILE.parent, "
        "registries.load_funders().lookup('Acme Tumour Trust') is not None)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PIPELINE_LEXICON_DIR"}
    repo = Path(__file__).resolve().parent.parent

    def run(extra: dict[str, str]) -> list[str]:
        out = subprocess.run([sys.executable, "-c", probe], cwd=repo, env={**env, **extra, "PYTHONPATH": str(repo)},
                             capture_output=True, text=True, check=True)
        return out.stdout.split()

    default_version, default_dir, default_found = run({})
    version, folder, found = run({"PIPELINE_LEXICON_DIR": str(lex)})
    assert (default_dir, default_found) == (str(DEFAULT_LEXICON_DIR), "False")
    assert (folder, found) == (str(lex), "True") and version != default_version


def test_a_consortium_member_list_names_no_funder():
    # GROBID acknowledgement (Dark Energy Survey boilerplate): the gold tags the members as institutions
    rows, _ = rows_of(
        "Funding for the DES Projects has been provided by the U.S. Department of Energy, the U.S. National Science "
        "Foundation, The Collaborating Institutions are Argonne National Laboratory, the University of California at "
        "Santa Cruz, the University of Cambridge and the OzDES Membership Consortium."
    )
    names = {r.funder_text for r in rows}
    assert "U.S. Department of Energy" in names
    assert not names & {"Argonne National Laboratory", "University of Cambridge", "OzDES Membership Consortium"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supported by grant CA29605 from the National Cancer Institute and by funding from the Amyx Foundation, Inc.",
         {"National Cancer Institute", "Amyx Foundation"}),
        (("JAL-E has received funding from Meniere Society, UK and the Luxembourg National Research Fund "
         "(INTER/Mobility/17/11772209)."),
         {"Meniere Society, UK", "Luxembourg National Research Fund"}),
    ],
)
def test_a_company_suffix_or_a_country_after_a_comma_is_no_funder(text, expected):
    rows, _ = rows_of(text)
    assert {r.funder_text for r in rows if r.funder_text} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GROBID acknowledgements: acronyms listed with funders are funders; "and by the X" goes on with the cue;
        # "Support of this work by" is a funding cue
        ("This work was supported in part by grants from ARC, LNCC, ANRS and MEN (Virologie Fondamentale).",
         {"ARC", "LNCC", "ANRS", "MEN"}),
        ("This work was funded by NIH grants GM116381 and HG008140, and by the Howard Hughes Medical Institute.",
         {"NIH", "Howard Hughes Medical Institute"}),
        (("Support of this work by the Deutsche Forschungsgemeinschaft and the Fonds der Chemischen Industrie is "
         "gratefully acknowledged."),
         {"Deutsche Forschungsgemeinschaft", "Fonds der Chemischen Industrie"}),
    ],
)
def test_funders_listed_or_cued_again(text, expected):
    rows, _ = rows_of(text)
    assert {r.funder_text for r in rows if r.funder_text} == expected


def test_initials_before_their_funders_are_no_funders():
    rows, _ = rows_of(
        "We acknowledge the following support: JJM, NIH Medical Scientist Training Program Grant GM07365-33; RHG, "
        "the Netherlands Organisation for Scientific Research VIDI grant 016.066.354."
    )
    assert not {r.funder_text for r in rows} & {"JJM", "RHG"}


def test_tagger_spans_end_before_what_a_body_is_thanked_for_or_the_award_numbers():
    reg = load_funders()
    s = ("The authors thank Universiti Putra Malaysia for the Research University Grant, and the Ministry of "
         "Culture, Science and Sports, Japan, Nos. 21111006 and 22244030.")
    raw = ["Universiti Putra Malaysia for the Research University", "Ministry of Culture, Science and Sports, Japan, Nos"]
    spans = [(s.index(t), s.index(t) + len(t)) for t in raw]
    got = [s[a:b] for a, b in funding._clean_spans(s, spans, reg)]
    assert got == ["Universiti Putra Malaysia", "Ministry of Culture, Science and Sports, Japan"]
    # a "for the" that is part of the name stays ("Association for the Study of Obesity")
    s = "This work was supported by the Association for the Study of Obesity."
    t = "Association for the Study of Obesity"
    assert [s[a:b] for a, b in funding._clean_spans(s, [(s.index(t), s.index(t) + len(t))], reg)] == [t]


def test_a_six_letter_acronym_closing_a_list_is_a_list_item():
    s = "We acknowledge support from the agencies CNPq, CAPES and FAPERJ."
    cands = funding._bare_acronyms(s, [])
    # (CNPq is no all-capital acronym; the registry and the tagger find it)
    assert [c.text for c in cands] == ["CAPES", "FAPERJ"]


@pytest.mark.parametrize(
    "text",
    [
        ("The study appears in the journal Cancer Research and was funded by the National Cancer Institute and the "
         "American Cancer Society."),
        "The findings, published online in Cancer Research, were funded by the National Cancer Institute.",
    ],
)
def test_the_journal_a_study_appears_in_is_no_funder(text):
    rows, _ = rows_of(text)
    assert {r.funder_name for r in rows} >= {"National Cancer Institute"}
    assert not any("Cancer Research" in r.funder_text for r in rows)
