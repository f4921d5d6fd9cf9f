"""JSONL articles: the documented schema, RECORD date provenance, bad lines skipped as file:line."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from storyline.ingest import Skip
from storyline.ingest.sources import read_inputs
from storyline.model import Article, DateSource
from storyline.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = load_settings()


def test_records_in_three_languages_with_text_or_html() -> None:
    items = list(read_inputs([FIXTURES / "mixed.jsonl"], SETTINGS))
    assert all(isinstance(i, Article) for i in items) and len(items) == 3
    pl, ru, es = items
    assert isinstance(pl, Article) and isinstance(ru, Article) and isinstance(es, Article)
    assert (
        pl.title == "Zełenski: porozumienie jest blisko" and pl.byline == "Anna Nowak" and pl.outlet == "Agencja Wschód"
    )
    assert pl.language == "pl" and pl.url == "https://wire.example/pl/1"
    assert pl.published.value == datetime(2026, 1, 8, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    assert pl.published.source is DateSource.RECORD
    assert "wire-1" in pl.source and pl.source.startswith(str(FIXTURES / "mixed.jsonl") + ":1")
    assert ru.updated.value == datetime(2026, 1, 7, 14, 30, tzinfo=timezone(timedelta(hours=3)))
    assert es.text.startswith("La Unión Europea prepara") and es.title == "La UE prepara una misión"
    assert es.input_format == "jsonl"
    # a date without zone: midnight in a real zone, never naive
    assert es.published.value is not None and es.published.value.utcoffset() is not None


def test_bad_lines_are_skips_naming_file_and_line_and_good_lines_are_kept(tmp_path: Path) -> None:
    good = {"text": "Rada Najwyższa przyjęła w piątek ustawę o mobilizacji.", "language": "pl"}
    lines = [
        json.dumps(good, ensure_ascii=False),
        '{"text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Bonjour", "published_at": "yesterday"}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": "Парламент ухвалив закон у п’ятницю.", "language": "uk"}, ensure_ascii=False),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path], SETTINGS))
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [a.text[:4] for a in articles] == ["Rada", "Парл"]
    assert [s.source for s in skips] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in skips[0].reason
    assert "JSON object" in skips[1].reason
    assert "'text' or 'html'" in skips[2].reason
    assert "cannot read date 'yesterday'" in skips[3].reason
    assert "must be a string" in skips[4].reason


def test_over_long_line_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    settings = {**SETTINGS, "max_article_bytes": 1000}
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"text": "x " * 5000}) + "\n" + json.dumps({"text": "Kurzer Artikel über den Haushalt."}) + "\n",
        encoding="utf-8",
    )
    items = list(read_inputs([path], settings))
    assert isinstance(items[0], Skip) and "max_article_bytes" in items[0].reason and items[0].source.endswith(":1")
    assert isinstance(items[1], Article) and items[1].text.startswith("Kurzer")


def test_id_is_stable_across_reads() -> None:
    first = [a.id for a in read_inputs([FIXTURES / "mixed.jsonl"], SETTINGS) if isinstance(a, Article)]
    second = [a.id for a in read_inputs([FIXTURES / "mixed.jsonl"], SETTINGS) if isinstance(a, Article)]
    assert first == second and len(set(first)) == 3


def test_json_files_hold_one_article_an_array_or_a_document_that_is_one_skip(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(
        json.dumps(
            {"title": "Powódź na Odrze", "language": "pl", "text": "Woda na Odrze rośnie.\nWrocław czeka."}, indent=2
        ),
        encoding="utf-8",
    )
    many = tmp_path / "many.json"
    many.write_text(
        json.dumps(
            [{"text": "Der Pegel steigt in Frankfurt (Oder)."}, 7, {"text": "La crue de l'Oder atteint Wroclaw."}]
        ),
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"  # a pretty-printed JSON document that is not an article
    gold.write_text(json.dumps({"stories": {"A": [1, 2, 3]}, "notes": ["x"] * 50}, indent=2), encoding="utf-8")

    items = list(read_inputs([one], SETTINGS))
    assert len(items) == 1 and isinstance(items[0], Article) and items[0].title == "Powódź na Odrze"
    assert items[0].text.startswith("Woda na Odrze")

    items = list(read_inputs([many], SETTINGS))
    assert [type(i).__name__ for i in items] == ["Article", "Skip", "Article"]
    assert isinstance(items[1], Skip) and items[1].source == f"{many}[2]" and "not an article" in items[1].reason

    items = list(read_inputs([gold], SETTINGS))
    assert len(items) == 1 and isinstance(items[0], Skip)
    assert '"text"' in items[0].reason and "storyline.ingest.jsonl" in items[0].reason
