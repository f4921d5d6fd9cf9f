"""Spans a recogniser took for names that are none, or names glued to words that are no part of them.

* A word capitalised only because it opens a sentence and that is a function word of the language (spaCy's
  stop-word list for it: `Es una buena noticia`, `Selon Lemaire, …`, `Усі учасники`) is no name: alone it
  goes, in front of a name it is cut off. Folded into the gazetteer's keys, `Es` was the Cyrillic acronym
  `ЕС` (the EU). Words of those lists that are names in the language stay (`NAMES_AMONG_FUNCTION_WORDS` in
  `storyline/langs/<iso>/entities.py`: English `May`, Slovene `Nato`, Spanish `Estados`), and so does a name the
  gazetteer knows whole (`Nueva York`).
* A lone capitalised word that the language's lexicon reads as a common noun, followed by the lower-case
  words of a longer name, is that name's head cut off by the recogniser (`z Fondu solidarity Evropské unie`,
  `du Fonds de solidarité de l'Union européenne`, `le Parlement européen`): alone it names nothing, and
  linked by translation it made `Fondu`/`Fonds` names of the EU Solidarity Fund. A verb or a function word
  after it (`Sejm przyjął`, `Sejm w środę`) ends a name instead, and words the lexicon holds as proper nouns
  (`Praha`, `Odra`) stay.
* An acronym in capitals inside a person's span (not a regnal number: `Leo XIV`) is a body, and the words around it are no part of the
  person: `Hydrolożka IMGW` is the institute's acronym after an occupation noun, `Synoptyk IMGW Piotr Kowal`
  the institute and then the person.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Any

from storyline.entities.gazetteer import alias_key
from storyline.entities.morph import analyser_for, capitalised_common_noun, morph_features, person_name_reading
from storyline.entities.tokens import tokenize
from storyline.langs import language_data

# what may stand between a sentence's end and its first word: spaces, opening quotes, dashes, brackets
# a function word this short before a capitalised word is a surname's particle or a place name's article
# (`De Gaulle`, `Di Maio`, `Los Angeles`, `El Salvador`), not a sentence's first word to cut off
_PARTICLE_MAX = 3
# lower-case words looked at after a common-noun head: official names carry one or two (`Parlement européen`)
_MAX_TAIL = 2
_OPENERS = "\"'„“”«»‚‘’([{–—-*•"


@cache
def function_words(lang: str) -> frozenset[str]:
    """Lower-cased function words of a language (spaCy's stop words), less those the language uses as names."""
    # the list's own file, not `spacy.lang.<iso>`: importing the French package compiles its tokenizer
    # exceptions (2.9 CPU-s)
    package = importlib.util.find_spec("spacy.lang")
    locations = package.submodule_search_locations if package is not None else None
    path = Path(next(iter(locations))) / lang / "stop_words.py" if locations else None
    if path is None or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"storyline_stop_words_{lang}", path)
    if spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    words: set[str] = getattr(module, "STOP_WORDS", set())
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
    (`Selon Lemaire` → `Lemaire`; `De Gaulle` stays)."""
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
                if (
                    not text[words[1][0]].isupper()
                    or len(first) <= _PARTICLE_MAX
                    or alias_key(" ".join(text[start:end].split()), lang) is not None
                ):
                    # `Strana zelených`: the word heads what follows; `De Gaulle`, `Di Maio`, `Los Angeles`; a name
                    # the gazetteer knows whole (`Estados Unidos`, `Nueva York`)
                    out.append((start, end, kind))
                    continue
                start = words[1][0]
        out.append((start, end, kind))
    return out


_ROMAN = re.compile(r"[IVXLCDM]+")


def _acronym(word: str) -> bool:
    """`IMGW`, `ČHMÚ`, `ДСНС`: two or more letters, all capitals, no regnal number (`Charles III`, `Leo XIV`)."""
    return len(word) >= 2 and word.isalpha() and word.isupper() and not _ROMAN.fullmatch(word)


# name classes of a person's given name and surname: morfeusz2 (SGJP) qualifiers, pymorphy3 (OpenCorpora) grammemes
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĄĘĚŮАЕЁИОУЫЭЮЯІЇЄ]", re.IGNORECASE)
_GIVEN_NAME_CLASSES = frozenset({"imię", "Name"})
_SURNAME_CLASSES = frozenset({"nazwisko", "Surn"})


def _given_name(text: str, start: int, end: int, lang: str, data: Any) -> bool:
    """Whether the word at text[start:end] is a given name: capitalised (`Emmanuel`, `Jean-Marie`), no title, no
    common noun, and not what the lexicon reads as a surname (`Медоуз CNN`) or a people's name (`temnopoltih
    Američanov NAACP`); at a sentence start, where any noun is capitalised (`Hydrolożka`), only with the
    lexicon's given-name or known-proper-name reading."""
    word = text[start:end]
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    if not all(_title_case(part) for part in word.split("-")) or len(word) < 2:
        return False
    if _is_title_word(word, titles) or is_common_word(word, lang):
        return False
    if getattr(data, "CAPITALISED_NOUNS", False):
        from storyline.entities.nouns import is_common_noun

        if is_common_noun(word, lang):
            return False
    readings = [_name_reading(part, lang) for part in word.split("-")]
    if "surname" in readings or "people" in readings:
        return False
    return not sentence_initial(text, start) or all(r in ("given", "proper") for r in readings)


def _name_reading(word: str, lang: str) -> str | None:
    """What the lexicon reads a capitalised word as: `given` (morfeusz2, pymorphy3 name classes), `surname`
    (only that), `people` (an inflected form of a country's people: `Američanov` → `američan`, the US),
    `proper` (simplemma: known as written with a capitalised base form, `Jean`), or None."""
    from storyline.entities.gazetteer import country_of_adjective
    from storyline.entities.normalize import name_key

    classes, pos, base = morph_features(word, lang)
    found = set(classes.split("|"))
    # pymorphy3 guesses the classes of a word it does not know (`Косачева`: Name and Surn): a surname then
    guessed = pos.endswith("|u") and bool(found & _SURNAME_CLASSES)
    if found & _GIVEN_NAME_CLASSES and not guessed:
        return "given"
    if found & _SURNAME_CLASSES:
        return "surname"
    if base and base != word.lower() and country_of_adjective(name_key(base, lang)) is not None:
        return "people"
    return "proper" if classes[:1] == "k" and classes[-1:] == "C" else None


def _surname_in_capitals(text: str, start: int, words: list[tuple[int, int]], first: int, lang: str, data: Any) -> bool:
    """Whether the capitals at words[first] of a person's span from `start` are a surname written so (French,
    Italian and Polish press: `Emmanuel MACRON`, `Ursulą VON DER LEYEN`), not a body's acronym: right after the
    span's given name (titles before it aside), or right after a title where the lexicon reads the word as a
    surname (`Premier TUSK`; `Prezydent USA`, `Rzecznik MSZ` are bodies). After two names the capitals are the
    person's party or employer (`Jan Kowalski PSL`)."""
    word = text[words[first][0] : words[first][1]]
    if alias_key(word, lang) is not None or not _VOWEL.search(word):
        return False  # a known body or place (`NATO`, `USA`), letters no one pronounces as a name (`CNN`)
    titles: frozenset[str] = getattr(data, "PERSON_TITLES", frozenset())
    before = [m.span() for m in re.finditer(r"\S+", text[: words[first][0]]) if m.start() >= start]
    while before and _is_title_word(text[before[0][0] : before[0][1]], titles):
        before.pop(0)
    if len(before) == 1:
        return _given_name(text, before[0][0], before[0][1], lang, data)
    if before or first == 0 or not _is_title_word(text[words[first - 1][0] : words[first - 1][1]], titles):
        return False
    classes, _, _ = morph_features(word[:1] + word[1:].lower(), lang)
    return bool(_SURNAME_CLASSES & set(classes.split("|")))


def _is_title_word(word: str, titles: frozenset[str]) -> bool:
    """A title or a compound ending in one (`Außenministerin`)."""
    low = word.lower()
    return low in titles or any(len(t) > 4 and low.endswith(t) for t in titles)


def split_acronyms(
    text: str, spans: list[tuple[int, int, str]], data: Any, lang: str = "und"
) -> list[tuple[int, int, str]]:
    """A person's span holding an acronym in capitals is the acronym's body (ORG) and, after it, the person
    (`Synoptyk IMGW Piotr Kowal` → `IMGW`, `Piotr Kowal`); the words before the acronym are what the person
    is (`Hydrolożka IMGW`), no name. A span of capitals only (`RMF FM`) or written in capitals is left, and so
    is a surname in capitals after a given name or a title (`Emmanuel MACRON`, `Premier TUSK`)."""
    out = []
    for start, end, kind in spans:
        words = _words(text, start, end)
        caps = [i for i, (a, b) in enumerate(words) if _acronym(text[a:b])]
        if (
            kind != "PER"
            or not caps
            or len(caps) == len(words)
            or text[start:end].isupper()
            or _surname_in_capitals(text, start, words, caps[0], lang, data)
        ):
            out.append((start, end, kind))
            continue
        first, last = caps[0], caps[-1]
        out.append((words[first][0], words[last][1], "ORG"))
        rest = words[last + 1 :]
        if rest and text[rest[0][0]].isupper():
            out.append((rest[0][0], rest[-1][1], "PER"))
    return out


# parts of speech that make a word a verb: morfeusz2 (SGJP) and pymorphy3 (OpenCorpora) tags
_VERB_TAGS = frozenset(
    {"fin", "praet", "impt", "inf", "bedzie", "winien", "pred", "pcon", "pant", "imps", "VERB", "INFN", "PRTS", "GRND"}
)


def is_common_word(word: str, lang: str) -> bool:
    """True when the language's lexicon reads the capitalised `word` as a common noun and not as a name
    (morfeusz2: only `nazwa_pospolita` readings; pymorphy3: a known noun without name grammemes; simplemma:
    known in lower case with a lower-case base form)."""
    analyser = getattr(language_data(lang, "entities"), "MORPH_ANALYSER", "")
    classes, pos, _ = morph_features(word, lang)
    if analyser == "morfeusz2":
        return "subst" in pos.split("|") and set(classes.split("|")) <= {"nazwa_pospolita"}
    if analyser.startswith("pymorphy3"):
        return classes == "-" and pos == "NOUN|k"
    if analyser.startswith("simplemma"):
        return classes[1:] == "lc"
    return False


def _verb(word: str, lang: str) -> bool:
    """Whether a lower-case word may be a verb: the analyser's parts of speech, or for simplemma's form lists
    (no parts of speech) a base form with an infinitive's ending (`VERB_LEMMA_ENDINGS`: `devrait` → `devoir`)."""
    analyse = analyser_for(lang)
    if analyse is None:
        return False
    _, pos, base = analyse(word)
    if pos:
        return bool(_VERB_TAGS & set(pos.split("|")))
    endings: tuple[str, ...] = getattr(language_data(lang, "entities"), "VERB_LEMMA_ENDINGS", ())
    return base.endswith(endings) if endings else True  # no way to tell: take it for a verb, end the name


def head_noun_name(
    text: str, lang: str, span: tuple[int, int, str], data: Any, span_ends: dict[int, tuple[int, str]]
) -> tuple[int, int, str] | None:
    """A one-word span that is a common noun heading a longer name the recogniser cut (see the module doc),
    made whole: its lower-case words (`Parlement européen`) and a name right after them (`Fondu solidarity` +
    `Evropské unie`; `span_ends` maps a span's start to its end and type). None: the span stays as it is; an empty span
    (start == end): it goes (`Fonds` of `Fonds de solidarité de l'…`, which the tail's head-first name holds)."""
    start, end, kind = span
    if kind == "PER" or analyser_for(lang) is None:
        return None
    word = text[start:end]
    words = _words(text, start, end)
    if len(words) != 1 or words[0] != (start, end) or not _title_case(word) or not is_common_word(word, lang):
        return None
    if alias_key(word, lang):
        return None  # a country or city the lexicon also lists as a word
    heads = getattr(data, "NAME_HEAD_CONNECTORS", None)
    if heads is not None and (m := heads.match(text, start)) is not None and m.end() > end:
        return start, start, kind
    toks = [(start, end), *tokenize(text, end, min(len(text), end + 120))[:_MAX_TAIL]]
    keep = common_head_tail(text, lang, toks)
    if keep == 0:
        return None  # `Sejm przyjął`, `Sejm w środę`, `la Commission,`: the name ends with the noun
    if getattr(data, "TRAINED_TYPES", True):
        # a tagger trained on the language drew its own name boundaries; a lone head it left is kept out,
        # not stretched (where such a name ends, a capitalised adjective or a verb it cannot tell, is unsure)
        return start, start, kind
    stop = toks[keep][1]
    after = re.match(r"[ \u00a0]+", text[stop : stop + 3])
    if after and stop + after.end() in span_ends and span_ends[stop + after.end()][1] != "PER":
        stop = span_ends[stop + after.end()][0]
    return start, stop, kind


def common_head_tail(text: str, lang: str, toks: list[tuple[int, int]]) -> int:
    """How many trailing lower-case tokens of a span belong to its name: those after a common-noun head that
    are no function words (`Parlement européen`, `République tchèque`; not `Lindqvist von der`)."""
    if len(toks) < 2 or analyser_for(lang) is None or not is_common_word(text[toks[0][0] : toks[0][1]], lang):
        return 0
    stop = function_words(lang)
    keep = 0
    for a, b in toks[1:]:
        word = text[a:b]
        if not word[:1].islower() or not word.isalpha() or word in stop or _verb(word, lang):
            break
        keep += 1
    return keep


def peoples_names(text: str, lang: str, mentions: list[tuple[int, int, str]], data: Any) -> set[int]:
    """Indexes of lone words a model typed as a body or a thing that name the people of a place the text names
    (`older spellings of Scots` beside `Scotland`, `Poles` beside `Poland`): the place's first letters (three at
    least) and one of the language's `PEOPLE_ENDINGS`. A people is no entity."""
    endings: tuple[str, ...] = getattr(data, "PEOPLE_ENDINGS", ())
    if not endings:
        return set()
    places = {w for a, b, kind in mentions if kind == "LOC" for w in text[a:b].split() if w[:1].isupper()}
    out: set[int] = set()
    for i, (a, b, kind) in enumerate(mentions):
        word = text[a:b]
        if kind not in ("ORG", "PRO", "EVT") or " " in word or word in places or alias_key(word, lang) is not None:
            continue
        for ending in endings:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and any(p.startswith(stem) and p != word for p in places):
                out.add(i)
                break
    return out


