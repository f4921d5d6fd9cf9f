"""The demo briefing's claims and positions against the gold facts of examples/expected.json (floors)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.brief.score import score_claims, score_demo
from storyline.store import Store, open_store

FLOORS = json.loads((Path(__file__).parent / "floors" / "brief_demo.json").read_text(encoding="utf-8"))


def _claim(label: str, *article_ids: str) -> dict[str, Any]:
    return {"label": label, "statements": [{"citation": {"article_id": a}} for a in article_ids]}


def test_scorer_counts_found_and_spurious_claims() -> None:
    """A contradicted claim between the gold articles is found; one elsewhere is spurious."""
    expected = {
        "corroborations": [{"story": "B", "articles": ["x1", "x2", "x3"]}],
        "contradictions": [{"story": "B", "articles": ["x1", "x4"]}],
    }
    gold_of = {"s1": ["x1"], "s2": ["x2"], "s3": ["x3"], "s4": ["x4"], "s5": ["x5"]}
    briefings = {
        "B": {
            "claims": [
                _claim("corroborated", "s1", "s2"),
                _claim("contradicted", "s1", "s4"),
                _claim("contradicted", "s2", "s5"),
            ]
        }
    }
    got = score_claims(briefings, expected, gold_of)
    assert got["corroborations_found"] == 1
    assert got["contradictions_found"] == 1
    assert got["contradicted_claims"] == 2
    assert got["spurious_contradictions"] == 1


@pytest.fixture(scope="module")
def demo_scores(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not (examples_dir / "expected.json").is_file():
        pytest.skip("the demo corpus (examples/) is not in this checkout")
    from storyline.ingest import ingest

    store: Store = open_store(tmp_path_factory.mktemp("demo-scores") / "demo.db")
    ingest([examples_dir / "corpus"], store, manifest=examples_dir / "manifest.csv")
    return score_demo(store, examples_dir / "expected.json")


def test_demo_claims_meet_floors(demo_scores: dict[str, Any]) -> None:
    """Cross-language corroborations found, contradictions found, few spurious contradictions."""
    got, floor = demo_scores["claims"], FLOORS["claims"]
    assert got["corroborations_found"] >= floor["corroborations_found_min"], got
    assert got["contradictions_found"] >= floor["contradictions_found_min"], got
    assert got["spurious_contradictions"] <= floor["spurious_contradictions_max"], got


def test_demo_positions_meet_floors(demo_scores: dict[str, Any]) -> None:
    """Gold positions found with the right party, issue and stance; few unsupported cells."""
    got, floor = demo_scores["positions"], FLOORS["positions"]
    assert got["found"] >= floor["found_min"], got
    assert got["stance_right"] >= floor["stance_right_min"], got
    assert got["unsupported"] <= floor["unsupported_max"], got
