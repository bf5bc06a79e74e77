"""Train the funder-span CRF (seeds/lexicons/funding_tagger.crfsuite) on GROBID acknowledgement data.

Usage: .venv/bin/python scripts/train_funding_tagger.py [path] [--c1 C1] [--c2 C2] [--cv] [--out FILE]

Reads GROBID's funding-acknowledgement training data (TEI, inline <funder> tags; default
../shared/corpora/acknowledgements/dev.tei.xml), keeps ONLY the development half (statements at
even positions, as in scripts/eval_funding.py; the odd half is the pseudo-held-out half and is never
read here), splits each statement into sentences as the pipeline does, and trains a linear-chain CRF
(python-crfsuite, L-BFGS) tagging funder tokens B/I/O with the features of
pipeline.extract.funding.tagger_features, on the sentences extract_funding reads (funding cues).

--cv: 2-fold cross-validation inside the development half over a small c1/c2 grid (token-span F1),
to choose the regularisation without looking at the held-out half.
--cv-score: the same 2-fold split, scored end to end by scripts/eval_funding.py (funder P/R/F1);
--errors N prints the out-of-fold mistakes (the development view: the model never saw them).
--holdout-registry (with --cv-score): the funder registry was curated partly from the development
half, so each fold is scored with the registry funders named only in that fold left out (unseen
statements have fewer registry funders). This figure tracked the odd half better than plain CV.
--aug-drop P --aug-copies N: add N copies of the training sentences featurised with a registry
missing a random share P of its funders (tried, not used: see notes/funding.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite

from pipeline.extract.funding import TAGGER_FILE, _bio, is_funding_sentence, tagger_features
from pipeline.registries import load_funders
from pipeline.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "acknowledgements" / "dev.tei.xml"


def _walk(el, inside: bool, raw: list[str], spans: list[tuple[int, int]]) -> None:
    """Concatenate the text of ``el`` into ``raw``; character spans of top-level <funder> elements."""
    if el.text:
        raw.append(el.text)
    for ch in el:
        start = sum(map(len, raw))
        _walk(ch, inside or ch.tag == "funder", raw, spans)
        if ch.tag == "funder" and not inside:
            spans.append((start, sum(map(len, raw))))
        if ch.tail:
            raw.append(ch.tail)


def _collapse(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Whitespace collapsed as in scripts/eval_funding.py, spans moved onto the collapsed text."""
    new: list[str] = []
    inv: dict[int, int] = {}  # raw offset of a non-space character -> its collapsed offset
    for m in re.finditer(r"\S+", text):
        if new:
            new.append(" ")
        for k in range(m.start(), m.end()):
            inv[k] = len(new)
            new.append(text[k])
    norm = "".join(new)
    out = []
    for a, b in spans:
        while a < b and a not in inv:
            a += 1
        while b > a and b - 1 not in inv:
            b -= 1
        if b > a:
            out.append((inv[a], inv[b - 1] + 1))
    return norm, out


