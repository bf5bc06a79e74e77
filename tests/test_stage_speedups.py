"""What makes runs fast must not change what they produce: worker processes and the lexicon cache."""

import os
from pathlib import Path

from pipeline import parallel, stages
from pipeline.process import build_articles


def _seed_articles(seed_dir: Path):
    return [r.article for p in sorted(seed_dir.iterdir())
            for r in build_articles(p.name, p.name, p.read_text(encoding="utf-8"), "text")]


def test_worker_pool_gives_what_one_process_gives_in_the_same_order(seed_dir: Path):
    docs = [(p.name, p.read_text(encoding="utf-8"), p.name, "text") for p in sorted(seed_dir.iterdir())] * 60
    units = list(parallel.chunked(docs, 25))
    with parallel.worker_pool(stages._clean_documents, items=len(docs), workers=1) as run:
        alone = run(units)()
    with parallel.worker_pool(stages._clean_documents, items=len(docs), workers=2) as run:
        forked = run(units)()
    assert forked == alone
    assert sum(len(u) for u in forked) == len(docs) == 300


def test_work_really_runs_in_other_processes():
    with parallel.worker_pool(lambda _unit: os.getpid(), items=1000, workers=2) as run:
        pids = set(run(list(range(8)))())
    assert os.getpid() not in pids
    with parallel.worker_pool(lambda _unit: os.getpid(), items=10, workers=2) as run:
        assert set(run(list(range(8)))()) == {os.getpid()}  # a handful of documents: no fork


def test_cached_entity_lexicon_extracts_exactly_what_a_fresh_one_does(tmp_path: Path, seed_dir: Path):
    from pipeline.extract.entities import extract_mentions

    stages._entity_lexicons.clear()
    fresh = stages._entity_lexicon(tmp_path)
    assert len(list(tmp_path.glob("entity_lexicon-*.pickle"))) == 1
    stages._entity_lexicons.clear()
    cached = stages._entity_lexicon(tmp_path)  # read back from the pickle
    stages._entity_lexicons.clear()
    assert cached is not fresh and cached.version == fresh.version
    for article in _seed_articles(seed_dir):
        assert extract_mentions(article, cached) == extract_mentions(article, fresh)


def test_outputs_are_redone_exactly_when_the_dataset_changes(tmp_path: Path, seed_dir: Path):
    import shutil

    from pipeline import warehouse

    raw, data = tmp_path / "raw", tmp_path / "data"
    raw.mkdir()
    seeds = sorted(seed_dir.iterdir())
    for path in seeds[:2]:
        shutil.copy(path, raw / path.name)

    def refresh(con) -> str:
        stages.ingest_raw_folder(con, raw, 10**7)
        stages.build_article_rows(con)
        stages.build_sentence_rows(con)
        return warehouse.dataset_fingerprint(con)

    with warehouse.open_warehouse(data) as con:
        first = refresh(con)
        assert warehouse.export_parquet_if_changed(con, data / "parquet")[1] is True
        digest = (data / "parquet" / "documents.parquet").read_bytes()
        assert refresh(con) == first  # a rescan of unchanged files changes nothing
        assert warehouse.export_parquet_if_changed(con, data / "parquet")[1] is False
        assert (data / "parquet" / "documents.parquet").read_bytes() == digest
        shutil.copy(seeds[2], raw / seeds[2].name)  # a new document
        added = refresh(con)
        assert added != first
        assert warehouse.export_parquet_if_changed(con, data / "parquet")[1] is True
        (raw / seeds[0].name).unlink()  # a removed one
        removed = refresh(con)
        assert removed not in (first, added)
        assert warehouse.scalar(con, "SELECT count(*) FROM articles") == 2
        (data / "parquet" / "articles.parquet").unlink()  # an output deleted by hand is made again
        assert warehouse.export_parquet_if_changed(con, data / "parquet")[1] is True
        assert warehouse.export_parquet_if_changed(con, data / "parquet")[1] is False


def test_publisher_word_prefilter_finds_what_the_patterns_find(shared_corpora: Path, seed_texts: dict[str, str]):
    """The substring test before each publisher pattern only skips patterns that cannot match."""
    from pipeline.clean import required_words
    from pipeline.metadata import _publishers, find_publisher

    assert required_words(r"\(Reuters(?: Health)?\)|\bReuters Health\b") == ("(reuters", "reuters health")
    assert required_words(r"\bMedical ?Xpress\b") == ("medical",)
    assert required_words(r"\bNPR\b|\b[A-Z]{2}\b") == ()  # an alternative without a literal: always search
    assert required_words(r"Reuters\u2019s wire") == ()  # escapes it does not parse: always search
    texts = [*seed_texts.values(), *(p.read_text(encoding="utf-8") for p in
                                     sorted((shared_corpora / "healthstory").glob("*.txt")))]
    pubs = _publishers()
    assert sum(1 for p in pubs if p.required) >= len(pubs) - 2
    found = 0
    for text in texts:
        plain = next((p for p in pubs if p.pattern.search(text)), None)
        if plain is not None:
            found += 1
            assert find_publisher(text) is plain
    assert found >= 100


