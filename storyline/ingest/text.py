"""Plain-text articles: one file, one article; the body is the decoded file as is (cleaning comes later)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import UnsupportedInput
from storyline.ingest.decode import decode_bytes, read_bytes
from storyline.ingest.skip import Skip
from storyline.model import Article

# Invisible characters no reader sees: soft hyphen, zero-width space, word joiner, zero-width no-break space.
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\u2060\ufeff")


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


def plain_text(text: str) -> str:
    """`text` with line endings normalised to `\\n` and the characters that only guide a typesetter dropped: soft
    hyphens (U+00AD: "de\\xadcla\\xadró" is "declaró" to a reader, three pieces to a tokenizer), zero-width spaces,
    word joiners and byte-order marks."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)


def article_from_text(text: str, source: str, *, encoding: str = "utf-8", url: str | None = None) -> Article:
    """An `Article` whose raw body is `text` (`plain_text`)."""
    body = plain_text(text)
    return Article(text=body, raw_text=body, source=source, input_format="text", encoding=encoding, url=url)
