"""Shared state of the quote finder: the article's sentences, where its cues are, what is already quoted.

The finder is assembled from mixins, one per concern: `phrases.py` (speaker phrases next to a cue),
`boundaries.py` (where a claim begins and ends), `direct.py` (quotations in marks), `reported.py`
(reported speech by its cues); `extract.py` joins them and adds the dependency-parse path.
Tuned constants live here, so every part reads the same values.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from storyline.model import Span
from storyline.quotes.lexicon import TOKEN, Lexicon, finditer_lowered, lexicon
from storyline.quotes.marks import Marked
from storyline.quotes.speakers import (
    PersonIndex,
    Speaker,
    SpeakerResolver,
    Token,
    same_surname,
    speaker_attrs,
    tokenize,
)
from storyline.sentences import DATELINE, UPPER
from storyline.store.fold import fold

# A quotation without any cue shorter than this many words is a scare quote or a title, not speech.
MIN_UNATTRIBUTED_WORDS = 6
# Reported content shorter than this many words is not a claim ("he said so").
MIN_REPORTED_WORDS = 3
# How far after a cue its complementizer may come ("told reporters on Tuesday that").
COMPLEMENTIZER_WINDOW = 10
# How many words after a postposed cue may follow before the sentence ends ("..., he said on Friday.").
POSTPOSED_TAIL = 8
# Most characters between two quoted pieces of one statement (“A,” he said. “B.”).
CONTINUATION_GAP = 100
# How many words may follow an inverted postposed speaker ("..., said Peskov on Friday.").
INVERTED_TAIL = 3
# Longest source phrase before a headline colon ("Lindsey Graham: ...").
MAX_COLON_SOURCE = 5
# Words an apposition may add between a quote and its cue ("…,” Jenna Golden, Twitter's director, said).
APPOSITION_WORDS = 8
# How many words may separate a title from its name after it ("il commissario europeo all'Agricoltura Holmgren").
TITLE_REACH = 6
# Share of the shorter span two quotes must share to be one (a parsed attribution adds nothing then).
PARSE_OVERLAP = 0.5
# Most words of a subject between a comma or conjunction and its own cue (", but the senator said").
SUBJECT_WORDS = 4
# Most words of a sentence-opening phrase a plural pronoun after its cue stands for ("About 4 in 10 say they").
PLURAL_SUBJECT_WORDS = 12
# Longest cue, in tokens ("in the words of").
MAX_CUE_TOKENS = 4
# Most words of a relative clause's subject before its cue ("that Mayor Bill de Blasio described as"): a cue's
# participle after them is that clause's verb, no passive describing the noun.
RELATIVE_CLAUSE_SUBJECT_WORDS = 6

DASHES = "-–—"
_WORD = re.compile(r"\w+")
_WORD_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*")
# A headline source ("Graham: ...") ends within this many characters of the sentence start.
COLON_WINDOW = 60
CLOSING = "”\"’»«›‹“„‟'"
_UPPER = UPPER


@dataclass
class Quote:
    """One quotation: content span, kind, cue and speaker."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: Speaker | None
    extra: dict[str, Any] = field(default_factory=dict)

    def span(self) -> Span:
        """The quote as a `quote`-layer span."""
        attrs: dict[str, Any] = {"kind": self.kind, "cue": list(self.cue) if self.cue else None}
        attrs.update(speaker_attrs(self.speaker))
        attrs.update(self.extra)
        return Span(self.start, self.end, "quote", attrs)


# "NEW DELHI: …", "BEIJING: …" opening a sentence: a dateline unless it names a person, body or medium ("TAPPER:").
COLON_DATELINE = re.compile(rf"[{_UPPER}][{_UPPER}.'’-]+(?:\s[{_UPPER}][{_UPPER}.'’-]*){{0,3}}:\s+")


