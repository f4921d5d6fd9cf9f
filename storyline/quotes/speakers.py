"""Who is speaking: speaker phrases around a cue, and their resolution within the article.

A speaker phrase is resolved to a person mention (title + name, surname alone → the full-name mention,
pronoun → the last fitting person, "his office" → that person's office) or kept as a labelled source
(anonymous, institution, media, document). Person mentions come from the "mention" layer when the
entities stage ran, otherwise from capitalised-name heuristics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from storyline.entities.false_names import is_common_word
from storyline.entities.morph import morph_features, person_name_reading
from storyline.langs import language_data
from storyline.model import Span
from storyline.quotes.lexicon import TOKEN, WORD_CACHE_SIZE, Lexicon
from storyline.store.fold import fold

# Lower-case particles of surnames ("de Wolf", "van der Bellen", "von der Leyen", "di Maio", "da Silva", "ter Horst").
NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "di", "da", "du", "dos", "das", "del", "della", "ter", "ten"}
)

POSSESSIVE_S = re.compile(r"[’']s$")
POSSESSIVE_INSIDE = re.compile(r"(?<=\w)[’']s\s")
# a possessive right after a name: the person owns what follows, no subject ("Merkel’s conference")
POSSESSIVE_AFTER = re.compile(r"[’']s\b")
_TITLE_FORMS: dict[tuple[str, str], bool] = {}  # (language, word) -> is a title in some form
_TITLE_SHAPES: dict[tuple[str, str], bool] = {}  # (language, word) -> is shaped like a title's case form
# parts of speech of a noun: morfeusz2 (SGJP) and pymorphy3 (OpenCorpora) tags
_NOUN_TAGS = frozenset({"subst", "depr", "NOUN"})
# How far around a full-name mention its title is looked for ("Kremlin spokesman Dmitry Peskov"), in
# characters and in words next to the name.
TITLE_CONTEXT = 60
# Words before a name (or after it, past a comma) that may hold its title ("all'inviata dell'Unione europea Hanna
# Lindqvist": five).
TITLE_WORDS = 5
# A bare title ("the negotiator", "Rosyjski negocjator") falls back to a person named this close before it; a pronoun
# or an unnamed subject prefers a salient one (PersonIndex.salient) named this close.
RECENT_PERSON = 400
# Most words of a group's noun phrase opening a sentence before its plural verb ("Rozczarowani rezultatami wyborów
# prezydenckich w USA Republikanie twierdzą": seven).
GROUP_WORDS = 8
# What ends the words a name's title is read from (`_holder_of_body`): a stop, a colon, a line break.
_CLAUSE_STOP = re.compile(r"[.!?:;\n]")
# Where a sentence ends, for a plural pronoun whose caller knows no sentences: a full stop and the space after it, or
# a line break.
_SENTENCE_BREAK = re.compile(r"[.!?…][”\"»«“’)]*\s+|\n+")


def _case_form(a: str, b: str) -> bool:
    """True when two lower-case nouns differ only in a case ending ("ministerstvo" / "ministerstva",
    "mluvčí" / "mluvčího"); stricter than surnames, and diacritics count ("rozmowy" is no "rozmówca")."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short[: max(4, len(short) - 1)]) and len(long_) - len(short) <= 3


# Read backwards over a reversed text: `(\w+)\.?\s*$` (the word ending a text, a stop and spaces after it) and
# `(\w+)\s*:\s*$` (a label's word and its colon ending a text); the word comes out reversed.
_WORD_BEFORE_END = re.compile(r"\s*\.?(\w+)")
_LABEL_BEFORE_END = re.compile(r"\s*:\s*(\w+)")
# The word right before a name, an elided one with its apostrophe ("d'Hosni Moubarak").
_LAST_WORD = re.compile(r"(\w+['’]?)\s*$")
_WORD_OR_STOP = re.compile(r"\w+|[.,!?;“”\"«»]")
# The word right after a name, and a cue right before one that follows a quotation's dash ("” – podkreślała Molly …").
_WORD_AFTER = re.compile(r"\s+(\w+)")
_CUE_AFTER_DASH = re.compile(r"[–—-]\s+(\w+)\s+$")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets."""

    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        """True for a word (not punctuation)."""
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """True for a capitalised word; a count joined to a capitalised noun is one too ("der 61-Jährige")."""
        first = self.text[0]
        return first.isupper() or (first.isdigit() and "-" in self.text and self.text.split("-", 1)[1][:1].isupper())


def tokenize(text: str, start: int, end: int, pattern: re.Pattern[str] = TOKEN) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text`."""
    # tuple.__new__ skips NamedTuple's Python-level constructor: tokenising is the stage's inner loop.
    new = tuple.__new__
    return [
        new(Token, (m.start(), m.end(), g, g.lower())) for m in pattern.finditer(text, start, end) if (g := m.group())
    ]


# What ends the clause a title and its holder's name stand in ("Premier Pakistanu: Asia Bibi …" names no premier).
_CLAUSE_BREAK = re.compile(r"[.,:;!?\n\"„”«»]")


@dataclass(frozen=True)
class Person:
    """A person mention: its span, the full-name mention it belongs to, a gender guess."""

    start: int
    end: int
    full_start: int
    full_end: int
    gender: str | None


@dataclass
class Speaker:
    """A resolved speaker: the words in the sentence, the person mention, a label and a kind."""

    span: tuple[int, int] | None
    mention: tuple[int, int] | None
    label: str | None
    kind: str  # person | institution | anonymous | media | document
    # Each speaker's mention, in text order, where several speak together ("Chuck Schumer and Nancy Pelosi said"):
    # a person's full-name mention, a body's own; empty for one speaker (`mention` is then the only one).
    mentions: tuple[tuple[int, int], ...] = ()
    # The medium that carried the speaker's words, where the text names one after the speaker ("…, каза Барние,
    # цитиран от БТА", "…, dijo Hashid, citado por Reuters"): its words; None where none is named.
    via: tuple[int, int] | None = None


@lru_cache(maxsize=64)  # one entry per language
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1 << 16)  # bounded: a long ingest meets many names
def _surname_key(word: str) -> str:
    return fold(POSSESSIVE_S.sub("", word)).replace(" ", "")


@lru_cache(maxsize=1 << 16)
def same_surname(a: str, b: str) -> bool:
    """True when two surname forms are the same name, allowing case endings (Putin / Putina)."""
    a, b = _surname_key(a), _surname_key(b)
    if len(a) < 2 or len(b) < 2:
        return False  # an initial is no surname: "Dati" is not "Michelle D" (a commenter's signature)
    short, long_ = sorted((a, b), key=len)
    # Case endings replace up to three letters (Зеленський / Зеленського, Putin / Putina).
    return long_.startswith(short[: max(4, len(short) - 3)]) and len(long_) - len(short) <= 3


def _same_names(earlier: list[str], later: list[str], lex: Lexicon) -> bool:
    """True when the names before the surname of one of two full names with the same surname are all names of the
    other, in any case form ("Asia Bibi" / "Asii Bibi"); initials ("J.") and the words a mention opens with that
    are no names ("Madame Dati", "Generál Flynn", "Сам Эпштейн": `_no_given_name`) are left out. A title and a
    surname alone ("Madame Dati") are the earlier full name's person, never the target of a later full name that
    gives more ("Rachida Dati" after "Madame Dati" keeps its own label)."""

    def given(words: list[str]) -> list[str]:
        return [w for w in words[:-1] if len(w.rstrip(".")) > 1]

    def named(names: list[str]) -> list[str]:
        while names and _no_given_name(names[0], lex):
            names = names[1:]
        return names

    def among(word: str, words: list[str]) -> bool:
        return any(same_surname(word, w) or word[:3].lower() == w[:3].lower() for w in words)

    first, then = named(given(earlier)), named(given(later))
    if given(earlier) and not first and then:
        return False
    return all(among(w, earlier) for w in then) or all(among(w, later) for w in first)


def _no_given_name(word: str, lex: Lexicon) -> bool:
    """Whether a word opening a person mention is no given name: a word in lower case, a title or one of its forms
    ("Generál", "Президентът", "Madame"), a word the language never takes for a name (NOT_NAMES), an emphatic
    pronoun, a word pymorphy3 knows with no name reading and no noun ("Сам", "Бывший"), or a common noun with the
    definite article (DEFINITE_ARTICLE_ENDINGS: "Републиканецът"). No other common word: the analysers' lists hold
    given names as common words ("Бойко", "Росен", sl "Vera", fr "Rose", ru "Малек")."""
    low = word.lower().rstrip(".")
    if (
        word[:1].islower()  # "— заявил сам Эпштейн": a given name has its capital in every language we read
        or low in lex.titles
        or low in lex.gendered_titles
        or low in lex.not_names
        or low in lex.emphatic_pronouns
        or title_form(low, lex)
    ):
        return True
    classes, pos, base = morph_features(word, lex.lang)
    if pos.endswith("|k"):
        # pymorphy3: a word it knows, with no name grammeme ("-"), and no noun: its common nouns hold given names
        # of other languages ("Малек" is a fry, uk "Терези" scales)
        return classes == "-" and not pos.startswith("NOUN")
    endings = _article_endings(lex.lang)
    return (
        bool(endings)
        and low.endswith(endings)
        and bool(base)
        and base != low
        and is_common_word(base[:1].upper() + base[1:], lex.lang)
    )


@lru_cache(maxsize=64)  # one entry per language
def _feminine_surname_endings(lang: str) -> tuple[str, ...]:
    """The endings a surname takes for a woman beyond its case endings (FEMININE_SURNAME_ENDINGS in
    storyline/langs/<iso>/quotes.py: sl "Pelosijeva" of "Pelosi")."""
    data = language_data(lang, "quotes") if lang else None
    return tuple(getattr(data, "FEMININE_SURNAME_ENDINGS", ()))


