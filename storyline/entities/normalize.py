"""Spelling-independent keys for names: one key for `Zełenski`, `Zelenskiy`, `Зеленский`, `Зеленський`.

A name is romanised the way its language spells Slavic sounds (`langs/<iso>/entities.py` ROMANIZE:
Polish `w`→`v`, `cz`→`ch`, `ż`→`zh`...), transliterated to ASCII (anyascii), then reduced to a skeleton
that ignores the choices transliterations disagree on: `y`/`j`/`i` (-iy, -yi, -ij → -i), `ie`/`e`,
`kh`/`h`, doubled letters, soft signs and apostrophes.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii

from storyline.langs import language_data

_NON_LETTER = re.compile(r"[^a-z ]+")
_DOUBLE = re.compile(r"(.)\1+")
_SKELETON_RULES = (("dzh", "j"), ("kh", "h"), ("ie", "e"), ("y", "i"), ("j", "i"), ("w", "v"), ("x", "ks"), ("ck", "k"))


@lru_cache(maxsize=64)
def _romanizer(lang: str | None) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One alternation over a language's ROMANIZE pairs, longest first, applied in a single pass."""
    data = language_data(lang, "entities") if lang else None
    pairs = dict(getattr(data, "ROMANIZE", ()))
    if not pairs:
        return None
    pattern = re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)))
    return pattern, pairs


def _romanize(word: str, lang: str | None) -> str:
    low = word.lower()
    data = language_data(lang, "entities") if lang else None
    for suffix in getattr(data, "FEMININE_SURNAME_SUFFIXES", ()):
        # Czech `Theresa Mayová`, `Merkelová` name the same person as `May`, `Merkel`
        low = " ".join(
            w[: -len(suffix)] if w.endswith(suffix) and len(w) > len(suffix) + 2 else w for w in low.split(" ")
        )
    rom = _romanizer(lang)
    if rom is not None:
        # single pass: the `ch` made from Polish `cz` is not turned into `kh` by the rule for `ch`
        low = rom[0].sub(lambda m: rom[1][m.group(0)], low)
    return anyascii(low).lower()


@lru_cache(maxsize=200_000)
def name_key(name: str, lang: str | None) -> str:
    """Skeleton key of a (base-form) name; words kept in order, separated by single spaces."""
    # soft signs come out of anyascii as apostrophes: drop them inside words rather than split there
    text = _NON_LETTER.sub(" ", _romanize(name.replace("-", " "), lang).replace("'", ""))
    words = []
    for word in text.split():
        for src, dst in _SKELETON_RULES:
            word = word.replace(src, dst)
        words.append(_DOUBLE.sub(r"\1", word))
    return " ".join(words)


def acronym(name: str) -> str | None:
    """The name itself when it is an acronym (`NATO`, `UE`, `США`), upper-cased; else None."""
    compact = name.replace(".", "").replace(" ", "")
    if 2 <= len(compact) <= 6 and compact.isupper() and compact.isalpha():
        return compact
    return None


def initials(name: str, skip: frozenset[str] = frozenset()) -> str:
    """Initial letters of the capitalised words of an expansion (`North Atlantic Treaty Organisation` → NATO)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in skip]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


_INNER_FROM = 3


def spells_acronym(acr: str, name: str, skip: frozenset[str] = frozenset()) -> bool:
    """Whether `acr` abbreviates `name` taking letters from inside words too (`ČHMÚ` = `Český
    hydrometeorologický ústav`, the M of `-meteorologický`): every word gives its initial, in order, and
    may give more letters of its own after it; short function words may give nothing."""
    raw = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    words = [w.lower() for w in raw]
    # short lower-case links inside a name give no letter either (`Tehreek-e-Labbaik Pakistan` = TLP)
    skip = skip | {w for w in raw if len(w) <= 2 and w.islower()}
    letters = acr.lower()
    if len(words) < 2 or len(letters) < 3:
        return False

    @cache
    def fits(i: int, j: int) -> bool:  # words[i:] spell letters[j:]
        if i == len(words):
            return j == len(letters)
        word = words[i]
        if word in skip and fits(i + 1, j):
            return True
        if j >= len(letters) or word[0] != letters[j]:
            return False
        # the word's initial, then letters further inside the same word where a part of a compound can
        # begin: not its second or third letter (`WHO` is not `White HOuse`; `hydro-meteorologický` is fine)
        k, pos = j + 1, _INNER_FROM
        while True:
            if fits(i + 1, k):
                return True
            if k >= len(letters):
                return False
            pos = word.find(letters[k], pos)
            if pos < 0:
                return False
            k, pos = k + 1, pos + 1

    return fits(0, 0)


_FINAL_VOWELS = re.compile(r"(?<=[^aeiou])[aeiou]+$")
_VOWELS = re.compile(r"[aeiou]+")
# `g`/`h`: Russian renders Latin and Ukrainian h as г (Harlan/Гарлан, Hrytsenko/Гриценко)
_CONSONANT_RULES = (
    ("ph", "f"),
    ("th", "t"),
    ("ce", "se"),
    ("ci", "si"),
    ("ts", "c"),
    ("c", "k"),
    ("q", "k"),  # no Cyrillic q: Lindqvist/Ліндквіст, Iraq/Ирак
    ("x", "ks"),  # Alexander/Александр
    ("w", "v"),  # Wolkow/Volkov where a language's own romanisation did not already turn it
    ("g", "h"),
    ("z", "s"),
)
_SILENT_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")  # Johnson ~ Джонсон


def stem_key(key: str) -> str:
    """A name key with each word's final vowels cut (`arizona`/`arizon`, `senata`/`senat`): inflection-proof."""
    return " ".join(_FINAL_VOWELS.sub("", w) if len(w) > 3 else w for w in key.split())


def consonant_key(key: str) -> str:
    """Consonants only (`trump`/`tramp`/`trmp` → `trmp`, `biden`/`baiden` → `bdn`): cross-script spellings."""
    words = []
    for w in key.split():
        w = _SILENT_H.sub("", w)
        for src, dst in _CONSONANT_RULES:
            w = w.replace(src, dst)
        words.append(_DOUBLE.sub(r"\1", _VOWELS.sub("", w)))
    return " ".join(w for w in words if w)
