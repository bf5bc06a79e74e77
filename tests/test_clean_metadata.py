"""Cleaning and metadata on the real seed documents."""

from datetime import date
from pathlib import Path

import pytest

from pipeline.clean import clean_document
from pipeline.metadata import extract_metadata, find_journal, parse_date
from pipeline.process import build_articles
from pipeline.sources import detect_format

CHROME = [
    "Pill Identifier", "Get Started", "Sign Up", "Today on WebMD", "Back to top", "Related News",
    "Share This Article", "Follow Us", "800-525-2225", "Make an Appointment", "Full text links",
    "mobile app", "Copyright", "Font Size", "Media Contact", "619-543-6163", "Add to saved papers",
    "Michael Karin, PhD\n", "Joan Massagué, Chair of the Cancer Biology and Genetics Program\n",
]


def _article(seed_texts, key):
    text = seed_texts[key]
    [record] = build_articles("0" * 64, f"{key}.txt", text, detect_format(f"{key}.txt", text))
    return record


@pytest.mark.parametrize(
    "key,title,published,publisher,kind",
    [
        ("000", "Chemical Key to Cancer Spread", date(2007, 3, 19), "WebMD", "news"),
        ("001", "New Clues on How Cancer Spreads", date(2006, 11, 27), "WebMD", "news"),
        ("002", "Key Culprit Identified in Breast Cancer Metastasis", date(2011, 2, 16), "UC San Diego Health",
         "press_release"),
        ("003", ("Cancer cell-derived interleukin 1alpha contributes to autocrine and paracrine induction of "
         "pro-metastatic genes in breast cancer"), None, "WebMD", "abstract"),
        ("004", None, None, "Memorial Sloan Kettering Cancer Center", "press_release"),
    ],
)
def test_seed_metadata(seed_texts, key, title, published, publisher, kind):
    record = _article(seed_texts, key)
    a = record.article
    assert a.title == title
    assert a.published_on == published  # None where the text states no date: never invented
    assert a.publisher == publisher
    assert a.source_kind == kind


def test_seed_reviewer_and_journal(seed_texts):
    assert _article(seed_texts, "000").reviewer == "Louise Chang"
    assert [_article(seed_texts, k).journal for k in ("000", "001", "002", "003", "004")] == [
        "Nature", "Nature Cell Biology", "Nature", None, "Cell"]


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_seed_bodies_have_no_page_chrome(seed_texts, key):
    body = _article(seed_texts, key).article.body
    for fragment in CHROME:
        assert fragment not in body, fragment
    assert len(body.split()) > 100


def test_caption_inside_sentence_is_repaired(seed_texts):
    a = _article(seed_texts, "002").article
    joined = [s.text for s in a.sentences if "Food and Drug Administration" in s.text]
    assert joined == [("In June 2010, the Food and Drug Administration approved the first RANKL-inhibiting drug "
                      "for use in postmenopausal women at risk for osteoporosis.")]


def test_every_article_sentence_stays(seed_texts):
    body_002 = _article(seed_texts, "002").article.body
    assert "The research was supported by the National Institutes of Health" in body_002
    body_004 = _article(seed_texts, "004").article.body
    assert "under award numbers CA94060 and CA163167" in body_004
    assert body_004.rstrip().endswith("Department of Defense Era of Hope breast cancer postdoctoral fellowship.")
    body_000 = _article(seed_texts, "000").article.body
    assert body_000.startswith("Immune responses inadvertently break down a barrier")  # dateline stripped
    assert body_000.rstrip().endswith("Karin and colleagues report their findings in the journal Nature.")


def test_sentences_glued_without_a_space_are_split_but_web_addresses_are_not():
    from pipeline.sentences import split_sentences

    text = 'It changed the landscape.But it did not."Statins work," he said.Visit www.Walgreens.com today.'
    assert [s.text for s in split_sentences(text)] == [
        "It changed the landscape.",
        'But it did not."',
        'Statins work," he said.',
        "Visit www.Walgreens.com today.",
    ]


def test_a_possessive_before_a_full_stop_ends_the_sentence_but_a_quoted_initial_does_not():
    from pipeline.sentences import split_sentences

    text = ("It shares some features of Parkinson's. \"Another doctor wanted me to see a psychiatrist,\" he said. "
            "He said 'J. Smith was there.")
    assert [s.text for s in split_sentences(text)] == [
        "It shares some features of Parkinson's.",
        '"Another doctor wanted me to see a psychiatrist," he said.',
        "He said 'J. Smith was there.",
    ]


def test_sentence_offsets_point_into_body(seed_texts):
    for key in seed_texts:
        a = _article(seed_texts, key).article
        assert a.sentences
        for s in a.sentences:
            assert a.body[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("March 19, 2007 -- Immune", date(2007, 3, 19)),
        ("Nov. 27, 2006 -- New", date(2006, 11, 27)),
        ("February 16, 2011 |", date(2011, 2, 16)),
        ("(Dec. 17, 2018)", date(2018, 12, 17)),
        ("2018-12-17", date(2018, 12, 17)),
        ("Released: 21-Apr-2021 9:00 AM EDT", date(2021, 4, 21)),
        ("Helsinki 04.11.2019", date(2019, 11, 4)),  # day first
        ("Released: 5/3/2021", date(2021, 5, 3)),  # month first (US)
        ("Recife, 23/05/2022", date(2022, 5, 23)),  # day first: 23 cannot be a month
        ("Date: 2022/06/30", date(2022, 6, 30)),
        ("Pune, 2nd March 2020", date(2020, 3, 2)),
        ("Research | Date 2024.02.26 | Hits 1,482", date(2024, 2, 26)),
        ("doi:10.1016/j.cell.2024.01.012", None),
        # European languages, day first
        ("Communiqué de presse | Paris, le 14 mars 2024", date(2024, 3, 14)),
        ("Berlin, 14. März 2024", date(2024, 3, 14)),
        ("Madrid, 14 de marzo de 2024", date(2024, 3, 14)),
        ("Leiden, 4 maart 2024", date(2024, 3, 4)),
        ("1er août 2023", date(2023, 8, 1)),  # ordinal days: French "1er", Portuguese and Spanish "1º"
        ("São Paulo, 1º de julho de 2026", date(2026, 7, 1)),
        ("published July 6 in Cell", None),
        ("in 2010 the FDA", None),
    ],
)
def test_parse_date_forms(text, expected):
    assert parse_date(text) == expected


def test_html_scripts_and_styles_are_dropped():
    html = ("<html><head><title>Site</title><style>p{color:red}</style><script>var x = 'alert';</script></head>"
            "<body><nav>Home | About</nav><h1>Gene X drives spread</h1>"
            "<p>Researchers found that the protein encoded by gene X promotes the spread of tumors in mice.</p>"
            "<p>The study was published in the journal Nature and was funded by the National Cancer Institute.</p>"
            "<footer>Copyright 2024</footer></body></html>")
    cleaned = clean_document(html, "html")
    assert cleaned.title == "Gene X drives spread"
    assert "alert" not in cleaned.body and "color" not in cleaned.body and "Home" not in cleaned.body
    assert "promotes the spread of tumors in mice." in cleaned.body
    assert extract_metadata(cleaned).journal == "Nature"


# --- press releases and news: issuer, journal, date (scored on real texts by scripts/eval_metadata.py) ---
def _plain(text: str):
    [record] = build_articles("0" * 64, "x.txt", text, "text")
    return record


_RELEASE_UM = """Gut bacteria tied to colon cancer spread

ANN ARBOR, Mich. (Dec. 17, 2018) — University of Michigan researchers have found that a common gut bacterium helps colon cancer cells spread to the liver. The study, published in the journal *Nature Medicine*, followed 300 patients over five years.

"These bacteria travel with the tumour," said lead author Jane Smith, an assistant professor of internal medicine. The team found that antibiotics slowed the spread of tumours in mice.

The work was funded by the National Cancer Institute.
"""

_RELEASE_UTSW = """New drug slows lung fibrosis in mice

DALLAS – Dec. 17, 2018 – UT Southwestern scientists have identified a compound that slows scarring of the lungs in mice, according to findings published today in Science Translational Medicine. The researchers tested the drug in three mouse models of the disease and saw less scarring in all of them.

"We were surprised by the size of the effect," said senior author John Doe, a professor of internal medicine.
"""


def test_university_release_issuer_date_and_journal():
    for text, issuer, journal in ((_RELEASE_UM, "University of Michigan", "Nature Medicine"),
                                  (_RELEASE_UTSW, "UT Southwestern", "Science Translational Medicine")):
        rec = _plain(text)
        assert rec.article.publisher == issuer
        assert rec.article.source_kind == "press_release"
        assert rec.article.published_on == date(2018, 12, 17)
        assert rec.journal == journal


def test_release_issuer_is_the_publisher_institution():
    from pipeline.extract.institutions import extract_institutions

    rows, _insts = extract_institutions(_plain(_RELEASE_UM).article)
    pubs = [r for r in rows if r.role == "publisher"]
    assert [r.text for r in pubs] == ["University of Michigan"]


def test_news_agency_dateline_date_and_unlisted_journal():
    rec = _plain(
        "Fish Oil Pills During Pregnancy Might Mean Stronger Kids\n\nEn Español\n\n"
        "WEDNESDAY, Sept. 5, 2018 (HealthDay News) -- Taking fish oil supplements during pregnancy might translate "
        "into healthier growth in children during their first six years of life, a new study suggests.\n\n"
        "In the study, the researchers followed 736 pregnant women in Denmark who took fish oil daily.\n\n"
        "The report was published online Sept. 4 in the journal Pediatric Obesity Research Letters.\n"
    )
    assert rec.article.publisher == "HealthDay"
    assert rec.article.published_on == date(2018, 9, 5)
    assert rec.journal == "Pediatric Obesity Research Letters"  # not in journals.tsv: kept as written


def test_no_year_no_date_and_quoted_release_is_not_the_issuer():
    rec = _plain(
        "Medical marijuana relieves symptoms\n\nMONDAY, July 30 (Agency) -- Medical marijuana can relieve symptoms, "
        "according to new research. Two studies published recently in the journals Frontiers in Pharmacology and "
        "Medicine found benefits, according to a press release from the University of New Mexico.\n"
    )
    assert rec.article.published_on is None  # "July 30" has no year: never invented
    assert rec.article.publisher is None  # the story quotes the university's release; it is not that release
    assert rec.journal == "Frontiers in Pharmacology"


def test_dateline_subject_is_not_always_the_issuer():
    rec = _plain("FDA approves gout drug\n\nSept. 17, 2010 -- The FDA has approved Krystexxa (pegloticase) for the "
                 "treatment of gout in adults who have not improved with other drugs.\n")
    assert rec.article.published_on == date(2010, 9, 17)
    assert rec.article.publisher is None