def load_spans(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """(text with whitespace collapsed as in the scorer, funder character spans) per statement."""
    out = []
    for ack in ET.parse(path).getroot().iter("acknowledgment"):
        raw: list[str] = []
        spans: list[tuple[int, int]] = []
        _walk(ack, False, raw, spans)
        text = "".join(raw)
        norm, nspans = _collapse(text, spans)
        assert norm == " ".join(text.split())
        out.append((norm, nspans))
    return out


def sequences(statements, reg):
    """(features, tags) per funding sentence."""
    xs, ys = [], []
    for text, spans in statements:
        for sent in split_sentences(text):
            s = sent.text
            if not is_funding_sentence(s):
                continue
            local = [(a - sent.start, b - sent.start) for a, b in spans if a >= sent.start and b <= sent.end]
            toks, feats = tagger_features(s, reg)
            if not toks:
                continue
            xs.append(feats)
            ys.append(_bio(toks, local))
    return xs, ys


def train(xs, ys, out: Path, c1: float, c2: float, iters: int = 200) -> None:
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(str(out))


def span_set(tags):
    out, cur = set(), None
    for k, t in enumerate(tags + ["O"]):
        if t == "B" or (t == "I" and cur is None):
            if cur is not None:
                out.add((cur, k))
            cur = k
        elif t == "O":
            if cur is not None:
                out.add((cur, k))
            cur = None
    return out


def span_f1(model: Path, xs, ys) -> float:
    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    tp = fp = fn = 0
    for x, y in zip(xs, ys):
        p, g = span_set(tg.tag(x)), span_set(list(y))
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _subset_registry(reg, drop: float, seed: int):
    """The registry with a random share ``drop`` of its funders left out (deterministic per seed)."""
    import random

    from pipeline.registries import FunderRegistry, _load_rows

    records, aliases = _load_rows(ROOT / "seeds" / "lexicons" / "funders.tsv", "funder_id", lambda row: reg.get(row["funder_id"]))
    rnd = random.Random(seed)
    keep = [r for r in records if r is not None and rnd.random() >= drop]
    return FunderRegistry(keep, {r.funder_id: aliases[r.funder_id] for r in keep})


AUG_DROP = 0.0  # --aug-drop: share of registry funders left out in each augmented copy of the training data
AUG_COPIES = 0  # --aug-copies: how many such copies


def training_sequences(statements, reg):
    """The training sentences with the full registry, plus AUG_COPIES copies whose features come from a
    registry missing a random AUG_DROP of its funders: on unseen statements many funders are not in the
    registry, and the model should not learn that only registry names are funders."""
    xs, ys = sequences(statements, reg)
    for k in range(AUG_COPIES):
        xa, ya = sequences(statements, _subset_registry(reg, AUG_DROP, seed=k + 1))
        xs, ys = xs + xa, ys + ya
    return xs, ys


def _fold_registry(reg, train_texts: list[str], test_texts: list[str]):
    """The registry without the funders named only in the test fold's statements: the registry was
    curated partly from the development half, so on unseen statements fewer funders are in it. Removing
    the test fold's own entries makes the fold look unseen to the registry too."""
    from pipeline.registries import FunderRegistry, _load_rows

    seen = {m.record.funder_id for t in train_texts for m in reg.find_all(t)}
    only_test = {m.record.funder_id for t in test_texts for m in reg.find_all(t)} - seen
    records, aliases = _load_rows(ROOT / "seeds" / "lexicons" / "funders.tsv", "funder_id", lambda row: reg.get(row["funder_id"]))
    keep = [r for r in records if r is not None and r.funder_id not in only_test]
    return FunderRegistry(keep, {r.funder_id: aliases[r.funder_id] for r in keep}), len(only_test)


def cv_score(path: Path, reg, c1: float, c2: float, iters: int = 200, errors: int = 0, holdout_registry: bool = False) -> dict:
    """2-fold CV inside the development half, scored end to end by scripts/eval_funding.py: a model
    fitted on one fold (a quarter of the corpus) runs in extract_funding on the other fold."""
    import eval_funding

    from pipeline.extract import funding

    statements = load_spans(path)[0::2]
    scored = eval_funding.load(path)[0::2]
    tp = fp = fn = 0
    full = reg
    for k in (0, 1):
        if holdout_registry:
            reg, dropped = _fold_registry(full, [t for t, _ in statements[k::2]], [t for t, _ in statements[1 - k :: 2]])
            print(f"fold {k}: {dropped} registry funders named only in the test fold left out", file=sys.stderr)
        xs, ys = training_sequences(statements[k::2], reg)
        with tempfile.NamedTemporaryFile(suffix=".crfsuite") as tmp:
            train(xs, ys, Path(tmp.name), c1, c2, iters)
            tg = pycrfsuite.Tagger()
            tg.open(tmp.name)
            saved = funding._TAGGER
            funding._TAGGER = tg
            try:
                agg, res = eval_funding.evaluate(scored[1 - k :: 2], reg)
            finally:
                funding._TAGGER = saved
        for st, r in zip(scored[1 - k :: 2], res):
            if errors > 0 and (r["fp_f"] or r["fn_f"]):
                errors -= 1
                print("\n---", st["text"][:600])
                print("  funder FP", r["fp_f"], "FN", r["fn_f"])
        tp += agg["funder"]["tp"]
        fp += agg["funder"]["fp"]
        fn += agg["funder"]["fn"]
    return eval_funding.prf(tp, fp, fn)


def main(argv: list[str] | None = None) -> int:
    global AUG_DROP, AUG_COPIES
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--c1", type=float, default=0.01)
    ap.add_argument("--c2", type=float, default=0.2)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--cv", action="store_true", help="2-fold CV on the development half over a c1/c2 grid")
    ap.add_argument("--cv-score", action="store_true",
                    help="2-fold CV inside the development half with the scorer of eval_funding.py (funder P/R/F1)")
    ap.add_argument("--aug-drop", type=float, default=AUG_DROP)
    ap.add_argument("--aug-copies", type=int, default=AUG_COPIES)
    ap.add_argument("--holdout-registry", action="store_true",
                    help="with --cv-score: leave out the registry funders named only in the test fold")
    ap.add_argument("--errors", type=int, default=0, help="with --cv-score: print up to N out-of-fold errors")
    ap.add_argument("--out", default=str(TAGGER_FILE))
    args = ap.parse_args(argv)
    AUG_DROP, AUG_COPIES = args.aug_drop, args.aug_copies
    path = Path(args.path)
    reg = load_funders()
    statements = load_spans(path)
    dev = statements[0::2]  # development half only; odd positions are held out
    if args.cv_score:
        m = cv_score(path, reg, args.c1, args.c2, args.iters, args.errors, args.holdout_registry)
        print(f"CV (2-fold, even half) funder P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
              f"(tp={m['tp']} fp={m['fp']} fn={m['fn']})")
        return 0
    if args.cv:
        folds = [dev[0::2], dev[1::2]]
        for c1 in (0.01, 0.05, 0.1, 0.3):
            for c2 in (0.001, 0.01, 0.05):
                scores = []
                for k in (0, 1):
                    xs, ys = sequences(folds[k], reg)
                    xt, yt = sequences(folds[1 - k], reg)
                    with tempfile.NamedTemporaryFile(suffix=".crfsuite") as tmp:
                        train(xs, ys, Path(tmp.name), c1, c2, args.iters)
                        scores.append(span_f1(Path(tmp.name), xt, yt))
                print(f"c1={c1} c2={c2} span F1={sum(scores) / 2:.4f}", flush=True)
        return 0
    xs, ys = training_sequences(dev, reg)
    out = Path(args.out)
    train(xs, ys, out, args.c1, args.c2, args.iters)
    readme = out.with_name(out.stem + ".README")
    readme.write_text(
        f"{out.name}: linear-chain CRF (python-crfsuite) tagging funder spans B/I/O in funding sentences.\n"
        "Source: GROBID funding-acknowledgement training data (kermitt2/grobid, "
        "grobid-trainer/resources/dataset/funding-acknowledgement/corpus; Apache-2.0), "
        f"file {path.name}, development half only (even statements: {len(dev)} statements, "
        f"{len(xs)} funding sentences).\n"
        f"Training: .venv/bin/python scripts/train_funding_tagger.py --c1 {args.c1} --c2 {args.c2} "
        f"--iters {args.iters}\n"
        f"Date: {dt.date.today().isoformat()}; features: pipeline.extract.funding.tagger_features "
        "(retrain after changing them).\n"
    )
    print(f"{out}: {len(xs)} sentences, {sum(len(x) for x in xs)} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
