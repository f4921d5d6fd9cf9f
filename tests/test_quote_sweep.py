"""bench/quote_sweep.py: the regression sweep dumps every text of a language once, keeps failures, diffs dumps."""

import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

_PATH = Path(__file__).resolve().parents[1] / "bench" / "quote_sweep.py"
_SPEC = importlib.util.spec_from_file_location("quote_sweep", _PATH)
assert _SPEC and _SPEC.loader
sweep = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(sweep)

TUSK = (
    "Warszawa. Premier Donald Tusk powiedział w środę dziennikarzom: „Nie zgodzimy się na żaden plan bez Ukrainy”. "
    "Rozmowy mają trwać do piątku."
)
SIKORSKI = "Minister Radosław Sikorski zaznaczył, że Polska nie wyśle wojsk na Ukrainę."


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def _eval_dir(root: Path) -> Path:
    _write(
        root / "slavicner" / "documents.jsonl",
        [{"id": "a1", "lang": "pl", "text": TUSK}, {"id": "b1", "lang": "cs", "text": "Vláda jednala."}],
    )
    _write(
        root / "semeval8" / "pairs.jsonl",
        [{"pair_id": "p1", "lang1": "pl", "text1": TUSK, "lang2": "pl", "text2": SIKORSKI}],
    )
    _write(root / "cl_tls" / "egypt" / "articles.jsonl", [{"id": 7, "lang": "en", "text": "Cairo was calm."}])
    return root


def test_dump_runs_the_stage_over_each_distinct_text_of_the_language_once(tmp_path):
    out = tmp_path / "pl.jsonl"
    result = CliRunner().invoke(sweep.main, ["dump", "pl", str(out), "--eval-dir", str(_eval_dir(tmp_path / "ev"))])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["slavicner:a1", "semeval8:p1/2"]  # the pair's copy of TUSK is skipped
    tusk, sikorski = rows
    [(start, end, cue, speaker, label, stance)] = tusk["quotes"]
    assert tusk["text"][start:end] == "Nie zgodzimy się na żaden plan bez Ukrainy"
    assert (cue, speaker, label, stance) == ("powiedział", "Premier Donald Tusk", "Donald Tusk", False)
    assert [quote[4] for quote in sikorski["quotes"]] == ["Radosław Sikorski"]


def test_dump_names_the_missing_input_and_the_fix(tmp_path):
    result = CliRunner().invoke(
        sweep.main, ["dump", "de", str(tmp_path / "de.jsonl"), "--eval-dir", str(_eval_dir(tmp_path / "ev"))]
    )
    assert result.exit_code != 0
    assert "no 'de' texts" in result.output and "--eval-dir" in result.output


def test_a_text_the_stages_fail_on_is_kept_with_its_error():
    class Broken:
        name = "quotes"

        @staticmethod
        def func(article):
            raise IndexError("list index out of range")

    row = sweep.sweep_one("x1", SIKORSKI, "pl", [Broken()])
    assert row == {"id": "x1", "text": SIKORSKI, "quotes": [], "error": "IndexError: list index out of range"}


def test_diff_counts_new_gone_and_changed_speakers_and_new_failures(tmp_path):
    text = "A said: x. B said: y. C said: z."
    before = {"d": {"id": "d", "text": text, "quotes": [[8, 9, "said", "A", "A"], [19, 20, "said", "B", "B"]]}}
    after = {
        "d": {"id": "d", "text": text, "quotes": [[8, 9, "said", "A", "Anna"], [30, 31, "said", "C", "C"]]},
    }
    kinds = sorted(change[0] for change in sweep.changes(before, after))
    assert kinds == ["GONE", "NEW", "SPK"]
    stanced = {"d": {"id": "d", "text": text, "quotes": [[8, 9, "said", "A", "A", True], [19, 20, "said", "B", "B"]]}}
    assert [change[0] for change in sweep.changes(before, stanced)] == ["STANCE"]
    failing = {"d": {"id": "d", "text": text, "quotes": [], "error": "KeyError: 'x'"}}
    assert [change[0] for change in sweep.changes(before, failing)] == ["ERROR", "GONE", "GONE"]
    _write(tmp_path / "a.jsonl", list(before.values()))
    _write(tmp_path / "b.jsonl", list(after.values()))
    result = CliRunner().invoke(sweep.main, ["diff", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0]) == {"GONE": 1, "NEW": 1, "SPK": 1}
    assert "SPK d cue='said' speaker='A' label='Anna' was 'A'" in result.output


def test_a_broken_line_of_an_eval_file_is_skipped_and_named_and_the_rest_dumped(tmp_path):
    eval_dir = _eval_dir(tmp_path / "ev")
    documents = eval_dir / "slavicner" / "documents.jsonl"
    documents.write_text('{"id": "x", "lang": "pl", "te\n' + documents.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "pl.jsonl"
    result = CliRunner().invoke(sweep.main, ["dump", "pl", str(out), "--eval-dir", str(eval_dir)])
    assert result.exit_code == 0, result.output
    assert f"skipped {documents}:1" in result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "slavicner:a1",
        "semeval8:p1/2",
    ]


def test_diff_of_a_file_that_is_no_dump_names_the_file_and_line(tmp_path):
    good = tmp_path / "a.jsonl"
    _write(good, [{"id": "d", "text": "x", "quotes": []}])
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "d", "text": "x", "quotes": []}\n{"text": "no id"}\n', encoding="utf-8")
    result = CliRunner().invoke(sweep.main, ["diff", str(good), str(bad)])
    assert result.exit_code != 0
    assert f"{bad}:2 is no row of `quote_sweep.py dump`" in result.output
