"""Fit the document-level findings models on BioRED Train and write seeds/lexicons/findings_model.tsv.

Usage:
    .venv/bin/python scripts/train_findings.py [Train.PubTator] [--out PATH] [--folds 5]

Only the training file is read (default ../shared/corpora/biored/Train.PubTator); Dev is never
touched. With the BioRED gold mentions of every Train abstract:

* pair model: logistic regression (L2) over ``pipeline.extract.findings.pair_features`` of every pair of
  participants, label = the pair has any BioRED relation;
* thresholds ``keep`` (stated relations of pairs below it are dropped) and ``add`` (pairs no sentence
  relates are added at or above it): grid search maximising pair F1 over out-of-fold probabilities
  (``--folds`` document folds, fixed by position, so the run is deterministic);
* direction model: multinomial logistic regression (L2) over ``direction_features`` of every gold pair,
  classes "+" (Positive_Correlation), "-" (Negative_Correlation) and "0" (every other type); "0" is
  the reference class (weights 0). Out-of-fold direction accuracy is printed.

The output TSV (model, feature, weight) carries a header naming its source and licence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.extract import findings as F
from scripts.eval_findings import (
    align_gold,
    build_article,
    compare_id,
    gold_mentions,
    gold_pairs,
    predicted_mentions,
    read_pubtator,
)

DEFAULT = ROOT.parent / "shared" / "corpora" / "biored" / "Train.PubTator"
OUT = ROOT / "seeds" / "lexicons" / F.MODEL_FILE
PAIR_L2 = 1.0
DIR_L2 = 4.0
OVERCLAIM = 0.25  # cost of a sign on a pair BioRED relates without one (a right sign gains 1)
# cost of a wrong sign on a +/- pair: 0 under the strict direction accuracy, where a wrong sign and
# a "0" are both simply not right (findings 8 used 1, i.e. a wrong sign was worse than no sign)
WRONG = 0.0
_DIR_CLASSES = ("0", "+", "-")


def collect(docs, predicted: bool = False) -> list[dict]:
    """Per document: pair features, gold labels, which pairs a sentence states (non-negated / any).

    predicted: mentions from the entity matcher (as in the pipeline) instead of the gold ones; gold ids
    are then mapped onto the predicted ids whose mentions overlap theirs (``align_gold``), so a pair
    counts as related when BioRED relates the things the matcher found, whatever ids it gave them.
    """
    F.set_model(F.FindingsModel({}, {}, 0.0, 1.1))  # sentence level only while collecting
    out = []
    for doc in docs:
        article = build_article(doc)
        if predicted:
            mentions, entities = predicted_mentions(article)
        else:
            mentions, entities = gold_mentions(doc, article)
        ctx = F._DocContext(article, mentions, entities, None)
        pf = F.pair_features(article, mentions, entities, ctx=ctx)
        gold = gold_pairs(doc)
        if predicted:
            aligned = align_gold(doc, gold, mentions, entities)
            gold = {}
            for k in pf:
                ck = frozenset(compare_id(e, entities) for e in k)
                if ck in aligned:
                    gold[k] = aligned[ck]
        stated = {k for i in ctx.infos for k, r in i.relations.items() if not r.negated}
        any_stated = {k for i in ctx.infos for k in i.relations}
        gold_dir = {}
        for k, d in gold.items():
            if all(x in ctx.tclass for x in k):
                gold_dir[k] = d or "0"
        addable = {k for k in pf if all(ctx.tclass[e] != "other" for e in k)}
        out.append(
            {
                "pairs": pf,
                "gold": set(gold),
                "n_gold": len(gold) if predicted else len(gold_pairs(doc)),
                "stated": stated,
                "any_stated": any_stated,
                "addable": addable,
                "dir": {k: (F.direction_features(k, ctx), d) for k, d in gold_dir.items()},
            }
        )
    F.set_model(None)
    return out


def _matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    idx = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, f in enumerate(rows):
        for n, v in f.items():
            if n in idx:
                x[r, idx[n]] = v
    return x


def fit_pair(data: list[dict]) -> dict[str, float]:
    rows, ys = [], []
    for d in data:
        for k, f in d["pairs"].items():
            rows.append(f)
            ys.append(1.0 if k in d["gold"] else 0.0)
    names = ["bias"] + sorted({n for f in rows for n in f} - {"bias"})
    x, y = _matrix(rows, names), np.array(ys)
    w = np.zeros(len(names))
    reg = PAIR_L2 * np.eye(len(names))
    reg[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        g = x.T @ (p - y) + reg @ w
        h = (x * (p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {n: float(v) for n, v in zip(names, w)}


def pair_probs(weights: dict[str, float], d: dict) -> dict:
    out = {}
    for k, f in d["pairs"].items():
        z = sum(weights.get(n, 0.0) * v for n, v in f.items())
        out[k] = 1 / (1 + np.exp(-max(-30.0, min(30.0, z))))
    return out


def decide(d: dict, probs: dict, keep: float, add: float) -> set:
    pred = {k for k in d["stated"] if probs.get(k, 0.0) >= keep}
    pred |= {k for k, p in probs.items() if p >= add and k not in d["any_stated"] and k in d["addable"]}
    return pred


def f1(data, probs_list, keep, add) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for d, probs in zip(data, probs_list):
        pred = decide(d, probs, keep, add)
        tp += len(pred & d["gold"])
        fp += len(pred - d["gold"])
        fn += d["n_gold"] - len(pred & d["gold"])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fit_direction(data: list[dict]) -> dict[str, dict[str, float]]:
    rows, ys = [], []
    for d in data:
        for f, label in d["dir"].values():
            rows.append(f)
            ys.append(_DIR_CLASSES.index(label))
    names = ["dbias"] + sorted({n for f in rows for n in f} - {"dbias"})
    x, y = _matrix(rows, names), np.array(ys)
    n, m = x.shape
    onehot = np.zeros((n, 3))
    onehot[np.arange(n), y] = 1.0
    mask = np.ones((m, 2))
    mask[0, :] = 0.0  # no penalty on the bias

    def loss(flat):
        w = np.concatenate([np.zeros((m, 1)), flat.reshape(m, 2)], axis=1)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(onehot * logp).sum() + 0.5 * DIR_L2 * ((flat.reshape(m, 2) ** 2) * mask).sum()
        grad = x.T @ (np.exp(logp) - onehot)
        grad = grad[:, 1:] + DIR_L2 * flat.reshape(m, 2) * mask
        return value, grad.ravel()

    res = minimize(loss, np.zeros(m * 2), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    w = res.x.reshape(m, 2)
    return {"+": dict(zip(names, map(float, w[:, 0]))), "-": dict(zip(names, map(float, w[:, 1])))}


def direction_probs(weights, f) -> dict[str, float]:
    z = {"0": 0.0}
    for c in ("+", "-"):
        z[c] = sum(weights[c].get(n, 0.0) * v for n, v in f.items())
    top = max(z.values())
    e = {c: float(np.exp(v - top)) for c, v in z.items()}
    s = sum(e.values())
    return {c: v / s for c, v in e.items()}


def choose_zero(scored: list[tuple[str, dict]]) -> tuple[float, list[str]]:
    """Threshold on P(0) for pairs no sentence gives a sign: the pair stays undirected at or above it.

    Utility (out of fold, gold pairs without a stated sign): +1 per right sign on a +/- pair, -WRONG per
    wrong sign, -OVERCLAIM per sign given to an undirected (Association, ...) pair; a "0" scores 0.
    """
    rows = []
    best = None
    for zero in [round(x, 2) for x in np.arange(0.3, 1.01, 0.05)] + [1.01]:
        ok = bad = over = n_dir = n_und = 0
        for label, p in scored:
            pred = "0" if p["0"] >= zero else ("+" if p["+"] >= p["-"] else "-")
            if label == "0":
                n_und += 1
                over += pred != "0"
            else:
                n_dir += 1
                ok += pred == label
                bad += pred not in ("0", label)
        u = ok - WRONG * bad - OVERCLAIM * over
        rows.append(
            f"zero={zero:.2f}: right {ok}/{n_dir}, wrong {bad}, undirected given a sign {over}/{n_und}, "
            f"utility {u:.1f}"
        )
        if best is None or u > best[0]:
            best = (u, zero)
    return best[1], rows


def direction_accuracy(weights, data) -> tuple[float, float, int]:
    """(accuracy on +/- pairs with "0" counted wrong, accuracy over those given a sign, n)."""
    model = F.FindingsModel({}, weights, 0.0, 1.0)
    ok = signed = total = 0
    for d in data:
        for f, label in d["dir"].values():
            if label == "0":
                continue
            z = {"0": 0.0}
            for c, w in model.direction.items():
                z[c] = sum(w.get(n, 0.0) * v for n, v in f.items())
            pred = max(z, key=lambda c: (z[c], c == "0"))
            total += 1
            ok += pred == label
            signed += pred != "0"
    return ok / max(total, 1), ok / max(signed, 1), total


def pipeline_oof(docs, fold_models, folds: int, keep: float, add: float, zero: float) -> dict:
    """The whole extractor (sentence rules + document models) on each Train fold with the models fitted
    on the other folds, scored as scripts/eval_findings.py scores Dev with gold entities.

    Returns counts: tp/fp/fn (pairs), dir_ok/dir_total/dir_signed (+/- gold pairs: right, all, given a
    sign), und_signed/und_total (matched pairs BioRED relates without a sign given one), and per sign
    source (``stated`` = a sentence rule, ``model`` = the direction model, ``zero``) right/total.
    """
    from collections import Counter, defaultdict

    c: Counter = Counter()
    for fold in range(folds):
        w, wd = fold_models[fold]
        F.set_model(F.FindingsModel(w, wd, keep, add, zero))
        for i, doc in enumerate(docs):
            if i % folds != fold:
                continue
            article = build_article(doc)
            mentions, entities = gold_mentions(doc, article)
            pred: dict = defaultdict(Counter)
            src: dict = defaultdict(set)
            for f in F.extract_findings(article, mentions, entities):
                if f.negated or f.subject_id == f.object_id:
                    continue
                k = frozenset((f.subject_id, f.object_id))
                pred[k][f.direction] += 1
                if f.direction != "0":
                    src[k].add("model" if f.predicate in F.CORRELATED.values() else "stated")
            gold = gold_pairs(doc)
            tps = set(pred) & set(gold)
            c["tp"] += len(tps)
            c["fp"] += len(set(pred) - set(gold))
            c["fn"] += len(set(gold) - set(pred))
            types = {m.entity_id: F._TYPE_CLASS.get(entities[m.entity_id].entity_type, "other") for m in mentions}
            for k in tps:
                g = gold[k]
                signed = {d: n for d, n in pred[k].items() if d in "+-"}
                if not g:
                    c["und_total"] += 1
                    c["und_signed"] += bool(signed)
                    continue
                p = max(signed, key=lambda d: (signed[d], d == "+")) if signed else "0"
                s = "stated" if "stated" in src[k] else "model" if src[k] else "zero"
                tp = "-".join(sorted(types.get(x, "other") for x in k))
                c["dir_total"] += 1
                c["dir_ok"] += p == g
                c["dir_signed"] += p != "0"
                c[f"src_{s}_n"] += 1
                c[f"src_{s}_ok"] += p == g
                c[f"tp_{tp}_n"] += 1
                c[f"tp_{tp}_ok"] += p == g
    F.set_model(None)
    return c


def pipeline_summary(c) -> list[str]:
    p = c["tp"] / max(c["tp"] + c["fp"], 1)
    r = c["tp"] / max(c["tp"] + c["fn"], 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    out = [
        (f"out-of-fold whole extractor (gold mentions): pair P={p:.3f} R={r:.3f} F1={f:.3f}; direction "
         f"strict {c['dir_ok'] / max(c['dir_total'], 1):.3f} ({c['dir_ok']}/{c['dir_total']}), signed "
         f"{c['dir_ok'] / max(c['dir_signed'], 1):.3f} ({c['dir_ok']}/{c['dir_signed']}), undirected pairs "
         f"given a sign {c['und_signed']}/{c['und_total']}"),
    ]
    parts = [f"{s} {c[f'src_{s}_ok']}/{c[f'src_{s}_n']}" for s in ("stated", "model", "zero")]
    out.append("  sign source: " + ", ".join(parts))
    tps = sorted({k[3:-2] for k in c if k.startswith("tp_") and k.endswith("_n")}, key=lambda t: -c[f"tp_{t}_n"])
    out.append("  by type pair: " + ", ".join(f"{t} {c[f'tp_{t}_ok']}/{c[f'tp_{t}_n']}" for t in tps))
    return out


def write(path: Path, pair, thresholds, direction, source: str, summary: list[str]) -> None:
    lines = [
        f"# source: fitted by scripts/train_findings.py on BioRED {source} (Luo et al. 2022,",
        "#         https://doi.org/10.1093/bib/bbac282; NCBI public-domain notice, please cite) with its gold",
        "#         mentions; BioRED Dev/Test were not used",
        "# licence: public domain (US Government work, as the BioRED corpus)",
        "# models: pair = logistic weights (is an entity pair related?); threshold = keep/add cut-offs;",
        "#         direction+ / direction- = multinomial logistic weights against the undirected class 0",
        *[f"# {s}" for s in summary],
        "model\tfeature\tweight",
    ]
    for n, v in pair.items():
        lines.append(f"pair\t{n}\t{v:.4f}")
    for n, v in thresholds.items():
        lines.append(f"threshold\t{n}\t{v:.2f}")
    for cls in ("+", "-"):
        for n, v in direction[cls].items():
            if abs(v) >= 5e-4:
                lines.append(f"direction{cls}\t{n}\t{v:.4f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--pair-mentions",
        choices=("gold", "predicted", "both"),
        default="gold",
        help="mentions the pair model and its thresholds learn from (direction: always gold)",
    )
    args = ap.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"BioRED training file not found: {path} (nothing fitted)")
        return 0
    if "dev" in path.name.lower() or "test" in path.name.lower():
        print("refusing to fit on a Dev/Test file")
        return 2
    docs = read_pubtator(path)
    data = collect(docs)
    if args.pair_mentions == "gold":
        pdata = data
    elif args.pair_mentions == "predicted":
        pdata = collect(docs, predicted=True)
    else:
        pdata = data + collect(docs, predicted=True)
    # out-of-fold pair probabilities -> thresholds
    n_docs = len(docs)
    oof: list[dict] = [{} for _ in pdata]
    dir_oof = []
    scored: list[tuple[str, dict]] = []
    fold_models = []
    for fold in range(args.folds):
        w = fit_pair([d for i, d in enumerate(pdata) if (i % n_docs) % args.folds != fold])
        for i, d in enumerate(pdata):
            if (i % n_docs) % args.folds == fold:
                oof[i] = pair_probs(w, d)
        train = [d for i, d in enumerate(data) if i % args.folds != fold]
        test = [d for i, d in enumerate(data) if i % args.folds == fold]
        wd = fit_direction(train)
        fold_models.append((w, wd))
        dir_oof.append(direction_accuracy(wd, test))
        for d in test:
            for f, label in d["dir"].values():
                if not (f.get("stated_plus") or f.get("stated_minus")):
                    scored.append((label, direction_probs(wd, f)))
    grid_keep = [round(x, 2) for x in np.arange(0.0, 0.55, 0.05)]
    grid_add = [round(x, 2) for x in np.arange(0.2, 0.85, 0.05)]
    best = max(((f1(pdata, oof, k, a), k, a) for k in grid_keep for a in grid_add), key=lambda t: t[0][2])
    (p, r, f), keep, add = best
    total = sum(n for *_, n in dir_oof)
    strict = sum(a * n for a, _, n in dir_oof) / total
    signed = sum(s * n for _, s, n in dir_oof) / total
    zero, zero_rows = choose_zero(scored)
    print("\n".join(zero_rows))
    summary = [
        (f"out-of-fold ({args.folds} folds) on {path.name}: pair P={p:.3f} R={r:.3f} F1={f:.3f} "
        f"at keep={keep:.2f} add={add:.2f} (sentence rules + model, {args.pair_mentions} mentions)"),
        (f"out-of-fold direction accuracy on +/- gold pairs: {strict:.3f} strict (0 counts wrong), "
        f"{signed:.3f} over those given a sign ({total} pairs; direction model alone, argmax)"),
        (f"zero={zero:.2f} chosen out of fold on gold pairs no sentence signs (+1 right sign, -{WRONG:g} wrong sign, "
        f"-{OVERCLAIM:g} sign on an undirected pair)"),
    ]
    if args.pair_mentions == "gold":
        summary += pipeline_summary(pipeline_oof(docs, fold_models, args.folds, keep, add, zero))
    for s in summary:
        print(s)
    pair = fit_pair(pdata)
    direction = fit_direction(data)
    write(Path(args.out), pair, {"keep": keep, "add": add, "zero": zero}, direction, path.name, summary)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
