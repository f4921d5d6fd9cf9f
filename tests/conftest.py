"""Shared fixtures: where the shared seeds and evaluation data are (tests skip cleanly without them)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """../shared/seeds, or skip."""
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present (it ships with the development checkout only)")
    return path


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """../shared/eval, or skip."""
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not present (it ships with the development checkout only)")
    return path


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled demo corpus."""
    return EXAMPLES