def test_journal_of_the_reported_study_not_an_earlier_one():
    rec = _plain(
        "Night milk may ease anxiety\n\nA German study of 36 adults published in 2006 in the journal Skin "
        "Pharmacology and Physiology found smoother skin. A new study, published this week in the journal Cancer "
        "Prevention Research, found that metformin prevented tumours in mice exposed to tobacco smoke.\n"
    )
    assert rec.journal == "Cancer Prevention Research"  # the known "Cancer" is only its first word


@pytest.mark.parametrize(
    "sentence,journal",
    [
        (("Une équipe de l'Inserm montre qu'un traitement de 24 semaines suffit. Ces résultats sont publiés dans "
          "la revue Nature Medicine."), "Nature Medicine"),
        ("Dat blijkt uit onderzoek dat vandaag verschijnt in het wetenschappelijk tijdschrift JAMA Pediatrics.",
         "JAMA Pediatrics"),
        ("El estudio del INSP fue publicado en la revista Salud Pública de México.", "Salud Pública de México"),
        ("Die Ergebnisse erscheinen in der Fachzeitschrift „Blood“.", "Blood"),
    ],
)
def test_journal_named_after_the_word_for_journal_in_other_languages(sentence, journal):
    assert _plain(f"Study title\n\n{sentence}\n").journal == journal


@pytest.mark.parametrize(
    "sentence",
    [
        "Un trabajo previo, publicado en 2019 en la revista Medicina, describió a los pacientes.",
        "Bereits 2021 hatte die Gruppe in der Fachzeitschrift „Leukemia“ gezeigt, dass Stammzellen sich anpassen.",
        "Eerder onderzoek, in 2019 gepubliceerd in het tijdschrift Sleep, liet dat al zien.",
    ],
)
def test_an_earlier_studys_journal_in_other_languages_is_not_the_releases(sentence):
    text = ("Title line\n\nPARIS, 4 March 2025 -- New results. " + sentence +
            " Les nouveaux résultats sont publiés dans la revue Nature Medicine.\n\nMedia contact: press@inserm.fr\n")
    assert _plain(text).journal == "Nature Medicine"


def test_renamed_journal_keeps_the_name_it_had():
    rec = _plain("Epilepsy drug aids weight loss\n\nA drug for epilepsy may help obese adults lose weight, researchers "
                 "say. The research appears online Oct. 15 in the journal Archives of Internal Medicine.\n")
    assert rec.journal == "Archives of Internal Medicine"


def test_outlet_named_in_closing_credit_or_contact_address():
    rec = _plain("How yoga helped\n\nAs a young girl, Rachel Brathen lived with crippling back pain for many years "
                 "before she found yoga and practised it every day.\n\nAdditional reporting by ABC News’ Liz Neporent.\n")
    assert rec.article.publisher == "ABC News"
    rec = _plain("A new psoriasis drug\n\nPeople with psoriasis who have not improved with standard treatments now "
                 "have a new option approved by regulators this week.\n\nContact us at editors@time.com.\n")
    assert rec.article.publisher == "TIME"


_OPENINGS = [
    # the opening sentence after a dateline presents the study's home
    (
        ("Protein switch helps cancer cells survive\n\nHOUSTON -- (Jan. 9, 2024) -- Researchers at Baylor College of "
        "Medicine have identified a protein switch that lets cancer cells survive chemotherapy.\n"),
        "Baylor College of Medicine",
        date(2024, 1, 9),
    ),
    (
        ("Fat inflammation and colon cancer\n\nSTOCKHOLM, Sweden, 2 February 2022 - Chronic inflammation in fat raises "
        "the risk of colorectal cancer, according to a study by researchers at Karolinska Institutet.\n"),
        "Karolinska Institutet",
        date(2022, 2, 2),
    ),
    (
        ("Sleep loss fuels inflammation\n\nMUNICH, 11-Nov-2020 -- A single night of poor sleep raises markers of "
        "inflammation, a team at the Technical University of Munich reports.\n"),
        "Technical University of Munich",
        date(2020, 11, 11),
    ),
    # no dateline, but the text marks itself as a release
    (
        ("Aspirin may reduce the spread of some cancers\n\nEmbargoed until 4pm GMT, Wednesday 6 March 2019\n\n"
        "Aspirin could help stop cancer spreading, according to research led by the University of Cambridge and "
        "published in Nature.\n"),
        "University of Cambridge",
        date(2019, 3, 6),
    ),
    # a story retelling the release is not the release; a story without release marks names no issuer
    (
        ("Compound may fight lung cancer\n\nDec. 29, 2009 -- Scientists at the Dana-Farber Cancer Institute say they "
        "have developed a compound that halts a lung cancer.\n\nThe compound acts on EGFR, according to a news "
        "release.\n"),
        None,
        date(2009, 12, 29),
    ),
    (
        ("Gut bacteria and melanoma\n\nA new study from the University of Eastern Finland shows that gut bacteria "
        "predict the response to immunotherapy.\n"),
        None,
        None,
    ),
    # no dateline: the study's home issues the text when its people are quoted, unless news furniture shows
    (
        ("Gut bacteria and melanoma\n\nA new study from the University of Eastern Finland shows that gut bacteria "
        "predict the response to immunotherapy.\n\n\"We saw a clear difference,\" says Professor Anna Virtanen of "
        "the University of Eastern Finland.\n"),
        "University of Eastern Finland",
        None,
    ),
    (
        ("Hair and stress\n\nThis article is more than 3 years old\n\nHair samples may reveal stress, research led "
        "by the University of Melbourne has found.\n\nAD\n\n\"It is simple,\" said Jane Roe of the University of "
        "Melbourne.\n"),
        None,
        None,
    ),
]


@pytest.mark.parametrize("text,issuer,published", _OPENINGS)
def test_release_issuer_from_the_opening_sentence(text, issuer, published):
    rec = _plain(text)
    assert rec.article.publisher == issuer
    assert rec.article.published_on == published


def test_venue_after_an_institution_and_a_longer_title_than_the_known_one():
    rec = _plain("Aspirin and metastasis\n\nThe work was led by the University of Cambridge and published in Nature.\n")
    assert rec.journal == "Nature"  # "of Cambridge and published in Nature" does not hide the venue
    rec = _plain("Gut bacteria and melanoma\n\nThe findings were published in Cancer Immunology Research on 14 March "
                 "2023.\n")
    assert rec.journal == "Cancer Immunology Research"  # not the known "Cancer"
    rec = _plain("Bones\n\nA study published in September in the British Medical Journal found that people who "
                 "take bisphosphonates have fewer fractures.\n")
    assert rec.journal == "BMJ"  # the known journal written in full


def test_company_release_on_a_wire_names_the_company():
    opening = _plain(
        "Acme Therapeutics Announces Phase 2 Results\n\nBOSTON, May 3, 2018 /PRNewswire/ -- Acme Therapeutics, Inc. "
        "(NASDAQ: ACME), a clinical-stage biopharmaceutical company, today announced topline results from its "
        "trial in metastatic breast cancer.\n"
    )
    assert opening.article.publisher == "Acme Therapeutics, Inc"
    assert opening.article.published_on == date(2018, 5, 3)
    closing = _plain(
        "Phase 2 results for ACM-101\n\nThe trial met its primary endpoint in patients with metastatic breast "
        "cancer, the company said.\n\nSOURCE Acme Therapeutics, Inc.\n"
    )
    assert closing.article.publisher == "Acme Therapeutics, Inc"
    # a story listing the sources of its facts is not a release of them
    story = _plain("Brain games\n\nThe jury is still out on brain games, experts say.\n\nSOURCE: Institute of Medicine\n")
    assert story.article.publisher is None


def test_journal_published_by_and_a_release_journal_field():
    rec = _plain("Tamoxifen study\n\nThe study, presented Wednesday at a conference in San Antonio, was published by "
                 "the British medical journal Lancet.\n")
    assert rec.journal == "The Lancet"  # not BMJ: "British medical journal" describes the Lancet
    rec = _plain("Coffee and mortality\n\nPeople who drink coffee have a lower risk of death, a new study "
                 "finds.\n\nNotes for editors\nJournal: JAMA Internal Medicine\n")
    assert rec.journal == "JAMA Internal Medicine"
    rec = _plain("Statins\n\nThe trial was published in the American Journal of Cardiology.\n")
    assert rec.journal == "American Journal of Cardiology"  # a title's own "American" is not a descriptor


def test_release_issuer_from_contact_block_about_paragraph_and_office():
    # the press office's institution on the lines under the contact heading; the team in the second sentence
    rec = _plain(
        "Ribosome stalls in ageing neurons\n\nHEIDELBERG, 3 May 2021 -- Ageing neurons make fewer proteins than "
        "young ones. Scientists at the Ruprecht Karls University of Heidelberg now show why, in the journal "
        "Cell Reports.\n\nThe team compared neurons from young and old mice.\n\nContact:\nDr. Eva Brandt\n"
        "Communications Office, Heidelberg University Hospital\nbrandt@example.org\n"
    )
    assert rec.article.publisher == "Heidelberg University Hospital"
    assert rec.article.published_on == date(2021, 5, 3)
    assert rec.journal == "Cell Reports"
    # no heading, no contact: the closing boiler-plate paragraph after a dateline
    rec = _plain(
        "Sleep and memory in older adults\n\nDULUTH, Minn. -- Older adults who nap briefly remember more, a new "
        "study finds.\n\nThe study followed 300 adults for two years.\n\nNorth Shore Regional Medical Center "
        "is a 400-bed teaching hospital serving northern Minnesota.\n"
    )
    assert rec.article.publisher == "North Shore Regional Medical Center"
    # "Issued by" an office: the institution it belongs to, as written
    rec = _plain(
        "Malaria vaccine trial opens\n\nA trial of a new malaria vaccine has opened in three districts.\n\n"
        "Issued by: UKZN Corporate Communication Department\n"
    )
    assert rec.article.publisher == "UKZN"


def test_posted_on_a_release_platform_keeps_the_institutions_issuer():
    rec = _plain(
        "Gut microbes and asthma\n\nPUBLIC RELEASE: 12-JAN-2022\n\nChildren whose gut microbes mature slowly "
        "are more likely to develop asthma, according to a study by researchers at McMaster University published "
        "in mBio.\n\nThe researchers followed 900 children from birth.\n\nDisclaimer: AAAS and EurekAlert! are "
        "not responsible for the accuracy of news releases posted to EurekAlert!\n"
    )
    assert rec.article.publisher == "McMaster University"  # not EurekAlert!
    assert rec.article.published_on == date(2022, 1, 12)
    assert rec.journal == "mBio"


def test_release_journal_fields_and_reference_lines():
    rec = _plain("Fatty liver and coffee\n\nCoffee drinkers had less liver fat, the researchers found.\n\n"
                 "JOURNAL\nJournal of Hepatology\n\nDOI\n10.1016/j.jhep.2021.01.001\n")
    assert rec.journal == "Journal of Hepatology"
    rec = _plain("Heart scans\n\nA scan can spot weak hearts early, the researchers report.\n\nReference: Lee K, "
                 "Park J, et al. Early detection of heart failure. Eur Heart J. 2021;42(3):200-210.\n")
    assert rec.journal == "Eur Heart J"
    rec = _plain("Kidney injury\n\nThe findings were published in npj Digital Medicine on Monday.\n")
    assert rec.journal == "npj Digital Medicine"


