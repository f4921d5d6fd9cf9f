"""Find name mentions in one text: spaCy where a language has a shipped model, the bundled tagger elsewhere.

Which recogniser a language uses, and the per-language cues that correct it (title words before a
person, determiners to trim, gazetteer types), live in `storyline/langs/<iso>/entities.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from storyline.entities.evidence import unsupported_people
from storyline.entities.false_names import common_head_tail, drop_function_words, head_noun_name, split_acronyms
from storyline.entities.gazetteer import alias_key, institution_type, multiword_prefixes, place_type
from storyline.entities.lemma import lemmatize
from storyline.entities.nouns import is_common_noun
from storyline.entities.outlets import credit_spans, outlet_types
from storyline.entities.tagger import Tagger, decode_spans
from storyline.entities.tokens import tokenize
from storyline.langs import language_data
from storyline.store.fold import fold

TAGGER_PATH = Path(__file__).resolve().parent / "data" / "tagger.npz"
_LINE = re.compile(r"[^\n]+")
_EDGE_PUNCT = "\"'„”“«»‚‘’()[]{}.,;:!?–—-"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a text: offsets, type (PER ORG LOC EVT PRO), base form, language."""

    start: int
    end: int
    type: str
    lemma: str
    lang: str

    def attrs(self) -> dict[str, Any]:
        """The `mention` span attributes."""
        return {"type": self.type, "lemma": self.lemma, "lang": self.lang}


@cache
def _tagger() -> Tagger:
    return Tagger.load(TAGGER_PATH)


@cache
def _spacy(models: tuple[str, ...]) -> Any:
    from storyline.spacy_models import load_first

    # only the named-entity pipe and what it needs: the tagger, parser and lemmatiser cost 3x the time
    exclude = ["tagger", "parser", "lemmatizer", "attribute_ruler", "senter", "morphologizer"]
    nlp = load_first(models, exclude)
    # the small models' NER embeds its own tok2vec; the shared one then feeds nobody (1.6x faster)
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listening_components", True):
        nlp.remove_pipe("tok2vec")
    return nlp


@cache
def _use_spacy() -> bool:
    """False when the `entity_recognizer` setting asks for the fast tagger in every language."""
    from storyline.errors import UnsupportedInput
    from storyline.settings import load_settings

    choice = str(load_settings().get("entity_recognizer", "accurate"))
    if choice not in ("accurate", "fast"):
        raise UnsupportedInput(f"entity_recognizer is {choice!r}; set it to 'accurate' or 'fast'")
    return choice == "accurate"


@cache
def _spacy_max_chars() -> int:
    """How much of a text spaCy reads (the `entity_spacy_max_chars` setting; 0 = all of it)."""
    from storyline.settings import load_settings

    return int(load_settings().get("entity_spacy_max_chars", 0))


def _data(lang: str) -> Any:
    return language_data(lang, "entities")


