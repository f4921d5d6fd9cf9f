"""News outlets and agencies are organisations: typed from the text around them, not from a list of names.

Taggers trained on news see `Axios`, `Reuters` or `PAP` in the places a person stands (`told Axios`,
`zauważa Axios`) and often type them PER. Three kinds of evidence turn such a PER into ORG:

* a wire credit: `VIENNA (Reuters) -`, `WARSAW, March 13 (PAP) -`, a line `(PAP)` — news convention in
  every language, so it lives here as a pattern;
* an outlet noun right before or after the name (`news agency PAP`, `agencja PAP`, `PAP agency`);
* a media verb or preposition right before (`told`, `według`, `selon`) or a reporting verb right after
  (`reports`, `podaje`, `сообщает`): weaker, so a name the text makes a person's surname (`Dmitry Peskov`
  … `told Peskov`) or a multi-word person name stays PER.

The cue words are data: `OUTLET_CUES_BEFORE`, `OUTLET_CUES_AFTER`, `OUTLET_NOUNS` in
`storyline/langs/<iso>/entities.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from storyline.entities.gazetteer import alias_key
from storyline.langs import language_data

# `CITY (Agency) -` at a line start (after a dateline of up to 60 characters) or `(Agency)` alone on a line
_NAME = r"[^\W\d_][\w&.'’-]*(?: [^\W\d_][\w&.'’-]*){0,2}"
_CREDIT = re.compile(rf"(?m)^(?:[^\n()]{{0,60}}?\((?P<a>{_NAME})\)[ \t]*[-–—]|\((?P<b>{_NAME})\)[ \t]*$)")
_MAX_CREDIT_WORDS = 3


def credit_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "ORG") of wire-service credits: `(Reuters) -` after a dateline, `(PAP)` on its own line."""
    out = []
    for m in _CREDIT.finditer(text):
        group = "a" if m.group("a") else "b"
        name = m.group(group)
        if name[:1].isupper() and len(name.split()) <= _MAX_CREDIT_WORDS:
            out.append((m.start(group), m.end(group), "ORG"))
    return out


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Compiled (verb before, verb after, noun before, noun after) patterns of a language, or None."""
    data: Any = language_data(lang, "entities")
    before = getattr(data, "OUTLET_CUES_BEFORE", ())
    after = getattr(data, "OUTLET_CUES_AFTER", ())
    nouns = getattr(data, "OUTLET_NOUNS", ())
    if not (before or after or nouns):
        return None
    never = r"(?!x)x"
    # a determiner may stand between the cue and the name (`told the Financial Times`)
    return (
        re.compile(rf"(?:^|\W)(?:{_alternation(before) or never})\s+(?:the\s+)?[\"„“«]?$", re.I),
        re.compile(rf"^[\"”»]?,?\s+(?:{_alternation(after) or never})(?:\W|$)", re.I),
        re.compile(rf"(?:^|\W)({_alternation(nouns) or never})\s+[\"„“«]?$", re.I),
        re.compile(rf"^[\"”»]?\s+({_alternation(nouns) or never})(?:\W|$)", re.I),
    )


def outlet_types(text: str, lang: str, mentions: list[tuple[int, int, str, str]]) -> list[str]:
    """The type of each (start, end, type, lemma) mention: a person or unknown place the text calls an
    outlet becomes ORG (`told Axios`, `published by the Financial Times and Axios`)."""
    cues = _cues(lang)
    if cues is None:
        return [m[2] for m in mentions]
    verb_before, verb_after, noun_before, noun_after = cues
    coordinated = _coordination(lang)
    surnames = {lemma.rsplit(" ", 1)[-1].lower() for _, _, kind, lemma in mentions if kind == "PER" and " " in lemma}
    surnames |= {part for name in surnames for part in name.split("-")}  # `Saif ul-Mulook` … `Według Mulooka`
    out = []
    cued_end = -1  # end of the last mention a cue called an outlet: `X and Axios` shares its cue
    titles: frozenset[str] = getattr(language_data(lang, "entities"), "PERSON_TITLES", frozenset())
    for start, end, kind, lemma in mentions:
        left = text[max(0, start - 40) : start]
        right = text[end : end + 40]
        before = noun_before.search(left)
        after = noun_after.match(right)
        # the outlet noun of the next name (`Saif Mulúk agentuře AFP sdělil`) or a word of the outlet's own name
        # before (`korespondentce Polskiego Radia Beacie Płomeckiej`, `kameraman České televize Jan Taimr`) is none
        # of this one's
        if after is not None and _NAME_NEXT.match(right, after.end(1)):
            after = None
        if before is not None and _inside_name(start - len(left) + before.start(1), mentions):
            before = None
        strong = bool(before or after)
        weak = bool(verb_before.search(left) or verb_after.match(right))
        if not (strong or weak) and cued_end >= 0 and coordinated.fullmatch(text[cued_end:start]):
            weak = True
        if strong or weak:
            cued_end = end
        # only a person or an unknown place is corrected: a known place stays a place (`selon Moscou`), and
        # a product reading is the SlavicNER convention for newspapers and channels (`CNN`, `Politico` are
        # PRO there, agencies ORG; typing those PRO mentions ORG cost 1 point of Polish held-out F1)
        person = (
            kind == "PER"
            and (strong or (" " not in lemma and lemma.lower() not in surnames))
            and not _titled(text, start, titles)
            and (strong or not _named_person(text, start, end, surnames))
        )
        unknown_place = kind == "LOC" and alias_key(lemma, lang) is None and alias_key(text[start:end], lang) is None
        if (strong or weak) and (person or unknown_place):
            kind = "ORG"
        out.append(kind)
    return out


# a capitalised word right after an outlet noun: the noun heads that name (`agentuře AFP`)
_NAME_NEXT = re.compile(r"[ \u00a0]+[\"„“«]?[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ]")
# an inflected form of a surname keeps this many letters more at most (`Collinse` of `Collins`)
_MAX_ENDING = 3


def _inside_name(noun_start: int, mentions: list[tuple[int, int, str, str]]) -> bool:
    """Whether the outlet noun at `noun_start` is a word of another name (`Polskiego Radia`, `České televize`), not
    the cue before this one."""
    return any(a <= noun_start < b for a, b, _, _ in mentions)


def _titled(text: str, start: int, titles: frozenset[str]) -> bool:
    """A person's title right before the name (`ministr Davis`): a person, whatever cue stands beside."""
    previous = text[max(0, start - 40) : start].split()
    return bool(previous) and previous[-1].lower().strip(",") in titles


def _named_person(text: str, start: int, end: int, surnames: set[str]) -> bool:
    """Whether a lone word after a media verb or preposition is a person's name, no outlet's: a given name by the
    name dictionaries (`Podle Daniela`) or a form of the surname of a person the text names in full (`Damian
    Collins` … `Podle Collinse`, `Saif ul-Mulook` … `Według Mulooka`)."""
    from storyline.entities.morph import person_name_reading

    word = text[start:end]
    low = word.lower()
    return person_name_reading(word, given_only=True) or any(
        low.startswith(s) and len(low) - len(s) <= _MAX_ENDING for s in surnames if len(s) > _MAX_ENDING
    )


@cache
def _coordination(lang: str) -> re.Pattern[str]:
    """What stands between two coordinated names: the language's `and`/`or` words (a bare comma does not
    count: `Według Axios, Dmitriew spotkał…` starts a new clause with a person)."""
    words = getattr(language_data(lang, "entities"), "AND_WORDS", ()) or ("and",)
    return re.compile(rf"\s+(?:{_alternation(words)})\s+(?:the\s+)?", re.I)