def people_nouns(text: str, lang: str, mentions: list[tuple[int, int, str, str]], data: Any) -> set[int]:
    """Indexes of (start, end, type, lemma) mentions typed PER that name a people or a group, no person (see
    `is_people_noun`): `Brytyjczykom`, `Polacy`, `Američany`, `американцы`, `konzervativci`. SlavicNER annotates
    them PER (linked to the country), so the tagger learnt to, and the recogniser keeps its scheme; the mention
    stage leaves them out (as persons they became quote speakers by fallback, "Jego zdaniem" → `Brytyjczykom`, and
    briefing actors). A word that is part of a person the text names in full stays (`Jan Turek` … `Turek`)."""
    named = {
        part.lower()
        for a, b, kind, lemma in mentions
        if kind == "PER" and len(text[a:b].split()) > 1
        for part in (*text[a:b].split(), *lemma.split())
    }
    out: set[int] = set()
    for i, (a, b, kind, lemma) in enumerate(mentions):
        surface = text[a:b]
        if kind == "PER" and {lemma.lower(), surface.lower()}.isdisjoint(named) and is_people_noun(surface, lang, data):
            out.add(i)
    return out


# a listed base form this long, less its last letter, is also a stem its unlisted forms share (`labourist-` of
# `labouristů`, `labouristé`; a shorter one only as itself: `brit` is no stem of `Britney`)
_LISTED_STEM = 6
_INFLECTION = 3


