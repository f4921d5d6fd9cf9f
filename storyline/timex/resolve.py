"""Find time expressions in a text and normalise them to TIMEX3 values against an anchor date.

Every grammar shape (see `grammar.py`) has a handler here that turns a regex match into a type and
value. Candidates from all shapes are collected, overlaps resolved (longest wins, ties go to the
earlier shape), then handlers run in text order so that anaphoric expressions ("the day before",
"dzień wcześniej") count from the time mentioned last, and bare weekdays and months take their
direction (most recent past or coming one) from the tense cues of their sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import cache
from itertools import pairwise

from storyline.errors import UnsupportedInput
from storyline.langs import language_data
from storyline.timex.amounts import hour_in_part
from storyline.timex.calendar import Point
from storyline.timex.context import Context, Result
from storyline.timex.expression import TimeExpression
from storyline.timex.grammar import Grammar, grammar_for
from storyline.timex.handlers import HANDLERS, PRIORITY


def _run(name: str, ctx: Context, m: re.Match[str]) -> Result | None:
    """A handler's result, or None where the value falls off the calendar ("7000 years ago", year 0)."""
    try:
        return HANDLERS[name](ctx, m)
    except (ValueError, OverflowError):
        return None


def anchor_date(anchor: datetime | date | None) -> date | None:
    """The calendar day of an anchor, in the anchor's own time zone."""
    if anchor is None:
        return None
    return anchor.date() if isinstance(anchor, datetime) else anchor


def find_time_expressions(text: str, lang: str | None, anchor: datetime | date | None = None) -> list[TimeExpression]:
    """Time expressions in `text`, normalised against `anchor` (the publication time); None keeps relatives unresolved."""
    if not isinstance(text, str):
        raise UnsupportedInput(f"time expressions need text as str, got {type(text).__name__}; decode bytes first")
    if anchor is not None and not isinstance(anchor, date):
        raise UnsupportedInput(f"anchor {anchor!r} is not a date or datetime; pass the publication time or None")
    grammar = grammar_for(lang)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    patterns = grammar.patterns
    for name, pos in grammar.candidates(text):
        m = patterns[name].match(text, pos)
        if m is not None and m.end() > m.start():
            candidates.append((m.start(), m.end(), PRIORITY[name], name, m))
    # longest first, then the higher-priority shape; keep what does not overlap anything kept
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    occupied = bytearray(len(text) + 1)
    scratch = Context(text, grammar, anchor_date(anchor))  # handlers may reject a match (a modal "may")
    for start, end, _prio, name, m in candidates:
        if any(occupied[start:end]) or _run(name, scratch, m) is None:
            continue
        taken.append((start, end, name, m))
        occupied[start:end] = b"\x01" * (end - start)
    taken.sort()
    ctx = Context(text, grammar, anchor_date(anchor))
    found: list[TimeExpression] = []
    told_before: dict[int, Point | None] = {}  # the time told last before each expression ("того года" is its year)
    for start, end, name, m in taken:
        told = ctx.ref
        result = _run(name, ctx, m)
        if result is None or result.value is None:
            continue
        start, end = _trim(text, start, end)
        told_before[start] = told
        found.append(
            TimeExpression(
                start,
                end,
                text[start:end],
                result.type,
                result.value,
                result.anchored,
                result.granularity,
                result.mod,
                result.relative,
                name,
            )
        )
    joined = _join_period_and_year(
        text, grammar, _clock_on_day(text, lang, grammar, _join_day_and_clock(text, grammar, found)), told_before
    )
    joined = _period_in_year_before(text, grammar, joined)
    carried = _carry_year(text, _share_range_year(text, grammar, joined), anchor is not None)
    carried = _dateline_year(text, carried) if anchor is None else carried
    return _before_christ(text, lang, _decade_of_century(text, _day_lists(text, grammar, carried)))


