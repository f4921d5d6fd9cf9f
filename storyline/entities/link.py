"""Corpus step "entities": one canonical entity per referent, across articles, languages and scripts.

Within an article, mentions are grouped into the things they name (`grouping.py`: same key, short forms,
acronyms, organisation tails, place spellings, bracketed other-language names; the keys are `keys.py`'s).
Each group is then resolved against the stored keys (`entity_keys`): gazetteer keys first (CLDR
countries/cities, exonyms: `Kijów` = `Kyiv`), then the full-name skeleton (or the name with a known body
inside it replaced by its key: `EU Solidarity Fund` = `European Union Solidarity Fund`), then — for a
lone surname — the single stored person with that surname. Anything ambiguous gets an entity of its own:
two people are never joined on a guess, and a name key stays with the one entity that holds it. After
the batch, names each language translates are joined by `translated.py`. Analyst corrections live in the
same key table, so they keep holding as articles arrive.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from storyline.entities.gazetteer import alias_key
from storyline.entities.grouping import (
    _SHORT_FORM_TYPES,
    CONF_ACRONYM,
    CONF_ALIAS,
    CONF_AMBIGUOUS,
    CONF_CONSONANTS,
    CONF_EXACT,
    CONF_NEW,
    CONF_SHORT,
    Group,
    _surname_length_ok,
)
from storyline.entities.grouping import group_mentions as group_mentions  # its callers import it from here
from storyline.entities.keys import _MIN_CONSONANTS, _is_latin
from storyline.entities.keys import _mention_keys as _mention_keys  # (re-exported: corrections, tests)
from storyline.entities.keys import _part_alias_key as _part_alias_key
from storyline.entities.normalize import consonant_key, name_key
from storyline.langs import language_data
from storyline.model import Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from storyline.store import Store

# a homonym's city alias (`HOMONYM_PLACES` in langs/<iso>/entities.py) links to the city entity only when
# the articles share this many other entities: 1 let the French town `Vienne` join Vienna through a
# Brussels both stories name (demo corpus); 2 kept it apart and every Vienna article joined
_MIN_SHARED_CONTEXT = 2
# and those shared entities must not be hubs, named in more than this share of the articles once there are
# enough articles to tell (demo corpus: the town `Vienne` near Lyon shares only the EU, in 21 of 39
# articles, and Brussels, in 12, with Vienna's articles; French Vienna articles share Ukraine's and
# Russia's negotiators, the ICRC...)
_HUB_SHARE = 0.25
_HUB_MIN_ARTICLES = 20
_MIN_CONTEXT_ARTICLES = 1  # a city seen in fewer articles has no context to disagree with


def _new_id(store: Store, kind: str, name: str) -> str:
    slug = re.sub(r"[^0-9a-z]+", "-", name_key(name, None).lower()).strip("-")[:48] or "x"
    base = f"{kind}-{slug}"
    candidate = base
    n = 1
    while store.query(
        "SELECT 1 FROM entities WHERE id = ? UNION SELECT 1 FROM entity_aliases WHERE old_id = ?",
        (candidate, candidate),
    ):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _lookup(store: Store, key: str) -> list[str]:
    # ordered, so PostgreSQL picks the same first hit as SQLite (which reads its (key, entity_id) index)
    return [
        r["entity_id"]
        for r in store.query("SELECT entity_id FROM entity_keys WHERE key = ? ORDER BY entity_id", (key,))
    ]


class _KeyRows:
    """The stored rows of a group's own keys, read in one query: resolving a group asks for each key
    two or three times (pinned? which entities?), ~80 small queries per article before."""

    def __init__(self, store: Store, keys: Iterable[str]) -> None:
        self.store = store
        self.rows: dict[str, list[tuple[str, str]]] = {k: [] for k in keys}
        wanted = list(self.rows)
        for i in range(0, len(wanted), 500):  # well under every backend's parameter limit
            chunk = wanted[i : i + 500]
            marks = ",".join("?" for _ in chunk)
            for r in store.query(
                f"SELECT key, entity_id, kind FROM entity_keys WHERE key IN ({marks}) ORDER BY key, entity_id",
                tuple(chunk),
            ):
                self.rows[r["key"]].append((r["entity_id"], r["kind"]))

    def lookup(self, key: str) -> list[str]:
        """Entities holding `key` (as `_lookup`)."""
        if key in self.rows:
            return [e for e, _kind in self.rows[key]]
        return _lookup(self.store, key)

    def pinned(self, key: str) -> str | None:
        """The entity an analyst's split pinned `key` to, if any."""
        return next((e for e, kind in self.rows.get(key, ()) if kind == "pinned"), None)