def test_journal_title_runs_to_the_end_of_its_clause():
    def journal(sentence: str) -> str | None:
        return _plain(f"A study\n\nResearchers found a new marker of risk. {sentence}\n").journal

    # a known name extended by a subtitle, a dash or more words, up to the clause's end
    assert journal("The trial, published in JACC: Asia, enrolled 1,212 patients.") == "JACC: Asia"
    assert journal("The results are published in The Lancet Regional Health – Oceania. It was funded by the "
                   "state.") == "The Lancet Regional Health – Oceania"
    assert journal("The findings were published in Cell Frontiers.") == "Cell Frontiers"
    # ... but not across a day, a year, another venue or a clause that goes on in lower case
    assert journal("The findings were published in Nature on Monday.") == "Nature"
    assert journal("The findings were published in Nature, Harvard researchers said.") == "Nature"
    assert journal("The findings were published in Science Translational Medicine in 2012.") == (
        "Science Translational Medicine")
    assert journal("It appears in Menopause: The Journal of The North American Menopause Society.") == "Menopause"
    # an unknown "Journal of X" after a weak cue; an earlier study's venue yields to the new one
    assert journal("So suggests an animal study in the Journal of Medicinal Food.") == "Journal of Medicinal Food"
    assert journal("An earlier study, published last year in the Journal of Pain, found less. The new study, "
                   "published in Pain Reports Quarterly, enrolled 40.") == "Pain Reports Quarterly"
    # a company's publication announcement names its venue a long way after "publication of"
    assert journal("Nordvik today announced the publication of a multicenter clinical validation study of its "
                   "NordID BSI Panel in the Journal of Molecular Diagnostics Practice.") == (
        "Journal of Molecular Diagnostics Practice")


def test_sciencedaily_journal_reference_is_read():
    rec = _plain("Sugary drinks at night\n\nDate: October 12, 2020\nSource: University of Copenhagen\n\nFULL STORY\n\n"
                 "Drinking sugary drinks in the evening raised blood sugar the next morning, the researchers found "
                 "in a trial of 30 adults with diabetes.\n\nJournal Reference:\nJonas Bjerregaard, Sofie Holm, et al. "
                 "Timing of sugary drinks and glycaemic control. Metabolic Outcomes Research, 2020; 12 DOI: "
                 "10.2337/dc20-1187\n")
    assert rec.journal == "Metabolic Outcomes Research"


def test_release_issuer_not_a_person_or_an_agency_but_an_organisation_it_names():
    # a contact's job title is no office; the "About" heading names the society by an acronym the text spells out
    rec = _plain(
        "Later school starts and teenage sleep\n\nPress release – Baltic Society for Sleep Research (BSSR)\n\n"
        "Teenagers slept 40 minutes longer when school started at nine, a study of 3,000 pupils finds.\n\n"
        "The pupils wore activity trackers for two weeks.\n\nAbout the BSSR\nThe society brings together 600 "
        "researchers.\n\nMedia contact:\nAnna Kask, Communications Officer\nanna.kask@bssr.example\n"
    )
    assert rec.article.publisher == "Baltic Society for Sleep Research"
    # a PR agency's contact block names its client; the company's own About paragraph stays the issuer
    rec = _plain(
        "Quillon Bio reports validation of its kidney test\n\nQuillon Bio today reported results of a study of its "
        "urine test for kidney injury in 800 patients.\n\nThe test found injury two days earlier than creatinine."
        "\n\nQuillon Bio Ltd. is a privately held company developing urine tests for kidney disease.\n\n"
        "Media Contact:\nHarriet Vale\nVale & Partners Communications\nquillon@valepartners.example\n"
    )
    assert rec.article.publisher == "Quillon Bio Ltd."
    rec = _plain(
        "Nasal swab finds early Parkinson's\n\nNEW YORK, April 2, 2024 - A nasal swab test found misfolded "
        "alpha-synuclein in people at high risk, in a study funded by a New York charity.\n\nThe test was "
        "positive in 79% of them.\n\nEstablished in 2009, the Marlowe-Finch Foundation for Parkinson's Research "
        "is a private philanthropic foundation based in New York City.\n"
    )
    assert rec.article.publisher == "Marlowe-Finch Foundation for Parkinson's Research"


def test_release_issuer_from_the_contact_e_mail_domain_and_platform_header():
    # only the press contact's e-mail names the trust, by the first word of its name
    rec = _plain(
        "Home oxygen monitoring trial opens\n\nPublished: 12/04/2023\n\nThe first baby has joined a trial of home "
        "oxygen monitoring at Ashdown Vale Teaching Hospitals NHS Foundation Trust.\n\nThe trial will enrol 200 "
        "babies.\n\nFor more information, please contact the Communications Team on 01632 960 418 or email "
        "communications@ashdownvale.nhs.uk.\n"
    )
    assert rec.article.publisher == "Ashdown Vale Teaching Hospitals NHS Foundation Trust"
    assert rec.article.published_on == date(2023, 4, 12)  # zero-padded: day first, as in Britain
    # EurekAlert!'s header: the posting institution under the release type, in capitals
    rec = _plain(
        "Screening doubles diagnoses\n\nNEWS RELEASE 16-AUG-2022\n\nPeer-Reviewed Publication\n\n"
        "NORTHERN ACADEMY OF PUBLIC HEALTH (NAPH)\n\nCommunity health workers doubled the number of people "
        "diagnosed with high blood pressure in a trial across 48 villages.\n\nThe workers visited every home."
        "\n\nDisclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to "
        "EurekAlert!\n"
    )
    assert rec.article.publisher == "Northern Academy of Public Health"
    # a journal's press office: "About <journal>:" names the journal
    rec = _plain(
        "Telehealth and buprenorphine\n\nEmbargoed for release: 11 a.m. (ET) Friday, February 17, 2023\n\n"
        "Starting buprenorphine by video visit kept as many patients in treatment as starting in person.\n\n"
        "The study used Medicaid claims.\n\nAbout JAMA Network Open: JAMA Network Open is an online-only open "
        "access general medical journal.\n"
    )
    assert rec.article.publisher == "JAMA Network"  # its publisher, as the journal's releases name it


def test_repost_headers_wire_dates_and_journal_fields():
    # Mirage News: the institution's line and a date line with its time above the text
    rec = _plain(
        "Handheld heart scans find hidden heart disease\n\nKestrel Institute of Rural Health\n\nMirage News\n\n"
        "05 Jun 2023 11:42 am AEST\n\nHealth workers trained to use handheld ultrasound found heart disease in "
        "children in remote communities.\n\nThe scans took ten minutes.\n\nJournal information: JAMA Network Open\n"
    )
    assert rec.article.publisher == "Kestrel Institute of Rural Health"
    assert rec.article.published_on == date(2023, 6, 5)
    assert rec.journal == "JAMA Network Open"
    rec = _plain(
        "Pelora Neurosciences doses first patient\n\nBOSTON, MA / ACCESSWIRE / April 11, 2022 / Pelora "
        "Neurosciences, Inc. today announced that the first patient was dosed in its trial.\n\nThe trial will "
        "enrol 60 patients.\n"
    )
    assert rec.article.published_on == date(2022, 4, 11)
    # a journal's press office names its journal only in the "About" line
    rec = _plain(
        "Screen time and sleep\n\nEmbargoed: Monday, April 15, 2024, 11 a.m. ET\n\nMore screen time at age 2 "
        "went with shorter sleep at age 3.\n\nThe cohort followed 3,906 children.\n\nAbout JAMA Pediatrics: JAMA "
        "Pediatrics is an international peer-reviewed journal.\n"
    )
    assert rec.journal == "JAMA Pediatrics"
    # a title with ", and" inside runs on to the clause's end
    rec = _plain("Plaque\n\nThe findings, published October 18 in Arteriosclerosis, Thrombosis, and Vascular "
                 "Biology, offer an explanation.\n")
    assert rec.journal == "Arteriosclerosis, Thrombosis, and Vascular Biology"


def test_a_journals_own_release_is_issued_by_its_press_office_not_the_authors_university():
    # the first media contact is the authors' university; the journal's press office issues the release
    rec = _plain(
        "Low-calorie diet puts diabetes into remission\n\nEmbargo: 23:30 UK time Thursday 14 September 2023\n\n"
        "A diet programme led to remission of type 2 diabetes in a third of adults, according to a trial "
        "published in The Lancet Diabetes & Endocrinology.\n\nThe trial ran in Leeds and Karachi.\n\n"
        "Media contacts:\nDr Saima Qureshi, University of Leeds: press@leeds.ac.uk\n"
        "The Lancet press office: pressoffice@lancet.com\n"
    )
    assert rec.article.publisher == "The Lancet"
    assert rec.journal == "The Lancet Diabetes & Endocrinology"
    # "Media relations" above the publisher's name; the press office of a journal that issues its own releases
    rec = _plain(
        "Night shifts and preterm birth\n\nEmbargoed until 23:30 hrs (UK time) Tuesday 3 May 2022\n\nWomen who work "
        "night shifts are at a higher risk of preterm birth, finds a study published by The BMJ today.\n\n"
        "Contact:\nDr Ida Kjeldsen, Aarhus University, Denmark\nEmail: imk@ph.au.dk\n\nAbout BMJ\nBMJ is a healthcare "
        "knowledge provider. BMJ publishes The BMJ and more than 70 specialist journals.\n\nMedia relations\nBMJ\n"
        "media.relations@bmj.com\n"
    )
    assert rec.article.publisher == "BMJ"
    rec = _plain(
        "Gestational diabetes and blood pressure\n\nChildren of mothers with gestational diabetes have higher blood "
        "pressure, finds a study in Diabetologia.\n\nThis press release was issued by the press office of "
        "Diabetologia, the journal of the European Association for the Study of Diabetes.\n"
    )
    assert rec.article.publisher == "Diabetologia"
    # a journal named as the issuer issues under its publisher's name
    rec = _plain(
        "Daily steps and mortality\n\nBMC Medicine press release\n\nEmbargoed: 00:01 GMT Monday 20 November 2023\n\n"
        "Each extra 1,000 steps a day was linked to lower mortality, according to a study in BMC Medicine.\n"
    )
    assert rec.article.publisher == "BMC"
    # a university's own press office is not a journal's: its release stays the university's
    rec = _plain(
        "Protein switch in cancer cells\n\nHOUSTON -- (Jan. 9, 2024) -- Researchers at Baylor College of Medicine "
        "have identified a protein switch, reported in Cell Reports.\n\nMedia relations\nBaylor College of "
        "Medicine press office\n"
    )
    assert rec.article.publisher == "Baylor College of Medicine"


