"""Names the recognisers missed or cut short, found again from the gazetteer and the text itself.

A model's name is stretched to the longest gazetteer name that starts with it (`Organization for Security
and Co-operation` + `in Europe`); capitalised runs the models missed that the gazetteer knows are added
(`Zaporoże`, `Biały Dom`); a name found once is found wherever else it stands in the text (one sense per
document), and so is the tail of a head-first name (`Burgos` of `Turismo de Burgos`); bodies whose names
keep lower-case adjectives are read whole (`ADJECTIVE_NAMES`: `Coordination paysanne Rhône-Alpes`).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from storyline.entities.gazetteer import alias_key, institution_type, multiword_prefixes
from storyline.entities.lemma import lemmatize
from storyline.entities.tokens import tokenize
from storyline.store.fold import fold


@lru_cache(maxsize=100_000)
def _gazetteer_kind(surface: str, lang: str) -> str | None:
    """LOC or ORG when the gazetteer knows `surface` as written or in its base form; one lookup per run."""
    key = alias_key(surface, lang) or alias_key(lemmatize(surface, lang, "LOC"), lang)
    return institution_type(key[1]) if key else None


# How far past a model's name a longer gazetteer name may reach (`Organization for Security and
# Co-operation` + `in Europe`): official names of bodies run to about four more words.
_MAX_EXTENSION_WORDS = 4


def _gazetteer_extensions(text: str, lang: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Model spans stretched to the longest gazetteer name that starts with them; the spans inside the
    stretch (`Europe` of `… in Europe`) give way. The model cut the official name at its preposition."""
    out = list(spans)
    for i, (start, end, kind) in enumerate(spans):
        if kind not in ("ORG", "LOC"):
            continue
        own = [t for t in tokenize(text, start, end) if text[t[0]].isalnum()]
        # the name as found, or without its first word (`The`, `Die`, a title); only where a multi-word
        # gazetteer name starts like it (most spans skip every lookup)
        firsts = [a for a, b in own[:2] if _fold3(text[a:b]) in multiword_prefixes()]
        if not firsts:
            continue
        words = [t for t in tokenize(text, end, min(len(text), end + 120)) if text[t[0]].isalnum()]
        found = None
        for n in range(min(_MAX_EXTENSION_WORDS, len(words)), 0, -1):
            stop = words[n - 1][1]
            if not text[words[n - 1][0]].isupper() or "\n" in text[start:stop]:
                continue  # a name ends on a capitalised word, within its line
            for first in firsts:
                key = alias_key(" ".join(text[first:stop].split()), lang)
                if key:
                    found = (first, stop, institution_type(key[1]))
                    break
            if found:
                out[i] = found
                break
    stretched = [s for s, o in zip(out, spans, strict=True) if s != o]
    return [s for s in out if s in stretched or not any(a <= s[0] and s[1] <= b for a, b, _ in stretched)]


def _fold3(word: str) -> str:
    return fold(word)[:3]