def _surname_of(surname: str, word: str, lang: str) -> bool:
    """Whether `word` is a form of `surname`: `same_surname`, or the surname with a feminine ending of the language
    ("Pelosijeva" of "Pelosi": four letters more than a case ending allows)."""
    if same_surname(surname, word):
        return True
    low = word.lower()
    return any(low.endswith(e) and same_surname(surname, word[: -len(e)]) for e in _feminine_surname_endings(lang))


@lru_cache(maxsize=64)  # one entry per language
def _article_endings(lang: str) -> tuple[str, ...]:
    """The endings of a noun with the definite article (DEFINITE_ARTICLE_ENDINGS in storyline/langs/<iso>/quotes.py)."""
    data = language_data(lang, "quotes") if lang else None
    return tuple(getattr(data, "DEFINITE_ARTICLE_ENDINGS", ()))


@lru_cache(maxsize=64)  # one entry per language
def _generic_media_nouns(lang: str) -> tuple[str, ...]:
    """The words naming any medium, whatever its kind (GENERIC_MEDIA_NOUNS in storyline/langs/<iso>/quotes.py)."""
    data = language_data(lang, "quotes") if lang else None
    return tuple(getattr(data, "GENERIC_MEDIA_NOUNS", ()))


@lru_cache(maxsize=64)  # one entry per language
def _title_endings(lang: str) -> tuple[str, ...]:
    """The endings of a title's case and feminine forms (TITLE_FORM_ENDINGS in storyline/langs/<iso>/quotes.py)."""
    data = language_data(lang, "quotes") if lang else None
    return tuple(getattr(data, "TITLE_FORM_ENDINGS", ()))


def title_form(word: str, lex: Lexicon) -> bool:
    """Whether the lower-case `word` is a form of one of the language's titles other than the title itself: a plural
    (PLURAL_TITLES) and, in a declining language, a title with one of its case or feminine endings
    (TITLE_FORM_ENDINGS: "premiéra", "premiérky", "министърът"), a common noun whose base form the language's
    analyser reads as a title ("posła" is "poseł", "velvyslance" "velvyslanec", "главы" "глава"), or a compound
    ending in one ("экс-премьер"). Languages whose titles hardly inflect (es, it, fr, en, de) list their feminine
    forms in TITLES: "prime" is no "premier", "embargo" no "embajador"; and a common word of the language is a title
    only where its base form is one ("медии" is "медия", "официальном" an adjective: no titles)."""
    if word in lex.plural_titles:
        return True
    if not lex.genitive_complements:
        return False
    part = word.rsplit("-", 1)[-1]
    if part != word and len(part) > 3 and (part in lex.titles or title_form(part, lex)):
        return True
    if any(
        word.endswith(e) and word[: -len(e)] in lex.titles for e in _title_endings(lex.lang) if len(word) - len(e) > 3
    ):
        return True
    # the analyser reads capitalised words (morph_features); a noun it knows (its part of speech where it gives one:
    # pymorphy3's "ADJF" of "официальном" is none, nor a word it guesses, "|u"). Not `is_common_word`: morfeusz2
    # reads "Posła", "Marszałka" as surnames too.
    _, pos, base = morph_features(word[:1].upper() + word[1:], lex.lang)
    tags = set(pos.split("|")) if pos else set()
    return base in lex.titles and not tags & {"u", "ign"} and (not tags or bool(tags & _NOUN_TAGS))