def test_contact_block_kept_among_the_headings_names_the_issuer():
    rec = _plain(
        "Lymph node chip shows why vaccines weaken with age\n\nFebruary 2, 2023\n\n(BOSTON) - Vaccines are less "
        "effective in older people. Now a team has built a lymph node chip from human immune cells.\n\n"
        "The chips reproduced age-related differences in vaccine responses.\n\nPRESS CONTACT\nWyss Institute for "
        "Biologically Inspired Engineering\nClaire Donovan, claire.donovan@example.org, +1 617-555-0136\n\n"
        "The Institute uses nature's design principles to develop bioinspired technologies for health care. "
        + "It works with hospitals, universities and companies to bring new devices and medicines to patients. " * 6
        + "\n"
    )
    assert rec.article.publisher == "Wyss Institute for Biologically Inspired Engineering"


def test_journal_after_its_owner_or_day():
    rec = _plain(
        "RSV sent older adults to hospital\n\nFor Immediate Release: Thursday, April 6, 2023\n\nAdults aged 60 and "
        "older accounted for half of RSV hospitalizations, according to a report released today in the Centers "
        "for Disease Control and Prevention's (CDC) Morbidity and Mortality Weekly Report (MMWR).\n"
    )
    assert rec.journal == "Morbidity and Mortality Weekly Report"
    rec = _plain("Statins and memory\n\nA study in Thursday's New England Journal of Medicine offers advice.\n")
    assert rec.journal == "The New England Journal of Medicine"
    # a possessive that is no journal's owner: "in Jordan's heart" names no journal
    rec = _plain("A hidden defect\n\nDoctors described a dangerously large root in Jordan's heart.\n")
    assert rec.journal is None


def test_unpadded_numeric_date_is_day_first_in_a_british_text_only():
    body = ("A frailty check in A&E helps older patients get home sooner, according to research at the Royal "
            "Pennine Infirmary.\n\nFor media enquiries email communications@{}\n")
    rec = _plain("Frailty check in A&E\n\nPosted on 9/11/2022\n\n" + body.format("pennine-hospitals.nhs.uk"))
    assert rec.article.published_on == date(2022, 11, 9)
    rec = _plain("Frailty check in the ER\n\nPosted on 9/11/2022\n\n" + body.format("pennine.edu"))
    assert rec.article.published_on == date(2022, 9, 11)


def test_newsroom_or_journal_header_names_the_issuer():
    rec = _plain(
        "Gut bacteria byproduct shields the liver\n\nNUS News\n\n03/04/2023\n\nA molecule made by gut bacteria slows "
        "scarring in the liver, according to researchers from the National University of Singapore (NUS).\n"
    )
    assert rec.article.publisher == "National University of Singapore"
    rec = _plain(
        "Athletes have younger immune systems\n\nFrontiers Science News\n\nHealth | 22 Feb 2024\n\nOlder adults who "
        "trained for decades have younger T cells, according to a study published in Frontiers in Immunology.\n"
    )
    assert rec.article.publisher == "Frontiers"
    rec = _plain(
        "Night shifts and preterm birth\n\nThe BMJ\n\nPress release\n\nIssued: Monday 8 May 2023\n\nNight shifts in "
        "early pregnancy are linked to preterm birth, finds a study from Norway published by The BMJ today.\n"
    )
    assert rec.article.publisher == "BMJ"
    assert rec.article.published_on == date(2023, 5, 8)


def test_earlier_work_names_no_venue_when_the_study_has_a_reference_line():
    rec = _plain(
        "Childhood infections and depression\n\nChildren hospitalised with infections are more often depressed as young "
        "adults.\n\nThe study builds on earlier work by the same group, published in JAMA Psychiatry in 2019.\n\n"
        "Sandström L, Ekman H. Childhood infections and risk of depression. Nature Medicine 2023; 29: 101-9.\n"
    )
    assert rec.journal == "Nature Medicine"


def test_background_after_a_release_closing_mark_is_not_the_article():
    # a journal's media release: a short "About The Study" summary, "# # #", then a longer background note
    article = _written("set6", "v22.txt")
    assert article.title.startswith("Telehealth Buprenorphine Treatment")
    assert article.published_on == date(2024, 2, 2)
    assert article.body.startswith("About The Study:")
    assert "Media advisory" not in article.body


def _written_record(set_name: str, name: str):
    path = Path(__file__).parent / "data" / "written_releases" / set_name / name
    text = path.read_text(encoding="utf-8")
    [rec] = build_articles("0" * 64, path.name, text, detect_format(path.name, text))
    return rec


def _written(set_name: str, name: str):
    return _written_record(set_name, name).article


@pytest.mark.parametrize(
    "name,title,published",
    [
        # a date line that goes on ("| Story ... Read time 5 min.") is not the rest of the title
        ("v17.txt", "Adolescent girls choose injectable PrEP over daily pills when offered both", date(2024, 1, 18)),
        # a photo credit right above the article does not hide the title above it
        ("v25.txt", "Daily fermented foods linked to lower anxiety in older adults", date(2024, 3, 11)),
        # a date with its clock time heads the wire copy: "February 27, 2024 08:00 ET | Source: ..."
        ("v10.txt", None, date(2024, 2, 27)),
        ("v11.txt", None, date(2024, 3, 14)),  # "Paris, le 14 mars 2024"
        ("v37.txt", None, date(2024, 2, 26)),  # "Date 2024.02.26"
        ("v28.txt", None, date(2024, 1, 25)),  # GOV.UK's "Published 25 January 2024" among the page's headings
    ],
)
def test_written_release_titles_and_dates(name, title, published):
    article = _written("set7", name)
    if title:
        assert article.title == title
    assert article.published_on == published


@pytest.mark.parametrize(
    "set_name,name",
    [
        # the site's name, menus and a repeated title sit between the title line and the article
        ("set8", "v16.txt"),  # was "National Cancer Center Japan"
        ("set8", "v07.txt"),  # was "University of Sydney"
        ("set8", "v12.txt"),  # was "Share Print"
        # the line under the title is a site's name or a byline, not the rest of a broken title
        ("set8", "v08.txt"),  # "idw - Informationsdienst Wissenschaft"
        ("set7", "v24.txt"),  # "eLife"
        ("set4", "t04.txt"),  # "by Lucía Fernández Quispe, Universidad del Alto Marañón"
    ],
)
def test_a_plain_text_files_first_line_is_its_title(set_name, name):
    path = Path(__file__).parent / "data" / "written_releases" / set_name / name
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    article = _written(set_name, name)
    assert article.title == first_line
    assert first_line not in article.body


def test_a_question_title_line_is_not_the_articles_first_sentence():
    text = (
        "Can Breath Test Detect Stomach Cancers Earlier?\n\n"
        "Can Breath Test Detect Stomach Cancers Earlier?\n\n"
        "TUESDAY, Jan. 31, 2017 (HealthDay News) -- A breath test to detect stomach and esophageal cancers showed "
        "promise in an early study, British researchers report.\n\n"
        "The test identified the cancers with an overall accuracy of 85 percent, the researchers said in a news "
        "release from the European Cancer Congress.\n"
    )
    [rec] = build_articles("0" * 64, "story.txt", text, detect_format("story.txt", text))
    assert rec.article.title == "Can Breath Test Detect Stomach Cancers Earlier?"
    assert rec.article.body.startswith("TUESDAY, Jan. 31, 2017")  # neither the title nor its repeat
    assert rec.article.published_on == date(2017, 1, 31)  # the dateline now opens the article


@pytest.mark.parametrize(
    "set_name,name,journal",
    [
        # an earlier study's venue is never a release's journal, even when it is the only one named
        ("set8", "v03.txt", None),  # "previously published in the Journal of Clinical Oncology in 2023"
        ("set8", "v15.txt", None),  # "a study ... published in Eurosurveillance earlier this year"
        ("set8", "v38.txt", None),  # "reported previously, including ... in analyses published in The Lancet Microbe"
        ("set6", "v25.txt", None),  # "a pilot study by the same team, published in the journal Stroke in 2021"
        # "In 2023, the FinnGen consortium described ... in Nature": the reference line names the study's journal
        ("set8", "v28.txt", "eLife"),
        ("set8", "v06.txt", "PLOS Medicine"),  # "Journal information: PLoS Medicine, The Lancet Global Health"
        ("set8", "v19.txt", "Journal of Hospital Medicine"),  # a journal's title with an institution word in it
        ("set8", "v26.txt", "Cell Reports Medicine"),  # "in the Cell Press journal Cell Reports Medicine"
    ],
)
def test_written_release_journal_is_its_own_studys(set_name, name, journal):
    assert _written_record(set_name, name).journal == journal


def test_highlight_bullets_do_not_date_a_release():
    # "- Company to host investor call on June 3, 2024" above "CAMBRIDGE, Mass., June 1, 2024 /PRNewswire/ --"
    assert _written("set8", "v03.txt").published_on == date(2024, 6, 1)
    # highlight bullets open the article; the dateline "DALLAS, March 12, 2025 —" follows them
    assert _written("set8", "v21.txt").published_on == date(2025, 3, 12)


def test_written_release_dates_and_journals_set9():
    # "Monday 8 July 2024" over the page; the embargo ends on the 9th
    assert _written("set9", "w12.txt").published_on == date(2024, 7, 8)
    # "Posted 5/3/2024" on a page whose contact is at an ".edu.au" address: 5 March
    assert _written("set9", "w32.txt").published_on == date(2024, 3, 5)
    # "Earlier work ..., including a large analysis published in Nature Genetics": no journal of its own
    assert _written_record("set9", "w21.txt").journal is None
    assert _written_record("set9", "w22.txt").journal == "Journal of the Pediatric Infectious Diseases Society"


@pytest.mark.parametrize(
    "header,issuer",
    [
        # the acronym, then the name; and a name followed by its acronym
        ("ISS – Istituto Superiore di Sanità", "Istituto Superiore di Sanità"),
        ("Instituto Nacional de Salud Pública (INSP)", "Instituto Nacional de Salud Pública"),
        # a bilingual header: the part that ends in the acronym
        ("Dansk Center for Infektionsepidemiologi | Danish Centre for Infection Epidemiology (DCIE)",
         "Danish Centre for Infection Epidemiology"),
    ],
)
def test_release_issuer_from_a_header_line_with_an_acronym(header, issuer):
    rec = _plain(f"Rates fell in 2023\n\n{header}\nHome > News\n\nPress release\n14 November 2024\n\n"
                 "Rates of resistant infections fell in 2023, the surveillance report shows.\n")
    assert rec.article.publisher == issuer


def test_release_issuer_is_no_bare_head_word_byline_or_spanish_article():
    # "About the Institute" in a menu and a byline's office name no issuer; the header line above them is
    rec = _plain("Brown fat protein found\n\nNordhavn Institute for Metabolic Research\nHome / News\n"
                 "About the Institute | Research groups | Careers\n\nNews — 2024-06-03\n"
                 "By Faculty of Health Sciences Communications\n\n"
                 "Researchers have identified a protein that acts as a thermostat in brown fat.\n")
    assert rec.article.publisher == "Nordhavn Institute for Metabolic Research"
    # a name spelled out before its acronym in Spanish keeps no leading "del"
    from pipeline.metadata import _spelled_out
    assert _spelled_out("CNIC", "Investigadores del Centro Nacional de Investigaciones Cardiovasculares (CNIC) han") == (
        "Centro Nacional de Investigaciones Cardiovasculares")


