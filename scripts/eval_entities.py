#!/usr/bin/env python
"""Score pipeline.extract.entities.extract_mentions on a BioRED PubTator file.

    .venv/bin/python scripts/eval_entities.py [../shared/corpora/biored/Dev.PubTator] [--json out.json]
        [--errors 20]   # print the most frequent false positives / negatives per type

Each abstract becomes ``make_article(title + " " + abstract, source_kind="abstract")`` so offsets match
PubTator's.
Types: GeneOrGeneProduct -> gene (protein_family hits count as gene mentions at mention level),
DiseaseOrPhenotypicFeature -> disease, ChemicalEntity -> chemical, OrganismTaxon -> species,
SequenceVariant -> variant (ids: the dbSNP id "rs6275", else the tmVar normal form "p|SUB|R|215|W", which
BioRED uses; most rs ids of variants written as "M404V" are out of reach without dbSNP); CellLine is ignored. Processes whose id or xref is a MeSH disease descriptor (inflammation) count as disease.

Mention level: exact span and type. Document level: set of (type, id) per abstract, genes compared via the
mention's ``organism_xref`` (the NCBIGene id of the gene in the organism the mention refers to: the HGNC
record's for human, a learned mouse/rat id otherwise; ``--human-only``: always the HGNC record's), species as NCBITaxon ids, diseases/chemicals as MeSH ids; protein families have
no single gene id and are left out at document level. Also reports the speed of extract_mentions;
``--speed DIR`` times extract_mentions_batch, the pipeline's call, over a folder of plain texts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.variants import tmvar_form
from pipeline.lexicons import retired_mesh_id
from pipeline.structured import parse_pubtator_records

TYPE_MAP = {
    "GeneOrGeneProduct": "gene",
    "DiseaseOrPhenotypicFeature": "disease",
    "ChemicalEntity": "chemical",
    "OrganismTaxon": "species",
    "SequenceVariant": "variant",
}
TYPES = ("gene", "disease", "chemical", "species", "variant")


def read_pubtator(path: Path):
    for r in parse_pubtator_records(path.read_text(encoding="utf-8")):
        yield {"pmid": r.pmid, "text": r.text,
               "ann": [(m.start, m.end, m.text, TYPE_MAP[m.type], m.identifier) for m in r.mentions
                       if m.type in TYPE_MAP]}


def gold_ids(etype: str, ident: str) -> set[str]:
    out = set()
    for i in ident.replace(";", ",").split(","):
        i = i.strip()
        if not i or i == "-":
            continue
        if etype == "gene":
            out.add(f"NCBIGene:{i}")
        elif etype == "species":
            out.add(f"NCBITaxon:{i}")
        else:
            out.add(i.replace("MESH:", "") if i.startswith("MESH:") else i)
    return out


DISEASE_IDS: set[str] = set()  # MeSH ids of the disease lexicon (filled in main)


def pred_type_and_ids(entity) -> tuple[str | None, set[str]]:
    t = entity.entity_type
    if t == "gene":
        return "gene", {x for x in entity.xrefs if x.startswith("NCBIGene:")}
    if t == "protein_family":
        return "gene", set()
    if t == "species":
        return "species", {entity.entity_id}
    if t == "variant":  # BioRED's ids: rs ids, else the tmVar normal form
        form = tmvar_form(entity.entity_id, entity.xrefs)
        return t, {form} if form else set()
    if t in ("disease", "chemical"):  # a drug's retired MeSH id where BioRED's MeSH had another
        return t, {(retired_mesh_id(entity) or entity.entity_id).replace("MESH:", "")}
    if t == "process":  # a process that MeSH files as a disease (inflammation) counts as one
        mesh = [x for x in (entity.entity_id, *entity.xrefs) if x in DISEASE_IDS]
        if mesh:
            return "disease", {mesh[0].replace("MESH:", "")}
    return None, set()


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def speed(folder: Path, passes: int = 5) -> int:
    """CPU time of extract_mentions_batch (what the pipeline calls) over every .txt file of ``folder``: the first
    pass (per-string caches cold) and the best of ``passes`` (steady state; the least disturbed by other load on
    a shared machine). The lexicon load is timed separately and then frozen out of the garbage collector's
    walks, as the pipeline does."""
    import gc

    from pipeline.extract.entities import _pathway_counts, extract_mentions_batch
    from pipeline.lexicons import load_entity_lexicon
    from pipeline.sentences import make_article

    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"{folder}: no .txt files")
        return 0
    t0 = time.process_time()
    lex = load_entity_lexicon()
    t1 = time.process_time()
    _ = lex.automaton
    _pathway_counts()  # reference data the choice between same-named genes reads: loaded once, like the lexicon
    t2 = time.process_time()
    gc.freeze()
    arts = [make_article(p.read_text(encoding="utf-8", errors="replace"), source_kind="news") for p in files]
    mb = sum(len(a.body.encode("utf-8")) for a in arts) / 1e6
    times, n = [], 0
    for _ in range(max(1, passes)):
        t3 = time.process_time()
        n = sum(len(m) for m, _ in extract_mentions_batch(arts, lex))
        times.append(time.process_time() - t3)
    best = min(times)
    print(f"lexicon load {t1 - t0:.2f} s CPU + automaton and Reactome counts {t2 - t1:.2f} s; extract_mentions_batch on {len(files)} "
          f"files, {mb:.2f} MB, {n} mentions: first pass {times[0]:.2f} s CPU = {mb / times[0]:.2f} MB/s; "
          f"best of {len(times)} passes {best:.2f} s = {mb / best:.2f} MB/s")
    return 0


def cross_validate(pubtator: Path, folds: int, errors: int = 0) -> int:
    """K-fold cross-validation inside one PubTator file (Train): for each fold, the learned lists
    (biored_train_synonyms, entity_stoplist, biored_train_organism_genes) are rebuilt from the other folds into a
    temporary copy of seeds/lexicons, and the held-out fold is scored with it. Counts are pooled over the folds.
    Document i goes to fold i % K (file order)."""
    import contextlib
    import io
    import os
    import shutil
    import tempfile

    sys.path.insert(0, str(ROOT / "scripts"))
    import build_lexicons

    from pipeline import lexicons

    text = pubtator.read_text(encoding="utf-8")
    blocks = [b for b in text.split("\n\n") if b.strip()]
    pooled = {lvl: {t: Counter() for t in (*TYPES, "overall")} for lvl in ("mention", "document")}
    errs: dict[str, Counter] = defaultdict(Counter)
    seeds = ROOT / "seeds" / "lexicons"
    old_env = os.environ.get("PIPELINE_LEXICON_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for k in range(folds):
            learn = tmp / f"learn{k}.PubTator"
            test = tmp / f"test{k}.PubTator"
            learn.write_text("\n\n".join(b for i, b in enumerate(blocks) if i % folds != k) + "\n\n", encoding="utf-8")
            test.write_text("\n\n".join(b for i, b in enumerate(blocks) if i % folds == k) + "\n\n", encoding="utf-8")
            lexdir = tmp / f"lex{k}"
            shutil.copytree(seeds, lexdir)
            build_lexicons.OUT = lexdir
            with contextlib.redirect_stdout(io.StringIO()):
                (lexdir / "biored_train_synonyms.tsv").unlink(missing_ok=True)
                build_lexicons.build_biored_synonyms(learn)
                build_lexicons.build_stoplist(learn)
                build_lexicons.build_biored_organism_genes(learn)
            lexicons.load_entity_lexicon.cache_clear()
            os.environ["PIPELINE_LEXICON_DIR"] = str(lexdir)
            out = tmp / f"fold{k}.json"
            with contextlib.redirect_stdout(io.StringIO()):
                main([str(test), "--json", str(out)] + (["--errors", str(errors)] if errors else []))
            r = json.loads(out.read_text(encoding="utf-8"))
            for lvl, per_type in pooled.items():
                for t, c in per_type.items():
                    c.update({x: r[lvl][t][x] for x in ("tp", "fp", "fn")})
            for key, items in r.get("errors", {}).items():
                errs[key].update(dict(items))
            lexicons.load_entity_lexicon.cache_clear()
    if old_env is None:
        os.environ.pop("PIPELINE_LEXICON_DIR", None)
    else:
        os.environ["PIPELINE_LEXICON_DIR"] = old_env
    print(f"{pubtator}: {len(blocks)} documents, {folds}-fold cross-validation (learned lists from the other folds)")
    for lvl, per_type in pooled.items():
        print(f"\n{lvl} level        P      R      F1     tp    fp    fn")
        for t, c in per_type.items():
            r = prf(c["tp"], c["fp"], c["fn"])
            print(f"  {t:<14} {r['precision']:.4f} {r['recall']:.4f} {r['f1']:.4f}  {r['tp']:5d} {r['fp']:5d} {r['fn']:5d}")
    for key in sorted(errs):
        print(f"\n[{key}] {errs[key].most_common(errors)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pubtator", nargs="?", type=Path,
                    default=ROOT.parent / "shared" / "corpora" / "biored" / "Dev.PubTator")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent FP/FN strings per type")
    ap.add_argument("--human-only", action="store_true",
                    help="score genes through the HGNC record's human NCBIGene id (ignore the mention's organism)")
    ap.add_argument("--speed", type=Path, metavar="DIR",
                    help="instead: time extract_mentions_batch over the .txt files of DIR (e.g. the news corpus)")
    ap.add_argument("--passes", type=int, default=5, help="with --speed: passes over the folder (default 5)")
    ap.add_argument("--cv", type=int, metavar="K",
                    help="instead: K-fold cross-validation inside the file (use on Train: learned lists rebuilt "
                         "from the other folds)")
    args = ap.parse_args(argv)
    if args.speed:
        return speed(args.speed, args.passes)
    if args.cv:
        return cross_validate(args.pubtator, args.cv, args.errors)
    if not args.pubtator.is_file():
        print(f"{args.pubtator} not found: nothing to evaluate")
        return 0

    from pipeline.extract.entities import VERSION, extract_mentions
    from pipeline.lexicons import load_entity_lexicon
    from pipeline.sentences import make_article

    t0 = time.perf_counter()
    lex = load_entity_lexicon()
    DISEASE_IDS.update(i for i, e in lex.entities.items() if e.entity_type == "disease")
    _ = lex.automaton
    load_s = time.perf_counter() - t0

    docs = list(read_pubtator(args.pubtator))
    m_counts = {t: Counter() for t in TYPES}
    d_counts = {t: Counter() for t in TYPES}
    fp_str = {t: Counter() for t in TYPES}
    fn_str = {t: Counter() for t in TYPES}
    dfp = {t: Counter() for t in TYPES}
    dfn = {t: Counter() for t in TYPES}
    chars = 0
    extract_s = 0.0
    human_docs = 0
    human_counts: Counter = Counter()  # genes, documents whose gold gene ids all have an HGNC record
    for doc in docs:
        art = make_article(doc["text"], document_id=doc["pmid"], source_kind="abstract")
        chars += len(doc["text"].encode("utf-8"))
        t1 = time.perf_counter()
        mentions, ents = extract_mentions(art, lex)
        extract_s += time.perf_counter() - t1
        by_id = {e.entity_id: e for e in ents}
        pred_m = set()
        pred_d: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            t, ids = pred_type_and_ids(by_id[m.entity_id])
            if t is None:
                continue
            pred_m.add((m.start_char, m.end_char, t))
            if t == "gene" and not args.human_only:
                # the gene's id in the organism the mention refers to (mouse/rat ids learned from Train)
                ids = {m.organism_xref} if m.organism_xref else set()
            pred_d[t] |= ids
        gold_m = set()
        gold_d: dict[str, set[str]] = defaultdict(set)
        text_of = {}
        for s, e, txt, t, ident in doc["ann"]:
            gold_m.add((s, e, t))
            text_of[(s, e, t)] = txt
            gold_d[t] |= gold_ids(t, ident)
        for t in TYPES:
            pm = {x for x in pred_m if x[2] == t}
            gm = {x for x in gold_m if x[2] == t}
            m_counts[t].update(tp=len(pm & gm), fp=len(pm - gm), fn=len(gm - pm))
            for x in pm - gm:
                fp_str[t][doc["text"][x[0]:x[1]]] += 1
            for x in gm - pm:
                fn_str[t][text_of[x]] += 1
            pd, gd = pred_d[t], gold_d[t]
            d_counts[t].update(tp=len(pd & gd), fp=len(pd - gd), fn=len(gd - pd))
            if t == "gene" and all(g in lex.ncbi_to_hgnc for g in gd):
                human_docs += 1
                human_counts.update(tp=len(pd & gd), fp=len(pd - gd), fn=len(gd - pd))
            dfp[t].update(pd - gd)
            dfn[t].update(gd - pd)

    result = {"file": str(args.pubtator), "documents": len(docs), "extractor_version": VERSION,
              "lexicon_version": lex.version, "mention": {}, "document": {}}
    for level, counts in (("mention", m_counts), ("document", d_counts)):
        tot = Counter()
        for t in TYPES:
            result[level][t] = prf(counts[t]["tp"], counts[t]["fp"], counts[t]["fn"])
            tot.update(counts[t])
        result[level]["overall"] = prf(tot["tp"], tot["fp"], tot["fn"])
    # Ceiling for genes at document level: gold gene ids that have a human HGNC record at all.
    gold_genes = [i for doc in docs for i in {g for s, e, x, t, ident in doc["ann"] if t == "gene"
                                                for g in gold_ids(t, ident)}]
    human = sum(1 for g in gold_genes if g in lex.ncbi_to_hgnc)
    learned_ids = {x for (_, tax), x in lex.orthologs.items() if tax != "NCBITaxon:9606"}
    learned = sum(1 for g in gold_genes if g in learned_ids and g not in lex.ncbi_to_hgnc)
    result["gene_id_coverage"] = {
        "gold_doc_gene_ids": len(gold_genes), "with_hgnc_record": human, "learned_mouse_rat": learned,
        "recall_ceiling": round((human + learned) / len(gold_genes), 4) if gold_genes else None}
    for t, prefix in (("disease", "MESH:"), ("chemical", "MESH:"), ("species", "")):
        ids = [i for doc in docs for i in {g for s, e, x, tt, ident in doc["ann"] if tt == t
                                           for g in gold_ids(tt, ident)}]
        known = sum(1 for i in ids if (prefix + i) in lex.entities)
        result.setdefault("id_coverage", {})[t] = {"gold_doc_ids": len(ids), "in_lexicon": known,
                                                   "recall_ceiling": round(known / len(ids), 4) if ids else None}
    result["document_genes_human_only"] = dict(prf(human_counts["tp"], human_counts["fp"], human_counts["fn"]),
                                               documents=human_docs)
    mb = chars / 1e6
    result["speed"] = {"lexicon_load_s": round(load_s, 2), "text_mb": round(mb, 3),
                       "extract_s": round(extract_s, 3), "mb_per_s": round(mb / extract_s, 2) if extract_s else None}

    print(f"{args.pubtator}: {len(docs)} documents; extractor {VERSION}, lexicon {lex.version}")
    for level in ("mention", "document"):
        print(f"\n{level} level        P      R      F1     tp    fp    fn")
        for t in TYPES + ("overall",):
            r = result[level][t]
            print(f"  {t:<14} {r['precision']:.3f}  {r['recall']:.3f}  {r['f1']:.3f}  {r['tp']:5d} {r['fp']:5d} {r['fn']:5d}")
    sp = result["speed"]
    print(f"\nlexicon load {sp['lexicon_load_s']} s; extract {sp['text_mb']} MB in {sp['extract_s']} s "
          f"= {sp['mb_per_s']} MB/s")
    cov = result["gene_id_coverage"]
    print(f"gene ids: {cov['with_hgnc_record']}/{cov['gold_doc_gene_ids']} gold document-level gene ids are "
          f"human (HGNC), {cov['learned_mouse_rat']} mouse/rat ids learned from Train; document-level gene "
          f"recall ceiling {cov['recall_ceiling']}")
    for t, c in result["id_coverage"].items():
        print(f"{t} ids: {c['in_lexicon']}/{c['gold_doc_ids']} gold document-level ids are in the lexicons "
              f"(recall ceiling {c['recall_ceiling']})")
    h = result["document_genes_human_only"]
    print(f"document level, genes, the {h['documents']} documents whose gold genes are all human: "
          f"P {h['precision']:.3f} R {h['recall']:.3f} F1 {h['f1']:.3f}")
    if args.errors:
        for t in TYPES:
            print(f"\n[{t}] top FP mentions: {fp_str[t].most_common(args.errors)}")
            print(f"[{t}] top FN mentions: {fn_str[t].most_common(args.errors)}")
            print(f"[{t}] top FP doc ids: {dfp[t].most_common(args.errors // 2)}")
            print(f"[{t}] top FN doc ids: {dfn[t].most_common(args.errors // 2)}")
    if args.errors:
        result["errors"] = {}
        for t in TYPES:
            result["errors"][f"{t} FP mention"] = fp_str[t].most_common()
            result["errors"][f"{t} FN mention"] = fn_str[t].most_common()
            result["errors"][f"{t} FP doc"] = dfp[t].most_common()
            result["errors"][f"{t} FN doc"] = dfn[t].most_common()
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
