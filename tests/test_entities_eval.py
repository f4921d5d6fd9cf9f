"""Pinned SlavicNER floors for mentions, base forms and linking (skips without ../shared/eval)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.evaluate.entities import cluster_scores, evaluate, select

FLOORS = Path(__file__).parent / "floors" / "entities.json"


def test_cluster_scores_on_a_known_case() -> None:
    # gold {a,a,b}, predicted {x,y,y}: one of three gold pairs... worked by hand
    scores = cluster_scores([("a", "x"), ("a", "y"), ("b", "y")])
    assert scores["pairwise_precision"] == 0.0  # the only predicted pair (y,y) joins a and b
    assert scores["pairwise_recall"] == 0.0  # the only gold pair (a,a) is split
    assert scores["bcubed_precision"] == pytest.approx((1 + 0.5 + 0.5) / 3, abs=1e-4)
    perfect = cluster_scores([("a", "x"), ("a", "x"), ("b", "y")])
    assert perfect["pairwise_f1"] == 1.0 and perfect["bcubed_f1"] == 1.0


def test_slavicner_floors(eval_dir: Path) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    docs = select(
        eval_dir / "slavicner" / "documents.jsonl", topics=tuple(floors["topics"]), limit=floors["limit_per_lang"]
    )
    result = evaluate(docs)
    failures = []
    for path, floor in floors["floors"].items():
        value = result
        for part in path.split("."):
            value = value[part]
        if value < floor:
            failures.append(f"{path}: {value} < floor {floor}")
    assert not failures, "; ".join(failures)