def test_written_release_journals_set11():
    # "A study published on December 5 in Cell reports that ...": the verb is not Cell Reports' second word
    assert _written_record("set11", "x22.txt").journal == "Cell"
    # a release about a meeting abstract ("Scientific Sessions 2024, Abstract MDP412") over an embargo line is a
    # release, so an earlier study's journal ("an analysis published in 2021 in the European Heart Journal") is not
    # its own
    rec = _written_record("set11", "x08.txt")
    assert rec.article.source_kind == "press_release"
    assert rec.journal is None
    # MedicalXpress's "Journal information: The Lancet Psychiatry , JAMA Psychiatry": the first is the study's
    assert _written_record("set10", "x02.txt").journal == "The Lancet Psychiatry"


@pytest.mark.parametrize(
    "name,journal",
    [
        ("y05.txt", "Neuroimmune Horizons"),  # "was published in Neuroimmune Horizons": a title the list does not know
        ("y07.txt", "Gastroenterology"),  # "Literature: ... Crohn's disease. Gastroenterology. 14 May 2025. DOI: ..."
        ("y28.txt", "JAMA Neurology"),  # the press office's header line, not "a pooled analysis published in Diabetes, ..."
        ("y37.txt", None),  # "a 2021 observational study published in Aging Cell" is an earlier study's venue
    ],
)
def test_written_release_journals_set12(name, journal):
    assert _written_record("set12", name).journal == journal


def test_horizontal_bar_dateline_dates_the_release():
    # "HOUSTON ― Sept. 10, 2025 ― Researchers at ...": U+2015 written as the dateline's dash
    assert _written("set12", "y19.txt").published_on == date(2025, 9, 10)


@pytest.mark.parametrize("name,day", [("z29.txt", date(2026, 2, 10)), ("z39.txt", date(2024, 6, 6))])
def test_date_line_under_the_opening_paragraph_dates_the_release(name, day):
    # "CAMBRIDGE, Mass. — Familial ... \n\nJune 6, 2024\n\nThe study, published in ...": a dateline without a date
    assert _written("set13", name).published_on == day


def test_written_release_journals_and_dates_set14():
    # "the team's 2023 study, published in The Journal of Infectious Diseases" is an earlier study's venue
    assert _written_record("set14", "a17.txt").journal is None
    # "Meeting abstracts are published in the Association's journal Circulation as an online supplement"
    assert _written_record("set14", "a27.txt").journal is None
    assert _written("set14", "a22.txt").published_on == date(2025, 7, 1)  # "2025年7月1日"


@pytest.mark.parametrize(
    "name,day",
    [
        ("b12.txt", date(2026, 2, 19)),  # only "EMBARGOED UNTIL 11:00 AM US ET, THURSDAY, FEBRUARY 19, 2026" above
        ("b28.txt", date(2026, 11, 3)),  # "Rotterdam, 03-11-2026"
        ("b40.txt", date(2026, 5, 25)),  # "MONTRÉAL, le 25 mai 2026 –"
    ],
)
def test_written_release_dates_set15(name, day):
    assert _written("set15", name).published_on == day