@cache
def _era_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The language's marks of a year before the Common Era, right after the year (ERA_BEFORE_CHRIST)."""
    data = language_data(lang, "timex") if lang else None
    marks = getattr(data, "ERA_BEFORE_CHRIST", ())
    return re.compile(rf"[\s,]*(?:{'|'.join(marks)})(?![\w])", re.IGNORECASE) if marks else None


def _before_christ(text: str, lang: str | None, found: list[TimeExpression]) -> list[TimeExpression]:
    """A year followed by its era's mark ("1567 a.C.", "480 году до н. э.") is a year before Christ, TIMEX3 "BC1567":
    it had been placed in AD 1567 on a story's timeline. The mark joins the span; such a year makes no event."""
    era = _era_pattern(lang)
    if era is None:
        return found
    out = []
    for t in found:
        m = era.match(text, t.end) if t.granularity == "year" and re.fullmatch(r"\d{4}", t.value) else None
        if m is not None:
            t = replace(t, end=m.end(), text=text[t.start : m.end()], value="BC" + t.value)
        out.append(t)
    return out


# A day's value a clock time right after it joins: a date, or an undated weekday ("Sonntagnachmittag gegen 16:40 Uhr"
# is XXXX-WXX-7T16:40, as a dated one gets its day).
_CLOCK_RULES = {"clock", "clock_named", "bare_hour"}  # "12:40 a.m. Wednesday", "midnight Sunday", "Friday at 11"
_PART_OF_DAY = re.compile(r"((?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX))T(MO|AF|EV|NI)")
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|XXXX-WXX-[1-7]")
_WEEKLY = re.compile(r"XXXX-WXX-[1-7]")  # a weekday's set: "w piątki", "every Friday"


def _join_pairs(
    found: list[TimeExpression], merge: Callable[[TimeExpression, TimeExpression], TimeExpression | None]
) -> list[TimeExpression]:
    """`found` with each neighbouring pair that `merge` makes one expression replaced by it."""
    joined: list[TimeExpression] = []
    i = 0
    while i < len(found):
        both = merge(found[i], found[i + 1]) if i + 1 < len(found) else None
        joined.append(both or found[i])
        i += 2 if both is not None else 1
    return joined


def _join_day_and_clock(text: str, grammar: Grammar, found: list[TimeExpression]) -> list[TimeExpression]:
    """Merge a day and a clock time next to each other ("we wtorek o godz. 12", "9 a.m. Tuesday") into one TIME."""

    def merge(e: TimeExpression, nxt: TimeExpression) -> TimeExpression | None:
        day, clock = (e, nxt) if e.rule not in _CLOCK_RULES else (nxt, e)
        part = _PART_OF_DAY.fullmatch(nxt.value)
        if (
            e.rule in _CLOCK_RULES
            and part is not None
            and grammar.clock_part_link is not None
            and grammar.clock_part_link.fullmatch(text, e.end, nxt.start)
        ):
            # "Alle 5 di stamattina": the clock on that day; an afternoon's or evening's hour counts from noon
            hh, mm = (int(x) for x in e.value.split("T", 1)[1].split(":"))
            hh += 12 if part[2] in ("AF", "EV") and hh < 12 else 0
            value = f"{part[1]}T{hh:02d}:{mm:02d}"
            span = text[e.start : nxt.end]
            return TimeExpression(
                e.start, nxt.end, span, "TIME", value, nxt.anchored, "minute", None, nxt.relative, "day_clock"
            )
        if (
            day.type == "SET"
            and clock.rule in _CLOCK_RULES
            and e is day
            and _WEEKLY.fullmatch(day.value)
            and grammar.clock_link.fullmatch(text, e.end, nxt.start)
        ):
            # "w czwartki do godz. 12", "every Thursday at 9 a.m.": the clock of a habit, no day's
            span = text[e.start : nxt.end]
            value = f"{day.value}T{clock.value.split('T', 1)[1]}"
            return TimeExpression(e.start, nxt.end, span, "SET", value, True, None, None, None, "day_clock")
        if not (
            grammar.clock_link.fullmatch(text, e.end, nxt.start)
            and clock.rule in _CLOCK_RULES
            and day.type == "DATE"
            and day.granularity == "day"
            and _DAY_VALUE.fullmatch(day.value)
        ):
            return None
        # "à 8h30 dimanche soir", "в 8:30 в воскресенье вечером": an evening's hour counts from noon
        value = _in_part(day.value, clock.value, (day.relative or {}).get("part_of_day"))
        span = text[e.start : nxt.end]
        return TimeExpression(
            e.start, nxt.end, span, "TIME", value, day.anchored, "minute", None, day.relative, "day_clock"
        )

    return _join_pairs(found, merge)


