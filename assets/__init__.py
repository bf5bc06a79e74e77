"""The Dagster layer: assets, checks, sensors, schedules and resources around ``pipeline``."""
