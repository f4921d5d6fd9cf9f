"""Morphological name evidence for the tagger: dictionary name classes, part of speech and base form.

Which analyser a language uses is data (`MORPH_ANALYSER` in `storyline/langs/<iso>/entities.py`):
`morfeusz2` (Polish, SGJP name classes such as `imię`, `nazwisko`, `nazwa_geograficzna`,
`nazwa_organizacji`) or `pymorphy3-ru` / `pymorphy3-uk` (OpenCorpora tags `Name`, `Surn`, `Patr`, `Geox`,
`Orgn`, `Trad`), or `simplemma-<iso>` (Czech, Slovene, Bulgarian: whether the form is a known word,
in lower case too, and its base form). A word gets three strings: its name classes, its parts of speech and its base form, so
that `Kijowa`/`Kijowie` share features and an unseen surname still looks like a surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from storyline.langs import language_data

MorphFeatures = tuple[str, str, str]
_NONE: MorphFeatures = ("", "", "")
# OpenCorpora grammemes that say "this is a name" (pymorphy3 ru and uk dictionaries)
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


@cache
def morfeusz() -> Any:
    """The one morfeusz2 analyser (SGJP; tags not expanded), built on first use and shared by every Polish reader."""
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@cache
def pymorphy(lang: str) -> Any:
    """The one pymorphy3 analyser of `lang` (ru, uk), built on first use (about a second) and shared."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _by_morfeusz(word: str) -> MorphFeatures:
    classes: set[str] = set()
    pos: set[str] = set()
    lemma = ""
    for _, _, (_, base, tag, quals, _) in morfeusz().analyse(word):
        head = tag.split(":", 1)[0]
        pos.add(head)
        classes.update(quals)
        if not lemma or (quals and quals[0] != "nazwa_pospolita"):
            lemma = base.split(":", 1)[0]
    if pos == {"ign"}:
        return ("ign", "ign", "")
    return ("|".join(sorted(classes)), "|".join(sorted(pos)), lemma.lower())


def capitalised_common_noun(word: str, lang: str) -> str:
    """The base form of a common-noun reading the language's dictionary writes capitalised (morfeusz2's SGJP:
    `Polacy` → `Polak`, `Brytyjczykom` → `Brytyjczyk`, `Latynosów` → `Latynos`): a member of a people, no person's
    name; '' for anything else (`Omarem` → `omar` is written small, `Kowalski` is a surname) and in languages whose
    analyser does not tell (the others lower-case their base forms)."""
    data = language_data(lang, "entities")
    if getattr(data, "MORPH_ANALYSER", None) != "morfeusz2" or not word[:1].isupper():
        return ""
    return _capitalised_common(word)


@lru_cache(maxsize=50_000)
def _capitalised_common(word: str) -> str:
    for _, _, (_, base, tag, quals, style) in morfeusz().analyse(word):
        head = base.split(":", 1)[0]
        if not tag.startswith("subst") or "nazwa_pospolita" not in quals or not head[:1].isupper():
            continue
        # marked an ethnonym (`etn.`: `Norwegowie`), or with no mark at all: an archaic reading (`daw.`) does not
        # count (`Laszko` is a surname before it is an old word for a Lach woman); `Polka` is also a surname
        if "etn." in style or (not style and set(quals) <= {"nazwa_pospolita", "nazwisko"}):
            return head
    return ""


def _pymorphy_of(lang: str) -> Callable[[str], MorphFeatures]:
    def analyse(word: str) -> MorphFeatures:
        morph = pymorphy(lang)
        parses = morph.parse(word)
        if not parses:
            return _NONE
        # the top three parses: enough to see `Name`/`Surn` readings without the noise of guesses
        flags = {t for p in parses[:3] for t in p.tag.grammemes if t in _NAME_TAGS}
        known = "k" if morph.word_is_known(word) else "u"
        return ("|".join(sorted(flags)) or "-", f"{parses[0].tag.POS}|{known}", parses[0].normal_form)

    return analyse


def _simplemma_of(lang: str) -> Callable[[str], MorphFeatures]:
    def analyse(word: str) -> MorphFeatures:
        import simplemma

        base = simplemma.lemmatize(word, lang=lang)
        # known as written / known in lower case (a common word capitalised at a sentence start) /
        # base form capitalised (the dictionary holds it as a proper name: `Praze` → `Praha`)
        known = "".join(
            (
                "k" if simplemma.is_known(word, lang=lang) else "u",
                "l" if word != word.lower() and simplemma.is_known(word.lower(), lang=lang) else "-",
                "C" if base[:1].isupper() else "c",
            )
        )
        return (known, "", base.lower())

    return analyse


_ANALYSERS: dict[str, Callable[[str], MorphFeatures]] = {
    "morfeusz2": _by_morfeusz,
    "pymorphy3-ru": _pymorphy_of("ru"),
    "pymorphy3-uk": _pymorphy_of("uk"),
    # Wiktionary-based form → lemma lists (small for these languages: 0.2-0.3 MB compressed each)
    "simplemma-cs": _simplemma_of("cs"),
    "simplemma-sl": _simplemma_of("sl"),
    "simplemma-bg": _simplemma_of("bg"),
    "simplemma-de": _simplemma_of("de"),
    "simplemma-fr": _simplemma_of("fr"),
    "simplemma-es": _simplemma_of("es"),
    "simplemma-it": _simplemma_of("it"),
}


