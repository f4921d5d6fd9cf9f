"""The one command that rebuilds the quotes stage's learned files that read the rules' output."""

from __future__ import annotations

from click.testing import CliRunner

from storyline.quotes.parsed import DATA_DIR
from storyline.quotes.rebuild import STEPS, main


def test_the_rebuild_runs_filter_selector_and_tagger_in_order_on_the_given_data() -> None:
    result = CliRunner().invoke(main, ["--data", "docs.jsonl", "--dry-run"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[2] for line in lines] == [
        "storyline.quotes.train",
        "storyline.quotes.selector_train",
        "storyline.quotes.tagger_train",
    ]
    assert lines[0].endswith("--data docs.jsonl --filter")
    assert all("--data docs.jsonl" in line for line in lines)


def test_the_rebuild_names_the_shipped_files_it_writes() -> None:
    written = [name for _module, _args, files in STEPS for name in files]
    assert written == ["en_filter.json", "en_selector.json", "en_tagger.crfsuite", "en_tagger.json"]
    assert all((DATA_DIR / name).is_file() for name in written)