class PersonIndex:
    """The people named in one article, in text order, each linked to its full-name mention."""

    def __init__(self, text: str, lex: Lexicon, mentions: list[Span] | None):
        self.text = text
        self.lex = lex
        self.lemmas: dict[tuple[int, int], str] = {}
        # the quoted stretches (direct.py): a name inside one is said, no subject a later pronoun goes on with
        self.quoted: list[tuple[int, int]] = []
        # the mention layer's names of anything but a person (bodies, places: "правительства Великобритании"), sorted
        self.others: list[tuple[int, int]] = []
        spans = self._from_mentions(mentions) if mentions is not None else self._guess_names()
        self.people: list[Person] = []
        full: list[tuple[int, int, str]] = []  # full names so far, with their last words
        women: set[tuple[int, int]] = set()  # full names a feminine surname form points to
        for s, e in sorted(spans):
            words = text[s:e].split()
            if not words:
                continue
            target = (s, e)
            if len(words) >= 2:
                full.append((s, e, words[-1]))
            for fs, fe, last in full:
                # a full name is another person's only with its other names among that person's: "Iain Duncan
                # Smith" after "Julian Smith", "Hunter Biden" after "Joe Biden" are new people; "Jelka Kacina" is
                # "Jelko Kacin", "Rotar Pavličeva" "Danica Rotar Pavlič", "Donald J. Trump" "Donald Trump"
                if _surname_of(last, words[-1], lex.lang) and (
                    len(words) < 2 or _same_names(text[fs:fe].split(), words, self.lex)
                ):
                    target = (fs, fe)
                    if not same_surname(last, words[-1]):
                        women.add(target)  # "Barryjeva" says "Maryanne Trump Barry" is a woman
                    break
            self.people.append(Person(s, e, target[0], target[1], self._gender(target)))
        # a feminine surname form tells the gender the first name may not ("Maryanne" read as a man's)
        self.people = [replace(p, gender="f") if (p.full_start, p.full_end) in women else p for p in self.people]
        if lex.gender_words or lex.gendered_titles:
            told = self._told_genders()
            self.people = [replace(p, gender=told.get((p.full_start, p.full_end), p.gender)) for p in self.people]
        if lex.female_endings and any(g in ("m", "f") for g in lex.implicit_endings.values()):
            agreed = self._verb_genders()
            self.people = [replace(p, gender=agreed.get((p.full_start, p.full_end), p.gender)) for p in self.people]

    def _verb_genders(self) -> dict[tuple[int, int], str]:
        """The gender the past-tense cues agreeing with a person give where the name's ending may not: a cue right
        after the full name in its base form ("Molly Scott-Cato powiedziała"), or right before it after a quotation's
        dash ("” – podkreślała Molly Scott-Cato"; elsewhere an indeclinable name after a verb may be whom it was
        said to). Only a person all such cues agree on."""
        lex = self.lex
        endings = sorted(
            ((e, g) for e, g in lex.implicit_endings.items() if g in ("m", "f")), key=lambda kv: -len(kv[0])
        )
        votes: dict[tuple[int, int], set[str]] = {}
        for p in self.people:
            name = self.text[p.start : p.end]
            if len(name.split()) < 2 or self.lemmas.get((p.start, p.end), name) != name:
                # a surname alone may be another's complement ("Prawnik Bibi twierdził"), another case form no
                # subject ("powiedziała Markowi Nowakowi")
                continue
            after = _WORD_AFTER.match(self.text, p.end)
            before = _CUE_AFTER_DASH.search(self.text[max(0, p.start - 40) : p.start])
            for m in (after, before):
                word = m.group(1).lower() if m is not None else ""
                gender = next((g for e, g in endings if word.endswith(e)), None) if lex.is_cue_word(word) else None
                if gender is not None:
                    votes.setdefault((p.full_start, p.full_end), set()).add(gender)
        return {full: said.pop() for full, said in votes.items() if len(said) == 1}

    def _told_genders(self) -> dict[tuple[int, int], str]:
        """The gender the text gives each full-name person where names carry none (English): a gendered title
        before a mention ("Mrs Foster", "spokeswoman Jane Roe"), else most often the first gendered pronoun after
        a mention in its clause, before anyone else is named or a quotation opens ("Arlene Foster said her
        party …", "Cathy Giessel … angered some within her own party")."""
        lex = self.lex
        titled: dict[tuple[int, int], str] = {}
        votes: dict[tuple[int, int], list[str]] = {}
        for k, p in enumerate(self.people):
            full = (p.full_start, p.full_end)
            # The word before the mention ("Mrs. Foster"), read backwards: `(\w+)\.?\s*$` searched forwards tries
            # every position of the 30 characters (a fifth of this method).
            before = _WORD_BEFORE_END.match(self.text[max(0, p.start - 30) : p.start][::-1])
            if before is not None and before.group(1)[::-1].lower() in lex.gendered_titles:
                titled.setdefault(full, lex.gendered_titles[before.group(1)[::-1].lower()])
            stop = min(self.people[k + 1].start if k + 1 < len(self.people) else len(self.text), p.end + 200)
            for m in _WORD_OR_STOP.finditer(self.text[p.end : max(p.end, stop)]):
                gender = lex.gender_words.get(m.group().lower())
                if gender is not None:
                    votes.setdefault(full, []).append(gender)
                if gender is not None or not m.group()[0].isalnum():
                    break
        told = dict(titled)
        for full, said in votes.items():
            if full not in told and said.count("m") != said.count("f"):
                told[full] = "m" if said.count("m") > said.count("f") else "f"
        return told

    def _from_mentions(self, mentions: list[Span]) -> list[tuple[int, int]]:
        """Person mentions of the mention layer, mended: an outlet tagged PER is dropped, and a surname
        tagged otherwise ("Zelenskiy" as ORG) is a person when the article names him in full."""
        self.lemmas.update({(m.start, m.end): str(m.attrs["lemma"]) for m in mentions if m.attrs.get("lemma")})
        self.others = sorted((m.start, m.end) for m in mentions if m.attrs.get("type") != "PER")
        media = {fold(h) for h in self.lex.media_hints}
        people = []
        # "la Place Tahrir" tagged as a person (its head noun a place's, the entities data's PLACE_HEAD_NOUNS), and "Tahrir" alone after it
        places = {
            fold(self.text[m.start : m.end].split()[-1])
            for m in mentions
            if len(self.text[m.start : m.end].split()) >= 2
            and self.text[m.start : m.end].split()[0].lower() in self.lex.place_heads
        }
        for m in mentions:
            name = self.text[m.start : m.end]
            words = name.split()
            if m.attrs.get("type") != "PER" or fold(name) in media or not words:
                continue
            if words[0].lower() in self.lex.place_heads or (len(words) == 1 and fold(words[0]) in places):
                continue  # a place, no person: "Elle a raconté …" after "la Place Tahrir" is not the square's
            if any(c.isdigit() for c in name) or POSSESSIVE_S.sub("", words[-1].lower()) in self.lex.non_person:
                continue  # "COVID-19", "Lucky Eddie’s Social Center": no person's name
            owner = POSSESSIVE_INSIDE.search(name)
            if owner is None:
                people.append((m.start, m.end))
                continue
            # "Angela Merkel’s Corona": the possessor is the person, without a headline's verb ("Criticizes
            # McConnell’s Promise")
            start = m.start
            for word in re.finditer(r"\S+", name[: owner.start()]):
                if not self.lex.is_cue_word(word.group().lower()) or word.end() == owner.start():
                    start = m.start + word.start()
                    break
            people.append((start, m.start + owner.start()))
        surnames = [self.text[s:e].split()[-1] for s, e in people if len(self.text[s:e].split()) >= 2]
        for m in mentions:
            words = self.text[m.start : m.end].split()
            if (
                m.attrs.get("type") != "PER"
                and len(words) == 1
                and fold(words[0]) not in media  # "Би-би-си" is no form of "Асия Биби"
                and any(same_surname(w, words[0]) for w in surnames)
            ):
                people.append((m.start, m.end))
        return people

    def _gender(self, span: tuple[int, int]) -> str | None:
        if not self.lex.female_endings:
            return None
        # The mention layer's nominative lemma ("Anną Nowak" -> "Anna Nowak") is the safer form to read.
        words = (self.lemmas.get(span) or self.text[span[0] : span[1]]).split()
        if len(words) < 2:
            return None
        first = words[0].lower()
        if first in self.lex.female_names:
            return "f"
        return "f" if first.endswith(self.lex.female_endings) and first not in self.lex.male_names else "m"

    def _guess_names(self) -> list[tuple[int, int]]:
        """Capitalised runs that look like personal names (used only without the mention layer)."""
        lex = self.lex
        tokens = tokenize(self.text, 0, len(self.text), lex.token)
        runs: list[list[Token]] = []
        run: list[Token] = []
        padded = [*tokens, Token(0, 0, ".", ".")]
        for k, tok in enumerate(padded):
            if tok.is_word and tok.is_cap and not tok.text.isupper():
                run.append(tok)
                continue
            if run and tok.low in NAME_PARTICLES and tok.text.islower() and padded[k + 1].is_cap:
                run.append(tok)  # "Pieter de Wolf"
                continue
            if run:
                runs.append(run)
            run = []
        names: list[tuple[int, int]] = []
        surnames: list[str] = []
        for run in runs:
            # "White House Press Secretary Karoline Leavitt": the name follows the last title or office word.
            cut = 0
            titled = False
            for k, t in enumerate(run):
                low = t.low.rstrip(".")
                if low in lex.titles or low in lex.non_person or t.low in lex.not_names:
                    cut = k + 1
                    titled = titled or low in lex.titles
            run = run[cut:]
            if not run or any(POSSESSIVE_S.sub("", t.low) in lex.non_person for t in run):
                continue
            prev = self._word_before(run[0].start)
            titled = titled or prev in lex.titles
            last = run[-1]
            end = last.end - (2 if POSSESSIVE_S.search(last.text) else 0)
            if 2 <= len(run) <= 4:
                names.append((run[0].start, end))
                surnames.append(run[-1].text)
            elif len(run) == 1 and (titled or any(same_surname(s, last.text) for s in surnames)):
                names.append((run[0].start, end))
        return names

    def _word_before(self, pos: int) -> str:
        m = re.search(r"(\w+)\W*$", self.text[max(0, pos - 40) : pos])
        return m.group(1).lower() if m else ""

    def ends_name(self, start: int, end: int, words: int) -> bool:
        """True when a person mention of at least `words` words starting at or after `start` ends at `end`."""
        return any(
            p.end == end and start <= p.start and len(self.text[p.start : p.end].split()) >= words for p in self.people
        )

    def inside(self, start: int, end: int) -> Person | None:
        """The last person mention within `start`..`end`."""
        found = None
        for p in self.people:
            if p.start >= start and p.end <= end:
                found = p
        return found

    def in_other(self, start: int, end: int) -> bool:
        """True when `start`..`end` lies inside a name of the mention layer's that names no person (`others`)."""
        return any(s <= start and end <= e for s, e in self.others)

    def inflected(self, person: Person, partly: bool = False) -> bool:
        """True when the mention is another case form of its name: each word another form of its lemma's (from the
        mention layer), as long or longer ("Mayové" of "Mayová", "Donalda Trumpa", "Bibiovou"; not "Andrej Babi", a
        misspelt "Andrej Babiš"); `partly`: the first name so, the surname may stand as the lemma has it (a surname
        that does not decline: "Асии Биби", "Соні Ацеведо")."""
        lemma = self.lemmas.get((person.start, person.end), "").split()
        words = self.text[person.start : person.end].split()
        full = self.lemmas.get((person.full_start, person.full_end), "").split()
        if lemma and len(full) > len(lemma):
            # a surname alone takes the lemma of its full-name mention: the lemmatiser may miss one it got right
            # there ("Беляев" alone lemmatised "Беляы", "Игорь Беляев" right): no case form of a name is read off it
            lemma = full[-len(lemma) :]
        if len(words) != len(lemma) or any(len(w) < len(b) for w, b in zip(words, lemma, strict=True)):
            return False
        endings = self.lex.nominative_surnames
        changed = [
            w.lower() != b.lower() and not (endings and w.lower().endswith(endings))
            for w, b in zip(words, lemma, strict=True)
        ]
        return changed[0] if partly else all(changed)

    @contextmanager
    def hiding(self, start: int, end: int) -> Iterator[None]:
        """Leave out the people named within `start`..`end` meanwhile: a person named inside a quotation is not
        the "he" or "the expert" of its attribution ("«… мы пакистанцы …», — добавил он")."""
        kept = self.people
        self.people = [p for p in kept if not (start <= p.start and p.end <= end)]
        try:
            yield
        finally:
            self.people = kept

    def first_inside(self, start: int, end: int) -> Person | None:
        """The first person mention within `start`..`end`."""
        for p in self.people:
            if p.start >= start and p.end <= end:
                return p
        return None

    def last_before(self, pos: int, gender: str | None, window: int = 1500, *, salient: bool = False) -> Person | None:
        """The most recent person mentioned before `pos` whose gender fits the pronoun (with `salient`, the most
        recent one who may be a subject: `salient`, one who owns something only where no other is in its sentence: "John Dickey, … the company that owns Mr. King's programming, told me … . … he
        said" is Dickey, "Gary Johnson’s doctor is calling … . He released …" Johnson)."""
        found, opens = None, 0  # a possessor, and where its sentence opens
        for p in reversed(self.people):
            if p.end > pos:
                continue
            if pos - p.end > window or (found is not None and p.end <= opens):
                break
            if (gender is None or p.gender is None or p.gender == gender) and (not salient or self.salient(p)):
                if not salient or not self.possessor(p):
                    return p
                if found is None:
                    found = p
                    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, p.start - 2000), p.start)]
                    opens = breaks[-1] if breaks else 0
        return found

    def possessor(self, person: Person) -> bool:
        """True for a name followed by a possessive ’s ("Merkel’s conference"): it owns what follows, no subject."""
        return POSSESSIVE_AFTER.match(self.text, person.end) is not None

    def salient(self, person: Person) -> bool:
        """True when the mention may stand for the subject a later pronoun or unnamed verb goes on with (Centering's
        "prefer the subject"): not named in another case (`_case_form`: "Jego zdaniem" after "Tony Blair … wezwie … do
        przedstawienia Brytyjczykom" is Blair), unless a source construction opens on it past a title ("Podle
        britského … tajemníka pro brexit Davida Davise … . Varoval také"); and no credit or aside: not right after a
        caption label and its colon ("| Foto: Ilona Sovová |", NOT_NAMES), not inside a parenthesis closed on its line
        ("(PAP, Fot: Marcin Kmiecinski)")."""
        if any(s <= person.start and person.end <= e for s, e in self.quoted):
            return False  # "„… Джо Байдън и Камала Харис искат …“, заяви Скот. „…“, предупреди той.": Скот
        text = self.text
        line = text.rfind("\n", 0, person.start) + 1
        before = text[line : person.start]
        if before.rfind("(") > before.rfind(")"):
            eol = text.find("\n", person.end)
            after = text[person.end : eol if eol >= 0 else len(text)]
            if ")" in after and "(" not in after[: after.index(")")]:
                return False  # (an aside left open, "(Ronen Zvulun/Pool Photo via AP down during …", is none)
        label = _LABEL_BEFORE_END.match(before[::-1])  # `(\w+)\s*:\s*$`, read backwards (one try, not one a character)
        if label is not None and label.group(1)[::-1].lower() in self.lex.not_names:
            return False
        last = _LAST_WORD.search(before[-20:])
        if last is not None and last.group(1).lower() in self.lex.complement_prepositions:
            return False  # "la chute d'Hosni Moubarak", "sous le régime de Moubarak": a complement, no subject
        if not self._case_form(person):
            return True
        # "Podle britského státního tajemníka pro brexit Davida Davise": a source construction a title's few words
        # before the name
        window = before[-120:].lower()
        ends = [
            m.end() for m in self.lex.source_first.finditer(window) if not window[m.start() - 1 : m.start()].isalnum()
        ]
        gap = window[ends[-1] :] if ends else ""
        return bool(ends) and len(gap.split()) <= TITLE_WORDS and not re.search(r"[.,;:!?«»“”\"]", gap)

    def _case_form(self, person: Person) -> bool:
        """True when a declining language (GENITIVE_COMPLEMENTS) names the person in another case (`inflected`); where
        the full name's lemma is its very words (the lemmatiser left it unread: "J anezom Janšo"), the mention's own
        lemma tells ("Janša" is "Janša")."""
        if not self.lex.genitive_complements:
            return False
        full = (person.full_start, person.full_end)
        if full != (person.start, person.end) and self.lemmas.get(full) == self.text[full[0] : full[1]]:
            own = self.lemmas.get((person.start, person.end), "").split()
            words = self.text[person.start : person.end].split()
            # (a case ending adds at most two letters to the lemma here: "Pompeo" is no case form of a misread "Pom")
            return len(own) == len(words) and all(
                w.lower() != b.lower() and 0 <= len(w) - len(b) <= 2 for w, b in zip(words, own, strict=True)
            )
        return self.inflected(person)