@cache
def analyser_for(lang: str) -> Callable[[str], MorphFeatures] | None:
    """The morphological analyser a language's entity data names, or None."""
    data = language_data(lang, "entities")
    name = getattr(data, "MORPH_ANALYSER", None) if data is not None else None
    return _ANALYSERS.get(name) if name else None


# bounded: a long run meets new words forever; 200,000 entries are ~60 MB and hold a day of news' names
@lru_cache(maxsize=200_000)
def morph_features(word: str, lang: str) -> MorphFeatures:
    """(name classes, parts of speech, base form) of a capitalised word; empty strings otherwise or without an analyser."""
    analyse = analyser_for(lang)
    # only words with a capital letter: names are written so, and analysing every word cost a third of
    # the stage's time on cold caches (pymorphy3 ~0.2 ms a word); lower-case words keep their own features
    if analyse is None or word.islower() or not any(ch.isalpha() for ch in word):
        return _NONE
    return analyse(word)


# The script of the dictionaries that hold one script only: a Latin word is never in pymorphy3's (it reads it as
# LATN, unknown), a Cyrillic one never in morfeusz2's (ign). Asking them across scripts found nothing and loaded
# both pymorphy3 dictionaries (~46 MB) into every worker of an English corpus.
_ANALYSER_SCRIPT = {"morfeusz2": "latin", "pymorphy3-ru": "cyrillic", "pymorphy3-uk": "cyrillic"}
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _other_script(word: str, lang: str) -> bool:
    """Whether the analyser of `lang` holds words of one script and `word` is written in another."""
    data = language_data(lang, "entities")
    script = _ANALYSER_SCRIPT.get(getattr(data, "MORPH_ANALYSER", "") if data is not None else "")
    return script is not None and (script == "cyrillic") != bool(_CYRILLIC.search(word))


# dictionary classes of a place's and of a given name's own name: morfeusz2 (SGJP) qualifiers, pymorphy3 grammemes
_OWN_NAME_CLASSES = {"LOC": frozenset({"nazwa_geograficzna", "Geox"}), "PER": frozenset({"imię", "Name"})}


@lru_cache(maxsize=20_000)
def name_bases(word: str, kind: str) -> frozenset[str]:
    """Base forms under which the lexicons of every language with one list `word` as a place's name (`kind`
    LOC: morfeusz2 `nazwa_geograficzna`, pymorphy3 `Geox`) or a given name (PER: `imię`, `Name`), pymorphy3's
    for words it knows, or as a known proper name (simplemma: known as written, capitalised base form): `Lyon`
    → {lyon}, `Oder` → {odra, oder, odry}, `León` → {león}, `Marta` → {marta}. Empty: no dictionary knows it."""
    from storyline.langs import available_languages

    wanted = _OWN_NAME_CLASSES.get(kind, frozenset())
    out: set[str] = set()
    for lang in available_languages():
        if _other_script(word, lang):
            continue
        classes, pos, base = morph_features(word, lang)
        found = set(classes.split("|")) & wanted
        listed = bool(found) and (("Geox" not in found and "Name" not in found) or pos.endswith("|k"))
        if base and (listed or (classes[:1] == "k" and classes[-1:] == "C")):
            out.add(base)
    return frozenset(out)


# name classes of a person's names and of a place's: morfeusz2 (SGJP) qualifiers, pymorphy3 (OpenCorpora) grammemes
_PERSON_NAME_CLASSES = frozenset({"imię", "nazwisko", "Name", "Surn"})
_PLACE_NAME_CLASSES = frozenset({"nazwa_geograficzna", "Geox"})


@lru_cache(maxsize=20_000)
def person_name_reading(word: str, given_only: bool = False) -> bool:
    """Whether the dictionaries that class names (morfeusz2, pymorphy3; words they know) read `word` as a person's
    given name or surname and none as a place's name (`Davis`, `Дэвис`, `Daniela` yes; `Chicago`, `Lima` no), or
    with `given_only` as a given name, whatever else (`Sonia`, `Jan`)."""
    from storyline.langs import available_languages

    person = False
    for lang in available_languages():
        if getattr(language_data(lang, "entities"), "MORPH_ANALYSER", "") not in (
            "morfeusz2",
            "pymorphy3-ru",
            "pymorphy3-uk",
        ) or _other_script(word, lang):
            continue
        classes, pos, _ = morph_features(word, lang)
        found = set(classes.split("|"))
        if pos.endswith("|u"):
            continue  # pymorphy3 guesses the classes of a word it does not know
        if given_only:
            person = person or bool(found & {"imię", "Name"})  # `Jan` is a given name and a place's name too
        elif found & _PLACE_NAME_CLASSES:
            return False
        else:
            person = person or bool(found & _PERSON_NAME_CLASSES)
    return person


@lru_cache(maxsize=20_000)
def oblique_only(lang: str, word: str) -> bool:
    """Whether pymorphy3 reads a word it knows in a case other than the nominative in every reading ("России",
    "Києву"); a place's plural ("України" read as "Ukraines") is no nominative that can be a subject, while a
    singular, a people, a plural-only name ("США") or an adjective is. Unknown words: False."""
    morph = pymorphy(lang)
    if not morph.word_is_known(word.lower()):
        return False
    parses = [p for p in morph.parse(word) if p.tag.case]
    return bool(parses) and not any(
        p.tag.case == "nomn"
        and (p.tag.number != "plur" or "Pltm" in p.tag or p.tag.animacy == "anim" or p.tag.POS in ("ADJF", "PRTF"))
        for p in parses
    )
