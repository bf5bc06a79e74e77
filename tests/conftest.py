"""Shared fixtures: the committed seed documents and, when present, the development corpora."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds" / "documents"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed file name prefix (000..004) -> decoded text."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())}


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    path = SHARED / "corpora"
    if not path.is_dir():
        pytest.skip("../shared/corpora is not present on this machine")
    return path
