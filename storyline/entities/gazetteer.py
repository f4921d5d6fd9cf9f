"""Names that mean the same place or body in every language: CLDR (via babel) plus per-language exonyms.

* Countries and territories: `Locale(lang).territories` (`Niemcy`, `Германия`, `Germany` → `cldr:DE`).
* Major cities: CLDR time-zone exemplar cities (`Kijów`, `Киев`, `Kyiv` → `tz:Europe/Kiev`).
* Exonyms and institutions the CLDR lacks: `EXONYMS` in `storyline/langs/<iso>/entities.py`, mapping a
  base form to its English name (`Krym` → `Crimea`, `Biały Dom` → `White House`).
Lookups fold case, accents and script (`store.fold`), so `Moskwa` and `MOSKWA` hit the same key.
"""

from __future__ import annotations

from functools import cache, lru_cache

from storyline.langs import available_languages, language_data
from storyline.store.fold import fold

# Territory codes of supranational groupings that are not places a mention names (calibrated by reading
# the CLDR list: "world", "Eurozone" and "UN" collide with ordinary words or organisations).
_NOT_PLACES = frozenset({"cldr:EU"})  # the European Union is a CLDR "territory" but an organisation in news
_SKIP_TERRITORIES = frozenset({"001", "EZ", "UN", "ZZ", "QO", "XA", "XB"})


@cache
def _index() -> dict[str, tuple[str, str]]:
    """folded name → (key, English display name)."""
    from babel import Locale

    index: dict[str, tuple[str, str]] = {}
    english = Locale.parse("en")
    en_terr = english.territories
    for lang in ("en", *tuple(code for code in available_languages() if code != "en")):
        try:
            loc = Locale.parse(lang)
        except (ValueError, LookupError):
            continue
        for code, name in loc.territories.items():
            if code in _SKIP_TERRITORIES or code.isdigit() or "-alt-" in code:
                continue
            index.setdefault(fold(name), (f"cldr:{code}", en_terr.get(code, name)))
        for zone, names in loc.time_zones.items():
            city = names.get("city") if hasattr(names, "get") else None
            if "/" not in zone or zone.startswith("Etc/"):
                continue
            en_city = english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
            index.setdefault(fold(zone.rsplit("/", 1)[1].replace("_", " ")), (f"tz:{zone}", en_city))
            if city:
                index.setdefault(fold(city), (f"tz:{zone}", en_city))
    for lang in available_languages():
        data = language_data(lang, "entities")
        for name, english_name in getattr(data, "EXONYMS", {}).items():
            known = index.get(fold(english_name))  # `USA` → the CLDR key of `United States`
            entry = known or (f"exo:{fold(english_name)}", english_name)
            index.setdefault(fold(name), entry)
            index.setdefault(fold(english_name), entry)
    return index


def alias_key(name: str, lang: str | None = None) -> tuple[str, str] | None:
    """(language-independent key, English name) of a known place or institution, or None."""
    return _alias(name)  # the index is the same in every language: one cache entry per name


@lru_cache(maxsize=200_000)
def _alias(name: str) -> tuple[str, str] | None:
    return _index().get(fold(name))


@cache
def multiword_prefixes() -> frozenset[str]:
    """First three folded letters of the first word of every multi-word gazetteer name."""
    return frozenset(key.split(" ", 1)[0][:3] for key in _index() if " " in key)


def place_type(name: str, lang: str | None = None) -> bool:
    """True when `name` is a country, territory or major city in CLDR."""
    hit = _index().get(fold(name))
    return hit is not None and hit[0].startswith(("cldr:", "tz:")) and hit[0] not in _NOT_PLACES


# English names of the bodies in the exonym lists: organisations, not places (everything else there is a
# place; the White House is a place, as SlavicNER annotates it)
_INSTITUTIONS = frozenset(
    {
        "Kremlin",
        "Pentagon",
        "European Union",
        "European Commission",
        "United Nations",
        "UN Security Council",
        "World Health Organization",
        "NATO",
        "OSCE",
    }
)


def institution_type(english_name: str) -> str:
    """`ORG` for an institution of the exonym lists, `LOC` for a place."""
    return "ORG" if english_name in _INSTITUTIONS else "LOC"


@cache
def _country_stems() -> list[tuple[str, str]]:
    """(stem of a country name as its language spells it, CLDR/exonym key), longest stems first."""
    from babel import Locale

    from storyline.entities.normalize import name_key, stem_key

    pairs: set[tuple[str, str]] = set()
    for lang in available_languages():
        try:
            names = dict(Locale.parse(lang).territories)
        except (ValueError, LookupError):
            continue
        data = language_data(lang, "entities")
        extra = {
            n: e for n, e in getattr(data, "EXONYMS", {}).items() if (alias_key(e) or ("",))[0].startswith("cldr:")
        }
        for code, name in list(names.items()) + [(None, n) for n in extra]:
            if code is not None and (code in _SKIP_TERRITORIES or code.isdigit() or "-alt-" in code):
                continue
            key = alias_key(name)
            full = name_key(name, lang)
            if key is None or " " in full:
                continue
            for stem in {stem_key(full), full[:-1]}:
                if len(stem) >= 4:
                    pairs.add((stem, key[0]))
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=100_000)
def country_of_adjective(key: str) -> str | None:
    """The country key a lower-case adjective or demonym derives from (`американский` → the US), if one."""
    hits: list[tuple[str, str]] = []
    for stem, country in _country_stems():
        if hits and len(stem) < len(hits[0][0]):
            break
        if key.startswith(stem):
            hits.append((stem, country))
    countries = {c for _, c in hits}
    return countries.pop() if len(countries) == 1 else None
