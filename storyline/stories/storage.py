"""Story state in the store: features per article, assignments, and the in-memory clusterer cache.

The clusterer's state is rebuilt from `story_features` + `story_members` once per process and kept
while the store's `stories.generation` meta value says nobody else changed it, so each ingest batch
costs only its own articles.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import numpy as np

from storyline.errors import StorylineError
from storyline.model import Article
from storyline.store import Store
from storyline.stories.cluster import Assignment, Cluster, Clusterer, Weights
from storyline.stories.features import StoryFeatures, article_keys, fold_key, vector_text

_GENERATION = "stories.generation"
_CACHE: dict[str, tuple[str, Clusterer]] = {}


def now_iso() -> str:
    """The current UTC time as ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def entity_counts(store: Store, article_id: str) -> list[tuple[str, int]]:
    """Linked canonical entities of an article, when the entities step has run (else empty)."""
    try:
        from storyline.entities import article_entities
    except ImportError:
        return []
    try:
        return [(str(e), int(n)) for e, n in article_entities(store, article_id)]
    except StorylineError:  # entities not linked for this article (yet): names still come from mentions
        return []


def entity_counts_many(store: Store, article_ids: list[str]) -> dict[str, list[tuple[str, int]]]:
    """`entity_counts` of many articles in a few queries (same order: most mentioned first, then first seen)."""
    out: dict[str, list[tuple[str, int]]] = {}
    try:
        for i in range(0, len(article_ids), 500):  # SQLite caps the number of ? placeholders
            chunk = article_ids[i : i + 500]
            rows = store.query(
                "SELECT article_id, entity_id, count(*) AS n, min(start) AS first FROM entity_mentions "
                f"WHERE article_id IN ({','.join('?' * len(chunk))}) "
                "GROUP BY article_id, entity_id ORDER BY article_id, n DESC, first",
                chunk,
            )
            for r in rows:
                out.setdefault(r["article_id"], []).append((str(r["entity_id"]), int(r["n"])))
    except StorylineError:  # no entity tables in this store: names come from mentions
        return {}
    return out


def mention_counts(article: Article) -> list[tuple[str, int]]:
    """Mention lemmas of an article (before cross-document linking), as folded entity-like keys."""
    counts: Counter[str] = Counter()
    for span in article.spans("mention"):
        lemma = span.attrs.get("lemma") or span.text_of(article.text)
        eid = span.attrs.get("entity_id")
        if eid:
            counts[str(eid)] += 1
        elif lemma:
            counts["~" + " ".join(name_keys_text(str(lemma)))] += 1
    return [(k, n) for k, n in counts.items() if k != "~"]


def name_keys_text(lemma: str) -> list[str]:
    """Folded keys of every word of a name (sentence position ignored)."""
    return [fold_key(w) for w in lemma.split() if len(fold_key(w)) >= 3]


def features_of(article: Article, store: Store | None = None) -> StoryFeatures:
    """Story features of one analysed article (vector, keys, time, language, outlet, title)."""
    linked = entity_counts(store, article.id) if store is not None else []
    return features_from_text(
        article.id,
        article.title,
        article.text,
        published=article.published.value,
        language=article.language,
        outlet=article.outlet,
        entities=linked or mention_counts(article),
    )


def features_from_text(
    article_id: str,
    title: str | None,
    text: str,
    *,
    published: datetime | None = None,
    language: str | None = None,
    outlet: str | None = None,
    entities: list[tuple[str, int]] | None = None,
) -> StoryFeatures:
    """Story features from raw fields (used by the corpus step and by the evaluations)."""
    from storyline.stories.embed import embed_texts

    vec = embed_texts([vector_text(title, text)])[0]
    keys = article_keys(title, text, entities)
    return StoryFeatures(article_id, vec, keys, published=published, language=language, outlet=outlet, title=title)


# Features computed next to the analysis (ingest's worker processes), waiting for the stories step of this
# process: store location -> article id -> (vector, text keys, mention keys). Bounded: an entry is
# dropped when the step uses it, and the whole map when it grows past a long run's worth.
_PREPARED: dict[str, dict[str, tuple[np.ndarray, dict[str, float], list[tuple[str, int]]]]] = {}
PREPARED_MAX = 50_000


