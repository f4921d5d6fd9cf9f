"""Shared fixtures: where the shared seeds and evaluation data are (tests skip cleanly without them)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


def _partitions(store: Any) -> dict[str, Any]:
    """What the analysis decided, independent of generated ids: groups of mentions and articles."""
    groups: dict[str, dict[str, set[Any]]] = {"entities": {}, "storylines": {}, "events": {}}
    for r in store.query("SELECT article_id, start, end, entity_id FROM entity_mentions"):
        groups["entities"].setdefault(r["entity_id"], set()).add((r["article_id"], r["start"], r["end"]))
    for r in store.query("SELECT article_id, storyline_id, event_id FROM story_members"):
        groups["storylines"].setdefault(r["storyline_id"], set()).add(r["article_id"])
        groups["events"].setdefault(r["event_id"], set()).add(r["article_id"])
    return {name: {frozenset(v) for v in g.values()} for name, g in groups.items()}


def _facts(store: Any) -> dict[str, Any]:
    from storyline.events import list_events, unplaced_times
    from storyline.quotes.listing import list_quotes

    quotes = sorted((q["article_id"], q["start"], q["end"], q["kind"], q["speaker"]) for q in list_quotes(store))
    # participants are entity ids, which either store may mint from another spelling of one entity
    events = sorted(
        json.dumps(e.to_dict() | {"participants": len(e.participants)}, sort_keys=True, default=str)
        for e in list_events(store)
    )
    search = sorted(
        (q, hit.article_id) for q in ("Wroclaw", "Hryzenko*", '"prisoners of war"') for hit in store.search(q)
    )
    unplaced = unplaced_times(store)  # what a timeline leaves out for want of dates (SQL with a join and substr)
    return {
        "quotes": quotes,
        "events": events,
        "search": search,
        "articles": store.count_articles(),
        "unplaced": (unplaced.articles, sorted(unplaced.times)),
    }


@pytest.fixture(scope="session")
def analysis_summary() -> Callable[[Any], dict[str, Any]]:
    """What a store's analysis decided, comparable across stores and runners (no generated ids)."""
    return lambda store: _partitions(store) | _facts(store)
