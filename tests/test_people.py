"""People extraction on seed-document text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.extract.people import extract_people
from pipeline.sentences import make_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "documents"


def people(text: str, preamble: str = "", trailer: str = ""):
    art = dataclasses.replace(make_article(text), preamble=preamble, trailer=trailer)
    return {p.name: p for p in extract_people(art)}


def test_degrees_stripped_and_surname_references_deduplicated():
    got = people(
        "Michael Karin, PhD, and colleagues suspected that a chemical signal plays a role. "
        "In mouse studies, Karin's team found that IKK-alpha is involved. "
        '"This confirms our suspicion," Karin tells WebMD.',
        preamble="WebMD Health News\nReviewed by Louise Chang, MD\nMarch 19, 2007 --",
    )
    assert set(got) == {"Michael Karin", "Louise Chang"}
    assert got["Michael Karin"].degrees == "PhD" and got["Michael Karin"].role == "researcher"
    assert got["Louise Chang"].role == "reviewer" and got["Louise Chang"].degrees == "MD"


def test_researcher_of_institution():
    got = people(
        "In the study, researcher Sachie Hiratsuka of Tokyo Women's Medical University School of Medicine and "
        "colleagues studied mice bred to develop cancer."
    )
    assert list(got) == ["Sachie Hiratsuka"]
    assert got["Sachie Hiratsuka"].institution_id == "inst:twmu-som"


def test_collaborator_list_with_institutions():
    got = people(
        "Collaborators on the study are first authors Wei Tan and Weizhou Zhang, Amy Strasner and Sergei "
        "Grivennikov, UCSD Laboratory of Gene Regulation and Signal Transduction; Jin Q. Cheng, Department of "
        "Molecular Oncology, H. Lee Moffitt Cancer Center, Tampa, Fla.; and Robert M. Hoffman, AntiCancer Inc, San Diego."
    )
    assert set(got) == {"Wei Tan", "Weizhou Zhang", "Amy Strasner", "Sergei Grivennikov", "Jin Q. Cheng", "Robert M. Hoffman"}
    assert {got[n].institution_id for n in ("Wei Tan", "Weizhou Zhang", "Amy Strasner", "Sergei Grivennikov")} == {"inst:ucsd"}
    assert got["Jin Q. Cheng"].institution_id == "inst:moffitt"
    assert got["Robert M. Hoffman"].institution_id == "inst:anticancer"


def test_titles_coauthors_and_dr_surname():
    got = people(
        "“The common link is a hormone,” explains Joan Massagué, Chair of the Cancer Biology and Genetics Program "
        "in the Sloan Kettering Institute and the senior author of the study. The study’s coauthors included Edi "
        "Brogi, Director of Breast Pathology, and Larry Norton, Deputy Physician-in-Chief for Breast Cancer Programs. "
        '"Eventually there may be other drugs," Dr. Massagué concludes.'
    )
    assert set(got) == {"Joan Massagué", "Edi Brogi", "Larry Norton"}
    assert got["Joan Massagué"].institution_id == "inst:ski"


def test_media_contact_in_trailer():
    got = people(
        "The research was supported by the National Institutes of Health.",
        trailer="# # #\nMedia Contact: Scott LaFee, 619-543-6163, [slafee@ucsd.edu](mailto:slafee@ucsd.edu)\n"
        "## Related News\nBrain Organoids Mimic Head Size",
    )
    assert list(got) == ["Scott LaFee"]
    assert got["Scott LaFee"].role == "media_contact"


def test_no_people_from_institutions_drugs_or_plain_capitals():
    got = people(
        "The Food and Drug Administration approved the first RANKL-inhibiting drug. According to the Women’s Health "
        "Initiative and the Million Women Study, hormone replacement therapy increases risk. Regulatory T Cells "
        "were found in Breast Cancer Tissue."
    )
    assert got == {}


def test_place_before_state_abbreviation_is_not_a_person():
    got = people("“This is a very simple device,” says Port Charlotte, Fla., neurologist William Holt.")
    assert set(got) == {"William Holt"}


@pytest.mark.skipif(not (SEEDS / "001_d26bda6e97f60dbf.txt").exists(), reason="seed documents absent")
def test_seed_001_navigation_teasers_ignored():
    from pipeline.process import build_articles

    path = SEEDS / "001_d26bda6e97f60dbf.txt"
    (rec,) = build_articles("d", path.name, path.read_text(encoding="utf-8"), "text")
    got = {p.name: p.role for p in extract_people(rec.article)}
    assert got == {"Louise Chang": "reviewer", "Sachie Hiratsuka": "researcher"}  # not "Michael Douglas"


def test_first_authors_are_authors_and_the_list_ends_after_and():
    got = people(
        "The team included first authors Wei Tan and Weizhou Zhang, Amy Strasner and Sergei "
        "Grivennikov, UCSD Laboratory of Gene Regulation and Signal Transduction."
    )
    assert {n: p.role for n, p in got.items()} == {
        "Wei Tan": "author", "Weizhou Zhang": "author", "Amy Strasner": "researcher", "Sergei Grivennikov": "researcher"}


def test_collaborators_on_the_study_are_all_authors():
    # a press release's list of the paper's other authors, each with an affiliation
    got = people(
        "Collaborators on the study are first authors Wei Tan and Weizhou Zhang, Amy Strasner and Sergei "
        "Grivennikov, UCSD Laboratory of Gene Regulation and Signal Transduction; Jin Q. Cheng, Department of "
        "Molecular Oncology, H. Lee Moffitt Cancer Center, Tampa, Fla.; and Robert M. Hoffman, AntiCancer Inc, "
        "San Diego."
    )
    assert {n: p.role for n, p in got.items()} == {
        "Wei Tan": "author", "Weizhou Zhang": "author", "Amy Strasner": "author", "Sergei Grivennikov": "author",
        "Jin Q. Cheng": "author", "Robert M. Hoffman": "author"}


def test_senior_author_after_a_title_and_coauthors_with_titles():
    got = people(
        "“The common link is a hormone,” explains Joan Massagué, Chair of the Cancer Biology and Genetics Program "
        "in the Sloan Kettering Institute and the senior author of the study. The study’s coauthors included Edi "
        "Brogi, Director of Breast Pathology, and Larry Norton, Deputy Physician-in-Chief for Breast Cancer Programs."
    )
    assert {n: p.role for n, p in got.items()} == {"Joan Massagué": "author", "Edi Brogi": "author", "Larry Norton": "author"}


def test_team_institution_from_the_sentence_before():
    got = people(
        "Cancers don't always cause inflammation. Now researchers at the University of California, San Diego, have "
        "figured out one reason why.\n\nMichael Karin, PhD, and colleagues suspected that a chemical signal plays a role."
    )
    assert got["Michael Karin"].institution_id == "inst:ucsd"


def test_team_institution_not_given_to_an_outside_expert():
    got = people(
        "Researchers at the University of California, San Diego, found that the drug slowed tumours. "
        "“It is a striking result,” said Susan Miller, PhD, who was not involved in the study."
    )
    assert got["Susan Miller"].institution_id is None


@pytest.mark.skipif(not (SEEDS / "000_36d2ab56888b018c.txt").exists(), reason="seed documents absent")
def test_seed_000_and_002_people():
    from pipeline.process import build_articles

    def seed(name):
        path = SEEDS / name
        (rec,) = build_articles("d", path.name, path.read_text(encoding="utf-8"), "text")
        return {p.name: p for p in extract_people(rec.article)}

    got = seed("000_36d2ab56888b018c.txt")
    assert {n: (p.role, p.institution_id) for n, p in got.items()} == {
        "Louise Chang": ("reviewer", None), "Michael Karin": ("researcher", "inst:ucsd"),
        "Ruth Sager": ("researcher", "inst:dfci")}  # nothing from the page chrome
    got = seed("002_38dc3c30ce1905f4.txt")
    assert got["Wei Tan"].role == "author" and got["Weizhou Zhang"].role == "author"
    assert got["Wei Tan"].institution_id == "inst:ucsd"
    assert got["Amy Strasner"].role == "author"  # "Collaborators on the study are ..."
    # "Media Contact: Scott LaFee, 619-543-6163, slafee@ucsd.edu": the address names the institution
    assert (got["Scott LaFee"].role, got["Scott LaFee"].institution_id) == ("media_contact", "inst:ucsd")


def test_media_contact_institution_is_read_from_the_domain_as_the_issuer_is():
    def contact(address):
        got = people("Cells were studied.", trailer=f"Media Contact: Ana Lim, 555-0100, {address}\n")
        return got["Ana Lim"].institution_id

    assert contact("ana.lim@monash.edu") == "inst:monash"  # the one distinctive word of a university's name
    assert contact("ana.lim@um.edu.my") is None  # two letters name a registry acronym only on a US .edu
    assert contact("ana.lim@gmail.com") is None
