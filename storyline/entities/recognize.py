"""Find name mentions in one text: spaCy where a language has a shipped model, the bundled tagger elsewhere.

Which recogniser a language uses, and the per-language cues that correct it (title words before a
person, determiners to trim, gazetteer types), live in `storyline/langs/<iso>/entities.py`. `_finish` puts
one text's spans through the corrections in order: edges and titles cut (`trims.py`), names found again
(`recall.py`), words that are no names dropped or cut off (`false_names.py`), base forms and types from
the gazetteer and title cues (`_retype`), people without a person's evidence retyped (`evidence.py`), one
type per name in the text; peoples' nouns typed PER marked (`Mention.people`: the mention stage leaves them out).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from storyline.entities.evidence import unsupported_people
from storyline.entities.false_names import (
    drop_function_words,
    function_words,
    head_noun_name,
    people_nouns,
    peoples_names,
    split_acronyms,
)
from storyline.entities.gazetteer import alias_key, institution_type, place_type
from storyline.entities.lemma import lemmatize
from storyline.entities.morph import morph_features, person_name_reading
from storyline.entities.outlets import credit_spans, outlet_types
from storyline.entities.recall import (
    _adjective_names,
    _foreign_adjective_names,
    _gazetteer_extensions,
    _gazetteer_spans,
    _name_tails,
    _repeat_spans,
)
from storyline.entities.tagger import Tagger, decode_spans
from storyline.entities.tokens import tokenize
from storyline.entities.trims import (
    _drop_titles,
    _is_title_word,
    _noun_filter,
    _org_head,
    _place_nouns,
    _romance_head,
    _title_part,
    _title_place_split,
    _weak_trim,
)
from storyline.entities.trims import _join_initials as _join_initials  # re-exported: tests import it from here
from storyline.entities.trims import _trim as _trim  # re-exported: train.py and tests
from storyline.langs import language_data

TAGGER_PATH = Path(__file__).resolve().parent / "data" / "tagger.npz"
_LINE = re.compile(r"[^\n]+")
# A typographic apostrophe after a name's one-letter prefix: spaCy's English model reads "Michael O’Leary" as
# "Michael" but "Michael O'Leary" whole. The straight one, one character for one, keeps every offset; not in a
# possessive ("McConnell’s" read straight joins a title-case headline's verb to the name).
_INNER_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a text: offsets, type (PER ORG LOC EVT PRO), base form, language; `people`: a people's or a
    group's noun typed PER (`Polacy`, `американцы`), as SlavicNER annotates them, which is no person's name."""

    start: int
    end: int
    type: str
    lemma: str
    lang: str
    people: bool = False

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
    for doc in nlp.pipe((_INNER_APOSTROPHE.sub("'", t) for t in texts), batch_size=32):
        out.append([(e.start_char, e.end_char, labels[e.label_]) for e in doc.ents if e.label_ in labels])
    return out


def _genitive_base(surface: str, lemma: str, lang: str, data: Any) -> str:
    """A known place or body in a genitive the base-form rules keep (German `einen Antrag Polens`): the name
    without its ending (`NAME_GENITIVE_ENDINGS`), when the gazetteer knows that and not the name as found."""
    endings: tuple[str, ...] = getattr(data, "NAME_GENITIVE_ENDINGS", ())
    if not endings or " " in surface or alias_key(lemma, lang) or alias_key(surface, lang):
        return lemma
    for ending in endings:
        base = surface.removesuffix(ending)
        if base != surface and len(base) > 2 and alias_key(base, lang):
            return base
    return lemma


def _adjective_base(lemma: str, lang: str, data: Any) -> str:
    """Where every noun is capitalised (`CAPITALISED_NOUNS`), the capitalised adjectives of a name in the form
    it is cited in after its article (`der Gemeinsamen Agrarpolitik` → `Gemeinsame Agrarpolitik`, `Europäischen
    Union` → `Europäische Union`, which the gazetteer knows): the lexicon's base form plus `-e`."""
    if not getattr(data, "CAPITALISED_NOUNS", False) or " " not in lemma:
        return lemma
    from storyline.entities.nouns import adjective_base

    words = lemma.split(" ")
    cited = [(base[:1].upper() + base[1:] + "e") if (base := adjective_base(w, lang)) else w for w in words[:-1]]
    return " ".join([*cited, words[-1]])


def _retype(surface: str, lemma: str, kind: str, lang: str, text: str, start: int, data: Any) -> str:
    """Correct a type with the gazetteer (countries, cities) and, for weakly typed languages, title cues."""
    hit = alias_key(lemma, lang) or alias_key(surface, lang)
    if hit and not _person_named_like_city(surface, lemma, kind, hit[0], data):
        return "LOC" if place_type(hit[1]) else institution_type(hit[1])
    if _org_head(surface.split()[0], data):
        return "ORG"  # "Landesbauernverbands Rheinland": a body's head noun opens the name
    words = surface.split()
    if kind != "LOC" and len(words) > 1 and words[0].lower() in getattr(data, "PLACE_HEAD_NOUNS", ()):
        return "LOC"  # "Plaza Tahrir", "Place de la Concorde": a square's, a street's, a bridge's name
    untrained = not getattr(data, "TRAINED_TYPES", True)
    if untrained and kind in ("LOC", "ORG", "PRO", "EVT") and _given_and_surname(surface, lang, data):
        return "PER"
    last = surface.split()[-1]
    if kind in ("ORG", "PRO", "EVT") and last[:1].isupper() and last.lower() in getattr(data, "PLACE_NAME_NOUNS", ()):
        return "LOC"  # "the Highlands", "the Balearic Islands"
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


