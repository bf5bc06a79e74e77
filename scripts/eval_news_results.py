"""Recall of the study results news stories report: how many of them the pipeline's findings capture.

Usage: .venv/bin/python scripts/eval_news_results.py [--gold tests/data/news_results/results.tsv]
       [--corpus ../shared/corpora/healthstory] [--set dev|test] [--show missed|captured]

``eval_news_findings.py`` grades what the extractor gives (precision); nothing there says what it misses. Here a
curator who never saw the code listed, for each of 60 unseen HealthStory stories, the research results the story
reports: the main finding(s) and up to six others, each as agent, outcome, effect (+, -, 0 linked, = no effect or
as good as) and a sentence quoted from the story. Half the stories (``dev``) are developed on, the other half
(``test``) only measured.

A result is **captured** when a finding of the story names the agent and the outcome: the entity's name or one of
its mention texts in the story is, word for word, part of the curator's phrase or contains it (stems of five
letters; "statins" in "statin users", "prostate cancer" in "prostate cancer recurrence"; "breast cancer" does not
match "prostate cancer"), in either role. It is captured **with its effect** when in addition the sign agrees: +
or - as written when the finding is not negated, 0 by any unnegated finding, = by a negated one.
When the corpus is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_news_findings import story_extractions  # (the same run over a story as the precision scorer's)

from pipeline.lexicon_files import read_tsv

GOLD = ROOT / "tests" / "data" / "news_results" / "results.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "healthstory"
# words that say how a result is measured, not what it is about
_FILLER = frozenset(
    ["the", "a", "an", "of", "from", "to", "in", "on", "for", "with", "and", "or", "by", "any", "all", "its", "their", "his", "her", "risk", "risks", "rate", "rates", "level", "levels", "odds", "chance", "chances", "likelihood", "incidence", "number", "amount", "amounts", "use", "users", "taking", "people", "patients", "who"]
)


def stems(phrase: str) -> frozenset[str]:
    """Content words of ``phrase`` cut to five letters (plurals and inflections fold together)."""
    return frozenset(w[:5] for w in re.findall(r"[a-z0-9]+", phrase.lower()) if w not in _FILLER)


def names_match(texts: set[str], phrase: str) -> bool:
    """One of ``texts`` (an entity's name and mention texts) is part of ``phrase`` or contains it, word for word."""
    gold = stems(phrase)
    if not gold:
        return False
    return any((s := stems(t)) and (s <= gold or gold <= s) for t in texts)


def effect_agrees(effect: str, direction: str, negated: bool) -> bool:
    if effect == "=":
        return negated
    if negated:
        return False
    return effect == "0" or effect == direction


def story_findings(path: Path) -> list[tuple[set[str], set[str], str, bool, str]]:
    """(subject texts, object texts, direction, negated, evidence) of each finding of one story."""
    out = []
    for mentions, entities, findings in story_extractions(path):
        texts: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            texts[m.entity_id].add(m.text)
        for f in findings:
            subj = texts[f.subject_id] | {entities[f.subject_id].name}
            obj = texts[f.object_id] | {entities[f.object_id].name}
            out.append((subj, obj, f.direction, f.negated, f.evidence))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--set", choices=("dev", "test"), help="only the stories of one half")
    ap.add_argument("--show", choices=("missed", "captured"), help="list those results")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus} not found: nothing to evaluate")
        return 0
    rows = [r for r in read_tsv(args.gold) if not args.set or r["set"] == args.set]
    by_story: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # results, captured, with effect
    stories_main = [0, 0]  # stories with a main finding; of them, with one captured with its effect
    findings_total = findings_on_result = 0
    for story in sorted(by_story):
        found = story_findings(args.corpus / story)
        findings_total += len(found)
        used = set()
        main_hit = False
        results = [r for r in by_story[story] if r["agent"] != "none"]
        for r in results:
            hits = [
                i for i, (subj, obj, _, _, _) in enumerate(found)
                if (names_match(subj, r["agent"]) and names_match(obj, r["outcome"]))
                or (names_match(obj, r["agent"]) and names_match(subj, r["outcome"]))
            ]
            full = [i for i in hits if effect_agrees(r["effect"], found[i][2], found[i][3])]
            used.update(hits)
            for key in ("all", "main" if r["main"] == "yes" else "other"):
                t = tally[key]
                t[0] += 1
                t[1] += bool(hits)
                t[2] += bool(full)
            main_hit |= r["main"] == "yes" and bool(full)
            state = "captured" if hits else "missed"
            if args.show == state:
                f = found[(full or hits)[0]] if hits else None
                print(f"{story} {r['id']} main={r['main']} {r['agent']} {r['effect']} {r['outcome']}"
                      + (f"  <- {min(f[0])} {f[2]}{' neg' if f[3] else ''} {min(f[1])}"
                         f"{'' if full else '  (effect differs)'}" if f else f"\n    {r['sentence'][:300]}"))
        if any(r["main"] == "yes" for r in results):
            stories_main[0] += 1
            stories_main[1] += main_hit
        findings_on_result += len(used)
    label = f"set {args.set}" if args.set else "all sets"
    print(f"News study results listed by a curator ({args.gold.name}, {label}): {len(by_story)} stories")
    for key in ("main", "other", "all"):
        n, hit, full = tally[key]
        if n:
            print(f"  {key:5} results {n:3}: captured {hit:3} ({hit / n:.3f}), with the effect {full:3} ({full / n:.3f})")
    if stories_main[0]:
        print(f"  stories whose main finding is captured with its effect: {stories_main[1]} of {stories_main[0]}")
    if findings_total:
        print(f"  findings given: {findings_total}; naming a listed result: {findings_on_result} "
              f"({findings_on_result / findings_total:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
