"""Manifests: a CSV or JSONL file that gives metadata to inputs that lack it.

Columns (CSV header) or keys (JSONL objects): `path` (relative to the manifest file) or `url`,
`outlet`, `published_at`, `updated_at` (ISO 8601; a date without zone gets the language's default
zone), `language`, `title`. A manifest only fills fields an article does not already have;
dates it gives carry provenance `DateSource.MANIFEST` (the clean stage may later replace them
with a dateline found in the text itself).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import UnsupportedInput
from storyline.ingest.dates import default_zone, timestamp
from storyline.ingest.decode import decode_bytes, read_bytes
from storyline.model import Article, DateSource

COLUMNS = ("path", "url", "outlet", "published_at", "updated_at", "language", "title")


@dataclass(frozen=True)
class ManifestEntry:
    """Metadata for one input, as the manifest gives it."""

    where: str  # manifest.csv:3
    path: Path | None
    url: str | None
    outlet: str | None
    published_at: str | None
    updated_at: str | None
    language: str | None
    title: str | None


class Manifest:
    """Manifest entries looked up by resolved file path and by URL."""

    def __init__(self, location: Path, entries: list[ManifestEntry]):
        self.location = location
        self.entries = entries
        self._by_path = {e.path: e for e in entries if e.path is not None}
        self._by_url = {e.url: e for e in entries if e.url}

    @classmethod
    def load(cls, location: str | Path, settings: dict[str, Any]) -> Manifest:
        """Read a CSV or JSONL manifest; raises `UnsupportedInput` naming the file and line of a problem."""
        path = Path(location)
        if not path.is_file():
            raise UnsupportedInput(f"manifest {path} does not exist; pass --manifest with a CSV or JSONL file")
        text = decode_bytes(read_bytes(path, int(settings["max_file_bytes"])), str(path)).text
        rows = _jsonl_rows(text, path) if _is_jsonl(path, text) else _csv_rows(text, path)
        entries = []
        for where, row in rows:
            unknown = set(row) - set(COLUMNS)
            if unknown:
                raise UnsupportedInput(
                    f"{where}: unknown manifest column(s) {sorted(unknown)}; known: {', '.join(COLUMNS)}"
                )
            values = {k: (str(v).strip() or None) if v is not None else None for k, v in row.items()}
            if not values.get("path") and not values.get("url"):
                raise UnsupportedInput(f"{where}: manifest row needs a 'path' or a 'url'")
            rel = values.get("path")
            entries.append(
                ManifestEntry(
                    where=where,
                    path=(path.parent / rel).resolve() if rel else None,
                    url=values.get("url"),
                    outlet=values.get("outlet"),
                    published_at=values.get("published_at"),
                    updated_at=values.get("updated_at"),
                    language=(values.get("language") or "").lower() or None,
                    title=values.get("title"),
                )
            )
            # Check dates now, so a typo fails before any article is read.
            zone = default_zone(entries[-1].language, settings)
            timestamp(entries[-1].published_at, DateSource.MANIFEST, zone, where)
            timestamp(entries[-1].updated_at, DateSource.MANIFEST, zone, where)
        return cls(path, entries)

    def entry_for(self, article: Article) -> ManifestEntry | None:
        """The entry naming this article's file (source path, without any `#record` or `:line`) or URL."""
        if article.url and article.url in self._by_url:
            return self._by_url[article.url]
        if article.source:
            try:
                return self._by_path.get(Path(article.source).resolve())
            except (OSError, ValueError):
                return None
        return None

    def apply(self, article: Article, settings: dict[str, Any]) -> bool:
        """Fill the article's missing fields from its entry; True when an entry matched."""
        entry = self.entry_for(article)
        if entry is None:
            return False
        article.url = article.url or entry.url
        article.outlet = article.outlet or entry.outlet
        article.title = article.title or entry.title
        article.language = article.language or entry.language
        zone = default_zone(entry.language or article.language, settings)
        if not article.published.known and entry.published_at:
            article.published = timestamp(entry.published_at, DateSource.MANIFEST, zone, entry.where)
        if not article.updated.known and entry.updated_at:
            article.updated = timestamp(entry.updated_at, DateSource.MANIFEST, zone, entry.where)
        return True


def _is_jsonl(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return True
    return text.lstrip().startswith("{")


def _csv_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames:
        raise UnsupportedInput(
            f"manifest {path} has no header row; first line must name columns ({', '.join(COLUMNS)})"
        )
    reader.fieldnames = [f.strip().lower() for f in reader.fieldnames]
    rows = []
    for row in reader:
        if None in row:
            raise UnsupportedInput(
                f"{path}:{reader.line_num}: more values than header columns; quote values containing commas"
            )
        if any(v and v.strip() for v in row.values()):
            rows.append((f"{path}:{reader.line_num}", dict(row)))
    return rows


def _jsonl_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UnsupportedInput(f"{path}:{lineno}: not valid JSON ({exc.msg}); fix the manifest line") from exc
        if not isinstance(row, dict):
            raise UnsupportedInput(f"{path}:{lineno}: manifest lines must be JSON objects")
        rows.append((f"{path}:{lineno}", row))
    return rows