def _shares_context(store: Store, entity_id: str, context: set[str]) -> bool:
    """Whether an entity already seen in other articles is co-mentioned there with this article's entities.

    A city's name in one language can be another place's (French `Vienne` is Vienna and a town on the
    Rhône): with no co-mentioned entity in common the gazetteer link is too weak to take.
    """
    rows = store.query(
        "SELECT a.article_id, b.entity_id FROM entity_mentions a JOIN entity_mentions b ON a.article_id = b.article_id "
        "WHERE a.entity_id = ? AND b.entity_id != ?",
        (entity_id, entity_id),
    )
    if len({r["article_id"] for r in rows}) < _MIN_CONTEXT_ARTICLES:
        return True  # no settled context yet to disagree with
    shared = {r["entity_id"] for r in rows} & context
    if len(shared) < _MIN_SHARED_CONTEXT:
        return False
    # entities named everywhere (the EU, Brussels in European news) say nothing about which place is meant
    total = store.query("SELECT COUNT(*) AS n FROM articles")[0]["n"]
    if total < _HUB_MIN_ARTICLES:
        return True
    marks = ",".join("?" * len(shared))
    df = store.query(
        f"SELECT entity_id, COUNT(DISTINCT article_id) AS n FROM entity_mentions WHERE entity_id IN ({marks}) "
        "GROUP BY entity_id",
        tuple(shared),
    )
    specific = [r for r in df if r["n"] <= _HUB_SHARE * total]
    return len(specific) >= _MIN_SHARED_CONTEXT


def resolve_group(store: Store, g: Group, context: set[str] | None = None) -> tuple[str | None, float]:
    """The stored entity a group names, with the link's confidence (None when it is new or ambiguous).

    `context`: entities the article's other groups name; a city alias only links with some of them shared.
    """
    rows = _KeyRows(store, g.keys)
    if g.ambiguous:
        # two full names in the article share this surname; only what the corpus already settled (this
        # exact lone surname linked to one person elsewhere) decides, else it stays apart
        for k in g.keys:
            if k.startswith("n:"):
                hits = rows.lookup(k)
                if len(hits) == 1 and _entity_type(store, hits[0]) == "PER":
                    return hits[0], CONF_AMBIGUOUS
        return None, 0.0
    for k in g.keys:  # an analyst's split pinned this spelling to an entity: that beats every other key
        pinned = rows.pinned(k)
        if pinned is not None:
            return pinned, CONF_EXACT
    for k in g.keys:
        if k.startswith("a:"):
            hits = rows.lookup(k)
            if (
                hits
                and k.startswith("a:tz:")
                and context is not None
                and g.homonym
                and not _shares_context(store, hits[0], context)
            ):
                # a place of its own: it must not take the city's key, or the city's later mentions find it
                g.keys = {key: kind for key, kind in g.keys.items() if not key.startswith("a:")}
                return None, 0.0
            if hits:
                return hits[0], CONF_ALIAS
    names = sorted((k for k in g.keys if k.startswith("n:")), key=lambda k: -len(k))
    parts = [k for k in g.keys if k.startswith("t:")]
    for k in names + parts:
        hits = rows.lookup(k)
        if len(hits) == 1:
            return hits[0], CONF_EXACT
        # a key two entities share (two spellings that collide) settles nothing: try the next one
    known = any(k.startswith("a:") for k in g.keys)  # a gazetteer place is found by its alias or is new
    for k in g.keys:
        if k.startswith("c:"):
            # cross-script spellings (`Trump`/`Трамп`/`Тръмп`): only when one stored entity has them
            hits = rows.lookup(k)
            if len(hits) == 1 and not known and not _has_alias(store, hits[0]):
                return hits[0], CONF_CONSONANTS
    for k in g.keys:
        if k.startswith("acr:"):
            hits = rows.lookup(k)
            if len(hits) == 1:
                return hits[0], CONF_ACRONYM
    if g.type in _SHORT_FORM_TYPES and names and all(" " not in k[2:] for k in names):
        owners = {e for k in names if _surname_length_ok(k[2:], g) for e in rows.lookup("s:" + k[2:])}
        if len(owners) == 1:
            return owners.pop(), CONF_SHORT
        if not owners:
            consonants = {consonant_key(k[2:]) for k in names}
            # a lone word matched on consonants alone needs more of them (`Britové` is not `Burt`)
            owners = {e for c in consonants if len(c) > _MIN_CONSONANTS for e in rows.lookup("sc:" + c)}
            if len(owners) == 1:
                return owners.pop(), CONF_SHORT * CONF_CONSONANTS
    if g.type == "PER":
        for k in g.keys:
            if k.startswith("s:"):
                # a full name whose surname so far stood alone (`Peskov` seen before `Dmitry Peskov`)
                lone = [e for e in rows.lookup(f"n:{k[2:]}") if _entity_type(store, e) in _SHORT_FORM_TYPES]
                holders = rows.lookup(k)
                if len(lone) == 1 and not holders:
                    return lone[0], CONF_SHORT
    return None, 0.0