def prepare_features(article: Article) -> tuple[np.ndarray, dict[str, float], list[tuple[str, int]]]:
    """What the stories step needs of an analysed article that no other article changes (ingest workers run it).

    The vector and the text keys depend on this article alone; only its linked entities (the entities
    corpus step) are added later, by `features_of`.
    """
    f = features_from_text(article.id, article.title, article.text, entities=[])
    return f.vector, f.keys, mention_counts(article)


def remember_features(
    store: Store, article_id: str, prepared: tuple[np.ndarray, dict[str, float], list[tuple[str, int]]]
) -> None:
    """Keep features prepared by `prepare_features` for the stories step of this process."""
    table = _PREPARED.setdefault(store.location, {})
    if len(table) >= PREPARED_MAX:
        table.clear()  # never used (stories step not run): recomputed from the store when needed
    table[article_id] = prepared


def features_of_row(
    store: Store, row: dict[str, Any], linked: list[tuple[str, int]] | None = None
) -> StoryFeatures | None:
    """Story features from prepared parts plus the linked entities (None when nothing was prepared).

    `linked`: the article's `entity_counts` when the caller read them in bulk (`entity_counts_many`).
    """
    prepared = _PREPARED.get(store.location, {}).pop(row["id"], None)
    if prepared is None:
        return None
    vector, keys, mentions = prepared
    if linked is None:
        linked = entity_counts(store, row["id"])
    keys = {**keys, **article_keys(None, "", linked or mentions)}
    return StoryFeatures(
        row["id"],
        vector,
        keys,
        published=_dt(row["published_at"]),
        language=row["language"],
        outlet=row["outlet"],
        title=row["title"],
    )


