"""Institution extraction and the institutions registry, on seed-document text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.extract.institutions import extract_institutions, find_institutions, unknown_institution
from pipeline.registries import load_institutions
from pipeline.sentences import make_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "documents"


def roles(text: str, publisher: str | None = None) -> dict[tuple[str, str], str]:
    art = make_article(text)
    if publisher:
        art = dataclasses.replace(art, publisher=publisher)
    rows, recs = extract_institutions(art)
    ids = {r.institution_id for r in recs}
    assert {r.institution_id for r in rows} <= ids  # every row's institution is shipped
    assert all(r.parent_id is None or r.parent_id in ids for r in recs)  # and its parents
    return {(r.institution_id, r.role): r.text for r in rows}


def test_ucsd_spellings_are_one_institution():
    reg = load_institutions()
    ids = {reg.lookup(n).institution_id for n in ("University of California, San Diego", "UCSD", "UC San Diego")}
    assert ids == {"inst:ucsd"}


def test_parents():
    reg = load_institutions()
    assert reg.lookup("Moores Cancer Center").parent_id == "inst:ucsd"
    assert reg.lookup("UCSD School of Medicine").parent_id == "inst:ucsd"
    assert reg.lookup("Sloan Kettering Institute").parent_id == "inst:mskcc"
    assert len(reg) >= 250
    assert all(i.parent_id is None or reg.get(i.parent_id) is not None for i in reg)


def test_researchers_at_is_affiliation_webmd_publisher():
    got = roles(
        "Now researchers at the University of California, San Diego, have figured out one reason why. "
        "A little over a decade ago, Ruth Sager, PhD, and colleagues Dana-Farber Cancer Institute discovered maspin.",
        publisher="WebMD",
    )
    assert ("inst:ucsd", "affiliation") in got
    assert ("inst:dfci", "affiliation") in got
    assert ("inst:webmd", "publisher") in got


def test_school_of_medicine_subunit_and_collaborator_list():
    got = roles(
        "Now new research at the University of California, San Diego School of Medicine suggests these cells matter. "
        "Collaborators on the study are first authors Wei Tan and Weizhou Zhang, Amy Strasner and Sergei "
        "Grivennikov, UCSD Laboratory of Gene Regulation and Signal Transduction; Jin Q. Cheng, Department of "
        "Molecular Oncology, H. Lee Moffitt Cancer Center, Tampa, Fla.; and Robert M. Hoffman, AntiCancer Inc, San Diego."
    )
    assert ("inst:ucsd-som", "affiliation") in got
    assert ("inst:ucsd", "affiliation") in got
    assert ("inst:moffitt", "affiliation") in got
    assert ("inst:anticancer", "affiliation") in got
    assert not any(k[0].startswith("inst:department") for k in got)


def test_funders_in_funding_sentence_are_mentions_not_affiliations():
    got = roles(
        "The investigators also received funding from the Howard Hughes Medical Institute. "
        "Now a team of investigators from Memorial Sloan Kettering has shown it.",
        publisher="Memorial Sloan Kettering Cancer Center",
    )
    assert ("inst:hhmi", "mentioned") in got
    assert ("inst:mskcc", "affiliation") in got
    assert ("inst:mskcc", "publisher") in got


def test_unknown_institution_gets_stable_local_id():
    got = roles("The study was led by scientists at the University of Wakanda Medical School.")
    assert ("inst:university-of-wakanda-medical-school", "affiliation") in got
    a = unknown_institution("the Riverside Cancer Institute")
    assert a.institution_id == "inst:riverside-cancer-institute" and a.parent_id is None


def test_journal_is_not_an_institution():
    reg = load_institutions()
    found = [m.text for m in find_institutions("The findings appear in the Journal of the National Cancer Institute.", reg)]
    assert "Journal of the National Cancer Institute" not in found


@pytest.mark.skipif(not (SEEDS / "004_bfd9d8ecb3512444.txt").exists(), reason="seed documents absent")
def test_seed_004_via_pipeline_cleaning():
    from pipeline.process import build_articles

    path = SEEDS / "004_bfd9d8ecb3512444.txt"
    (rec,) = build_articles("d", path.name, path.read_text(encoding="utf-8"), "text")
    rows, _ = extract_institutions(rec.article)
    got = {(r.institution_id, r.role) for r in rows}
    assert ("inst:mskcc", "publisher") in got
    assert ("inst:ski", "affiliation") in got


@pytest.mark.parametrize(
    "text,found",
    [
        # a unit's name ending in its institution, which the registry does not know
        ("Researchers at the Faculty of Medicine of the University of Chile found", ["University of Chile"]),
        ("the Department of Biology at Stanford University said", ["Stanford University"]),
        # a full Max Planck name keeps its field and loses its city
        ("Researchers at the Max Planck Institute for Biology of Ageing in Cologne have",
         ["Max Planck Institute for Biology of Ageing"]),
        # German names: a compound's last part is the head word, "und" joins inside a name, the city goes
        ("Forschende am Max-Planck-Institut für Biologie des Alterns in Köln zeigen",
         ["Max-Planck-Institut für Biologie des Alterns"]),
        ("am Max-Planck-Institut für Immunbiologie und Epigenetik", ["Max-Planck-Institut für Immunbiologie und Epigenetik"]),
        ("Zahlen vom Robert-Koch-Institut in Berlin", ["Robert-Koch-Institut"]),
        ("am Helmholtz-Zentrum für Infektionsforschung", ["Helmholtz-Zentrum für Infektionsforschung"]),
    ],
)
def test_institution_named_by_a_unit_and_without_its_city(text, found):
    assert [m.text for m in find_institutions(text, load_institutions())] == found


def test_a_country_possessive_is_not_part_of_the_name():
    reg = load_institutions()
    [m] = find_institutions("a study by researchers at Peru's Instituto Nacional de Salud (INS).", reg)
    assert m.text == "Instituto Nacional de Salud"
    names = [m.text for m in find_institutions("She trained at King's College London and Boston Children's Hospital.", reg)]
    assert names == ["King's College London", "Boston Children's Hospital"]


@pytest.mark.parametrize(
    "text,found",
    [
        # an institution's possessive before one of its units names the institution
        ("Researchers at University College Cork's APC Microbiome Ireland have found", ["University College Cork"]),
        ("at Northwestern Memorial Hospital's Robert H. Lurie Comprehensive Cancer Center",
         ["Northwestern Memorial Hospital", "Robert H. Lurie Comprehensive Cancer Center"]),
        # a name's own possessive stays inside it
        ("at Oxford University Children's Hospital and the Easton Center for Alzheimer's Disease Research",
         ["Oxford University Children's Hospital", "Easton Center for Alzheimer's Disease Research"]),
        # a person's academic title before "X of the Y" is the person's, not an institution's
        (("A group led by Associate Professor Haruka Tsunoda of the Graduate School of Medicine at the University "
          "of Tokyo has found"), ["Graduate School of Medicine", "University of Tokyo"]),
    ],
)
def test_possessives_and_titled_people_before_institutions(text, found):
    assert [m.text for m in find_institutions(text, load_institutions())] == found
