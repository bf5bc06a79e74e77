"""Reading, decoding and classifying raw files, including hostile ones."""

import json
import os
from pathlib import Path

import pytest

from pipeline.sources import scan_raw_folder
from pipeline.structured import parse_pubtator, split_document

ARTICLE = ("Scientists report that the protein RANKL promotes breast cancer metastasis in mice. "
           "The study was funded by the National Cancer Institute.\n")


def build_hostile_folder(root: Path, outside: Path) -> None:
    """Every kind of bad input the ledger must survive, beside two good files."""
    root.mkdir(parents=True)
    (root / "good.txt").write_text("Title of a story\n\n" + ARTICLE * 3, encoding="utf-8")
    (root / "copy of good.txt").write_bytes((root / "good.txt").read_bytes())  # duplicate, with spaces
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(256))
    (root / "invalid-utf8.txt").write_bytes(b"\xff\xfe\xfd\x80\x81 " * 50 + bytes(range(0x80, 0x100)) * 8)
    (root / "latin1.txt").write_bytes(("Étude à Genève: " + ARTICLE * 2).encode("latin-1"))
    (root / "utf16.txt").write_bytes(("Title\n\n" + ARTICLE * 2).encode("utf-16"))
    (root / "page.html").write_text("<html><head><script>alert(1)</script><style>b{}</style></head><body><h1>T</h1>"
                                    f"<p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (root / "huge.txt").write_bytes(b"a" * 5000)
    (root / "r\u00e9sum\u00e9 na\u00efve.txt").write_text(ARTICLE * 2, encoding="utf-8")
    outside.write_text(ARTICLE, encoding="utf-8")
    (root / "link-outside.txt").symlink_to(outside)
    locked = root / "unreadable.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    sub = root / "nested"
    sub.mkdir()
    (sub / "deep.md").write_text("## A heading\n\n" + ARTICLE, encoding="utf-8")
    # Prose in another script: recorded with the reason the cleaner gives none of it
    (root / "chinese.txt").write_text("炎症促进癌症转移\n\n" + "研究人员发现，白细胞介素促进小鼠乳腺癌的转移。" * 5,
                                      encoding="utf-8")
    # A file name that is not UTF-8 (Linux allows any bytes): stored with the byte escaped.
    (root / os.fsdecode(b"name-\xff.txt")).write_text("A title\n\nIn mice, " + ARTICLE * 2, encoding="utf-8")
    # Exports of the wrong shape: a document that is not an object, passages that are null or strings; the one
    # good document still counts. A mention line with a broken offset; two BioC documents with one id.
    (root / "shapeless.json").write_text(json.dumps({"source": "x", "documents": [
        1, {"id": "7", "passages": None}, {"id": "8", "passages": ["just a string"]},
        {"id": "9", "passages": [{"infons": {"type": "title"}, "text": "A title"},
                                 {"infons": {"type": "abstract"}, "text": "Patients showed that " + ARTICLE}]},
    ]}), encoding="utf-8")
    (root / "broken-offsets.pubtator").write_text(
        "12345|t|IL6 drives metastasis\n12345|a|Interleukin-6 promotes metastasis in mice, a study reports.\n"
        "12345\t0\tabc\tIL6\tGene\t3569\n", encoding="utf-8")
    (root / "twin-ids.xml").write_text(
        "<collection><source>x</source>"
        + "".join(f"<document><id>42</id><passage><infon key='type'>abstract</infon><text>{t} {ARTICLE}</text>"
                  "</passage></document>" for t in ("First of two:", "Second of two:"))
        + "</collection>", encoding="utf-8")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "raw"
    build_hostile_folder(root, tmp_path / "secret.txt")
    return root


def test_every_file_gets_a_status_and_reason(hostile: Path):
    files = {f.source_path: f for f in scan_raw_folder(hostile, max_bytes=4096)}
    status = {k: v.status for k, v in files.items()}
    # Identical bytes: the first path in sorted order is ok, the other points at it.
    assert status["copy of good.txt"] == "ok"
    assert status["good.txt"] == "duplicate" and files["good.txt"].reason == "same bytes as copy of good.txt"
    assert status["empty.txt"] == "quarantined" and files["empty.txt"].reason == "empty file"
    assert status["image.png"] == "quarantined" and "PNG image" in files["image.png"].reason
    assert status["invalid-utf8.txt"] == "quarantined" and "undecodable" in files["invalid-utf8.txt"].reason
    assert status["latin1.txt"] == "ok" and "Genève" in files["latin1.txt"].text
    assert status["utf16.txt"] == "ok" and files["utf16.txt"].encoding == "utf-16"
    assert files["page.html"].format == "html"
    assert status["huge.txt"] == "quarantined" and "size limit" in files["huge.txt"].reason
    assert status["résumé naïve.txt"] == "ok"
    assert status["link-outside.txt"] == "quarantined" and "outside the raw folder" in files["link-outside.txt"].reason
    assert files["link-outside.txt"].text is None  # never followed
    assert files["nested/deep.md"].format == "markdown"
    assert status["name-\\xff.txt"] == "ok"  # the undecodable byte of the name escaped
    assert files["shapeless.json"].format == "bioc_json"
    assert files["broken-offsets.pubtator"].format == "pubtator" and files["twin-ids.xml"].format == "bioc_xml"
    if os.geteuid() != 0:  # root reads anything, so the permission case only exists for other users
        assert status["unreadable.txt"] == "quarantined"
    for f in files.values():
        assert (f.status == "ok") == (f.reason is None)


def test_file_vanishing_between_listing_and_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from pipeline import sources

    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE)
    (root / "gone.txt").write_text(ARTICLE + " more")
    listed = list(sources.iter_raw_files(root))
    (root / "gone.txt").unlink()
    monkeypatch.setattr(sources, "iter_raw_files", lambda _root, *_: iter(listed))
    files = {f.source_path: f for f in sources.scan_raw_folder(root)}
    assert files["gone.txt"].status == "removed"
    assert "disappeared" in files["gone.txt"].reason
    assert files["a.txt"].status == "ok"


