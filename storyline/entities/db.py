"""Reading the entity tables: the public helpers other stages call (`entity_at`, `get_entity`, ...)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.errors import NotFound
from storyline.store.fold import fold

if TYPE_CHECKING:
    from storyline.store import Store


@dataclass
class Entity:
    """A canonical entity: its name, type, spellings by language, and where it is mentioned."""

    id: str
    name: str
    type: str
    variants: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # lang → [(form, count)]
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (article_id, start, end)
    confidence: float = 1.0  # the weakest link that joined a mention to it

    @property
    def articles(self) -> list[str]:
        """Ids of the articles that mention it, in first-seen order."""
        return list(dict.fromkeys(a for a, _, _ in self.mentions))

    @property
    def mention_count(self) -> int:
        """How many mentions it has."""
        return len(self.mentions)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": self.mention_count,
            "articles": self.articles,
            "confidence": round(self.confidence, 3),
            "variants": {lang: [{"form": f, "count": n} for f, n in forms] for lang, forms in self.variants.items()},
        }


def resolve_entity_id(store: Store, entity_id: str) -> str:
    """The current id of an entity (following merges); raises NotFound."""
    seen = set()
    current = entity_id
    while current not in seen:
        seen.add(current)
        if store.query("SELECT 1 FROM entities WHERE id = ?", (current,)):
            return current
        rows = store.query("SELECT entity_id FROM entity_aliases WHERE old_id = ?", (current,))
        if not rows:
            break
        current = rows[0]["entity_id"]
    raise NotFound(f"no entity {entity_id!r}; list entities with `storyline entities`")


def get_entity(store: Store, entity_id: str) -> Entity:
    """The entity with this id (or an id merged into it): canonical name, type, variants by language."""
    eid = resolve_entity_id(store, entity_id)
    row = store.query("SELECT id, name, type FROM entities WHERE id = ?", (eid,))[0]
    rows = store.query(
        "SELECT article_id, start, end, surface, lemma, lang, confidence FROM entity_mentions "
        "WHERE entity_id = ? ORDER BY article_id, start",
        (eid,),
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        counts[r["lang"] or "und"][r["surface"]] += 1
    variants = {lang: sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])) for lang, forms in sorted(counts.items())}
    return Entity(
        id=eid,
        name=row["name"],
        type=row["type"],
        variants=variants,
        mentions=[(r["article_id"], r["start"], r["end"]) for r in rows],
        confidence=min((float(r["confidence"]) for r in rows), default=1.0),
    )


def entity_names(store: Store, entity_id: str) -> tuple[str, str, list[str]]:
    """(id, canonical name, every distinct spelling) of the entity with this id (or an id merged into it): what a
    listing needs to show and match a speaker, without `get_entity`'s every mention (thousands for a head of state)."""
    eid = resolve_entity_id(store, entity_id)
    name = str(store.query("SELECT name FROM entities WHERE id = ?", (eid,))[0]["name"])
    rows = store.query("SELECT DISTINCT surface FROM entity_mentions WHERE entity_id = ? ORDER BY surface", (eid,))
    return eid, name, [str(r["surface"]) for r in rows]


def entity_at(store: Store, article_id: str, start: int, end: int) -> str | None:
    """Id of the entity whose mention overlaps `[start, end)` in the article most (None if none)."""
    rows = store.query(
        "SELECT start, end, entity_id FROM entity_mentions WHERE article_id = ? AND start < ? AND end > ?",
        (article_id, end, start),
    )
    if not rows:
        return None
    best = max(rows, key=lambda r: (min(end, r["end"]) - max(start, r["start"]), -r["start"]))
    return str(best["entity_id"])


def article_entities(store: Store, article_id: str) -> list[tuple[str, int]]:
    """(entity id, mention count) of one article, most mentioned first."""
    rows = store.query(
        "SELECT entity_id, count(*) AS n, min(start) AS first FROM entity_mentions WHERE article_id = ? "
        "GROUP BY entity_id ORDER BY n DESC, first",
        (article_id,),
    )
    return [(str(r["entity_id"]), int(r["n"])) for r in rows]


def find_entities(store: Store, query: str) -> list[str]:
    """Ids of entities whose id, name or any spelling matches `query` (case, accents and script folded)."""
    try:
        return [resolve_entity_id(store, query)]
    except NotFound:
        pass
    key = fold(query)
    if not key:
        return []
    hits: dict[str, int] = {}
    for r in store.query("SELECT id, name FROM entities"):
        if fold(r["name"]) == key:
            hits[r["id"]] = 10**9
    for r in store.query(
        "SELECT entity_id, surface, lemma, count(*) AS n FROM entity_mentions GROUP BY entity_id, surface, lemma"
    ):
        if key in (fold(r["surface"]), fold(r["lemma"])):
            hits[r["entity_id"]] = hits.get(r["entity_id"], 0) + int(r["n"])
    return sorted(hits, key=lambda e: -hits[e])
