"""Spans a recogniser took for names that are none, or names glued to words that are no part of them.

* A word capitalised only because it opens a sentence and that is a function word of the language (spaCy's
  stop-word list for it: `Es una buena noticia`, `Selon Lemaire, …`, `Усі учасники`) is no name: alone it
  goes, in front of a name it is cut off. Folded into the gazetteer's keys, `Es` was the Cyrillic acronym
  `ЕС` (the EU). Words of those lists that are names in the language stay (`NAMES_AMONG_FUNCTION_WORDS` in
  `storyline/langs/<iso>/entities.py`: English `May`, Slovene `Nato`).
* An acronym in capitals inside a person's span is a body, and the words around it are no part of the
  person: `Hydrolożka IMGW` is the institute's acronym after an occupation noun, `Synoptyk IMGW Piotr Kowal`
  the institute and then the person.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from storyline.entities.tokens import tokenize
from storyline.langs import language_data

# what may stand between a sentence's end and its first word: spaces, opening quotes, dashes, brackets
_OPENERS = "\"'„“”«»‚‘’([{–—-*•"


@cache
def function_words(lang: str) -> frozenset[str]:
    """Lower-cased function words of a language (spaCy's stop words), less those the language uses as names."""
    try:
        words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    except ImportError:
        return frozenset()
    data = language_data(lang, "entities")
    names: frozenset[str] = getattr(data, "NAMES_AMONG_FUNCTION_WORDS", frozenset())
    return frozenset(w.lower() for w in words) - names


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` opens a text, a line or a sentence (its capital says nothing)."""
    i = start - 1
    while i >= 0 and (text[i] in _OPENERS or text[i] in " \t\u00a0"):
        i -= 1
    # not after a colon: `FOTO: Jim Bourg` (Slovene `jim` is "them") names the photographer
    return i < 0 or text[i] in ".!?…\n"


def _title_case(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [t for t in tokenize(text, start, end) if text[t[0]].isalnum()]


def drop_function_words(text: str, lang: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans without a sentence-initial function word: such a word alone is dropped, before a name cut off
    (`Selon Lemaire` → `Lemaire`)."""
    stop = function_words(lang)
    if not stop:
        return spans
    out = []
    for start, end, kind in spans:
        words = _words(text, start, end)
        if words:
            a, b = words[0]
            first = text[a:b]
            if _title_case(first) and first.lower() in stop and sentence_initial(text, a):
                if len(words) == 1:
                    continue
                if not text[words[1][0]].isupper():
                    out.append((start, end, kind))  # `Strana zelených`: the word heads what follows
                    continue
                start = words[1][0]
        out.append((start, end, kind))
    return out


def _acronym(word: str) -> bool:
    """`IMGW`, `ČHMÚ`, `ДСНС`: two or more letters, all capitals."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def split_acronyms(text: str, spans: list[tuple[int, int, str]], data: Any) -> list[tuple[int, int, str]]:
    """A person's span holding an acronym in capitals is the acronym's body (ORG) and, after it, the person
    (`Synoptyk IMGW Piotr Kowal` → `IMGW`, `Piotr Kowal`); the words before the acronym are what the person
    is (`Hydrolożka IMGW`), no name. A span of capitals only (`RMF FM`) or written in capitals is left."""
    out = []
    for start, end, kind in spans:
        words = _words(text, start, end)
        caps = [i for i, (a, b) in enumerate(words) if _acronym(text[a:b])]
        if kind != "PER" or not caps or len(caps) == len(words) or text[start:end].isupper():
            out.append((start, end, kind))
            continue
        first, last = caps[0], caps[-1]
        out.append((words[first][0], words[last][1], "ORG"))
        rest = words[last + 1 :]
        if rest and text[rest[0][0]].isupper():
            out.append((rest[0][0], rest[-1][1], "PER"))
    return out
