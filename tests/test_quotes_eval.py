"""`storyline eval quotes`: GGT-style scoring on PolNeAR, pinned floors, clear errors on bad data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.errors import EvaluationDataError
from storyline.evaluate.quotes import load_documents, score_agreement, score_document, score_quotes
from storyline.model import Span

FLOORS = Path(__file__).parent / "floors" / "quotes.json"

TEXT = "Smith said the plan would fail. Jones added that costs were rising fast. The weather was fine."
GOLD = {
    "id": "t1",
    "split": "dev",
    "text": TEXT,
    "attributions": [
        {
            "source": {"start": 0, "end": 5, "text": "Smith"},
            "cue": {"start": 6, "end": 10, "text": "said"},
            "content": {"start": 11, "end": 30, "text": "the plan would fail", "fragments": [{"start": 11, "end": 30}]},
        },
        {
            "source": {"start": 32, "end": 37, "text": "Jones"},
            "cue": {"start": 38, "end": 43, "text": "added"},
            "content": {
                "start": 44,
                "end": 71,
                "text": "that costs were rising fast",
                "fragments": [{"start": 44, "end": 71}],
            },
        },
    ],
}


def _quote(start: int, end: int, speaker: tuple[int, int] | None) -> Span:
    return Span(
        start,
        end,
        "quote",
        {"speaker": list(speaker) if speaker else None, "speaker_mention": None, "speaker_label": None},
    )


def test_scoring_counts_coverage_of_gold_tokens_and_speakers() -> None:
    # First quote covers 2 of 4 gold words (0.5): a match at 0.3, not at 0.8; its speaker is right.
    # Second covers all words but names the wrong speaker; the third predicted quote matches nothing.
    predicted = [_quote(20, 30, (0, 5)), _quote(44, 71, (78, 85)), _quote(72, 94, None)]
    result = score_document(GOLD, predicted)
    assert result["0.3"] == {"tp": 2, "fn": 0, "fp": 1, "speaker_ok": 1}
    assert result["0.8"] == {"tp": 1, "fn": 1, "fp": 2, "speaker_ok": 0}
    scores = score_quotes([GOLD], lambda doc: predicted)
    assert scores["overlap_0.3"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert scores["speaker_accuracy"] == 0.5


def test_the_quotes_stage_finds_the_toy_attributions() -> None:
    scores = score_quotes([GOLD])
    assert scores["overlap_0.8"]["f1"] == 1.0 and scores["speaker_accuracy"] == 1.0


def test_agreement_scores_the_other_annotators_against_the_gold_one() -> None:
    # a second annotator who marked Smith's claim alone, without its source, and the weather as a claim
    other = [
        {"source": None, "cue": None, "content": {"start": 11, "end": 30, "text": "the plan would fail"}},
        {"source": None, "cue": None, "content": {"start": 72, "end": 94, "text": "The weather was fine."}},
    ]
    doc = {**GOLD, "other_annotations": {"b": other}}
    result = score_agreement([GOLD, doc], lambda d: [])
    assert result["documents"] == 1  # only the article annotated twice
    annotators = result["annotators"]
    assert annotators["annotator_pairs"] == 1
    assert annotators["overlap_0.3"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert annotators["speaker_accuracy"] == 0.0  # "no source" against Smith
    assert result["storyline"]["overlap_0.3"]["recall"] == 0.0


def test_agreement_without_agreement_articles_names_the_fix() -> None:
    with pytest.raises(EvaluationDataError, match="without --split dev or --limit"):
        score_agreement([GOLD], lambda d: [])
    broken = {**GOLD, "id": "t9", "other_annotations": {"b": [{"source": None, "content": {"text": "x"}}]}}
    with pytest.raises(EvaluationDataError, match="t9: annotator b"):
        score_agreement([broken], lambda d: [])
    strings = {**GOLD, "id": "t8", "other_annotations": {"b": ["x"]}}
    with pytest.raises(EvaluationDataError, match="t8: annotator b"):
        score_agreement([strings], lambda d: [])
    listed = {**GOLD, "id": "t7", "other_annotations": ["x"]}
    with pytest.raises(EvaluationDataError, match="t7: 'other_annotations' must map"):
        score_agreement([listed], lambda d: [])


def test_bad_data_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationDataError, match="does not exist"):
        list(load_documents(tmp_path / "missing.jsonl"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "no attributions"}\n', encoding="utf-8")
    with pytest.raises(EvaluationDataError, match=r"bad.jsonl:1 .*README"):
        list(load_documents(bad))


@pytest.mark.eval
def test_cli_prints_json_for_a_quick_run(eval_dir: Path) -> None:
    data = eval_dir / "polnear" / "documents.jsonl"
    result = CliRunner().invoke(
        cli, ["eval", "quotes", "--data", str(data), "--split", "dev", "--limit", "3", "--alone"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 3 and 0 < scores["overlap_0.3"]["f1"] <= 1


@pytest.mark.eval
@pytest.mark.slow
def test_polnear_dev_scores_stay_above_floors(eval_dir: Path) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["polnear_dev"]
    scores = score_quotes(load_documents(eval_dir / "polnear" / "documents.jsonl", "dev"))
    assert scores["documents"] == 84
    assert scores["overlap_0.3"]["f1"] >= floors["f1_0.3"]
    assert scores["overlap_0.8"]["f1"] >= floors["f1_0.8"]
    assert scores["overlap_0.3"]["precision"] >= floors["precision_0.3"]
    assert scores["speaker_accuracy"] >= floors["speaker_accuracy"]


@pytest.mark.eval
def test_polnear_annotators_agree_about_as_well_as_the_quote_target(eval_dir: Path) -> None:
    # PolNeAR's 18 articles annotated more than once: the further annotators against the gold one reach
    # F1@0.3 0.842 and speaker accuracy 0.933 (measured 2026-11-23); the quote target is 0.84
    result = score_agreement(load_documents(eval_dir / "polnear" / "documents.jsonl"), lambda d: [])
    assert result["documents"] == 18 and result["annotators"]["annotator_pairs"] == 89
    assert 0.83 <= result["annotators"]["overlap_0.3"]["f1"] <= 0.85
    assert result["annotators"]["speaker_accuracy"] > 0.9