def _segments(text: str, sentences: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if sentences:
        return list(sentences)
    return [(m.start(), m.end()) for m in _LINE.finditer(text)]


def _tagger_spans_many(
    jobs: Sequence[tuple[str, str, Sequence[tuple[int, int]]]],
) -> list[list[tuple[int, int, str]]]:
    """Tagger spans for many (text, lang, segments) jobs, decoded together."""
    seqs: list[tuple[list[str], str]] = []
    owners: list[tuple[int, list[tuple[int, int]]]] = []
    for j, (text, lang, segments) in enumerate(jobs):
        for seg_start, seg_end in segments:
            toks = tokenize(text, seg_start, seg_end)
            if toks:
                seqs.append(([text[s:e] for s, e in toks], lang))
                owners.append((j, toks))
    out: list[list[tuple[int, int, str]]] = [[] for _ in jobs]
    for (j, toks), tags in zip(owners, _tagger().tag_many(seqs), strict=True):
        for a, b, kind in decode_spans(tags):
            out[j].append((toks[a][0], toks[b - 1][1], kind))
    return out


def _spacy_spans(
    texts: Sequence[str], model: tuple[str, ...], labels: dict[str, str]
) -> list[list[tuple[int, int, str]]]:
    nlp = _spacy(model)
    out = []
    for doc in nlp.pipe(texts, batch_size=32):
        out.append([(e.start_char, e.end_char, labels[e.label_]) for e in doc.ents if e.label_ in labels])
    return out


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


def _retype(surface: str, lemma: str, kind: str, lang: str, text: str, start: int, data: Any) -> str:
    """Correct a type with the gazetteer (countries, cities) and, for weakly typed languages, title cues."""
    hit = alias_key(lemma, lang) or alias_key(surface, lang)
    if hit:
        return "LOC" if place_type(hit[1]) else institution_type(hit[1])
    if _org_head(surface.split()[0], data):
        return "ORG"  # "Landesbauernverbands Rheinland": a body's head noun opens the name
    if data is not None and kind != "PER":
        before = text[max(0, start - 40) : start].split()
        titled = bool(before) and before[-1].lower().strip(",") in getattr(data, "PERSON_TITLES", frozenset())
        words = surface.split()
        # A trained model's ORG after a person's title is a name it does not know ("The EU envoy Hanna
        # Lindqvist"), where titles stand before names (TITLE_BEFORE_NAME); weakly typed languages take the
        # title's word for any type.
        # Capitalised words only, none in capitals: "MR KEATING WHO" is shouting, and its WHO, once a person,
        # made every WHO of the text one (Timeline17 H1N1: the 20k bench's topic F1 0.916 -> 0.893).
        named = (
            getattr(data, "TITLE_BEFORE_NAME", False)
            and kind in ("ORG", "MISC")
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and not w.isupper() for w in words)
        )
        if titled and (named or not getattr(data, "TRAINED_TYPES", True)):
            return "PER"
    return kind


@lru_cache(maxsize=100_000)
def _gazetteer_kind(surface: str, lang: str) -> str | None:
    """LOC or ORG when the gazetteer knows `surface` as written or in its base form; one lookup per run."""
    key = alias_key(surface, lang) or alias_key(lemmatize(surface, lang, "LOC"), lang)
    return institution_type(key[1]) if key else None


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
            staged.append((start, end, kind, False))
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


def _adjective_names(text: str, data: Any) -> list[tuple[int, int, str]]:
    """Bodies whose names keep lower-case adjectives after a capitalised head (`Coordination paysanne
    Rhône-Alpes`, `Partito democratico`): `ADJECTIVE_NAMES` in `langs/<iso>/entities.py`, typed ORG.
    The tagger and the trims would keep only the capitalised words."""
    pattern = getattr(data, "ADJECTIVE_NAMES", None)
    if pattern is None:
        return []
    return [(m.start(), m.end(), "ORG") for m in pattern.finditer(text)]


def _offsets(m: Mention) -> tuple[int, int]:
    return m.start, m.end


def _title_place_split(text: str, spans: list[tuple[int, int, str]], data: Any) -> list[tuple[int, int, str]]:
    """ "il sindaco di Milano Giuseppe Sala", "le maire de Marseille Benoît Payan": a three-word name right after a
    title and its connector (TITLE_PLACE_CONNECTORS) is the title's place, then the person (the tagger read one
    person); longer names are left whole, where the place's end is unknown."""
    connectors: frozenset[str] = getattr(data, "TITLE_PLACE_CONNECTORS", frozenset())
    if not connectors:
        return spans
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
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


