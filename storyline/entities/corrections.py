"""Analyst corrections that stick: merge, split and rename entities.

Corrections act on the key table the linker reads (`entity_keys`), so they hold for articles that
arrive later: after `merge A B`, every name that led to B leads to A; after `split`, the split-off
names are pinned to the new entity and the pair is blocked from being joined again; a renamed entity
keeps its name however its mentions change. Every correction is logged in `entity_corrections`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from storyline.entities.db import resolve_entity_id
from storyline.entities.keys import _mention_keys
from storyline.entities.link import _new_id, _rewrite_layers, refresh_entities
from storyline.errors import NotFound
from storyline.store.fold import fold

if TYPE_CHECKING:
    from storyline.store import Store


def _log(store: Store, action: str, **args: object) -> None:
    store.execute(
        "INSERT INTO entity_corrections (action, args, at) VALUES (?, ?, ?)",
        (action, json.dumps(args, ensure_ascii=False), datetime.now(UTC).isoformat()),
    )


def merge(store: Store, keep: str, other: str) -> str:
    """Merge entity `other` into `keep`; returns the surviving id."""
    a, b = resolve_entity_id(store, keep), resolve_entity_id(store, other)
    if a == b:
        return a
    with store.atomic():
        store.execute("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", (a, b))
        store.execute(
            "INSERT OR IGNORE INTO entity_keys (key, entity_id, kind) SELECT key, ?, kind FROM entity_keys WHERE entity_id = ?",
            (a, b),
        )
        store.execute("DELETE FROM entity_keys WHERE entity_id = ?", (b,))
        store.execute("DELETE FROM entity_blocks WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)", (a, b, b, a))
        store.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?", (a, b))
        store.execute("INSERT OR REPLACE INTO entity_aliases (old_id, entity_id) VALUES (?, ?)", (b, a))
        store.execute("DELETE FROM entities WHERE id = ?", (b,))
        _rewrite_layers(store, {a})
        refresh_entities(store, {a})
        _log(store, "merge", keep=a, merged=b)
    return a


def split(store: Store, entity: str, forms: list[str]) -> str:
    """Move the mentions of `entity` spelled as one of `forms` to a new entity; returns its id."""
    eid = resolve_entity_id(store, entity)
    wanted = {fold(f) for f in forms}
    rows = store.query(
        "SELECT article_id, start, end, surface, lemma, lang, type FROM entity_mentions WHERE entity_id = ?", (eid,)
    )
    moving = [r for r in rows if fold(r["surface"]) in wanted or fold(r["lemma"]) in wanted]
    if not moving:
        raise NotFound(f"entity {eid} has no mention spelled {forms}; see its variants with `storyline entity {eid}`")
    if len(moving) == len(rows):
        raise NotFound(f"every mention of {eid} matches {forms}; a split must leave some behind (use rename instead)")
    with store.atomic():
        kind = moving[0]["type"]
        new = _new_id(store, kind, moving[0]["lemma"])
        store.execute(
            "INSERT INTO entities (id, name, type, pinned_name, created_at) VALUES (?, ?, ?, 0, ?)",
            (new, moving[0]["lemma"], kind, datetime.now(UTC).isoformat()),
        )
        for r in moving:
            store.execute(
                "UPDATE entity_mentions SET entity_id = ?, pinned = 1 WHERE article_id = ? AND start = ? AND end = ?",
                (new, r["article_id"], r["start"], r["end"]),
            )
        # the split-off spellings now lead to the new entity only, and stay there (kind 'pinned')
        for r in moving:
            for key in _mention_keys(r["lemma"], r["surface"], r["type"], r["lang"]):
                if key.startswith("a:"):
                    continue
                store.execute("DELETE FROM entity_keys WHERE key = ?", (key,))
                store.execute(
                    "INSERT OR IGNORE INTO entity_keys (key, entity_id, kind) VALUES (?, ?, 'pinned')", (key, new)
                )
        store.execute("INSERT OR IGNORE INTO entity_blocks (a, b) VALUES (?, ?)", (eid, new))
        _rewrite_layers(store, {eid, new})
        refresh_entities(store, {eid, new})
        _log(store, "split", entity=eid, new=new, forms=forms)
    return new


def rename(store: Store, entity: str, name: str) -> str:
    """Give an entity a fixed canonical name (kept when more articles arrive)."""
    eid = resolve_entity_id(store, entity)
    if not name.strip():
        raise NotFound(f'an empty name for {eid}; pass the new name in quotes, e.g. "Volodymyr Zelensky"')
    with store.atomic():
        store.execute("UPDATE entities SET name = ?, pinned_name = 1 WHERE id = ?", (name.strip(), eid))
        _log(store, "rename", entity=eid, name=name.strip())
    return eid


def corrections(store: Store) -> list[dict[str, object]]:
    """The correction log, oldest first."""
    rows = store.query("SELECT id, action, args, at FROM entity_corrections ORDER BY id")
    return [{"id": r["id"], "action": r["action"], "at": r["at"], **json.loads(r["args"])} for r in rows]
