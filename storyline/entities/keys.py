"""The keys a name mention is looked up by, in its article and in the store (`entity_keys`).

A mention gets a gazetteer alias key (`a:`: CLDR countries and cities, exonyms) or, for a lower-case
adjective or demonym, its country's; an acronym key (`acr:`, also romanised across scripts: `ТЛП` = `TLP`);
a spelling-independent name key (`n:`, the stemmed `normalize.name_key` of its base form, as written and as
each Latin-script language romanises it); for people a surname key (`s:`) and consonant skeletons (`c:`,
`sc:`); and, for a longer name holding a known body or place, the part-alias key (`t:`: `EU Solidarity
Fund` = `European Union Solidarity Fund`). `grouping.py` groups an article's mentions by these keys and
`link.py` resolves each group against the stored ones.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from anyascii import anyascii

from storyline.entities.gazetteer import alias_key, country_of_adjective, multiword_prefixes
from storyline.entities.lemma import lemmatize
from storyline.entities.normalize import acronym, consonant_key, name_key, stem_key
from storyline.langs import language_data
from storyline.store.fold import fold

_MIN_CONSONANTS = 3  # shorter skeletons (`ms`, `kr`) collide across unrelated names


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
    # a word without consonants (`EU` of `EU-Mercosur`) would vanish from a body's skeleton and leave the
    # skeleton of another name (`Mercosur`)
    whole = kind == "PER" or len(ck.split()) == len(full.split())
    if len(ck.replace(" ", "")) >= _MIN_CONSONANTS and whole:
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
