"""HTML pages: body and metadata through trafilatura; dates from page metadata with HTML_META provenance."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.errors import UnsupportedInput
from storyline.ingest import Skip
from storyline.ingest.html import article_from_html, html_fragment_to_text
from storyline.ingest.sources import read_inputs
from storyline.model import Article, DateSource
from storyline.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = load_settings()
CET = timezone(timedelta(hours=1))


def test_german_page_gives_body_title_author_outlet_and_dates() -> None:
    (article,) = read_inputs([FIXTURES / "bundestag.html"], SETTINGS)
    assert isinstance(article, Article)
    assert article.title == "Bundestag debattiert Sicherheitsgarantien für die Ukraine"
    assert article.byline == "Katrin Müller"
    assert article.outlet == "Rheinpost"
    assert article.url == "https://rheinpost.example/politik/bundestag-ukraine"
    assert article.published.value == datetime(2026, 1, 9, 7, 30, tzinfo=CET)
    assert article.published.source is DateSource.HTML_META
    assert article.updated.value == datetime(2026, 1, 9, 11, 5, tzinfo=CET)
    assert article.text.startswith("Der Bundestag hat am Freitag")
    assert "„seinen Beitrag leisten“" in article.text
    assert "Impressum" not in article.text and "Startseite" not in article.text
    assert article.text == article.raw_text and article.input_format == "html"


def test_json_ld_and_itemprop_dates_are_read() -> None:
    html = (
        '<html lang="pl"><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Rozmowy w Paryżu", "datePublished": "2026-01-06T18:00:00+01:00",'
        ' "dateModified": "2026-01-06T21:15:00+01:00"}</script></head><body><article>'
        "<p>Liderzy koalicji chętnych spotkali się we wtorek w Paryżu, aby omówić gwarancje bezpieczeństwa dla Ukrainy.</p>"
        "<p>Wysłannicy amerykańscy uczestniczyli w rozmowach po raz pierwszy.</p></article></body></html>"
    )
    article = article_from_html(html, "paryz.html", SETTINGS)
    assert article.published.value == datetime(2026, 1, 6, 18, 0, tzinfo=CET)
    assert article.updated.value == datetime(2026, 1, 6, 21, 15, tzinfo=CET)
    assert article.published.raw == "2026-01-06T18:00:00+01:00"


def test_date_without_zone_gets_the_page_language_zone() -> None:
    html = (
        '<html lang="de"><head><meta property="article:published_time" content="2026-01-09T07:30:00"></head>'
        "<body><article><p>Die Außenminister der EU beraten am Montag in Brüssel über eine Beobachtermission.</p>"
        "<p>Eine Entscheidung wird noch im Januar erwartet.</p></article></body></html>"
    )
    article = article_from_html(html, "x.html", SETTINGS)
    value = article.published.value
    assert value is not None and value.utcoffset() is not None
    assert value.replace(tzinfo=None) == datetime(2026, 1, 9, 7, 30)


def test_broken_html_still_yields_its_text(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Kyjiw wartet</title><body><div><p>Die Regierung in Kyjiw wartet auf eine Antwort aus Moskau"
        "<p>Die Gespräche sollen nächste Woche weitergehen.<div><b>unclosed",
        encoding="utf-8",
    )
    (item,) = read_inputs([page], SETTINGS)
    assert isinstance(item, Article)
    assert "Kyjiw wartet auf eine Antwort" in item.text


def test_page_without_article_text_is_a_clear_skip(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>", encoding="utf-8")
    (item,) = read_inputs([page], SETTINGS)
    assert isinstance(item, Skip)
    assert "empty.html" in item.reason and "no article text" in item.reason
    with pytest.raises(UnsupportedInput):
        article_from_html("<html></html>", "x.html", SETTINGS)


def test_cp1251_page_is_decoded_and_the_encoding_recorded(tmp_path: Path) -> None:
    body = "<html><body><article><p>Министр иностранных дел заявил в пятницу, что переговоры продолжатся на следующей неделе в Женеве.</p><p>Подробности не сообщаются.</p></article></body></html>"
    page = tmp_path / "ru.html"
    page.write_bytes(body.encode("cp1251"))
    (item,) = read_inputs([page], SETTINGS)
    assert isinstance(item, Article)
    assert item.encoding == "cp1251" and "переговоры продолжатся" in item.text


def test_fragment_text_keeps_paragraph_breaks() -> None:
    text = html_fragment_to_text(
        "<p>Premier akapit.</p><p>Drugi&nbsp;akapit <b>pogrubiony</b>.</p><script>x()</script>"
    )
    assert text == "Premier akapit.\nDrugi akapit pogrubiony."