def _gazetteer_spans(text: str, lang: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Capitalised 1-3 word runs the models missed that the gazetteer knows (`Zaporoże`, `Biały Dom`)."""
    covered = bytearray(len(text) + 1)
    for a, b, _ in taken:
        covered[a:b] = b"\x01" * (b - a)
    toks = [t for t in tokenize(text) if text[t[0]].isalpha()]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        a = toks[i][0]
        if not text[a].isupper() or covered[a]:
            i += 1
            continue
        hit = None
        # a run of two or three words can only be a gazetteer name starting like one (`Biał…` of `Biały Dom`,
        # `Białego Domu`): most capitalised words skip the two multi-word lookups
        multi = _fold3(text[a : toks[i][1]]) in multiword_prefixes()
        for n in (3, 2, 1):
            if i + n > len(toks) or (n > 1 and not multi):
                continue
            b = toks[i + n - 1][1]
            if any(covered[a:b]) or "\n" in text[a:b]:
                continue
            kind = _gazetteer_kind(" ".join(text[a:b].split()), lang)
            if kind:
                hit = (a, b, n, kind)
                break
        if hit:
            out.append((hit[0], hit[1], hit[3]))
            i += hit[2]
        else:
            i += 1
    return out


def _repeat_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Other occurrences of a name the model found once in the same text (one sense per document)."""
    covered = bytearray(len(text) + 1)
    for a, b, _ in taken:
        covered[a:b] = b"\x01" * (b - a)
    kinds: dict[str, Counter[str]] = {}
    for a, b, kind in taken:
        surface = text[a:b]
        if len(surface) >= 3 and surface[:1].isupper() and "\n" not in surface:
            got = kinds.get(surface)
            if got is None:
                got = kinds[surface] = Counter()
            got[kind] += 1
    out: list[tuple[int, int, str]] = []
    if not kinds:
        return out
    # longest names first so `Donald Trump` wins over `Donald`; str.find per name is cheaper than
    # compiling one alternation regex per text (that cost 5 ms a text)
    for name in sorted(kinds, key=len, reverse=True):
        kind = kinds[name].most_common(1)[0][0]
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            bounded = (at == 0 or (not text[at - 1].isalnum() and text[at - 1] != "_")) and (
                end == len(text) or (not text[end].isalnum() and text[end] != "_")
            )
            if bounded and not any(covered[at:end]):
                out.append((at, end, kind))
                covered[at:end] = b"\x01" * (end - at)
            at = text.find(name, at + 1)
    return out


def _name_tails(text: str, spans: list[tuple[int, int, str]], data: Any) -> list[tuple[int, int, str]]:
    """The name after the preposition of a head-first name (`Burgos` of `Turismo de Burgos`): repeated
    where it stands alone in the text (one sense per document), with the whole name's type."""
    heads = getattr(data, "NAME_HEAD_CONNECTORS", None)
    if heads is None:
        return []
    out = []
    for start, end, kind in spans:
        m = heads.match(text, start, end)
        if m is not None and m.end() < end and text[m.end()].isupper() and kind in ("LOC", "ORG"):
            out.append((m.end(), end, kind))
    return out


def _adjective_names(text: str, data: Any) -> list[tuple[int, int, str]]:
    """Bodies whose names keep lower-case adjectives after a capitalised head (`Coordination paysanne
    Rhône-Alpes`, `Partito democratico`): `ADJECTIVE_NAMES` in `langs/<iso>/entities.py`, typed ORG.
    The tagger and the trims would keep only the capitalised words."""
    pattern = getattr(data, "ADJECTIVE_NAMES", None)
    if pattern is None:
        return []
    return [(m.start(), m.end(), "ORG") for m in pattern.finditer(text)]


def _foreign_adjective_names(
    text: str, lang: str, spans: list[tuple[int, int, str]], data: Any
) -> list[tuple[int, int, str]]:
    """Bodies of another language named in its own words (`said Jean-Baptiste Lemaire of the Coordination paysanne
    Rhône-Alpes`: the model found `Coordination`): the ADJECTIVE_NAMES of the languages FOREIGN_ADJECTIVE_NAMES
    lists, where a span of the model starts the name and its lower-case words are none of this language's (its
    simplemma word list: `Commission official` is English), typed ORG."""
    others: tuple[str, ...] = getattr(data, "FOREIGN_ADJECTIVE_NAMES", ())
    starts = {a for a, _, kind in spans if kind != "PER"}
    if not others or not starts:
        return []
    import simplemma

    from storyline.langs import language_data

    out: list[tuple[int, int, str]] = []
    for other in others:
        pattern = getattr(language_data(other, "entities"), "ADJECTIVE_NAMES", None)
        for m in pattern.finditer(text) if pattern is not None else ():
            lower = [w for w in m.group().split() if w[:1].islower()]
            if m.start() in starts and lower and not any(simplemma.is_known(w, lang=lang) for w in lower):
                out.append((m.start(), m.end(), "ORG"))
    return out
