"""Settings from the environment, shared by the command line, the Dagster resources and the benchmark."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.lexicon_files import REPO_ROOT
from pipeline.sources import DEFAULT_MAX_FILE_BYTES


def _resolve(value: str) -> Path:
    path = Path(value).expanduser()
    # Relative defaults are relative to the project; relative overrides to where the user stands.
    return path if path.is_absolute() else (Path.cwd() / path).resolve()


@dataclass(frozen=True, slots=True)
class Settings:
    raw_dir: Path
    data_dir: Path
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES

    @classmethod
    def from_env(cls) -> "Settings":
        raw = os.environ.get("PIPELINE_RAW_DIR")
        data = os.environ.get("PIPELINE_DATA_DIR")
        return cls(
            raw_dir=_resolve(raw) if raw else REPO_ROOT / "seeds" / "documents",
            data_dir=_resolve(data) if data else REPO_ROOT / "data",
            max_file_bytes=int(os.environ.get("PIPELINE_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)),
        )

    @property
    def parquet_dir(self) -> Path:
        return self.data_dir / "parquet"

    @property
    def quality_dir(self) -> Path:
        return self.data_dir / "quality"
