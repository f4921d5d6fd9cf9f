"""A recogniser's span cut to the name it holds: edges, titles, common nouns, places and people apart.

Surrounding punctuation, leading determiners and possessive endings go (`_trim`); in languages typed by
rules, title words in front (typing the name PER) and lower-case words trailing it (`_weak_trim`), common
nouns on its edges and spans of common nouns (`_noun_filter`, German: `Delegationsleiter Alexander
Hryzenko`, `Flutwelle der Oder`), a title's place before a person (`il sindaco di Milano Giuseppe Sala`);
elsewhere title words a person's span took in (`Wysłannicy Trumpa`). A capitalised word before a lower-case
title is part of the title (`Interior minister`), a middle initial joins the surname after it (`George W.
Bush`), a head-first name takes its head in (`Comité international de la` + `Croix-Rouge`) and a noun for a
kind of place next to a name makes it a place (`the Oder river`). The cues are each language's data.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.entities.false_names import common_head_tail, sentence_initial
from storyline.entities.nouns import is_capitalised_adjective, is_common_noun
from storyline.entities.recall import _gazetteer_kind
from storyline.entities.tokens import tokenize

_EDGE_PUNCT = "\"'„”“«»‚‘’()[]{}.,;:!?–—-"


def _trim(text: str, start: int, end: int, data: Any) -> tuple[int, int]:
    """Drop surrounding punctuation, leading determiners and possessive endings from a span."""
    while start < end and (text[start] in _EDGE_PUNCT or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
        end -= 1
    for det in getattr(data, "LEADING_DETERMINERS", ()):
        if text[start : start + len(det) + 1].lower() == det + " " and end - start > len(det) + 2:
            start += len(det) + 1
            break
    for ending in getattr(data, "POSSESSIVE_ENDINGS", ()):
        if text[start:end].endswith(ending) and end - start > len(ending) + 1:
            end -= len(ending)
            break
    return start, end


def _weak_trim(text: str, start: int, end: int, kind: str, data: Any, lang: str) -> tuple[int, int, str]:
    """For languages the tagger was not trained on: cut title words in front of a name (typing it PER)
    and lower-case words trailing it (`Gesandte Arkadi Wolkow` → `Arkadi Wolkow`, `Lindqvist von der`), but
    not the adjectives of a common noun's name (`Parlement européen`: the lone `Parlement` names nothing)."""
    toks = tokenize(text, start, end)
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    least = 1 + common_head_tail(text, lang, toks)
    while len(toks) > least and (text[toks[-1][0]].islower() or not text[toks[-1][0]].isalpha()):
        toks.pop()
    while len(toks) > 1:
        first = text[toks[0][0] : toks[0][1]].lower()
        # German compounds end in the title (`Außenministerin`, `Sondergesandte`)
        if first in titles or any(first.endswith(t) and len(t) > 4 for t in titles):
            toks.pop(0)
            kind = "PER"
            continue
        break
    return toks[0][0], toks[-1][1], kind


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """`Wysłannicy` is a form of `wysłannik`: long titles match on their first 7 letters."""
    low = word.lower()
    return low in titles or (len(low) >= 7 and any(len(t) >= 7 and low[:7] == t[:7] for t in titles))


def _drop_titles(text: str, start: int, end: int, data: Any) -> int:
    """Start of a person span after title words the tagger took in (`Wysłannicy Trumpa` → `Trumpa`)."""
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    toks = tokenize(text, start, end)
    while len(toks) > 1 and _is_title(text[toks[0][0] : toks[0][1]], titles):
        toks.pop(0)
    return toks[0][0] if toks else start


def _org_head(word: str, data: Any) -> bool:
    """True when `word` (genitive ending or not) is a compound headed by a body's noun of the language's
    ORG_HEAD_SUFFIXES (`Landesbauernverbands`, `Gewerkschaft`)."""
    heads: tuple[str, ...] = getattr(data, "ORG_HEAD_SUFFIXES", ())
    low = word.lower()
    return bool(heads) and any(w.endswith(heads) for w in (low, low.removesuffix("es"), low.removesuffix("s")))


