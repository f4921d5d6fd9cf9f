"""The document model: an `Article` owns its text; everything extracted from it is a `Span`.

Offsets are Python string indices (code points) into `Article.text`, end exclusive, so every
fact found later (sentence, mention, quote, time expression) points back at the exact words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class DateSource(StrEnum):
    """Where a publication or update time came from."""

    HEADER = "page header"  # a dateline in the text itself ("Publikacja: 08.01.2026 21:58")
    HTML_META = "html meta"  # <meta property="article:published_time"> and the like
    FEED = "feed"  # RSS/Atom <pubDate>, <updated>
    MANIFEST = "manifest"  # a CSV/JSONL manifest given with --manifest
    RECORD = "record"  # a field of the JSONL input record or WARC header
    NONE = "none"  # not known: nothing is invented


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A timezone-aware time with the provenance of its value."""

    value: datetime | None = None
    source: DateSource = DateSource.NONE
    raw: str | None = None  # the exact string it was parsed from

    def __post_init__(self) -> None:
        if self.value is not None and self.value.tzinfo is None:
            raise ValueError(f"timestamp {self.value!r} has no time zone; attach one before storing")

    @property
    def known(self) -> bool:
        """True when a value is present."""
        return self.value is not None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text with a layer name and attributes.

    `layer` says what kind of thing it is ("paragraph", "sentence", "mention", "quote", "timex", ...);
    `attrs` carries the stage's findings (a mention's type and lemma, a quote's speaker, a date value).
    """

    start: int
    end: int
    layer: str
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end} in layer {self.layer!r}")

    def text_of(self, text: str) -> str:
        """The words this span covers in `text`."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of the raw body that cleaning removed, and why (offsets into `Article.raw_text`)."""

    start: int
    end: int
    reason: str  # "cross-link", "photo credit", "caption", "boilerplate", "code", "blank lines", "date header"
    text: str


@dataclass(slots=True)
class Article:
    """One news article: cleaned text, the raw input it came from, metadata with provenance, spans."""

    text: str
    raw_text: str = ""  # the decoded body before cleaning; `removed` offsets point into it
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    language_confidence: float = 0.0
    languages_mixed: list[str] = field(default_factory=list)  # other languages with a large share
    published: Timestamp = field(default_factory=Timestamp)
    updated: Timestamp = field(default_factory=Timestamp)
    retrieved_at: datetime | None = None
    source: str = ""  # file path, URL or "file.jsonl:17" / "crawl.warc.gz#record-id"
    input_format: str = ""  # text, html, feed, jsonl, warc
    encoding: str = "utf-8"  # how the raw bytes were decoded
    removed: list[Removal] = field(default_factory=list)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    duplicate_of: str | None = None  # id of the article this is an exact or near duplicate of
    duplicate_kind: str | None = None  # "exact", "near", "update"
    duplicate_similarity: float | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text, self.title, self.url or self.outlet)

    @property
    def content_hash(self) -> str:
        """Hash of the cleaned body alone: equal for exact copies published by different outlets."""
        return content_hash(self.text)

    def spans(self, layer: str) -> list[Span]:
        """The spans of one layer, in text order (empty when the layer was not produced)."""
        return self.layers.get(layer, [])

    def set_layer(self, layer: str, spans: list[Span]) -> None:
        """Replace a layer, checking every span fits the text."""
        n = len(self.text)
        for span in spans:
            if span.end > n:
                raise ValueError(
                    f"span {span.start}..{span.end} of layer {layer!r} exceeds article {self.id} ({n} chars)"
                )
        self.layers[layer] = sorted(spans, key=lambda s: (s.start, s.end))

    @property
    def sentences(self) -> list[Span]:
        """Sentence spans."""
        return self.spans("sentence")

    @property
    def paragraphs(self) -> list[Span]:
        """Paragraph spans."""
        return self.spans("paragraph")


def content_hash(text: str) -> str:
    """SHA-256 of the whitespace-normalised text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def article_id(text: str, title: str | None, origin: str | None) -> str:
    """Stable id: a hash of title, body and origin, so re-ingesting the same input gives the same id."""
    h = hashlib.sha256()
    for part in (title or "", " ".join(text.split()), origin or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]