def test_missing_raw_folder_yields_nothing(tmp_path: Path):
    assert list(scan_raw_folder(tmp_path / "nope")) == []


def test_pubtator_export_splits_into_abstracts(shared_corpora: Path):
    text = (shared_corpora / "biored" / "Dev.PubTator").read_text(encoding="utf-8")
    articles = parse_pubtator(text)
    assert len(articles) == 100
    first = articles[0]
    assert first.external_id == "PMID:14510914"
    assert first.title.startswith("Congenital hypothyroidism due to a new deletion")
    assert first.text.startswith("OBJECTIVE: Iodide transport defect")
    assert split_document("plain", "text")[0].format == "text"


def test_exports_of_the_wrong_shape_keep_what_parses():
    body = ARTICLE
    shapeless = json.dumps({"documents": [1, {"id": None, "passages": [{"text": body}]},
                                          {"id": None, "passages": None}, {"passages": ["x", {"text": body}]}]})
    keys = [a.key for a in split_document(shapeless, "bioc_json")]
    assert len(keys) == len(set(keys)) == 3  # the document that is not an object is passed over; ids unique
    twins = "<collection>" + "<document><id>42</id><passage><text>x</text></passage></document>" * 2 + "</collection>"
    assert [a.key for a in split_document(twins, "bioc_xml")] == ["42", "42#2"]
    broken = "1|t|Title\n1|a|Abstract text.\n1\t0\tabc\tIL6\tGene\t3569\n1\t0\t5\tTitle\tGene\t1\n"
    assert len(parse_pubtator(broken)) == 1


