"""What every SQL backend shares: the article, span and bookkeeping tables written in one SQL dialect.

`SQLStore` holds the table logic once, in SQLite's dialect with `?` placeholders (the dialect stage modules
write too); a backend supplies the connection: `execute`, `executemany`, `query`, `atomic`, applying a
migration, and full-text indexing and search. `SQLiteStore` runs the SQL as written; `PostgresStore`
translates it (`storyline.store.dialect`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from storyline.errors import NotFound, StorageError
from storyline.model import Article, DateSource, Removal, Span, Timestamp
from storyline.store import ArticleFilter, SearchHit, SkipRecord
from storyline.store.fold import highlight


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration file shipped in `storyline/store/migrations`."""
    found = []
    for entry in resources.files("storyline.store.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(versions) != len(set(versions)):
        raise StorageError(f"two migrations share a version number: {[n for _, n, _ in found]}")
    return found


def split_sql(sql: str) -> list[str]:
    """Split a migration file into statements (no semicolons inside string literals in our migrations)."""
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class SQLStore:
    """The `Store` methods over any SQL connection; subclasses provide the connection primitives."""

    location: str
    _lock: threading.RLock
    _depth: int = 0
    _BEGIN = "BEGIN"

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction; nested calls join the outer one."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._raw(self._BEGIN)
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._raw("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._raw("COMMIT")

    # -- what a backend provides ------------------------------------------------------------------
    def _raw(self, sql: str) -> None:
        """Run a statement as it is (transaction control, DDL): no rewriting, no parameters."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the connection."""
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> None:
        """Run one statement (SQLite dialect, `?` placeholders)."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many rows."""
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts."""
        raise NotImplementedError

    def _apply_migration(self, statements: list[str]) -> None:
        """Run one migration's statements (inside the transaction `migrate` opened)."""
        for statement in statements:
            self._raw(statement)

    def _index_text(self, article: Article, existed: bool) -> None:
        """Write the folded title and body to the full-text index (after the article row)."""
        raise NotImplementedError

    def search(self, query: str, limit: int = 20, language: str | None = None) -> list[SearchHit]:
        """Full-text search that folds case and diacritics across scripts."""
        raise NotImplementedError

    # -- schema -------------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Apply every migration not applied yet, each in its own transaction."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
        )
        done = {r["version"] for r in self.query("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations():
            if version in done:
                continue
            with self.atomic():
                self._apply_migration(split_sql(sql))
                self.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, datetime.now(UTC).isoformat())
                )

    @property
    def schema_version(self) -> int:
        """The highest applied migration."""
        return int(self.query("SELECT max(version) AS v FROM schema_migrations")[0]["v"] or 0)

    # -- key/value ----------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        """A value from the meta table."""
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        """Set a meta value."""
        self.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- articles -----------------------------------------------------------------------------------
    def put_article(self, article: Article) -> bool:
        """Insert or replace an article and its layers; True when new.

        Replacing deletes the old row first, so everything derived from the old text (spans, mentions,
        story membership: `ON DELETE CASCADE`) goes with it, on every backend.
        """
        row = _article_row(article)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self.atomic():
            existed = self.has_article(article.id)
            if existed:
                self.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            self.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", tuple(row.values()))
            self._index_text(article, existed)
            for layer, spans in article.layers.items():
                self.put_spans(article.id, layer, spans)
        return not existed

    def has_article(self, article_id: str) -> bool:
        """True when stored."""
        return bool(self.query("SELECT 1 AS found FROM articles WHERE id = ?", (article_id,)))

    def resolve_id(self, article_id: str) -> str:
        """Full id from a full id or a unique prefix of at least 4 characters."""
        if self.has_article(article_id):
            return article_id
        rows = (
            self.query("SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (article_id + "%",))
            if len(article_id) >= 4
            else []
        )
        if len(rows) == 1:
            return str(rows[0]["id"])
        if len(rows) > 1:
            raise NotFound(f"article id prefix {article_id!r} is ambiguous; give more characters")
        raise NotFound(f"no article {article_id!r} in {self.location}; list ids with `storyline articles`")

    def get_article(self, article_id: str) -> Article:
        """Load one article with all its layers."""
        full = self.resolve_id(article_id)
        rows = self.query("SELECT * FROM articles WHERE id = ?", (full,))
        article = _article_from_row(rows[0])
        for layer in [r["layer"] for r in self.query("SELECT DISTINCT layer FROM spans WHERE article_id = ?", (full,))]:
            article.layers[layer] = self.get_spans(full, layer)
        return article

    def article_by_content_hash(self, content_hash: str) -> str | None:
        """Id of the earliest-ingested article with this body hash."""
        rows = self.query(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY ingested_at, id LIMIT 1", (content_hash,)
        )
        return str(rows[0]["id"]) if rows else None

    def list_articles(self, flt: ArticleFilter | None = None) -> list[dict[str, Any]]:
        """Summary rows matching the filter."""
        flt = flt or ArticleFilter()
        where, params = _filter_sql(flt)
        sql = (
            "SELECT id, title, outlet, url, language, language_confidence, published_at, published_source, "
            "updated_at, source, input_format, duplicate_of, duplicate_kind, length(text) AS chars "
            f"FROM articles {where} ORDER BY published_at IS NULL, published_at, id"
        )
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        return self.query(sql, params)

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Whole articles in publication order."""
        wanted = list(ids) if ids is not None else [r["id"] for r in self.list_articles()]
        for article_id in wanted:
            yield self.get_article(article_id)

    def count_articles(self) -> int:
        """Number of stored articles."""
        return int(self.query("SELECT count(*) AS n FROM articles")[0]["n"])

    # -- spans --------------------------------------------------------------------------------------
    def put_spans(self, article_id: str, layer: str, spans: Sequence[Span]) -> None:
        """Replace one layer."""
        with self.atomic():
            self.execute("DELETE FROM spans WHERE article_id = ? AND layer = ?", (article_id, layer))
            self.executemany(
                "INSERT INTO spans (article_id, layer, seq, start, end, attrs) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    # most spans (sentences, paragraphs) carry no attrs: skip the JSON encoder for them
                    (
                        article_id,
                        layer,
                        i,
                        s.start,
                        s.end,
                        json.dumps(s.attrs, ensure_ascii=False, default=str) if s.attrs else "{}",
                    )
                    for i, s in enumerate(spans)
                ],
            )

    def get_spans(self, article_id: str, layer: str) -> list[Span]:
        """One layer, in stored order."""
        rows = self.query(
            "SELECT start, end, attrs FROM spans WHERE article_id = ? AND layer = ? ORDER BY seq", (article_id, layer)
        )
        return [Span(r["start"], r["end"], layer, json.loads(r["attrs"])) for r in rows]

    # -- ingest bookkeeping -------------------------------------------------------------------------
    def record_skip(self, skip: SkipRecord) -> None:
        """Remember a skipped input."""
        self.execute(
            "INSERT INTO skips (source, stage, reason, at, extra) VALUES (?, ?, ?, ?, ?)",
            (skip.source, skip.stage, skip.reason, skip.at or datetime.now(UTC).isoformat(), json.dumps(skip.extra)),
        )

    def put_signature(self, article_id: str, signature: bytes) -> None:
        """Store a MinHash signature."""
        self.execute("INSERT OR REPLACE INTO signatures (article_id, minhash) VALUES (?, ?)", (article_id, signature))

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """All signatures."""
        for r in self.query("SELECT article_id, minhash FROM signatures ORDER BY article_id"):
            yield r["article_id"], bytes(r["minhash"])


def search_hits(rows: list[dict[str, Any]], sign: float, query: str = "") -> list[SearchHit]:
    """Search rows (article_id, title, language, outlet, published_at, text, snip, score) as hits, best first;
    `sign` turns the engine's score into "higher is better". The snippet is cut from the original text
    around the hits of `query` (the engine's own, from the folded index, where none is found)."""
    return [
        SearchHit(
            r["article_id"],
            r["title"],
            r["language"],
            r["outlet"],
            r["published_at"],
            (highlight(r.get("text") or "", query) if query else None) or r["snip"],
            sign * float(r["score"]),
        )
        for r in rows
    ]


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "title": article.title,
        "byline": article.byline,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "languages_mixed": json.dumps(article.languages_mixed),
        "published_at": _iso(article.published.value),
        "published_source": article.published.source.value,
        "published_raw": article.published.raw,
        "updated_at": _iso(article.updated.value),
        "updated_source": article.updated.source.value,
        "updated_raw": article.updated.raw,
        "retrieved_at": _iso(article.retrieved_at),
        "source": article.source,
        "input_format": article.input_format,
        "encoding": article.encoding,
        "text": article.text,
        "raw_text": article.raw_text,
        "removed": json.dumps([[r.start, r.end, r.reason, r.text] for r in article.removed], ensure_ascii=False),
        "duplicate_of": article.duplicate_of,
        "duplicate_kind": article.duplicate_kind,
        "duplicate_similarity": article.duplicate_similarity,
        "ingested_at": datetime.now(UTC).isoformat(),
    }


def _filter_sql(flt: ArticleFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.language:
        clauses.append("language = ?")
        params.append(flt.language)
    if flt.outlet:
        clauses.append("lower(outlet) = lower(?)")
        params.append(flt.outlet)
    if flt.since:
        clauses.append("published_at >= ?")
        params.append(flt.since.isoformat())
    if flt.until:
        clauses.append("published_at <= ?")
        params.append(flt.until.isoformat())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _article_from_row(r: dict[str, Any]) -> Article:
    return Article(
        id=r["id"],
        text=r["text"],
        raw_text=r["raw_text"],
        title=r["title"],
        byline=r["byline"],
        outlet=r["outlet"],
        url=r["url"],
        language=r["language"],
        language_confidence=r["language_confidence"],
        languages_mixed=json.loads(r["languages_mixed"]),
        published=Timestamp(_dt(r["published_at"]), DateSource(r["published_source"]), r["published_raw"]),
        updated=Timestamp(_dt(r["updated_at"]), DateSource(r["updated_source"]), r["updated_raw"]),
        retrieved_at=_dt(r["retrieved_at"]),
        source=r["source"],
        input_format=r["input_format"],
        encoding=r["encoding"],
        removed=[Removal(s, e, reason, text) for s, e, reason, text in json.loads(r["removed"])],
        duplicate_of=r["duplicate_of"],
        duplicate_kind=r["duplicate_kind"],
        duplicate_similarity=r["duplicate_similarity"],
    )