class SpeakerResolver:
    """Turns speaker phrases into `Speaker`s, remembering earlier sources for anaphora."""

    def __init__(self, text: str, lex: Lexicon, people: PersonIndex):
        self.text = text
        self.lex = lex
        self.people = people
        self.sources: list[tuple[int, Speaker]] = []  # non-person sources seen so far, by position
        # unnamed single people seen so far ("a spokesman"), by position, with the gender their head tells
        self.unnamed: list[tuple[int, Speaker, str | None]] = []
        # groups a plural verb or pronoun was given so far ("Eksperci … ostrzegają. Uważają …"), by position
        self.groups: list[tuple[int, Speaker]] = []
        # speaker phrases of titles alone given to a person, by position, with their words ("…, посочват британските
        # министри"): a group where a plural verb or pronoun takes them up
        self.titles_only: list[tuple[int, Speaker]] = []
        # the gender the cue of the phrase being resolved tells ("Премьер заявила"), for a title that tells none
        self.cue_gender: str | None = None

    def _full_name(self, person: Person) -> tuple[tuple[int, int], str]:
        return (person.full_start, person.full_end), self.text[person.full_start : person.full_end]

    def resolve(self, tokens: list[Token], cue_gender: str | None = None) -> Speaker:
        """Resolve the speaker phrase made of `tokens` (the subject of a cue of `cue_gender`, "m" or "f", if known)."""
        self.cue_gender = cue_gender
        try:
            speaker = self._resolve(tokens)
        finally:
            self.cue_gender = None
        if (
            speaker.mention is not None
            and self.people.first_inside(tokens[0].start, tokens[-1].end) is None
            and not any(t.low in self.lex.pronouns or t.low in self.lex.possessives for t in tokens)
            and any(self.is_title(t.low) for t in tokens)
        ):
            kept = tokens[1:] if len(tokens) > 1 and tokens[0].low in self.lex.articles else tokens
            label = self.text[kept[0].start : kept[-1].end]
            self.titles_only.append((tokens[0].start, Speaker(None, None, label, "anonymous")))
        if self.lex.singular_sources and speaker.mention is None and speaker.span is not None:
            # "A spokesman (for the ministry)": an unnamed single person a later "he" may take up; the head is
            # the word before the phrase's complement.
            words = [t.low for t in tokens if t.is_word]
            cut = next((k for k, w in enumerate(words) if k and w in self.lex.prepositions), len(words))
            head = words[cut - 1] if cut else ""
            # "The lawmaker" after a named one is that person again; a new unnamed one is introduced ("a
            # spokesman", "one official") or comes where no one was named before it.
            new = words[0] in self.lex.indefinites or self.people.last_before(speaker.span[0], None) is None
            if new and (head in self.lex.singular_sources or head in self.lex.titles):
                self.unnamed.append((speaker.span[0], speaker, self.lex.gendered_titles.get(head)))
        return speaker

    def _resolve(self, tokens: list[Token]) -> Speaker:
        lex = self.lex
        span = (tokens[0].start, tokens[-1].end)
        phrase = self.text[span[0] : span[1]]
        lows = [t.low for t in tokens]
        words = [POSSESSIVE_S.sub("", w) for w in lows]
        if len(tokens) == 1 and words[0] in lex.pronouns:
            return self._pronoun(span, lex.pronouns[words[0]])
        office = next((i for i, w in enumerate(words) if w in lex.office_nouns), None)
        if office and words[office - 1] in lex.titles and not POSSESSIVE_S.search(tokens[office - 1].text):
            # "szef kancelarii premiera Gergely Gulyas", "керівник Офісу президента Андрій Єрмак": the head of the
            # office speaks, named after his title in its case; "rzecznik kancelarii prezydenta Andrzeja Dudy"
            # (another case) speaks for the office
            head_of = self.people.inside(*span)
            if head_of is not None and head_of.end == span[1] and not self.people.inflected(head_of, partly=True):
                office = None
        if office is not None:
            owner = self._office_owner(tokens, office)
            if owner is not None:
                mention, name = self._full_name(owner)
                return self._remember(Speaker(span, mention, f"office of {name}", "institution"))
        person = self.people.inside(*span)
        if person is None and tokens[-1].is_cap and not self._outlet(tokens[-1].text):
            person = self._by_surname(tokens[-1].text)  # (a medium's name is none: "Би-би-си" is not "Асия Биби")
        title = self._owners_title(tokens, person) if person is not None and lex.genitive_complements else None
        if title is not None:
            # "Mluvčí Mayové vzápětí sdělil": a title in its base form before a name in another case is that
            # person's spokesman, not the person ("mluvčí Peskov", "podle mluvčího Peskova" agree in case)
            return self._anonymous(span, phrase, lows, title)
        if person is not None:
            mention, name = self._full_name(person)
            if self._outlet(name):
                # "Axios", "CBS News" tagged as a person by the mention layer: a media source all the same.
                return self._remember(Speaker(span, None, name, "media"))
            return Speaker(span, mention, name, "person")
        head = words[-1]
        part = head.rsplit("-", 1)[-1]
        if (
            lex.nouns_capitalised
            and len(tokens) <= 2
            and lows[0] not in lex.indefinites  # "ein CDU-Politiker" is someone new
            and (part != head or (len(tokens) == 2 and lows[0] in lex.articles))
            and (title := self._compound_title(part))
        ):
            # "sagte der CDU-Politiker", "der SPD-Chef", "sagte der Politiker", "so die Bundespräsidentin": a title
            # (or a compound ending in one) after its article, without a name, is the person holding it (every noun
            # capitalised, the title is no name; "Politiker" alone, with no article, may be many): the person named
            # right after the title last written before ("der Minister" after "Der türkische Außenminister Mevlüt
            # Cavusoglu": a compound holding the title is read by no other path), else as any title
            named = None if self._plural_title(lows, title) else self._named_after_title(span[0], title)
            if named is not None:
                mention, name = self._full_name(named)
                return Speaker(span, mention, name, "person")
            # (unresolved, labelled "Ministerin" as before; a group "die CDU-Politiker" by its phrase)
            bare = phrase if self._plural_title(lows, title) else self._strip_determiner(tokens, phrase)
            if any(title.endswith(w) for w in lex.speaks_for_titles):
                # "sagte der Sprecher" after "ein Sprecher des EU-Außenbeauftragten Josep Borrell": one who speaks
                # for another is no person merely named before
                return self._anonymous(span, bare, lows, title)
            return self._titled(span, bare, lows, title)
        # "Britský ministr zahraničí podotkl": in a declining language an adjective opening the sentence before a
        # title is capitalised only there, no name
        opening_adjective = (
            lex.genitive_complements
            and bool(lex.modifier_suffixes)
            and len(tokens) > 1
            and words[0].endswith(lex.modifier_suffixes)
            and self.text[: span[0]].rstrip()[-1:] in ("", ".", "!", "?", "\n")
            and self.is_title(words[1])
        )
        holder = self._title_holder(span, words[1]) if opening_adjective else None
        if holder is not None:
            # (only a holder the text names with that title: "Volební šéf" is no man merely mentioned before)
            return holder
        has_name = any(t.is_cap and t.low not in lex.not_names and t.low not in lex.modifiers for t in tokens) and not (
            # "Професор вважає, що …", "Вице-президент … сказал": in a declining language (no articles) a title alone,
            # capitalised as it opens its sentence ("Congress", "Justice" name bodies in English)
            len(tokens) == 1
            and lex.genitive_complements
            and self.text[: span[0]].rstrip()[-1:] in ("", ".", "!", "?", "\n")
            and self.is_title(words[0])
        )
        # "Według policji": a declining language's institution noun in another case is no title ("polityk").
        institution = head in lex.institution_nouns or (
            lex.genitive_complements
            and any(w[:3] == head[:3] and _case_form(w, head) for w in lex.institution_nouns if len(w) > 3)
        )
        # "– powiedział szef polskiego rządu": the gendered title heads its genitive complement, the government is
        # whose head he is (the title path below finds the man)
        titled = lex.genitive_complements and not has_name and len(words) > 1 and words[0] in lex.gendered_titles
        if has_name and lex.genitive_complements and (holder := self._holder_of_body(span, tokens, words)):
            # "– zapewnił sekretarz stanu Stolicy Apostolskiej" after "… sekretarz stanu kardynał Pietro Parolin",
            # "сказала глава Еврокомиссии" after "глава Европейской комиссии Урсула фон дер Ляйен": a title heading
            # the name of its body (in the genitive) is the person the text names with it
            return holder
        if institution and not has_name and len(words) <= 2 and (medium := self._medium_named_before(span[0], head)):
            # "За даними видання" after "… повідомила газета The Sunday Telegraph": the medium quoted by name before
            return Speaker(span, medium.mention, medium.label, "media")
        if institution and not titled and (has_name or head not in lex.source_nouns):
            return self._remember(Speaker(span, None, self._strip_determiner(tokens, phrase), "institution"))
        if (self.is_title(head) or self.title_like(head)) and not has_name and head not in lex.source_nouns:
            source = next((w for w in words if w in lex.source_nouns), None)
            if source is not None:
                # "fonti diplomatiche", "una fonte diplomatica": a source noun before an adjective shaped like a title
                # is anonymous.
                return self._anonymous(span, phrase, lows, source)
            if self.is_title(head):
                return self._titled(span, phrase, lows, head)
        first = words[1] if len(words) > 1 and words[0] in lex.determiners else words[0]
        if lex.genitive_complements and not has_name and first not in lex.source_nouns and self.is_title(first):
            # "powiedział szef francuskiego państwa": a declining language puts the title first and its
            # complement after it; the title heads the phrase, not the adjective the phrase was cut at.
            return self._titled(span, phrase, lows, first)
        if head in lex.source_nouns:
            return self._anonymous(span, phrase, lows, head)
        if head in lex.document_nouns:
            return self._remember(Speaker(span, None, phrase, "document"))
        folded = f" {fold(phrase)} "
        label = self._strip_determiner(tokens, phrase)
        if any(f" {h} " in folded for h in _folded(lex.media_hints)):
            return self._remember(Speaker(span, None, label, "media"))
        return self._remember(Speaker(span, None, label, "institution"))

    def _compound_title(self, word: str) -> str | None:
        """The title the lower-case `word` is, or the title a compound of a language whose nouns are capitalised ends
        in ("bundespräsidentin" is a "präsidentin", "kremlsprecher" a "sprecher"); None for any other word, and for a title
        that is a common noun too (NOT_NAMES: "die Frau", "der Herr" are someone unnamed, not "Frau Merkel")."""
        titles = self.lex.titles - self.lex.not_names
        if word in self.lex.not_names:
            return None
        if self.is_title(word):
            return word
        return next((t for t in titles if len(t) > 3 and word.endswith(t)), None)

    def _named_after_title(self, pos: int, title: str) -> Person | None:
        """The person a bare `title` at `pos` stands for in a language whose nouns are capitalised: the one named right
        after the last word before it that is the title or a compound ending in it ("Regierungssprecher Steffen
        Seibert"); None where that word names no one ("ein Sprecher des EU-Außenbeauftragten Josep Borrell": Borrell
        is no spokesman)."""
        last = None
        for m in re.finditer(r"\S+", self.text[:pos]):
            if m.group().lower().rstrip(",:").endswith(title):
                last = m
        if last is None:
            return None
        after = last.end() + len(self.text[last.end() : pos]) - len(self.text[last.end() : pos].lstrip())
        return next((p for p in self.people.people if p.full_start == after or p.start == after), None)

    def _medium_named_before(self, start: int, head: str) -> Speaker | None:
        """The medium quoted by its name last before `start`, for a medium's kind noun without a name as the head of a
        speaker phrase there ("видання", "газета" in its case forms); None for other heads or where none was."""
        kinds = [w for w in self.lex.media_hints if w in self.lex.institution_nouns]
        if not any(head == w or (self.lex.genitive_complements and _case_form(w, head)) for w in kinds):
            return None
        hints = _folded(self.lex.media_hints)
        named = [
            (at, s)
            for at, s in self.sources
            if at < start and s.kind == "media" and s.label and fold(s.label) not in hints
        ]
        if not named:
            return None
        medium = max(named, key=lambda x: x[0])[1]
        # a kind it is named by must be the same ("сообщает телеканал" is no "газета Handelsblatt" before it), but for
        # the language's word for any medium ("видання", "издание": GENERIC_MEDIA_NOUNS)
        named_kinds = [w for w in (medium.label or "").lower().split() if w in kinds]
        generic = any(head == w or _case_form(w, head) for w in _generic_media_nouns(self.lex.lang))
        # (or, named by no kind, by its name alone: "Reuters", "The Washington Post", not "Paula Newton de CNN")
        bare = not named_kinds and all(w[:1].isupper() or not w[:1].isalpha() for w in (medium.label or "").split())
        same = any(w == head or _case_form(w, head) for w in named_kinds)
        return medium if same or (generic and named_kinds) or bare else None

    def _outlet(self, name: str) -> bool:
        """True when a "person" is a news outlet: the name is a media hint or made of them ("CBS News")."""
        words = fold(POSSESSIVE_S.sub("", name)).split()
        hints = _folded(self.lex.media_hints)
        # Not "a name ending in a hint": "Liam Fox" is a person.
        return bool(words) and (" ".join(words) in hints or all(w in hints for w in words))

    def _base_form(self, label: str) -> str:
        """A source's label with its words' case endings turned back to the form a label names it by ("aus
        Verhandlungskreisen" -> "Verhandlungskreise", "В Кремле" -> "Кремль"; per-language LABEL_BASE_FORMS)."""
        # Only the head, the label's first word: "Quellen aus Regierungskreisen" keeps its complement's case.
        word, _, rest = label.partition(" ")
        low = word.lower()
        for ending, base in self.lex.label_base_forms:
            if low.endswith(ending):
                stem = word[: len(word) - len(ending)]
                if not stem and not base:
                    continue  # ("angaben", ""): "Polizeiangaben" -> "Polizei", "Angaben" alone stays
                if not stem and word[:1].isupper():
                    base = base[:1].upper() + base[1:]
                return " ".join(filter(None, (stem + base, rest)))
        return label

    def _strip_determiner(self, tokens: list[Token], phrase: str) -> str:
        if len(tokens) > 1 and tokens[0].low in self.lex.determiners:
            return self.text[tokens[1].start : tokens[-1].end]
        return phrase

    def _remember(self, speaker: Speaker) -> Speaker:
        if speaker.label and self.lex.label_base_forms:
            speaker.label = self._base_form(speaker.label)
        if speaker.span is not None:
            self.sources.append((speaker.span[0], speaker))
        return speaker

    def _office_owner(self, tokens: list[Token], office: int) -> Person | None:
        lex = self.lex
        for tok in tokens[:office]:
            if tok.low in lex.possessives:
                return self.people.last_before(tok.start, lex.possessives[tok.low])
            if POSSESSIVE_S.search(tok.text):
                return self.people.inside(tok.start, tok.end - 2) or self._by_surname(tok.text)
        after = tokens[office + 1 :]
        if after and lex.office_owner_after:
            return self.people.inside(after[0].start, after[-1].end)
        return None

    def _by_surname(self, word: str) -> Person | None:
        for p in self.people.people:
            if same_surname(self.text[p.full_start : p.full_end].split()[-1], word):
                return p
        return None

    def implicit(self, pos: int, gender: str | None, scope: int | None = None) -> Speaker:
        """The unnamed subject of a verb at `pos` (pro-drop): the subject of the previous sentence (the first
        fitting salient person named from `scope` on: PersonIndex.salient), else the last salient one within
        RECENT_PERSON, else the first fitting person from `scope` on or the last of that gender."""
        if gender == "p":
            # "Uważają, że …": a group, never one person named nearby
            return self.plural(pos, scope)
        fitting = [
            p for p in self.people.people if p.end <= pos and (gender is None or p.gender is None or p.gender == gender)
        ]
        since = [p for p in fitting if scope is not None and scope <= p.start]
        # the subject the text goes on with: the first salient person of the sentence before, else the last
        # salient one just before, else whoever was named
        # (one who owns something only where no other is: "after Angela Merkel’s conference, Markus Söder introduced
        # … . He wants …" is Söder)
        subjects = [p for p in since if self.people.salient(p)]
        person = next((p for p in subjects if not self.people.possessor(p)), subjects[0] if subjects else None)
        if person is None:
            person = self.people.last_before(pos, gender, RECENT_PERSON, salient=True)
        if person is None:
            person = since[0] if since else self.people.last_before(pos, gender)
        if person is not None:
            mention, name = self._full_name(person)
            return Speaker(None, mention, name, "person")
        # No person fits: an unnamed institution may be the subject ("Ministerstwo poinformowało").
        speaker = self._pronoun((pos, pos), "n" if gender is None else gender)
        speaker.span = None
        return speaker

    def pronoun(self, span: tuple[int, int], word: str) -> Speaker | None:
        """A speaker for a pronoun at `span`, or None when `word` is not a pronoun of the language."""
        if word not in self.lex.pronouns:
            return None
        return self._pronoun(span, self.lex.pronouns[word])

    def _pronoun(self, span: tuple[int, int], gender: str | None) -> Speaker:
        if gender in ("m", "f", "?"):  # "?": a third person of either gender (German "sie")
            # the last salient person just before ("Ризви … призвал … Имрана Хана подать в отставку. … он обещал"),
            # else the last one named
            fits = None if gender == "?" else gender
            person = self.people.last_before(span[0], fits, RECENT_PERSON, salient=True) or self.people.last_before(
                span[0], fits
            )
            fitting = [
                (pos, source)
                for pos, source, told in self.unnamed
                if pos < span[0] and span[0] - pos < 1500 and (told is None or gender == "?" or told == gender)
            ]
            unnamed = max(fitting, key=lambda f: f[0])[1] if fitting else None
            if unnamed is not None and unnamed.span is not None and (person is None or person.end < unnamed.span[0]):
                # "A spokesman told AFP … . “…,” he added": the unnamed source named since the last person.
                return Speaker(span, None, unnamed.label, unnamed.kind)
            if person is not None:
                mention, name = self._full_name(person)
                return Speaker(span, mention, name, "person")
            return Speaker(span, None, None, "person")
        if gender is None:
            # "I", "we" in the article's own voice: the words stay, no one else is named for them.
            return Speaker(span, None, None, "person")
        if gender == "p":
            group = self.plural(span[0], None)
            return Speaker(span, group.mention, group.label, group.kind)
        for pos, source in reversed(self.sources):
            if pos < span[0] and span[0] - pos < 1500:
                return Speaker(span, source.mention, source.label, source.kind)
        return Speaker(span, None, None, "anonymous")

    def plural(self, pos: int, scope: int | None) -> Speaker:
        """The group a plural verb or pronoun at `pos` stands for, from the sentence before (it opens at `scope`;
        found in the text when None) or the one holding `pos`: a source named there ("Ludzie biorący udział w
        kampanii … przyznają … . Dodają …"), else the noun phrase opening it before a plural reporting verb
        ("Eksperci z Brukseli ostrzegają …"), else the group a plural there was given; else nobody — never one
        person named nearby. (Before any plural verb the opening words are often no subject: "Президента выбирают
        штаты", "Тепърва ще станат ясни", "Doniesienie przeciw niej złożyły jej sąsiadki".)"""
        if scope is None:
            scope = self._sentence_before(pos)
        named = sorted(
            ((p, s) for p, s in self.sources if scope <= p < pos and s.kind != "document"), key=itemgetter(0)
        )
        # the first body or group named, an agency carrying the news only where no other is ("Ислямистите заявиха,
        # че …, съобщи БТА")
        source = next((s for _, s in named if s.kind != "media"), named[0][1] if named else None)
        # else a title alone that was read as one holder ("…, посочват британските министри" is no Philip Hammond)
        titled = next((s for p, s in self.titles_only if scope <= p < pos), None)
        group = source or titled or self._opening_group(scope, pos)
        if group is None:
            group = next((g for p, g in reversed(self.groups) if scope <= p < pos), None)
        if group is None:
            return Speaker(None, None, None, "anonymous")
        speaker = Speaker(None, None, group.label, group.kind)
        self.groups.append((pos, speaker))
        return speaker

    def _sentence_before(self, pos: int) -> int:
        """Where the sentence before the one holding `pos` begins, told by full stops and line breaks."""
        low = max(0, pos - 2000)
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, low, pos)]
        return ends[-2] if len(ends) >= 2 else low

    def _opening_group(self, scope: int, pos: int) -> Speaker | None:
        """The noun phrase opening a sentence at `scope` (or the one after it, before `pos`) when a verb of plural
        form (IMPLICIT_SUBJECT_ENDINGS "p") that is a cue, or an auxiliary before one, follows it within GROUP_WORDS
        words with no punctuation between ("Сторонники Трампа убеждены …",
        "Organizatorji so sporočili …"), past a conjunction or adverb opening the sentence ("И все пак много
        директори твърдят"); not a phrase opened by a preposition, a pronoun or a complementizer ("W Moskwie
        uważają", "Oni …", "Que croient-ils …"), nor a determiner alone ("To potrjujejo")."""
        lex = self.lex
        if "p" not in lex.implicit_endings.values():
            return None
        endings = sorted(lex.implicit_endings.items(), key=lambda kv: -len(kv[0]))
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, scope, pos)]
        # the sentence holding `pos` first ("Uczestnicy posiedzenia … są zdania, że …, bo ich zdaniem …")
        for start in [*breaks[:1], scope]:
            toks = tokenize(self.text, start, min(pos, start + 400), lex.token)
            while toks and (toks[0].low in lex.conjunctions or toks[0].low in lex.skip):
                toks = toks[1:]
            # GROUP_WORDS words and the verb, quote marks not counted ("Ludzie biorący udział w kampanii „Best for
            # Britain” przyznają")
            counted = [k for k, t in enumerate(toks) if t.is_word][: GROUP_WORDS + 1]
            words = toks[: counted[-1] + 1] if counted else []
            first = words[0].low if words else ""
            if (
                not words
                or not words[0].is_word
                or first in lex.prepositions
                or first in lex.pronouns
                or first in lex.possessives
                or first in lex.complementizers
                or first in lex.relatives
            ):
                continue
            for k, tok in enumerate(words):
                if not tok.is_word and tok.text not in lex.openers and tok.text not in lex.closers:
                    break
                form = next((g for e, g in endings if tok.low.endswith(e)), None)
                cue = lex.is_cue_word(tok.low) or (k + 1 < len(toks) and lex.is_cue_word(toks[k + 1].low))
                # a plural title or source noun opening the sentence is its subject whatever the verb ("Posłowie z
                # zadowoleniem przyjęli projekt. Podkreślili też, że …")
                group = not cue and (first in lex.plural_titles or first in lex.source_nouns)
                if k and form == "p" and (cue or group) and not tok.is_cap:
                    # the group's words without an article ("Los analistas dicen" -> "analistas")
                    article = toks[0].low in lex.articles or toks[0].low in lex.determiners
                    if article and k == 1:
                        break
                    phrase = toks[:1] if group else toks[1:k] if article else toks[:k]
                    label = self.text[phrase[0].start : phrase[-1].end]
                    return self._remember(Speaker(None, None, label, self._group_kind([t.low for t in phrase])))
        return None

    def _group_kind(self, lows: list[str]) -> str:
        """The kind of source a group's words name: a medium, an institution (its head an institution noun), or
        unnamed people."""
        if {fold(w) for w in lows} & _folded(self.lex.media_hints):
            return "media"
        return "institution" if lows[0] in self.lex.institution_nouns else "anonymous"

    def _owners_title(self, tokens: list[Token], person: Person) -> str | None:
        """The title in its base form (TITLES) before the person mention in `tokens`, past lower-case words only,
        when the mention is another case form of the name (PersonIndex.inflected); None else. A relative or source
        noun heads such a phrase as well ("Дочь Сони Ацеведо рассказала": the daughter, "Адвокат Асии Биби заявил":
        the lawyer; SOURCE_NOUNS), the name's first word sufficing for its case where its surname does not decline."""
        heads = self.lex.titles | self.lex.source_nouns
        if not self.people.inflected(person, partly=True):
            return None
        k = next((m for m, t in enumerate(tokens) if t.start >= person.start), 0) - 1
        while k > 0 and tokens[k].is_word and not tokens[k].is_cap and tokens[k].low not in heads:
            k -= 1  # "mluvčí britské premiérky Mayové"
        if k < 0 or tokens[k].low not in heads:
            return None
        outer = k - 1
        suffixes = self.lex.modifier_suffixes or ("\0",)
        while outer > 0 and tokens[outer].is_word and not tokens[outer].is_cap and tokens[outer].low.endswith(suffixes):
            outer -= 1  # "Rzecznik brytyjskiej premier Theresy May" (not "premier po spotkaniu z kanclerz Angelą …")
        if outer >= 0 and tokens[outer].low in heads:
            # a title heading another title and its holder's name in another case: "rzecznik premier Theresy May"
            # is her spokesman, whatever case her title keeps
            return tokens[outer].low
        if not self.people.inflected(person) and (tokens[k].low in self.lex.titles or person.end != tokens[-1].end):
            # a name declining in part after a title is its holder's ("premier Theresy May": the title does not
            # decline), and one with more words after it is named there ("адвокат Биби Сайфул Малук")
            return None
        return tokens[k].low

    def title_like(self, word: str) -> bool:
        """True for a word shaped like a title in some case form: a title's first three letters and a surname's case
        ending ("пресс-секретаря", and as well "главный", "медии"). The phrase finder (phrases.py) lets a speaker
        phrase run over such words ("главный онколог Минздрава …"); whether a word is a title, and so a holder of it
        is looked for, asks `is_title`."""
        key = (self.lex.lang, word)
        if key not in _TITLE_SHAPES:
            if len(_TITLE_SHAPES) >= WORD_CACHE_SIZE:
                _TITLE_SHAPES.clear()  # bounded memory over a long ingest, as Lexicon.word_cache
            # A document's noun is none, whatever title it resembles ("report" / "rep.", "analysis" / "analyst").
            part = word.rsplit("-", 1)[-1]
            _TITLE_SHAPES[key] = (
                word in self.lex.titles
                or (
                    word not in self.lex.document_nouns
                    and any(t[:3] == word[:3] and same_surname(t, word) for t in self.lex.titles if len(t) > 3)
                )
                # a compound ending in a title ("лікар-імунолог"), as `title_form` reads one
                or (part != word and len(part) > 3 and self.is_title(part))
            )
        return _TITLE_SHAPES[key]

    def is_title(self, word: str) -> bool:
        """True for a title in any of its forms (`title_form`: "пресс-секретаря" is "пресс-секретарь", "premiérky"
        "premiér"), never for a word that only shares a title's first letters ("sin embargo" is no "embajador", "le
        prime ipotesi" no "premier", "местните медии" no "медик")."""
        key = (self.lex.lang, word)
        if key not in _TITLE_FORMS:
            if len(_TITLE_FORMS) >= WORD_CACHE_SIZE:
                _TITLE_FORMS.clear()  # bounded memory over a long ingest, as Lexicon.word_cache
            _TITLE_FORMS[key] = word in self.lex.titles or (
                word not in self.lex.document_nouns and title_form(word, self.lex)
            )
        return _TITLE_FORMS[key]

    def _titled(self, span: tuple[int, int], phrase: str, lows: list[str], head: str) -> Speaker:
        """A title without a name: the person holding that title mentioned last, else the person just mentioned
        (of the title's gender where it has one: GENDERED_TITLES). A plural title is the group it names, labelled
        by the phrase ("…, посочват британските министри" is no Philip Hammond, "destacan los ministros" no Catherine
        Ashton)."""
        if self._plural_title(lows, head):
            return self._anonymous(span, phrase, lows, head)
        if len(lows) > 1 and lows[-2] in self.lex.titles and lows[-2] != head and lows[-1] == head:
            # "the vice president", "the prime minister": one title of two words, held by the person named with both
            # (not the president named before, nor whoever was named last)
            compound = self._title_holder(span, f"{lows[-2]} {head}")
            return compound or self._anonymous(span, phrase, lows, head)
        holder = self._title_holder(span, head)
        if holder is not None:
            return holder
        gender = self.lex.gendered_titles.get(head) or self.cue_gender
        # "– mówił szef unijnego zespołu negocjacyjnego": a declining language's title heads its genitive complement
        if len(lows) <= 3 or (
            self.lex.genitive_complements and gender and lows[0] == head and len(lows) <= TITLE_WORDS
        ):
            # "szef" is a man, "szefowa" a woman (GENDERED_TITLES): the person just mentioned of that gender.
            recent = self._recent_holder(span[0], gender)
            if recent is not None:
                mention, name = self._full_name(recent)
                return Speaker(span, mention, name, "person")
        return self._anonymous(span, phrase, lows, head)

    def _title_holder(self, span: tuple[int, int], head: str, body: list[Token] | None = None) -> Speaker | None:
        """The person the text names with the title `head` (exactly, else a form of it): the holder mentioned last
        before `span`, else the first named after it with the very same title; None where none is. With the words
        after the title naming its `body` ("sekretarz stanu Stolicy Apostolskiej", "глава Еврокомиссии"), only a
        holder named with that body too (`_names_body`: "sekretarz stanu kardynał Pietro Parolin", "глава
        Европейской комиссии Урсула фон дер Ляйен")."""
        before = [p for p in self.people.people if p.end <= span[0]]
        holders, exact = set(), set()
        folded = fold(head)
        # "Премьер заявила": a title of either gender is held by a person of the gender its cue agrees with; with a
        # body named too, the person of either (a guess from a name in its case is weak evidence against title and
        # body: "rzeczniczki WUM Marty Wojtach" guessed a man)
        gender = None if body is not None else self.lex.gendered_titles.get(head) or self.cue_gender
        for p in before:
            if gender is not None and p.gender not in (None, gender):
                continue  # "bývalý premiér" is no "premiérka Theresa Mayová" (a form of the title, the other gender)
            if body is not None and not self._names_body(p, folded, body):
                continue  # "prezydent Francji" is no "prezydent Donald Trump"
            if self._holds(p, folded, exact=False):
                holders.add(self._full_name(p)[1])
            if self._holds(p, folded, exact=True):
                exact.add(self._full_name(p)[1])  # "l'inviata" is Lindqvist, not "l'inviato" Volkov
        holders = exact or holders
        # "Zelensky's office issued a statement. The president said ...": of two presidents named earlier, the
        # one the text came back to last, whether or not his title was repeated there.
        for p in reversed(before):
            mention, name = self._full_name(p)
            if name in holders:
                return Speaker(span, mention, name, "person")
        # "«…», ha detto l'assessore alla mobilità. … L'assessore Marco Ferri ha poi …": no holder named yet, the
        # first person the article names later with the very same title.
        later = next(
            (
                p
                for p in self.people.people
                # not one of the other gender: "Jak poinformowała rzeczniczka delegacji UE, dzień wcześniej Harlan
                # …" holds the title within five words before the name, but "rzeczniczka" is a woman
                # nor one whose title is the speaker's own words: "The senator blasted the Drudge Report for …"
                # is no Senator Drudge Report (the object of the speaker's verb); an apposition ("wrote the
                # ambassador at the time, John E. Herbst") names the holder
                if p.start >= span[1]
                and self._holds(p, folded, exact=True, since=0 if _apposed(self.text[span[1] : p.start]) else span[1])
                and (gender is None or p.gender in (None, gender))
                # with a body, the same body in the same clause ("Premier Pakistanu: Asia Bibi …" is none), not the
                # phrase itself ("По словам представителя МИД Пакистана, Биби освобождена")
                and (body is None or self._names_body(p, folded, body, since=span[1]))
            ),
            None,
        )
        if later is not None:
            mention, name = self._full_name(later)
            return Speaker(span, mention, name, "person")
        return None

    def _names_body(self, person: Person, title: str, body: list[Token], since: int = 0) -> bool:
        """True when the person is named with the folded `title` and the body the words `body` name, in the name's
        own clause: the body's name and its kin alone between title and name (`_holds_with`: "przewodniczący Rady
        Europejskiej Donald Tusk"), or within the sentence's last words before the name a word after the title
        opening as a capitalised word of the body does ("голова Громадської ліги Україна НАТО Сергій Джердж",
        "керівник Pfizer, грек Альберт Бурла") with no preposition, conjunction or complementizer after the title
        but the body's own ("prezydenta Francji z Donaldem Trumpem"; bg "председателят на Европейския съвет Доналд
        Туск"), or the body's adjective right before the title right before the name, its stem inside the body's
        name ("Британский премьер Тереза Мэй" is the "премьер Великобритании"; "Francuski prezydent skrytykował także
        Donalda Trumpa" names no French president). The words before the name are read from `since` on."""
        if self._holds_with(person, title, [t.text for t in body]):
            return True
        names = [fold(t.text) for t in body if t.is_cap and len(t.text) > 3]
        if not names:
            return False
        # within the name's own sentence: "Premier Pakistanu: Asia Bibi i jej rodzina …" (a headline) names none
        window = _CLAUSE_STOP.split(self.text[max(since, person.start - TITLE_CONTEXT) : person.start])[-1]
        words = fold(window).split()[-TITLE_WORDS:]
        last = title.split()[-1]  # (a hyphenated title folds to several words: "премьер-министра")
        at = [i for i, w in enumerate(words) if w[:3] == last[:3] and same_surname(last, w)]
        if not at:
            return False
        # the body's name after the last title: "premier Hiszpanii Pedro Sanchez i premier Danii Mette Frederiksen"
        # makes Frederiksen no "premier Hiszpanii"
        after = words[at[-1] + 1 :]
        lex = self.lex
        function = _folded(lex.prepositions | lex.aside_prepositions | lex.conjunctions | lex.complementizers)
        own = {fold(t.text) for t in body}  # the body's own ("Председателят на Европейския съвет Доналд Туск")
        stems = {n[:4] for n in names}
        if after and not any(w in function and w not in own for w in after) and any(w[:4] in stems for w in after):
            return True
        raw = window.split()
        if not after and at[-1] > 0 and len(raw) > 1 and raw[-2].lower().endswith(lex.modifier_suffixes or ("\0",)):
            # (an adjective: "stanowisko premier Theresy May" is no "premier Pakistanu"; the word before a hyphenated
            # title: "Британский премьер-министр Тереза Мэй")
            adjective = (fold(raw[-2]).split() or [""])[-1]
            return len(adjective) > 4 and any(adjective[:4] in n for n in names)
        return False

    def _holds_with(self, person: Person, title: str, words: list[str]) -> bool:
        """True when the folded `title` stands before the person's name in the same clause with one of `words`
        between them (in any case form: its first four letters folded; an acronym: the initials of capitalised
        words): "przewodniczący Rady Europejskiej Donald Tusk" for "przewodniczący RE"."""
        clause = _CLAUSE_BREAK.split(self.text[max(0, person.start - TITLE_CONTEXT) : person.start])[-1]
        context = clause.split()[-2 * TITLE_WORDS :]
        at = next((k for k in range(len(context) - 1, -1, -1) if same_surname(title, fold(context[k]))), None)
        if at is None:
            return False
        between = context[at + 1 :]
        lex = self.lex
        function = lex.prepositions | lex.aside_prepositions | lex.conjunctions | lex.complementizers
        if any(c.lower() in function or lex.is_cue_word(c.lower()) for c in between):
            return False  # "prezydenta Francji z Donaldem Trumpem", "Premier Pakistanu zapewnił, że Asia Bibi"
        stems = {fold(w)[:4] if len(w) > 3 and not w.isupper() else fold(w) for w in words if len(w) > 1}

        def named(c: str) -> bool:
            return fold(c)[:4] in stems or fold(c) in stems

        # the words between are the body's name, its adjectives and a rank before the name ("nadkomisarz"), not
        # another noun's complement ("директор Фонда изучения США имени Франклина Рузвельта" for "директор
        # Института США")
        suffixes = lex.modifier_suffixes or ("\0",)
        if not all(c[:1].isupper() or named(c) or c.lower().endswith(suffixes) for c in between[:-1]):
            return False
        if any(named(c) for c in between):
            return True
        initials = "".join(c[0] if c[:1].isupper() else " " for c in between).split()
        return any(w.isupper() and len(w) > 1 and any(w in run for run in initials) for w in words)

    def _holder_of_body(self, span: tuple[int, int], tokens: list[Token], words: list[str]) -> Speaker | None:
        """For a title and the name of its body with no person's name ("глава Еврокомиссии", "sekretarz stanu Stolicy
        Apostolskiej", lower-case modifiers before the title), the person named with that title and body
        (`_title_holder`); None where none is ("бывший премьер-министр Бельгии" is no "Премьер-министр
        Великобритании Тереза Мэй")."""
        k = 0
        while k < len(words) and not self.is_title(words[k]):
            if k > 0 and tokens[k].is_cap:
                return None  # a name before the title: "Техрик-э-Лабаик Пакистан Хадим Ризви"
            if words[k] in self.lex.office_nouns or words[k] in self.lex.institution_nouns:
                return None  # "в заявлении офиса премьер-министра Великобритании": the office speaks
            k += 1
        if k >= len(words) - 1 or self._plural_title(words, words[k]):
            return None
        holder = self._title_holder(span, words[k], tokens[k + 1 :])
        if holder is not None or k > 0 or not self._bare_body(words[0], tokens[1:]):
            return holder
        # "глава ВООЗ" after "Генеральний директор ВООЗ Тедрос …", "глава правительства Дании" after "… рассказала
        # Фредериксен": no one named with this title and body, the person just named in the subject's case who may
        # hold it (named with no title, or with a title of this body: "глава МВФ" is no "глава ФРС Джером Пауэлл")
        recent = self._recent_holder(span[0], self.lex.gendered_titles.get(words[0]) or self.cue_gender)
        if recent is None or self.people.inflected(recent) or not self._may_hold(recent, words[0], tokens[1:]):
            return None
        mention, name = self._full_name(recent)
        return Speaker(span, mention, name, "person")

    def _bare_body(self, title: str, body: list[Token]) -> bool:
        """True when a title and the words of its body after it may stand for a person named before: a title of one
        who holds the body's office, not one who speaks for another (SPEAKS_FOR_TITLES: "пресс-секретарь
        Даунинг-стрит" is no "Борис Джонсон" named before), and no name among the words: each capitalised word an
        acronym ("ВООЗ") or inside a name of a body or place the mention layer found ("правительства Дании") and read
        as no person's name, none a person's it cut short ("адвокат Саиф" of "Саиф уль-Малук") or missed
        ("председатель ЦИК РФ Вешняков")."""
        if any(title == w or _case_form(w, title) for w in self.lex.speaks_for_titles):
            return False
        suffixes = self.lex.modifier_suffixes or ("\0",)
        for before, t in pairwise(body):
            if t.is_cap and not t.text.isupper() and before.is_cap and not before.low.endswith(suffixes):
                return False  # a name after the body's ("ЦИК РФ Вешняков"), not its adjective's ("Белого Дома")
        return all(
            not t.is_cap
            or (t.text.isupper() and len(t.text) > 1)
            # (a given name the mention layer took for a place is none: "diplomat Ernest Petrič" tagged LOC)
            or (self.people.in_other(t.start, t.end) and not person_name_reading(t.text))
            for t in body
        )

    def _may_hold(self, person: Person, title: str, body: list[Token]) -> bool:
        """True when the person named last may hold the `title` of the `body` the words name: named as a subject may
        be (not right after a preposition, a conjunction or a complementizer: "в округе Шайавасси", "встретился с
        Фредериксен", "jak Krystyna Janda czy Andrzej Seweryn" are a topic, an object, one of a list; "…, что Байден"
        the subject of what was said), and there with no other office
        (`_named_as`). Only that mention is read: a person holds several offices ("Экс-президент России Дмитрий
        Медведев" is "зампред Совбеза" too)."""
        clause = _CLAUSE_BREAK.split(self.text[max(0, person.start - TITLE_CONTEXT) : person.start])[-1]
        words = clause.lower().split()[-TITLE_WORDS:]
        lex = self.lex
        if any(w in lex.prepositions for w in words[-2:]) or (
            words[-1:] and words[-1] in lex.conjunctions | lex.complementizers
        ):
            return False
        return self._named_as(person, title, body)

    def _named_as(self, person: Person, title: str, body: list[Token]) -> bool:
        """True when the words just before a mention of the person (in its clause) name no other office than the
        `title` of the `body`: no title, the same title of no named body ("prezydent Emmanuel Macron" for "prezydent
        Francji"), or a title with this body after it (a capitalised word of the body in any case form, or its
        acronym as the initials of the title's words: "міністр охорони здоров'я" for "МОЗ"), whatever the title
        ("Генеральний директор ВООЗ" is "глава ВООЗ"); with no title, no other body right before the name
        ("Королева Англии Елизавета II" holds no office of Великобритании)."""
        clause = _CLAUSE_BREAK.split(self.text[max(0, person.start - TITLE_CONTEXT) : person.start])[-1]
        raw = clause.split()[-TITLE_WORDS:]
        words = [w.lower() for w in raw]
        at = [i for i, w in enumerate(words) if self.is_title(w)]
        if at:
            if any(words[i] == title or _case_form(words[i], title) for i in at) and not any(
                w[:1].isupper() for w in raw[at[0] + 1 :]
            ):
                return True
            after = words[at[0] + 1 :]
            initials = "".join(w[0] for w in words[at[0] :])
        else:
            other = next(
                (
                    (s, e)
                    for s, e in self.people.others
                    if e <= person.start and not self.text[e : person.start].strip()
                ),
                None,
            )
            if other is None:
                return True
            after, initials = self.text[other[0] : other[1]].lower().split(), ""
        for t in body:
            low = t.low
            if not t.is_cap or len(low) < 2:
                continue
            if t.text.isupper() and initials.startswith(low):
                return True
            if len(low) > 3 and any(w[:4] == low[:4] for w in after):
                return True
        return False

    def _plural_title(self, lows: list[str], head: str) -> bool:
        """True when the title `head` of a phrase's words `lows` is plural: a plural form (PLURAL_TITLES), or a form
        that is plural after the word before it ("die Minister", "les porte-parole", "i portavoce")."""
        plural = self.lex.plural_titles
        if head in plural:
            return True
        k = next((k for k in range(len(lows) - 1, 0, -1) if lows[k] == head or lows[k].endswith("-" + head)), 0)
        return k > 0 and f"{lows[k - 1]} {head}" in plural

    def _recent_holder(self, pos: int, gender: str | None) -> Person | None:
        """The person mentioned last before `pos` (within RECENT_PERSON) who may hold a bare title of `gender`: one
        named in the subject's case first ("ogłosił szef hiszpańskiego rządu" after "Pedro Sanchez … spotkali się z
        Wołodymyrem Zełenskim" is not Zelensky; "Zdaniem prezydenta" after "podkreślił Andrzej Duda … naśladowcy
        Putina" is Duda), else the last of any case ("Zdaniem Kierwińskiego … – mówił poseł")."""
        recent = self.people.last_before(pos, gender, window=RECENT_PERSON)
        for p in reversed(self.people.people):
            if p.end > pos:
                continue
            if pos - p.end > RECENT_PERSON:
                break
            if (gender is None or p.gender is None or p.gender == gender) and not self.people.inflected(p):
                return p
        return recent

    def _holds(self, person: Person, title: str, exact: bool, since: int = 0) -> bool:
        """True when the folded `title` (exactly, or a form of it) stands before the person's name ("portavoz
        Lucía Ferrer") or in an apposition after it ("Lucía Ferrer, portavoz de ..."), not in whatever follows;
        the words before the name are read from `since` on."""
        after = self.text[person.end : person.end + TITLE_CONTEXT]
        words = fold(self.text[max(since, person.start - TITLE_CONTEXT) : person.start]).split()[-TITLE_WORDS:]
        if after.startswith(","):
            words += fold(after).split()[:TITLE_WORDS]
        # a hyphenated title folds to several words ("вице-президента" -> "vitse prezidenta"): all but the last as
        # they stand, the last in any case form
        parts = title.split()
        grams = [words[k : k + len(parts)] for k in range(len(words) - len(parts) + 1)]
        if exact:
            return parts in grams
        return any(
            g[:-1] == parts[:-1] and g[-1][:3] == parts[-1][:3] and same_surname(parts[-1], g[-1]) for g in grams
        )

    def _anonymous(self, span: tuple[int, int], phrase: str, lows: list[str], head: str) -> Speaker:
        speaker = None
        if lows[0] in self.lex.determiners and len(lows) <= 3:
            # "the official" after "a senior US official": the same source.
            for _, source in reversed(self.sources):
                if source.kind == "anonymous" and source.label and fold(source.label).split()[-1] == fold(head):
                    speaker = Speaker(span, None, source.label, "anonymous")
                    # named again here: a plural pronoun in the next sentence takes it up ("…, the officials
                    # said. The infiltrators opened fire …, they said.")
                    self.sources.append((span[0], speaker))
                    break
        if speaker is None:
            speaker = self._remember(Speaker(span, None, phrase, "anonymous"))
        return speaker


def _apposed(between: str) -> bool:
    """True when the name after a title phrase is set off as its apposition, in the same sentence: the words
    between end in a comma or a dash ("the American ambassador at the time, John E. Herbst")."""
    words = between.strip()
    return words.endswith((",", "—", "–")) and not any(c in words for c in ".!?\n")


def speaker_attrs(speaker: Speaker | None) -> dict[str, Any]:
    """The quote-layer attributes describing a speaker."""
    if speaker is None:
        return {"speaker": None, "speaker_mention": None, "speaker_label": None, "source_kind": "anonymous"}
    attrs: dict[str, Any] = {
        "speaker": list(speaker.span) if speaker.span else None,
        "speaker_mention": list(speaker.mention) if speaker.mention else None,
        "speaker_label": speaker.label,
        "source_kind": speaker.kind,
    }
    if len(speaker.mentions) > 1:
        # a joint statement: every speaker's entity mention (`speaker_mention` stays one of them, for readers of one)
        attrs["speaker_mentions"] = [list(m) for m in speaker.mentions]
    if speaker.via is not None:
        # the medium quoting the speaker ("цитиран от БТА"): it carried the words, the speaker said them
        attrs["speaker_via"] = list(speaker.via)
    return attrs