def save_features(store: Store, feats: list[StoryFeatures]) -> None:
    """Persist features as int8 vectors with a scale (a quarter of float32)."""
    rows = []
    for f in feats:
        scale = float(np.abs(f.vector).max()) / 127.0 or 1.0
        q = np.round(f.vector / scale).clip(-127, 127).astype(np.int8)
        rows.append(
            (
                f.article_id,
                q.tobytes(),
                scale,
                json.dumps(f.keys, ensure_ascii=False),
                _iso(f.published),
                f.language,
                f.outlet,
                f.title,
            )
        )
    store.executemany(
        "INSERT OR REPLACE INTO story_features (article_id, vector, scale, keys, published_at, language, outlet, title) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def load_features(store: Store, ids: list[str] | None = None) -> dict[str, StoryFeatures]:
    """Stored features (all, or of the given ids)."""
    sql = "SELECT * FROM story_features"
    if ids is None:
        rows = store.query(sql)
    else:
        rows = []
        for i in range(0, len(ids), 500):  # SQLite caps the number of ? placeholders
            chunk = ids[i : i + 500]
            rows += store.query(sql + f" WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
    out = {}
    for r in rows:
        vec = np.frombuffer(r["vector"], dtype=np.int8).astype(np.float32) * float(r["scale"])
        n = float(np.linalg.norm(vec))
        out[r["article_id"]] = StoryFeatures(
            r["article_id"],
            vec / n if n else vec,
            json.loads(r["keys"]),
            published=_dt(r["published_at"]),
            language=r["language"],
            outlet=r["outlet"],
            title=r["title"],
        )
    return out


def load_clusterer(store: Store, dim: int, weights: Weights | None = None) -> Clusterer:
    """The clusterer state of a store (cached per process while the store's generation is unchanged)."""
    generation = store.get_meta(_GENERATION) or "0"
    cached = _CACHE.get(store.location)
    if cached and cached[0] == generation and (weights is None or cached[1].w == weights):
        return cached[1]
    cl = Clusterer(dim, weights)
    feats = load_features(store)
    members = store.query(
        "SELECT m.article_id, m.storyline_id, m.event_id, s.locked AS s_locked, e.locked AS e_locked "
        "FROM story_members m JOIN storylines s ON s.id = m.storyline_id JOIN story_events e ON e.id = m.event_id "
        "ORDER BY m.published_at IS NULL, m.published_at, m.article_id"
    )
    for r in members:
        f = feats.get(r["article_id"])
        if f is None:
            continue
        cl.stats.add(f.keys)
        sid, eid = r["storyline_id"], r["event_id"]
        story = cl.storylines.get(sid)
        if story is None:
            story = cl.storylines[sid] = Cluster(sid, np.zeros(dim, dtype=np.float32), locked=bool(r["s_locked"]))
            cl.events_of[sid] = []
        event = cl.events.get(eid)
        if event is None:
            event = cl.events[eid] = Cluster(
                eid, np.zeros(dim, dtype=np.float32), parent=sid, locked=bool(r["e_locked"])
            )
            cl.events_of[sid].append(eid)
        vec = cl.centred(f)
        story.add(f, cl.w.key_profile, vec)
        event.add(f, cl.w.key_profile, vec)
        cl.member_of[f.article_id] = (sid, eid)
        for key in f.keys:
            posting = cl.postings.setdefault(key, [])
            if not posting or posting[-1] != sid:
                posting.append(sid)
    for story in cl.storylines.values():
        cl._index_put(story)
    _CACHE[store.location] = (generation, cl)
    return cl


def bump_generation(store: Store, cl: Clusterer) -> None:
    """Mark the stored state changed, and keep this process's clusterer as the current one."""
    generation = str(int(store.get_meta(_GENERATION) or "0") + 1)
    store.set_meta(_GENERATION, generation)
    _CACHE[store.location] = (generation, cl)


def forget_cache(store: Store) -> None:
    """Drop the in-memory state (after corrections that change clusters outside the clusterer)."""
    _CACHE.pop(store.location, None)


def save_assignments(store: Store, cl: Clusterer, done: list[Assignment], feats: dict[str, StoryFeatures]) -> None:
    """Write members and the touched events and storylines."""
    stamp = now_iso()
    store.executemany(
        "INSERT OR REPLACE INTO story_members (article_id, storyline_id, event_id, similarity, assigned_by, published_at, assigned_at) "
        "VALUES (?, ?, ?, ?, 'auto', ?, ?)",
        [
            (a.article_id, a.storyline_id, a.event_id, a.similarity, _iso(feats[a.article_id].published), stamp)
            for a in done
        ],
    )
    merged = [(dst, src) for a in done for src in a.merged_events for dst in [a.event_id]]
    for dst, src in merged:
        store.execute("UPDATE story_members SET event_id = ? WHERE event_id = ?", (dst, src))
        store.execute("DELETE FROM story_events WHERE id = ?", (src,))
    for a in done:
        for src in a.merged_storylines:
            store.execute("UPDATE story_members SET storyline_id = ? WHERE storyline_id = ?", (a.storyline_id, src))
            store.execute("UPDATE story_events SET storyline_id = ? WHERE storyline_id = ?", (a.storyline_id, src))
            store.execute("DELETE FROM storylines WHERE id = ?", (src,))
    touched_stories = {cl.member_of[a.article_id][0] for a in done}
    touched_events = {cl.member_of[a.article_id][1] for a in done}
    store.executemany(
        "INSERT INTO storylines (id, first_seen, last_seen, n_articles, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
        "n_articles = excluded.n_articles, updated_at = excluded.updated_at",
        [
            (s.id, _iso(s.first), _iso(s.last), len(s.members), stamp)
            for s in (cl.storylines[sid] for sid in touched_stories)
        ],
    )
    store.executemany(
        "INSERT INTO story_events (id, storyline_id, first_seen, last_seen, n_articles) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET storyline_id = excluded.storyline_id, first_seen = excluded.first_seen, "
        "last_seen = excluded.last_seen, n_articles = excluded.n_articles",
        [
            (e.id, e.parent, _iso(e.first), _iso(e.last), len(e.members))
            for e in (cl.events[eid] for eid in touched_events if eid in cl.events)
        ],
    )
