"""Plain-text articles: one file, one article; the body is the decoded file as is (cleaning comes later)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import UnsupportedInput
from storyline.ingest.decode import decode_bytes, read_bytes
from storyline.ingest.skip import Skip
from storyline.model import Article


def read_text_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """One article from a text file (any common encoding), or a Skip saying why not."""
    source = str(path)
    try:
        data = read_bytes(path, int(settings["max_article_bytes"]), "max_article_bytes")
        decoded = decode_bytes(data, source)
    except UnsupportedInput as exc:
        yield Skip(source, str(exc))
        return
    yield article_from_text(decoded.text, source, encoding=decoded.encoding)


def article_from_text(text: str, source: str, *, encoding: str = "utf-8", url: str | None = None) -> Article:
    """An `Article` whose raw body is `text` (line endings normalised to `\\n`)."""
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(text=body, raw_text=body, source=source, input_format="text", encoding=encoding, url=url)