@cache
def _clock_day_link(lang: str | None) -> re.Pattern[str] | None:
    """The words between a clock and the day after it: a zone ("local time", "Ortszeit", "по местному времени") and
    a link word ("on", "am", "del", "во"), the link alone, or the zone alone ("à 16h53 heure locale mardi"), after
    the time restated in brackets ("at 1653 local time (2153 GMT) on Tuesday")."""
    data = language_data(lang, "timex") if lang else None
    words = getattr(data, "CLOCK_DAY_LINK", ())
    zones = getattr(data, "CLOCK_ZONE", ())
    if not words and not zones:
        return None
    link = rf"(?P<word>{'|'.join(map(re.escape, words))})\s+" if words else "(?P<word>(?!))"
    zone = rf"(?:{'|'.join(map(re.escape, zones))})(?!\w)[\s,]*" if zones else "(?!)"
    restated = r"(?:(?:\([^()]{1,40}\)|-LRB-[^()]{1,40}?-RRB-)[\s,]*)?"  # "1653 local time (2153 GMT) on Tuesday"
    return re.compile(rf"[\s,]*(?:{zone})?{restated}(?:{zone})?(?:{link})?", re.IGNORECASE)


@cache
def _clock_bracket_open(lang: str | None) -> re.Pattern[str]:
    """The words between a clock and a bracket restating it: "16.00 hora local (", "1653 local time -LRB-"."""
    data = language_data(lang, "timex") if lang else None
    zones = getattr(data, "CLOCK_ZONE", ())
    zone = rf"(?:{'|'.join(map(re.escape, zones))})(?!\w)" if zones else "(?!)"
    return re.compile(rf"[\s,]*(?:{zone}[\s,]*)?(?:\(|-LRB-)\s*", re.IGNORECASE)


