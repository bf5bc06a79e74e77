"""Score press-release/news metadata (issuer, cited journal, date) against hand-read gold.

Usage: .venv/bin/python scripts/eval_metadata.py [--gold tests/data/press_release_gold.tsv]
       [--corpus ../shared/corpora/healthstory] [--json] [--errors N] [--heldout-errors]

Each gold file is read from the corpus folder and goes through the pipeline's real article builder
(pipeline.process.build_articles: cleaning, pipeline.metadata) and the institutions extractor
(pipeline.extract.institutions, the ``publisher`` role). Per field:

* issuer  — ``articles.publisher`` (the same name the institutions extractor stores with role
  ``publisher``);
* journal — ``articles.journal``;
* date    — ``articles.published_on``.

A field is scored over the files whose gold states it: accuracy = right / stated. A prediction is
right when it equals one of the gold alternatives ("|"-separated) after lower-casing, accent
folding, dropping a leading "the", possessive "'s" and punctuation. Predictions on files that do
not state the field are reported apart ("spurious": a value where the text gives none).

Rows at even positions of the gold file are the development half, odd positions the pseudo-held-out
half (look only at its figures). When the corpus is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.institutions import extract_institutions
from pipeline.lexicon_files import read_tsv
from pipeline.process import build_articles
from pipeline.sources import detect_format
from scripts.halves import print_errors, score_halves

DEFAULT_GOLD = ROOT / "tests" / "data" / "press_release_gold.tsv"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "healthstory"
FIELDS = ("issuer", "journal", "date")


def norm(text: str | None) -> str:
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("’", "'")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"[^\w\s]", " ", t)
    words = t.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def predict(path: Path) -> dict[str, str | None]:
    text = path.read_text(encoding="utf-8")
    records = build_articles("0" * 64, path.name, text, detect_format(path.name, text))
    if not records:
        return {f: None for f in FIELDS} | {"publisher_role": None}
    rec = records[0]
    a = rec.article
    rows, insts = extract_institutions(a)
    names = {i.institution_id: i.name for i in insts}
    pub_rows = [r for r in rows if r.role == "publisher"]
    return {
        "issuer": a.publisher,
        "journal": rec.journal,
        "date": a.published_on.isoformat() if a.published_on else None,
        "publisher_role": names.get(pub_rows[0].institution_id) if pub_rows else None,
    }


def right(pred: str | None, gold: str) -> bool:
    p = norm(pred)
    return bool(p) and any(p == norm(g) for g in gold.split("|") if g.strip())


def evaluate(rows: list[dict], corpus: Path) -> tuple[dict, list[dict]]:
    results = []
    for row in rows:
        pred = predict(corpus / row["file"])
        results.append({"file": row["file"], "gold": {f: row[f] for f in FIELDS}, "pred": pred})
    agg: dict[str, dict] = {}
    for f in FIELDS:
        stated = [r for r in results if r["gold"][f]]
        ok = sum(right(r["pred"][f], r["gold"][f]) for r in stated)
        unstated = [r for r in results if not r["gold"][f]]
        spurious = sum(1 for r in unstated if r["pred"][f])
        agg[f] = {
            "right": ok,
            "stated": len(stated),
            "accuracy": round(ok / len(stated), 4) if stated else None,
            "spurious": spurious,
            "not_stated": len(unstated),
        }
    agg["files"] = len(results)
    return agg, results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print up to N development-half mistakes")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    gold = read_tsv(Path(args.gold))
    if not corpus.is_dir() or not all((corpus / r["file"]).exists() for r in gold):
        print(f"no healthstory corpus at {corpus}; nothing to score")
        return 0
    _, report, dev_results = score_halves(gold, lambda rows: evaluate(rows, corpus))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{args.gold}: {len(gold)} files (dev = even rows, heldout = odd rows)")
        for name, agg in report.items():
            for f in FIELDS:
                m = agg[f]
                acc = f"{m['accuracy']:.3f}" if m["accuracy"] is not None else "  -  "
                print(f"{name:8s} {f:8s} accuracy={acc} ({m['right']}/{m['stated']} stated; "
                      f"spurious {m['spurious']}/{m['not_stated']} not stated)")
    if args.errors:
        print_errors(map(_mistakes, dev_results), args.errors)
    return 0


def _mistakes(r: dict) -> str | None:
    bad = [f for f in FIELDS if (r["gold"][f] and not right(r["pred"][f], r["gold"][f]))
           or (not r["gold"][f] and r["pred"][f])]
    if not bad:
        return None
    return f"--- {r['file']}: " + "; ".join(f"{f}: gold {r['gold'][f]!r} pred {r['pred'][f]!r}" for f in bad)


if __name__ == "__main__":
    raise SystemExit(main())
