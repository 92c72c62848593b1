"""Paths to the shared data (same layout as tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE = SHARED / "reference"
DATA = SHARED / "data"


def require(path: Path) -> Path:
    """Skip (saying why) when a shared data file is not beside the repo."""
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path
