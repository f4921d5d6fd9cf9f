"""Capitalised words that are not names: German common nouns, weekday and month names.

German writes every noun with a capital letter, so capitalisation says little there: `Woche`, `Zone`,
`Angaben der Regierung` look like names to a tagger trained on Slavic text. A word is a common noun when
the language's lexicon (simplemma's Wiktionary form lists) inflects it like one: it is itself an
inflected form of another word (`Angaben` → `Angabe`; a genitive `-s` counts only for a word standing alone
and whose base has plural forms, since names take it too: `Ministeriums` but not `Polens`), or one of its
plural forms is listed under it (`Wochen` → `Woche`, `Städte` → `Stadt`, `Ministerien` → `Ministerium`).
Names (`Berlin`, `Harlan`, `Madrid`) have no such forms. Which languages do this is data:
`CAPITALISED_NOUNS`, `NOUN_PLURAL_ENDINGS` and `NOUN_PLURAL_REPLACED` in `storyline/langs/<iso>/entities.py`. Weekday and month
names come from CLDR (babel) for every language.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from storyline.langs import language_data

_GENITIVE = ("s", "es", "'", "’")
_UMLAUT = str.maketrans({"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"})
_MIN_PART = 4  # compound parts shorter than this are suffixes (`-ung`), not words


@cache
def calendar_words(lang: str) -> frozenset[str]:
    """Lower-cased weekday and month names of a language (CLDR wide forms, format and stand-alone)."""
    from babel import Locale

    try:
        loc = Locale.parse(lang)
    except (ValueError, LookupError):
        return frozenset()
    out: set[str] = set()
    for table in (loc.days, loc.months):
        for context in table.values():
            out.update(name.lower() for name in context.get("wide", {}).values())
    return frozenset(out)


def _known(word: str, lang: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word, lang=lang))


def _lemma(word: str, lang: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang))


def _umlauted(word: str) -> str:
    """`Stadt` → `Städt`: the last a/o/u umlauted, as German plurals do (`Städte`, `Dächer`)."""
    for i in range(len(word) - 1, -1, -1):
        if word[i] in "aouAOU":
            if word[i] == "u" and i > 0 and word[i - 1] in "aA":  # `au` → `äu`
                i -= 1
            return word[:i] + word[i].translate(_UMLAUT) + word[i + 1 :]
    return word


def _inflected(word: str, lang: str, data: Any, genitive: bool = False) -> bool | None:
    """True/False when the lexicon knows `word` (an inflected common noun or not), None when it does not;
    with `genitive`, a genitive counts when its lemma has plurals."""
    if not _known(word, lang):
        return None
    lemma = _lemma(word, lang)
    if lemma != word:
        # a genitive is a common noun's when its lemma has plural forms (`Ministeriums`, `Kanzlers`); names
        # take the ending too and have none (`Polens`)
        return not any(word == lemma + e for e in _GENITIVE) or (genitive and _has_plural(lemma, lang, data))
    return _has_plural(word, lang, data)


def _has_plural(word: str, lang: str, data: Any) -> bool:
    """Whether the lexicon lists a plural form of `word` under it (`Wochen` → `Woche`, `Ministerien` →
    `Ministerium`)."""
    endings: tuple[str, ...] = getattr(data, "NOUN_PLURAL_ENDINGS", ())
    forms = [stem + ending for stem in dict.fromkeys((word, _umlauted(word))) for ending in endings]
    for singular, plural in getattr(data, "NOUN_PLURAL_REPLACED", ()):
        if word.endswith(singular) and len(word) > len(singular) + 2:
            forms.append(word[: -len(singular)] + plural)
    return any(form != word and _known(form, lang) and _lemma(form, lang) == word for form in forms)


@lru_cache(maxsize=100_000)
def is_common_noun(word: str, lang: str, genitive: bool = False) -> bool:
    """True for a capitalised word the language's lexicon inflects as a common noun, or a weekday/month.

    A genitive (`Ministeriums`, `Kanzlers`, not `Polens`) counts only with `genitive`: before a name it
    heads an organisation's name as often as it is a title (`Landesbauernverbands Rheinland`)."""
    if word.lower() in calendar_words(lang):
        return True
    data = language_data(lang, "entities")
    if not getattr(data, "CAPITALISED_NOUNS", False) or not word[:1].isupper() or not word.isalpha():
        return False
    known = _inflected(word, lang, data, genitive)
    if known is not None:
        return known
    # compounds the lexicon lacks end in an inflected noun it knows (`Waffenstillstands|gespräche`);
    # longest known tail first
    for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
        tail = word[i].upper() + word[i + 1 :]
        got = _inflected(tail, lang, data, genitive)
        if got is not None:
            return got and _lemma(tail, lang) != tail
    return False


@lru_cache(maxsize=100_000)
def adjective_base(word: str, lang: str) -> str:
    """The lower-case base form of an adjective written with a capital where every noun has one
    (`CAPITALISED_NOUNS`): the lexicon's base form when the word is it plus an adjective ending
    (`Gemeinsamen` → `gemeinsam`, `Europäische` → `europäisch`; `ARTICLE_ADJECTIVE_ENDINGS`); empty otherwise."""
    data = language_data(lang, "entities")
    endings: tuple[str, ...] = getattr(data, "ARTICLE_ADJECTIVE_ENDINGS", ())
    if not getattr(data, "CAPITALISED_NOUNS", False) or not endings or not word[:1].isupper() or not word.isalpha():
        return ""
    if not _known(word, lang):
        return ""
    base = _lemma(word, lang)
    return base if base[:1].islower() and any(word.lower() == base + ending for ending in endings) else ""


def is_capitalised_adjective(word: str, lang: str) -> bool:
    """True for an inflected adjective written with a capital where every noun has one (`CAPITALISED_NOUNS`):
    the lexicon's base form is lower case and the word is it plus an adjective ending (`Gemeinsamen` →
    `gemeinsam`, `Europäische` → `europäisch`; `ARTICLE_ADJECTIVE_ENDINGS`). Away from a sentence start such
    a capital is a name's (`Gemeinsame Agrarpolitik`, `Europäische Zentralbank`)."""
    return bool(adjective_base(word, lang))
