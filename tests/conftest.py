"""Shared fixtures. Paths to the public data sets live in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "reference"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.parse import load_pipeline

    return load_pipeline()


def require(path: Path) -> Path:
    """Skip (saying why) when a shared data file is not beside the repo."""
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path
