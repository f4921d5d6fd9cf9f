"""The state of resolving one text: the anchor, the time mentioned last, and tense lookup.

Handlers (`handlers.py`) read the anchor and the reference point from a `Context` and ask it for the
tense of the sentence around an expression; each returns a `Result` (type, value, granularity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.timex.calendar import (
    GRANULARITIES,
    UNKNOWN_VALUE,
    Point,
    format_point,
)
from storyline.timex.grammar import Grammar

# Units whose durations are written with the time designator (PT5H) and their TIMEX3 letters.
DURATION_LETTER = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
TIME_UNITS = {"second", "minute", "hour"}
# Characters before a clause opener that `OPENER_LOOKS_AHEAD` reads ("Wir rechnen damit, dass").
LOOKS_AHEAD_REACH = 40
# Granularity order is calendar.GRANULARITIES (finest first): an anaphoric shift by a unit finer than the reference
# is counted from the anchor instead ("in 2020 ... the next day" is not 2020-01-02).
SENTENCE_END = re.compile(r"[.!?]\s|\n")
_ZONE = re.compile(r"(?:[A-Z]{1,3}T|UTC)(?![\w.])")
# between a clock and the day it leads: a zone at most ("9 a.m. EST Tuesday"), and how far before a day its clock starts
_CLOCK_TO_DAY = re.compile(r"\s+(?:[A-Z]{2,4}\s+)?")
CLOCK_LEAD_REACH = 30
# the letters of "a.m"/"p.m" right before a dot, and the word after ". "
_CLOCK_ABBREVIATION = re.compile(r"(?<![\w.])[ap]\.m$", re.IGNORECASE)
_WORD_AT = re.compile(r"[^\W\d_]+")


def _opens_no_sentence(text: str, pos: int) -> bool:
    """True when the words at `pos`, after ". ", cannot open a sentence: a lower-case word ("9 p.m. of the Friday",
    "в 16:53 ч. във вторник"), or a number after a lower-case abbreviation ("o godz. 16.53", not "Sept. 24")."""
    first = text[pos : pos + 1]
    if first.islower() or _ZONE.match(text, pos):
        return True  # "(4 a.m. EDT Thursday)": a clock's zone after its "a.m."
    word = re.search(r"(\w+)\.\s$", text[max(0, pos - 12) : pos])
    return first.isdigit() and word is not None and word[1].islower()


NUMERIC_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})[./-](\d{1,2})[./-](?:\d{4}|\d{2})(?![\d/])")
# Characters between a cue and the expression for the cue to count as adjacent ("said on Monday").
ADJACENT = 4
# How far before an expression a plan word governs it ("slated for 3 p.m. local time (2000 GMT) on Thursday"), and how
# close a past cue before the plan word makes it a plan of the past ("was due on Monday", "была запланирована").
PLAN_REACH, PLAN_PAST_REACH = 80, 12


@dataclass
class Result:
    """What a handler found: type, value, and the point it stands for (to be remembered as reference)."""

    type: str
    value: str
    anchored: bool
    granularity: str | None = None
    point: Point | None = None
    mod: str | None = None
    relative: dict[str, Any] | None = None


class Context:
    """State while resolving one text: the anchor, the last mentioned time, tense lookup."""

    def __init__(self, text: str, grammar: Grammar, anchor: date | None):
        self.text = text
        self.g = grammar
        self.anchor = anchor
        self.ref: Point | None = Point(anchor, "day") if anchor else None
        self.last_quarter: Point | None = None  # "the quarter" = the quarter named last
        # the last day whose year the text wrote (or a chronology carried), and where its expression ends
        self.told: tuple[date, int] | None = None
        # the last day a dated chronology carried its year to (handlers._chronology_day), and where it ends
        self.chronology: tuple[date, int] | None = None
        self._day_first: bool | None = None

    def day_first(self) -> bool:
        """Whether ambiguous numeric dates (3/4/2026) put the day first in this text.

        Evidence in the text wins (a British story writing 25/12/2025 elsewhere is day-first even
        in English); without any, the language's `DATE_ORDER` decides.
        """
        if self._day_first is None:
            votes = 0
            for m in NUMERIC_DATE.finditer(self.text):
                a, b = int(m[1]), int(m[2])
                votes += (a > 12 >= b) - (b > 12 >= a)
            self._day_first = votes > 0 if votes else self.g.date_order.startswith("D")
        return self._day_first

    def direction(self, start: int, end: int, *, hints: bool = True) -> int:
        """Tense of the sentence around a span: -1 past, +1 future, 0 unknown.

        Only the clause the span is in counts when the language names its clause openers (`CLAUSE_OPENER`:
        "że", "що", "dass"). A cue right next to the expression ("said Monday", "na piątek") decides; else the nearest
        strong cue ("will", "was"); else, with `hints`, the nearest weak one ("-ed", "would"). In
        languages that mark the past in the verb (`PAST_MARKED`: Slavic -ł/-л), a sentence
        without any past cue speaks of the present or the future.
        """
        s, e = self.sentence_bounds(start, end)
        g = self.g
        opener: re.Match[str] | None = None
        if g.clause_opener is not None:
            # reported speech has its own tense: in "sources said that a deal may come at the weekend"
            # the reporting verb's past says nothing of the weekend; read the clause the expression is in
            openers = list(g.clause_opener.finditer(self.text, s, start))
            opener = openers[-1] if openers else None
            if opener is not None:
                s = opener.end()
        found: list[tuple[int, int, int]] = []  # (level, distance, sign)
        if (
            opener is not None
            and g.opener_looks_ahead is not None
            and g.opener_looks_ahead.search(self.text, max(0, opener.start() - LOOKS_AHEAD_REACH), opener.start())
        ):
            # "Wir rechnen damit, dass der Scheitel am Montag Frankfurt erreicht": an expectation's clause looks
            # ahead, unless a tense cue of its own says otherwise ("…, dass er am Montag angekommen war")
            found.append((0, len(self.text), 1))
        for level, pattern, sign in ((0, g.past, -1), (0, g.future, 1), (1, g.past_hints, -1), (1, g.future_hints, 1)):
            if pattern is None:
                continue
            for cue in pattern.finditer(self.text, s, e):
                if cue.start() < end and cue.end() > start:
                    continue  # a cue inside the expression itself ("last") is not tense
                dist = start - cue.end() if cue.end() <= start else cue.start() - end
                found.append((level, dist, sign))
        # "until 9 a.m. EST Tuesday": the preposition stands before the day's clock; not in a clause told in the past
        # ("был введен с 18:00 среды до 06:00 четверга" is last week's curfew)
        past_told = any(level == 0 and sign < 0 for level, _dist, sign in found)
        lead = start if past_told else self._clock_lead(start)
        if (
            g.future_before is not None
            and g.future_before.search(self.text, max(s, lead - 16), lead)
            and not (g.future_before_except is not None and g.future_before_except.match(self.text, start))
            and not (g.night_before is not None and g.night_before.search(self.text, max(s, lead - 40), lead))
        ):
            return 1  # "for Thursday", "na piątek", "für Dienstag"; not "в ночь на среду", the night before it
        if g.past_before is not None and g.past_before.search(self.text, max(s, lead - 16), lead):
            return -1  # "since Monday", "od czwartku", "seit Montag"
        if self.planned(start, s):
            return 1  # "slated for … Thursday", "ma się odbyć w czwartek, poinformował …"
        adjacent = [f for f in found if f[1] <= ADJACENT]
        if adjacent:
            return min(adjacent, key=lambda f: (f[1], f[0]))[2]
        strong = [f for f in found if f[0] == 0]
        if strong:
            return min(strong, key=lambda f: f[1])[2]
        if g.past_marked and not any(f[2] < 0 for f in found):
            return 1
        weak = [f for f in found if f[0] == 1]
        return min(weak, key=lambda f: f[1])[2] if hints and weak else 0

    def planned(self, start: int, s: int | None = None) -> bool:
        """True when a plan word of the language (`PLAN_CUES`: "slated", "scheduled", "ma się odbyć", "состоится")
        stands before the expression in its clause with no past cue between them (`PLAN_ENDS`: "planned it, he
        said Sunday") nor right before it ("was due on Monday"): the plan's day is a coming one, whatever reporting
        verb follows ("is scheduled to depart on Saturday, said spokeswoman")."""
        g, text = self.g, self.text
        if g.plan_cues is None:
            return False
        if s is None:
            s = self.sentence_bounds(start, start)[0]
        cues = list(g.plan_cues.finditer(text, max(s, start - PLAN_REACH), start))
        if not cues:
            return False
        cue = cues[-1]
        if g.plan_ends is not None and g.plan_ends.search(text, cue.end(), start):
            return False
        before = g.plan_past_before
        return before is None or not any(
            past.end() >= cue.start() - 1
            for past in before.finditer(text, max(s, cue.start() - PLAN_PAST_REACH), cue.start())
        )

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start and end of the sentence around a span (a cheap cut at ". ", "!", "?" and line breaks).

        Abbreviations ("Mr.", "P.") cut sentences short; a stricter splitter scored lower on
        TempEval-3 dev (value F1 0.769 vs 0.771), so the cheap cut stays.
        """
        text = self.text
        dot = text.rfind(". ", 0, start)
        while dot > 0 and (_opens_no_sentence(text, dot + 2) or self._day_after_clock(dot)):
            # "o godz. 16.53 we wtorek", "в 16:53 ч. във вторник": an abbreviation's dot before a number or a
            # lower-case word ends no sentence (the verb telling the weekday's tense stands before it)
            dot = text.rfind(". ", 0, dot)
        s = max(dot, text.rfind("\n", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start))
        m = SENTENCE_END.search(text, end)
        return s + 1, (m.start() + 1 if m else len(text))

    def _clock_lead(self, start: int) -> int:
        """The start of a clock right before the expression (a zone between them: "until 9 a.m. EST Tuesday"), else
        `start`: a preposition before the clock governs the day after it."""
        clock = self.g.patterns.get("clock")
        if clock is None:
            return start
        for m in clock.finditer(self.text, max(0, start - CLOCK_LEAD_REACH), start):
            if m.end() < start and _CLOCK_TO_DAY.fullmatch(self.text, m.end(), start):
                return m.start()
        return start

    def _day_after_clock(self, dot: int) -> bool:
        """True when the dot at `dot` ends a 12-hour clock's "a.m."/"p.m." and a weekday follows ("will run from 3 p.m.
        Monday", "will be arraigned at 1:30 p.m. Wednesday"): the weekday is the clock's, in the same sentence."""
        text = self.text
        if not _CLOCK_ABBREVIATION.search(text, max(0, dot - 4), dot):
            return False
        word = _WORD_AT.match(text, dot + 2)
        return word is not None and word[0].lower() in self.g.weekdays

    def point_result(self, point: Point, type_: str = "DATE", mod: str | None = None, suffix: str = "") -> Result:
        """A resolved point as a result, remembered as the reference for later anaphora."""
        self.ref = point
        return Result(type_, format_point(point) + suffix, True, point.granularity, point, mod)

    def unresolved(
        self,
        granularity: str,
        relative: dict[str, Any],
        type_: str = "DATE",
        mod: str | None = None,
        value: str | None = None,
    ) -> Result:
        """A relative expression without an anchor: X-value, anchored False, the offset kept."""
        return Result(
            type_, value or UNKNOWN_VALUE.get(granularity, "XXXX-XX-XX"), False, granularity, None, mod, relative
        )

    def base(self, unit: str) -> Point | None:
        """The point an anaphoric shift by `unit` counts from: the last mentioned time, else the anchor.

        A time coarser than `unit` ("since 1988" before "the next day") is no base: the anchor is, or, in an
        undated article, nothing (1988-01-02 would be invented)."""
        ref = self.ref
        if ref is not None and GRANULARITIES.index(unit) < GRANULARITIES.index(ref.granularity):
            ref = Point(self.anchor, "day") if self.anchor is not None else None
        return ref


def sentence_initial(text: str, pos: int) -> bool:
    """True when `pos` starts a sentence (past quotes and brackets): a capital there says nothing of a name."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“„«(")
    return not before or before[-1] in ".!?\n:"
