"""Consolidate the stored storylines of a period: the batch pass of `consolidate.py`, run on the store.

Streaming leaves one story in fragments and lets a few articles join the wrong storyline; once a period
is whole, each article's nearest articles say better where it belongs (`storyline.stories.consolidate`).
This module runs that pass over the articles a store placed automatically in a period and writes its
merges and moves back: members, events and storylines. Storylines an analyst corrected are locked and
take no part, so a correction still holds after the pass. Ingest runs it at the end of a bulk run
(`settings.stories_consolidate_after` articles or more), `storyline story recluster` after re-streaming.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from storyline.stories.consolidate import ConsolidateParams, consolidate
from storyline.stories.storage import bump_generation, forget_cache, load_clusterer, load_features, now_iso

if TYPE_CHECKING:
    from storyline.store import Store


@dataclass(frozen=True)
class Consolidated:
    """What a pass changed: storylines merged into others, and articles that changed storyline."""

    articles: int
    merged: int
    moved: int


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def period_ids(store: Store, since: datetime | None, until: datetime | None) -> list[str]:
    """Articles placed automatically in unlocked storylines, published in the period, in publication order."""
    clauses, params = ["m.assigned_by = 'auto'", "s.locked = 0"], []
    if since is not None:
        clauses.append("m.published_at >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append("m.published_at <= ?")
        params.append(until.isoformat())
    rows = store.query(
        "SELECT m.article_id FROM story_members m JOIN storylines s ON s.id = m.storyline_id WHERE "
        + " AND ".join(clauses)
        + " ORDER BY m.published_at IS NULL, m.published_at, m.article_id",
        params,
    )
    return [r["article_id"] for r in rows]


def consolidate_period(
    store: Store,
    since: datetime | None = None,
    until: datetime | None = None,
    params: ConsolidateParams | None = None,
) -> Consolidated:
    """Run the batch consolidation pass over the automatically placed articles of a period and save it."""
    from storyline.stories.embed import embedding_dim

    ids = period_ids(store, since, until)
    if len(ids) < 2:
        return Consolidated(len(ids), 0, 0)
    cl = load_clusterer(store, embedding_dim())
    feats_by_id = load_features(store, ids)
    feats = [feats_by_id[i] for i in ids if i in feats_by_id]
    before = dict(cl.member_of)
    try:
        merges = consolidate(cl, feats, params)
        changed = {a: where for a, where in cl.member_of.items() if before.get(a) != where}
        if not changed:
            return Consolidated(len(feats), 0, 0)
        stories = {where[0] for where in changed.values()} | {before[a][0] for a in changed if a in before}
        with store.atomic():
            store.executemany(
                "UPDATE story_members SET storyline_id = ?, event_id = ? WHERE article_id = ?",
                [(sid, eid, a) for a, (sid, eid) in changed.items()],
            )
            live = [s for s in stories if s in cl.storylines]
            events = [cl.events[e] for s in live for e in cl.events_of.get(s, []) if e in cl.events]
            store.executemany(
                "INSERT INTO story_events (id, storyline_id, first_seen, last_seen, n_articles) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET storyline_id = excluded.storyline_id, first_seen = excluded.first_seen, "
                "last_seen = excluded.last_seen, n_articles = excluded.n_articles",
                [(e.id, e.parent, _iso(e.first), _iso(e.last), len(e.members)) for e in events],
            )
            stamp = now_iso()
            store.executemany(
                "INSERT INTO storylines (id, first_seen, last_seen, n_articles, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
                "n_articles = excluded.n_articles, updated_at = excluded.updated_at",
                [(s.id, _iso(s.first), _iso(s.last), len(s.members), stamp) for s in (cl.storylines[x] for x in live)],
            )
            gone = [s for s in stories if s not in cl.storylines]
            store.executemany(
                "DELETE FROM story_events WHERE storyline_id = ? AND id NOT IN "
                "(SELECT DISTINCT event_id FROM story_members WHERE storyline_id = ?)",
                [(s, s) for s in stories],
            )
            store.executemany("DELETE FROM storylines WHERE id = ? AND locked = 0", [(s,) for s in gone])
            bump_generation(store, cl)
    except BaseException:
        forget_cache(store)  # the cached clusterer holds the pass's changes: reload it from the store
        raise
    moved = sum(1 for a, (sid, _) in changed.items() if a in before and before[a][0] != sid)
    return Consolidated(len(feats), len(merges), moved)
