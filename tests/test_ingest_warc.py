"""WARC / WARC.gz as Common Crawl News publishes them: HTML responses become articles; damage is one Skip."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest import Skip
from storyline.ingest.sources import read_inputs
from storyline.model import Article
from storyline.settings import load_settings

SETTINGS = load_settings()

PAGES = [
    (
        "https://news.example/pl/gwarancje",
        "text/html; charset=iso-8859-2",
        "<html lang='pl'><head><title>Gwarancje dla Ukrainy</title></head><body><article>"
        "<p>Sojusznicy Ukrainy uzgodnili w Paryżu kluczowe gwarancje bezpieczeństwa dla Kijowa.</p>"
        "<p>Amerykanie mają wesprzeć misję danymi wywiadowczymi, ale nie wyślą żołnierzy.</p></article></body></html>",
    ),
    (
        "https://news.example/en/plan",
        "text/html",
        "<html><head><title>Plan talks continue</title></head><body><article>"
        "<p>Talks on the 28-point plan continued on Friday in Geneva, officials said.</p>"
        "<p>A second round is expected next week.</p></article></body></html>",
    ),
]


def _warc(path: Path, gz: bool = True) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, ctype, html in PAGES:
            charset = ctype.split("charset=")[1] if "charset=" in ctype else "utf-8"
            body = html.encode(charset)
            req = writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-01-09T08:00:00Z"},
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/a.png", "response", payload=BytesIO(b"\x89PNG...."), http_headers=image
            )
        )
    return path


def test_html_responses_become_articles_with_url_and_retrieval_time(tmp_path: Path) -> None:
    items = list(read_inputs([_warc(tmp_path / "news.warc.gz")], SETTINGS))
    assert all(isinstance(i, Article) for i in items) and len(items) == 2
    pl, en = items
    assert isinstance(pl, Article) and isinstance(en, Article)
    assert pl.url == "https://news.example/pl/gwarancje"
    assert pl.retrieved_at == datetime(2026, 1, 9, 8, 0, tzinfo=UTC)
    assert pl.encoding == "iso-8859-2" and "gwarancje bezpieczeństwa" in pl.text and "żołnierzy" in pl.text
    assert pl.input_format == "warc" and "#urn:uuid:" in pl.source
    assert en.title == "Plan talks continue"


def test_uncompressed_warc_is_read(tmp_path: Path) -> None:
    items = list(read_inputs([_warc(tmp_path / "news.warc", gz=False)], SETTINGS))
    assert len([i for i in items if isinstance(i, Article)]) == 2


def test_truncated_warc_gz_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    full = _warc(tmp_path / "full.warc.gz").read_bytes()
    # cut inside the second response record's gzip member
    members = _member_offsets(full)
    cut = members[3] + (members[4] - members[3]) // 2
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(full[:cut])
    items = list(read_inputs([path], SETTINGS))
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [a.url for a in articles] == ["https://news.example/pl/gwarancje"]
    assert len(skips) == 1 and "cut.warc.gz" in skips[0].reason and "truncated" in skips[0].reason


def _member_offsets(data: bytes) -> list[int]:
    """Start offsets of each gzip member (one per WARC record)."""
    offsets, pos = [], 0
    while pos < len(data):
        offsets.append(pos)
        stream = gzip.GzipFile(fileobj=BytesIO(data[pos:]))
        stream.read()
        import zlib

        d = zlib.decompressobj(31)
        d.decompress(data[pos:])
        pos = len(data) - len(d.unused_data)
    return offsets


def test_truncated_plain_warc_and_cuts_inside_headers_are_reported(tmp_path: Path) -> None:
    raw = _warc(tmp_path / "full.warc", gz=False).read_bytes()
    gz = (
        (tmp_path / "full.warc.gz").read_bytes()
        if (tmp_path / "full.warc.gz").exists()
        else _warc(tmp_path / "full.warc.gz").read_bytes()
    )
    members = _member_offsets(gz)
    cases = {"a.warc": raw[:-100], "b.warc": raw[: len(raw) - 400], "c.warc.gz": gz[: members[3] + 30]}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        items = list(read_inputs([path], SETTINGS))
        skips = [i for i in items if isinstance(i, Skip)]
        assert len(skips) == 1 and name in skips[0].reason, (name, items)
        assert any(isinstance(i, Article) and i.url == "https://news.example/pl/gwarancje" for i in items)