def _title_part(text: str, span: tuple[int, int, str], lang: str, data: Any) -> bool:
    """A lone capitalised word the gazetteer does not know, right before a lower-case title (`Interior`
    of `Interior minister Marek Ostrowski`, `Treasury secretary`): part of the title, not a body."""
    start, end, kind = span
    if kind not in ("ORG", "LOC") or " " in text[start:end].strip() or data is None:
        return False
    after = re.match(r"[ \u00a0]+(\w+)", text[end : end + 40])
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    if not after or not after[1][:1].islower() or not _is_title_word(after[1], titles):
        return False
    return _gazetteer_kind(text[start:end], lang) is None


_INITIAL_THEN_NAME = re.compile(r"\.[ \u00a0]?(\w+)")


def _join_initials(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person span cut at a middle initial takes in the name after it (`George W` + `. Bush`)."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        last = text[max(start, end - 2) : end]
        if kind == "PER" and len(last) == 2 and last[0] == " " and last[1].isupper():
            m = _INITIAL_THEN_NAME.match(text, end)
            if m and m.group(1)[:1].isupper():
                # the next span (the surname the tagger found alone) is swallowed by the longer one
                out = [s for s in out if s[1] <= start]
                out.append((start, m.end(1), kind))
                continue
        if out and start < out[-1][1]:
            continue
        out.append((start, end, kind))
    return out


def _noun_filter(text: str, lang: str, spans: list[tuple[int, int, str]], data: Any) -> list[tuple[int, int, str]]:
    """Weakly typed languages: cut common nouns off the edges of name spans and drop spans of common nouns.

    `Delegationsleiter Alexander Hryzenko` → `Alexander Hryzenko` (PER: the cut noun is a title),
    `Europa am Mittwoch` → `Europa`, `Flutwelle der Oder` → `Oder`, `de Lyon` → `Lyon`; `Woche` and
    `Angaben der Regierung` go, unless evidence says they are names: the gazetteer knows the span, a title
    stands before it, or its words are part of a longer name in the same text (`Kessler` after
    `Heinrich Kessler`). What counts as a common noun: `storyline/entities/nouns.py`.
    """
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    staged: list[tuple[int, int, str, bool]] = []  # (start, end, kind, has a name word)
    for start, end, kind in spans:
        surface = " ".join(text[start:end].split())
        if _gazetteer_kind(surface, lang):
            staged.append((start, end, kind, True))
            continue
        toks = tokenize(text, start, end)
        # N: a capitalised word that is no common noun, C: a common noun, l: lower case, p: punctuation
        marks = []
        for a, b in toks:
            word = text[a:b]
            if not word[:1].isalpha():
                marks.append("p")
            elif not word[:1].isupper():
                marks.append("l")
            else:
                marks.append("C" if is_common_noun(word, lang) else "N")
        if "N" not in marks:
            staged.append(_adjective_name(text, lang, toks, marks) or (start, end, kind, False))
            continue
        # nouns directly before a name are titles and descriptions (`Umweltministerin Katrin Vogler`)
        cut = max((j for j in range(len(marks) - 1) if marks[j] == "C" and marks[j + 1] == "N"), default=-1)
        if cut >= 0:
            if any(_is_title_word(text[a:b], titles) for a, b in toks[: cut + 1]):
                kind = "PER"
            elif kind == "PER" and _org_head(text[toks[cut][0] : toks[cut][1]], data):
                kind = "ORG"  # "Gewerkschaft Verdi": the noun before the name says what it is
            toks, marks = toks[cut + 1 :], marks[cut + 1 :]
        # what a connector joins on after the last name word, or before the first, is no part of it
        # (`Europa am Mittwoch`, `Flutwelle der Oder`); a noun right after a first name is a surname
        last = max(j for j, mark in enumerate(marks) if mark == "N")
        stop = next((j for j in range(last + 1, len(marks)) if marks[j] in "lp"), len(marks))
        toks, marks = toks[:stop], marks[:stop]
        first = marks.index("N")
        if first > 0:
            toks, marks = toks[first:], marks[first:]
        # a common noun's genitive left alone (`Sprecher des Außenministeriums`) names no one
        alone = len(toks) == 1 and is_common_noun(text[toks[0][0] : toks[0][1]], lang, genitive=True)
        staged.append((toks[0][0], toks[-1][1], kind, not alone))
    name_words = {w for a, b, _, named in staged if named for w in text[a:b].split()}
    out = []
    for start, end, kind, named in staged:
        if not named:
            before = text[max(0, start - 40) : start].split()
            if before and _is_title_word(before[-1].strip(",:"), titles):
                kind = "PER"
            elif not all(w in name_words for w in text[start:end].split()):
                continue
        out.append((start, end, kind))
    return out


def _adjective_name(
    text: str, lang: str, toks: list[tuple[int, int]], marks: list[str]
) -> tuple[int, int, str, bool] | None:
    """A span of common nouns holding a capitalised adjective away from a sentence start and the nouns right
    after it: in languages that capitalise nouns only, that capital makes a name (`bei der Gemeinsamen
    Agrarpolitik (GAP)`, `die Europäische Zentralbank`), a body's or a policy's, typed ORG. None otherwise."""
    for j in range(len(toks) - 1):
        a, b = toks[j]
        if (
            marks[j] == "C"
            and marks[j + 1] == "C"
            and not sentence_initial(text, a)
            and is_capitalised_adjective(text[a:b], lang)
        ):
            stop = j + 1
            while stop + 1 < len(marks) and marks[stop + 1] == "C":
                stop += 1
            return a, toks[stop][1], "ORG", True
    return None


def _romance_head(text: str, start: int, heads: Any) -> int:
    """Start of a name the tagger found only the tail of, in languages that put the head first and link
    it with `de`/`di` (`Comité international de la` + `Croix-Rouge`, `Ministère de l'` + `Intérieur`):
    a capitalised head word, at most two lower-case words, a connector (`NAME_HEAD_CONNECTORS`)."""
    m = heads.search(text, max(0, start - 80), start)
    if m is None or m.end() != start:
        return start
    head = m.start()
    before = text[max(0, head - 3) : head]
    # a head at a sentence or line start is only capitalised by position (`Selon le rapport de Paris`)
    if head == 0 or before.endswith(("\n", ". ", "! ", "? ", "« ", '"', "“")) or before.strip() == "":
        return start
    return head


def _place_nouns(text: str, start: int, end: int, kind: str, places: frozenset[str]) -> tuple[int, int, str]:
    """A common noun for a kind of place next to a name (`Hofburg palace`, `the Oder river`, `Řeka Odra`,
    `на річці Одра`) is no part of it and makes it a place; `PLACE_NOUNS` in `langs/<iso>/entities.py`."""
    toks = tokenize(text, start, end)
    words = [t for t in toks if text[t[0]].isalpha()]
    if len(words) > 1 and text[words[-1][0]].islower() and text[words[-1][0] : words[-1][1]] in places:
        return start, words[-2][1], "LOC"
    if len(words) > 1 and text[words[0][0] : words[0][1]].lower() in places:
        return words[1][0], end, "LOC"
    after = re.match(r"[ \u00a0]+(\w+)", text[end : end + 40])
    if after and after.group(1) in places:
        return start, end, "LOC"
    before = re.search(r"(\w+)[ \u00a0]+$", text[max(0, start - 40) : start])
    if before and before.group(1).lower() in places:
        return start, end, "LOC"
    return start, end, kind


def _title_place_split(text: str, spans: list[tuple[int, int, str]], data: Any) -> list[tuple[int, int, str]]:
    """ "il sindaco di Milano Giuseppe Sala", "le maire de Marseille Benoît Payan": a three-word name right after a
    title held for a place (TITLE_PLACE_TITLES) and its connector (TITLE_PLACE_CONNECTORS) is the title's place,
    then the person (the tagger read one person); after another title ("el portavoz de José Luis Ábalos") and
    for longer names, where the place's end is unknown, the name is left whole."""
    connectors: frozenset[str] = getattr(data, "TITLE_PLACE_CONNECTORS", frozenset())
    titles: frozenset[str] = getattr(data, "TITLE_PLACE_TITLES", frozenset())
    if not connectors or not titles:
        return spans
    out = []
    for start, end, kind in spans:
        toks = tokenize(text, start, end)
        before = text[max(0, start - 60) : start].split()
        if (
            kind == "PER"  # "presidente di Terra Viva Toscana" is a body
            and len(toks) == 3
            and all(text[a].isupper() for a, _ in toks)
            and len(before) >= 2
            and before[-1].lower() in connectors
            and _is_title_word(before[-2], titles)
        ):
            out += [(toks[0][0], toks[0][1], "LOC"), (toks[1][0], end, "PER")]
        else:
            out.append((start, end, kind))
    return out


def _is_title_word(word: str, titles: frozenset[str]) -> bool:
    """A title or a compound ending in one (`Umweltministerin`, `Delegationsleiter`)."""
    low = word.lower()
    return low in titles or any(len(t) > 4 and low.endswith(t) for t in titles)
