"""Corpus step "entities": one canonical entity per referent, across articles, languages and scripts.

Within an article, mentions are grouped by their spelling-independent key (`normalize.name_key` of the
base form), then short forms join the one full name they end with (`Peskov` → `Dmitry Peskov`, `Мэй` →
`Тереза Мэй`; a lone given name `Asia` → `Asia Bibi`), acronyms join the expansion whose initials (or
letters from inside its words: `ČHMÚ`) they spell, an organisation name joins the one longer one it ends
(`Red Cross`), two one-word place spellings with one skeleton join (`Oder`/`Odra`), and a name in
brackets after another is its other-language name (`Glatz (Kłodzko)`).
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
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from storyline.entities.gazetteer import alias_key, country_of_adjective, multiword_prefixes
from storyline.entities.lemma import lemmatize
from storyline.entities.normalize import acronym, consonant_key, initials, name_key, spells_acronym, stem_key
from storyline.langs import language_data
from storyline.model import Span
from storyline.store.fold import fold

if TYPE_CHECKING:
    from collections.abc import Iterable

    from storyline.store import Store

# Link confidences (ordered by how much each kind of evidence is worth; not tuned on data)
CONF_ALIAS = 0.98  # gazetteer / exonym key
CONF_EXACT = 0.95  # same spelling-independent full name
CONF_SHORT = 0.8  # lone surname → the one full name with it
CONF_FIRST_NAME = 0.7  # lone given name → the one person of its article with it
CONF_ACRONYM = 0.85  # acronym ↔ expansion in the same article
CONF_ACRONYM_INNER = 0.8  # acronym with letters from inside the expansion's words, the only fit in its article
CONF_CONSONANTS = 0.75  # same consonant skeleton, one candidate
CONF_PARENTHESIS = 0.7  # a name in brackets after another (`Glatz (Kłodzko)`), named nowhere else in its article
CONF_AMBIGUOUS = 0.6  # lone surname beside two namesakes, settled by earlier articles
CONF_NEW = 1.0  # a new entity: nothing to doubt yet
_MIN_CONSONANTS = 3  # shorter skeletons (`ms`, `kr`) collide across unrelated names
# a lone `Un` (stem of `Unia`) must not become Kim Jong-un: a lone surname needs this many letters as
# written and _MIN_SURNAME_STEM in its stem (`Bibi`, stem `bib`, is Asia Bibi: SlavicNER asia_bibi gold
# linking pairwise F1 0.687 with a stem of 4 letters required)
_MIN_SURNAME = 4
_MIN_SURNAME_STEM = 3
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

_SHORT_FORM_TYPES = frozenset({"PER", "ORG"})
_ACRONYM_SKIP = frozenset(
    {"of", "the", "and", "for", "de", "la", "du", "des", "der", "die", "für", "und", "i", "w", "na"}
)


@dataclass
class Group:
    """Mentions of one article believed to name the same thing."""

    spans: list[int] = field(default_factory=list)  # indexes into the article's mention layer
    forms: Counter[str] = field(default_factory=Counter)  # lemmas
    types: Counter[str] = field(default_factory=Counter)
    langs: Counter[str] = field(default_factory=Counter)
    keys: dict[str, str] = field(default_factory=dict)  # key → kind (alias, name, surname, acronym)
    confidence: float = 1.0
    ambiguous: bool = False  # a short form that fits two full names in its article
    homonym: bool = False  # named by a form that also names another place in its language (`Vienne`)
    bridge: bool = False  # joins two spellings that may each have an entity already (`Oder`, `Odra`)

    @property
    def type(self) -> str:
        """Majority type."""
        return self.types.most_common(1)[0][0]

    def absorb(self, other: Group, confidence: float) -> None:
        """Take over another group's mentions and keys."""
        self.spans += other.spans
        self.forms.update(other.forms)
        self.types.update(other.types)
        self.langs.update(other.langs)
        for k, kind in other.keys.items():
            self.keys.setdefault(k, kind)
        self.confidence = min(self.confidence, other.confidence, confidence)