def _clock_on_day(text: str, lang: str | None, grammar: Grammar, found: list[TimeExpression]) -> list[TimeExpression]:
    """A clock time followed by the day it falls on ("at 9 a.m. on Tuesday", "at 1653 local time on Tuesday",
    "um 9 Uhr am Dienstag", "a las 0 del viernes", "в 16:53 по местному времени во вторник") takes that day, not the
    day told before it or the publication day, and so does the clock restating it in brackets ("at 1653 local time
    (2153 GMT) on Tuesday"); a clock after or before a part of a day ("hier soir à 20h", "wczoraj wieczorem o 8", "at
    2:30 this afternoon") takes its day, and an afternoon's, evening's or night's hour counts from noon ("at 4:00 on
    Sunday afternoon": 16:00). Each keeps its own span, as TimeML marks them."""
    link = _clock_day_link(lang)
    out = list(found)
    for k, first in enumerate(found):
        second = found[k + 1] if k + 1 < len(found) else None
        if second is None:
            break
        part = _PART_OF_DAY.fullmatch(first.value)
        close = (
            _BRACKET_CLOSE.match(text, second.end)
            if k + 2 < len(found)
            and second.rule in _CLOCK_RULES
            and _clock_bracket_open(lang).fullmatch(text, first.end, second.start) is not None
            else None
        )
        restated = close is not None
        day, after = (found[k + 2], close.end()) if close is not None else (second, first.end)
        if (
            link is not None
            and first.rule in _CLOCK_RULES
            and day.type == "DATE"
            and day.granularity == "day"
            and _DAY_VALUE.fullmatch(day.value)
            and (linked := link.fullmatch(text, after, day.start)) is not None
            and (
                linked["word"] is not None
                or (text[after : day.start].strip(" ,") and not day.rule.startswith("anaphoric"))
            )
        ):
            pod = (day.relative or {}).get("part_of_day")  # "at 4:00 on Sunday afternoon"
            for n in (k, k + 1) if restated else (k,):
                clock = found[n]
                # The clock is as relative as its day: resolved with a written date, the weekday's offset kept with one.
                value = _in_part(day.value, clock.value, pod)
                relative = {**day.relative, **(clock.relative or {})} if day.relative else None
                if relative and "time" in relative:
                    relative["time"] = value.rpartition("T")[2]
                out[n] = replace(clock, value=value, anchored=day.anchored, relative=relative)
        elif (
            part is not None
            and second.rule in _CLOCK_RULES
            and grammar.clock_link.fullmatch(text, first.end, second.start)
        ):
            out[k + 1] = replace(second, value=_in_part(part[1], second.value, part[2]), anchored=first.anchored)
        elif (
            first.rule in _CLOCK_RULES
            and (later := _PART_OF_DAY.fullmatch(second.value)) is not None
            and (
                (link is not None and link.fullmatch(text, first.end, second.start))
                or not text[first.end : second.start].strip()
            )
        ):
            # "at 2:30 this afternoon", "à 8 h ce soir", "at 0605 local time this morning"
            out[k] = replace(first, value=_in_part(later[1], first.value, later[2]), anchored=second.anchored)
    return out


def _in_part(day: str, clock: str, part: str | None) -> str:
    """A clock's value on `day`, its hour counted from noon in an afternoon, an evening or a night ("at 2:30 this
    afternoon", "hier soir à 8 h", "last night at 11"), as a 12-hour clock tells them."""
    hhmm = clock.split("T", 1)[1]
    if not _CLOCK_VALUE.match(hhmm):
        return f"{day}T{hhmm}"
    return f"{day}T{hour_in_part(int(hhmm[:2]), part):02d}{hhmm[2:]}"


# the end of a clock restating the one before it in another zone: "1653 local time (2153 GMT)", "-LRB- 2153 GMT -RRB-"
_BRACKET_CLOSE = re.compile(r"\s*(?:\)|-RRB-)")
_CLOCK_VALUE = re.compile(r"\d{2}:\d{2}")


_YEAR_VALUE = re.compile(r"\d{4}|XXXX")
_YEAR_OR_FINER = {"minute", "hour", "partofday", "day", "week", "month", "season", "quarter", "half", "year"}
_PERIOD_RULES = {"month", "season", "day_month", "month_day", "quarter"}  # "el primer trimestre del año pasado"


def _join_period_and_year(
    text: str, grammar: Grammar, found: list[TimeExpression], told_before: dict[int, Point | None]
) -> list[TimeExpression]:
    """Merge a month, season or day and the relative year right after it ("в марте прошлого года",
    "March next year", "marzo del año pasado") into one expression in that year. "That year" ("В сентябре того
    года", "el 18 de julio de ese mismo año") is the year of the time told before the month, not of the month
    itself (which a dated article first resolved against its publication day)."""

    def merge(e: TimeExpression, nxt: TimeExpression) -> TimeExpression | None:
        if not (
            e.rule in _PERIOD_RULES
            and e.type == "DATE"
            and nxt.type == "DATE"
            and nxt.granularity == "year"
            and _YEAR_VALUE.fullmatch(nxt.value)
            and not re.search(r"\d{4}", e.text)
            and grammar.year_link.fullmatch(text, e.end, nxt.start)
        ):
            return None
        year, anchored = nxt.value, e.anchored and nxt.anchored
        if nxt.rule == "anaphoric_fixed":
            told = told_before.get(e.start)
            if told is not None and told.granularity in _YEAR_OR_FINER:
                year, anchored = f"{told.day.year:04d}", True
            else:
                year, anchored = "XXXX", False
        value = year + e.value[4:]
        if _no_such_day(value, e.granularity):
            return None  # 29 February in a common year: keep the two apart
        relative = {**(e.relative or {}), **({"year": nxt.relative} if nxt.relative else {})} or None
        span = text[e.start : nxt.end]
        return TimeExpression(
            e.start, nxt.end, span, "DATE", value, anchored, e.granularity, e.mod, relative, "period_year"
        )

    return _join_pairs(found, merge)


