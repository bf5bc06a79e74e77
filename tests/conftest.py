"""Shared fixtures: the committed seed documents and, when present, the development corpora."""

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds" / "documents"
SHARED = REPO.parent / "shared"


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (the scripts are run as files, not imported as a package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # (dataclasses look their module up there)
    spec.loader.exec_module(mod)
    return mod


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
