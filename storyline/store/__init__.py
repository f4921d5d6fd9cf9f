"""Storage behind one narrow interface.

`Store` is the protocol every backend satisfies; `SQLiteStore` (one file, WAL, FTS5) is the default,
`PostgresStore` the store at scale (`storyline.store.postgres`), and `open_store()` picks the backend from
a path or URL. Stage modules keep their own tables (created
by numbered migrations under `store/migrations/`) and reach them through `execute`/`query` with
`?` placeholders, which a PostgreSQL backend rewrites to its own parameter style.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from storyline.errors import NotFound
from storyline.model import Article, Span


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a listing returns."""

    language: str | None = None
    outlet: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result."""

    article_id: str
    title: str | None
    language: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True)
class SkipRecord:
    """An input item that was not ingested, and why."""

    source: str
    stage: str
    reason: str
    at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Store(Protocol):
    """What every storage backend provides."""

    location: str

    def atomic(self) -> AbstractContextManager[None]:
        """A transaction: everything inside commits together or not at all."""

    def close(self) -> None:
        """Release the connection."""

    # articles
    def put_article(self, article: Article) -> bool:
        """Insert or replace an article with its layers; True when it was not stored before."""

    def get_article(self, article_id: str) -> Article:
        """Load an article with its layers; raises `NotFound` (accepts a unique id prefix)."""

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored."""

    def article_by_content_hash(self, content_hash: str) -> str | None:
        """Id of the first stored article with this body hash, if any."""

    def list_articles(self, flt: ArticleFilter | None = None) -> list[dict[str, Any]]:
        """Summary rows (no text) matching the filter, oldest publication first."""

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Stream whole articles (all, or the given ids) in publication order."""

    def count_articles(self) -> int:
        """How many articles are stored."""

    def search(self, query: str, limit: int = 20, language: str | None = None) -> list[SearchHit]:
        """Full-text search that folds case and diacritics across scripts."""

    # spans of later stages
    def put_spans(self, article_id: str, layer: str, spans: Sequence[Span]) -> None:
        """Replace one layer of one article."""

    def get_spans(self, article_id: str, layer: str) -> list[Span]:
        """One layer of one article."""

    # ingest bookkeeping
    def record_skip(self, skip: SkipRecord) -> None:
        """Remember an input that was skipped."""

    def put_signature(self, article_id: str, signature: bytes) -> None:
        """Store a near-duplicate signature (MinHash) for an article."""

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """All stored near-duplicate signatures."""

    # stage tables
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> None:
        """Run one statement (portable SQL, `?` placeholders)."""

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many rows."""

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts."""

    def get_meta(self, key: str) -> str | None:
        """A value from the key/value table (settings, checkpoints)."""

    def set_meta(self, key: str, value: str) -> None:
        """Set a key/value pair."""


DEFAULT_DB = "storyline.db"


def open_store(location: str | Path | None = None, create: bool = True) -> Store:
    """Open (and migrate) the store at a file path or URL: plain paths and `sqlite:///x.db` are SQLite,
    `postgresql://user:pw@host/db` is PostgreSQL. With `create` False a SQLite file that does not exist is an
    error naming it (a mistyped `--db` of a reading command would otherwise answer from a new, empty store)."""
    loc = str(location or DEFAULT_DB)
    if loc.startswith(("postgres://", "postgresql://")):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(loc)
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///") :]
    if not create and loc != ":memory:" and not Path(loc).exists():
        raise NotFound(
            f"no store at {loc}: give the --db of an existing store, or fill this one first "
            f"(storyline --db {loc} ingest FILES, or storyline --db {loc} demo)"
        )
    from storyline.store.sqlite import SQLiteStore

    return SQLiteStore(loc)
