"""Manifests (CSV and JSONL) fill only missing fields, with MANIFEST provenance; bad manifests fail clearly."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.errors import UnsupportedInput
from storyline.ingest.manifest import Manifest
from storyline.ingest.sources import read_inputs
from storyline.model import Article, DateSource
from storyline.settings import load_settings

SETTINGS = load_settings()
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _articles(*paths: Path) -> list[Article]:
    return [a for a in read_inputs(list(paths), SETTINGS) if isinstance(a, Article)]


def test_csv_manifest_fills_outlet_url_dates_and_title_of_text_files(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "kyiv.txt").write_text(
        "Kyiv said on Thursday it had agreed to most points.\n", encoding="utf-8"
    )
    (tmp_path / "manifest.csv").write_text(
        "path,url,outlet,published_at,updated_at,language,title\n"
        'texts/kyiv.txt,https://example.com/kyiv,"Kyiv Post, Ltd",2026-01-08T21:58:00+01:00,2026-01-09,en,Kyiv agrees\n',
        encoding="utf-8",
    )
    manifest = Manifest.load(tmp_path / "manifest.csv", SETTINGS)
    (article,) = _articles(tmp_path / "texts" / "kyiv.txt")
    assert manifest.apply(article, SETTINGS)
    assert (
        article.outlet == "Kyiv Post, Ltd"
        and article.url == "https://example.com/kyiv"
        and article.title == "Kyiv agrees"
    )
    assert article.language == "en"
    assert article.published.value == datetime(2026, 1, 8, 21, 58, tzinfo=timezone(timedelta(hours=1)))
    assert article.published.source is DateSource.MANIFEST and article.published.raw == "2026-01-08T21:58:00+01:00"
    assert article.updated.value is not None and article.updated.value.utcoffset() is not None


def test_manifest_never_overrides_what_the_input_states(tmp_path: Path) -> None:
    (tmp_path / "m.jsonl").write_text(
        json.dumps(
            {
                "path": str(FIXTURES / "bundestag.html"),
                "outlet": "Other Outlet",
                "published_at": "2020-01-01T00:00:00Z",
                "title": "Other",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    manifest = Manifest.load(tmp_path / "m.jsonl", SETTINGS)
    (article,) = _articles(FIXTURES / "bundestag.html")
    assert manifest.apply(article, SETTINGS)
    assert article.outlet == "Rheinpost" and (article.title or "").startswith("Bundestag")
    assert article.published.source is DateSource.HTML_META
    assert article.published.value is not None and article.published.value.year == 2026


def test_manifest_matches_by_url(tmp_path: Path) -> None:
    (tmp_path / "m.csv").write_text(
        "url,outlet,language\nhttps://wire.example/es/3,Agencia Sur Madrid,es\n", encoding="utf-8"
    )
    manifest = Manifest.load(tmp_path / "m.csv", SETTINGS)
    articles = _articles(FIXTURES / "mixed.jsonl")
    matched = [a for a in articles if manifest.apply(a, SETTINGS)]
    assert [a.url for a in matched] == ["https://wire.example/es/3"]
    assert matched[0].outlet == "Agencia Sur"  # the record had an outlet already


def test_zone_less_date_gets_the_language_zone_or_the_default(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tekst artykułu o rozmowach w Paryżu.\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text("path,published_at,language\na.txt,2026-01-08 21:58,pl\n", encoding="utf-8")
    manifest = Manifest.load(tmp_path / "m.csv", SETTINGS)
    (article,) = _articles(tmp_path / "a.txt")
    manifest.apply(article, SETTINGS)
    value = article.published.value
    assert value is not None and value.replace(tzinfo=None) == datetime(2026, 1, 8, 21, 58)
    assert value.utcoffset() is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("path,outlet,color\na.txt,X,red\n", "unknown manifest column"),
        ("outlet\nReuters\n", "needs a 'path' or a 'url'"),
        ("path,published_at\na.txt,next tuesday\n", "cannot read date 'next tuesday'"),
        ('{"path": "a.txt"}\n{"path": \n', "not valid JSON"),
    ],
)
def test_bad_manifest_fails_naming_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / ("m.jsonl" if content.startswith("{") else "m.csv")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnsupportedInput, match=message) as err:
        Manifest.load(path, SETTINGS)
    assert str(path) in str(err.value)


def test_missing_manifest_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedInput, match="does not exist"):
        Manifest.load(tmp_path / "nope.csv", SETTINGS)
