"""Shared fixtures: where the shared seeds and evaluation data are (tests skip cleanly without them)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
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


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A `postgresql://` URL to a fresh schema (dropped afterwards), or skip.

    The server comes from STORYLINE_TEST_POSTGRES (a database the tests may create schemas in);
    .ci/run starts one and sets it.
    """
    base = os.environ.get("STORYLINE_TEST_POSTGRES")
    if not base:
        pytest.skip("set STORYLINE_TEST_POSTGRES=postgresql://user:pw@host/db to test the PostgreSQL store")
    psycopg = pytest.importorskip("psycopg", reason='the PostgreSQL store needs pip install ".[postgres]"')
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
