"""The store at scale: PostgreSQL behind the same `Store` interface, opened with a `postgresql://` URL.

Every table, migration and stage query is shared with the SQLite store (`SQLStore`, written in SQLite's
dialect); `storyline.store.dialect` rewrites each statement once. Full-text search runs on a generated
`tsvector` of the same folded text the SQLite store indexes (`Zelenski` finds `Zełenski` and `Зеленский`).
A schema other than `public` is chosen the libpq way, in the URL:
`postgresql://user:pw@host/db?options=-csearch_path%3Dnews`.

Needs the `psycopg` driver: `pip install "storyline[postgres]"`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any

from storyline.errors import StorageError
from storyline.model import Article
from storyline.store import SearchHit
from storyline.store.base import SQLStore, search_hits
from storyline.store.dialect import PostgresDialect, migration_statements
from storyline.store.fold import fold, fold_tsquery

# ts_headline options giving a snippet like FTS5's snippet(…, '[', ']', ' … ', 12)
_HEADLINE = 'StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=1, FragmentDelimiter=" … "'


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, at, tail = url.rpartition("@")
    if not at or "://" not in head:
        return url
    scheme, _, userinfo = head.partition("://")
    return f"{scheme}://{userinfo.split(':')[0]}:***@{tail}"


class PostgresStore(SQLStore):
    """`Store` on a PostgreSQL database. One connection; writes are serialised by a lock, as in SQLite."""

    def __init__(self, url: str):
        try:
            import psycopg
            from psycopg.rows import dict_row
            from psycopg.types.numeric import FloatLoader, IntDumper
        except ImportError as exc:
            raise StorageError(
                f'the PostgreSQL store {_redact(url)} needs the psycopg driver: pip install "storyline[postgres]"'
            ) from exc
        self.location = _redact(url)
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StorageError(
                f"cannot connect to {self.location}: {str(exc).strip()}; check the URL, that the server runs "
                "and that the database exists (createdb)"
            ) from exc
        # SQLite keeps booleans as 0/1 and its sums and averages as plain numbers: the stage code compares
        # flags with integers (`locked = ?`) and does float arithmetic on aggregates, so do the same here.
        self._conn.adapters.register_dumper(bool, IntDumper)
        self._conn.adapters.register_loader("numeric", FloatLoader)
        self._lock = threading.RLock()
        self._depth = 0
        self._dialect = PostgresDialect({}, {})
        self.migrate()
        self._dialect = PostgresDialect(*self._schema())

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def _raw(self, sql: str) -> None:
        self._conn.execute(sql)

    def _apply_migration(self, statements: list[str]) -> None:
        super()._apply_migration(migration_statements(statements))

    def _schema(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """Primary-key columns and all columns of every table in the current schema (for upserts)."""
        keys: dict[str, list[str]] = {}
        for r in self._conn.execute(
            "SELECT tc.table_name AS t, kcu.column_name AS c FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
            "AND kcu.table_schema = tc.table_schema WHERE tc.constraint_type = 'PRIMARY KEY' "
            "AND tc.table_schema = current_schema() ORDER BY kcu.ordinal_position"
        ):
            keys.setdefault(r["t"], []).append(r["c"])
        cols: dict[str, list[str]] = {}
        for r in self._conn.execute(
            "SELECT table_name AS t, column_name AS c FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_generated = 'NEVER' AND column_name <> 'rowid' "
            "ORDER BY ordinal_position"
        ):
            cols.setdefault(r["t"], []).append(r["c"])
        return {t: tuple(c) for t, c in keys.items()}, {t: tuple(c) for t, c in cols.items()}

    # -- generic SQL for stage tables -------------------------------------------------------------
    def _run(
        self, sql: str, params: Sequence[Any] | dict[str, Any], many: Iterable[Sequence[Any]] | None = None
    ) -> list[dict[str, Any]]:
        text = self._dialect.statement(sql)
        try:
            with self._lock, self._conn.cursor() as cur:
                if many is not None:
                    cur.executemany(text, many)
                    return []
                cur.execute(text, tuple(params) if not isinstance(params, dict) else params)
                return cur.fetchall() if cur.description else []
        except self._psycopg.DataError as exc:
            if "0x00" in str(exc):
                raise StorageError(
                    f"{self.location} cannot store text with NUL characters (0x00); remove them from the input"
                ) from exc
            raise

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> None:
        """Run one statement."""
        self._run(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many rows."""
        rows = list(rows)
        if rows:
            self._run(sql, (), many=rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts."""
        return list(self._run(sql, params))

    # -- full-text search -------------------------------------------------------------------------
    def _index_text(self, article: Article, existed: bool) -> None:
        # the old row went with its article (ON DELETE CASCADE)
        self.execute(
            "INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)",
            (article.id, fold(article.title or ""), fold(article.text)),
        )

    def search(self, query: str, limit: int = 20, language: str | None = None) -> list[SearchHit]:
        """Ranked `tsvector` search over folded text; snippets are cut from the original text."""
        tsquery = fold_tsquery(query)
        if not tsquery:
            return []
        sql = (
            "SELECT f.article_id, a.title, a.language, a.outlet, a.published_at, a.text, "
            f"ts_headline('simple', f.body, q, '{_HEADLINE}') AS snip, ts_rank_cd(f.tsv, q) AS score "
            "FROM articles_fts f JOIN articles a ON a.id = f.article_id, to_tsquery('simple', ?) q "
            "WHERE f.tsv @@ q"
        )
        params: list[Any] = [tsquery]
        if language:
            sql += " AND a.language = ?"
            params.append(language)
        sql += " ORDER BY score DESC, f.article_id LIMIT ?"
        params.append(limit)
        return search_hits(self.query(sql, params), 1.0, query)
