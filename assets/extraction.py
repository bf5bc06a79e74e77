"""Extraction stage: entities and mentions, findings, funding, institutions, people, pathways."""


from collections.abc import Callable

import dagster as dg
import duckdb

from assets.ingest import WAREHOUSE_POOL, sentences
from assets.reporting import stage_result
from assets.resources import PipelineResource
from pipeline import stages
from pipeline.stages import StageStats


def _run(pipeline: PipelineResource, build: Callable[[duckdb.DuckDBPyConnection], StageStats],
         tables: list[str]) -> list[dg.MaterializeResult]:
    with pipeline.warehouse() as con:
        stats = build(con)
        return [stage_result(con, t, stats if i == 0 else None, asset_key=t) for i, t in enumerate(tables)]


@dg.multi_asset(
    group_name="extract",
    specs=[
        dg.AssetSpec("mentions", deps=[sentences], kinds={"python", "duckdb"},
                     description="Entity mentions with exact offsets into the article body, grounded to CURIEs."),
        dg.AssetSpec("entities", deps=[sentences], kinds={"python", "duckdb"},
                     description="Every entity mentioned: CURIE, type, name and cross-references."),
    ],
    pool=WAREHOUSE_POOL,
)
def mentions_and_entities(pipeline: PipelineResource):
    cache = pipeline.settings.data_dir / "cache"
    yield from _run(pipeline, lambda con: stages.build_mention_rows(con, cache), ["mentions", "entities"])


@dg.asset(
    group_name="extract",
    kinds={"python", "duckdb"},
    pool=WAREHOUSE_POOL,
    deps=["mentions", "entities"],
    description="Who does what to whom: subject, predicate, object, direction, negation, hedging, organism, "
    "with the evidence sentence.",
)
def findings(pipeline: PipelineResource) -> dg.MaterializeResult:
    return _run(pipeline, stages.build_finding_rows, ["findings"])[0]


@dg.multi_asset(
    group_name="extract",
    specs=[
        dg.AssetSpec("pathways", deps=["entities", "findings"], kinds={"python", "duckdb"},
                     description="Reactome pathways and FamPlex families of the entities mentioned."),
        dg.AssetSpec("pathway_members", deps=["entities", "findings"], kinds={"python", "duckdb"},
                     description="Which mentioned entities belong to which pathway."),
    ],
    pool=WAREHOUSE_POOL,
)
def pathways_and_members(pipeline: PipelineResource):
    yield from _run(pipeline, stages.build_pathway_rows, ["pathways", "pathway_members"])


@dg.multi_asset(
    group_name="extract",
    specs=[
        dg.AssetSpec("funding", deps=[sentences], kinds={"python", "duckdb"},
                     description="One row per funder and award, as written and normalised, with evidence."),
        dg.AssetSpec("funders", deps=[sentences], kinds={"python", "duckdb"},
                     description="Funders acknowledged, from the funder registry, with their parents."),
    ],
    pool=WAREHOUSE_POOL,
)
def funding_and_funders(pipeline: PipelineResource):
    yield from _run(pipeline, stages.build_funding_rows, ["funding", "funders"])


@dg.multi_asset(
    group_name="extract",
    specs=[
        dg.AssetSpec("article_institutions", deps=[sentences], kinds={"python", "duckdb"},
                     description="Institutions per article with role affiliation, publisher or mentioned."),
        dg.AssetSpec("institutions", deps=[sentences], kinds={"python", "duckdb"},
                     description="Institutions named, normalised through the registry, with parents."),
    ],
    pool=WAREHOUSE_POOL,
)
def institutions_and_links(pipeline: PipelineResource):
    yield from _run(pipeline, stages.build_institution_rows, ["article_institutions", "institutions"])


@dg.asset(
    group_name="extract",
    kinds={"python", "duckdb"},
    pool=WAREHOUSE_POOL,
    deps=["institutions"],
    description="Researchers, authors, reviewers and media contacts named in each article.",
)
def people(pipeline: PipelineResource) -> dg.MaterializeResult:
    return _run(pipeline, stages.build_people_rows, ["people"])[0]
