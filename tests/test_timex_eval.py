"""The timex evaluation command: TempEval-3 scoring, pinned floors, clear errors on bad data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.errors import EvaluationDataError
from storyline.evaluate.timex import load_documents, score_timex

FLOORS = Path(__file__).parent / "floors" / "timex.json"


def test_scoring_counts_strict_relaxed_and_values() -> None:
    doc = {
        "text": "Officials met on Friday, two days ago, the report said last week.",
        "dct": "1998-08-09",
        "timexes": [
            {"start": 17, "end": 23, "type": "DATE", "value": "1998-08-07"},  # "Friday": exact, right value
            {"start": 25, "end": 28, "type": "DATE", "value": "1998-08-08"},  # "two": overlap only, wrong value
            {"start": 0, "end": 9, "type": "DATE", "value": "1998-08-01"},  # "Officials": no system match
        ],
    }
    scores = score_timex([doc])
    assert scores["gold"] == 3
    assert scores["system"] == 3  # Friday, two days ago, last week
    assert scores["strict"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert scores["relaxed"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["value_accuracy"] == pytest.approx(0.5)


def test_bad_data_file_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(EvaluationDataError, match=r"bad\.jsonl:1"):
        load_documents(bad)
    with pytest.raises(EvaluationDataError, match="no such file"):
        load_documents(tmp_path / "missing.jsonl")


def test_tempeval3_dev_scores_stay_above_floors(eval_dir: Path) -> None:
    data = eval_dir / "tempeval3" / "documents.jsonl"
    if not data.is_file():
        pytest.skip("tempeval3 dev data not present")
    result = CliRunner().invoke(cli, ["eval", "timex", "--data", str(data)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["tempeval3"]
    assert scores["strict"]["f1"] >= floors["strict_f1"]
    assert scores["relaxed"]["f1"] >= floors["relaxed_f1"]
    assert scores["type_accuracy"] >= floors["type_accuracy"]
    assert scores["value_f1"] >= floors["value_f1"]


def test_meantime_cross_check_stays_above_floors(eval_dir: Path) -> None:
    """MEANTIME (Wikinews, other annotators) was never tuned on: it guards against fitting TimeBank alone."""
    data = eval_dir / "meantime" / "documents.jsonl"
    if not data.is_file():
        pytest.skip("meantime data not present")
    result = CliRunner().invoke(cli, ["eval", "timex", "--data", str(data), "--first-lines", "6"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["meantime"]
    assert scores["relaxed"]["f1"] >= floors["relaxed_f1"]
    assert scores["value_f1"] >= floors["value_f1"]


def test_first_lines_keeps_only_the_annotated_part() -> None:
    from storyline.evaluate.timex import first_lines_of

    doc = {
        "text": "Title\nJune 13 , 2005\nBody on Friday.\nMore in 2004.\n",
        "dct": "2005-06-13",
        "timexes": [
            {"start": 6, "end": 20, "type": "DATE", "value": "2005-06-13"},
            {"start": 45, "end": 49, "type": "DATE", "value": "2004"},
        ],
    }
    cut = first_lines_of(doc, 3)
    assert cut["text"] == "Title\nJune 13 , 2005\nBody on Friday.\n"
    assert [g["value"] for g in cut["timexes"]] == ["2005-06-13"]
    assert score_timex([cut])["relaxed"]["recall"] == 1.0