@pytest.mark.parametrize(
    "set_name,name,issuer",
    [
        # sets 16-17
        ("set16", "c29.txt", "The Lancet"),  # "The Lancet Diabetes & Endocrinology press office": "&" inside the name
        ("set17", "d11.txt", "National University of Singapore"),  # "the Yong Loo Lin School of Medicine, National ..."
        ("set17", "d15.txt", "University of Tokyo"),  # header "Graduate School of Medicine"; "..., The University of Tokyo"
        ("set17", "d21.txt", "ETH Zurich"),  # "ETH News" over "Researchers at ETH Zurich"
        ("set17", "d25.txt", "Consejo Superior de Investigaciones Científicas"),  # a header line in Spanish
        ("set17", "d27.txt", "Cell Press"),  # EurekAlert: "News Release <date>" / "Cell Press" / the type / embargo
        ("set17", "d14.txt", "Fiocruz"),  # "Agência Fiocruz de Notícias" over the page
        ("set10", "x09.txt", "CiRA"),  # "CiRA International Public Communications Office"
        ("set13", "z35.txt", "Cell Press"),  # the usual EurekAlert copy: the title under "NEWS RELEASE <date>"
        # sets 18-19
        ("set18", "e09.txt", "Max-Planck-Institut für Biologie des Alterns"),  # a hyphen-joined head word
        ("set18", "e31.txt", "University of São Paulo"),  # the newsroom "Jornal da USP" (set 20) names it first
        ("set19", "f05.txt", "Sheba Medical Center"),  # a wire release; "Newsweek" only in its About paragraph
        ("set19", "f18.txt", "Copenhagen University Hospital"),  # "Rigshospitalet – Copenhagen University Hospital"
        # the line over the release, "Fundação Oswaldo Cruz (Fiocruz)" (the study's home, "pesquisadores do Laboratório
        # de ... do Instituto Oswaldo Cruz", is its institute: the registry knows it as Fiocruz's since registries 7)
        ("set10", "x10.txt", "Fundação Oswaldo Cruz"),
        # set 20
        ("set20", "g05.txt", "Cell Press"),  # "Cell Press" alone under the embargo line; the opening names a university
        ("set20", "g36.txt", "Cancer Research UK"),  # above "Press release", and "About Cancer Research UK" at the end
        ("set20", "g13.txt", "Universidade de São Paulo"),  # the newsroom "Jornal da USP"
        ("set20", "g22.txt", "Clínic Barcelona"),  # "Clínic Barcelona | Sala de prensa", signed again at the end
        ("set18", "e23.txt", "Karolinska Institutet"),  # "pressinfo@ki.se" over the footer "Karolinska Institutet – ..."
        # set 21
        ("set21", "h04.txt", "Max-Planck-Institut für Immunbiologie und Epigenetik"),  # "und" inside a name
        # the logo's acronym, spelled out in the footer; not the campus of the dateline ("Ciudad Universitaria.")
        ("set21", "h20.txt", "Universidad Nacional Autónoma de México"),
        ("set18", "e06.txt", "Cancer Research UK"),  # "Media releases" marks a release
        # set 23
        # "Científicos del Instituto de Biotecnología (IBt) de la Universidad Nacional Autónoma de México"
        ("set23", "j03.txt", "Universidad Nacional Autónoma de México"),
        ("set23", "j15.txt", "CONICET"),  # "Por Cecilia Ferraro — Prensa CONICET"
        ("set23", "j17.txt", "UFMG"),  # "Assessoria de Imprensa UFMG"
        ("set23", "j37.txt", "Universidad de los Andes"),  # "Dirección de Comunicaciones, Universidad de los Andes"
        # set 22
        # "About DNDi" over "The Drugs for Neglected Diseases initiative (DNDi) is ...": an acronym ending in a small
        # letter, spelled out with a lower-case last word
        ("set22", "i14.txt", "Drugs for Neglected Diseases initiative"),
        ("set22", "i24.txt", "Fiocruz"),  # "Agência Fiocruz de Notícias"
        # "About Alzheimer's & Dementia" (the society's journal), then "About the Alzheimer's Association", whose
        # media line the contact block names
        ("set22", "i28.txt", "Alzheimer's Association"),
        ("set22", "i31.txt", "Instituto Nacional de Salud"),  # "researchers at Peru's Instituto Nacional de Salud"
        # a bilingual header line: "질병관리청 보도자료 | Korea Disease Control and Prevention Agency Press Release"
        ("set22", "i34.txt", "Korea Disease Control and Prevention Agency"),
        # sets 24-25
        ("set24", "k04.txt", "UQ"),  # "UQ News" over "Health & Medicine", a section's label, not a name
        # "pressoffice@leeds.ac.uk": the domain's word is the distinctive word of "University of Leeds", not the
        # start of "Leeds University Press Office"
        ("set24", "k11.txt", "University of Leeds"),
        ("set25", "m13.txt", "Oxford University Press USA"),  # a university's press is not the university
        # "June 16, 2026 08:00 ET | Source: Meridale Pharma, Inc." is a header line, so the wire's dateline is found
        ("set25", "m38.txt", "Meridale Pharma, Inc"),
        # "ranked No. 1 ... by U.S. News & World Report" in the closing prose of a release names no publisher
        ("set25", "m39.txt", "Hospital for Special Surgery"),
        # sets 26-27
        ("set26", "n06.txt", "Medizinische Universität Wien"),  # "Medizinische Universität Wien – Presseaussendung"
        ("set26", "n31.txt", "Universitätsspital Basel"),  # "Universitätsspital Basel – Medienmitteilung"
        # "Trinity College Dublin – News & Events"; not "Professor Ní Bhriain is a Fellow of ...", a person
        ("set26", "n13.txt", "Trinity College Dublin"),
        # a header line saying whose release it is outranks the study's home in the opening
        ("set27", "q04.txt", "Cancer Research UK"),  # "Cancer Research UK press release"
        ("set27", "q07.txt", "CSIC"),  # "CSIC Comunicación – Consejo Superior de Investigaciones Científicas"
        # header lines and German study homes
        # a "X press release" header line names X only when X is a name: not a newsroom ("Research News | Press
        # Release"), not "JOINT MEDIA RELEASE"; a name in capitals is written in title case
        ("set12", "y11.txt", "KAIST"),
        ("set6", "v40.txt", "Tasman Institute of Medical Research"),
        ("set7", "v33.txt", "Halvorsen Scientific Publishing"),
        # "Forschende der Medizinischen Universität Wien": the name as it stands alone
        ("set23", "j39.txt", "Medizinische Universität Wien"),
        # sets 28-29
        ("set29", "t08.txt", "Max-Planck-Institut für Biologie des Alterns"),  # "Kontakt / Contact:" block
        ("set29", "t30.txt", "Universitätsklinikum Heidelberg"),  # "Pressekontakt:" / "X, Unternehmenskommunikation"
        ("set29", "t10.txt", "AHA"),  # "AHA Communications & Media Relations, ahacommunications@heart.org"
        ("set29", "t36.txt", "eLife"),  # a journal's press officer: "Lydia Crane, eLife"
        ("set29", "t37.txt", "NHS England"),  # "NHS England Media Team: england.media@nhs.net"
        # an institute no registry knows, named before its institution
        ("set28", "r25.txt", "Academia Sinica"),  # "the Institute of Biomedical Sciences, Academia Sinica"
        ("set28", "r21.txt", "University of Tokyo"),  # "the Institute of Medical Science, The University of Tokyo"
        # "Media: UQ Communications, communications@uq.edu.au"; "University of Queensland researchers from the IMB"
        ("set28", "r28.txt", "University of Queensland"),
        # sets 30-31
        ("set30", "u11.txt", "Doherty Institute"),  # "Media enquiries: Doherty Institute Communications, media@..."
        # an office before its owner: "Communications Department, Hospital Clínic de Barcelona – comunicacio@clinic.cat"
        ("set30", "u25.txt", "Hospital Clínic de Barcelona"),
        # "Assessoria de Imprensa — Faculdade de Medicina da Universidade de São Paulo imprensa@fm.usp.br"
        ("set30", "u20.txt", "Faculdade de Medicina da Universidade de São Paulo"),
        ("set30", "u36.txt", "Fudan University"),  # "A team from Fudan University's Zhongshan Hospital"
        ("set31", "v23.txt", "Wellcome"),  # "News | Wellcome" over the release, "About Wellcome" under it
        ("set31", "v40.txt", "The Lancet"),  # "The Lancet: Global burden of ..." (the journal's press office)
        # not the unit's words: "Office of University Communications, Appalachian Highlands University"
        ("set3", "s40.txt", "Appalachian Highlands University"),
        ("set29", "t17.txt", "RIKEN"),  # "RIKEN International Affairs Division, Press Office"
        # sets 32-33
        ("set32", "w01.txt", "Deutsches Krebsforschungszentrum"),  # "Kommunikation und Marketing" over the owner's line
        # an office before its owner in Dutch and Italian; a telephone line under it is no rest of a sentence
        ("set32", "w10.txt", "LUMC"),  # "Afdeling Communicatie LUMC" / "071 526 8005"
        ("set32", "w30.txt", "Amsterdam UMC"),  # "Persvoorlichting Amsterdam UMC"
        ("set32", "w25.txt", "Università degli Studi di Padova"),  # "Ufficio Stampa – Università degli Studi di Padova"
        # "This text was originally published by Agência FAPESP under Creative Commons license ..."
        ("set33", "x33.txt", "Agência FAPESP"),
        # set 34
        # "Hospital Clínic de Barcelona y del Instituto de Investigaciones Biomédicas ...": two institutions
        ("set34", "y13.txt", "Hospital Clínic de Barcelona"),
        # "Cancer Research UK has today announced £24 million ... to the University of Manchester", "About Cancer
        # Research UK" at the end: the announcer issues the release, not the institution it names
        ("set34", "y24.txt", "Cancer Research UK"),
        # "Halcyra Bio, Inc. (Nasdaq: HLCY), a clinical-stage ... company <124 characters>, today announced"
        ("set34", "y31.txt", "Halcyra Bio, Inc"),
        # a numbered note to editors: "2. For more information, please contact the Guy's and St Thomas' press office"
        ("set34", "y37.txt", "Guy's and St Thomas'"),
        # "Researchers at the Garvan Institute of Medical Research ..." and later "... Lab at Garvan"
        ("set34", "y22.txt", "Garvan Institute of Medical Research"),
        # set 37
        ("set37", "k10.txt", "Helsingin yliopisto"),  # a Nordic name's lower-case head word, on a line over the release
        ("set37", "k19.txt", "BioArctic AB"),  # "BioArctic AB (publ) (Nasdaq Stockholm: BIOA B) today announced"
        # "Symbiome Health Inc. (CSE:SYMB)(OTCQB:SYMBF) ("Symbiome" or the "Company"), ..., is pleased to announce"
        ("set37", "k24.txt", "Symbiome Health Inc"),
        # sets 48-49
        # a breadcrumb past a unit: "UNIVERSITY OF COPENHAGEN › FACULTY OF HEALTH AND MEDICAL SCIENCES › NEWS"
        ("set48", "ag15.txt", "University of Copenhagen"),
        # "Humanitas Press Office": the one-word name the text spells out ("IRCCS Humanitas Research Hospital")
        ("set48", "ag17.txt", "IRCCS Humanitas Research Hospital"),
        # "Media contact: DFG Press and Public Relations" over "Programme contact: ..., Collaborative Research Centres"
        ("set48", "ag25.txt", "DFG"),
        ("set48", "ag29.txt", "Helmholtz Munich"),  # "Story Source: Materials provided by Helmholtz Munich."
        # a breadcrumb past other crumbs names only a registry institution, not a unit ("Institute of Clinical
        # Medicine > Research > News"); the contact block names the university
        ("set11", "x37.txt", "University of Oslo"),  # the contact's, not the site name "Medicine and Health Sciences News"
        # set 7
        ("set7", "v27.txt", "NHS England"),  # the site's breadcrumb: "NHS England » News » ..."
        ("set7", "v37.txt", "KAIST"),  # "KAIST NEWS" over "KAIST announced ...", never spelled out
        ("set7", "v28.txt", "UK Health Security Agency"),  # GOV.UK's "From: UK Health Security Agency"
        # set 8
        ("set8", "v13.txt", "NeuroVela, Inc"),  # "NEW YORK, NY / ACCESSWIRE / April 23, 2024 / NeuroVela, Inc. ... announced"
        ("set8", "v23.txt", "Cancer Research UK"),  # the page's header line and "Cancer Research UK is a registered charity"
        ("set8", "v28.txt", "University of Helsinki"),  # AlphaGalileo's "Contributed by: University of Helsinki"
        ("set8", "v29.txt", "Universidad del Pacífico Sur"),  # not cut at a French "sur"
        ("set8", "v36.txt", "Harrowgate Academic Press"),  # notes to editors: "3. Harrowgate Academic Press is ..."
        # set 9
        ("set9", "w13.txt", "Rigshospitalet"),  # its header line, and "Rigshospitalet is part of the Capital Region ..."
        ("set9", "w24.txt", "Karolinska Institutet"),  # a repost's "News | Published: ... | Original story from ..."
        ("set9", "w28.txt", "American University of Beirut"),  # a unit's header line: "the Faculty of ... at the American ..."
        ("set9", "w32.txt", "University of the Western Downs"),  # "the University of the Western Downs' Centre for ..."
        # set 10
        ("set10", "x06.txt", "Centro Nacional de Investigaciones Cardiovasculares"),  # "CNIC" spelled out after "del"
        ("set10", "x07.txt", "Istituto Superiore di Sanità"),  # "ISS – Istituto Superiore di Sanità"
        ("set10", "x26.txt", "Nordhavn Institute for Metabolic Research"),  # not the menu's "About the Institute"
        ("set10", "x34.txt", "Instituto Andino de Medicina de Altura"),  # "Instituto Andino de Medicina de Altura (IAMA)"
        ("set10", "x37.txt", "Aldergrove University"),  # the masthead's line, not the byline below the date
        ("set10", "x39.txt", "Danish Centre for Infection Epidemiology"),  # the bilingual line's part ending in "(DCIE)"
        # set 11
        ("set11", "x06.txt", "Charité – Universitätsmedizin Berlin"),  # "Pressemitteilung | Charité – ...", not the contact's unit
        ("set11", "x11.txt", "University of Edinburgh"),  # the logo's "THE UNIVERSITY of EDINBURGH", not a related link
        ("set11", "x28.txt", "Indian Institute of Science"),  # only the press office's "news@iisc.ac.in" names it
        ("set11", "x31.txt", "Osaka University"),  # "News provided by Osaka University" on a platform's page
        # set 12
        ("set12", "y03.txt", "University of Edinburgh"),  # ScienceDaily's "Story Source:" line, the institution on the next line
        ("set12", "y18.txt", "Mass General Brigham"),  # not its hospital "Mass General", a shorter registry name
        ("set12", "y22.txt", "Garvan Institute of Medical Research"),  # only the footer's "© 2024 Garvan Institute ..."
        ("set12", "y33.txt", "Indian Council of Medical Research"),  # not the ministry line that sits above "PRESS RELEASE"
        # set 13
        ("set13", "z18.txt", "University of Washington"),  # only the press contact's "lostrand@uw.edu" (a two-letter .edu)
        ("set13", "z21.txt", "UT Southwestern Medical Center"),  # the header line "UT Southwestern Medical Center | Newsroom"
        ("set13", "z22.txt", "University of Bristol"),  # the repost's byline "by Tom Haskins, University of Bristol"
        ("set13", "z26.txt", "Institute for Molecular Medicine Finland"),  # header "... Finland FIMM", the acronym left out
        # set 14
        ("set14", "a03.txt", "Johns Hopkins Medicine"),  # "Source Newsroom:" outranks the opening's "researchers at the ... Center"
        ("set14", "a05.txt", "Max-Planck-Institut für Biologie des Alterns"),  # its header line; not "... in Cologne"
        ("set14", "a06.txt", "Monash University"),  # only the contact's "lauren.tsai@monash.edu"
        ("set14", "a19.txt", "University of Chile"),  # "Researchers at the Faculty of Medicine of the University of Chile"
        ("set14", "a32.txt", "University of Helsinki"),  # "© 2025 Helsingin yliopisto – University of Helsinki"
        # set 15
        ("set15", "b03.txt", "Karolinska Institutet"),  # a repost's header line "Source: Karolinska Institutet"
        ("set15", "b17.txt", "University of Cape Town"),  # "Media queries:" over "..., University of Cape Town"
        ("set15", "b21.txt", "Leiden University Medical Center"),  # "Source: Leiden University Medical Center (LUMC)"
        ("set15", "b24.txt", "Lupus Horizons Foundation"),  # the funder's release: its contact domain and its About paragraph
        ("set15", "b36.txt", "Washington University School of Medicine in St. Louis"),  # not cut at "St."
        ("set15", "b39.txt", "Baylor College of Medicine"),  # only "bcm.edu": a registry name's initials
        ("set15", "b40.txt", "McGill University"),  # "McGill University's Rosalind and Morris Goodman Cancer Institute"
        # set 39
        ("set39", "l17.txt", "University of Cape Town"),  # "University of Cape Town News": a newsroom's owner with a link word
        # "Temerty Faculty of Medicine | News" over "... led by researchers at the Temerty Faculty of Medicine"
        ("set39", "l03.txt", "Temerty Faculty of Medicine"),
        # "Brighter World | McMaster University" and "McMaster University" in the media contact, over a trial "led by
        # the Population Health Research Institute"
        ("set39", "l21.txt", "McMaster University"),
        # "Michael E. DeBakey VA Medical Center" over the release and in the contact ("... Medical Center 713-794-0000"),
        # "Researchers at Baylor College of Medicine ..." in the opening
        ("set39", "l29.txt", "Michael E. DeBakey VA Medical Center"),
        ("set39", "l25.txt", "University of Wisconsin–Madison"),  # "School of Medicine and Public Health" over its university
        ("set39", "l06.txt", "UNAM"),  # "Investigadores del Instituto de Investigaciones Biomédicas (IIBm) de la UNAM"
        # set 40
        # contact "Public Relations Office, Graduate School of Medicine, The University of Tokyo": past the unit
        ("set40", "o01.txt", "University of Tokyo"),
        # "A research team from the School of Public Health, LKS Faculty of Medicine, The University of Hong Kong"
        ("set40", "o07.txt", "University of Hong Kong"),
        # newsroom lines whose owner the press contact names, over an affiliated hospital the opening names first
        ("set40", "o15.txt", "Yonsei University College of Medicine"),
        ("set40", "o17.txt", "Fudan University"),
        # set 42
        # a repost platform's page ("Mirage News" over the title) closed by "Source: Medical University of Lodz"
        ("set42", "aa06.txt", "Medical University of Lodz"),
        # the opening's study home, in a text closed by a line of its own with a place and a date ("Ankara, 18 March
        # 2026"), when nothing else names an issuer
        ("set42", "aa07.txt", "Hacettepe University"),
        # "This press release was issued by the European Association for the Study of Obesity (EASO)."
        ("set42", "aa13.txt", "European Association for the Study of Obesity"),
        # a marked release whose title opens with its issuer in two languages ("Itä-Suomen yliopisto / University of
        # Eastern Finland: Low fitness ...")
        ("set42", "aa20.txt", "University of Eastern Finland"),
        # "Issued by: University Relations Office, Kwame Nkrumah University of Science and Technology (KNUST), Kumasi"
        ("set42", "aa21.txt", "Kwame Nkrumah University of Science and Technology"),
        # "Notes to editors" marks a release; its numbered about-note "3. The Midlands Institute of Child Health
        # (MICH) is an independent research institute ..." names the issuer
        ("set42", "aa23.txt", "Midlands Institute of Child Health"),
        # the study home in the first sentence after the key points a release lists over it
        ("set42", "aa24.txt", "Indian Institute of Technology Guwahati"),
        # "Press Office of Nicolaus Copernicus University in Toruń"
        ("set42", "aa27.txt", "Nicolaus Copernicus University in Toruń"),
        # a newsroom line with the newsroom's word first: "News | University of Lincoln"
        ("set42", "aa37.txt", "University of Lincoln"),
        # set 44
        ("set44", "ac02.txt", "Universidad de Concepción"),  # closing "Fuente: Dirección de Comunicaciones, Universidad de ..."
        # "About the institute" then "The Bergmann-Institut für Alternsbiologie (...) is an independent ..."
        ("set44", "ac04.txt", "Bergmann-Institut für Alternsbiologie"),
        ("set44", "ac07.txt", "University of KwaZulu-Natal"),  # "Issued by: Corporate Relations Division, University of ..."
        # a dated release whose title opens "Universitas Gadjah Mada study: ..."
        ("set44", "ac09.txt", "Universitas Gadjah Mada"),
        # "Fuente: Instituto Nacional de ... Salvador Zubirán (INCMNSZ), Coordinación de Comunicación Social"
        ("set44", "ac15.txt", "Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán"),
        # "Newswise — An artificial ..." closed by "Source: The University of Texas Rio Grande Valley"
        ("set44", "ac24.txt", "University of Texas Rio Grande Valley"),
        ("set44", "ac26.txt", "Instituto Andino de Medicina de Altura"),  # "X — Comunicados de prensa"
        # "Kestrel Immunotherapeutics, a clinical-stage biotechnology company developing ..., today announced"
        ("set44", "ac30.txt", "Kestrel Immunotherapeutics"),
        ("set44", "ac32.txt", "Universidad de Granada"),  # "Unidad de Cultura Científica — Universidad de Granada"
        ("set44", "ac33.txt", "Harlow Foundation for Childhood Brain Tumours"),  # "Issued on behalf of The Harlow Foundation ..."
        # "Western University | Schulich School of Medicine & Dentistry > News > 2026"
        ("set44", "ac40.txt", "Schulich School of Medicine & Dentistry"),
        # "the university's College of Medicine" names no institution (the issuer is only in an e-mail domain)
        ("set44", "ac16.txt", None),
        # set 45
        # EurekAlert!'s "Peer-Reviewed Publication" / "JOHNS HOPKINS MEDICINE" outranks the study home the opening
        # names ("Scientists at the Kennedy Krieger Institute ...")
        ("set45", "ad02.txt", "Johns Hopkins Medicine"),
        # "a trial conducted at UW Medicine and the Fred Hutch clinical research network", press contact
        # media@fredhutch.org: the partner whose domain the contact writes from
        ("set45", "ad07.txt", "Fred Hutch"),
        # "Forschende am Max-Planck-Institut für Biologie des Alterns": a German compound head word
        ("set45", "ad16.txt", "Max-Planck-Institut für Biologie des Alterns"),
        # "Contact details: Media Office, Wellcome Sanger Institute" under a study homed at a partner hospital
        ("set45", "ad18.txt", "Wellcome Sanger Institute"),
        ("set45", "ad19.txt", "Seoul National University Hospital"),  # the owner's line over "Public Relations Team"
        # "Sobre o Einstein" over "... O Hospital Israelita Albert Einstein é referência ..."
        ("set45", "ad28.txt", "Hospital Israelita Albert Einstein"),
        # the writer's sign-off "— Story by ..., Temerty Faculty of Medicine, University of Toronto"
        ("set45", "ad31.txt", "University of Toronto"),
        # set 47
        # a funder's release about work at a university: "please contact the Alzheimer's Research UK press office"
        # and "About Alzheimer's Research UK" close it; the opening homes the study at UCL
        ("set47", "af31.txt", "Alzheimer's Research UK"),
        ("set47", "af08.txt", "Cancer Research UK"),  # "For media enquiries contact the Cancer Research UK press office"
    ],
)
def test_written_release_issuer(set_name, name, issuer):
    assert _written(set_name, name).publisher == issuer


