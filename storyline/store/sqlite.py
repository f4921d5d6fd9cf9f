"""The default store: one SQLite file in WAL mode, versioned migrations, FTS5 search, one writer."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from storyline.errors import StorageError
from storyline.model import Article
from storyline.store import SearchHit
from storyline.store.base import SQLStore, search_hits
from storyline.store.fold import fold, fold_query


class SQLiteStore(SQLStore):
    """`Store` on one SQLite file. Writes go through one connection guarded by a lock (one writer)."""

    _BEGIN = "BEGIN IMMEDIATE"  # take the write lock at once: a reader never has to upgrade mid-transaction

    def __init__(self, path: str | Path):
        self.location = str(path)
        if self.location != ":memory:":
            parent = Path(self.location).resolve().parent
            if not parent.is_dir():
                raise StorageError(f"cannot create database {self.location}: folder {parent} does not exist")
        try:
            self._conn = sqlite3.connect(self.location, isolation_level=None, check_same_thread=False, timeout=30)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open database {self.location}: {exc}; pass --db with a writable path") from exc
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA busy_timeout=30000")
            # 64 MB page cache (default 2 MB): the corpus steps look up entity keys, mentions and articles by
            # index for every article, and a 20,000-article store (~1 GB) no longer fits the default cache
            self._conn.execute("PRAGMA cache_size=-65536")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StorageError(
                f"{self.location} is not a storyline database ({exc}); pass --db with another file name"
            ) from exc

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def _raw(self, sql: str) -> None:
        self._conn.execute(sql)

    # -- generic SQL for stage tables -------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> None:
        """Run one statement."""
        with self._lock:
            self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many rows."""
        with self._lock:
            self._conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts."""
        with self._lock:
            return [dict(r) for r in self._conn.execute(sql, params)]

    # -- full-text search -------------------------------------------------------------------------
    def _index_text(self, article: Article, existed: bool) -> None:
        if existed:  # article_id is UNINDEXED in FTS5: this DELETE scans the whole table, so only when needed
            self.execute("DELETE FROM articles_fts WHERE article_id = ?", (article.id,))
        self.execute(
            "INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)",
            (article.id, fold(article.title or ""), fold(article.text)),
        )

    def search(self, query: str, limit: int = 20, language: str | None = None) -> list[SearchHit]:
        """FTS5 over folded text; snippets are cut from the original text."""
        match = fold_query(query)
        if not match:
            return []
        sql = (
            "SELECT f.article_id, a.title, a.language, a.outlet, a.published_at, a.text, "
            "snippet(articles_fts, 2, '[', ']', ' … ', 12) AS snip, bm25(articles_fts) AS score "
            "FROM articles_fts f JOIN articles a ON a.id = f.article_id WHERE articles_fts MATCH ?"
        )
        params: list[Any] = [match]
        if language:
            sql += " AND a.language = ?"
            params.append(language)
        sql += " ORDER BY score LIMIT ?"
        params.append(limit)
        try:
            rows = self.query(sql, params)
        except sqlite3.OperationalError as exc:
            raise StorageError(f'cannot search for {query!r}: {exc}; use plain words, "phrases" or prefix*') from exc
        return search_hits(rows, -1.0, query)  # bm25: lower is better
