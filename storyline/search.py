"""Search: full-text hits, then the articles that name the same entity in a spelling the text search misses.

Folding and stem prefixes find "Zelenski" as Zełenski, Zelensky and Зеленский, but transliterations can
share no stem: Ukrainian-style "Hrytsenko", Russian "Гриценко" (gritsenko), German "Hryzenko", Polish
"Hryćenki". Where the text hits hold a mention of a linked entity spelled as the query is, every article
that mentions that entity is a hit as well, its snippet cut around the mention, ranked after the text hits.
Only the hit articles' mentions and the entity's own rows are read (both indexed), so the cost does not grow
with the store.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from storyline.store import SearchHit, Store
from storyline.store.fold import fold, highlight, inflection_tolerant

# Text hits whose mentions are read to find the entity the query names.
HITS_READ = 50
# SQLite caps the number of ? placeholders in one statement.
CHUNK = 500


def search_articles(
    store: Store, query: str, *, language: str | None = None, exact: bool = False, limit: int = 20
) -> list[SearchHit]:
    """Articles matching `query`: full-text hits (word endings vary unless `exact`), then articles naming the
    entity the query names (any language's spelling), at most `limit`."""
    tolerant = inflection_tolerant(query)
    hits = store.search(query if exact else tolerant, limit=limit, language=language)
    if exact or len(hits) >= limit or not _plain_name(query):
        return hits
    # The entity is found in the text hits of every language: "Hrytsenko" with --lang ru still finds Гриценко.
    seeds = hits if language is None else store.search(tolerant, limit=HITS_READ)
    if not seeds:
        return hits
    entity = _named_entity(store, tolerant.split(), [h.article_id for h in seeds[:HITS_READ]])
    if entity is None:
        return hits
    seen = {h.article_id for h in hits}
    floor = min((h.score for h in hits), default=0.0)
    for rank, row in enumerate(_articles_naming(store, entity, language, seen, limit - len(hits))):
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


def _spelled_as(terms: list[str], name: str) -> bool:
    """Every query term matches a word of `name` as the text search matches it (`stem*` a prefix, else exact)."""
    words = fold(name).split()
    return all(any(w.startswith(t[:-1]) if t.endswith("*") else w == t for w in words) for t in terms)


def _rows(store: Store, sql: str, ids: list[str]) -> list[dict[str, Any]]:
    """`sql` (ending in `IN `) over `ids`, in chunks."""
    rows: list[dict[str, Any]] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        rows += store.query(sql + f"({','.join('?' * len(chunk))})", chunk)
    return rows


def _named_entity(store: Store, terms: list[str], article_ids: list[str]) -> str | None:
    """The linked entity most of the hit articles' mentions spelled as the query belong to (None when none)."""
    mentions = _rows(store, "SELECT entity_id, surface, lemma FROM entity_mentions WHERE article_id IN ", article_ids)
    votes = Counter(
        m["entity_id"] for m in mentions if _spelled_as(terms, m["surface"]) or _spelled_as(terms, m["lemma"])
    )
    return votes.most_common(1)[0][0] if votes else None


def _articles_naming(
    store: Store, entity_id: str, language: str | None, skip: set[str], limit: int
) -> list[dict[str, Any]]:
    """Up to `limit` articles mentioning the entity, newest first, each with its first mention's surface."""
    if limit <= 0:
        return []
    first: dict[str, str] = {}
    for m in store.query(
        "SELECT article_id, surface FROM entity_mentions WHERE entity_id = ? ORDER BY article_id, start", (entity_id,)
    ):
        if m["article_id"] not in skip:
            first.setdefault(m["article_id"], m["surface"])
    meta = _rows(store, "SELECT id, language, published_at FROM articles WHERE id IN ", list(first))
    meta = [r for r in meta if not language or r["language"] == language]
    meta.sort(key=lambda r: (str(r["published_at"] or ""), r["id"]), reverse=True)
    top = [r["id"] for r in meta[:limit]]
    # The text is read only for the articles shown (an entity named in thousands of articles stays cheap).
    rows = {
        r["id"]: r
        for r in _rows(store, "SELECT id, title, language, outlet, published_at, text FROM articles WHERE id IN ", top)
    }
    return [dict(rows[i], surface=first[i]) for i in top if i in rows]