def _after_colon_dateline(text: str, start: int, end: int, people: PersonIndex, named: list[tuple[int, int]]) -> int:
    """Where the sentence at [start, end) begins after an upper-case dateline and its colon opening it; a
    transcript's speaker ("TAPPER:" where the text names Jake Tapper), a body or a medium the mention layer tags
    there are no dateline."""
    m = COLON_DATELINE.match(text, start, end)
    if m is None or m.end() >= end:
        return start
    phrase = text[m.start() : m.end()].rstrip(": \n\t")
    last = phrase.split()[-1]
    if any(s < m.end() and m.start() < e for s, e in named) or any(
        same_surname(text[p.full_start : p.full_end].split()[-1], last) for p in people.people
    ):
        return start
    again = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    if any(a.start() != m.start() for a in again.finditer(text)):
        return start  # "EKSUTH: … The Management of the … Hospital (EKSUTH)": a body's acronym, written so again
    lex = people.lex
    words = fold(phrase).split()
    if any(w in lex.media_hints or w in lex.not_names for w in words) or fold(phrase) in lex.media_hints:
        return start  # "AP:", and the page labels "RELATED:", "WATCH:" the colon rule already passes over
    return m.end()


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where the sentence at [start, end) begins after a dateline opening it (its start when there is none)."""
    m = DATELINE.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.is_word)


class _Sentence:
    """A sentence whose tokens are made on first use (most sentences hold no cue and are never read)."""

    def __init__(self, text: str, start: int, end: int, pattern: re.Pattern[str]):
        self.text, self.start, self.end, self.pattern = text, start, end, pattern
        self._tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens."""
        if self._tokens is None:
            self._tokens = tokenize(self.text, self.start, self.end, self.pattern)
        return self._tokens