def test_written_release_dates_and_journals_sets16_17():
    assert _written("set16", "c35.txt").published_on == date(2026, 4, 2)  # "ST. LOUIS — Thursday, April 2, 2026 —"
    assert _written("set17", "d16.txt").published_on == date(2026, 4, 22)  # "22 April 2026   KU Leuven" under share words
    assert _written("set17", "d34.txt").published_on == date(2026, 7, 1)  # "São Paulo, 1º de julho de 2026"
    assert _written_record("set16", "c21.txt").journal == "JACC: Basic to Translational Science"
    # a biography: "Her team's work on interferon signaling in children has appeared in Science Immunology"
    assert _written_record("set16", "c19.txt").journal is None


@pytest.mark.parametrize(
    "opening,issuer",
    [
        ("Researchers at the Faculty of Medicine, University of Oslo, have found", "University of Oslo"),
        ("Researchers from the Perelman School of Medicine at the University of Pennsylvania have found",
         "Perelman School of Medicine at the University of Pennsylvania"),
        ("Researchers at the Wyss Institute at Harvard University have found", "Wyss Institute"),
    ],
)
def test_release_issuer_a_unit_named_before_its_institution(opening, issuer):
    text = (f"A title about a study\n\nBOSTON, March 3, 2026 -- {opening} that a protein drives inflammation in "
            "mice. The study was published in Nature.\n\nMore text about the study follows here, and it is long "
            "enough to be prose in this release.\n")
    [rec] = build_articles("0" * 64, "r.txt", text, detect_format("r.txt", text))
    assert rec.article.publisher == issuer


def test_written_release_dates_sets18_19():
    assert _written("set19", "f07.txt").published_on == date(2026, 3, 12)  # "Aarhus, 12. marts 2026"
    assert _written("set19", "f34.txt").published_on == date(2026, 4, 2)  # "April 2, 2026 /PRNewswire/ --"
    # an office line's owner is an organisation: not "Strategische" from "Strategische Kommunikation ..."
    assert _written("set18", "e37.txt").publisher != "Strategische"


def test_release_venue_cues_in_other_languages():
    assert find_journal("Les résultats sont publiés dans le Journal of Hepatology.") == "Journal of Hepatology"
    # an earlier study's venue, dated after it, is not the release's
    assert find_journal("Ses études, publiées notamment dans Nature en 2015, ont ouvert la voie.", release=True) is None


def test_a_contact_e_mail_line_is_not_the_rest_of_a_sentence():
    text = ("A title about a study\n\nResearchers found that a protein drives inflammation in mice, and the study "
            "is long enough to be prose.\n\nReference: Smith J, et al. A paper. Ann Oncol. 2026. DOI: 10.1016/j.x.2026\n\n"
            "Comunicación Clínic Barcelona\ncomunicacio@clinic.cat\nTel. 93 227 54 00\n")
    cleaned = clean_document(text)
    assert "Comunicación Clínic Barcelona" in cleaned.trailer.split("\n")


def test_a_known_journal_title_goes_on_past_a_dash():
    text = "O estudo foi publicado na revista científica The Lancet Regional Health – Americas."
    assert find_journal(text, release=True) == "The Lancet Regional Health – Americas"
    assert find_journal("The findings appear in the Lancet — and doctors welcomed them.") == "The Lancet"


def test_written_release_dates_set23():
    assert _written("set23", "j06.txt").published_on == date(2026, 6, 9)  # "Praha, 9. června 2026"
    assert _written("set23", "j08.txt").published_on == date(2026, 5, 14)  # a date line under two header lines
    assert _written("set23", "j34.txt").published_on == date(2026, 6, 3)  # "KRAKÓW, ... (GLOBE NEWSWIRE) --"
    assert parse_date("Kraków, 12 października 2026") == date(2026, 10, 12)


def test_release_venue_cues_in_polish_and_italian():
    assert find_journal("Wyniki badania opublikowano w czasopiśmie European Heart Journal.") == "European Heart Journal"
    assert find_journal("Lo studio è stato pubblicato sul Journal of Clinical Investigation.") == (
        "Journal of Clinical Investigation")


def test_korean_date_and_a_date_line_under_a_header():
    assert parse_date("2026. 2. 11. (Wed)") == date(2026, 2, 11)
    assert parse_date("See Nature. 2026. 17(1):25-34.") is None
    assert _written("set22", "i34.txt").published_on == date(2026, 2, 11)  # not glued to the header line above


def test_a_mixed_case_acronym_is_spelled_out_and_found_from_a_mail_domain():
    from pipeline.metadata import _domain_owner, _spelled_out

    body = "The trial was sponsored by the Drugs for Neglected Diseases initiative (DNDi) and partners."
    assert _spelled_out("DNDi", body) == "Drugs for Neglected Diseases initiative"
    assert _spelled_out("DNDi", "sponsored by the Drugs for Neglected Diseases programme (DNDi)") is None
    assert _domain_owner("Media contact: media@dndi.org", body) == "Drugs for Neglected Diseases initiative"


def test_an_office_line_names_its_owner():
    from pipeline.metadata import _office_owner

    # the closing line of set 17's d14, whose header now names Fiocruz first
    assert _office_owner("Fundação Oswaldo Cruz (Fiocruz) – Coordenadoria de Comunicação Social") == (
        "Fundação Oswaldo Cruz")
    assert _office_owner("Hanna Virtanen, Communications Officer") is None