def test_articles_sent_to_workers_come_back_equal_with_sentences_as_offsets(seed_dir: Path):
    import pickle
    from dataclasses import replace

    from pipeline.model import Sentence

    articles = _seed_articles(seed_dir)
    assert pickle.loads(pickle.dumps(articles)) == articles
    # the sentences' text is not sent a second time next to the body
    with_texts = pickle.dumps([(a.article_id, a.document_id, a.source_path, a.title, a.body, a.source_kind,
                                a.published_on, a.publisher, a.preamble, a.trailer,
                                [(x.index, x.start, x.end, x.text) for x in a.sentences]) for a in articles])
    sentence_bytes = sum(len(x.text.encode("utf-8")) for a in articles for x in a.sentences)
    assert len(pickle.dumps(articles)) < len(with_texts) - 0.8 * sentence_bytes
    # a sentence whose text is not its slice of the body (not made by the pipeline) is sent as it is
    odd = replace(articles[0], sentences=(Sentence(0, 0, 5, "not the body"),))
    assert pickle.loads(pickle.dumps(odd)) == odd


def test_chrome_line_test_with_word_pre_tests_agrees_with_one_alternation_of_all_patterns(seed_dir: Path):
    from pipeline.clean import _patterns, _whole_line, normalise
    from pipeline.lexicon_files import lexicon_path, read_tsv

    chrome = _patterns()[0]
    patterns = [r["pattern"] for r in read_tsv(lexicon_path("boilerplate_patterns.tsv")) if r["kind"] == "line"]
    together = _whole_line(*patterns)  # what every line was matched against before the word pre-tests
    assert chrome.filtered and chrome.rest is not None  # both kinds are in use
    lines = [line.strip() for p in sorted(seed_dir.iterdir()) for line in normalise(p.read_text()).split("\n")]
    lines += ["Copyright 2018 The Regents of the University of California", "Photo: Getty Images",
              "© 2019 All Rights Reserved.", "Font size", "Follow us on Twitter", "Review",
              "She's on Twitter @someone", "Earn free CME credits now", "Learn more",
              # under IGNORECASE "ſ" matches "s", but "rightſ".lower() does not contain "rights"
              "© 2020 All Rightſ Reserved", "Researchers said copyright law was not at issue in the study."]
    expected = [bool(together.match(line)) for line in lines]
    assert [chrome.match(line) for line in lines] == expected
    assert sum(expected) >= 12 and expected[-2]


def test_records_pickle_as_a_call_of_their_class_with_the_field_values():
    import pickle
    from dataclasses import astuple, fields, is_dataclass

    from pipeline import model

    mention = model.Mention("a1", 0, 4, 8, "IL-6", "HGNC:6018", "NCBITaxon:10090", "NCBIGene:16193")
    entity = model.Entity("HGNC:6018", "gene", "IL6", ("NCBIGene:3569",))
    for record in (mention, entity, model.Sentence(0, 0, 5, "Hello")):
        # not copyreg's __newobj__ plus dataclasses' per-object setstate, which asks fields() every time
        assert record.__reduce_ex__(pickle.HIGHEST_PROTOCOL) == (type(record), astuple(record))
        assert pickle.loads(pickle.dumps(record, pickle.HIGHEST_PROTOCOL)) == record
    # CleanArticle pickles its sentences as offsets (the test above)
    records = [c for c in vars(model).values() if isinstance(c, type) and is_dataclass(c) and c is not model.CleanArticle]
    assert len(records) >= 10
    for cls in records:
        values = tuple(f"v{i}" for i in range(len(fields(cls))))
        assert pickle.loads(pickle.dumps(cls(*values))) == cls(*values)


def test_overlapped_starts_the_next_batch_before_finishing_one_and_finishes_all_in_order():
    events = []
    parallel.overlapped([1, 2, 3], lambda b: events.append(f"start {b}") or b * 10,
                        lambda b, started: events.append(f"finish {b}:{started}"))
    assert events == ["start 1", "start 2", "finish 1:10", "start 3", "finish 2:20", "finish 3:30"]
