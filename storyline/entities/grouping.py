"""Within-article coreference: an article's name mentions grouped into the things they name.

Mentions are grouped by their keys (`keys.py`: an alias key first, else the name key), then short forms join
the one full name they end with (`Peskov` → `Dmitry Peskov`, `Мэй` → `Тереза Мэй`; a lone given name `Asia`
→ `Asia Bibi`), acronyms join the expansion whose initials (or letters from inside its words: `ČHMÚ`) they
spell, an organisation name joins the one longer one it ends (`Red Cross`), two one-word place spellings
with one skeleton join (`Oder`/`Odra`), and a name in brackets after another is its other-language name
(`Glatz (Kłodzko)`). Each join carries a confidence from the table below; `link.py` resolves the groups
against the store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from storyline.entities.keys import _mention_keys
from storyline.entities.normalize import consonant_key, initials, name_key, spells_acronym
from storyline.langs import language_data
from storyline.model import Span

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
# a lone `Un` (stem of `Unia`) must not become Kim Jong-un: a lone surname needs this many letters as
# written and _MIN_SURNAME_STEM in its stem (`Bibi`, stem `bib`, is Asia Bibi: SlavicNER asia_bibi gold
# linking pairwise F1 0.687 with a stem of 4 letters required)
_MIN_SURNAME = 4
_MIN_SURNAME_STEM = 3

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
    """Whether full names sharing a surname are one person's spellings: the same initial and consonants, and
    not two given names the dictionaries know each on its own (`Maria Kaczyńska` and her daughter `Marta
    Kaczyńska`; `Асия`/`Азия Биби` is one woman: no dictionary has `Асия`)."""
    from storyline.entities.morph import name_bases

    keys = [{k for k in groups[o].keys if k.startswith("c:PER:") and "~" in k} for o in owners]
    if not keys[0] or not all(keys[0] & other for other in keys[1:]):
        return False
    given = [{f.split()[0] for f in groups[o].forms if " " in f} for o in owners]
    for other in given[1:]:
        # a short form or an initial is the same name (`Джо`/`Джозеф Байден`, `J Biden`)
        if any(a.lower().startswith(b.lower()) or b.lower().startswith(a.lower()) for a in given[0] for b in other):
            continue
        bases = [set[str]().union(*(name_bases(n, "PER") for n in names)) for names in (given[0], other)]
        if all(bases) and not (bases[0] & bases[1]):
            return False
    return True


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
    entities the spellings had across the corpus (`link_article`). Not two places the dictionaries know each by
    its own name (`León` in Spanish, `Lyon` in German, Czech and Polish: `l-ln` both): the Oder and the Odra are
    one river there too (morfeusz2 reads `Oder` as a form of `Odra`); `_one_person` does the same for people."""
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
        if len(same) == 2 and all(k in groups for k in same) and not _two_known_places(groups, same):
            keep, other = same
            groups[keep].absorb(groups.pop(other), CONF_CONSONANTS)
            groups[keep].bridge = True
            order.remove(other)


def _two_known_places(groups: dict[str, Group], keys: list[str]) -> bool:
    """Whether the lexicons know each group's spelling as a place's name and none reads them as one name."""
    from storyline.entities.morph import name_bases

    bases = [set[str]().union(*(name_bases(form, "LOC") for form in groups[k].forms)) for k in keys]
    return all(bases) and not (bases[0] & bases[1])


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
