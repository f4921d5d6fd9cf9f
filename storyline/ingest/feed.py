"""RSS and Atom feeds (feedparser): one article per item, from its full content or else its summary.

HTML inside entries is reduced to text with paragraph breaks. Item dates keep their stated offset
(`DateSource.FEED`). A feed that feedparser cannot read at all is one Skip; a feed with syntax
errors but readable items yields those items.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from storyline.errors import UnsupportedInput
from storyline.ingest.dates import parse_datetime, utc_from_struct
from storyline.ingest.html import html_fragment_to_text
from storyline.ingest.skip import Skip
from storyline.ingest.text import plain_text
from storyline.model import Article, DateSource, Timestamp

_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a document open an RSS, Atom or RDF feed."""
    lowered = head[:4096].lower().replace(b"\x00", b"")
    return any(root in lowered for root in _FEED_ROOTS)


def read_feed_bytes(
    data: bytes, source: str, settings: dict[str, Any], *, retrieved_at: datetime | None = None
) -> Iterator[Article | Skip]:
    """Articles from the items of one feed document."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        problem = parsed.get("bozo_exception")
        why = f"malformed feed ({_describe(problem)})" if problem else "feed has no items"
        yield Skip(source, f"{source}: {why}; check that the file or URL is an RSS/Atom feed")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    limit = int(settings["max_article_bytes"])
    for index, entry in enumerate(entries, 1):
        where = f"{source}#{entry.get('id') or entry.get('link') or index}"
        try:
            yield _article_from_entry(entry, where, outlet, limit, retrieved_at)
        except UnsupportedInput as exc:
            yield Skip(where, str(exc))


def _describe(problem: Any) -> str:
    text = str(problem).strip() or type(problem).__name__
    return text.splitlines()[0][:200]


def _article_from_entry(
    entry: Any, where: str, outlet: str | None, limit: int, retrieved_at: datetime | None
) -> Article:
    bodies = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    raw = max(bodies, key=len) if bodies else (entry.get("summary") or entry.get("description") or "")
    if len(raw.encode("utf-8", "replace")) > limit:
        raise UnsupportedInput(f"{where}: item body is over the max_article_bytes limit of {limit:,} bytes")
    text = plain_text(html_fragment_to_text(raw))
    if not text.strip():
        raise UnsupportedInput(f"{where}: feed item has no content or summary text")
    title = html_fragment_to_text(entry.get("title") or "") or None
    return Article(
        text=text,
        raw_text=text,
        title=title,
        byline=(entry.get("author") or "").strip() or None,
        outlet=outlet,
        url=entry.get("link") or None,
        published=_entry_date(entry, "published"),
        updated=_entry_date(entry, "updated"),
        retrieved_at=retrieved_at,
        source=where,
        input_format="feed",
    )


def _entry_date(entry: Any, field: str) -> Timestamp:
    """The item's date with its own offset when the raw string has one, else feedparser's UTC value."""
    # dict.get, not entry.get: feedparser answers "updated" with the published date when an item has none.
    raw = dict.get(entry, field)
    if not raw:
        return Timestamp()
    try:
        return Timestamp(parse_datetime(raw, UTC), DateSource.FEED, raw)
    except ValueError:
        value = utc_from_struct(dict.get(entry, f"{field}_parsed"))
        return Timestamp(value, DateSource.FEED, raw) if value else Timestamp()