def _bridge(store: Store, g: Group, entity_id: str) -> set[str]:
    """Merge into `entity_id` the one other place entity each of the group's spellings leads to, unless the
    two are each named in one language elsewhere by names of two stems: that language has a name for each, so
    they are two places (as translated names never join two entities of one language); inflected forms a base
    form missed are one (`Гавайев`, `Гавайя`)."""
    from storyline.entities.translated import _blocked, _merge

    gone: set[str] = set()
    for k in [k for k in g.keys if k.startswith("n:")]:
        hits = _lookup(store, k)
        if (
            len(hits) == 1
            and hits[0] != entity_id
            and _entity_type(store, hits[0]) == "LOC"
            and not _has_alias(store, hits[0])
            and not _blocked(store, entity_id, hits[0])
            and not (_languages(store, entity_id) & _languages(store, hits[0]) and not _one_stem(g))
        ):
            _merge(store, entity_id, hits[0], CONF_CONSONANTS)
            gone.add(hits[0])
    return gone


def _one_stem(g: Group) -> bool:
    """Whether the group's spellings share their first half (three letters at least): one name's forms."""
    names = sorted({name_key(form, None) for form in g.forms} - {""})
    if len(names) < 2:
        return True
    common = 0
    while common < min(len(n) for n in names) and len({n[common] for n in names}) == 1:
        common += 1
    return common >= 3 and 2 * common >= min(len(n) for n in names)


def _languages(store: Store, entity_id: str) -> set[str]:
    """Languages the entity's stored mentions are in."""
    return {
        r["lang"] for r in store.query("SELECT DISTINCT lang FROM entity_mentions WHERE entity_id = ?", (entity_id,))
    }


def _has_alias(store: Store, entity_id: str) -> bool:
    """A gazetteer place or body: reached by its names in every language, never by a consonant skeleton
    (`Breslau` is not `Brasil`)."""
    return bool(store.query("SELECT 1 FROM entity_keys WHERE entity_id = ? AND key LIKE 'a:%' LIMIT 1", (entity_id,)))


def _entity_type(store: Store, entity_id: str) -> str:
    rows = store.query("SELECT type FROM entities WHERE id = ?", (entity_id,))
    return str(rows[0]["type"]) if rows else ""


_EXCLUSIVE_KEYS = ("n:", "t:", "acr:")


def _add_keys(store: Store, entity_id: str, keys: dict[str, str]) -> None:
    blocked = {r["key"] for r in store.query("SELECT key FROM entity_keys WHERE kind = 'pinned'")}
    # a name key another entity holds stays with it: a group that joined two known names in one article
    # (`Гам-Ковид-Вак («Спутник V»)`) would otherwise leave the key to both, and a shared key settles
    # nothing, so every later `Спутник V` became an entity of its own (SlavicNER covid-19: 20 of them)
    names = [k for k in keys if k.startswith(_EXCLUSIVE_KEYS)]
    if names:
        marks = ",".join("?" for _ in names)
        blocked |= {
            r["key"]
            for r in store.query(
                f"SELECT key FROM entity_keys WHERE key IN ({marks}) AND entity_id != ?", (*names, entity_id)
            )
        }
    rows = [(k, entity_id, kind) for k, kind in keys.items() if k not in blocked]
    store.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?)", rows)


def _display_name(g: Group) -> str:
    alias = next((k for k in g.keys if k.startswith("a:")), None)
    if alias:
        from storyline.entities.gazetteer import alias_key as lookup

        for form in g.forms:
            hit = lookup(form)
            if hit:
                return hit[1]
    return fullest_form(g.forms)


def fullest_form(forms: Counter[str]) -> str:
    """The fullest common form of a name: `Dmitry Peskov` over `Peskov`. Where a form of several words recurs,
    one seen once does not beat it: "Egipcio Hosni Mubarak" (a headline's capitalised adjective run into the
    name, once) had named the entity over "Hosni Mubarak" (dozens of times) in a CL-TLS story."""
    recurs = any(n > 1 and len(f.split()) > 1 for f, n in forms.items())
    return max(forms.items(), key=lambda kv: (kv[1] > 1 or not recurs, min(len(kv[0].split()), 3), kv[1], kv[0]))[0]