# words of a person's full name that a given name opens (`Sonia Dridi`, `Mariano García Fresno`)
_FULL_NAME_WORDS = (2, 3)
_GIVEN_NAME_MIN = 3


def _given_and_surname(surface: str, lang: str, data: Any) -> bool:
    """A name an untrained recogniser (`TRAINED_TYPES = False`) typed a place or a body that the text writes as a
    person's full name: two or three capitalised words, the first a given name by the name dictionaries and no
    function word, article or place (`Sonia Dridi` after `France 24`, `Pia Ahrenkilde`; not `El Mundo`, `Roma
    Mercoledì`), none after it a word the language's dictionary knows as a common word (`Karolina Północna`), a
    body's head or a place the gazetteer knows. (Where the recogniser was trained, its type for such a name is
    mostly a brand's: `Oliver Wyman`, `Roland Garros`, `Robert Koch`.)"""
    words = surface.split()
    if len(words) not in _FULL_NAME_WORDS or not all(_capitalised_word(w) for w in words):
        return False
    first = words[0]
    # not an article (`El Hayat`, `Al Quds`), a function word or a place (`Roma Mercoledì` of a dateline, `Milan Expo`)
    if len(first) < _GIVEN_NAME_MIN or first.lower() in function_words(lang) or alias_key(first, lang):
        return False
    if not person_name_reading(first, given_only=True):
        return False
    return not any(_common_word(w, lang) or _org_head(w, data) or alias_key(w, lang) for w in words[1:])


def _capitalised_word(word: str) -> bool:
    """`Dridi`, `Curie-Skłodowska`; not `SALOME`, `Salvador's`."""
    return word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()


def _common_word(word: str, lang: str) -> bool:
    """Whether the language's dictionary knows a capitalised word as a common word of any part of speech and not as
    a name (`Północna` of `Karolina Północna` is an adjective); unknown words and surnames are not."""
    from storyline.entities.false_names import is_common_word

    classes, pos, _ = morph_features(word, lang)
    if is_common_word(word, lang) or (pos not in ("", "ign") and set(classes.split("|")) <= {"", "nazwa_pospolita"}):
        return True  # morfeusz2: a word it knows, no name class among its readings (`Północna`: an adjective)
    return classes == "-" and pos.endswith("|k")  # pymorphy3: a known word with no name class


def _person_named_like_city(surface: str, lemma: str, kind: str, key: str, data: Any) -> bool:
    """A person a trained recogniser typed PER whose one-word name the gazetteer holds only as a city of the time-zone
    list (`powiedział Davis`: Antarctica/Davis), which the name dictionaries read as a person's name and no
    place's: the person stays (`Paris`, `Chicago`, `Lima` are places there, or `Paryż` is)."""
    return (
        kind == "PER"
        and getattr(data, "TRAINED_TYPES", True)
        and key.startswith("tz:")
        and " " not in surface
        and (person_name_reading(surface) or person_name_reading(lemma))
    )


def _offsets(m: Mention) -> tuple[int, int]:
    return m.start, m.end


def _finish(text: str, lang: str, spans: list[tuple[int, int, str]]) -> list[Mention]:
    data = _data(lang)
    spans = split_acronyms(text, _join_initials(text, spans), data, lang)
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
    named = _adjective_names(text, data) + _foreign_adjective_names(text, lang, spans, data)
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
        placed = False  # a place noun beside it made it a place
        if places and end > start:
            start, end, placed_kind = _place_nouns(text, start, end, "", places)
            placed = placed_kind == "LOC"
            kind = placed_kind or kind
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
        lemma = _adjective_base(_genitive_base(surface, lemma, lang, data), lang, data)
        retyped = _retype(surface, lemma, kind, lang, text, start, data)
        # "rue Mohammed Mahmoud": a street named for someone stays a place, though its words read as a person's
        # full name (`_given_and_surname`)
        kind = kind if placed and retyped == "PER" else retyped
        seen.add((start, end))
        out.append(Mention(start, end, kind, lemma, lang))
    if named:
        heads = getattr(data, "NAME_HEAD_CONNECTORS", None)
        if heads is not None:  # `Fonds de solidarité de l'` + `Union européenne`: the head-first name is one
            named = [(_romance_head(text, a, heads), b, k) for a, b, k in named]
        out = sorted(out + [Mention(a, b, k, " ".join(text[a:b].split()), lang) for a, b, k in named], key=_offsets)
    peoples = peoples_names(text, lang, [(m.start, m.end, m.type) for m in out], data)
    if peoples:
        out = [m for i, m in enumerate(out) if i not in peoples]
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
    out = _consistent_types(_surnames_are_people(text, out))
    groups = people_nouns(text, lang, [(m.start, m.end, m.type, m.lemma) for m in out], data)
    return [replace(m, people=True) if i in groups else m for i, m in enumerate(out)]


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