def _listed(word: str, listed: frozenset[str]) -> bool:
    """Whether a lower-cased word is a listed base form or an inflected form of a long one."""
    if word in listed:
        return True
    for base in listed:
        stem = base[:-1]
        if len(stem) >= _LISTED_STEM and word.startswith(stem) and len(word) - len(stem) <= _INFLECTION:
            return True
    return False


def _known_lower(word: str, lang: str) -> bool:
    """Whether the language's analyser knows a lower-case word (as any word: `американцы`, `labouristů`)."""
    analyse = analyser_for(lang)
    if analyse is None:
        return False
    classes, pos, _ = analyse(word)
    if pos:  # morfeusz2 and pymorphy3 give parts of speech
        return pos not in ("ign", "ign|ign") and not pos.endswith("|u")
    return classes[:1] == "k"  # simplemma: known as written


def is_people_noun(name: str, lang: str, data: Any) -> bool:
    """Whether a name typed PER is a people's or a group's noun: one word with no capital letter that the dictionary
    knows (`американцы`, `labouristů`, `немецких`: persons' names are capitalised), or one that it writes capitalised
    as a common noun (Polish `Polak`), or that it knows as a common noun derived from a country's name
    (`американец`, `Čech`), or whose base form the language lists in `PEOPLE_NOUNS` (`Brit`, `demokrat`)."""
    words = name.split()
    if len(words) != 1 or not name.replace("-", "").isalpha():
        return False
    listed: frozenset[str] = getattr(data, "PEOPLE_NOUNS", frozenset())
    if _listed(name.lower(), listed):
        return True
    if name.islower():  # a word the dictionary knows, no user name (`ozheredov`)
        return _known_lower(name, lang)
    if not _title_case(name):
        return False
    if capitalised_common_noun(name, lang):
        return True
    classes, pos, base = morph_features(name, lang)
    if base in listed:
        return True
    # a common noun the dictionary knows (no name class: `Американцы` → `американец`; simplemma: known, also in
    # lower case: `Američané` → `Američan`) that derives from a country's name, where the language's data says its
    # peoples are named so (`PEOPLE_FROM_COUNTRIES`; in Slovene `Katarina` would be Qatar's)
    known = (classes == "-" and pos == "NOUN|k") or classes[:2] == "kl"
    if not getattr(data, "PEOPLE_FROM_COUNTRIES", False) or not known or not base or person_name_reading(name):
        return False
    from storyline.entities.gazetteer import country_of_adjective
    from storyline.entities.normalize import name_key

    # the form itself where the base form lost the country's stem (`Němci` → `němec`: `nemts…` is Germany's stem)
    return any(country_of_adjective(name_key(form, lang)) is not None for form in (base, name))
