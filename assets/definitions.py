"""The Definitions object: everything the Dagster UI and `make run` load."""


import os

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

import dagster as dg

from assets import extraction, ingest, outputs
from assets.automation import daily_refresh, ingest_job, raw_folder_sensor, refresh_job
from assets.checks import build_checks
from assets.resources import PipelineResource

all_assets = dg.load_assets_from_modules([ingest, extraction, outputs])
all_checks = build_checks()

defs = dg.Definitions(
    assets=all_assets,
    asset_checks=all_checks,
    jobs=[refresh_job, ingest_job],
    schedules=[daily_refresh],
    sensors=[raw_folder_sensor],
    resources={"pipeline": PipelineResource.from_env()},
    # One process runs the steps one after another: the warehouse has a single writer anyway,
    # and this avoids paying Python start-up for every step.
    executor=dg.in_process_executor,
)
