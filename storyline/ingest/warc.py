"""WARC and WARC.gz files as Common Crawl News publishes them (warcio).

Every HTTP `response` record with an HTML body becomes an article: `WARC-Target-URI` is its url,
`WARC-Date` its retrieved_at, the HTTP charset (or detection) decodes the body. Other records
(requests, metadata, non-HTML responses) are passed over without a Skip: they are not articles.
A truncated or corrupt file keeps the records read so far and adds one Skip naming the damage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from storyline.errors import UnsupportedInput
from storyline.ingest.dates import parse_datetime
from storyline.ingest.decode import decode_bytes
from storyline.ingest.skip import Skip
from storyline.model import Article

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes) -> bool:
    """True for an uncompressed WARC (gzip members are recognised by the extension)."""
    return head.startswith(b"WARC/")


def read_warc_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """Articles from the HTML response records of a WARC file; damage ends the file with one Skip."""
    from warcio.archiveiterator import ArchiveIterator

    limit = int(settings["max_article_bytes"])
    records = 0
    produced = 0
    size = path.stat().st_size
    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh, arc2warc=True)
        try:
            for record in iterator:
                records += 1
                if record.rec_type is None or record.length is None:
                    break  # a record header cut short: the file ends inside it
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if record.rec_type != "response" or not any(t in ctype.lower() for t in _HTML_TYPES):
                    while record.raw_stream.read(65536):  # read through, to notice a record cut short
                        pass
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        break
                    continue
                record_id = record.rec_headers.get_header("WARC-Record-ID", str(records)).strip("<>")
                where = f"{path}#{record_id}"
                body = record.content_stream().read(limit + 1)
                produced += 1
                if len(body) > limit:
                    yield Skip(where, f"{where}: HTML body over the max_article_bytes limit of {limit:,} bytes")
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:
                    break  # the record ends before its declared Content-Length: the file is cut here
                try:
                    yield _article_from_record(record, body, ctype, where, settings)
                except UnsupportedInput as exc:
                    yield Skip(where, str(exc))
        except Exception as exc:  # warcio raises assorted errors on corrupt input; the records so far stay
            yield Skip(
                str(path),
                f"{path}: WARC file is damaged after {records} record(s) ({type(exc).__name__}: {str(exc)[:160]}); the records before it were read",
            )
            return
    # warcio ends quietly at a truncated gzip member or record: compare where it stopped with the file size.
    stopped = int(getattr(iterator, "offset", size) or 0)
    if stopped < size and _has_content_after(path, stopped):
        yield Skip(
            str(path),
            f"{path}: WARC file is truncated at byte {stopped:,} of {size:,} after {records} record(s); "
            "the records before it were read; download the file again to get the rest",
        )
    elif produced == 0:
        yield Skip(str(path), f"{path}: no HTML response records among {records} WARC record(s); nothing to ingest")


def _has_content_after(path: Path, offset: int) -> bool:
    with path.open("rb") as fh:
        fh.seek(offset)
        while chunk := fh.read(65536):
            if chunk.strip(b"\r\n \t\x00"):
                return True
    return False


def _article_from_record(record: Any, body: bytes, ctype: str, where: str, settings: dict[str, Any]) -> Article:
    from storyline.ingest.html import article_from_html

    url = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = record.rec_headers.get_header("WARC-Date")
    retrieved: datetime | None = None
    if warc_date:
        try:
            from datetime import UTC

            retrieved = parse_datetime(warc_date, UTC)
        except ValueError:
            retrieved = None
    declared = _CHARSET.search(ctype)
    html: str | None = None
    encoding = "utf-8"
    if declared:
        try:
            html, encoding = body.decode(declared.group(1)), declared.group(1).lower()
        except (LookupError, UnicodeDecodeError):
            html = None  # a wrong or unknown declared charset: detect instead
    if html is None:
        decoded = decode_bytes(body, where)
        html, encoding = decoded.text, decoded.encoding
    return article_from_html(
        html, where, settings, url=url, retrieved_at=retrieved, encoding=encoding, input_format="warc"
    )
