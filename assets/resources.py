"""Resources configured from the environment (PIPELINE_RAW_DIR, PIPELINE_DATA_DIR, ...)."""


from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipeline import warehouse
from pipeline.config import Settings


class PipelineResource(dg.ConfigurableResource):
    """Where raw documents are read from and where the warehouse, Parquet and quality docs go."""

    raw_dir: str
    data_dir: str
    max_file_bytes: int

    @classmethod
    def from_env(cls) -> "PipelineResource":
        s = Settings.from_env()
        return cls(raw_dir=str(s.raw_dir), data_dir=str(s.data_dir), max_file_bytes=s.max_file_bytes)

    @property
    def settings(self) -> Settings:
        return Settings(Path(self.raw_dir), Path(self.data_dir), self.max_file_bytes)

    @contextmanager
    def warehouse(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The warehouse under its single-writer lock."""
        with warehouse.open_warehouse(Path(self.data_dir)) as con:
            yield con
