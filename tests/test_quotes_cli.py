"""`storyline quotes`: stored quotations by speaker (any spelling, any language), language and article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.ingest import ingest
from storyline.store import open_store


@pytest.fixture(scope="module")
def seed_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed articles ingested into a fresh store (pipeline and entity linking included)."""
    path = str(tmp_path_factory.mktemp("quotes") / "seeds.db")
    store = open_store(path)
    ingest([seeds_dir], store)
    store.close()
    return path


def _run(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", db, "quotes", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_quotes_by_speaker(seed_db: str) -> None:
    rows = _run(seed_db, "--speaker", "peskov")
    assert len(rows) >= 3
    assert all("Peskov" in r["speaker"] for r in rows)
    assert {"direct", "reported"} <= {r["kind"] for r in rows}
    assert any(r["content"] == "Consultations are not currently under way." for r in rows)


def test_speaker_matches_other_languages_spellings(seed_db: str) -> None:
    # "Zełenski" is the Polish spelling; the English articles' Zelensky/Zelenskiy quotes are found through
    # the linked entity's variants when entities exist, else through the folded speaker words.
    rows = _run(seed_db, "--speaker", "Zełenski")
    assert rows and {r["language"] for r in rows} == {"en"}
    assert any(r["speaker"].startswith("office of") for r in rows) or any("Our teams" in r["content"] for r in rows)


def test_an_office_speaks_as_the_office(seed_db: str) -> None:
    # '“…,” according to Zelenskiy’s office': the speaker is his office under the entity's own name, not he;
    # the quote still turns up under his name.
    rows = _run(seed_db, "--speaker", "Zelensky")
    office = next(r for r in rows if r["content"].startswith("existing diplomatic opportunities"))
    assert office["speaker"] == "office of Volodymyr Zelensky" and office["source_kind"] == "institution"
    assert office["speaker_entity"] and office["speaker_text"] == "Zelenskiy’s office"
    own = next(r for r in rows if "constructive" in r["content"])
    assert own["speaker"] == "Volodymyr Zelensky" and own["source_kind"] == "person"


def test_quotes_by_language_and_article(seed_db: str) -> None:
    polish = _run(seed_db, "--lang", "pl")
    assert polish and all(r["language"] == "pl" for r in polish)
    assert sum(r["speaker"] == "Axios" and r["source_kind"] == "media" for r in polish) >= 3
    article = polish[0]["article_id"]
    assert {r["article_id"] for r in _run(seed_db, "--article", article[:8])} == {article}


def test_table_output_and_unknown_article(seed_db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--speaker", "Kallas"])
    assert result.exit_code == 0 and "Kaja Kallas" in result.output
    missing = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--article", "ffffffffffff"])
    assert missing.exit_code != 0


def test_a_narrow_terminal_gets_the_whole_words_not_a_squeezed_table(seed_db: str) -> None:
    narrow = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--speaker", "Peskov"], env={"COLUMNS": "90"})
    assert narrow.exit_code == 0, narrow.output
    assert "Consultations are not currently under way." in narrow.output
    assert "┃" not in narrow.output  # no table: a block per quote
    wide = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--speaker", "Peskov"], env={"COLUMNS": "200"})
    assert "┃ content" in wide.output and "Consultations are not currently under way." in wide.output


def test_a_learned_attribution_by_a_non_reporting_verb_is_a_stance(seed_db: str) -> None:
    # "Peskov downplayed the significance of any new US initiative": the parse path's attribution (PolNeAR
    # scores it) is a position, not speech; "Leavitt confirmed that …" is reported speech.
    peskov = _run(seed_db, "--speaker", "Peskov")
    downplayed = next(r for r in peskov if r["cue"] == "downplayed")
    assert downplayed["kind"] == "stance"
    leavitt = _run(seed_db, "--speaker", "Leavitt")
    assert any(r["cue"] == "confirmed" and r["kind"] == "reported" for r in leavitt)
    assert all(r["kind"] in ("direct", "reported", "stance") for r in _run(seed_db))
    speech = _run(seed_db, "--speaker", "Peskov", "--kind", "direct", "--kind", "reported")
    assert speech and all(r["kind"] != "stance" for r in speech) and len(speech) == len(peskov) - 1


def test_a_speaker_nobody_matches_gets_the_speakers_there_are(seed_db: str) -> None:
    # Before: "0 quote(s)" and nothing else, whether the name was misspelt or the person never spoke.
    result = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--speaker", "Pieskow", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []  # the JSON stays clean: the hint goes to stderr
    assert "closest names: Dmitry Peskov" in result.stderr
    result = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--speaker", "Merkel"])
    assert "most quoted: " in result.stderr and "Volodymyr Zelensky" in result.stderr


def test_a_language_without_quotes_gets_the_languages_there_are(seed_db: str) -> None:
    # Before: "0 quote(s)" for `--lang PL` (codes are stored lower case) and for a code nobody uses (`--lang ua`).
    assert _run(seed_db, "--lang", "PL") == _run(seed_db, "--lang", "pl") != []
    result = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--lang", "ua", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "no articles in language 'ua'" in result.stderr and "en (" in result.stderr and "pl (" in result.stderr
    # a language with quotes but not by this speaker: the speakers of that language are the hint
    result = CliRunner().invoke(cli, ["--db", seed_db, "quotes", "--lang", "pl", "--speaker", "Merkel"])
    assert (
        "no articles in language" not in result.stderr and "no quotes of a speaker matching 'Merkel'" in result.stderr
    )


def test_listing_reads_each_speaker_once_stops_at_a_limit_and_filters_kinds(seed_db: str) -> None:
    from storyline.entities import entity_names, get_entity
    from storyline.quotes.listing import list_quotes

    store = open_store(seed_db)
    try:
        every = list_quotes(store)
        assert list_quotes(store, limit=3) == every[:3] and len(every) > 3
        stances = list_quotes(store, kinds=["stance"])
        assert stances and stances == [r for r in every if r["kind"] == "stance"]
        peskov = next(r["speaker_entity"] for r in every if r["speaker_entity"] and "Peskov" in r["speaker"])
        eid, name, spellings = entity_names(store, peskov)
        entity = get_entity(store, peskov)
        # the listing's light read gives what get_entity's every-mention read gives: name and distinct spellings
        assert (eid, name) == (entity.id, entity.name)
        assert sorted(spellings) == sorted({form for forms in entity.variants.values() for form, _ in forms})
    finally:
        store.close()
