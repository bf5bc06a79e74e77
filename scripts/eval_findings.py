"""Score finding extraction on BioRED (document-level entity-pair F1, direction accuracy).

Usage:
    .venv/bin/python scripts/eval_findings.py [Dev.PubTator] [--gold-entities] [--limit N] [--errors]

Gold: every BioRED relation of a document as an unordered pair of entity ids (relation type ignored).
Direction: Positive_Correlation = "+", Negative_Correlation = "-" (other types are not scored for
direction). Prediction: the unordered (subject_id, object_id) pairs of extract_findings' non-negated
findings (a negated finding claims the pair is not related).

--gold-entities  use the BioRED gold mentions (ids as in the file: NCBIGene:n, MESH:Dn, variants)
default          end to end: pipeline.extract.entities.extract_mentions when importable; HGNC genes are
                 compared through the mentions' organism_xref (the gene's NCBI id in the organism the
                 mention refers to, e.g. the mouse gene in a mouse study), else their NCBIGene xref;
                 MeSH ids directly.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.extract.findings import extract_findings
from pipeline.extract.variants import tmvar_form
from pipeline.lexicons import retired_mesh_id
from pipeline.model import Entity, Mention
from pipeline.sentences import make_article
from pipeline.structured import parse_pubtator_records

DEFAULT = ROOT.parent / "shared" / "corpora" / "biored" / "Dev.PubTator"

_TYPE = {
    "GeneOrGeneProduct": "gene",
    "DiseaseOrPhenotypicFeature": "disease",
    "ChemicalEntity": "chemical",
    "SequenceVariant": "variant",
    "OrganismTaxon": "species",
    "CellLine": "cell_line",
}


@dataclass
class Doc:
    pmid: str
    title: str = ""
    abstract: str = ""
    mentions: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # start,end,text,type,id
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # type, id1, id2


def norm_id(raw: str, etype: str) -> str:
    """BioRED id -> CURIE used on both sides of the comparison."""
    raw = raw.strip()
    if etype == "GeneOrGeneProduct":
        return f"NCBIGene:{raw}"
    if etype in ("DiseaseOrPhenotypicFeature", "ChemicalEntity") and raw[:1] in "DC" and raw[1:].isdigit():
        return f"MESH:{raw}"
    if etype == "OrganismTaxon":
        return f"NCBITaxon:{raw}"
    if etype == "CellLine":
        return raw.replace("CVCL_", "Cellosaurus:CVCL_")
    return raw


def read_pubtator(path: Path) -> list[Doc]:
    return [
        Doc(r.pmid, r.title, r.abstract, [(m.start, m.end, m.text, m.type, m.identifier) for m in r.mentions],
            list(r.relations))
        for r in parse_pubtator_records(path.read_text(encoding="utf-8"))
    ]


def id_types(doc: Doc) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, _, _, etype, ids in doc.mentions:
        for raw in ids.split(","):
            for r in raw.split(";"):
                if r.strip() and r.strip() != "-":
                    out.setdefault(r.strip(), etype)
    return out


def gold_pairs(doc: Doc) -> dict[frozenset, str]:
    """Unordered gold pair -> direction ('+', '-', or '' when the type has no direction)."""
    types = id_types(doc)
    out: dict[frozenset, str] = {}
    for rtype, a, b in doc.relations:
        key = frozenset((norm_id(a, types.get(a, "")), norm_id(b, types.get(b, ""))))
        d = {"Positive_Correlation": "+", "Negative_Correlation": "-"}.get(rtype, "")
        if key not in out or (d and not out[key]):
            out[key] = d
    return out


def build_article(doc: Doc):
    body = doc.title + "\n" + doc.abstract  # keeps PubTator offsets (abstract starts at len(title)+1)
    return make_article(
        body, title=doc.title, document_id=f"PMID:{doc.pmid}", source_path=doc.pmid, source_kind="abstract"
    )


def gold_mentions(doc: Doc, article) -> tuple[list[Mention], dict[str, Entity]]:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for start, end, text, etype, ids in doc.mentions:
        sent = article.sentence_at(start)
        if sent is None:
            continue
        for raw in ids.replace(";", ",").split(","):
            raw = raw.strip()
            if not raw or raw == "-":
                continue
            eid = norm_id(raw, etype)
            mentions.append(Mention(article.article_id, sent.index, start, end, text, eid))
            entities.setdefault(eid, Entity(eid, _TYPE.get(etype, "other"), text))
    mentions.sort(key=lambda m: (m.start_char, m.end_char, m.entity_id))
    return mentions, entities


def predicted_mentions(article):
    from pipeline.extract.entities import extract_mentions  # colleague's matcher

    mentions, ents = extract_mentions(article)
    entities = {e.entity_id: e for e in ents}
    # a gene mention carries the gene's NCBI id in the organism it refers to (mouse/rat ids when the study
    # is in mice/rats); the majority per entity is the id compared with BioRED's
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        x = getattr(m, "organism_xref", None)
        if x:
            votes[m.entity_id][x] += 1
    for eid, c in votes.items():
        e = entities.get(eid)
        if e is not None:
            best = c.most_common(1)[0][0]
            entities[eid] = Entity(e.entity_id, e.entity_type, e.name, (best, *[x for x in e.xrefs if x != best]))
    return list(mentions), entities


def compare_id(eid: str, entities: dict[str, Entity]) -> str:
    """Map a pipeline id onto the BioRED id space (NCBIGene for genes, MESH for the rest, a drug's retired MeSH id
    where BioRED's MeSH had another; variants as BioRED writes them: the dbSNP id "rs6275", else the tmVar normal
    form "p|SUB|R|215|W")."""
    ent = entities.get(eid)
    if ent is not None and (retired := retired_mesh_id(ent)):
        return retired  # BioRED was annotated against an older MeSH
    if eid.startswith(("NCBIGene:", "MESH:")):
        return eid
    if ent is not None and ent.entity_type == "variant":
        return tmvar_form(eid, ent.xrefs) or eid
    if ent is not None:
        for pref in ("NCBIGene:", "MESH:"):
            for x in ent.xrefs:
                if x.startswith(pref):
                    return x
    return eid


def in_biored_scope(compared_id: str) -> bool:
    """Whether BioRED could annotate the entity: an id in its id space (NCBI Gene, MeSH, dbSNP, a tmVar form).
    GO processes, cell types and families without a gene or MeSH id are outside its annotation scheme."""
    return compared_id.startswith(("NCBIGene:", "MESH:", "rs")) or "|" in compared_id


def cooccurrence(article, mentions: list[Mention], entities: dict) -> list:
    """Baseline: one undirected pseudo-finding per pair of participants sharing a sentence."""
    from types import SimpleNamespace

    skip = {"species", "cell_line"}
    by_sent: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        ent = entities.get(m.entity_id)
        if ent is None or ent.entity_type not in skip:
            by_sent[m.sentence_index].add(m.entity_id)
    out = []
    for ids in by_sent.values():
        ids = sorted(ids)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                out.append(
                    SimpleNamespace(
                        subject_id=a, object_id=b, direction="0", negated=False, predicate="cooccurs"
                    )
                )
    return out


def align_gold(doc: Doc, gold: dict, mentions: list[Mention], entities: dict) -> dict:
    """Translate gold ids into predicted ids through overlapping mentions (majority vote)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    starts = sorted((m.start_char, m.end_char, compare_id(m.entity_id, entities)) for m in mentions)
    for start, end, _, etype, ids in doc.mentions:
        for raw in ids.replace(";", ",").split(","):
            gid = norm_id(raw.strip(), etype)
            for ps, pe, pid in starts:
                if ps < end and start < pe:
                    votes[gid][pid] += 1
    mapping = {g: c.most_common(1)[0][0] for g, c in votes.items()}
    out: dict[frozenset, str] = {}
    for key, d in gold.items():
        new = frozenset(mapping.get(x, x) for x in key)
        if len(new) == 2 and (new not in out or (d and not out[new])):
            out[new] = d
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--gold-entities", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print N documents' false positives/negatives")
    ap.add_argument(
        "--align-spans",
        action="store_true",
        help="end to end: map each gold id to the predicted id whose mentions overlap its mentions "
        "(organism-independent: BioRED's mouse/rat gene ids have no HGNC xref)",
    )
    ap.add_argument(
        "--cooccurrence", action="store_true", help="baseline: every same-sentence pair of participants"
    )
    ap.add_argument(
        "--biored-scope",
        action="store_true",
        help="ignore predicted pairs with an entity BioRED does not annotate (GO processes, cell types, families "
        "without a gene or MeSH id): the figures a BioRED-scoped extractor would get",
    )
    ap.add_argument(
        "--breakdown", action="store_true", help="end to end: split losses into entity vs pair-selection errors"
    )
    ap.add_argument("--model", help="document-level model file (default: seeds/lexicons/findings_model.tsv)")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"BioRED file not found: {path} (nothing to score)")
        return 0
    docs = read_pubtator(path)
    if args.limit:
        docs = docs[: args.limit]
    if args.model:
        from pipeline.extract.findings import load_model, set_model

        set_model(load_model(Path(args.model)))
    if not args.gold_entities:
        try:
            import pipeline.extract.entities  # noqa: F401
        except ImportError as exc:
            print(f"end-to-end mode needs pipeline.extract.entities ({exc}); use --gold-entities")
            return 0
    tp = fp = fn = 0
    dir_total = dir_ok = dir_nonzero = dir_ok_nonzero = 0
    undirected_total = undirected_signed = 0
    brk: Counter = Counter()  # --breakdown: where end-to-end pairs are lost
    by_pred = Counter()
    shown = 0
    for doc in docs:
        article = build_article(doc)
        if args.gold_entities:
            mentions, entities = gold_mentions(doc, article)
        else:
            mentions, entities = predicted_mentions(article)
        findings = (
            cooccurrence(article, mentions, entities)
            if args.cooccurrence
            else extract_findings(article, mentions, entities)
        )
        pred: dict[frozenset, Counter] = defaultdict(Counter)
        for f in findings:
            a, b = compare_id(f.subject_id, entities), compare_id(f.object_id, entities)
            if args.biored_scope and not (in_biored_scope(a) and in_biored_scope(b)):
                continue
            if a == b:
                continue
            if f.negated:
                continue  # a negated finding does not claim the pair is related
            d = f.direction
            pred[frozenset((a, b))][d] += 1
            by_pred[f.predicate] += 1
        gold = gold_pairs(doc)
        if args.align_spans and not args.gold_entities:
            gold = align_gold(doc, gold, mentions, entities)
        tp_keys = set(pred) & set(gold)
        tp += len(tp_keys)
        fp += len(set(pred) - set(gold))
        fn += len(set(gold) - set(pred))
        for k in tp_keys:
            g = gold[k]
            if not g:
                undirected_total += 1
                undirected_signed += any(d in "+-" for d in pred[k])
                continue
            votes = pred[k]
            signed = {d: n for d, n in votes.items() if d in "+-"}
            p = max(signed, key=lambda d: (signed[d], d == "+")) if signed else "0"
            dir_total += 1
            dir_ok += p == g
            if p != "0":
                dir_nonzero += 1
                dir_ok_nonzero += p == g
        if args.breakdown and not args.gold_entities:
            found = {compare_id(m.entity_id, entities) for m in mentions}
            gold_ids = {x for k in gold for x in k} | {
                norm_id(r.strip(), t) for *_, t, ids in doc.mentions for r in ids.replace(";", ",").split(",")
            }
            for k in gold:
                both = all(x in found for x in k)
                brk["gold pairs"] += 1
                brk["gold pairs whose two entities the matcher found (recall ceiling)"] += both
                if k not in pred:
                    brk["FN: an entity missing or grounded to another id" if not both else "FN: pair selection"] += 1
            for k in set(pred) - set(gold):
                brk["FP: an entity BioRED does not annotate (or another id)" if not k <= gold_ids
                    else "FP: pair selection (both entities in BioRED's gold)"] += 1
        if args.errors and shown < args.errors and (set(pred) ^ set(gold)):
            shown += 1
            names = {m.entity_id: m.text for m in mentions}

            def fmt(k, names=names):
                return " | ".join(sorted(names.get(x, x) for x in k))

            print(f"--- {doc.pmid} {doc.title[:100]}")
            for k in sorted(set(pred) - set(gold), key=fmt):
                print("  FP", fmt(k), dict(pred[k]))
            for k in sorted(set(gold) - set(pred), key=fmt):
                print("  FN", fmt(k), gold[k])
            for k in sorted(tp_keys, key=fmt):
                print("  TP", fmt(k), gold[k], dict(pred[k]))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    mode = "gold entities" if args.gold_entities else "end to end"
    print(f"{path.name} ({len(docs)} documents, {mode})")
    print(f"pair P={prec:.3f} R={rec:.3f} F1={f1:.3f}  (tp={tp} fp={fp} fn={fn})")
    if dir_total:
        print(
            f"direction accuracy on matched +/- pairs: {dir_ok / dir_total:.3f} ({dir_ok}/{dir_total}); "
            f"on those given a sign: {dir_ok_nonzero / max(dir_nonzero, 1):.3f} "
            f"({dir_ok_nonzero}/{dir_nonzero})"
        )
    if undirected_total:
        print(
            f"matched pairs BioRED relates without a sign (Association, Bind, ...) given one: "
            f"{undirected_signed}/{undirected_total}"
        )
    for name, n in brk.items():
        print(f"  {name}: {n}")
    print("predicates:", dict(by_pred.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