def _no_such_day(value: str, granularity: str | None) -> bool:
    """True for a day's value with a written year that the calendar lacks ("2017-02-29")."""
    if granularity != "day" or value.startswith("XXXX"):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return True
    return False


_YEAR_BEFORE_RULES = {"deictic_period", "relative", "year"}  # "loni", "last year", "2017"


def _period_in_year_before(text: str, grammar: Grammar, found: list[TimeExpression]) -> list[TimeExpression]:
    """A month, season or day right after the year it falls in ("loni v červnu", "торік у червні", "last year in
    June", "w 2017 roku w czerwcu") takes that year: the month alone was placed by the tense around it, and "loni v
    červnu" in a sentence of now became this June. Both keep their own spans, as TimeML marks them."""
    out = list(found)
    for i, (year, e) in enumerate(pairwise(found)):
        if not (
            year.rule in _YEAR_BEFORE_RULES
            and year.granularity == "year"
            and _YEAR_VALUE.fullmatch(year.value)
            and e.rule in _PERIOD_RULES
            and e.type == "DATE"
            and not e.value.endswith("-WI")  # a winter runs into the next year
            and not re.search(r"\d{4}", e.text)
            and grammar.year_period_link.fullmatch(text, year.end, e.start)
            and not year.text.endswith(".")  # "po 2020 r. Na początku marca": the sentence ended
            and (
                not year.text.isdigit() or grammar.year_period_before.search(text, max(0, year.start - 12), year.start)
            )
        ):
            continue
        value = year.value + e.value[4:]
        if _no_such_day(value, e.granularity):
            continue  # 29 February in a common year
        relative = {**(e.relative or {}), "year": year.relative} if year.relative else e.relative
        out[i + 1] = replace(e, value=value, anchored=year.anchored, relative=relative)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:\n\t":
        end -= 1
    while start < end and text[start] in " ,;:\n\t":
        start += 1
    return start, end


_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-(\d{2})")


def _share_range_year(text: str, grammar: Grammar, found: list[TimeExpression]) -> list[TimeExpression]:
    """A month without a year right before a month with one, joined as a range ("janvier/février 2011", "between
    May and July 2024", "w maju i czerwcu 2024 r."), takes that year (the year before when it is the later
    month: "December to February 2011" starts in 2010), instead of one guessed from the tense."""
    shared = list(found)
    for i in range(len(shared) - 1):
        e, nxt = shared[i], shared[i + 1]
        first, second = _MONTH_VALUE.fullmatch(e.value), re.fullmatch(r"(\d{4})-(\d{2})", nxt.value)
        if (
            e.rule != "month"
            or e.granularity != "month"
            or first is None
            or nxt.granularity != "month"
            or second is None
            or not grammar.range_link.fullmatch(text, e.end, nxt.start)
        ):
            continue
        year = int(second[1]) - (1 if int(first[1]) > int(second[2]) else 0)
        shared[i] = replace(e, value=f"{year:04d}-{first[1]}", anchored=True, relative=None)
    return shared


