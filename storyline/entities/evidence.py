"""Whether a one-word name typed as a person is one, in languages typed by rules (`TRAINED_TYPES = False`).

The bundled tagger was trained on Slavic text; in German, French, Spanish and Italian it types many unknown
capitalised words PER: German common nouns (`das Abkommen`, `ein direktes Treffen`), places (`bei Lyon`,
`a Bolzano`, `Castilla y León, Extremadura y Andalucía`) and bodies (`le Mercosur`). News names a person in
full before it uses the surname alone, so a lone word typed PER keeps that type only with evidence: it ends
or begins a person's full name in the same text, or a title stands before it. Without evidence its left
context decides, from the language's data (`storyline/langs/<iso>/entities.py`):

* after an article (`NOUN_ARTICLES`, with `ARTICLE_ADJECTIVE_ENDINGS` for adjectives between): a person
  takes none, so it is a thing; where every noun is capitalised (`CAPITALISED_NOUNS`) and the lexicon
  reads the word as a common noun, no name at all, else the language's `ARTICLE_NAME_TYPE` (`le Mercosur`
  ORG, `der Oder` LOC);
* after a preposition of place (`PLACE_PREPOSITIONS`: `bei`, `à`, `en`, `a`, `autour de`): a place;
* in a list with a place (`AND_WORDS` or commas between them): a place; a name of several words only
  inside a list holding two places (`León, Castilla-La Mancha y Extremadura`).
Other lone words stay as typed (`gegen Handel` tells nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

# the word before a name: a letter run, or an elided article glued to the name (`l'`, `dell'`)
_WORD_BEFORE = re.compile(r"(\w+['’]?)[ \u00a0]*$")
_LOOK_BACK = 60


def _common_noun(word: str, lang: str) -> bool:
    """A common noun by the lexicon: one it inflects as such (`nouns.is_common_noun`: `Autos`), or an infinitive
    used as a noun (`Abkommen`, `Treffen`: the lower-case form is its own base form). Its lists hold rivers and
    regions too (`Oder`, `Krim`), so being known says nothing."""
    import simplemma

    from storyline.entities.nouns import is_common_noun

    if is_common_noun(word, lang, genitive=True):
        return True
    low = word.lower()
    return (
        low.endswith("en") and bool(simplemma.is_known(low, lang=lang)) and simplemma.lemmatize(low, lang=lang) == low
    )


def _words_before(text: str, start: int, n: int) -> list[str]:
    """Up to `n` words right before `start`, nearest first, as written; stops at punctuation."""
    out: list[str] = []
    end = start
    while len(out) < n:
        m = _WORD_BEFORE.search(text, max(0, end - _LOOK_BACK), end)
        if m is None:
            break
        out.append(m[1])
        end = m.start()
    return out


def _after_article(text: str, start: int, data: Any) -> bool:
    articles: frozenset[str] = getattr(data, "NOUN_ARTICLES", frozenset())
    endings: tuple[str, ...] = getattr(data, "ARTICLE_ADJECTIVE_ENDINGS", ())
    before = _words_before(text, start, 3)
    for i, word in enumerate(before):
        if word.lower() in articles:
            return True
        # `ein direktes Treffen`: adjectives may stand between the article and the noun (not a noun: `des
        # Vorsitzenden Merz` is a person)
        if not endings or not word.islower() or not word.endswith(endings) or i == 2:
            return False
    return False


def _chains(text: str, mentions: Sequence[tuple[int, int, str]], data: Any) -> list[list[int]]:
    """Runs of mentions joined by commas or and-words (`Castilla y León, Castilla-La Mancha y Extremadura`)."""
    and_words: tuple[str, ...] = getattr(data, "AND_WORDS", ())
    joint = r"(?:,|" + "|".join(re.escape(w) for w in and_words) + r")" if and_words else ","
    link = re.compile(r"[ \u00a0]*" + joint + r"[ \u00a0]*")
    order = sorted(range(len(mentions)), key=lambda i: mentions[i][0])
    chains: list[list[int]] = []
    for i in order:
        if chains and link.fullmatch(text, mentions[chains[-1][-1]][1], mentions[i][0]):
            chains[-1].append(i)
        else:
            chains.append([i])
    return [c for c in chains if len(c) > 1]


def unsupported_people(
    text: str,
    lang: str,
    mentions: Sequence[tuple[int, int, str]],
    data: Any,
    is_title: Callable[[str], bool],
) -> list[str | None]:
    """A type for each (start, end, type) mention: PER kept, changed (LOC, ORG) or None (no name) for lone
    words typed PER without a person's evidence (see the module doc)."""
    kinds: list[str | None] = [kind for _, _, kind in mentions]
    if data is None or getattr(data, "TRAINED_TYPES", True):
        return kinds
    named: set[str] = set()
    for start, end, kind in mentions:
        words = text[start:end].split()
        if kind == "PER" and len(words) > 1:
            named.update(w.lower() for w in words)
    prepositions: frozenset[str] = getattr(data, "PLACE_PREPOSITIONS", frozenset())
    bare: set[int] = set()  # lone words typed PER with no evidence and no left context that decides
    for i, (start, end, _) in enumerate(mentions):
        word = text[start:end]
        before = _words_before(text, start, 2)
        if kinds[i] != "PER" or " " in word.strip() or word.lower() in named or (before and is_title(before[0])):
            continue
        if _after_article(text, start, data):
            common = getattr(data, "CAPITALISED_NOUNS", False) and _common_noun(word, lang)
            kinds[i] = None if common else getattr(data, "ARTICLE_NAME_TYPE", "ORG")
        elif before and (
            before[0].lower() in prepositions or " ".join(w.lower() for w in before[1::-1]) in prepositions
        ):
            kinds[i] = "LOC"
        else:
            bare.add(i)
    # in a list with places, the bare words are places too; a name of several words, between places on both
    # sides (the list holds two places besides it)
    for chain in _chains(text, mentions, data):
        for i in [i for i in chain if i in bare] if any(kinds[j] == "LOC" for j in chain) else []:
            kinds[i] = "LOC"
        for pos, i in enumerate(chain):
            inner = 0 < pos < len(chain) - 1
            if kinds[i] == "PER" and i not in bare and inner and sum(kinds[j] == "LOC" for j in chain) >= 2:
                before = _words_before(text, mentions[i][0], 1)
                if not (before and is_title(before[0])):
                    kinds[i] = "LOC"
    return kinds