def test_unchanged_files_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from pipeline import sources

    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE)
    (root / "b.txt").write_text(ARTICLE + " Another sentence.")
    first = {f.source_path: f for f in scan_raw_folder(root)}
    known = {p: sources.KnownFile(f.document_id, f.size_bytes, f.mtime_ns, f.encoding, f.format)
             for p, f in first.items()}
    (root / "b.txt").write_text(ARTICLE + " A changed sentence!")  # same size, new bytes and mtime
    os.utime(root / "b.txt", ns=(first["b.txt"].mtime_ns + 10**9, first["b.txt"].mtime_ns + 10**9))
    read: list[str] = []
    real_scan_file = sources.scan_file
    monkeypatch.setattr(sources, "scan_file", lambda p, *a: read.append(p.name) or real_scan_file(p, *a))
    again = {f.source_path: f for f in sources.scan_raw_folder(root, known=known)}
    assert read == ["b.txt"]  # a.txt's size and mtime match the ledger: not opened
    assert again["a.txt"].document_id == first["a.txt"].document_id and again["a.txt"].text is None
    assert again["a.txt"].status == "ok" and again["a.txt"].format == first["a.txt"].format
    assert again["b.txt"].document_id != first["b.txt"].document_id and "changed" in again["b.txt"].text
    # A lower size limit reaches files already in the ledger: a.txt is read again and gets a new file's verdict.
    limited = {f.source_path: f for f in sources.scan_raw_folder(root, max_bytes=64, known=known)}
    assert limited["a.txt"].status == "quarantined" and "size limit" in limited["a.txt"].reason


@pytest.mark.parametrize(
    "data, encoding, expected",
    [
        # Latin-1 text that the detector alone calls cp775 ("cafķ")
        (("Title\n\nThe café study, led by José Núñez, was naïve. " * 3).encode("latin-1"), "cp1252", "Núñez"),
        (b"R\xe9sum\xe9", "cp1252", "Résumé"),  # a few bytes: a UTF-16 guess without BOM or NULs is no answer
        # UTF-8 with one pasted Latin-1 line (the detector's guess was shift_jis: every line garbled)
        ("Title\n\nThe café study.\nNaïve José.\n".encode() + "Herr Müller sagte.\n".encode("latin-1"),
         "utf-8+cp1252", "café study.\nNaïve José.\nHerr Müller"),
        # as many well-formed UTF-8 characters as broken bytes, in lines of their own: still read line by line
        # (the detector's guess was mac_latin2, which garbled the UTF-8 quotes)
        ("Title\n\nColon cancer \u2013 a so-called \u201cprotective\u201d effect.\n".encode()
         + "Universit\u00e9 de Montr\u00e9al, \u00e9l\u00e8ves.\n".encode("cp1252"),
         "utf-8+cp1252", "\u201cprotective\u201d effect.\nUniversit\u00e9 de Montr\u00e9al"),
        # UTF-16 without a byte-order mark: text, not "binary data (NUL bytes)"
        (("Title\n\nInterleukin-6 promotes metastasis. " * 4).encode("utf-16-le"), "utf-16-le", "Interleukin-6"),
        # Cyrillic in a single-byte encoding is not forced into Windows-1252
        (("Заголовок\n\nИнтерлейкин-6 способствует метастазированию. " * 3).encode("cp1251"), "cp1251", "Интерлейкин"),
    ],
)
def test_encodings_that_a_detector_alone_gets_wrong(tmp_path: Path, data: bytes, encoding: str, expected: str):
    from pipeline.sources import decode_text, detect_binary

    assert detect_binary(data) is None
    text, got = decode_text(data)
    assert got == encoding and expected in text


def test_a_nul_past_the_binary_test_is_dropped_from_the_text(tmp_path: Path):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "late-nul.txt").write_bytes(("Title\n\n" + ARTICLE * 60).encode() + b"\x00 The end of the story.\n")
    (f,) = scan_raw_folder(root)
    assert f.status == "ok" and "\x00" not in f.text and f.text.endswith("The end of the story.\n")


@pytest.mark.parametrize("value, expected", [(None, 20971520), ("50000", 50000), ("50k", 51200), ("2M", 2097152),
                                             ("1 GiB", 1073741824)])
