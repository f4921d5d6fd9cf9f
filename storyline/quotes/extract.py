"""Finding quotations: direct speech by its marks, reported speech by its cues, each with a speaker.

Works sentence by sentence on token lists (no parser, so it runs at hundreds of articles per second):
a cue is a reporting verb or construction from the language's lexicon; the speaker is the noun phrase
next to it (left, or right when inverted: "said Peskov", "zauważa Axios"); the content is the clause on
the other side (after the cue and its complementizer, or before the comma of a postposed cue).
For languages whose data module names a PARSER_MODEL (English), `parsed.py` then adds the attributions a
dependency parse finds with learned cue frames in sentences the rules left uncovered (setting
`quote_parser`: "accurate", the default, or "fast" for rules only).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any

from storyline.langs import language_data
from storyline.model import Span
from storyline.quotes.lexicon import TOKEN, Lexicon, lexicon
from storyline.quotes.marks import Marked, find_dialogue, find_marked
from storyline.quotes.parsed import cue_table, parse_attributions
from storyline.quotes.speakers import (
    POSSESSIVE_S,
    PersonIndex,
    Speaker,
    SpeakerResolver,
    Token,
    speaker_attrs,
    tokenize,
)

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
# Longest cue, in tokens ("in the words of").
MAX_CUE_TOKENS = 4

DASHES = "-–—"
_WORD = re.compile(r"\w+")
_WORD_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*")
# A headline source ("Graham: ...") ends within this many characters of the sentence start.
COLON_WINDOW = 60
CLOSING = "”\"’»«›‹“„‟'"


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


class QuoteFinder:
    """Finds the quotations of one article."""

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
        self.sentences = [_Sentence(text, s, e, self.lex.token) for s, e in sentences]
        self.sentence_starts = [s.start for s in self.sentences]
        self.constructions: set[int] = set()
        self.cues = self._find_cues()
        self.candidates = sorted(set(self.cues) | self.constructions)
        self.paragraphs = paragraphs
        self.people = PersonIndex(text, self.lex, mentions)
        self.resolver = SpeakerResolver(text, self.lex, self.people)
        self.quoted: list[Marked] = []
        self.quoted_starts: list[int] = []
        self.quoted_ends: list[int] = []
        self.used_cues: set[int] = set()  # start offsets of cue tokens already attributed

    # --- cues and speaker phrases ---------------------------------------------------------------
    def _find_cues(self) -> dict[int, int]:
        """Start offset of every cue in the text -> its length in tokens."""
        lex = self.lex
        known = lex.word_cache
        cues: dict[int, int] = {}
        for m in _WORD_TOKEN.finditer(self.text):
            low = m.group().lower()
            hit = known.get(low)
            if hit is None:
                hit = low[0].isalpha() and lex.is_cue_word(low)
            if hit:
                cues[m.start()] = 1
        for m in lex.multiword_cue_search.finditer(self.text):
            if m.start() == 0 or not self.text[m.start() - 1].isalnum():
                cues[m.start()] = max(cues.get(m.start(), 0), len(TOKEN.findall(self.text, m.start(), m.end())))
        # Starts of constructions ("according to", "ogłoszono"): the only other places worth a look.
        self.constructions = {m.start() for m in lex.construction_search.finditer(self.text)}
        return cues

    def cue_at(self, tokens: list[Token], i: int) -> int:
        """Number of tokens of the cue starting at token i (0 when none)."""
        n = self.cues.get(tokens[i].start, 0)
        if n and tokens[i].is_cap and i > 0 and tokens[i - 1].text not in CLOSING + DASHES + ",:":
            # A capitalised word inside a sentence is a name ("United States"), not a verb.
            return 0
        return min(n, len(tokens) - i)

    def _is_head(self, tok: Token, first: bool) -> bool:
        lex = self.lex
        low = tok.low
        base = re.sub(r"[’']s$", "", low)
        if base in lex.pronouns:
            return True
        if tok.is_cap and low not in lex.not_names:
            return True
        return (
            base in lex.source_nouns
            or self.resolver.title_like(base)
            or base in lex.office_nouns
            or base in lex.document_nouns
            or base in lex.institution_nouns
        )

    def _np_word(self, tok: Token) -> bool:
        lex = self.lex
        base = re.sub(r"[’']s$", "", tok.low)
        if tok.is_cap and (tok.low not in lex.not_names or tok.low in lex.determiners or tok.low in lex.possessives):
            return True
        return (
            base in lex.modifiers
            or (len(base) > 4 and base.endswith(lex.modifier_suffixes) if lex.modifier_suffixes else False)
            or self.resolver.title_like(base)
            or base in lex.source_nouns
            or base in lex.office_nouns
            or base in lex.document_nouns
            or base in lex.institution_nouns
            or tok.low in lex.determiners
            or tok.low in lex.possessives
        )

    def left_np(self, tokens: list[Token], i: int, floor: int = 0) -> tuple[int, int] | None:
        """Token range of the speaker phrase ending before token i (skipping auxiliaries and adverbs)."""
        lex = self.lex
        j = i - 1
        while j >= floor and tokens[j].low in lex.skip:
            j -= 1
        if j < floor or not tokens[j].is_word or self._quoted(tokens[j].start):
            return None
        if not self._is_head(tokens[j], True):
            return self._determined_np(tokens, j, floor)
        base = POSSESSIVE_S.sub("", tokens[j].low)
        if base in lex.relatives and j - 2 >= floor and tokens[j - 1].text == ",":
            # "Barkley, who said ...": the speaker is the phrase the relative clause hangs on.
            return self.left_np(tokens, j - 1, floor)
        if base in lex.pronouns:
            return (j, j + 1)
        k = j
        while (
            k - 1 >= floor
            and tokens[k - 1].is_word
            and self._np_word(tokens[k - 1])
            and tokens[k - 1].low not in lex.pronouns
        ):
            k -= 1
            if tokens[k].low in lex.determiners or tokens[k].low in lex.possessives:
                break
        while k < j and tokens[k].low in ("of", "for", "to", "z", "de", "для"):
            k += 1
        if k > floor and tokens[k - 1].low in lex.prepositions:
            # "a spokesman for the campaign said" is one phrase; "talks with Trump will focus on" has no subject.
            outer = self.left_np(tokens, k - 1, floor) if k - 1 > floor else None
            if outer is None:
                # "sources close to the talks said": a source noun before its modifiers and preposition.
                h = k - 2
                while h > floor and tokens[h].low in lex.modifiers:
                    h -= 1
                if h >= floor and POSSESSIVE_S.sub("", tokens[h].low) in lex.source_nouns:
                    outer = self.left_np(tokens, h + 1, floor) or (h, h + 1)
            if outer is None or not self._agent(tokens, outer):
                return None
            return (outer[0], j + 1)
        return (k, j + 1)

    def _determined_np(self, tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
        """A common-noun phrase opened by a determiner ("the billionaire real estate magnate")."""
        lex = self.lex
        if tokens[j].low in lex.complementizers or tokens[j].low in lex.not_names or tokens[j].low in lex.skip:
            return None
        for k in range(j - 1, max(floor, j - 5) - 1, -1):
            tok = tokens[k]
            if tok.low in ("a", "an", "the") or (tok.low in lex.determiners and tok.low not in lex.possessives):
                return (k, j + 1)
            if not tok.is_word or tok.low in lex.complementizers or tok.low in lex.pronouns or self.cue_at(tokens, k):
                return None
        return None

    def right_np(self, tokens: list[Token], i: int, stop: int | None = None) -> tuple[int, int] | None:
        """Token range of the speaker phrase starting at token i (an inverted speaker: "said Peskov")."""
        lex = self.lex
        stop = len(tokens) if stop is None else stop
        j = i
        while j < stop and tokens[j].low in lex.skip:
            j += 1
        k = j
        while (
            k < stop and tokens[k].is_word and (self._np_word(tokens[k]) or (k == j and tokens[k].low in lex.pronouns))
        ):
            if tokens[k].low in lex.pronouns and k > j:
                break
            k += 1
            if tokens[k - 1].low in lex.pronouns:
                break
        while (
            k > j
            and tokens[k - 1].low in lex.modifiers
            and not tokens[k - 1].is_cap
            and tokens[k - 1].low not in lex.source_nouns
        ):
            k -= 1
        if k == j or not any(self._is_head(t, False) for t in tokens[j:k]):
            return None
        if all(t.low in lex.determiners for t in tokens[j:k]):
            return None
        if (
            k < stop
            and any(self.resolver.title_like(t.low) for t in tokens[j:k])
            and not self.people.inside(tokens[j].start, tokens[k - 1].end)
        ):
            # "il commissario europeo all'Agricoltura Anders Holmgren": the title's name comes a few words on.
            for m in range(k, min(stop, k + TITLE_REACH)):
                if not tokens[m].is_word and tokens[m].text not in "'’-":
                    break
                person = self.people.inside(tokens[m].start, tokens[min(stop, m + 4) - 1].end)
                if person is not None and person.start == tokens[m].start:
                    return (j, next(x for x in range(m, stop) if tokens[x].end >= person.end) + 1)
        return (j, k)

    def _quoted(self, pos: int) -> bool:
        k = bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and pos < self.quoted_ends[k]

    def speaker(self, tokens: list[Token], rng: tuple[int, int] | None) -> Speaker | None:
        """Resolve a token range into a speaker."""
        if rng is None or rng[0] >= rng[1]:
            return None
        speaker = self.resolver.resolve(tokens[rng[0] : rng[1]])
        end = rng[1]
        titled = any(self.resolver.title_like(t.low) for t in tokens[rng[0] : rng[1]])
        if speaker.kind != "person" and titled and end + 1 < len(tokens) and tokens[end].text == ",":
            # "le porte-parole de la Commission, Pieter de Wolf, ...": the name in apposition is the speaker.
            person = self.people.inside(tokens[end + 1].start, tokens[min(end + 6, len(tokens) - 1)].end)
            closed = person is not None and next(
                (not t.is_word for t in tokens[end + 1 :] if t.start >= person.end), True
            )
            if person is not None and person.start == tokens[end + 1].start and closed:
                named = self.resolver.resolve([t for t in tokens[end + 1 :] if t.end <= person.end])
                return Speaker((tokens[rng[0]].start, person.end), named.mention, named.label, named.kind)
        return speaker

    def _scope(self, pos: int) -> int:
        """Start of the sentence before the one holding `pos` (where a pro-drop verb's subject was named)."""
        k = self._sentence_of(pos)
        return self.sentences[max(k - 1, 0)].start if self.sentences else 0

    # --- direct speech --------------------------------------------------------------------------
    def _sentence_of(self, pos: int) -> int:
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].end:
            return k
        return min(k + 1, len(self.sentences) - 1)

    def direct(self) -> list[Quote]:
        """Quotations in marks or dialogue dashes, attributed from the surrounding sentence."""
        marked = find_marked(self.text, self.lex, self.paragraphs) + find_dialogue(self.text, self.lex, self.paragraphs)
        marked.sort(key=lambda q: q.start)
        self.quoted = marked
        self.quoted_starts = [q.start for q in marked]
        self.quoted_ends = list(accumulate((q.end for q in marked), max))
        quotes: list[Quote] = []
        previous: Quote | None = None
        for q in marked:
            quote = self._attribute(q)
            n_words = len(_WORD.findall(self.text, q.start, q.end))
            if quote is None:
                if previous is not None and q.outer_start - previous.end <= CONTINUATION_GAP:
                    # “A,” he said. “B.” — one statement in two pieces.
                    previous.end = max(previous.end, q.end)
                    continue
                if n_words < MIN_UNATTRIBUTED_WORDS or not self.sentences:
                    continue
                inherited = previous.speaker if previous and q.outer_start - previous.end < 600 else None
                quote = Quote(q.start, q.end, "direct", None, inherited, {"attributed": "context"})
            quotes.append(quote)
            previous = quote
        return quotes

    def _attribute(self, q: Marked) -> Quote | None:
        if not self.sentences:
            return None
        first = self.sentences[self._sentence_of(q.outer_start)]
        last_k = self._sentence_of(max(q.end - 1, q.start))
        last = self.sentences[last_k]
        # After the quote: ', he said.' / ', said Peskov.' / ', according to X.' (maybe in the next sentence).
        after = [t for t in last.tokens if t.start >= q.outer_end]
        if not after and last_k + 1 < len(self.sentences):
            nxt = self.sentences[last_k + 1].tokens
            if nxt and not nxt[0].is_cap and len(nxt) <= POSTPOSED_TAIL + 2:
                after = nxt
        found = self._cue_after_quote(after, q)
        if found is not None:
            return found
        before = [t for t in first.tokens if t.end <= q.outer_start]
        first_k = self._sentence_of(q.outer_start)
        if not before and first_k > 0:
            previous = self.sentences[first_k - 1].tokens
            if previous and previous[-1].text == ":":
                # "Peskov told reporters:" ending one sentence or paragraph, the quotation opening the next.
                before = previous
        return self._cue_before_quote(before, q)

    def _cue_after_quote(self, after: list[Token], q: Marked) -> Quote | None:
        lex = self.lex
        window = after[: POSTPOSED_TAIL + APPOSITION_WORDS]
        apposition = False
        for i in range(len(window)):
            tok = window[i]
            if tok.text in CLOSING or (tok.text in ",.:" and i == 0) or tok.text in DASHES:
                continue
            if tok.text == "," and not apposition:
                # "“…,” Jenna Golden, Twitter's director of political advertising, said.": skip the apposition.
                apposition = True
                continue
            sf = lex.source_first.match(self.text, tok.start)
            if sf and (i == 0 or not after[i - 1].is_word):
                j = next((k for k in range(i, len(after)) if after[k].end >= sf.end()), i) + 1
                rng = self.right_np(after, j) or self._phrase_until_comma(after, j)
                self.used_cues.add(tok.start)
                return Quote(q.start, q.end, "direct", (tok.start, after[j - 1].end), self.speaker(after, rng))
            n = self.cue_at(window, i)
            if n:
                left = self.left_np(after, i)
                if apposition and left is not None and left[0] > 0 and after[left[0] - 1].text == ",":
                    first = next((k for k, t in enumerate(after) if t.is_word), 0)
                    left = self.right_np(after, first) or left
                rng = left or self.right_np(after, i + n)
                if rng is None:
                    implied = self._clitic(window[i : i + n])
                    if implied is None and self.lex.pro_drop:
                        # "“…”, afirmó." — the verb's unnamed subject.
                        implied = self.resolver.implicit(
                            tok.start, self._verb_gender(tok.low), self._scope(q.outer_start)
                        )
                    if implied is None:
                        return None
                    self.used_cues.add(tok.start)
                    return Quote(q.start, q.end, "direct", (tok.start, window[i + n - 1].end), implied)
                self.used_cues.add(tok.start)
                return Quote(q.start, q.end, "direct", (tok.start, window[i + n - 1].end), self.speaker(after, rng))
            if tok.text in ".!?" or tok.text in lex.openers:
                # The sentence or a new quotation begins before any cue: nothing attributes this quote here.
                return None
        return None

    def _cue_before_quote(self, before: list[Token], q: Marked) -> Quote | None:
        lex = self.lex
        following = re.match(r"\s*,\s*(\w+)", self.text[q.outer_end : q.outer_end + 30])
        if (
            following
            and following.group(1).lower() in lex.complementizers
            and len(_WORD.findall(self.text, q.start, q.end)) <= 3
        ):
            # "повідомили «Київському кур'єру», що …": a quoted name before the clause, not the quotation.
            return None
        cue_i = n = 0
        rng = None
        # The nearest speech cue with a speaker ("Hrytsenko said Kyiv still wanted an “all for all” deal"),
        # else the nearest cue of any kind ("He reiterated that any deal must consider the “…”").
        for speech_only in (True, False):
            for i in range(len(before) - 1, -1, -1):
                if self._quoted(before[i].start) or before[i].start in self.used_cues or not self.cue_at(before, i):
                    continue
                n = self.cue_at(before, i)
                if speech_only and self.lex.needs_complementizer.fullmatch(" ".join(t.low for t in before[i : i + n])):
                    continue
                rng = self.left_np(before, i) or self._inverted(before, i + n) or self._subject(before, i)
                if rng is not None:
                    cue_i = i
                    break
            if rng is not None:
                break
        if rng is None:
            if before and before[-1].text == ":":
                rng = self.left_np(before, len(before) - 1)
                person = rng or self._first_person(before, len(before))
                if person:
                    return Quote(
                        q.start, q.end, "direct", (before[-1].start, before[-1].end), self.speaker(before, person)
                    )
            return None
        cue = (before[cue_i].start, before[cue_i + n - 1].end)
        self.used_cues.add(before[cue_i].start)
        tail = before[cue_i + n :]
        embedded = bool(tail) and tail[-1].text not in ",:" + DASHES
        start, end = q.start, q.end
        if embedded:
            # A partial quote inside a reported clause: the whole clause is the content.
            addressee = lex.addressee_cue.fullmatch(before[cue_i].low) is not None
            start = min(self._content_start(before, cue_i + n, len(before), addressee), q.outer_start)
            last = self.sentences[self._sentence_of(max(q.end - 1, q.start))]
            end = max(q.end, self._clause_end(last, last.tokens))
        return Quote(start, end, "direct", cue, self.speaker(before, rng), {"partial": embedded} if embedded else {})

    def _first_person(self, tokens: list[Token], limit: int) -> tuple[int, int] | None:
        """The first phrase before `limit` holding a person (the sentence subject of 'X did Y, stating: …')."""
        if not tokens:
            return None
        person = self.people.first_inside(tokens[0].start, tokens[limit - 1].end if limit else tokens[0].end)
        if person is None:
            return None
        end = next((k for k, t in enumerate(tokens) if t.end >= person.end), None)
        if end is None:
            return None
        return self.left_np(tokens, end + 1)

    def _implied_in(self, construction: list[Token]) -> Speaker | None:
        """The speaker a construction implies: its possessive ("по его словам") or its verb's subject."""
        lex = self.lex
        for tok in construction:
            if tok.low in lex.possessives:
                return self.resolver.implicit(tok.start, lex.possessives[tok.low])
        if lex.pro_drop and len(construction) > 1:
            last = construction[-1]
            return self.resolver.implicit(last.start, self._verb_gender(last.low), self._scope(last.start))
        return None

    def _inverted(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """An inverted speaker right after its cue, closed by punctuation ("said Peskov: “…”")."""
        rng = self.right_np(tokens, j)
        if rng is None or (rng[1] < len(tokens) and tokens[rng[1]].is_word):
            # "saying Clinton would “abolish …”": Clinton begins the reported clause, not the speaker.
            return None
        return rng

    def _clitic(self, cue: list[Token]) -> Speaker | None:
        """The pronoun inside an inverted cue ("a-t-il dit", "dit-elle")."""
        for tok in cue:
            offset = tok.start
            for part in re.split(r"([-‑])", tok.text):
                speaker = (
                    self.resolver.pronoun((offset, offset + len(part)), part.lower()) if offset > tok.start else None
                )
                if speaker is not None:
                    return speaker
                offset += len(part)
        return None

    def _subject(self, tokens: list[Token], limit: int) -> tuple[int, int] | None:
        """The subject phrase of a sentence: a leading pronoun or the first person named before `limit`."""
        for k, t in enumerate(tokens[:limit]):
            if t.low in self.lex.pronouns and self.lex.pronouns[t.low] is not None:
                return (k, k + 1)
            if t.text == "," or not (t.is_cap or t.low in self.lex.determiners or t.low in self.lex.skip):
                break
        lead = self.right_np(tokens, 0, limit)
        person = self._first_person(tokens, limit)
        if person is not None and (lead is None or person[0] <= lead[1] + 1):
            # "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the name in apposition.
            return person
        if lead is not None and self._agent(tokens, lead):
            # "Sources close to the talks, ..., told X that": the sentence opens with its speaker.
            return lead
        return person

    def _phrase_until_comma(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        k = j
        while k < len(tokens) and tokens[k].text not in ",.;:!?" + DASHES and k - j < 10:
            k += 1
        return (j, k) if k > j else None

    def _content_start(self, tokens: list[Token], i: int, stop: int, addressee: bool) -> int:
        """Where reported content begins after the cue ending at token i."""
        lex = self.lex
        window = tokens[i : min(stop, i + COMPLEMENTIZER_WINDOW + 1)]
        for k, t in enumerate(window):
            # Right after the cue, or after a comma ("poinformował w czwartek, powołując się na ..., że");
            # elsewhere "that" opens a relative clause.
            if t.low in lex.complementizers and (k <= 1 or window[k - 1].text == "," or addressee):
                return t.start
        j = i
        if addressee:
            while j < stop and j - i < 4 and tokens[j].low not in lex.pronouns and tokens[j].text not in ",:":
                j += 1
        while j < stop and tokens[j].text in ",:" + DASHES:
            j += 1
        return tokens[j].start if j < stop else tokens[-1].end

    # --- reported speech ------------------------------------------------------------------------
    def reported(self, direct: list[Quote]) -> list[Quote]:
        """Reported speech and attributed claims found by cues outside quotation marks."""
        quotes: list[Quote] = []
        for sent in self.sentences:
            k = bisect_left(self.candidates, sent.start)
            has_cue = k < len(self.candidates) and self.candidates[k] < sent.end
            if not has_cue and ":" not in self.text[sent.start : sent.start + COLON_WINDOW]:
                continue
            toks = sent.tokens
            i = 0
            while i < len(toks):
                tok = toks[i]
                if i > 0 and tok.start not in self.cues and tok.start not in self.constructions:
                    i += 1
                    continue
                if self._quoted(tok.start) or tok.start in self.used_cues or not tok.is_word:
                    i += 1
                    continue
                found = (
                    self._colon(sent, i)
                    or self._source_first(sent, i)
                    or self._impersonal(sent, i)
                    or self._cue(sent, i)
                )
                if found is not None:
                    quote, advance = found
                    if quote is not None:
                        quotes.append(quote)
                    i += advance
                    continue
                i += 1
        return [q for q in quotes if not any(d.start <= q.start and q.end <= d.end for d in direct)]

    def _colon(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        """ "Graham: Trump's rhetoric is destroying the party" — a named source, a colon, its claim."""
        toks = sent.tokens
        if i != 0:
            return None
        c = next((k for k, t in enumerate(toks[: MAX_COLON_SOURCE + 1]) if t.text == ":"), None)
        if c is None or c == 0 or c + 1 >= len(toks):
            return None
        left = self.left_np(toks, c)
        if (
            left is None
            or left[0] != 0
            or _words(toks[c + 1 :]) < MIN_REPORTED_WORDS
            or self._quoted(toks[c + 1].start)
        ):
            return None
        speaker = self.speaker(toks, left)
        if speaker is None or speaker.kind not in ("person", "media", "institution") or not self._agent(toks, left):
            return None
        self.used_cues.add(toks[c].start)
        end = self._clause_end(sent, toks)
        return (Quote(toks[c + 1].start, end, "reported", (toks[c].start, toks[c].end), speaker), c + 1)

    def _clause_end(self, sent: _Sentence, toks: list[Token]) -> int:
        end = sent.end
        while end > sent.start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?;"):
            end -= 1
        return end

    def _source_first(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        toks = sent.tokens
        m = self.lex.source_first.match(self.text, toks[i].start)
        if not m:
            return None
        # Inside a clause without commas ("hat in Polen nach Angaben der Behörden bereits 14 … gefordert").
        inside = i > 0 and toks[i - 1].is_word and toks[i - 1].low not in self.lex.skip
        j = next((k for k in range(i, len(toks)) if toks[k].end >= m.end()), i) + 1
        cue = (toks[i].start, toks[j - 1].end)
        rng = self.right_np(toks, j) or self._phrase_until_comma(toks, j)
        implied = None
        if rng is None:
            # "По его словам, …" / "Jak poinformowała, …": the construction holds its speaker (a possessive)
            # or leaves it to the verb (pro-drop).
            implied = self._implied_in(toks[i:j])
            if implied is None:
                return (None, j - i)
            rng = (j, j)
        before = toks[:i]
        tail = toks[rng[1] :]
        if inside or (tail and tail[0].text == "," and _words(before) >= 1 and _words(tail) >= MIN_REPORTED_WORDS):
            # "Майкл Харлан, по данным источников, провёл …": the source is a parenthesis in the claim.
            start, end = toks[0].start, self._clause_end(sent, toks)
        elif _words(before) >= MIN_REPORTED_WORDS:
            k = i
            while k > 0 and toks[k - 1].text in "," + DASHES:
                k -= 1
            start, end = toks[0].start, toks[k - 1].end
        else:
            after = toks[rng[1] :]
            comma = next((k for k, t in enumerate(after[:COMPLEMENTIZER_WINDOW]) if t.text == ","), None)
            if comma is not None:
                # "According to the draft published by the FT, CONTENT": the claim follows the comma.
                after = after[comma:]
            while after and after[0].text in ",:" + DASHES:
                after = after[1:]
            if _words(after) < MIN_REPORTED_WORDS:
                return (None, j - i)
            start, end = after[0].start, self._clause_end(sent, toks)
        self.used_cues.add(toks[i].start)
        return (Quote(start, end, "reported", cue, implied or self.speaker(toks, rng)), max(rng[1] - i, 1))

    def _impersonal(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        toks = sent.tokens
        m = self.lex.impersonal.match(self.text, toks[i].start)
        if not m or not re.match(r"\W", self.text[m.end() : m.end() + 1] or " "):
            return None
        j = next((k for k in range(i, len(toks)) if toks[k].end >= m.end()), i) + 1
        start = self._content_start(toks, j, len(toks), addressee=False)
        end = self._clause_end(sent, toks)
        if _words([t for t in toks if t.start >= start]) < MIN_REPORTED_WORDS:
            return (None, j - i)
        return (Quote(start, end, "reported", (toks[i].start, toks[j - 1].end), None), j - i)

    def _cue(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        lex = self.lex
        toks = sent.tokens
        n = self.cue_at(toks, i)
        if not n:
            return None
        cue = (toks[i].start, toks[i + n - 1].end)
        after_cue = i + n
        if i > 0 and (
            POSSESSIVE_S.search(toks[i - 1].text)
            or toks[i - 1].low in lex.articles
            or toks[i - 1].low in lex.possessives
        ):
            # "Clinton's attacks on Trump", "the claims": after a possessive or an article the word is a noun.
            return (None, n)
        left = self.left_np(toks, i)
        if left is not None and lex.noun_cues.fullmatch(toks[i].low) and not self._agent(toks, left):
            # "the US peace plan", "a drone attack": the cue word is a noun here.
            return (None, n)
        # Only speech verbs postpose ("..., he said"); "the conflict continues" reports nothing.
        speech = lex.needs_complementizer.fullmatch(" ".join(t.low for t in toks[i:after_cue])) is None
        prev = toks[left[0] - 1] if left and left[0] > 0 else None
        if (
            speech
            and left
            and prev is not None
            and prev.text == ","
            and _words(toks[: left[0]]) >= MIN_REPORTED_WORDS
            and after_cue < len(toks)
            and toks[after_cue].text == ","
            and _words(toks[after_cue:]) >= MIN_REPORTED_WORDS
        ):
            # "In three years, Barden says, far too many lives were lost": the cue is a parenthesis in the claim.
            return (Quote(toks[0].start, self._clause_end(sent, toks), "reported", cue, self.speaker(toks, left)), n)
        # Postposed: "CONTENT, X said."
        if (
            speech
            and left
            and prev is not None
            and prev.text in "," + DASHES + CLOSING
            and _words(toks[: left[0]]) >= MIN_REPORTED_WORDS
            and _words(toks[after_cue:]) <= POSTPOSED_TAIL
        ):
            k = left[0] - 1
            while k > 0 and toks[k - 1].text in "," + DASHES:
                k -= 1
            end = toks[k].end if toks[k].text in CLOSING else toks[k - 1].end
            tail = toks[after_cue:]
            comma = next((m for m, t in enumerate(tail) if t.text == ","), None)
            if comma is not None and _words(tail[comma:]) >= 2:
                # "CONTENT, he says, CONTENT": the statement runs on after the parenthetical.
                end = self._clause_end(sent, toks)
            return (Quote(toks[0].start, end, "reported", cue, self.speaker(toks, left)), n)
        # Inverted postposed: "CONTENT, said X." / "..., zauważa Axios."
        if speech and i > 0 and toks[i - 1].text in "," + DASHES + CLOSING and _words(toks[:i]) >= MIN_REPORTED_WORDS:
            right = self.right_np(toks, after_cue)
            if right is not None and _words(toks[right[1] :]) <= INVERTED_TAIL:
                k = i - 1
                end = toks[k].end if toks[k].text in CLOSING else toks[k - 1].end
                return (Quote(toks[0].start, end, "reported", cue, self.speaker(toks, right)), right[1] - i)
        if left is None:
            lead = self.right_np(toks, 0, i)
            if lead is not None and POSSESSIVE_S.sub("", toks[lead[1] - 1].low) in lex.source_nouns:
                # "Źródła zbliżone do rozmów twierdzą, że …": the sentence opens with an anonymous source.
                left = lead
        if left is None and i > 0 and self._after_conjunction(toks, i):
            # "X survived ... and says ...": the conjoined verb shares the sentence's subject.
            left = self._subject(toks, i)
        if left is None and i > 0 and toks[i - 1].text == ",":
            # A participle clause ("..., saying that ..."): the speaker is the sentence's subject.
            left = self._subject(toks, i)
        if left is None and lex.pro_drop and all(t.low in lex.skip or not t.is_word for t in toks[:i]):
            # A subjectless sentence ("Zaznaczył, że ..."): the verb's gender picks the last fitting person.
            quote = self._preposed(sent, i, n, None)
            if quote is not None:
                quote.speaker = self.resolver.implicit(
                    toks[i].start, self._verb_gender(toks[i].low), self._scope(toks[i].start)
                )
            return (quote, n)
        if left is None:
            return (None, n)
        return (self._preposed(sent, i, n, left), n)

    # --- the parse path -------------------------------------------------------------------------
    def parsed(self, found: list[Quote]) -> list[Quote]:
        """Attributions the dependency parse finds where the rules found none (languages with a parser)."""
        data = language_data(self.lex.lang, "quotes")
        models = getattr(data, "PARSER_MODEL", None)
        if data is None or not models or not _parse_enabled():
            return []
        table = cue_table(data.LEARNED_CUES)
        taken = sorted((q.start, q.end) for q in found)
        quotes = []
        # A sentence mostly inside quotes the rules found holds no further claim worth a parse (halves parse time).
        sentences = [
            (s.start, s.end)
            for s in self.sentences
            if sum(max(0, min(b, s.end) - max(a, s.start)) for a, b in taken) < PARSE_OVERLAP * (s.end - s.start)
        ]
        for att in parse_attributions(self.text, sentences, tuple(models), table):
            s, e = att.content
            if any(a < e and s < b and _overlap(a, b, s, e) for a, b in taken):
                continue
            if att.cue[0] in self.used_cues or self._quoted(att.cue[0]):
                continue
            speaker = None
            if att.source is not None:
                toks = tokenize(self.text, att.source[0], att.source[1], self.lex.token)
                if toks:
                    speaker = self.resolver.resolve(toks)
            kind = "direct" if any(q.start >= s and q.end <= e for q in self.quoted) else "reported"
            quotes.append(Quote(s, e, kind, att.cue, speaker, {"attributed": "parse"}))
            taken.append((s, e))
        return quotes

    def _named_agent(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase names its speaker (a capitalised name), not just a pronoun or a noun."""
        return any(
            t.is_cap and t.low not in self.lex.not_names and t.low not in self.lex.determiners
            for t in toks[rng[0] : rng[1]]
        )

    def _agent(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase can be a speaker: a name, a pronoun, or a source/title/institution noun."""
        lex = self.lex
        head = toks[rng[1] - 1]
        base = POSSESSIVE_S.sub("", head.low)
        if base in lex.pronouns or base in lex.source_nouns or base in lex.titles or base in lex.institution_nouns:
            return True
        first = toks[rng[0]].low
        return head.is_cap and head.low not in lex.not_names and not (first in lex.determiners and "-" in head.text)

    def _after_conjunction(self, toks: list[Token], i: int) -> bool:
        j = i - 1
        while j >= 0 and toks[j].low in self.lex.skip:
            j -= 1
        return j > 0 and toks[j].low in self.lex.conjunctions

    def _verb_gender(self, verb: str) -> str | None:
        for ending, gender in sorted(self.lex.implicit_endings.items(), key=lambda kv: -len(kv[0])):
            if verb.endswith(ending):
                return gender
        return None

    def _preposed(self, sent: _Sentence, i: int, n: int, left: tuple[int, int] | None) -> Quote | None:
        lex = self.lex
        toks = sent.tokens
        cue = (toks[i].start, toks[i + n - 1].end)
        after_cue = i + n
        needs_clause = lex.needs_complementizer.fullmatch(" ".join(t.low for t in toks[i:after_cue])) is not None
        # Preposed: "X said (that) CONTENT".
        addressee = lex.addressee_cue.fullmatch(toks[i].low) is not None
        start = self._content_start(toks, after_cue, len(toks), addressee)
        if (
            needs_clause
            and not any(t.low in lex.complementizers for t in toks[after_cue : after_cue + 3])
            and (left is None or not self._agent(toks, left))
        ):
            # "X wants a deal" reports X's stance only when X is named; "what he called" is no claim.
            return None
        content = [t for t in toks if t.start >= start]
        if _words(content) < MIN_REPORTED_WORDS:
            return None
        end = self._clause_end(sent, toks)
        for k in range(after_cue + 1, len(toks) - 1):
            if toks[k].start <= start or toks[k].start in self.used_cues:
                continue
            if (toks[k].text == "," or toks[k].low in lex.conjunctions) and self.cue_at(toks, k + 1):
                # "..., claiming that ..." / "... and says ...": the next cue opens a statement of its own.
                end = toks[k - 1].end
                break
        kind = "direct" if any(q.start >= start and q.end <= end for q in self.quoted) else "reported"
        return Quote(start, end, kind, cue, self.speaker(toks, left))


def _overlap(a: int, b: int, s: int, e: int) -> bool:
    """True when [s, e) shares at least half of the shorter of the two spans with [a, b)."""
    shared = min(b, e) - max(a, s)
    return shared >= PARSE_OVERLAP * min(b - a, e - s)


@cache
def _parse_enabled() -> bool:
    """False when the `quote_parser` setting is "fast" (rules only, no dependency parse)."""
    from storyline.errors import UnsupportedInput
    from storyline.settings import load_settings

    choice = str(load_settings().get("quote_parser", "accurate"))
    if choice not in ("accurate", "fast"):
        raise UnsupportedInput(f"setting quote_parser={choice!r} is unknown; use 'accurate' or 'fast'")
    return choice == "accurate"


def find_quotes(
    text: str,
    lang: str | None,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]] | None = None,
    mentions: list[Span] | None = None,
) -> list[Quote]:
    """All quotations of one text: direct (marks, dashes) first, then reported speech, in text order."""
    if paragraphs is None:
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    finder = QuoteFinder(text, lang, sentences, paragraphs, mentions)
    direct = finder.direct()
    reported = finder.reported(direct)
    reported += finder.parsed(direct + reported)
    # A reported clause holding a quoted stretch already found supersedes that partial quote.
    quotes = sorted(direct + reported, key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    for q in quotes:
        # A stretch inside a longer quotation (a partial quote in its reported clause) is part of it.
        if kept and q.end <= max(k.end for k in kept[-3:]):
            continue
        kept.append(q)
    return kept
