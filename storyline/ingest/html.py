"""HTML pages: trafilatura extracts the body and metadata (title, author, site name, date).

Publication and update times come from the page's own metadata (`article:published_time`,
`itemprop=datePublished`, JSON-LD, `<time datetime>`) with their full time and offset, provenance
`DateSource.HTML_META`; trafilatura's date (a day only) is the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from storyline.errors import UnsupportedInput
from storyline.ingest.dates import default_zone, timestamp
from storyline.ingest.decode import decode_bytes, read_bytes
from storyline.ingest.skip import Skip
from storyline.ingest.text import plain_text
from storyline.model import Article, DateSource, Timestamp

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "date",
)
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
    "pre",
}


def read_html_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """One article from an HTML file, or a Skip saying why not."""
    source = str(path)
    try:
        data = read_bytes(path, int(settings["max_article_bytes"]), "max_article_bytes")
        decoded = decode_bytes(data, source)
        yield article_from_html(decoded.text, source, settings, encoding=decoded.encoding)
    except UnsupportedInput as exc:
        yield Skip(source, str(exc))


def article_from_html(
    html: str,
    source: str,
    settings: dict[str, Any],
    *,
    url: str | None = None,
    retrieved_at: datetime | None = None,
    encoding: str = "utf-8",
    input_format: str = "html",
) -> Article:
    """Extract the article body and metadata of one HTML page; raises `UnsupportedInput` when it has none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise UnsupportedInput(f"{source}: cannot parse HTML ({exc}); check that it is an HTML page") from exc
    meta: dict[str, Any] = {}
    if doc is not None:
        meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = plain_text(meta.get("text") or "").strip()
    if not text:
        raise UnsupportedInput(f"{source}: no article text found in the HTML (empty, broken or not an article page)")
    title = _clean(meta.get("title"))
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == title:
        text = rest.strip()  # trafilatura repeats the headline as the first line; the title field has it
    tree = _parse_tree(html)
    lang = _page_language(tree)
    zone = default_zone(lang, settings)
    published, modified = _meta_dates(tree, source, zone)
    if not published.known and meta.get("date"):
        published = timestamp(str(meta["date"]), DateSource.HTML_META, zone, source)
    return Article(
        text=text,
        raw_text=text,
        title=title,
        byline=_clean(meta.get("author")),
        outlet=_clean(meta.get("sitename")) or _clean(meta.get("hostname")),
        url=url or _clean(meta.get("url")),
        published=published,
        updated=modified,
        retrieved_at=retrieved_at,
        source=source,
        input_format=input_format,
        encoding=encoding,
    )


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry body): block elements become line breaks."""
    if "<" not in fragment:
        return _unescape(fragment).strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _unescape(fragment).strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _unescape(text: str) -> str:
    import html as htmllib

    return htmllib.unescape(text)


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _parse_tree(html: str) -> Any:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _page_language(tree: Any) -> str | None:
    if tree is None:
        return None
    lang = tree.get("lang") or ""
    return lang.split("-")[0].lower() or None


def _meta_dates(tree: Any, source: str, zone: Any) -> tuple[Timestamp, Timestamp]:
    """Published and modified times stated by the page's metadata (each may be unknown)."""
    if tree is None:
        return Timestamp(), Timestamp()
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content") or el.get("datetime")
        if key and value and key not in found:
            found[key] = value
    for el in tree.xpath("//*[@itemprop]"):
        key = el.get("itemprop", "").lower()
        value = el.get("datetime") or el.get("content")
        if key in ("datepublished", "datemodified") and value and key not in found:
            found[key] = value
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for key, value in _jsonld_dates(script.text or ""):
            found.setdefault(key, value)
    times = tree.xpath("//time[@datetime]")
    if times:
        found.setdefault("time", times[0].get("datetime"))
    return (
        _first_date(found, (*_PUBLISHED_KEYS, "time"), zone, source),
        _first_date(found, _MODIFIED_KEYS, zone, source),
    )


def _first_date(found: dict[str, str], keys: tuple[str, ...], zone: Any, source: str) -> Timestamp:
    for key in keys:
        if key in found:
            try:
                return timestamp(found[key], DateSource.HTML_META, zone, source)
            except UnsupportedInput:
                continue  # a malformed meta value: the next key may hold a usable one
    return Timestamp()


def _jsonld_dates(text: str) -> Iterator[tuple[str, str]]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key in ("datePublished", "dateModified"):
                if isinstance(item.get(key), str):
                    yield key.lower(), item[key]
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
