"""Which reader reads an input: by extension first, then by sniffing the first bytes.

Folders are walked recursively in sorted order; hidden files and folders are passed over, as are
documentation and manifest files, each with a Skip so nothing disappears silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError, UnsupportedInput
from storyline.ingest import feed, fetch, html, jsonl, text, warc
from storyline.ingest.decode import decode_bytes, sniff_binary
from storyline.ingest.skip import Skip
from storyline.model import Article

Reader = Callable[[Path, dict[str, Any]], Iterator[Article | Skip]]

_BY_SUFFIX: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc.gz": "warc",
}
# File names in a folder that document the folder rather than being articles.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "notice", "authors", "copying")
# Program and style files that sit next to a corpus (build scripts, site assets) are not articles either.
_CODE_SUFFIXES = (".py", ".sh", ".js", ".css", ".toml", ".yaml", ".yml", ".ini", ".cfg", ".sql", ".ipynb")


def format_of(path: Path) -> str:
    """The input format of a file: text, html, feed, jsonl, json, warc (sniffed when the extension is unclear)."""
    name = path.name.lower()
    for suffix, fmt in sorted(_BY_SUFFIX.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(suffix):
            return fmt
    with path.open("rb") as fh:
        head = fh.read(4096)
    if warc.looks_like_warc(head):
        return "warc"
    if feed.looks_like_feed(head):
        return "feed"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in probe[:1024]:
        return "html"
    if name.endswith(".json") and probe.startswith((b"{", b"[")):
        return "json"
    if probe.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_feed_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    try:
        from storyline.ingest.decode import read_bytes

        data = read_bytes(path, int(settings["max_file_bytes"]))
    except UnsupportedInput as exc:
        yield Skip(str(path), str(exc))
        return
    kind = sniff_binary(data[:8192])
    if kind:
        yield Skip(str(path), f"{path}: binary file ({kind}), not a feed")
        return
    yield from feed.read_feed_bytes(data, str(path), settings)


READERS: dict[str, Reader] = {
    "text": text.read_text_file,
    "html": html.read_html_file,
    "feed": _read_feed_file,
    "jsonl": jsonl.read_jsonl_file,
    "json": jsonl.read_json_file,
    "warc": warc.read_warc_file,
}


def read_inputs(
    inputs: Iterable[str | Path], settings: dict[str, Any], *, exclude: Iterable[Path] = ()
) -> Iterator[Article | Skip]:
    """Articles and Skips from files, folders and URLs, in the order given (folders sorted)."""
    excluded = {p.resolve() for p in exclude}
    for item in inputs:
        if isinstance(item, str) and fetch.is_url(item):
            yield from read_url(item, settings)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_folder(path, settings, excluded)
        elif path.is_file():
            yield from read_file(path, settings)
        else:
            yield Skip(str(path), f"{path}: no such file or folder; check the path")


def _read_folder(folder: Path, settings: dict[str, Any], excluded: set[Path]) -> Iterator[Article | Skip]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file() or path.resolve() in excluded:
            continue
        stem = path.name.lower().split(".")[0]
        if stem in _NOT_ARTICLES:
            yield Skip(
                str(path), f"{path}: documentation file in a folder, not an article; pass it by name to ingest it"
            )
        elif path.suffix.lower() in _CODE_SUFFIXES:
            yield Skip(
                str(path),
                f"{path}: program or configuration file in a folder, not an article; pass it by name to ingest it",
            )
        else:
            yield from read_file(path, settings)


def read_file(path: Path, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """Articles and Skips from one file, whatever its format."""
    try:
        size = path.stat().st_size
        if size > int(settings["max_file_bytes"]):
            raise UnsupportedInput(
                f"{path}: file is {size:,} bytes, over the max_file_bytes limit of {int(settings['max_file_bytes']):,}; "
                f"raise it with STORYLINE_MAX_FILE_BYTES={size + 1} or split the file"
            )
        if path.suffix.lower() in (".csv", ".tsv"):
            raise UnsupportedInput(f"{path}: CSV is read as a manifest only; pass it with --manifest")
        fmt = format_of(path)
    except UnsupportedInput as exc:
        yield Skip(str(path), str(exc))
        return
    except OSError as exc:
        yield Skip(str(path), f"{path}: cannot read ({exc.strerror or exc}); check permissions")
        return
    try:
        yield from READERS[fmt](path, settings)
    except OSError as exc:
        yield Skip(str(path), f"{path}: cannot read ({exc.strerror or exc}); check permissions")


def read_url(url: str, settings: dict[str, Any]) -> Iterator[Article | Skip]:
    """Articles from one URL: a feed's items, or the page itself."""
    try:
        got = fetch.fetch(url, settings)
    except StorylineError as exc:
        yield Skip(url, str(exc), stage="fetch")
        return
    head = got.body[:4096]
    if feed.looks_like_feed(head) or got.content_type in ("application/rss+xml", "application/atom+xml"):
        yield from feed.read_feed_bytes(got.body, got.url, settings, retrieved_at=got.retrieved_at)
        return
    try:
        if got.charset:
            try:
                body, encoding = got.body.decode(got.charset), got.charset.lower()
            except (LookupError, UnicodeDecodeError):
                decoded = decode_bytes(got.body, got.url)
                body, encoding = decoded.text, decoded.encoding
        else:
            decoded = decode_bytes(got.body, got.url)
            body, encoding = decoded.text, decoded.encoding
        if got.content_type == "text/plain":
            article = text.article_from_text(body, got.url, encoding=encoding, url=got.url)
            article.retrieved_at = got.retrieved_at
            yield article
        else:
            yield html.article_from_html(
                body, got.url, settings, url=got.url, retrieved_at=got.retrieved_at, encoding=encoding
            )
    except UnsupportedInput as exc:
        yield Skip(url, str(exc))
