"""Analyst corrections: merge storylines, split articles off, move an article. They stick.

Each correction is recorded in `story_corrections`, marks the storylines it touches as locked and the
articles it places as `assigned_by = 'analyst'`; automatic runs (streaming and `recluster`) never move
those articles or reshuffle locked storylines. New articles may still join a locked storyline.
"""

from __future__ import annotations

import json
from typing import Any

from storyline.errors import NotFound
from storyline.store import Store
from storyline.stories.catalog import resolve_story_id
from storyline.stories.storage import forget_cache, now_iso


def _record(store: Store, kind: str, payload: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO story_corrections (kind, payload, at) VALUES (?, ?, ?)", (kind, json.dumps(payload), now_iso())
    )


def _refresh(store: Store, story_ids: list[str]) -> None:
    """Recompute counts and time ranges of storylines and their events after a correction."""
    for sid in story_ids:
        row = store.query(
            "SELECT COUNT(*) AS n, MIN(published_at) AS f, MAX(published_at) AS l FROM story_members WHERE storyline_id = ?",
            (sid,),
        )[0]
        store.execute(
            "UPDATE storylines SET n_articles = ?, first_seen = ?, last_seen = ?, updated_at = ? WHERE id = ?",
            (row["n"], row["f"], row["l"], now_iso(), sid),
        )
    store.execute(
        "UPDATE story_events SET n_articles = (SELECT COUNT(*) FROM story_members m WHERE m.event_id = story_events.id)"
    )
    store.execute("DELETE FROM story_events WHERE n_articles = 0")
    store.set_meta("stories.generation", str(int(store.get_meta("stories.generation") or "0") + 1))
    forget_cache(store)


def _member(store: Store, article_id: str) -> dict[str, Any]:
    rows = store.query(
        "SELECT * FROM story_members WHERE article_id = ? OR article_id LIKE ?", (article_id, article_id + "%")
    )
    if len(rows) != 1:
        raise NotFound(
            f"article {article_id!r} is in no story (or the prefix is ambiguous); see `storyline stories --json`"
        )
    return rows[0]


def merge_stories(store: Store, source_id: str, target_id: str) -> str:
    """Merge storyline `source_id` into `target_id` (events kept); returns the target id."""
    src, dst = resolve_story_id(store, source_id), resolve_story_id(store, target_id)
    if src == dst:
        return dst
    with store.atomic():
        store.execute(
            "UPDATE story_members SET storyline_id = ?, assigned_by = 'analyst' WHERE storyline_id = ?", (dst, src)
        )
        store.execute("UPDATE story_events SET storyline_id = ?, locked = 1 WHERE storyline_id = ?", (dst, src))
        store.execute("UPDATE storylines SET merged_into = ?, locked = 1, n_articles = 0 WHERE id = ?", (dst, src))
        store.execute("UPDATE storylines SET locked = 1 WHERE id = ?", (dst,))
        _record(store, "merge", {"source": src, "target": dst})
        _refresh(store, [dst, src])
    return dst


def split_story(store: Store, story_id: str, article_ids: list[str]) -> str:
    """Move the given articles of a storyline into a new storyline (one new event); returns its id."""
    sid = resolve_story_id(store, story_id)
    members = [_member(store, a) for a in article_ids]
    wrong = [m["article_id"] for m in members if m["storyline_id"] != sid]
    if wrong:
        raise NotFound(f"articles {wrong} are not in story {sid}; check `storyline story {sid}`")
    new_id = f"s{members[0]['article_id'][:12]}-split"
    n = 1
    while store.query("SELECT 1 FROM storylines WHERE id = ?", (new_id,)):
        n += 1
        new_id = f"s{members[0]['article_id'][:12]}-split{n}"
    event_id = "e" + new_id[1:]
    with store.atomic():
        store.execute(
            "INSERT INTO storylines (id, locked, updated_at) VALUES (?, 1, ?)",
            (new_id, now_iso()),
        )
        store.execute("INSERT INTO story_events (id, storyline_id, locked) VALUES (?, ?, 1)", (event_id, new_id))
        store.executemany(
            "UPDATE story_members SET storyline_id = ?, event_id = ?, assigned_by = 'analyst' WHERE article_id = ?",
            [(new_id, event_id, m["article_id"]) for m in members],
        )
        store.execute("UPDATE storylines SET locked = 1 WHERE id = ?", (sid,))
        _record(store, "split", {"source": sid, "target": new_id, "articles": [m["article_id"] for m in members]})
        _refresh(store, [sid, new_id])
    return new_id


def move_article(store: Store, article_id: str, story_id: str, event_id: str | None = None) -> str:
    """Move one article into another storyline (its latest event, or `event_id`); returns the event id."""
    member = _member(store, article_id)
    dst = resolve_story_id(store, story_id)
    if event_id is None:
        rows = store.query(
            "SELECT id FROM story_events WHERE storyline_id = ? ORDER BY last_seen IS NULL, last_seen DESC LIMIT 1",
            (dst,),
        )
        event_id = rows[0]["id"] if rows else None
    elif not store.query("SELECT 1 FROM story_events WHERE id = ? AND storyline_id = ?", (event_id, dst)):
        raise NotFound(f"event {event_id!r} is not part of story {dst}; see `storyline story {dst} --json`")
    with store.atomic():
        if event_id is None:
            event_id = "e" + dst[1:] + "-moved"
            store.execute("INSERT INTO story_events (id, storyline_id, locked) VALUES (?, ?, 1)", (event_id, dst))
        store.execute(
            "UPDATE story_members SET storyline_id = ?, event_id = ?, assigned_by = 'analyst' WHERE article_id = ?",
            (dst, event_id, member["article_id"]),
        )
        store.execute("UPDATE storylines SET locked = 1 WHERE id IN (?, ?)", (dst, member["storyline_id"]))
        _record(
            store,
            "move",
            {"article": member["article_id"], "from": member["storyline_id"], "to": dst, "event": event_id},
        )
        _refresh(store, [dst, member["storyline_id"]])
    return event_id
