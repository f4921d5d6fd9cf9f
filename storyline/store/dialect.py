"""SQLite's dialect, which stage modules and migrations are written in, rewritten for PostgreSQL.

Stage modules keep one SQL text per query (`?` placeholders, SQLite upserts); `PostgresStore` runs each
through `PostgresDialect.statement` once (cached). What is rewritten, and why:

- `?` -> `%s` (psycopg's placeholder) and `%` -> `%%` (psycopg reads `%` everywhere, literals included);
- `INSERT OR IGNORE` -> `ON CONFLICT DO NOTHING`; `INSERT OR REPLACE` -> an upsert on the table's primary
  key (no row is deleted, so nothing cascades: `put_article` deletes explicitly where that is meant);
- `end` (a column of spans and mentions; reserved in PostgreSQL) is quoted; SQL keywords are written in
  capitals in this code base, so the lower-case word is always the column;
- `group_concat(x)` -> `string_agg(x, ',')`; two-argument `MIN`/`MAX` (scalar in SQLite) -> `LEAST`/`GREATEST`;
- in migrations: INTEGER -> BIGINT (SQLite integers are 64-bit), REAL -> DOUBLE PRECISION, BLOB -> BYTEA,
  TEXT -> TEXT COLLATE "C" (byte order, as SQLite sorts),
  `INTEGER PRIMARY KEY` -> an identity column, the FTS5 table -> a table with a generated `tsvector`
  column under a GIN index, and SQLite's implicit `rowid` made explicit where a query reads it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.errors import StorageError

_LITERAL = re.compile(r"'(?:[^']|'')*'")
_MARKER = re.compile(r"\x00(\d+)\x00")
_END = re.compile(r"(?<![\w\"])end(?![\w\"])")
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*(\(([^)]*)\))?", re.IGNORECASE)
_RETURNING = re.compile(r"\sRETURNING\s", re.IGNORECASE)
_FUNC = re.compile(r"\b(group_concat|MIN|MAX|min|max)\s*\(")

# SQLite gives every table an implicit insertion-order `rowid`; PostgreSQL has none. The tables whose rowid a
# query reads (entities/translated.py: a context entity's latest articles) get an explicit identity column,
# which an upsert renews as SQLite's REPLACE does.
ROWID_TABLES = frozenset({"entity_mentions"})

# The full-text table: folded title and body (store/fold.py), weighted title first, GIN-indexed.
_FTS_TABLE = (
    "CREATE TABLE articles_fts (\n"
    "    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,\n"
    "    title TEXT NOT NULL DEFAULT '',\n"
    "    body TEXT NOT NULL DEFAULT '',\n"
    "    tsv tsvector GENERATED ALWAYS AS "
    "(setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', body)) STORED\n"
    ")"
)
_FTS_INDEX = "CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv)"


def _mask_literals(sql: str) -> tuple[str, list[str]]:
    """The statement with each string literal replaced by a marker (so rewrites never touch their text)."""
    literals: list[str] = []

    def keep(m: re.Match[str]) -> str:
        literals.append(m.group(0))
        return f"\x00{len(literals) - 1}\x00"

    return _LITERAL.sub(keep, sql), literals


def _unmask(sql: str, literals: list[str], percent: str) -> str:
    return _MARKER.sub(lambda m: literals[int(m.group(1))].replace("%", percent), sql)


def _close_paren(text: str, open_at: int) -> tuple[int, list[int]]:
    """Index of the parenthesis closing the one at `open_at`, and the top-level commas inside."""
    depth, commas = 0, list[int]()
    for i in range(open_at, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i, commas
        elif ch == "," and depth == 1:
            commas.append(i)
    raise StorageError(f"unbalanced parentheses in SQL {text!r}; this is a bug in the statement")


def _functions(code: str) -> str:
    """group_concat -> string_agg, scalar MIN/MAX of two values -> LEAST/GREATEST (code without literals)."""
    out, at = [], 0
    while m := _FUNC.search(code, at):
        open_at = m.end() - 1
        close, commas = _close_paren(code, open_at)
        name = m.group(1).lower()
        inner = _functions(code[open_at + 1 : close])
        if name == "group_concat":
            call = f"string_agg({inner}, ',')" if not commas else f"string_agg({inner})"
        elif commas:
            call = f"{'LEAST' if name == 'min' else 'GREATEST'}({inner})"
        else:
            call = f"{m.group(1)}({inner})"
        out.append(code[at : m.start()] + call)
        at = close + 1
    out.append(code[at:])
    return "".join(out)


class PostgresDialect:
    """Rewrites SQLite statements for one PostgreSQL schema (whose primary keys upserts need)."""

    def __init__(self, primary_keys: dict[str, tuple[str, ...]], columns: dict[str, tuple[str, ...]]):
        self.primary_keys = primary_keys
        self.columns = columns

    def statement(self, sql: str) -> str:
        """The PostgreSQL text of one SQLite statement with `?` placeholders."""
        return _translate(self, sql)

    def _upsert(self, kind: str, table: str, cols: str | None) -> str:
        if kind.upper() == "IGNORE":
            return " ON CONFLICT DO NOTHING"
        key = self.primary_keys.get(table)
        if not key:
            raise StorageError(f"INSERT OR REPLACE INTO {table}: the table has no primary key to upsert on")
        names = [c.strip() for c in cols.split(",")] if cols else list(self.columns.get(table, ()))
        updates = [f"{_quote(c)} = EXCLUDED.{_quote(c)}" for c in names if c not in key]
        if table in ROWID_TABLES:
            updates.append("rowid = DEFAULT")
        if not updates:
            return f" ON CONFLICT ({', '.join(map(_quote, key))}) DO NOTHING"
        return f" ON CONFLICT ({', '.join(map(_quote, key))}) DO UPDATE SET {', '.join(updates)}"


def _quote(name: str) -> str:
    return f'"{name}"' if name == "end" else name


@lru_cache(maxsize=4096)
def _rewrite(sql: str) -> tuple[str, tuple[str, str, str | None] | None]:
    """Placeholders, identifiers and functions rewritten; the INSERT OR kind, table and columns if any."""
    upsert = None
    if m := _INSERT_OR.match(sql):
        upsert = (m.group(1), m.group(2), m.group(4))
        sql = f"INSERT INTO {m.group(2)}" + (f" ({m.group(4)})" if m.group(3) else "") + sql[m.end() :]
    masked, literals = _mask_literals(sql)
    masked = _functions(_END.sub('"end"', masked.replace("%", "%%").replace("?", "%s")))
    return _unmask(masked, literals, "%%"), upsert


def _translate(dialect: PostgresDialect, sql: str) -> str:
    text, upsert = _rewrite(sql)
    if upsert is None:
        return text
    clause = dialect._upsert(*upsert)
    if m := _RETURNING.search(text):
        return text[: m.start()] + clause + text[m.start() :]
    return text.rstrip().rstrip(";") + clause


_TYPES = (
    (re.compile(r"\bINTEGER\s+PRIMARY\s+KEY\b", re.IGNORECASE), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b", re.IGNORECASE), "BIGINT"),
    (re.compile(r"\bREAL\b", re.IGNORECASE), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.IGNORECASE), "BYTEA"),
    # SQLite compares text byte by byte; the "C" collation does the same whatever locale the server has, so
    # ORDER BY and ties break alike on both stores
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),
)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\(", re.IGNORECASE)


def migration_statements(statements: list[str]) -> list[str]:
    """A migration's SQLite DDL as PostgreSQL DDL (run with no parameters: `%` stays as it is)."""
    out: list[str] = []
    for sql in statements:
        if re.match(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+articles_fts\b", sql, re.IGNORECASE):
            out += [_FTS_TABLE, _FTS_INDEX]
            continue
        if re.match(r"^\s*CREATE\s+VIRTUAL\s+TABLE", sql, re.IGNORECASE):
            raise StorageError(f"no PostgreSQL form for the virtual table in {sql[:80]!r}; add one to store/dialect.py")
        masked, literals = _mask_literals(sql)
        for pattern, repl in _TYPES:
            masked = pattern.sub(repl, masked)
        sql = _unmask(_END.sub('"end"', masked), literals, "%")
        if (m := _CREATE_TABLE.match(sql)) and m.group(1) in ROWID_TABLES:
            sql = sql[: m.end()] + "\n    rowid BIGINT GENERATED BY DEFAULT AS IDENTITY," + sql[m.end() :]
        out.append(sql)
    return out
