"""The installed `storyline` command, run in a subprocess: help, ingest, articles, show, search, errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _storyline() -> list[str]:
    exe = shutil.which("storyline") or str(Path(sys.executable).parent / "storyline")
    if not Path(exe).exists():
        pytest.skip("the storyline command is not installed (pip install -e .)")
    return [exe]


def run(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STORYLINE_DB": str(db)}
    result = subprocess.run([*_storyline(), *args], capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_help_lists_commands_with_examples(tmp_path: Path) -> None:
    out = run("--help", db=tmp_path / "x.db").stdout
    for command in ("ingest", "articles", "show", "search"):
        assert command in out
    for command in ("ingest", "articles", "show", "search"):
        assert "Example" in run(command, "--help", db=tmp_path / "x.db").stdout


def test_ingest_list_show_search(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    report = json.loads(run("ingest", str(FIXTURES), "--json", db=db).stdout)
    assert report["ingested"] == 7 and report["skipped"] == []
    summary = run("ingest", str(FIXTURES), db=db).stdout
    assert "ingested 0, unchanged 7" in summary

    rows = json.loads(run("articles", "--json", "--lang", "fr", db=db).stdout)
    assert len(rows) == 2 and {r["outlet"] for r in rows} == {"Le Quotidien de Lyon"}
    since = json.loads(run("articles", "--json", "--since", "2026-01-09", db=db).stdout)
    assert {r["language"] for r in since} == {"de", "es"}
    table = run("articles", "--outlet", "rheinpost", db=db).stdout
    assert "Bundestag debattiert" in table and "1 article(s)" in table

    german = next(r for r in json.loads(run("articles", "--json", db=db).stdout) if r["language"] == "de")
    shown = json.loads(run("show", german["id"][:8], "--json", db=db).stdout)
    assert shown["published"]["source"] == "html meta" and shown["encoding"] == "utf-8"
    assert shown["text"].startswith("Der Bundestag")
    text = run("show", german["id"], db=db).stdout
    assert "published: 2026-01-09T07:30:00+01:00 (html meta" in text and "decoded as utf-8" in text

    hits = json.loads(run("search", "Zelenski", "--json", db=db).stdout)
    assert {h["language"] for h in hits} == {"pl", "uk"}
    assert json.loads(run("search", "Zelenski", "--exact", "--json", db=db).stdout)[0]["language"] == "pl"
    ukrainian = next(h for h in hits if h["language"] == "uk")
    assert "[Зеленськ" in ukrainian["snippet"]  # the original script, not the folded index's "zelensk…"

    listed = run("stories", db=db).stdout  # piped: a wide page, every story id whole
    stories = json.loads(run("stories", "--json", db=db).stdout)
    assert stories and all(s["id"] in listed for s in stories) and f"{len(stories)} storyline(s)" in listed


def test_errors_are_one_line_and_exit_non_zero(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    missing = run("show", "deadbeef", db=db, check=False)
    assert missing.returncode == 1 and missing.stderr.startswith("error: ") and missing.stderr.count("\n") == 1
    bad_date = run("articles", "--since", "last week", db=db, check=False)
    assert bad_date.returncode == 1 and "ISO 8601" in bad_date.stderr
    skipped = run("ingest", str(tmp_path / "nothing-here"), db=db)
    assert "skipped 1" in skipped.stdout and "no such file" in skipped.stdout


def test_reading_a_store_that_does_not_exist_names_it_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "sotryline.db"
    for command in (["quotes"], ["stories"], ["articles"], ["timeline"], ["search", "Kyiv"], ["serve"]):
        result = run(*command, db=typo, check=False)
        assert result.returncode == 1, (command, result.stdout)
        assert result.stderr.startswith(f"error: no store at {typo}") and "ingest" in result.stderr, command
        assert not typo.exists(), command
    filled = run("ingest", str(FIXTURES), db=typo)
    assert "ingested" in filled.stdout and typo.exists()
    assert run("articles", db=typo).returncode == 0


def test_every_lang_option_matches_lower_case_and_names_the_languages_there_are(tmp_path: Path) -> None:
    # Before: `--lang PL` and `--lang ua` (Ukrainian is uk) answered like a corpus without such news: 0 rows.
    db = tmp_path / "l.db"
    run("ingest", str(FIXTURES), db=db)
    stored = {row["language"] for row in json.loads(run("articles", "--json", db=db).stdout)}
    assert "fr" in stored
    assert (
        json.loads(run("articles", "--lang", "FR", "--json", db=db).stdout)
        == json.loads(run("articles", "--lang", "fr", "--json", db=db).stdout)
        != []
    )
    for command in (["articles"], ["quotes"], ["timeline"], ["stories"], ["entities"], ["search", "Kyiv"]):
        result = run(*command, "--lang", "ua", db=db)
        assert "no articles in language 'ua'; articles by language (ISO 639-1 codes): " in result.stderr, command
        assert "fr (" in result.stderr, command
        assert "no articles in language" not in run(*command, "--lang", "Fr", db=db).stderr, command
    bad = run("articles", "--lang", "French!", db=db, check=False)
    assert bad.returncode == 2 and "is no language code" in bad.stderr
