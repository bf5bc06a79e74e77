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
    def from_env(cls) -> Settings:
        raw = os.environ.get("PIPELINE_RAW_DIR")
        data = os.environ.get("PIPELINE_DATA_DIR")
        return cls(
            raw_dir=_resolve(raw) if raw else REPO_ROOT / "seeds" / "documents",
            data_dir=_resolve(data) if data else REPO_ROOT / "data",
            max_file_bytes=_byte_count(os.environ.get("PIPELINE_MAX_FILE_BYTES"), DEFAULT_MAX_FILE_BYTES),
        )

    @property
    def parquet_dir(self) -> Path:
        return self.data_dir / "parquet"

    @property
    def quality_dir(self) -> Path:
        return self.data_dir / "quality"


def _byte_count(value: str | None, default: int) -> int:
    """PIPELINE_MAX_FILE_BYTES: a whole number of bytes, with an optional k/M/G suffix (powers of 1024)."""
    if value is None or not value.strip():
        return default
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    scale = {"k": 1024, "m": 1024**2, "g": 1024**3}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        count = int(float(number) * scale)
    except ValueError:
        raise ValueError(
            f"PIPELINE_MAX_FILE_BYTES must be a number of bytes such as 20971520 or 20M, not {value!r}"
        ) from None
    if count <= 0:
        raise ValueError(f"PIPELINE_MAX_FILE_BYTES must be positive, not {value!r}")
    return count


def env_number(name: str, default: float, *, whole: bool = False) -> float:
    """A positive number from the environment variable ``name`` (``default`` when unset or blank), with an
    error that names the variable when it is no such number."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value) if whole else float(value)
    except ValueError:
        number = None
    if number is None or number <= 0:
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"{name} must be {kind} above 0, not {value!r}")
    return number
