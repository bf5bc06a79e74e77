"""Cleaning and metadata on the real seed documents."""

from datetime import date

import pytest

from pipeline.clean import clean_document
from pipeline.metadata import extract_metadata, parse_date
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
        ("003", "Cancer cell-derived interleukin 1alpha contributes to autocrine and paracrine induction of "
         "pro-metastatic genes in breast cancer", None, "WebMD", "abstract"),
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
    assert joined == ["In June 2010, the Food and Drug Administration approved the first RANKL-inhibiting drug "
                      "for use in postmenopausal women at risk for osteoporosis."]


def test_every_article_sentence_stays(seed_texts):
    body_002 = _article(seed_texts, "002").article.body
    assert "The research was supported by the National Institutes of Health" in body_002
    body_004 = _article(seed_texts, "004").article.body
    assert "under award numbers CA94060 and CA163167" in body_004
    assert body_004.rstrip().endswith("Department of Defense Era of Hope breast cancer postdoctoral fellowship.")
    body_000 = _article(seed_texts, "000").article.body
    assert body_000.startswith("Immune responses inadvertently break down a barrier")  # dateline stripped
    assert body_000.rstrip().endswith("Karin and colleagues report their findings in the journal Nature.")


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