_DAY_MONTH_RULES = {"day_month", "month_day", "numeric_dm", "dotted_dm"}
# how many months after the time told a day may fall to take its year: on SlavicNER (all languages, undated) the
# carries judged wrong were 8-9 months on ("март 2018 г. … 8 декември", "березні 2019 року … 25 листопада"), the
# 30 right ones within three months but one ("29 април 2017 г. … 8 декември")
_CARRY_MONTHS = 6


def _carry_year(text: str, found: list[TimeExpression], dated: bool) -> list[TimeExpression]:
    """A day and month or a month without a year ("Am 21. April", "в середине марта") told right after a day or month
    with one ("Im April 1945 …", "24 lutego 2022 r. … 17 marca", "3 марта 2020 года … в середине марта"), in its
    paragraph, is that year's in an undated article, instead of XXXX-04-21.

    Only the time told right before counts, and only a day or month: a bare year is as often a bond's maturity
    or a programme's start as the year of the story ("13.5% bonds due 1993 … expire Nov. 21"; carried from any
    explicit year in the paragraph, 6 of 6 day-months of TempEval-3 and MEANTIME read undated got a wrong year).
    A day falling earlier in the year than that time ("December 1944 … 3 January") may be the next year's, one
    more than six months later often is another year's ("март 2018 г. … 8 декември" was 2017's), and a
    dated article resolves the day against its publication day as news does (TempEval-3 value F1 0.7914 -> 0.7892
    when a year named in the sentence was carried there)."""
    if dated:
        return found
    carried = list(found)
    for i in range(1, len(carried)):
        e, before = carried[i], carried[i - 1]
        told = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", before.value)
        untold = _UNTOLD_YEAR.get(e.rule, _NOTHING).fullmatch(e.value)
        if (
            untold is None
            or told is None
            or before.granularity not in ("day", "month")
            or "\n" in text[before.end : e.start]
            or not 0 <= int(untold[1]) - int(told[2]) <= _CARRY_MONTHS
        ):
            continue
        try:
            date(int(told[1]), int(untold[1]), int(untold[2] or 1))
        except ValueError:  # 29 February in a common year
            continue
        carried[i] = replace(e, value=f"{told[1]}{e.value[4:]}", anchored=True, relative=None)
    return carried


# A day and month, or a month, without its year: what a year told in the text may complete.
_UNTOLD_YEAR = {
    **{rule: re.compile(r"XXXX-(\d{2})-(\d{2})") for rule in _DAY_MONTH_RULES},
    "month": re.compile(r"XXXX-(\d{2})()"),
}
_NOTHING = re.compile(r"(?!x)x")
_FULL_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2})?")
# A lower-case word: a dateline line holds none after its date (a credit "Фото: Егор Алеев/ТАСС" may follow it).
_RUNNING_WORD = re.compile(r"(?<!\w)[^\W\d_]\w{2,}")
# how much a dateline's line may hold besides the date: a source before it ("Українська служба DW, "), a credit after
_DATELINE_BEFORE, _DATELINE_AFTER = 40, 60


def _dateline(text: str, e: TimeExpression) -> date | None:
    """The day of a dateline: a full date standing on its own line ("14 декабря 2020", "Неділя, 27 грудня 2020,
    17:54", "Українська служба DW, 11 березня 2020, 08:46"), at most a source before it (ending in a comma) and a
    credit after it; None for a date inside a sentence ("Хакери, які атакували EMA 9 грудня 2020 року, …")."""
    full = _FULL_DAY.fullmatch(e.value)
    if full is None:
        return None
    line_start = text.rfind("\n", 0, e.start) + 1
    line_end = text.find("\n", e.end)
    before = text[line_start : e.start].strip()
    after = text[e.end : len(text) if line_end < 0 else line_end].strip()
    if before and (len(before) > _DATELINE_BEFORE or not before.endswith(",")):
        return None
    if len(after) > _DATELINE_AFTER or any(w[0].islower() for w in _RUNNING_WORD.findall(after)):
        return None
    try:
        return date(int(full[1]), int(full[2]), int(full[3]))
    except ValueError:
        return None


