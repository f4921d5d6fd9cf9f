"""Build the demo WARC file from the HTML pages in examples/warc_pages/.

The output imitates a Common Crawl News (CC-NEWS) file: a ``warcinfo`` record, then for every page a
``request`` record and a ``response`` record carrying the full HTTP response (status line, headers,
HTML body), plus a ``metadata`` record, all gzip-compressed record by record. Record ids and dates are
derived from each page's URL and ``article:published_time`` so that rebuilding gives the same bytes.

Usage: ``python examples/build_warc.py`` (writes ``examples/corpus/warc/CC-NEWS-20260331-demo.warc.gz``).
Requires warcio.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
PAGES = HERE / "warc_pages"
OUTPUT = HERE / "corpus" / "warc" / "CC-NEWS-20260331-demo.warc.gz"
# Crawlers fetch news pages some time after publication; CC-NEWS lags are typically hours.
CRAWL_LAG = timedelta(hours=3, minutes=17)
NAMESPACE = uuid.UUID("6f1c6c2e-5d0b-4c43-9a4e-2f5b8f3c1a10")
META_RE = r'<meta property="{}" content="([^"]+)"'


def _meta(page: str, prop: str) -> str:
    """Return the content of a <meta property=...> tag of an HTML page."""
    match = re.search(META_RE.format(re.escape(prop)), page)
    if match is None:
        raise ValueError(f"page lacks <meta property={prop!r}>; add it to the HTML in {PAGES}")
    return match.group(1)


def _record_id(url: str, kind: str) -> str:
    """Deterministic WARC-Record-ID for one record of one page."""
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, kind + ' ' + url)}>"


def _warc_date(moment: datetime) -> str:
    """WARC-Date in the ISO form CC-NEWS uses (UTC, seconds, Z)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(output: Path = OUTPUT) -> int:
    """Write the WARC file and return the number of pages it holds."""
    pages = []
    for path in sorted(PAGES.glob("*.html")):
        html = path.read_text(encoding="utf-8")
        url = _meta(html, "og:url")
        published = datetime.fromisoformat(_meta(html, "article:published_time"))
        pages.append((published + CRAWL_LAG, url, html.encode("utf-8")))
    pages.sort()
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        info = writer.create_warcinfo_record(
            OUTPUT.name,
            {
                "software": "storyline examples/build_warc.py (warcio)",
                "format": "WARC File Format 1.1",
                "description": "Demo news crawl imitating CC-NEWS; every page is fiction written for storyline",
                "isPartOf": "CC-NEWS-DEMO",
                "operator": "storyline demo corpus",
            },
        )
        info.rec_headers.replace_header("WARC-Record-ID", _record_id(OUTPUT.name, "warcinfo"))
        info.rec_headers.replace_header("WARC-Date", _warc_date(pages[0][0]))
        writer.write_record(info)
        for fetched, url, body in pages:
            date = _warc_date(fetched)
            host = urlsplit(url).netloc
            request_path = urlsplit(url).path or "/"
            request_headers = StatusAndHeaders(
                f"GET {request_path} HTTP/1.1",
                [
                    ("Host", host),
                    ("User-Agent", "CCBot/2.0 (https://commoncrawl.org/faq/)"),
                    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                    ("Accept-Encoding", "identity"),
                ],
                is_http_request=True,
            )
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                http_headers=request_headers,
                warc_headers_dict={"WARC-Record-ID": _record_id(url, "request"), "WARC-Date": date},
            )
            response_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Date", format_datetime(fetched.astimezone(UTC), usegmt=True)),
                    ("Server", "nginx"),
                    ("Content-Type", "text/html; charset=UTF-8"),
                    ("Content-Length", str(len(body))),
                    ("Cache-Control", "max-age=300"),
                    ("Connection", "close"),
                ],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=response_headers,
                warc_headers_dict={
                    "WARC-Record-ID": _record_id(url, "response"),
                    "WARC-Date": date,
                    "WARC-Concurrent-To": _record_id(url, "request"),
                    "WARC-IP-Address": "192.0.2.10",
                    "WARC-Identified-Payload-Type": "text/html",
                },
            )
            metadata = writer.create_warc_record(
                url,
                "metadata",
                payload=BytesIO(b"fetchTimeMs: 412\ncharset-detected: UTF-8\n"),
                warc_content_type="application/warc-fields",
                warc_headers_dict={
                    "WARC-Record-ID": _record_id(url, "metadata"),
                    "WARC-Date": date,
                    "WARC-Concurrent-To": _record_id(url, "response"),
                },
            )
            writer.write_record(request)
            writer.write_record(response)
            writer.write_record(metadata)
    return len(pages)


if __name__ == "__main__":
    count = build()
    print(f"wrote {count} pages to {OUTPUT.relative_to(HERE.parent)}")