def test_max_file_bytes_setting(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: int):
    from pipeline.config import Settings

    if value is None:
        monkeypatch.delenv("PIPELINE_MAX_FILE_BYTES", raising=False)
    else:
        monkeypatch.setenv("PIPELINE_MAX_FILE_BYTES", value)
    assert Settings.from_env().max_file_bytes == expected


def test_max_file_bytes_setting_that_is_no_number_says_so(monkeypatch: pytest.MonkeyPatch):
    from pipeline.config import Settings

    monkeypatch.setenv("PIPELINE_MAX_FILE_BYTES", "lots")
    with pytest.raises(ValueError, match="PIPELINE_MAX_FILE_BYTES must be a number of bytes"):
        Settings.from_env()


@pytest.mark.parametrize(
    "name, value, message",
    [("PIPELINE_WORKERS", "abc", "PIPELINE_WORKERS must be a whole number above 0, not 'abc'"),
     ("PIPELINE_WORKERS", "0", "PIPELINE_WORKERS must be a whole number above 0"),
     ("PIPELINE_LOCK_TIMEOUT", "soon", "PIPELINE_LOCK_TIMEOUT must be a number above 0, not 'soon'")],
)
def test_number_settings_that_are_no_number_name_the_variable(monkeypatch, name, value, message):
    from pipeline.config import env_number

    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=message):
        env_number(name, 1, whole=name == "PIPELINE_WORKERS")
    monkeypatch.setenv(name, "3")
    assert env_number(name, 1, whole=True) == 3


def test_a_lexicon_folder_without_the_cleaning_files_stops_the_articles_stage(tmp_path, monkeypatch):
    import duckdb

    from pipeline import stages

    monkeypatch.setenv("PIPELINE_LEXICON_DIR", str(tmp_path / "typo"))
    with pytest.raises(FileNotFoundError, match=r"typo lacks boilerplate_patterns\.tsv.*PIPELINE_LEXICON_DIR"):
        stages.build_article_rows(duckdb.connect())


def test_the_cleaning_version_follows_its_lexicon_files(tmp_path):
    from pipeline.lexicon_files import DEFAULT_LEXICON_DIR, files_digest
    from pipeline.process import ARTICLE_LEXICON_FILES, ARTICLES_VERSION

    assert ARTICLES_VERSION.endswith(files_digest(ARTICLE_LEXICON_FILES, DEFAULT_LEXICON_DIR, length=8))
    (tmp_path / "publishers.tsv").write_bytes((DEFAULT_LEXICON_DIR / "publishers.tsv").read_bytes() + b"\n")
    assert files_digest(ARTICLE_LEXICON_FILES, tmp_path) != files_digest(ARTICLE_LEXICON_FILES, DEFAULT_LEXICON_DIR)


def test_a_folder_that_cannot_be_listed_keeps_its_files_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from pipeline import sources

    root = tmp_path / "raw"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "deeper" / "a.txt").write_text(ARTICLE)
    (root / "b.txt").write_text(ARTICLE + " Another sentence.")
    first = {f.source_path: f for f in scan_raw_folder(root)}
    known = {p: sources.KnownFile(f.document_id, f.size_bytes, f.mtime_ns, f.encoding, f.format)
             for p, f in first.items()}
    real_scandir = os.scandir

    def scandir(path=".", *a):  # what chmod 000 does to a folder for anyone but root
        if os.fspath(path).endswith("deeper"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path, *a)

    monkeypatch.setattr(os, "scandir", scandir)
    again = {f.source_path: f for f in scan_raw_folder(root, known=known)}
    assert again["sub/deeper/"].status == "quarantined"
    assert again["sub/deeper/"].reason.startswith("folder cannot be listed (Permission denied); 1 files")
    kept = again["sub/deeper/a.txt"]  # not "removed": unseen is not gone
    assert (kept.status, kept.document_id) == ("ok", first["sub/deeper/a.txt"].document_id)
    assert again["b.txt"].status == "ok"
