"""Handlers for amounts of time rather than points: durations (P3W), sets (P1W, XXXX-WXX-1), clock times.

Split from `handlers.py` (which keeps the dates and the `HANDLERS` table); same contract: a regex
match in, a TIMEX3 type and value out.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.timex.calendar import Point
from storyline.timex.context import DURATION_LETTER, TIME_UNITS, Context, Result, sentence_initial

# A fractional count in the next smaller unit where that is whole ("pół roku" P6M, "półtora dnia" PT36H).
SMALLER_UNIT = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "week": ("day", 7)}


def h_fixed_duration(ctx: Context, m: re.Match[str]) -> Result | None:
    """A phrase that names a fixed stretch ("the fiscal year", "полгода", "half an hour")."""
    value = ctx.g.lookup(ctx.g.fixed_durations, m["fixed_duration"])
    return Result("DURATION", value, True) if value else None


def h_duration(ctx: Context, m: re.Match[str]) -> Result | None:
    """A count of units ("three weeks", "trzy dni") as a DURATION, unless it is an age, a year or a fraction."""
    unit = ctx.g.lookup(ctx.g.units, m["unit"])
    if unit is None:
        return None
    ordinal = ctx.g.ordinal_unit_after
    if m["unit"].lower() in ctx.g.ordinal_units and ordinal is not None and ordinal.match(ctx.text, m.end()):
        return None  # "a second term", "un segundo mandato", "une seconde fois": the ordinal, not one second
    if ctx.g.unit_names_lowercase and not m["unit"].islower():
        return None  # "La fréquentation de 20 Minutes", "20 MINUTOS EDITORA": a newspaper's name
    fraction = ctx.g.fraction(m["num"])
    if fraction is not None:
        return _fractional_duration(unit, fraction)
    n = ctx.g.number(m["num"])
    if m["unit"].lower() in ctx.g.year_ordinal_units:
        # "w 656 roku" is the year 656 (a count is "656 lat"); "od 2 roku życia" a year of life, no date
        if n is None or not 100 <= n <= 2099 or not m["num"].isdigit():
            return None
        return ctx.point_result(Point(date(n, 1, 1), "year"))
    amount = "X" if n is None else str(n)
    if n is not None and re.fullmatch(r"\d+[.,]\d+", m["num"]):
        return None  # "2.5 years" is rare in prose, and "1.5 million years" is not a duration of ours
    if (
        unit == "year"
        and ctx.g.age_before is not None
        and ctx.g.age_before.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return None  # "una mujer de 30 años", "aged 30": an age, not a stretch of time
    if n is not None and 1500 <= n <= 2099 and m["unit"].lower() not in ctx.g.plural_units:
        return None  # "the 1988 second quarter", "the 1988 quarter": a year, not 1988 seconds
    after = ctx.text[m.end() : m.end() + 4].lower()
    if unit == "quarter" and ctx.g.not_duration_after is not None and ctx.g.not_duration_after.match(after):
        return None  # "three-quarters of", "a quarter of the vote": a fraction
    if unit == "weekend":
        return Result("DURATION", f"P{amount}WE", True)
    if unit == "decade":
        value = f"P{amount}DE" if n is None else f"P{n * 10}Y"
    elif unit == "century":
        value = f"P{amount}CE" if n is None else f"P{n * 100}Y"
    elif unit == "quarter":
        value = f"P{amount}Q" if n is None else f"P{n * 3}M"
    else:
        value = f"P{'T' if unit in TIME_UNITS else ''}{amount}{DURATION_LETTER[unit]}"
    return Result("DURATION", value, n is not None)


def _fractional_duration(unit: str, amount: float) -> Result:
    smaller, factor = SMALLER_UNIT.get(unit, (unit, 1))
    if (amount * factor).is_integer():
        unit, amount = smaller, amount * factor
    count = f"{amount:g}"
    return Result("DURATION", f"P{'T' if unit in TIME_UNITS else ''}{count}{DURATION_LETTER[unit]}", True)


def h_set(ctx: Context, m: re.Match[str]) -> Result | None:
    """A recurrence ("every Monday", "co tydzień", "twice a week") as a SET."""
    if m["adverb"]:
        start = m.start("adverb")
        if ctx.g.season_names_lowercase and m["adverb"][:1].isupper() and not sentence_initial(ctx.text, start):
            return None  # "the Arizona Daily Star", "the Daily Mail": a name
        value = ctx.g.lookup(ctx.g.set_adverbs, m["adverb"])
        return Result("SET", value, True) if value else None
    every = " ".join(m["every"].lower().split())
    counted = ctx.g.set_count_before
    if every in ctx.g.set_needs_count and not (
        counted is not None and counted.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return None  # "a year" alone is a duration and "w piątek" a day; "twice a year", "dwa razy w tygodniu" sets
    if m["wd"]:
        weekday = ctx.g.lookup(ctx.g.weekdays, m["wd"])
        return Result("SET", f"XXXX-WXX-{weekday}", True) if weekday else None
    unit = ctx.g.lookup(ctx.g.units, m["unit"]) if m["unit"] else None
    if unit is None:
        return None
    n = ctx.g.number(m["num"]) if m["num"] else 1
    vague = m["num"] is not None and " ".join(m["num"].lower().split()) in ctx.g.vague
    if n is None and not vague:
        return None
    amount = "X" if n is None else str(n)  # "кожні кілька років": every few years, PXY
    return Result("SET", f"P{'T' if unit in TIME_UNITS else ''}{amount}{DURATION_LETTER[unit]}", n is not None)


def h_clock(ctx: Context, m: re.Match[str]) -> Result | None:
    """A clock time, on the day mentioned last or the anchor."""
    gd = m.groupdict()
    if gd.get("hh24") is not None:
        hh, mm = int(gd["hh24"]), int(gd.get("mm24") or 0)
    elif gd.get("hh") is not None:
        hh, mm = int(gd["hh"]), int(gd.get("mm") or 0)
        ampm = (gd.get("ampm") or "").lower()
        if hh > 12 and ampm:
            return None
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    elif gd.get("hhm") is not None:
        hh, mm = int(gd["hhm"]), int(gd["mmm"])  # military time: "1653 local time"
    elif gd.get("hhw") is not None:
        # "um sieben Uhr": the hour spelled out
        spelled = ctx.g.number(gd["hhw"])
        if spelled is None:
            return None
        hh, mm = spelled, 0
    elif gd.get("hh2") is not None:
        # "в 10 часов вечера", "à 8 heures du soir": an hour word, evening words after it move it past noon
        hh, mm = int(gd["hh2"]), int(gd.get("mm2") or 0)
        if gd.get("pm2") and hh < 12:
            hh += 12
    else:
        return None
    if hh > 24 or mm > 59:
        return None
    return _time_of_day(ctx, f"{hh:02d}:{mm:02d}", "Z" if gd.get("utc") else "")


def hour_in_part(hour: int, part: str | None) -> int:
    """A 12-hour clock's hour in a part of the day: counted from noon in an afternoon (1-7), an evening (1-11) or a
    night (6-11): "at 2:30 this afternoon", "hier soir à 8 h", "last night at 11"."""
    if (part == "AF" and 1 <= hour <= 7) or (part == "EV" and 1 <= hour < 12) or (part == "NI" and 6 <= hour < 12):
        return hour + 12
    return hour


def _part_of(ctx: Context, words: str) -> str | None:
    """The part of the day a phrase names ("wieczorem" EV, "last night" NI), None for a day ("w piątek")."""
    part = ctx.g.lookup(ctx.g.parts_of_day, words)
    if part is None:
        deictic = ctx.g.lookup(ctx.g.deictic_parts, words)
        part = deictic[1] if deictic else None
    return part if isinstance(part, str) else None


def h_bare_hour(ctx: Context, m: re.Match[str]) -> Result | None:
    """An hour alone after an hour preposition ("o 20", "at 11", "um 20", "в 20", "à 20") is a clock where a part of
    the day or a day says so: words after it (`BARE_HOUR_PARTS`: "at 4 in the morning", "about 5 o'clock", "o 8
    wieczorem"), a day or a part of a day right before the preposition ("wczoraj wieczorem o 20", "last night at 11",
    "w piątek o 20") or right after the hour ("at 11 last night"); after a day alone, not before a word other than a
    preposition or conjunction (`BARE_HOUR_WORDS_AFTER`: "w poniedziałek około 18 w Warszawie"; "w piątek o 20 osób",
    "on Friday after 10 days"). Anything else is a count ("o 20 osób", "at 11 points", "stands at 16.", "teaching in college at 18")."""
    g = ctx.g
    text = ctx.text
    hour = int(m["bh"])
    before = g.bare_hour_before
    prep = before.search(text, max(0, m.start() - 24), m.start()) if before is not None else None
    if prep is None or hour > 24:
        return None
    part: str | None = None
    if m["bpart"]:
        part = g.lookup(g.bare_hour_parts, m["bpart"]) or None
    else:
        day_before = g.bare_hour_day_before
        day_after = g.bare_hour_day_after
        told_before = day_before.search(text, max(0, prep.start() - 40), prep.start()) if day_before else None
        told_after = day_after.match(text, m.end()) if day_after else None
        told = told_after if told_after is not None else told_before
        if told is None:
            return None
        part = _part_of(ctx, told["day"])
        free = g.bare_hour_free_after
        if (
            part is None
            and told_after is None
            and re.match(r"\s*[^\W\d_]", text[m.end() : m.end() + 3])
            and (free is None or not free.match(text, m.end()))
        ):
            return None  # "w piątek o 20 osób": after a day alone, a word after the hour counts something
    if part == "MO" and hour > 12:
        return None
    return _time_of_day(ctx, f"{hour_in_part(hour, part):02d}:00")


def _time_of_day(ctx: Context, hhmm: str, zone: str = "") -> Result:
    ref = ctx.ref
    day = ref.day if ref is not None and ref.granularity in ("day", "partofday") else ctx.anchor
    if day is None:
        return Result("TIME", f"XXXX-XX-XXT{hhmm}{zone}", False, "minute", None, None, {"time": hhmm + zone})
    return Result("TIME", f"{day.isoformat()}T{hhmm}{zone}", True, "minute", Point(day, "day"))


def h_clock_named(ctx: Context, m: re.Match[str]) -> Result | None:
    """A named time of day ("noon", "północ"); not inside a compound ("l'après-midi") nor, where such words
    are lower-case, a capitalised one inside a sentence (the region "Mezzogiorno", "le Midi")."""
    start = m.start("named")
    if start and ctx.text[start - 1] == "-":
        return None
    if ctx.g.season_names_lowercase and m["named"][:1].isupper() and not sentence_initial(ctx.text, start):
        return None
    hhmm = ctx.g.lookup(ctx.g.clock_named, m["named"])
    return _time_of_day(ctx, hhmm) if hhmm else None
