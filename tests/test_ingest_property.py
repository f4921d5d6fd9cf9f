"""Property: any byte string written to a file and ingested yields an article or a clear Skip, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import Skip, ingest
from storyline.ingest.sources import read_inputs
from storyline.model import Article
from storyline.settings import load_settings
from storyline.store import open_store

SETTINGS = load_settings()

# Bytes that look like the starts of real formats, so the sniffers and parsers get exercised too.
PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<html><body><p>",
    b'<?xml version="1.0"?><rss><channel><item><description>',
    b'{"text": "',
    b"WARC/1.0\r\n",
    b"\x1f\x8b",
    b"%PDF",
]
SUFFIXES = ["txt", "html", "rss", "jsonl", "warc", "warc.gz", "xml", "bin"]
TEXTS = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)


@st.composite
def inputs(draw: st.DrawFn) -> tuple[bytes, str]:
    prefix = draw(st.sampled_from(PREFIXES))
    body = draw(
        st.one_of(
            st.binary(max_size=400),
            TEXTS.map(lambda t: t.encode("utf-8")),
            TEXTS.map(lambda t: t.encode("cp1251", "ignore")),
        )
    )
    return prefix + body, draw(st.sampled_from(SUFFIXES))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs())
def test_any_bytes_read_as_article_or_skip(case: tuple[bytes, str]) -> None:
    data, suffix = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input.{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([path], SETTINGS))
    assert items, "nothing came back: an input must give an article or a Skip"
    for item in items:
        assert isinstance(item, (Article, Skip))
        if isinstance(item, Skip):
            assert "input." in item.reason and item.reason.strip()
        else:
            assert item.text.strip() and item.text == item.raw_text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs())
def test_any_bytes_through_the_whole_ingest(case: tuple[bytes, str]) -> None:
    data, suffix = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input.{suffix}"
        path.write_bytes(data)
        store = open_store(Path(tmp) / "p.db")
        report = ingest([path], store, settings=SETTINGS)
        assert len(report.ingested) + len(report.skipped) >= 1
        assert store.count_articles() == len(report.ingested)
        store.close()