def _finish(text: str, lang: str, spans: list[tuple[int, int, str]]) -> list[Mention]:
    data = _data(lang)
    spans = split_acronyms(text, _join_initials(text, spans), data)
    if data is not None and not getattr(data, "TRAINED_TYPES", True):
        spans = _noun_filter(text, lang, spans, data)
        spans = _title_place_split(text, spans, data)
    credits = credit_spans(text)
    if credits:  # a wire credit `(Reuters) -` is an agency, whatever a model made of it
        spans = [s for s in spans if not any(a < s[1] and s[0] < b for a, b, _ in credits)] + credits
    spans = _gazetteer_extensions(text, lang, spans)
    spans = [s for s in spans if not _title_part(text, s, lang, data)]
    spans = spans + _repeat_spans(text, spans + _name_tails(text, spans, data))
    spans = spans + _gazetteer_spans(text, lang, spans)
    named = _adjective_names(text, data)
    if named:  # whole names with lower-case words: no trim may cut them, no tagger piece stays beside them
        spans = [s for s in spans if not any(a < s[1] and s[0] < b for a, b, _ in named)]
    spans = drop_function_words(text, lang, spans)
    span_ends = {a: (b, k) for a, b, k in spans}
    stop: frozenset[str] = getattr(data, "NOT_NAMES", frozenset())
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for start, end, kind in sorted(spans):
        start, end = _trim(text, start, end, data)
        if end > start and data is not None and not getattr(data, "TRAINED_TYPES", True):
            start, end, kind = _weak_trim(text, start, end, kind, data, lang)
        elif end > start and kind == "PER":
            start = _drop_titles(text, start, end, data)
        heads = getattr(data, "NAME_HEAD_CONNECTORS", None)
        if heads is not None and end > start and kind in ("ORG", "LOC", "PRO"):
            start = _romance_head(text, start, heads)
        places: frozenset[str] = getattr(data, "PLACE_NOUNS", frozenset())
        if places and end > start:
            start, end, kind = _place_nouns(text, start, end, kind, places)
        head = None
        whole = head_noun_name(text, lang, (start, end, kind), data, span_ends)
        if whole is not None:
            head = text[start:end] if whole[1] > end else None
            start, end, kind = whole
        if end <= start or (start, end) in seen:
            continue
        surface = " ".join(text[start:end].split())
        if not any(ch.isalpha() for ch in surface) or surface.lower() in stop:
            continue
        lemma = lemmatize(surface, lang, kind)
        if head is not None:  # only the head declines; its complements keep their case (`Fondu solidarity …`)
            lemma = lemmatize(head, lang, kind) + surface[len(head) :]
        kind = _retype(surface, lemma, kind, lang, text, start, data)
        seen.add((start, end))
        out.append(Mention(start, end, kind, lemma, lang))
    if named:
        heads = getattr(data, "NAME_HEAD_CONNECTORS", None)
        if heads is not None:  # `Fonds de solidarité de l'` + `Union européenne`: the head-first name is one
            named = [(_romance_head(text, a, heads), b, k) for a, b, k in named]
        out = sorted(out + [Mention(a, b, k, " ".join(text[a:b].split()), lang) for a, b, k in named], key=_offsets)
    kinds = outlet_types(text, lang, [(m.start, m.end, m.type, m.lemma) for m in out])
    out = [m if m.type == k else Mention(m.start, m.end, k, m.lemma, m.lang) for m, k in zip(out, kinds, strict=True)]
    # a name inside a longer one found by another route (`Comité international` of `Comité international de
    # la Croix-Rouge`, rebuilt by its head) is no mention of its own
    out = _outermost(out)
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    people = unsupported_people(
        text, lang, [(m.start, m.end, m.type) for m in out], data, lambda w: _is_title_word(w, titles)
    )
    out = [
        m if k == m.type else Mention(m.start, m.end, k, lemmatize(text[m.start : m.end], lang, k), m.lang)
        for m, k in zip(out, people, strict=True)
        if k is not None
    ]
    return _consistent_types(_surnames_are_people(text, out))


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside a longer one, in their order (one sweep over start, longest first)."""
    inside: set[int] = set()
    reach, holder = -1, (-1, -1)
    for i in sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].end)):
        m = mentions[i]
        if m.end <= reach and (m.start, m.end) != holder:
            inside.add(i)
        elif m.end > reach:
            reach, holder = m.end, (m.start, m.end)
    return [m for i, m in enumerate(mentions) if i not in inside]


def _surnames_are_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A lone word that ends a person's name in the text is that person's surname, typed and lemmatised
    as one (`Katrin Vogler` … `Vogler`; `Tomasz Wierzbicki` … `powiedział Wierzbicki`, not the place
    `Wierzbicka`)."""
    people = [m for m in mentions if m.type == "PER" and " " in m.lemma]
    if not people:
        return mentions
    surnames = {m.lemma.rsplit(" ", 1)[1].lower() for m in people}
    surnames |= {text[m.start : m.end].rsplit(None, 1)[-1].lower() for m in people}
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        if (
            m.type != "PER"
            and " " not in surface.strip()
            and (m.lemma.lower() in surnames or surface.lower() in surnames)
        ):
            m = Mention(m.start, m.end, "PER", lemmatize(surface, m.lang, "PER"), m.lang)
        out.append(m)
    return out