def _article_context(store: Store, groups: list[Group]) -> set[str]:
    """Stored entities the groups of one article name by their strongest key (before linking it)."""
    out: set[str] = set()
    for g in groups:
        main = next((k for k in g.keys if k.startswith("a:")), None) or next(
            (k for k in g.keys if k.startswith("n:")), None
        )
        if main:
            hits = _lookup(store, main)
            if len(hits) == 1:
                out.add(hits[0])
    return out


def article_mentions(store: Store, article_id: str) -> tuple[str, list[Span], list[Group]]:
    """Text, mention spans and within-article groups of a stored article (as ingest's workers prepared them).

    `group_mentions` depends on the article alone, so ingest runs it in its analysis workers and keeps the
    result in `storyline.prepared`; an article without one (relinked later, another process) is read back.
    """
    from storyline.prepared import take

    prepared = take(store.location, "entities", article_id)
    if prepared is not None:
        return prepared
    article = store.get_article(article_id)
    spans = article.spans("mention")
    return article.text, spans, group_mentions(spans, article.text)


def link_article(store: Store, article_id: str, merged: set[str] | None = None) -> None:
    """Link one stored article's mentions; writes `entity_id` into its mention layer.

    `merged` collects entities this article's evidence merged (their other articles need new layers)."""
    text, spans, groups = article_mentions(store, article_id)
    store.execute("DELETE FROM entity_mentions WHERE article_id = ? AND pinned = 0", (article_id,))
    pinned = {
        (r["start"], r["end"]): (r["entity_id"], r["confidence"], r["type"])
        for r in store.query(
            "SELECT start, end, entity_id, confidence, type FROM entity_mentions WHERE article_id = ?", (article_id,)
        )
    }
    assigned: dict[int, tuple[str, float, str]] = {}
    now = datetime.now(UTC).isoformat()
    context: set[str] | None = None
    for g in groups:
        if context is None and g.homonym:  # only a homonym needs the article's context (extra lookups)
            context = _article_context(store, groups)
        entity_id, conf = resolve_group(store, g, context)
        if entity_id is None:
            entity_id = _new_id(store, g.type, _display_name(g))
            store.execute(
                "INSERT INTO entities (id, name, type, pinned_name, created_at) VALUES (?, ?, ?, 0, ?)",
                (entity_id, _display_name(g), g.type, now),
            )
            conf = CONF_NEW
        if g.bridge:
            gone = _bridge(store, g, entity_id)
            if gone and merged is not None:
                merged |= gone | {entity_id}
        if not g.ambiguous:  # nothing may link to an entity made for an ambiguous short form
            _add_keys(store, entity_id, g.keys)
        kind = _entity_type(store, entity_id)
        for i in g.spans:
            assigned[i] = (entity_id, min(conf, g.confidence), kind)
    rows = []
    new_spans = []
    for i, sp in enumerate(spans):
        got = pinned.get((sp.start, sp.end)) or assigned.get(i)
        attrs = dict(sp.attrs)
        if got:
            attrs["entity_id"] = got[0]
            if got[2] and got[2] != attrs.get("type") and got[1] >= CONF_EXACT:
                attrs["type"] = got[2]  # the entity's established type corrects a stray one
            if (sp.start, sp.end) not in pinned:
                rows.append(
                    (
                        article_id,
                        sp.start,
                        sp.end,
                        got[0],
                        " ".join(sp.text_of(text).split()),
                        attrs.get("lemma", ""),
                        attrs.get("lang") or "",
                        attrs.get("type", ""),
                        got[1],
                    )
                )
        new_spans.append(Span(sp.start, sp.end, sp.layer, attrs))
    store.executemany(
        "INSERT OR REPLACE INTO entity_mentions (article_id, start, end, entity_id, surface, lemma, lang, type, confidence, pinned) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        rows,
    )
    store.put_spans(article_id, "mention", new_spans)


def _name_pool(english: Counter[str], forms: Counter[str]) -> Counter[str]:
    """The forms an entity's name is chosen from: English ones when there are any, with the fuller
    Latin-script forms of other languages that hold an English one whole (`Anders Holmgren` in five
    languages over a lone English `Holmgren`; `Coordination paysanne Rhône-Alpes` over `Coordination`)."""
    if not english:
        return forms
    pool = Counter(english)
    for form, n in forms.items():
        words = form.split()
        if form in pool or not _is_latin(form):
            continue
        for short in english:
            k = len(short.split())
            if k < len(words) and (words[:k] == short.split() or words[-k:] == short.split()):
                pool[form] += n
                break
    return pool


