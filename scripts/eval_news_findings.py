"""How many of the findings the pipeline extracts from news stories a curator judged right.

Usage: .venv/bin/python scripts/eval_news_findings.py [--grades tests/data/news_findings/grades.tsv]
       [--corpus ../shared/corpora/healthstory] [--show wrong|lost|ungraded]

BioRED scores abstracts; nothing scores findings in the news genre. Curators who never saw the code read
HealthStory stories, wrote down the relations a researcher would want, then graded every finding the pipeline
gave: C (correct), B (borderline) or W (wrong, with the kind of error). ``grades.tsv`` keeps each graded finding
as the pipeline wrote it (names, predicate, direction, negated, hedged, organism, a digest of the evidence
sentence). This script runs the pipeline's own article builder, entity matcher and findings extractor over the
graded stories and reports, for the findings it gives now:

* how many carry a grade, by grade (the share wrong among the graded ones is the figure to watch);
* how many are new (no grade: a rule change produced them; grade them before trusting the share);
* how many findings graded correct it no longer gives (what a change cost).

A finding matches a grade only when every field is the same: a changed flag or a changed sentence is a new
finding. When the corpus is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.entities import extract_mentions
from pipeline.extract.findings import extract_findings
from pipeline.lexicon_files import read_tsv, read_word_list
from pipeline.model import Entity, Finding, Mention
from pipeline.process import build_articles

GRADES = ROOT / "tests" / "data" / "news_findings" / "grades.tsv"
STORIES = "stories.txt"  # beside the grades: every story read, including those that gave no finding
CORPUS = ROOT.parent / "shared" / "corpora" / "healthstory"
KEY = ("subject", "predicate", "object", "direction", "negated", "hedged", "organism", "evidence_sha")


def evidence_digest(evidence: str) -> str:
    return hashlib.sha1(evidence.encode("utf-8")).hexdigest()[:12]


def story_extractions(path: Path) -> Iterator[tuple[list[Mention], dict[str, Entity], list[Finding]]]:
    """Mentions, entities by id and findings of one story file read as news, as the pipeline builds them."""
    for rec in build_articles("news", path.name, path.read_text(encoding="utf-8"), "text"):
        mentions, ents = extract_mentions(rec.article)
        entities = {e.entity_id: e for e in ents}
        yield mentions, entities, extract_findings(rec.article, mentions, entities)


def story_findings(path: Path) -> list[dict[str, str]]:
    """The findings of one story, as the pipeline builds them, with the fields ``grades.tsv`` keys on."""
    out = []
    for _, entities, findings in story_extractions(path):
        for f in findings:
            out.append({
                "subject": entities[f.subject_id].name, "predicate": f.predicate,
                "object": entities[f.object_id].name, "direction": f.direction, "negated": str(f.negated),
                "hedged": str(f.hedged), "organism": f.organism or "", "evidence_sha": evidence_digest(f.evidence),
                "evidence": f.evidence,
            })
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--grades", type=Path, default=GRADES)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", choices=("wrong", "lost", "ungraded"), help="list those findings")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus} not found: nothing to evaluate")
        return 0
    graded = {}
    for row in read_tsv(args.grades):
        graded[(row["story"], *(row[k] for k in KEY))] = row
    # (an absent list reads as empty)
    stories = sorted(read_word_list(args.grades.parent / STORIES) | {k[0] for k in graded})
    now: dict[tuple, dict] = {}
    for name in stories:
        for f in story_findings(args.corpus / name):
            now.setdefault((name, *(f[k] for k in KEY)), f)
    counts = Counter(graded[k]["grade"] if k in graded else "ungraded" for k in now)
    kinds = Counter(graded[k]["category"] for k in now if k in graded and graded[k]["grade"] != "C")
    lost = [k for k, row in graded.items() if row["grade"] == "C" and k not in now]
    n_graded = sum(counts[g] for g in "CBW")
    where = args.grades.resolve()
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
    print(f"Findings graded by hand: {len(stories)} stories ({shown})")
    print(f"findings now: {len(now)}; graded {n_graded} (C {counts['C']}, B {counts['B']}, W {counts['W']}); "
          f"not graded {counts['ungraded']}")
    if n_graded:
        print(f"share of graded findings: correct {counts['C'] / n_graded:.3f}, borderline "
              f"{counts['B'] / n_graded:.3f}, wrong {counts['W'] / n_graded:.3f}")
    print(f"findings graded correct that are no longer given: {len(lost)} of "
          f"{sum(1 for r in graded.values() if r['grade'] == 'C')}")
    if kinds:
        print("errors among them: " + ", ".join(f"{k or '?'} {n}" for k, n in kinds.most_common()))
    if args.show:
        pick = {
            "wrong": [k for k in now if k in graded and graded[k]["grade"] == "W"],
            "ungraded": [k for k in now if k not in graded],
            "lost": lost,
        }[args.show]
        for k in sorted(pick):
            f = now.get(k) or graded[k]
            note = f" [{graded[k]['category']}]" if k in graded and graded[k]["category"] else ""
            print(f"- {k[0]}: {k[1]} --{k[2]} ({k[4]})--> {k[3]}; negated={k[5]} hedged={k[6]} organism={k[7]}{note}")
            if "evidence" in f:
                print(f"    {f['evidence'][:240]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