def _consistent_types(mentions: list[Mention]) -> list[Mention]:
    """One type per base form within a text: the majority vote of its mentions (ties keep each)."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        key = m.lemma.lower()
        got = votes.get(key)
        if got is None:
            got = votes[key] = Counter()
        got[m.type] += 1
    out = []
    for m in mentions:
        ranked = votes[m.lemma.lower()].most_common(2)
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1] and ranked[0][0] != m.type:
            m = Mention(m.start, m.end, ranked[0][0], m.lemma, m.lang)
        out.append(m)
    return out


def find_mentions(text: str, lang: str | None, sentences: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Name mentions of one text in language `lang` (sentence offsets optional)."""
    return find_mentions_batch([(text, lang, sentences)])[0]


def _lead_cut(text: str, segments: Sequence[tuple[int, int]], limit: int) -> int:
    """Where the lead read by spaCy ends: the last segment end at or before `limit` (whole text if short)."""
    if limit <= 0 or len(text) <= limit:
        return len(text)
    ends = [e for _, e in segments if e <= limit]
    return max(ends) if ends else min(limit, len(text))


def find_mentions_batch(
    items: Sequence[tuple[str, str | None, Sequence[tuple[int, int]] | None]],
) -> list[list[Mention]]:
    """Mentions for many texts at once (spaCy languages are run through `nlp.pipe` together).

    In spaCy languages only the lead (`entity_spacy_max_chars`) goes through spaCy; the tagger reads the
    rest, and names found in the lead are repeated through the whole text (one sense per document).
    """
    results: list[list[Mention] | None] = [None] * len(items)
    spacy_groups: dict[str, list[tuple[int, int]]] = {}
    tagger_jobs: list[tuple[int, str, str, list[tuple[int, int]]]] = []
    for i, (text, lang, sentences) in enumerate(items):
        code = lang or "und"
        data = _data(code)
        model = getattr(data, "SPACY_MODEL", None)
        segments = _segments(text, sentences)
        if model and _use_spacy():
            cut = _lead_cut(text, segments, _spacy_max_chars())
            spacy_groups.setdefault(code, []).append((i, cut))
            segments = [(max(a, cut), b) for a, b in segments if b > cut]
        tagger_jobs.append((i, text, code, segments))
    spans_of = _tagger_spans_many([(t, c, segs) for _, t, c, segs in tagger_jobs]) if tagger_jobs else []
    tagged = {i: spans for (i, *_), spans in zip(tagger_jobs, spans_of, strict=True)}
    for code, idx in spacy_groups.items():
        data = _data(code)
        found = _spacy_spans([items[i][0][:cut] for i, cut in idx], data.SPACY_MODEL, data.SPACY_LABELS)
        for (i, _), spans in zip(idx, found, strict=True):
            tagged[i] = spans + tagged.get(i, [])
    for i, spans in tagged.items():
        results[i] = _finish(items[i][0], items[i][1] or "und", spans)
    return [r or [] for r in results]