def test_written_release_dates_set24():
    assert _written("set24", "k17.txt").published_on == date(2026, 3, 9)  # "Publication date: 9 March 2026"
    assert _written("set24", "k28.txt").published_on == date(2026, 4, 28)  # "Vancouver, B.C. — April 28, 2026"
    assert _written("set24", "k40.txt").published_on == date(2026, 4, 15)  # "Published on 04/15/2026"
    assert parse_date("Published on 04/15/2026") == date(2026, 4, 15)
    assert parse_date("Published on 04/05/2026") == date(2026, 5, 4)  # padded: day first, as before


def test_written_release_journals_and_dates_sets26_27():
    # a biography's or a centre's body of work is no venue: "has published extensively, including landmark papers
    # in Science and Cell", "has published in The Lancet", "including studies published in Science"
    assert _written_record("set26", "n40.txt").row()["journal"] is None
    assert _written_record("set27", "q35.txt").row()["journal"] is None
    # "About JAMA Pediatrics:" names the journal when the prose names only an earlier study's venue
    assert _written_record("set27", "q18.txt").row()["journal"] == "JAMA Pediatrics"
    # a Springer reference line: "Acta Neuropathologica (2026) 152:41"
    assert _written_record("set27", "q39.txt").row()["journal"] == "Acta Neuropathologica"
    assert _written("set26", "n04.txt").published_on == date(2026, 5, 12)  # "LEIDEN, the Netherlands — 12 May 2026 —"
    assert _written("set26", "n08.txt").published_on == date(2026, 3, 24)  # "Ghent/Leuven, 24/03/2026 –"
    assert _written("set27", "q24.txt").published_on == date(2026, 8, 12)  # "12 Aug 2026 9:14 am AEST"


def test_a_lone_date_line_among_the_closing_lines():
    assert _written("set29", "t03.txt").published_on == date(2026, 9, 2)
    assert _written("set29", "t26.txt").published_on == date(2026, 6, 13)
    assert _written("set1", "rel28.txt").published_on is None  # "Article Publication Date" over it: the paper's
    assert _written("set14", "a37.txt").published_on is None  # three dated teasers under "Related news"


def test_written_release_journals_and_dates_sets30_31():
    # "Gut, the journal of the British Society of Gastroenterology, published the findings online this week."
    assert _written_record("set30", "u12.txt").row()["journal"] == "Gut"
    assert _written_record("set30", "u37.txt").row()["journal"] == "American Journal of Human Genetics"
    # a reference line "... Nature Aging (2026). DOI: ..." where the prose names only an earlier study's venue
    assert _written_record("set30", "u06.txt").row()["journal"] == "Nature Aging"
    assert _written("set30", "u30.txt").published_on == date(2026, 7, 29)  # a closing line "Ibadan, 29 July 2026"


def test_written_release_journals_and_dates_set32():
    # a reference line with a Spanish title: "... etiológico. Revista Argentina de Parasitología Clínica. 2026;..."
    assert _written_record("set32", "w16.txt").row()["journal"] == "Revista Argentina de Parasitología Clínica"
    assert _written("set32", "w35.txt").published_on == date(2026, 4, 14)  # "(Vienna, 14-04-2026) Children with ..."


def test_a_foreign_and_before_an_article_joins_two_institutions():
    from pipeline.extract.institutions import find_institutions, load_institutions

    text = "Un equipo del Hospital Clínic de Barcelona y del Instituto de Investigaciones Biomédicas ha identificado"
    names = [m.text for m in find_institutions(text, load_institutions())]
    assert "Hospital Clínic de Barcelona" in names
    # without an article the conjunction is inside one name
    text = "con el apoyo del Consejo Nacional de Ciencia y Tecnología de México"
    assert not any(n.endswith("Ciencia") for n in (m.text for m in find_institutions(text, load_institutions())))


def test_a_stated_issuer_outranks_its_parents_mail_domain():
    # "National Cancer Institute" over the release, "About the National Cancer Institute (NCI)", and a press office
    # writing from mail.nih.gov: NCI issued it, not NIH (whose releases say "NIH News")
    assert _written("set35", "z10.txt").publisher == "National Cancer Institute"


def test_the_health_sciences_office_is_the_universitys():
    # "Media contact: UC San Diego Health Sciences Communications, healthsciences-news@ucsd.edu": the university's
    # School of Medicine writes, not the UC San Diego Health hospital system
    assert _written("set31", "v39.txt").publisher == "University of California San Diego"


def test_a_journals_owner_over_its_news_page_and_profiles_venues():
    # "Cancer Research UK" over the page and "The British Journal of Cancer is owned by Cancer Research UK and published
    # by Springer Nature" under "About the British Journal of Cancer": the owner's news page
    assert _written("set36", "q33.txt").publisher == "Cancer Research UK"
    # an award announcement: "Her recent work, published in Cell Host & Microbe, described ...", "he co-authored
    # studies on spinal interneurons that appeared in Neuron and Nature Neuroscience" are the scholars' earlier papers
    assert _written_record("set36", "q34.txt").row()["journal"] is None


def test_reference_lines_with_an_apostrophe_or_in_apa_style():
    # "... aged APP transgenic mice. Alzheimer's & Dementia. 2026; DOI: 10.1002/alz.70412"
    assert _written_record("set37", "k19.txt").row()["journal"] == "Alzheimer's & Dementia"
    # "Brennan O, ... (2026). Persistent epigenetic ... after sepsis. Clinical & Translational Immunometabolism, 5(2), e2171."
    assert _written_record("set37", "k28.txt").row()["journal"] == "Clinical & Translational Immunometabolism"


def test_written_release_set38():
    # "LA JOLLA, CA—Chemists at Scripps Research have discovered ...": any discipline's people place the study's home
    assert _written("set38", "p17.txt").publisher == "Scripps Research"
    # "The HOME-OX trial, led by clinicians at Northmoor Teaching Hospitals NHS Foundation Trust, will enrol ..."
    assert _written("set4", "t09.txt").publisher == "Northmoor Teaching Hospitals NHS Foundation Trust"
    # "led by researchers at the Institute in collaboration with clinicians at St Vincent's Hospital Sydney": a
    # collaborator (the issuer is in the copyright line)
    assert _written("set12", "y22.txt").publisher == "Garvan Institute of Medical Research"
    # "Hoboken, NJ, USA – February 3, 2026 – New research published in ...": a dateline's place in three parts
    assert _written("set38", "p38.txt").published_on == date(2026, 2, 3)


def test_medical_xpress_more_information_line_names_the_journal():
    # "More information: Aisha Rahimi et al, Serum glial ... : a prospective multicentre cohort study, Journal of
    # Pediatric Concussion Research (2026). DOI: ..." (a journal no list knows, named nowhere else)
    assert _written_record("set39", "l16.txt").row()["journal"] == "Journal of Pediatric Concussion Research"


@pytest.mark.parametrize(
    "name,journal",
    [
        ("o01.txt", "Nature Communications"),  # "Journal information\nJournal: Nature Communications"
        ("o37.txt", "BMJ"),  # "Journal information: British Medical Journal (BMJ)"
        # a paragraph closed by a note is prose: "... Science Translational Medicine on January 21 (local time).
        # (Paper title: "...", DOI: 10.1126/...)"
        ("o04.txt", "Science Translational Medicine"),
    ],
)
def test_written_release_journal_set40(name, journal):
    assert _written_record("set40", name).row()["journal"] == journal


def test_written_release_set41():
    # a title line in a script without case: "دراسة في مستشفى القلب ... / Heart Hospital study: ..." is the title, so
    # the group's line under it ("Hamad Medical Corporation") stays among the header lines that name the issuer
    n12 = _written("set41", "n12.txt")
    assert n12.title.endswith("Heart Hospital study: small implanted sensor cuts readmissions for heart failure patients")
    assert n12.publisher == "Hamad Medical Corporation"
    # "Shaukat Khanum Memorial Cancer Hospital & Research Centre" over the release and in the media contact (run on
    # with its address), longer than the name the registry knows
    assert _written("set41", "n28.txt").publisher == "Shaukat Khanum Memorial Cancer Hospital & Research Centre"
    # "Koç Üniversitesi | Koç University" over "Researchers at Koç University Research Center for Translational Medicine"
    assert _written("set41", "n31.txt").publisher == "Koç University"


@pytest.mark.parametrize(
    "name,journal",
    [
        ("aa16.txt", "Nature Communications"),  # "..., in: Nature Communications, 2026, DOI: ..."
        ("aa24.txt", "ACS Infectious Diseases"),  # "published in ACS Infectious Diseases" (a title no list knows)
        # "published in Kardiologia Polska (Polish Heart Journal), the official journal of ..."
        ("aa27.txt", "Kardiologia Polska"),
    ],
)
def test_written_release_journal_set42(name, journal):
    assert _written_record("set42", name).row()["journal"] == journal


def test_written_release_set42_turkish_date():
    # "Koç Üniversitesi | Haberler\n22 Nisan 2026": a Turkish month name
    assert str(_written("set42", "aa31.txt").published_on) == "2026-04-22"


def test_written_release_set43():
    # "A research group led by Associate Professor Haruka Tsunoda of the Graduate School of Medicine at the
    # University of Tokyo": the person's title is no institution's name
    assert _written("set43", "ab14.txt").publisher == "University of Tokyo"
    # "Researchers at University College Cork's APC Microbiome Ireland": the institution that owns the centre
    assert _written("set43", "ab40.txt").publisher == "University College Cork"


def test_written_release_set44_dates_and_journal():
    assert str(_written("set44", "ac09.txt").published_on) == "2026-03-18"  # "Yogyakarta, 18 Maret 2026 —"
    # "according to a study in Ophthalmology Science": longer than the known "Ophthalmology"
    assert _written_record("set44", "ac24.txt").row()["journal"] == "Ophthalmology Science"
    # a meeting presentation; "A landmark 2016 trial published in The Lancet" is an earlier study's venue
    assert _written_record("set44", "ac06.txt").row()["journal"] is None


def test_written_release_set45_journal_and_date():
    # an ASCO "Press Program" abstract release: the earlier study's venue ("published in the Journal of Clinical
    # Oncology in 2023") is not its journal
    assert _written_record("set45", "ad17.txt").row()["journal"] is None
    # the only date is an embargo line set under a "Media Advisory" paragraph
    assert str(_written("set45", "ad20.txt").published_on) == "2026-06-12"


@pytest.mark.parametrize(
    "name,journal",
    [
        ("af02.txt", "The Lancet Infectious Diseases"),  # the journal's press office: "The Lancet Infectious Diseases: ..."
        ("af07.txt", "Nature Genetics"),  # "Publication: ... (2026) 'Title'. Nature Genetics. DOI: ..."
        ("af20.txt", None),  # an award announcement: "her findings have appeared in Science and Neuron" is a biography
    ],
)
def test_written_release_journal_set47(name, journal):
    assert _written_record("set47", name).row()["journal"] == journal


def test_written_release_journal_set49():
    # "published in the Clinical Journal of the American Society of Nephrology (CJASN)": an adjective before
    # "Journal of", and "Society" inside the title
    assert _written_record("set49", "ah15.txt").row()["journal"] == "Clinical Journal of the American Society of Nephrology"
