"""Score pipeline.extract.funding against tagged acknowledgement statements (GROBID TEI).

Usage: .venv/bin/python scripts/eval_funding.py [path] [--json] [--errors N]

Each <acknowledgment>'s plain text goes through the same extract_funding (via make_article); the
set of funders and the set of award numbers are compared with the <funder> and <grantNumber> tags,
micro-averaged over statements. Statements are split in two halves: even positions (0, 2, 4, ...)
are the development half, odd positions the pseudo-held-out half; both are reported, plus all.

Matching rules (documented in notes/funding.md):
* funder: a predicted funder (its text as written, or its registry name) matches a gold <funder>
  when the two are equal after lower-casing, accent folding, dropping "the", punctuation and a
  trailing parenthesis, or when the registry resolves the gold text to the predicted funder_id
  (acronym vs expansion, "NCI of the NIH" -> NCI). Rows whose funder is not written in the text
  (award attributed from its NIH IC code alone) are not scored as funders.
* award: equal after pipeline.extract.funding.normalize_award on both sides (NIH canonical form,
  else upper-case alphanumerics without a letters-only leading word such as an agency acronym).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.extract import funding
from pipeline.extract.funding import extract_funding, normalize_award
from pipeline.registries import load_funders
from pipeline.sentences import make_article
from scripts.halves import print_errors, score_halves

STRICT = False  # --strict: no place-tail and no parent-of-IC-institute leniency
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "acknowledgements" / "dev.tei.xml"
_GLUE = {"of", "the", "and", "u", "s", "us", "uk", "united", "states", "grants", "grant", "for"}


def norm_name(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("’", "'")
    t = re.sub(r"\([^)]*\)?\s*$", "", t)
    t = re.sub(r"'s\b", "s", t)
    t = re.sub(r"[^\w\s]", " ", t)
    words = [w for w in t.split() if w != "the"]
    return " ".join(words)


def gold_ids(text: str, reg) -> set[str]:
    rec = reg.lookup(text)
    if rec is not None:
        return {rec.funder_id}
    matches = reg.find_all(text)
    if not matches:
        return set()
    rest = text
    for m in reversed(matches):
        rest = rest[: m.start] + " " + rest[m.end :]
    rest = re.sub(r"\([^)]*\)", " ", rest)
    if all(w.lower() in _GLUE for w in re.findall(r"[^\W_]+", rest)):
        return {m.record.funder_id for m in matches}
    return set()


_ORG_WORDS = re.compile(
    r"\b(?:foundation|fund|council|institute|agency|ministry|department|society|association|academy|"
    r"universit\w*|college|school|cent(?:er|re)|program\w*|office|commission|trust|hospital|corporation)\b",
    re.IGNORECASE,
)


def _location_tail(gold: str, pred: str) -> bool:
    """Gold "Commonwealth Fund, New York, NY" vs predicted "Commonwealth Fund": the gold adds only a
    place (1-3 comma-separated capitalised segments of at most three words, no organisation word)."""
    g, p = " ".join(gold.split()), " ".join(pred.split())
    if not p or not g.lower().startswith(p.lower()) or len(g) == len(p):
        return False
    tail = g[len(p) :].strip()
    if not tail.startswith(","):
        return False
    segs = [t.strip() for t in tail.strip(", ").split(",")]
    return 1 <= len(segs) <= 3 and all(
        t and t[0].isupper() and len(t.split()) <= 3 and not _ORG_WORDS.search(t) for t in segs
    )


def _same_funder(fid: str, gids: set[str], reg) -> bool:
    """Same registry funder, or the gold names the parent of the predicted one: "NIH GM59419" is
    attributed to NIGMS (its IC code) while the text, and the gold, say NIH."""
    return fid in gids or any(g in reg.ancestors(fid) for g in gids) and reg.get(fid) is not None


def load(path: Path) -> list[dict]:
    root = ET.parse(path).getroot()
    out = []
    for ack in root.iter("acknowledgment"):
        text = " ".join("".join(ack.itertext()).split())
        funders = [" ".join("".join(e.itertext()).split()) for e in ack.iter("funder")]
        grants = [" ".join("".join(e.itertext()).split()) for e in ack.iter("grantNumber")]
        out.append({"text": text, "funders": funders, "grants": grants})
    return out


def score_statement(st: dict, reg) -> dict:
    rows, _ = extract_funding(make_article(st["text"]), reg)
    # predicted funders: one per distinct written funder
    preds: dict[str, tuple[str, str, str | None]] = {}
    for r in rows:
        if not r.funder_text:
            continue
        key = norm_name(r.funder_text)
        preds.setdefault(key, (r.funder_text, r.funder_name, r.funder_id))
    gold = list(dict.fromkeys(g for g in st["funders"] if norm_name(g)))
    gold_by_norm = {}
    for g in gold:
        gold_by_norm.setdefault(norm_name(g), g)
    gold = list(gold_by_norm.values())
    matched_gold: set[int] = set()
    fp_f: list[str] = []
    tp_f = 0
    for text, name, fid in preds.values():
        hit = None
        for gi, g in enumerate(gold):
            if gi in matched_gold:
                continue
            ng = norm_name(g)
            if ng and (
                ng == norm_name(text)
                or ng == norm_name(name)
                or (fid and (fid in gold_ids(g, reg) if STRICT else _same_funder(fid, gold_ids(g, reg), reg)))
                or (not STRICT and _location_tail(g, text))
            ):
                hit = gi
                break
        if hit is None:
            fp_f.append(text)
        else:
            matched_gold.add(hit)
            tp_f += 1
    fn_f = [g for gi, g in enumerate(gold) if gi not in matched_gold]

    pred_g = {normalize_award(r.award_text) for r in rows if r.award_text}
    pred_g.discard("")
    gold_g = {normalize_award(g) for g in st["grants"]}
    gold_g.discard("")
    return {
        "tp_f": tp_f, "fp_f": fp_f, "fn_f": fn_f,
        "tp_g": len(pred_g & gold_g), "fp_g": sorted(pred_g - gold_g), "fn_g": sorted(gold_g - pred_g),
    }


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(statements: list[dict], reg) -> tuple[dict, list[dict]]:
    results = [score_statement(st, reg) for st in statements]
    agg = {}
    for what, k in (("funder", "f"), ("grant", "g")):
        tp = sum(r[f"tp_{k}"] for r in results)
        fp = sum(len(r[f"fp_{k}"]) for r in results)
        fn = sum(len(r[f"fn_{k}"]) for r in results)
        agg[what] = prf(tp, fp, fn)
    agg["statements"] = len(statements)
    return agg, results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--strict", action="store_true", help="funder names: no place-tail / parent leniency")
    ap.add_argument("--rules", action="store_true", help="rule extractor only (no funder-span tagger)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N development-half errors")
    args = ap.parse_args(argv)
    global STRICT
    STRICT = args.strict
    if args.rules:
        funding.USE_TAGGER = False
    path = Path(args.path)
    if not path.exists():
        print(f"no acknowledgement corpus at {path}; nothing to score")
        return 0
    reg = load_funders()
    statements = load(path)
    halves, report, dev_results = score_halves(statements, lambda sts: evaluate(sts, reg))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{path}: {len(statements)} statements (dev = even positions, heldout = odd positions)")
        for name, agg in report.items():
            for what in ("funder", "grant"):
                m = agg[what]
                print(
                    f"{name:8s} {what:7s} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                    f"(tp={m['tp']} fp={m['fp']} fn={m['fn']})"
                )
    if args.errors:
        print_errors(map(_mistakes, halves["dev"], dev_results), args.errors)
    return 0


def _mistakes(st: dict, r: dict) -> str | None:
    if not (r["fp_f"] or r["fn_f"] or r["fp_g"] or r["fn_g"]):
        return None
    return (f"\n--- {st['text'][:600]}\n  funder FP {r['fp_f']} FN {r['fn_f']}\n"
            f"  grant  FP {r['fp_g']} FN {r['fn_g']}")


if __name__ == "__main__":
    raise SystemExit(main())
