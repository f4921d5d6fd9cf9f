"""Search: full-text hits, then the articles that name the same entity in a spelling the text search misses.

Folding and stem prefixes find "Zelenski" as Zełenski, Zelensky and Зеленский, but transliterations can
share no stem: Ukrainian-style "Hrytsenko", Russian "Гриценко" (gritsenko), German "Hryzenko", Polish
"Hryćenki". Where the query is a name the entities step linked across languages, every article that
mentions that entity is a hit as well, its snippet cut around the mention, ranked after the text hits.
"""

from __future__ import annotations

from typing import Any

from storyline.store import SearchHit, Store
from storyline.store.fold import highlight, inflection_tolerant


def search_articles(
    store: Store, query: str, *, language: str | None = None, exact: bool = False, limit: int = 20
) -> list[SearchHit]:
    """Articles matching `query`: full-text hits (word endings vary unless `exact`), then articles naming the
    entity the query names (any language's spelling), at most `limit`."""
    hits = store.search(query if exact else inflection_tolerant(query), limit=limit, language=language)
    if exact or len(hits) >= limit or not _plain_name(query):
        return hits
    seen = {h.article_id for h in hits}
    floor = min((h.score for h in hits), default=0.0)
    for rank, row in enumerate(_entity_mentions(store, query, language, seen, limit - len(hits))):
        snippet = highlight(row["text"], row["surface"]) or row["surface"]
        hits.append(
            SearchHit(
                row["id"], row["title"], row["language"], row["outlet"], row["published_at"], snippet, floor - 1 - rank
            )
        )
    return hits


def _plain_name(query: str) -> bool:
    """A query of plain words, one to four of them (no phrase, prefix or operator syntax)."""
    words = query.split()
    return 0 < len(words) <= 4 and not any(c in query for c in '"*():')


def _entity_mentions(
    store: Store, query: str, language: str | None, skip: set[str], limit: int
) -> list[dict[str, Any]]:
    """One row per article mentioning the entity `query` names best (with its first mention's surface)."""
    try:
        from storyline.entities.db import find_entities
    except ImportError:  # the entities step is not installed
        return []
    found = find_entities(store, query)
    if not found or limit <= 0:
        return []
    first: dict[str, str] = {}
    for m in store.query(
        "SELECT article_id, surface FROM entity_mentions WHERE entity_id = ? ORDER BY article_id, start", (found[0],)
    ):
        if m["article_id"] not in skip:
            first.setdefault(m["article_id"], m["surface"])
    ids = list(first)
    rows: list[dict[str, Any]] = []
    for i in range(0, len(ids), 500):  # SQLite caps the number of ? placeholders
        chunk = ids[i : i + 500]
        rows += store.query(
            "SELECT id, title, language, outlet, published_at, text FROM articles WHERE id IN "
            f"({','.join('?' * len(chunk))})",
            chunk,
        )
    rows = [dict(r, surface=first[r["id"]]) for r in rows if not language or r["language"] == language]
    rows.sort(key=lambda r: (str(r["published_at"] or ""), r["id"]), reverse=True)
    return rows[:limit]