def _dateline_year(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """In an undated article, a day and month or a month without a year after a dateline ("14 декабря 2020" on its
    own line, then "понедельник, 14 декабря", "6 января") is in the year that puts it nearest the dateline's day
    (2020-12-14, 2021-01-06), as a dated article's would be; until the next dateline (SlavicNER files may hold
    several articles). Relative expressions stay unresolved: only the year the text states is taken."""
    dated: list[TimeExpression] = []
    day: date | None = None
    for e in found:
        day = _dateline(text, e) or day
        untold = _UNTOLD_YEAR.get(e.rule, _NOTHING).fullmatch(e.value)
        if day is None or untold is None:
            dated.append(e)
            continue
        month, of_month = int(untold[1]), int(untold[2] or 15)
        years = []
        for year in (day.year - 1, day.year, day.year + 1):
            try:
                years.append((abs((date(year, month, of_month) - day).days), year))
            except ValueError:  # 29 February in a common year
                continue
        if not years:
            dated.append(e)
            continue
        year = min(years)[1]
        dated.append(replace(e, value=f"{year:04d}{e.value[4:]}", anchored=True, relative=None))
    return dated


_DAY_VALUE_PARTS = re.compile(r"((?:\d{4}|XXXX)-\d{2}-)(\d{2})")


def _day_lists(text: str, grammar: Grammar, found: list[TimeExpression]) -> list[TimeExpression]:
    """A bare day number joined to a day and month ("10 i 17 marca", "am 20. und 21. April", "March 10 and 17") is
    that day of the same month and year; only an earlier day before and a later one after count ("March 5 and
    12 people" is no list)."""
    listed: list[TimeExpression] = []
    for i, e in enumerate(found):
        parts = _DAY_VALUE_PARTS.fullmatch(e.value) if e.rule in _DAY_MONTH_RULES else None
        if parts is None:
            listed.append(e)
            continue
        day = int(parts[2])
        previous_end = listed[-1].end if listed else 0
        following_start = found[i + 1].start if i + 1 < len(found) else len(text)
        before = (
            grammar.day_list_before.search(text, max(previous_end, e.start - 16), e.start)
            if e.rule == "day_month"
            else None
        )
        after = grammar.day_list_after.match(text, e.end, following_start) if e.rule == "month_day" else None
        if before is not None and 1 <= int(before["d"]) < day:
            listed.append(_listed_day(text, e, parts[1], before.start("d"), before.end("d"), int(before["d"])))
        listed.append(e)
        if after is not None and day < int(after["d"]) <= 31:
            listed.append(_listed_day(text, e, parts[1], after.start("d"), after.end("d"), int(after["d"])))
    return listed


def _listed_day(text: str, e: TimeExpression, year_month: str, start: int, end: int, day: int) -> TimeExpression:
    relative = {**e.relative, "day": day} if e.relative else None
    value = f"{year_month}{day:02d}"
    return TimeExpression(start, end, text[start:end], "DATE", value, e.anchored, "day", None, relative, "day_list")


def _decade_of_century(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """A decade followed by its century ("w latach 30. XIX wieku", "в 30-е годы XIX века") is that century's
    decade (183, the 1830s), not the 1930s and a century apart."""

    def merge(e: TimeExpression, nxt: TimeExpression) -> TimeExpression | None:
        if not (
            e.rule == "decade"
            and nxt.rule == "century"
            and re.fullmatch(r"\d{3}", e.value)
            and re.fullmatch(r"\d{2}", nxt.value)
            and not text[e.end : nxt.start].strip()
        ):
            return None
        span = text[e.start : nxt.end]
        return TimeExpression(
            e.start, nxt.end, span, "DATE", nxt.value + e.value[2], True, "decade", e.mod, None, "decade_century"
        )

    return _join_pairs(found, merge)
