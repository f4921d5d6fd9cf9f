"""JSONL articles: one JSON object per line.

Schema (every key optional except that `text` or `html` must be present)::

    {"id": "reuters-2026-0108-17",          # your own id, kept as the source reference
     "url": "https://example.com/a/17",
     "outlet": "Reuters",
     "title": "Kyiv agrees to most of the plan",
     "byline": "Jane Doe",
     "language": "en",                        # ISO 639-1; detected when absent
     "published_at": "2026-01-08T21:58:00+01:00",   # ISO 8601; without offset: the language's zone
     "updated_at": "2026-01-09T00:01:00+01:00",
     "text": "Body text, paragraphs separated by newlines.",
     "html": "<html>…</html>"}               # used when `text` is absent: trafilatura extracts the body

Dates get provenance `DateSource.RECORD`. A line that is not a JSON object, lacks a body, or has a bad
date becomes a Skip naming `file:line`; the other lines are read. Blank lines are ignored. A `.json` file
may hold one such object or an array of them; any other JSON document there is one Skip.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import UnsupportedInput
from storyline.ingest.dates import default_zone, timestamp
from storyline.ingest.decode import sniff_binary
from storyline.ingest.skip import Skip
from storyline.ingest.text import plain_text
from storyline.model import Article, DateSource, article_id

KNOWN_KEYS = frozenset(
    {"id", "url", "outlet", "title", "byline", "language", "published_at", "updated_at", "text", "html"}
)


def read_jsonl_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """Articles from a JSONL file, streamed line by line; bad lines are Skips naming file:line."""
    limit = int(settings["max_article_bytes"])
    with path.open("rb") as fh:
        head = fh.read(8192)
        kind = sniff_binary(head)
        if kind:
            yield Skip(str(path), f"{path}: binary file ({kind}), not JSONL text")
            return
        fh.seek(0)
        lineno = 0
        records = 0
        while True:
            line = fh.readline(limit + 1)
            if not line:
                break
            lineno += 1
            where = f"{path}:{lineno}"
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # drain the rest of the over-long line
                    line = fh.readline(1 << 20)
                yield Skip(
                    where,
                    f"{where}: line longer than the max_article_bytes limit of {limit:,} bytes; raise the setting or split the record",
                )
                continue
            if not line.strip():
                continue
            records += 1
            try:
                text = line.decode("utf-8-sig")  # JSON is UTF-8; a BOM on the first line is tolerated
                yield article_from_record(json.loads(text), where, settings)
            except UnicodeDecodeError:
                yield Skip(where, f"{where}: not UTF-8; JSONL files must be UTF-8 encoded")
            except json.JSONDecodeError as exc:
                yield Skip(where, f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line")
            except UnsupportedInput as exc:
                yield Skip(where, str(exc))
    if records == 0:
        yield Skip(str(path), f"{path}: empty file (no JSONL records); remove it or fill it")


def read_json_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """Articles from a `.json` file: one article object, an array of them, or JSONL under a .json name.

    A JSON document that is not an article (no "text" or "html") is one Skip, not a Skip per line.
    """
    data = path.read_bytes()
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield Skip(str(path), f"{path}: not UTF-8 JSON; re-encode it as UTF-8")
        return
    except json.JSONDecodeError:
        yield from read_jsonl_file(path, settings)  # several objects, one per line
        return
    records = doc if isinstance(doc, list) else [doc]
    for n, record in enumerate(records, 1):
        where = f"{path}[{n}]" if isinstance(doc, list) else str(path)
        if not isinstance(record, dict) or not ({"text", "html"} & record.keys()):
            yield Skip(
                where,
                f'{where}: a JSON document, not an article (no "text" or "html" key); '
                "see storyline.ingest.jsonl for the article schema",
            )
            continue
        try:
            yield article_from_record(record, where, settings)
        except UnsupportedInput as exc:
            yield Skip(where, str(exc))


def article_from_record(record: Any, where: str, settings: dict[str, Any]) -> Article:
    """An `Article` from one decoded JSONL object; raises `UnsupportedInput` naming `where`."""
    if not isinstance(record, dict):
        raise UnsupportedInput(f"{where}: expected a JSON object per line, got {type(record).__name__}")
    for key in ("url", "outlet", "title", "byline", "language", "text", "html", "id"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise UnsupportedInput(f"{where}: field {key!r} must be a string, got {type(record[key]).__name__}")
    lang = (record.get("language") or "").strip().lower() or None
    zone = default_zone(lang, settings)
    published = timestamp(record.get("published_at"), DateSource.RECORD, zone, where)
    updated = timestamp(record.get("updated_at"), DateSource.RECORD, zone, where)
    text = record.get("text")
    if text and text.strip():
        body = plain_text(text)
        article = Article(text=body, raw_text=body, input_format="jsonl", source=where)
    elif record.get("html") and record["html"].strip():
        from storyline.ingest.html import article_from_html

        article = article_from_html(record["html"], where, settings, url=record.get("url"), input_format="jsonl")
    else:
        raise UnsupportedInput(f"{where}: record has no 'text' or 'html'; every line needs one of them")
    article.url = record.get("url") or article.url
    article.outlet = record.get("outlet") or article.outlet
    article.title = record.get("title") or article.title
    article.byline = record.get("byline") or article.byline
    article.language = lang
    if published.known:
        article.published = published
    if updated.known:
        article.updated = updated
    if record.get("id"):
        article.source = f"{where} (id {record['id']})"
    # The id hashes title and origin too: recompute now that the record's own metadata is set.
    article.id = article_id(article.text, article.title, article.url or article.outlet)
    return article