def refresh_entities(store: Store, entity_ids: set[str] | None = None) -> None:
    """Recompute canonical names and types from mentions (analyst renames are kept)."""
    where = ""
    params: list[Any] = []
    if entity_ids is not None:
        if not entity_ids:
            return
        where = f"WHERE entity_id IN ({','.join('?' for _ in entity_ids)})"
        params = sorted(entity_ids)
    rows = store.query(
        f"SELECT entity_id, lemma, lang, type, count(*) AS n FROM entity_mentions {where} GROUP BY entity_id, lemma, lang, type",
        params,
    )
    stats: dict[str, dict[str, Counter[str]]] = {}
    for r in rows:
        st = stats.setdefault(r["entity_id"], {"types": Counter(), "forms": Counter(), "en": Counter()})
        st["types"][r["type"]] += r["n"]
        st["forms"][r["lemma"]] += r["n"]
        if r["lang"] == "en" or language_data(r["lang"] or "und", "entities") is None:
            st["en"][r["lemma"]] += r["n"]
    pinned = {r["id"] for r in store.query("SELECT id FROM entities WHERE pinned_name = 1")}
    gazetteer_names: dict[str, str] = {}
    for r in store.query("SELECT key, entity_id FROM entity_keys WHERE key LIKE 'a:%'"):
        gazetteer_names.setdefault(r["entity_id"], r["key"])
    for eid, st in stats.items():
        kind = st["types"].most_common(1)[0][0]
        if eid in pinned:
            store.execute("UPDATE entities SET type = ? WHERE id = ?", (kind, eid))
            continue
        pool = _name_pool(st["en"], st["forms"])
        # the fullest common form: `Dmitry Peskov` over `Peskov`, English spelling when there is one
        name = fullest_form(pool)
        if eid in gazetteer_names:
            hit = alias_key(name) or next((alias_key(f) for f in st["forms"] if alias_key(f)), None)
            if hit:
                name = hit[1]
        store.execute("UPDATE entities SET name = ?, type = ? WHERE id = ?", (name, kind, eid))
    if entity_ids is None:
        store.execute("DELETE FROM entities WHERE id NOT IN (SELECT DISTINCT entity_id FROM entity_mentions)")


def link_articles(store: Store, article_ids: list[str]) -> None:
    """Link every listed article (in the given order) and refresh the entities they touched.

    An id that is not stored is recorded as a skip (stage "entities") and the others go on.
    """
    from storyline.errors import StorylineError
    from storyline.store import SkipRecord

    with store.atomic():
        touched: set[str] = set()
        bridged: set[str] = set()
        existing = {r["id"] for r in store.query("SELECT id FROM entities")}
        for aid in article_ids:
            before = {
                r["entity_id"]
                for r in store.query("SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id = ?", (aid,))
            }
            try:
                link_article(store, aid, bridged)
            except StorylineError as exc:
                store.record_skip(SkipRecord(source=aid, stage="entities", reason=str(exc)))
                continue
            after = {
                r["entity_id"]
                for r in store.query("SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id = ?", (aid,))
            }
            touched |= before | after
        refresh_entities(store, touched)
        from storyline.entities.translated import link_translations

        # translations are looked for from the entities this batch made: a pair of older entities was looked
        # at when the younger one was new (bench/stories.py ingest --n 4000: 9,236 touched entities gave 91,159
        # candidate pairs per batch for an embedding budget of 120 names)
        joined = link_translations(store, touched - existing) | bridged
        if joined:
            refresh_entities(store, joined)
            _rewrite_layers(store, joined)
        if touched:  # re-linked articles may leave an entity with no mention left
            marks = ",".join("?" for _ in touched)
            store.execute(
                f"DELETE FROM entities WHERE id IN ({marks}) AND id NOT IN (SELECT DISTINCT entity_id FROM entity_mentions)",
                sorted(touched),
            )


def _rewrite_layers(store: Store, entity_ids: set[str]) -> None:
    """Copy the stored links of the articles naming these entities (or their merged ids) into their layers."""
    ids = sorted(entity_ids)
    marks = ",".join("?" for _ in ids)
    articles = [
        r["article_id"]
        for r in store.query(f"SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id IN ({marks})", ids)
    ]
    for aid in articles:
        links = {
            (r["start"], r["end"]): r["entity_id"]
            for r in store.query("SELECT start, end, entity_id FROM entity_mentions WHERE article_id = ?", (aid,))
        }
        spans = store.get_spans(aid, "mention")
        for sp in spans:
            if (sp.start, sp.end) in links:
                sp.attrs["entity_id"] = links[(sp.start, sp.end)]
        store.put_spans(aid, "mention", spans)
