"""The miss analysis of the quotes stage: every gold attribution matched or given a class."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.evaluate.quotes import greedy_match
from storyline.quotes.misses import MATCH, classify, main

TEXT = "Senator Smith said the new tax plan would hurt working families. It rained in Boston on Monday."


def _att(text: str, cue: str, content: str, source: str | None) -> dict:
    def span(part: str) -> dict:
        start = text.index(part)
        return {"start": start, "end": start + len(part), "text": part}

    return {"cue": span(cue), "content": span(content), "source": span(source) if source else None}


def _doc() -> dict:
    return {
        "text": TEXT,
        "attributions": [
            _att(TEXT, "said", "the new tax plan would hurt working families", "Senator Smith"),
            # No cue frame reads "rained in": nothing covers it.
            _att(TEXT, "rained", "Boston", None),
        ],
    }


def test_matching_is_the_evals_one_to_one_greedy_matching() -> None:
    gold_a, gold_b = frozenset({1, 2, 3}), frozenset({4, 5})
    # One prediction over both claims matches the first only; the second is left over.
    assert greedy_match([gold_a, gold_b], [frozenset({1, 2, 3, 4, 5})], MATCH) == {0: 0}
    assert greedy_match([gold_a, gold_b], [frozenset({1, 2, 3}), frozenset({5})], MATCH) == {0: 0, 1: 1}
    assert greedy_match([gold_a], [frozenset({3, 9})], MATCH) == {0: 0}  # a third of the gold words: a match at 0.3
    assert greedy_match([gold_a], [frozenset({9})], MATCH) == {}


def test_a_found_claim_is_matched_and_a_claim_no_frame_reads_has_no_candidate() -> None:
    labels = [label for label, _att in classify(_doc())]
    assert labels == ["matched", "no-candidate"]


def test_command_counts_every_gold_attribution(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({**_doc(), "split": "train"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--data", str(path), "--examples", "1"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["gold"] == 2 and out["missed"] == 1
    assert out["classes"] == {"matched": 1, "no-candidate": 1}
    assert out["examples"]["no-candidate"] == [["rained", "Boston"]]


def test_command_names_a_malformed_record_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--data", str(path)])
    assert result.exit_code == 1 and "bad.jsonl:1" in result.output and "README" in result.output
    assert "Traceback" not in result.output