class FinderBase:
    """One article's text, lexicon, sentences, cue positions and quoted stretches."""

    def __init__(
        self,
        text: str,
        lang: str | None,
        sentences: list[tuple[int, int]],
        paragraphs: list[tuple[int, int]],
        mentions: list[Span] | None,
    ):
        self.text = text
        self.lex: Lexicon = lexicon(lang)
        self.people = PersonIndex(text, self.lex, mentions)
        named = [(m.start, m.end) for m in mentions or () if m.attrs.get("type") in ("PER", "ORG")]
        token = self.lex.token
        self.sentences = [
            _Sentence(text, _after_colon_dateline(text, _after_dateline(text, s, e), e, self.people, named), e, token)
            for s, e in sentences
        ]
        self.sentence_starts = [s.start for s in self.sentences]
        self.constructions: set[int] = set()
        # Start of a separable cue's stem -> start of its particle closing the clause ("lehnt … ab").
        self.particles: dict[int, int] = {}
        self.cues = self._find_cues()
        self.candidates = sorted(set(self.cues) | self.constructions)
        self.paragraphs = paragraphs
        # Events named in the text ("Brexit", "Коронавирус"): a headline's topic label, never a speaker.
        self.events = [(m.start, m.end) for m in mentions or () if m.attrs.get("type") == "EVT"]
        # Places and products ("Egypte", "Violences en Égypte", "Coronavirus"): a headline's topic before a colon,
        # unless a person or body is named with them.
        self.topic_names = [(m.start, m.end) for m in mentions or () if m.attrs.get("type") in ("LOC", "PRO")]
        self.agent_names = [(m.start, m.end) for m in mentions or () if m.attrs.get("type") in ("PER", "ORG")]
        self.person_names = [(m.start, m.end) for m in mentions or () if m.attrs.get("type") == "PER"]
        # Without a mention layer (a library caller) no capitalised word can be told from a name.
        self.mentions_known = mentions is not None
        self.resolver = SpeakerResolver(text, self.lex, self.people)
        self.quoted: list[Marked] = []
        self.quoted_starts: list[int] = []
        self.quoted_ends: list[int] = []
        self.used_cues: set[int] = set()  # start offsets of cue tokens already attributed
        # End offset of a speaker phrase -> its relative pronoun opening the cue's clause ("Barkley, who said").
        self.relative_for: dict[int, tuple[int, int]] = {}

    # --- cues and positions -------------------------------------------------------------------
    def _find_cues(self) -> dict[int, int]:
        """Start offset of every cue in the text -> its length in tokens."""
        lex = self.lex
        known = lex.word_cache
        cues: dict[int, int] = {}
        # Lower-case the text once when that keeps its offsets (nearly always): no per-word lower().
        lowered = self.text.lower()
        same = len(lowered) == len(self.text)
        for m in _WORD_TOKEN.finditer(lowered if same else self.text):
            low = m.group() if same else m.group().lower()
            hit = known.get(low)
            if hit is None:
                hit = low[0].isalpha() and lex.is_cue_word(low)
            if hit:
                cues[m.start()] = 1
            elif "." in low:
                # "police said.SI Vijaya …": a cue glued by its stop to the next sentence (the sentence splitter
                # ends the sentence there).
                word = low.split(".", 1)[0]
                if word.isalpha() and self.text[m.start() + len(word) + 1].isupper() and lex.is_cue_word(word):
                    cues[m.start()] = 1
        for m in finditer_lowered(lex.multiword_cue_search, self.text, lowered):
            if m.start() == 0 or not self.text[m.start() - 1].isalnum():
                cues[m.start()] = max(cues.get(m.start(), 0), len(TOKEN.findall(self.text, m.start(), m.end())))
        for m in finditer_lowered(lex.separable_cue_search, self.text, lowered):
            cues.setdefault(m.start(), 1)  # "teilte das Ministerium mit": the stem is the cue, its particle closes
            group = next(k for k in range(1, (m.lastindex or 0) + 1) if m.group(k) is not None)
            self.particles[m.start()] = m.start(group)
        # Starts of constructions ("according to", "ogłoszono"): the only other places worth a look.
        self.constructions = {m.start() for m in finditer_lowered(lex.construction_search, self.text, lowered)}
        for m in lex.reduced_passives.finditer(self.text):
            if m.start() in cues and self._after_noun(m.start()):
                del cues[m.start()]
        return cues

    def _after_noun(self, pos: int) -> bool:
        """True when a comma or a noun-like word (no auxiliary, pronoun, article, clause word or adverb of SKIP)
        stands right before offset `pos`: a participle there describes that noun ("The man accused of …")."""
        lex = self.lex
        before = self.text[max(0, pos - 40) : pos].rstrip()
        if before.endswith(","):
            return True
        words = _WORD_TOKEN.findall(before)
        if not words or not before.endswith(words[-1]):
            return False
        low = words[-1].lower()
        closed = lex.passive_auxiliaries | lex.skip | lex.articles | lex.relatives | lex.conjunctions
        if low in closed | lex.complementizers or low in lex.pronouns or lex.is_cue_word(low):
            return False
        # "an explosion that Mayor Bill de Blasio described as …": the noun is the subject of a relative clause, a
        # name or a determined noun with at most one lower-case word ("in which Kaine defended people" is no subject)
        clause = _WORD_TOKEN.findall(re.split(r"[,;:.!?]", before)[-1])[-RELATIVE_CLAUSE_SUBJECT_WORDS - 1 :]
        opener = max(
            (k for k, w in enumerate(clause) if w.lower() in lex.relatives | lex.complementizers), default=None
        )
        if opener is None:
            return True
        plain = [w for w in clause[opener + 1 :] if w.islower() and w not in lex.articles | lex.determiners]
        return len(plain) > 1

    def cue_at(self, tokens: list[Token], i: int) -> int:
        """Number of tokens of the cue starting at token i (0 when none)."""
        n = self.cues.get(tokens[i].start, 0)
        if n and tokens[i].is_cap and i > 0 and tokens[i - 1].text not in CLOSING + DASHES + ",:":
            # A capitalised word inside a sentence is a name ("United States"), not a verb.
            return 0
        return min(n, len(tokens) - i)

    def _quoted_words(self, start: int, end: int) -> dict[str, Any] | None:
        """How a quotation over `start`..`end` holding marked words is direct: {} when it is all in marks,
        {"quoted": [s, e]} (the longest marked stretch) when a reported clause holds a few quoted words, whose
        speaker said only those word for word; None when it holds none."""
        inside = [q for q in self.quoted if q.start >= start and q.end <= end]
        if not inside:
            return None
        longest = max(inside, key=lambda q: q.end - q.start)
        return {} if (longest.start, longest.end) == (start, end) else {"quoted": [longest.start, longest.end]}

    def _quoted(self, pos: int) -> bool:
        k = bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and pos < self.quoted_ends[k]

    def _sentence_of(self, pos: int) -> int:
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].end:
            return k
        return min(k + 1, len(self.sentences) - 1)

    def _scope(self, pos: int) -> int:
        """Start of the sentence before the one holding `pos` (where a pro-drop verb's subject was named)."""
        k = self._sentence_of(pos)
        return self.sentences[max(k - 1, 0)].start if self.sentences else 0

    def _verb_gender(self, verb: str) -> str | None:
        for ending, gender in sorted(self.lex.implicit_endings.items(), key=lambda kv: -len(kv[0])):
            if verb.endswith(ending):
                return gender
        return None
