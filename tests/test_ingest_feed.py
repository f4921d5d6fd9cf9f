"""RSS and Atom feeds: one article per item, HTML stripped, dates with their offsets (FEED provenance)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from storyline.ingest import Skip
from storyline.ingest.sources import read_inputs
from storyline.model import Article, DateSource
from storyline.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = load_settings()


def test_rss_items_become_articles_with_content_and_dates() -> None:
    items = list(read_inputs([FIXTURES / "monde.rss"], SETTINGS))
    assert len(items) == 2 and all(isinstance(i, Article) for i in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.outlet == "Le Quotidien de Lyon"
    assert first.title == "Garanties de sécurité : Paris accueille la coalition des volontaires"
    assert first.byline == "Claire Dubois"
    assert first.url == "https://quotidien-lyon.example/monde/coalition-paris"
    # content:encoded wins over the short description, and its HTML is gone
    assert "« Nous avons fait un pas décisif »" in first.text and "<p>" not in first.text
    assert first.text.count("\n") == 1
    assert first.published.value == datetime(2026, 1, 6, 19, 45, tzinfo=timezone(timedelta(hours=1)))
    assert first.published.source is DateSource.FEED
    assert not first.updated.known  # RSS has no update time: none is invented
    assert "n’étaient pas en cours" in second.text  # summary used when there is no content
    assert first.input_format == "feed" and first.source.endswith(
        "#https://quotidien-lyon.example/monde/coalition-paris"
    )


def test_atom_entry_in_ukrainian() -> None:
    (item,) = read_inputs([FIXTURES / "kyiv.atom"], SETTINGS)
    assert isinstance(item, Article)
    assert item.outlet == "Київський вісник" and item.byline == "Олена Коваль"
    assert item.text.startswith("Президент Володимир Зеленський")
    assert item.published.value == datetime(2026, 1, 8, 17, 20, tzinfo=timezone(timedelta(hours=2)))
    assert item.updated.value == datetime(2026, 1, 8, 18, 0, tzinfo=timezone(timedelta(hours=2)))


def test_xml_extension_is_sniffed_as_feed(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    path.write_bytes((FIXTURES / "kyiv.atom").read_bytes())
    (item,) = read_inputs([path], SETTINGS)
    assert isinstance(item, Article) and item.input_format == "feed"


def test_malformed_feed_is_one_clear_skip(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Zepsuty kanał</tit', encoding="utf-8")
    (item,) = read_inputs([path], SETTINGS)
    assert isinstance(item, Skip)
    assert "broken.rss" in item.reason and "malformed feed" in item.reason


def test_item_without_text_is_skipped_and_the_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kanał</title>'
        "<item><title>Pusty</title><link>https://k.example/1</link></item>"
        "<item><title>Pełny</title><link>https://k.example/2</link><description>Rząd przyjął w środę projekt ustawy o obronie cywilnej.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    items = list(read_inputs([path], SETTINGS))
    assert [type(i).__name__ for i in items] == ["Skip", "Article"]
    assert "https://k.example/1" in items[0].source
