"""Reading stories back: the `Story` object, listings, and lookups by article."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from storyline.errors import NotFound, StorylineError
from storyline.furniture import furniture_keys, iso_day, line_key, opening
from storyline.store import Store
from storyline.stories.features import lead_of
from storyline.stories.storage import load_features


@dataclass
class StoryMember:
    """One article of a story, with how well it fits its storyline."""

    article_id: str
    event_id: str
    similarity: float
    assigned_by: str
    title: str | None
    language: str | None
    outlet: str | None
    published: str | None


@dataclass
class StoryEvent:
    """One happening inside a storyline and the articles covering it."""

    id: str
    first_seen: str | None
    last_seen: str | None
    article_ids: list[str]


@dataclass
class Story:
    """A storyline: its title, languages, outlets, time span, key entities, events and members."""

    id: str
    title: str
    title_language: str | None
    languages: list[str]
    outlets: list[str]
    first_seen: str | None
    last_seen: str | None
    key_entities: list[str]
    events: list[StoryEvent] = field(default_factory=list)
    members: list[StoryMember] = field(default_factory=list)
    locked: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def story_of_article(store: Store, article_id: str) -> str | None:
    """Id of the storyline an article belongs to (None before the stories step has seen it)."""
    rows = store.query("SELECT storyline_id FROM story_members WHERE article_id = ?", (article_id,))
    return rows[0]["storyline_id"] if rows else None


def event_of_article(store: Store, article_id: str) -> str | None:
    """Id of the event an article belongs to."""
    rows = store.query("SELECT event_id FROM story_members WHERE article_id = ?", (article_id,))
    return rows[0]["event_id"] if rows else None


def articles_of_story(store: Store, story_id: str) -> list[str]:
    """Article ids of a storyline, oldest first; raises `NotFound` for an unknown id."""
    sid = resolve_story_id(store, story_id)
    rows = store.query(
        "SELECT article_id FROM story_members WHERE storyline_id = ? ORDER BY published_at IS NULL, published_at, article_id",
        (sid,),
    )
    return [r["article_id"] for r in rows]


def resolve_story_id(store: Store, story_id: str) -> str:
    """Full id of a storyline from an id or unique prefix (following analyst merges)."""
    rows = store.query(
        "SELECT id, merged_into FROM storylines WHERE id = ? OR id LIKE ? LIMIT 3", (story_id, story_id + "%")
    )
    exact = [r for r in rows if r["id"] == story_id]
    if exact:
        rows = exact
    if len(rows) != 1:
        hint = "it matches several; give more characters" if rows else "list them with `storyline stories`"
        raise NotFound(f"no single story with id {story_id!r}: {hint}")
    row = rows[0]
    return resolve_story_id(store, row["merged_into"]) if row["merged_into"] else str(row["id"])


def _entity_names(store: Store, keys: Counter[str], limit: int) -> list[str]:
    names: list[str] = []
    linked = [k[2:] for k, _ in keys.most_common() if k.startswith("E:") and not k.startswith("E:~")]
    if linked:
        try:
            from storyline.entities import get_entity

            for eid in linked[:limit]:
                try:
                    names.append(str(get_entity(store, eid).name))
                except StorylineError:  # an id the entities tables no longer hold: show it raw
                    names.append(eid)
            return names
        except ImportError:
            return linked[:limit]
    for k, _ in keys.most_common():
        if k.startswith("E:~"):
            names.append(k[3:])
        if len(names) >= limit:
            break
    return names


def get_story(store: Store, story_id: str, lang: str | None = None) -> Story:
    """A storyline with its events and members; the title in `lang` when a member has that language."""
    sid = resolve_story_id(store, story_id)
    srow = store.query("SELECT * FROM storylines WHERE id = ?", (sid,))[0]
    rows = store.query(
        "SELECT m.article_id, m.event_id, m.similarity, m.assigned_by, m.published_at, a.title, a.language, a.outlet, a.text, "
        "a.url "
        "FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.storyline_id = ? "
        "ORDER BY m.published_at IS NULL, m.published_at, m.article_id",
        (sid,),
    )
    feats = load_features(store, [r["article_id"] for r in rows])
    members = [
        StoryMember(
            r["article_id"],
            r["event_id"],
            r["similarity"],
            r["assigned_by"],
            r["title"],
            r["language"],
            r["outlet"],
            r["published_at"],
        )
        for r in rows
    ]
    events: dict[str, StoryEvent] = {}
    for r in rows:
        ev = events.setdefault(r["event_id"], StoryEvent(r["event_id"], r["published_at"], r["published_at"], []))
        ev.article_ids.append(r["article_id"])
        if r["published_at"]:
            ev.first_seen = min(filter(None, [ev.first_seen, r["published_at"]]))
            ev.last_seen = max(filter(None, [ev.last_seen, r["published_at"]]))
    keys: Counter[str] = Counter()
    for f in feats.values():
        keys.update({k: 1 for k in f.keys})
    title, title_lang = _title(rows, feats, lang)
    return Story(
        id=sid,
        title=title,
        title_language=title_lang,
        languages=sorted({r["language"] for r in rows if r["language"]}),
        outlets=sorted({r["outlet"] for r in rows if r["outlet"]}),
        first_seen=srow["first_seen"],
        last_seen=srow["last_seen"],
        key_entities=_entity_names(store, keys, 8),
        events=sorted(events.values(), key=lambda e: (e.first_seen is None, e.first_seen or "")),
        members=members,
        locked=bool(srow["locked"]),
    )


def _title(rows: list[dict[str, Any]], feats: dict[str, Any], lang: str | None) -> tuple[str, str | None]:
    """The most representative headline: the member closest to the centroid, in `lang` if possible."""
    if not rows:
        return "", None
    vecs = [feats[r["article_id"]].vector for r in rows if r["article_id"] in feats]
    centroid = np.sum(vecs, axis=0) if vecs else None
    pool = [r for r in rows if lang and r["language"] == lang] or rows
    titled = [r for r in pool if r["title"]] or pool

    def closeness(r: dict[str, Any]) -> float:
        f = feats.get(r["article_id"])
        return float(f.vector @ centroid) if f is not None and centroid is not None else 0.0

    best = max(titled, key=closeness)
    if best["title"]:
        return best["title"], best["language"]
    pages = [(r["text"], r["url"] or r["article_id"], iso_day(r["published_at"])) for r in rows if r["text"]]
    return _key_phrase(best["text"], furniture_keys(pages), furniture_keys(pages, opening)), best["language"]


def _key_phrase(text: str, furniture: set[str], openings: set[str]) -> str:
    """A headline stand-in for an untitled article: its first line that is no site furniture (a teaser of
    another article the site repeats on every page, `storyline.furniture`) and does not open as the story's
    pages keep opening a line ("Este post es parte de nuestra cobertura especial …"), shortened to 12 words."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    first = next(
        (ln for ln in lines if line_key(ln) not in furniture and opening(ln) not in openings), lines[0] if lines else ""
    )
    words = lead_of(first, 12)
    return words + ("…" if len(first.split()) > 12 else "")


def list_stories(
    store: Store,
    since: datetime | None = None,
    lang: str | None = None,
    limit: int | None = None,
    min_articles: int = 1,
) -> list[Story]:
    """Storylines, most recently active first; `lang` keeps those with an article in that language."""
    clauses: list[str] = ["merged_into IS NULL", "n_articles >= ?"]
    params: list[Any] = [min_articles]
    if since is not None:
        clauses.append("last_seen >= ?")
        params.append(since.isoformat())
    sql = f"SELECT id FROM storylines WHERE {' AND '.join(clauses)} ORDER BY last_seen IS NULL, last_seen DESC, id"
    out = []
    for r in store.query(sql, params):
        story = get_story(store, r["id"], lang)
        if lang and lang not in story.languages:
            continue
        out.append(story)
        if limit and len(out) >= limit:
            break
    return out


def story_summary(story: Story) -> dict[str, Any]:
    """The listing form of a story (no member list)."""
    return {
        "id": story.id,
        "title": story.title,
        "languages": story.languages,
        "outlets": story.outlets,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "articles": len(story.members),
        "events": len(story.events),
        "key_entities": story.key_entities,
        "locked": story.locked,
    }