def _is_latin(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and unicodedata.name(first, "").startswith("LATIN")


@cache
def _latin_romanizers() -> tuple[str, ...]:
    """Languages whose entity data romanise Latin-script spellings (Polish, Czech, German...)."""
    from storyline.langs import languages_with

    return tuple(
        code for code in languages_with("entities") if getattr(language_data(code, "entities"), "ROMANIZE", None)
    )


def _name_keys(keys: dict[str, str], full: str, kind: str, label: str) -> None:
    """Add the name, surname and consonant keys of one romanised name key."""
    nk = stem_key(full)
    keys.setdefault(f"n:{nk}", label)  # untyped: a name typed PER in one language types its variants elsewhere
    words = nk.split()
    if kind == "PER" and len(words) > 1:
        keys.setdefault(f"s:{words[-1]}", "surname")
    ck = consonant_key(full)  # vowels go anyway; the unstemmed key keeps `Pence` ~ `Пенс`
    if kind == "PER" and len(words) > 1 and ck:
        # given names vary most across scripts (Michael/Майкл, Joe/Джо): initial + surname consonants
        keys.setdefault(f"c:{kind}:{words[0][0]}~{ck.split()[-1]}", "consonants")
    if len(ck.replace(" ", "")) >= _MIN_CONSONANTS:
        keys.setdefault(f"c:{kind}:{ck}", "consonants")
        if kind == "PER" and len(words) > 1 and len(ck.split()[-1]) >= _MIN_CONSONANTS:
            keys.setdefault(f"sc:{ck.split()[-1]}", "surname consonants")


def _mention_keys(lemma: str, surface: str, kind: str, lang: str) -> dict[str, str]:
    keys: dict[str, str] = {}
    alias = alias_key(lemma, lang) or alias_key(surface, lang)
    if alias:
        keys["a:" + alias[0]] = "alias"
    elif lemma[:1].islower() and " " not in lemma.strip():
        # Slavic adjectives and demonyms are lower-case: `американский`, `российские`, `китайцы`
        country = country_of_adjective(name_key(lemma, lang))
        if country:
            keys["a:" + country] = "adjective"
    acr = acronym(surface) or acronym(lemma)
    if acr:
        keys["acr:" + acr] = "acronym"
        latin = anyascii(acr).upper()
        if latin != acr and len(acr) >= 3 and latin.isalpha():
            keys.setdefault("acr:" + latin, "acronym")  # `ТЛП` and `TLP` in one another's articles
    nk = name_key(lemma, lang)
    if nk:
        _name_keys(keys, nk, kind, "name")
    if _is_latin(lemma):
        # a foreign name keeps its own spelling in a Latin-script text (`Hillary Clinton` in Polish,
        # `Tomasz Wierzbicki` in English): key it as written, and as each Latin-script language romanises it
        plain = name_key(lemma, None)
        if plain:
            _name_keys(keys, plain, kind, "spelling")
        for other in _latin_romanizers():
            if other != lang:
                alt = stem_key(name_key(lemma, other))
                if alt:
                    keys.setdefault(f"n:{alt}", "spelling")
    part = _part_alias_key(lemma, surface, kind, lang)
    if part:
        keys.setdefault(part, "part alias")
    surface_key = stem_key(name_key(surface, lang))
    if surface_key and lemma != surface:
        # the surface spelling too: a wrong base form (`Трамп` → `Трам`) must not cut the link
        keys.setdefault(f"n:{surface_key}", "surface")
    return keys


@lru_cache(maxsize=100_000)
def _part_alias_key(lemma: str, surface: str, kind: str, lang: str) -> str | None:
    """A key with a known body or place inside a longer name replaced by its gazetteer key:
    `EU Solidarity Fund` and `European Union Solidarity Fund`, `Funduszu Solidarności UE` and
    `Funduszu Solidarności Unii Europejskiej` each get one key."""
    if kind == "PER":
        return None
    words, bases = surface.split(), lemma.split()
    if len(words) < 2 or len(bases) != len(words):
        return None
    for n in range(len(words) - 1, 0, -1):  # longest part first
        for i in range(len(words) - n + 1):
            part = " ".join(words[i : i + n])
            if n > 1 and fold(part)[:3] not in multiword_prefixes():
                continue  # no gazetteer name of several words starts so (most parts: no lookup)
            hit = alias_key(part, lang) or alias_key(bases[i] if n == 1 else lemmatize(part, lang, "ORG"), lang)
            if hit:
                before = stem_key(name_key(" ".join(bases[:i]), lang))
                after = stem_key(name_key(" ".join(bases[i + n :]), lang))
                if before or after:
                    return f"t:{before}<{hit[0]}>{after}"
    return None


def _join_short_surnames(groups: dict[str, Group], order: list[str]) -> None:
    """A lone short surname typed as a person (`May`, `Мэй`: too short for a stem key) joins the one person
    of its article whose name ends with it as written; only within the article (no stored key)."""
    surnames: dict[str, list[str]] = {}
    for gk in order:
        g = groups.get(gk)
        if g is None or g.type != "PER" or not gk.startswith("n:") or " " not in gk[2:]:
            continue
        for form in g.forms:
            for lang in g.langs:
                words = name_key(form, lang).split()
                if len(words) > 1:
                    surnames.setdefault(words[-1], []).append(gk)
    for gk in list(order):
        g = groups.get(gk)
        if g is None or g.type != "PER" or not gk.startswith("n:") or " " in gk[2:]:
            continue
        whole = {name_key(form, lang) for form in g.forms for lang in g.langs}
        owners = list(dict.fromkeys(o for w in whole if len(w) >= 2 for o in surnames.get(w, []) if o in groups))
        if len(owners) == 1 and owners[0] != gk:
            groups[owners[0]].absorb(groups.pop(gk), CONF_SHORT)
            order.remove(gk)


def _one_person(groups: dict[str, Group], owners: list[str]) -> bool:
    """Whether full names sharing a surname are one person's spellings: the same initial and consonants."""
    keys = [{k for k in groups[o].keys if k.startswith("c:PER:") and "~" in k} for o in owners]
    return bool(keys[0]) and all(keys[0] & other for other in keys[1:])


def _join_first_names(groups: dict[str, Group], order: list[str], by_surname: dict[str, list[str]]) -> None:
    """A lone given name joins the one person of the article with that given name (`Asia` → `Asia
    Bibi`), unless it is also someone's surname there; only within the article (no stored key)."""
    by_first: dict[str, list[str]] = {}
    for gk in order:
        words = gk[2:].split()
        if gk.startswith("n:") and len(words) > 1 and groups[gk].type == "PER":
            by_first.setdefault(words[0], []).append(gk)
    for gk in list(order):
        g = groups.get(gk)
        word = gk[2:]
        if g is None or not gk.startswith("n:") or " " in word or g.type != "PER" or word in by_surname:
            continue
        owners = [o for o in by_first.get(word, []) if o in groups and o != gk]
        # given names are short (`Asia`, stem `as`): four letters as written are enough inside one article
        if len(owners) == 1 and any(len(name_key(f, lang)) >= _MIN_SURNAME for f in g.forms for lang in g.langs):
            groups[owners[0]].absorb(groups.pop(gk), CONF_FIRST_NAME)
            order.remove(gk)


def _surname_length_ok(stem: str, g: Group) -> bool:
    """A lone word long enough to stand for a surname (`Bibi` yes; `Unia`, stem `un`, no)."""
    if len(stem) < _MIN_SURNAME_STEM:
        return False
    return len(stem) >= _MIN_SURNAME or any(
        len(name_key(form, lang)) >= _MIN_SURNAME for form in g.forms for lang in g.langs
    )


def _homonym(g: Group) -> bool:
    """True when a place group is named by a form its language also uses for another place (`Vienne`)."""
    for lang in g.langs:
        places = getattr(language_data(lang, "entities"), "HOMONYM_PLACES", ())
        if places and any(form.casefold() in places for form in g.forms):
            return True
    return False


def group_mentions(spans: list[Span], text: str) -> list[Group]:
    """Within-article coreference of name mentions (same key, short forms, acronyms)."""
    groups: dict[str, Group] = {}
    order: list[str] = []
    for i, sp in enumerate(spans):
        kind = sp.attrs.get("type", "ORG")
        lang = sp.attrs.get("lang") or "und"
        lemma = sp.attrs.get("lemma") or sp.text_of(text)
        keys = _mention_keys(lemma, " ".join(sp.text_of(text).split()), kind, lang)
        if not keys:
            continue
        # an alias key is the strongest identity; else the typed name key
        main = next((k for k in keys if k.startswith("a:")), None) or next(
            (k for k in keys if k.startswith("n:")), None
        )
        if main is None:
            main = next(iter(keys))
        g = groups.get(main)
        if g is None:
            g = groups[main] = Group()
            order.append(main)
        g.spans.append(i)
        g.forms[lemma] += 1
        g.types[kind] += 1
        g.langs[lang] += 1
        for k, v in keys.items():
            g.keys.setdefault(k, v)
    for g in groups.values():
        g.homonym = _homonym(g)
    # short forms: a one-word person name joins the one multi-word person name that ends with it
    by_surname: dict[str, list[str]] = {}
    for gk in order:
        g = groups[gk]
        for k in g.keys:
            if k.startswith("s:"):
                by_surname.setdefault(k[2:], []).append(gk)
    for gk in list(order):
        g = groups.get(gk)
        if g is None:  # merged into another spelling of its person
            continue
        # spaCy and the tagger type a lone surname ORG about as often as PER; places never join a person
        if gk.startswith("n:") and " " not in gk[2:] and _surname_length_ok(gk[2:], g) and g.type in _SHORT_FORM_TYPES:
            owners = [o for o in by_surname.get(gk[2:], []) if o != gk and o in groups]
            if len(owners) > 1 and _one_person(groups, owners):
                # `Асия Биби` and `Азия Биби` in one article: one person spelled twice
                for o in owners[1:]:
                    groups[owners[0]].absorb(groups.pop(o), CONF_CONSONANTS)
                    order.remove(o)
                owners = owners[:1]
            if len(owners) > 1:
                g.ambiguous = True  # `Trump` beside `Donald Trump` and `Melania Trump`: no guess
            if len(owners) == 1 and owners[0] in groups:
                groups[owners[0]].absorb(g, CONF_SHORT)
                del groups[gk]
                order.remove(gk)
    _join_short_surnames(groups, order)
    _join_first_names(groups, order, by_surname)
    # acronyms: `NATO` joins `North Atlantic Treaty Organisation` in the same article
    expansions: dict[str, list[str]] = {}
    for gk in order:
        g = groups[gk]
        if g.type != "PER":
            for form in g.forms:
                if len(form.split()) > 1:
                    expansions.setdefault(initials(form, _ACRONYM_SKIP), []).append(gk)
    for gk in list(order):
        g = groups.get(gk)
        if g is None:
            continue
        acr = next((k[4:] for k in g.keys if k.startswith("acr:")), None)
        if acr is None:
            continue
        owners = list(dict.fromkeys(o for o in expansions.get(acr, []) if o != gk and o in groups))
        conf = CONF_ACRONYM
        if not owners:
            # letters from inside words (`ČHMÚ` = `Český hydrometeorologický ústav`): only a unique fit
            owners = [
                o
                for o in order
                if o != gk
                and o in groups
                and groups[o].type != "PER"
                and any(spells_acronym(acr, form, _ACRONYM_SKIP) for form in groups[o].forms)
            ]
            conf = CONF_ACRONYM_INNER
        if len(owners) == 1:
            target = groups[owners[0]]
            target.absorb(g, conf)
            del groups[gk]
            order.remove(gk)
    _join_org_tails(groups, order)
    _join_place_spellings(groups, order)
    _join_parenthesised_names(groups, order, spans, text)
    return [groups[k] for k in order]


def _join_parenthesised_names(groups: dict[str, Group], order: list[str], spans: list[Span], text: str) -> None:
    """A name given in brackets right after another is its other-language name (`Glatz (Kłodzko)`,
    `Bachmut (Artemiwsk)`), when the bracketed one is named nowhere else in the article (`Frankfurt (Oder)`
    beside `an der Oder` is a town and its river) and the gazetteer knows neither (it links its own)."""
    owner = {i: gk for gk in order for i in groups[gk].spans}
    for i in range(len(spans) - 1):
        a, b = spans[i], spans[i + 1]
        if text[a.end : b.start] not in (" (", "\u00a0(") or text[b.end : b.end + 1] != ")":
            continue
        ga, gb = owner.get(i), owner.get(i + 1)
        if ga is None or gb is None or ga == gb or ga not in groups or gb not in groups:
            continue
        x, y = groups[ga], groups[gb]
        if "PER" in (x.type, y.type) or any(k.startswith("acr:") for k in y.keys) or len(y.spans) != 1:
            continue
        if any(k.startswith("a:") for k in x.keys) or any(k.startswith("a:") for k in y.keys):
            continue  # a known place beside an unknown name: a dateline credit (`VIENNA (Reuters)`) or a qualifier
        x.absorb(groups.pop(gb), CONF_PARENTHESIS)
        order.remove(gb)
        for j in y.spans:
            owner[j] = ga


def _join_place_spellings(groups: dict[str, Group], order: list[str]) -> None:
    """Two one-word place names of one article with the same initial and consonants are one place in two
    languages' spellings (`the Oder ... known in Poland as the Odra`); the joined group bridges the two
    entities the spellings had across the corpus (`link_article`)."""
    places: dict[str, list[str]] = {}
    for gk in order:
        g = groups[gk]
        if (
            gk.startswith("n:")
            and " " not in gk[2:]
            and g.type == "LOC"
            and not any(k.startswith("a:") for k in g.keys)
        ):
            ck = consonant_key(gk[2:])
            if len(ck) >= 2:
                places.setdefault(gk[2] + ck, []).append(gk)
    for same in places.values():
        if len(same) == 2 and all(k in groups for k in same):
            keep, other = same
            groups[keep].absorb(groups.pop(other), CONF_CONSONANTS)
            groups[keep].bridge = True
            order.remove(other)


def _join_org_tails(groups: dict[str, Group], order: list[str]) -> None:
    """A multi-word organisation name that ends the one longer organisation name of its article is its
    short form (`Red Cross` in an article on the `International Committee of the Red Cross`)."""
    orgs = [gk for gk in order if gk.startswith("n:") and groups[gk].type == "ORG"]
    for gk in list(orgs):
        words = gk[2:].split()
        if len(words) < 2 or gk not in groups:
            continue
        owners = [o for o in orgs if o != gk and o in groups and o[2:].split()[-len(words) :] == words]
        owners = [o for o in owners if len(o[2:].split()) > len(words)]
        if len(owners) == 1:
            groups[owners[0]].absorb(groups.pop(gk), CONF_SHORT)
            order.remove(gk)


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
    """Merge into `entity_id` the one other place entity each of the group's spellings leads to."""
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
        ):
            _merge(store, entity_id, hits[0], CONF_CONSONANTS)
            gone.add(hits[0])
    return gone


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
    return max(g.forms.items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0]


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
        name = max(pool.items(), key=lambda kv: (min(len(kv[0].split()), 3), kv[1], kv[0]))[0]
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
