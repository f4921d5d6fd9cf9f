"""One handler per grammar shape: a regex match in, a TIMEX3 type and value out.

Handlers resolve against `Context.anchor` (the publication day) and `Context.ref` (the time
mentioned last, for "the day before"); without an anchor they return X-values with the relative
offset kept in `Result.relative`. `HANDLERS` lists them in priority order (ties go to the earlier).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from storyline.timex.amounts import (
    SMALLER_UNIT,
    h_bare_hour,
    h_clock,
    h_clock_named,
    h_duration,
    h_fixed_duration,
    h_set,
)
from storyline.timex.calendar import (
    SEASON_MONTH,
    Point,
    add_months,
    format_point,
    nearest_year,
    shift,
    weekday_near,
)
from storyline.timex.context import TIME_UNITS, Context, Result, sentence_initial
from storyline.timex.grammar import ROMAN_VALUE

# Characters before "in two years" that `AHEAD_STRETCH_BEFORE` reads ("the biggest one-day drop in").
STRETCH_REACH = 60


def _granularity_of(unit: str) -> str:
    return "week" if unit == "weekend" else unit


def _year(text: str) -> int:
    y = int(text)
    return y + (1900 if y >= 50 else 2000) if y < 100 else y


def _mod(ctx: Context, m: re.Match[str]) -> str | None:
    smod = m.groupdict().get("smod")
    return ctx.g.lookup(ctx.g.span_modifiers, smod) if smod else None


def _modifier(ctx: Context, m: re.Match[str], *names: str) -> int | None:
    for name in names:
        word = m.groupdict().get(name)
        if word:
            return ctx.g.lookup(ctx.g.modifiers, word)
    return None


def _year_modifier(ctx: Context, m: re.Match[str]) -> int | None:
    """The year offset of a YEAR_MODIFIERS word before a month or season ("loňského" -1), else None."""
    word = m.groupdict().get("mod")
    return ctx.g.year_modifiers.get(word.lower()) if word else None


def _day_result(
    ctx: Context, year: int | None, month: int, day: int, direction: int = 0, explicit: bool = False
) -> Result | None:
    if year is None:
        if ctx.anchor is None:
            return Result("DATE", f"XXXX-{month:02d}-{day:02d}", False, "day", None, None, {"month": month, "day": day})
        year = nearest_year(ctx.anchor, month, day, direction, explicit)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return ctx.point_result(Point(d, "day"))


def h_iso(ctx: Context, m: re.Match[str]) -> Result | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    res = _day_result(ctx, y, mo, d)
    if res and m["hh"]:
        res = Result("TIME", f"{res.value}T{m['hh']}:{m['mm']}", True, "minute", res.point)
    return res


def h_numeric(ctx: Context, m: re.Match[str]) -> Result | None:
    a, b = int(m["a"]), int(m["b"])
    day_first = ctx.day_first()
    if a > 12 and b <= 12:
        day_first = True  # evidence beats the language default: 25/12 can only be day-first
    elif b > 12 and a <= 12:
        day_first = False
    day, month = (a, b) if day_first else (b, a)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if m["sep"] == "-" and len(m["y"]) == 2 and not _clock_follows(ctx, m.end()):
        return None  # 12-10-25 is as often a score or code as a date; "01-07-13 à 16h25" is one
    return _day_result(ctx, _year(m["y"]), month, day)


def _clock_follows(ctx: Context, pos: int) -> bool:
    """True when a clock time follows `pos`, joined as a day's ("01-07-13 à 16h25")."""
    link = ctx.g.clock_link.match(ctx.text, pos)
    return link is not None and ctx.g.patterns["clock"].match(ctx.text, link.end()) is not None


def h_numeric_dm(ctx: Context, m: re.Match[str]) -> Result | None:
    """A day and month with closing dots and no year ("am 5.1.", "5. 1."), its year by tense."""
    day, month = int(m["a"]), int(m["b"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    before = ctx.g.numeric_dm_before
    if not m["sp"] and (before is None or not before.search(ctx.text, max(0, m.start() - 16), m.start())):
        return None  # "3.2." without "am"/"dne" before it is as often a section or list number
    direction = ctx.direction(m.start(), m.end()) if ctx.anchor else 0
    return _day_result(ctx, None, month, day, direction)


# a dotted day and month's partner in a range ("23.06–25.06", "od 23.06 do 25.06"), a colon clock or a year after it
_DOTTED_PARTNER = re.compile(r"(?P<a>[0-3]?\d)[.:](?P<b>\d\d)(?!\d|[.,:]\d)")
_DOTTED_PARTNER_BEFORE = re.compile(r"(?<![\d.,:])(?P<a>[0-3]?\d)\.(?P<b>[01]\d)\.?\s*[–—-]\s*$")
_COLON_CLOCK_AFTER = re.compile(r"\.?,?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
_YEAR_AFTER = re.compile(r"\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def h_dotted_dm(ctx: Context, m: re.Match[str]) -> Result | None:
    """A day and month written like a clock is a date in a date's context: a preposition of dates before it
    (`DOTTED_DATE_BEFORE`: "od 23.06", "w dniach 23.06"), a range of two such days ("23.06–25.06"), a closing dot
    in brackets ("w czwartek (15.03.)"), a clock ("16.11 18:30") or a year after it ("от 02.11 2020 г."); a
    range whose other end is no day ("od 10.05 do 12.30") or any other context leaves it a clock."""
    day, month = int(m["a"]), int(m["b"])
    if not _valid_day_month(day, month):
        return None
    text, g = ctx.text, ctx.g
    year: int | None = None
    link = g.range_link.match(text, m.end())
    partner = _DOTTED_PARTNER.match(text, link.end()) if link is not None else None
    if partner is not None:
        other = (int(partner["a"]), int(partner["b"]))
        if not _valid_day_month(*other) or ":" in partner.group(0) or (other[1], other[0]) <= (month, day):
            return None  # "od 10.05 do 12.30": a stretch of a day's clock
        dated = True
    else:
        earlier = _DOTTED_PARTNER_BEFORE.search(text, max(0, m.start() - 12), m.start())
        year_after = _YEAR_AFTER.match(text, m.end())
        year = int(year_after["y"]) if year_after is not None else None
        dated = (
            (earlier is not None and _valid_day_month(int(earlier["a"]), int(earlier["b"])))
            or year is not None
            or text.startswith(".)", m.end())
            or _COLON_CLOCK_AFTER.match(text, m.end()) is not None
            or (
                g.dotted_date_before is not None
                and g.dotted_date_before.search(text, max(0, m.start() - 16), m.start()) is not None
            )
        )
    if not dated:
        return None
    if year is not None:
        return _day_result(ctx, year, month, day)
    direction = ctx.direction(m.start(), m.end()) if ctx.anchor else 0
    return _day_result(ctx, None, month, day, direction)


def _month_number(ctx: Context, word: str) -> int | None:
    return ctx.g.lookup(ctx.g.months, word) or ctx.g.lookup(ctx.g.months, word.rstrip(".") + ".")


def _in_name(ctx: Context, start: int) -> bool:
    """True when a name's head word (`DATE_NAME_BEFORE`) stands right before the date at `start`, or before the
    day number right before the month at `start` ("Mouvement du 6-Avril", "Frente 14 de enero")."""
    named = ctx.g.date_name_before
    if named is None:
        return False
    day = ctx.g.day_before.search(ctx.text, max(0, start - 12), start) if ctx.g.day_before else None
    cut = day.start() if day else start
    return named.search(ctx.text, max(0, cut - 24), cut) is not None


# How far after the day told a chronology's next day may fall (half a year, as the undated carry's six months), and
# how far before it ("- 7 febbraio. L'attivista Wael Ghonim, che era scomparso il 27 gennaio, …").
CHRONOLOGY_AFTER, CHRONOLOGY_BEFORE = 183, 31
# How far after a chronology's day a bare weekday is read in that day's week (a paragraph or so).
CHRONOLOGY_WEEKDAY_REACH = 300
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


def _chronology_day(ctx: Context, start: int, month: int, day: int, direction: int) -> date | None:
    """In a dated article, a day and month without a year that continues a chronology the text dated ("- 25 gennaio
    2011. Migliaia di egiziani scendono in piazza … - 27 gennaio. … - 10 febbraio.", published 2012-01-25): the day
    in the told day's year, when the publication day's year would put it after publication while the told day and
    its continuation lie before it, no other year is written in between and no future verb speaks ("per il 28
    gennaio" looks ahead from the told day only). Else None (the publication day decides, as news is read)."""
    if ctx.anchor is None or ctx.told is None:
        return None
    s, e = ctx.sentence_bounds(start, start)
    if ctx.g.future is not None and ctx.g.future.search(ctx.text, s, e):
        return None  # "Le 15 mars, la vidéo sera lancée" after "15 mars 2011": a future verb speaks of this year
    told, told_end = ctx.told
    if _YEAR_WRITTEN.search(ctx.text, told_end, start):
        return None
    try:
        read = date(nearest_year(ctx.anchor, month, day, direction), month, day)
        carried = date(told.year, month, day)
        if (told - carried).days > CHRONOLOGY_BEFORE:
            carried = date(told.year + 1, month, day)
    except ValueError:  # 29 February
        return None
    if read <= ctx.anchor or carried > ctx.anchor or (carried - told).days > CHRONOLOGY_AFTER:
        return None
    return carried


def _told(ctx: Context, res: Result | None, end: int) -> Result | None:
    """Remember a day whose year the text gave as the start of a chronology (see `_chronology_day`)."""
    if res is not None and res.point is not None:
        ctx.told = (res.point.day, end)
    return res


def h_day_month(ctx: Context, m: re.Match[str]) -> Result | None:
    month = _month_number(ctx, m["mon"])
    if month is None:
        return None
    if _in_name(ctx, m.start()):
        return None  # "el movimiento 6 de abril", "ul. 3 Maja": a name
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    if m["y"]:
        return _told(ctx, _day_result(ctx, int(m["y"]), month, day), m.end())
    of_year = _year_modifier(ctx, m)
    if of_year is not None and ctx.anchor is not None:  # "letošního 10. ledna": 10 January of this year
        return _day_result(ctx, ctx.anchor.year + of_year, month, day)
    direction = _modifier(ctx, m, "mod", "moda")  # "le 11 septembre dernier", "il 2 novembre scorso"
    if direction is not None:
        return _day_result(ctx, None, month, day, direction, explicit=True)
    direction = ctx.direction(m.start(), m.end()) if ctx.anchor else 0
    chronology = _chronology_day(ctx, m.start(), month, day, direction)
    if chronology is not None:
        ctx.chronology = (chronology, m.end())
        return _told(ctx, _day_result(ctx, chronology.year, month, day), m.end())
    side = _preposition_side(ctx, m.start())
    if side:  # "desde el 28 de enero": the past however far, as a modifier puts it
        return _day_result(ctx, None, month, day, side, explicit=True)
    return _day_result(ctx, None, month, day, direction)


def _preposition_side(ctx: Context, start: int) -> int:
    """-1 after a preposition that puts a date in the past ("since", "desde el 28 de enero, más de 12 000 civiles han
    sido juzgados") in a sentence with a past verb and no future one, else 0. (The future side, "for", "per il", took TempEval-3
    value F1 0.7931 -> 0.7921: left to the tense window.)"""
    g, text = ctx.g, ctx.text
    s, _e = ctx.sentence_bounds(start, start)
    lo = max(s, start - 16)
    if (
        g.past_before is not None
        and g.past_before.search(text, lo, start)
        and g.past is not None
        and g.past.search(text, s, _e)
        and not (g.future is not None and g.future.search(text, s, _e))
    ):
        return -1  # with a past verb: not "Od 1 lutego wzrosną ceny prądu", from a coming day on
    return 0


def h_month_year(ctx: Context, m: re.Match[str]) -> Result | None:
    month = _month_number(ctx, m["mon"])
    if month is None:
        return None
    year = int(m["y"]) if m["y"] else _year(m["y2"])  # "gennaio '92": 1992
    return ctx.point_result(Point(date(year, month, 1), "month"), mod=_mod(ctx, m))


def h_month(ctx: Context, m: re.Match[str]) -> Result | None:
    word = m["mon"]
    month = _month_number(ctx, word)
    if month is None or _in_name(ctx, m.start()) or _quoted_list_item(ctx.text, m.start(), m.end()):
        return None
    if (
        ctx.g.month_names_lowercase
        and word[:1].isupper()
        and (not sentence_initial(ctx.text, m.start("mon")) or _name_follows(ctx.text, m.end()))
    ):
        return None  # "Tereza Май", "Powstanie Styczniowe", a sentence's "Maja Herman": a name
    if word.lower() in ctx.g.ambiguous_months:
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
        if not (m["mod"] or m["smod"]) and not (before and before[-1] in ctx.g.month_context):
            return None
        if not word[0].isupper():
            return None
    mod = _mod(ctx, m)
    of_year = _year_modifier(ctx, m)
    if ctx.anchor is None:
        relative = {"month": month, **({"year": {"unit": "year", "offset": of_year}} if of_year is not None else {})}
        return Result("DATE", f"XXXX-{month:02d}", False, "month", None, mod, relative)
    a = ctx.anchor
    if of_year is not None:  # "loňského ledna", "торішнього січня": January of last year, whatever month it is now
        return ctx.point_result(Point(date(a.year + of_year, month, 1), "month"), mod=mod)
    direction = _modifier(ctx, m, "mod", "moda")
    if direction is None:
        direction = ctx.direction(m.start(), m.end())
        if direction <= 0:  # no cue: news reports the past (TempEval-3 dev: right more often than "closest")
            year = a.year if month <= a.month else a.year - 1
        else:
            year = a.year if month >= a.month else a.year + 1
    elif direction < 0:
        year = a.year if month < a.month else a.year - 1
    elif direction > 0:
        year = a.year if month > a.month else a.year + 1
    else:
        year = a.year
    return ctx.point_result(Point(date(year, month, 1), "month"), mod=mod)


def _name_follows(text: str, pos: int) -> bool:
    """True when a capitalised word follows `pos` on its line: a first name's surname ("Maja Herman")."""
    after = re.match(r"[ \t]+(\w)", text[pos : pos + 40])
    return after is not None and after[1].isupper()


# A name quoted as an item of a list, as a page's script spells its calendar (`new Array("Domenica", "Lunedì", …`).
_LIST_ITEM_BEFORE = re.compile(r"[,(\[]\s*[\"']$")
_LIST_ITEM_AFTER = re.compile(r"[\"']\s*[,)\]]")


def _quoted_list_item(text: str, start: int, end: int) -> bool:
    """True when the word at start:end is a quoted item of a list or call: a name of a day or month, no date."""
    return _LIST_ITEM_BEFORE.search(text, max(0, start - 8), start) is not None and bool(
        _LIST_ITEM_AFTER.match(text, end)
    )


def h_weekday(ctx: Context, m: re.Match[str]) -> Result | None:
    weekday = ctx.g.lookup(ctx.g.weekdays, m["wd"])
    if weekday is None or _quoted_list_item(ctx.text, m.start(), m.end()):
        return None
    pod = ctx.g.lookup(ctx.g.parts_of_day, m["pod"]) if m["pod"] else None
    explicit = _modifier(ctx, m, "mod", "moda")
    # weak hints ("is", "by") mislead on weekdays: only strong cues move a weekday into the future
    direction = explicit if explicit is not None else ctx.direction(m.start(), m.end(), hints=False)
    if direction == 0 and explicit is None:
        direction = -1  # news reports the past: a bare weekday is the most recent one
    if ctx.anchor is None:
        relative = {"weekday": weekday, "direction": direction, **({"part_of_day": pod} if pod else {})}
        return Result("DATE", f"XXXX-WXX-{weekday}", False, "day", None, None, relative)
    if explicit is None and ctx.chronology is not None and m.start() - ctx.chronology[1] <= CHRONOLOGY_WEEKDAY_REACH:
        # "- 28 gennaio. Gli egiziani marciano dopo la preghiera del venerdì": the chronology's week, not this one
        return ctx.point_result(Point(weekday_near(ctx.chronology[0], weekday, 0), "day"))
    d = weekday_near(ctx.anchor, weekday, direction, inclusive=explicit is None)
    if pod:
        # "Friday night" keeps the day's value: TimeBank annotates it so more often than with TNI
        ctx.ref = Point(d, "day")
        return Result("DATE", d.isoformat(), True, "day", Point(d, "day"), None, {"part_of_day": pod})
    return ctx.point_result(Point(d, "day"))


# A quoted title's opening words before a deictic day that closes it («Россия сегодня», "Italia oggi").
_QUOTED_TITLE_BEFORE = re.compile(r"[«\"“„][^\W\d_][\w-]*\s+$")
_QUOTE_CLOSE = re.compile(r"[»\"”“]")


def h_deictic(ctx: Context, m: re.Match[str]) -> Result | None:
    offset = ctx.g.lookup(ctx.g.deictic_days, m["deictic"])
    if offset is None:
        return None
    pod = ctx.g.lookup(ctx.g.parts_of_day, m["pod"]) if m["pod"] else None
    start = m.start("deictic")
    masthead = ctx.g.deictic_name_before
    if (
        masthead is not None
        and m["deictic"][:1].isupper()
        and not sentence_initial(ctx.text, start)
        and masthead.search(ctx.text, max(0, start - 24), start)
    ):
        return None  # "USA Today", "FLORIDA TODAY": a newspaper
    if _QUOTED_TITLE_BEFORE.search(ctx.text, max(0, start - 24), start) and _QUOTE_CLOSE.match(ctx.text, m.end()):
        return None  # «Россия сегодня»: the last word of a quoted title (an agency, a programme)
    noun = ctx.g.deictic_noun_before
    if noun is not None and noun.search(ctx.text, max(0, start - 16), start):
        return None  # "la mañana del 7 de agosto": the morning, not tomorrow
    if ctx.anchor is None:
        return ctx.unresolved("day", {"unit": "day", "offset": offset}, mod=_mod(ctx, m))
    point = shift(Point(ctx.anchor, "day"), "day", offset)
    return ctx.point_result(point, "TIME" if pod else "DATE", _mod(ctx, m), f"T{pod}" if pod else "")


def h_deictic_period(ctx: Context, m: re.Match[str]) -> Result | None:
    """A one-word year relative to the anchor ("loni", "letos", "heuer")."""
    found = ctx.g.lookup(ctx.g.deictic_periods, m["period"])
    if found is None:
        return None
    unit, offset = found
    return _relative(ctx, unit, offset, None, Point(ctx.anchor, "day") if ctx.anchor else None)


def h_deictic_part(ctx: Context, m: re.Match[str]) -> Result | None:
    found = ctx.g.lookup(ctx.g.deictic_parts, m["part"])
    if found is None:
        return None
    offset, pod = found
    if ctx.anchor is None:
        return ctx.unresolved(
            "partofday", {"unit": "day", "offset": offset, "part": pod}, "TIME", value=f"XXXX-XX-XXT{pod}"
        )
    point = shift(Point(ctx.anchor, "day"), "day", offset)
    ctx.ref = point
    return Result("TIME", f"{format_point(point)}T{pod}", True, "partofday", point)


def h_reference(ctx: Context, m: re.Match[str]) -> Result | None:
    value = ctx.g.lookup(ctx.g.references, m["ref"])
    after = ctx.g.not_reference_after
    if after is not None and after.match(ctx.text, m.end()):
        return None  # page furniture: a share button ("Jetzt teilen"), a section label ("Aktuell:")
    return Result("DATE", value, False, None) if value else None


def _relative(ctx: Context, unit: str, offset: int, mod: str | None, base: Point | None) -> Result:
    g = _granularity_of(unit)
    if base is None:
        weekend = "XXXX-WXX-WE" if unit == "weekend" else None  # "this weekend" undated is still a weekend
        return ctx.unresolved(g, {"unit": unit, "offset": offset}, mod=mod, value=weekend)
    point = shift(Point(base.day, g), "week" if unit == "weekend" else unit, offset)
    return ctx.point_result(point, mod=mod, suffix="-WE" if unit == "weekend" else "")


def h_relative(ctx: Context, m: re.Match[str]) -> Result | None:
    unit = ctx.g.lookup(ctx.g.units, m["unit"] or m["unit2"])
    offset = _modifier(ctx, m, "mod", "moda", "moda2")
    if unit is None or offset is None or unit in TIME_UNITS:
        return None
    if (m["unit"] or m["unit2"]).lower() in ctx.g.plural_units:
        if _year_modifier(ctx, m) is not None:
            return None  # "zeszłorocznego lata": last year's summer (a season), no years
        # "the coming days", "ostatnie lata": a vague stretch, not one calendar unit
        return Result("DATE", "FUTURE_REF" if offset > 0 else "PAST_REF" if offset < 0 else "PRESENT_REF", False)
    base = Point(ctx.anchor, "day") if ctx.anchor else None
    return _relative(ctx, unit, offset, _mod(ctx, m), base)


def h_ago(ctx: Context, m: re.Match[str]) -> Result | None:
    unit = ctx.g.lookup(ctx.g.units, m["unit"] or m["unit2"])
    if unit is None or unit in TIME_UNITS:
        return None
    count = m["num"] or m["num2"]
    if count is None:
        word = (m["unit"] or m["unit2"]).lower()
        if word in ctx.g.definite_units:
            return None  # "преди уикенда": before the weekend
        if word in ctx.g.plural_units:
            if ctx.g.vague & set(m.group(0).lower().split()):
                # a vague count read as an approximator ("hace unos días": "unos" is also "about")
                return Result("DATE", "PAST_REF", False, None)
            # "years ago", "vor Jahren": TempEval-3 dev marks no expression there ("just months ago" counted
            # as a false PAST_REF, value F1 0.7823 -> 0.7821)
            return None
        count = "1"  # "rok temu", "неделю назад": one unit back
    n = ctx.g.number(count)
    fraction = ctx.g.fraction(count)
    smaller = SMALLER_UNIT.get(unit)
    if fraction is not None and smaller and smaller[0] not in TIME_UNITS and (fraction * smaller[1]).is_integer():
        unit, n = smaller[0], int(fraction * smaller[1])  # "pół roku temu": six months back
    if n is None:
        return Result("DATE", "PAST_REF", False, None)
    base: Point | None = Point(ctx.anchor, "day") if ctx.anchor else None
    if unit == "year" and n == 1 and ctx.last_quarter is not None:
        # "up from $66.8 million a year ago" in a quarterly report: the same quarter a year back
        return Result("DATE", format_point(shift(ctx.last_quarter, "year", -1)), True, "quarter")
    return _relative(ctx, unit, -n, None, base)


def h_ahead(ctx: Context, m: re.Match[str]) -> Result | None:
    """A count of units ahead ("in two weeks", "за dwa tygodnie", "через неделю") from the anchor."""
    unit = ctx.g.lookup(ctx.g.units, m["unit"])
    if unit is None or unit in TIME_UNITS:
        return None
    tied = ctx.g.ahead_event_after
    if tied is not None and tied.match(ctx.text, m.end()):
        return None  # "через две недели после выборов": counted from an event, not from a date
    stretch = ctx.g.ahead_stretch_before
    if stretch is not None and stretch.search(ctx.text, max(0, m.start() - STRETCH_REACH), m.start()):
        return None  # "for the first time in more than a year": up to now, whatever the sentence's tense
    direction = ctx.direction(m.start(), m.end(), hints=False)
    if ctx.g.ahead_needs_future and direction <= 0:
        # "the first rise in two years" is a stretch up to now, left to the duration rule; a future cue
        # anywhere in the sentence still counts when a participle stands next to it ("to be signed in")
        s, e = ctx.sentence_bounds(m.start(), m.end())
        if ctx.g.future is None or not ctx.g.future.search(ctx.text, s, e):
            return None
        direction = 1
    if m["num"] is None and m["unit"].lower() in ctx.g.plural_units:
        return None  # "za lata", "через годы": no count, no date
    n = ctx.g.number(m["num"]) if m["num"] else 1  # "за tydzień", "через год": one unit ahead
    if n is None:
        return Result("DATE", "FUTURE_REF", False, None)
    if direction < 0:
        # told in the past, "через две недели" is two weeks after the time the story is at
        return _relative(ctx, unit, n, None, ctx.base(_granularity_of(unit)))
    return _relative(ctx, unit, n, None, Point(ctx.anchor, "day") if ctx.anchor else None)


def h_anaphoric(ctx: Context, m: re.Match[str]) -> Result | None:
    unit = ctx.g.lookup(ctx.g.units, m["unit"])
    sign = ctx.g.lookup(ctx.g.anaphoric_after, m["ana"])
    if unit is None or sign is None or unit in TIME_UNITS:
        return None
    event = ctx.g.anaphoric_event_object
    if m["ana"].lower() in ctx.g.anaphoric_prepositions and event is not None and event.match(ctx.text, m.end()):
        return None  # "Deux ans après sa première venue", "50 años después del asesinato": left to the duration
    n = ctx.g.number(m["num"])
    if n is None:
        return Result("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", False, None)
    if unit == "year" and n == 1 and ctx.last_quarter is not None:
        # a year-on-year comparison of the quarter being reported; not itself a new reference
        return Result("DATE", format_point(shift(ctx.last_quarter, "year", sign)), True, "quarter")
    ref = ctx.base(_granularity_of(unit))
    if sign > 0 and ref is not None and _after_nothing_told(ctx, ref, m):
        shift(ref, unit, n)  # off the calendar ("9000 years later") it raises, and the words stay a duration
        return ctx.unresolved(_granularity_of(unit), {"unit": unit, "offset": n})
    if unit == "year" and ref is not None and ref.granularity in ("half", "month", "season"):
        return ctx.point_result(shift(ref, "year", sign * n))
    return _relative(ctx, unit, sign * n, None, ref)


def _after_nothing_told(ctx: Context, base: Point | None, m: re.Match[str]) -> bool:
    """True when a shift ahead ("siete meses después", "presque deux ans après") would count from the publication day
    because no day was told before, in words without any tense: a headline's "el duro camino de la primavera árabe,
    siete meses después" is now, not seven months after publication. Its day is unknown. (A past sentence keeps the
    publication day: "Premier spotkał się z prezydentem. Dzień później doszło do ataku." is read as the day after.)"""
    if base is None or ctx.anchor is None or base != Point(ctx.anchor, "day"):
        return False
    return ctx.direction(m.start(), m.end()) == 0


def h_anaphoric_fixed(ctx: Context, m: re.Match[str]) -> Result | None:
    found = ctx.g.lookup(ctx.g.anaphoric_fixed, m["fixed"])
    if found is None:
        return None
    unit, offset = found
    heads = ctx.g.anaphoric_fixed_object
    if heads is not None and heads.match(ctx.text, m.end()):
        return None  # "накануне выборов", "Le lendemain de l'attaque": on the eve of an event, no day we can tell
    base = ctx.base(_granularity_of(unit))
    if offset > 0 and _after_nothing_told(ctx, base, m):
        return ctx.unresolved(_granularity_of(unit), {"unit": unit, "offset": offset})
    if unit == "weekend" and offset == 0 and base is not None and base.day.isoweekday() < 6:
        # on a weekday, "the weekend" is the one just past unless the sentence looks ahead
        offset = 0 if ctx.direction(m.start(), m.end()) > 0 else -1
    return _relative(ctx, unit, offset, None, base)


def h_quarter(ctx: Context, m: re.Match[str]) -> Result | None:
    is_half = m["qword"].lower() in ctx.g.half_words
    n = ctx.g.lookup(ctx.g.ordinals, m["ord"]) if m["ord"] else None
    unit = "half" if is_half else "quarter"
    limit = 2 if is_half else 4
    if n is not None and not 1 <= n <= limit:
        return None
    text = m.group(0).lower()
    if n is None:
        if is_half or not (
            text.startswith("the") or "latest" in text or "current" in text or m.groupdict().get("qyear")
        ):
            return None  # "half" alone is not a time
        if m.groupdict().get("qyear") and ctx.anchor is not None:
            # "last year's quarter": the quarter reported, in the year named
            base = ctx.last_quarter or shift(Point(ctx.anchor, "quarter"), "quarter", -1)
            offset = ctx.g.lookup(ctx.g.modifiers, m["qyear"]) or 0
            return Result(
                "DATE", format_point(Point(base.day.replace(year=ctx.anchor.year + offset), "quarter")), True, "quarter"
            )
        if m.groupdict().get("y0"):
            # "the 1988 period": the quarter last named, in that year
            named = ctx.last_quarter or (shift(Point(ctx.anchor, "quarter"), "quarter", -1) if ctx.anchor else None)
            if named is None:
                return None
            return Result("DATE", format_point(Point(named.day.replace(year=int(m["y0"])), "quarter")), True, "quarter")
        if m["qword"].lower() in ctx.g.period_words and not m.groupdict().get("qref"):
            return None  # "the period" alone is any stretch; "the latest period" is the quarter reported
        if (
            m["qword"].lower() in ctx.g.period_words
            and (m.groupdict().get("qref") or "").lower() in ctx.g.period_back_refs
            and ctx.last_quarter is None
        ):
            return None  # "intercepted thirty drones in the same period": the stretch just told, not a quarter
        ref = ctx.last_quarter
        if ref is None:
            if ctx.anchor is None:
                return ctx.unresolved("quarter", {"unit": "quarter", "offset": -1})
            ref = shift(Point(ctx.anchor, "quarter"), "quarter", -1)  # the last completed quarter
        if "year-earlier" in text or "year-ago" in text:
            ref = shift(ref, "year", -1)
        return ctx.point_result(ref)
    month = (n - 1) * (6 if is_half else 3) + 1
    if m["y"] or m.groupdict().get("y0"):
        year = int(m["y"] or m["y0"])
    elif ctx.anchor is None:
        return ctx.unresolved(unit, {unit: n}, value=f"XXXX-{'H' if is_half else 'Q'}{n}")
    elif m.groupdict().get("qyear"):
        year = ctx.anchor.year + (ctx.g.lookup(ctx.g.modifiers, m["qyear"]) or 0)  # "last year's third quarter"
    else:
        current = (ctx.anchor.month - 1) // (6 if is_half else 3) + 1
        year = ctx.anchor.year if n <= current or ctx.direction(m.start(), m.end()) > 0 else ctx.anchor.year - 1
    point = Point(date(year, month, 1), unit)
    if "year-earlier" in text or "year-ago" in text:
        point = shift(point, "year", -1)
    elif unit == "quarter":
        ctx.last_quarter = point
    return ctx.point_result(point)


def h_spelled_year(ctx: Context, m: re.Match[str]) -> Result | None:
    hi, lo = m.groupdict().get("hi"), m.groupdict().get("lo")
    if hi:
        century, rest = ctx.g.number(hi), ctx.g.number(lo) if lo else 0
        if century is None or rest is None:
            return None
        year = century * 100 + rest
    else:
        rest = ctx.g.number(m["lo2"]) if m.groupdict().get("lo2") else 0
        year = 2000 + (rest or 0)
    return ctx.point_result(Point(date(year, 1, 1), "year"))


def _holiday_day(year: int, month: int, day_text: str) -> date:
    """A holiday's day in a year: a fixed day, or a movable feast written W<iso weekday><n> ("11-W44" = the 4th
    Thursday of November)."""
    if day_text.isdigit():
        return date(year, month, int(day_text))
    weekday, nth = int(day_text[-2]), int(day_text[-1])
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _holiday_on(ctx: Context, year: int, month: int, day_text: str) -> Result:
    """A holiday in the year written after it ("las Navidades de 2009")."""
    return ctx.point_result(Point(_holiday_day(year, month, day_text), "day"))


def h_holiday(ctx: Context, m: re.Match[str]) -> Result | None:
    when = ctx.g.lookup(ctx.g.holidays, m["holiday"])
    if when is None:
        return None
    month_text, day_text = when.split("-")
    month = int(month_text)
    if m["y"]:  # "las Navidades de 2009"
        return _holiday_on(ctx, int(m["y"]), month, day_text)
    if ctx.anchor is None:
        return Result(
            "DATE",
            f"XXXX-{when}" if day_text.isdigit() else f"XXXX-{month:02d}",
            False,
            "day",
            None,
            None,
            {"holiday": when},
        )
    anchor = ctx.anchor
    explicit = _modifier(ctx, m, "mod")
    direction = explicit if explicit is not None else ctx.direction(m.start(), m.end())

    candidates = [_holiday_day(y, month, day_text) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    strict = explicit is not None  # "last Christmas" is never today's
    if direction < 0:
        chosen = max(c for c in candidates if c < anchor or (c == anchor and not strict))
    elif direction > 0:
        chosen = min(c for c in candidates if c > anchor or (c == anchor and not strict))
    else:
        chosen = min(candidates, key=lambda c: abs((c - anchor).days))
    return ctx.point_result(Point(chosen, "day"))


# The second number of a range after a first ("1500-2000 persone"): what follows it says what both count.
_RANGE_TAIL = re.compile(r"\s*[-–]\s*\d{3,4}(?!\d)")


def h_year(ctx: Context, m: re.Match[str]) -> Result | None:
    amount = ctx.g.not_year_after
    tail = _RANGE_TAIL.match(ctx.text, m.end()) if m.group().isdigit() else None  # not "w 2014 r. – 889 tys."
    if amount is not None and (amount.match(ctx.text, m.end()) or (tail and amount.match(ctx.text, tail.end()))):
        return None  # "від 300 до 1500 гривень", "привиты 1965 человек", "le 1500-2000 persone": an amount, not a year
    return ctx.point_result(Point(date(int(m["y"]), 1, 1), "year"), mod=_mod(ctx, m))


def h_day_of_month(ctx: Context, m: re.Match[str]) -> Result | None:
    """A day of the month without its month ("el pasado día 7", "el próximo día 15"): the nearest such day on the
    modifier's side of the publication day; undated, the day alone (XXXX-XX-07)."""
    day = int(m["d"])
    side = ctx.g.lookup(ctx.g.modifiers, m["mod"]) if m["mod"] else None
    if not 1 <= day <= 31 or side is None:
        return None
    if ctx.anchor is None:
        return Result("DATE", f"XXXX-XX-{day:02d}", False, "day", None, None, {"day": day, "side": side})
    first = ctx.anchor.replace(day=1)
    for step in range(3):  # this month, then the next or the one before (a 31st may skip one)
        month = add_months(first, side * step if side else 0)
        try:
            d = month.replace(day=day)
        except ValueError:
            continue
        if (side < 0 and d < ctx.anchor) or (side > 0 and d > ctx.anchor) or side == 0:
            return ctx.point_result(Point(d, "day"))
    return None


def h_year_ago(ctx: Context, m: re.Match[str]) -> Result | None:
    ref = ctx.last_quarter or ctx.ref
    if ref is None:
        return ctx.unresolved("year", {"unit": "year", "offset": -1})
    return Result("DATE", format_point(shift(ref, "year", -1)), True, ref.granularity, None)


def h_decade(ctx: Context, m: re.Match[str]) -> Result | None:
    year = int(m["decade"])
    if year < 100:
        year += 1900 if year >= 30 else 2000  # "lata 90." are the 1990s, "lata 20." most likely the 2020s
    return ctx.point_result(Point(date(year, 1, 1), "decade"), mod=_mod(ctx, m))  # "primi anni 1980": START


def h_century(ctx: Context, m: re.Match[str]) -> Result | None:
    """A century ("XIX wieku", "19. Jahrhundert") as its TIMEX3 value (18)."""
    gd = m.groupdict()
    # Roman numerals in upper case only: Polish "i wieku" is "and age"
    roman, digits = gd.get("roman"), gd.get("cent")
    n = ROMAN_VALUE.get(roman) if roman else (int(digits) if digits else None)
    if n is None or not 2 <= n <= 21:
        return None
    return ctx.point_result(Point(date((n - 1) * 100, 1, 1), "century"), mod=_mod(ctx, m))


def _group(m: re.Match[str], *names: str) -> str | None:
    """The first of the named groups that took part in the match."""
    gd = m.groupdict()
    return next((gd[n] for n in names if gd.get(n)), None)


def _week_year(ctx: Context, m: re.Match[str]) -> int | None:
    """The year a calendar week is in: the one written, the relative year named ("dieses Jahres"), else None."""
    written = _group(m, "y", "y2", "y3")
    if written:
        return int(written)
    if not _group(m, "yword", "yword2") or ctx.anchor is None:
        return None
    offset = ctx.g.lookup(ctx.g.modifiers, _group(m, "yrel") or "") or 0  # "roku", "of the year": this one
    return ctx.anchor.year + offset


def h_calendar_week(ctx: Context, m: re.Match[str]) -> Result | None:
    """A calendar week ("KW 4", "in der 4. Kalenderwoche", "w 3. tygodniu 2026 r.") as an ISO week (2026-W04); a week
    of a month ("the third week of March", "w ostatnim tygodniu marca") is the ISO week of that month's third (last)
    Thursday, as ISO weeks belong to the month their Thursday is in; "the week of March 6" the week holding that day.
    """
    word = _group(m, "word")
    n = int(number) if (number := _group(m, "wn", "wn2", "wn3")) else None
    if word is not None:
        n = ctx.g.lookup(ctx.g.week_ordinals, word)
    last = bool(_group(m, "last"))
    month_word = _group(m, "mon", "mon2")
    if month_word is None:
        if last:
            n = 53  # the last week of the year: the one holding 28 December
        if n is None or not 1 <= n <= 53:
            return None
        week: int = n
        year = _week_year(ctx, m)
        if year is None and ctx.anchor is not None and not _group(m, "yword", "yword2"):
            # "KW 52" in a January article is last year's: the year whose week n is nearest the anchor
            a = ctx.anchor
            year = min(
                (y for y in (a.year - 1, a.year, a.year + 1) if week <= date(y, 12, 28).isocalendar()[1]),
                key=lambda y: abs((date.fromisocalendar(y, week, 1) - a).days),
            )
        if year is None:
            return ctx.unresolved("week", {"week": week}, value=f"XXXX-W{week:02d}")
        week = min(week, date(year, 12, 28).isocalendar()[1]) if last else week
        return ctx.point_result(Point(date.fromisocalendar(year, week, 1), "week"))
    month = _month_number(ctx, month_word)
    if month is None or (n is None and not last and not _group(m, "dom")):
        return None
    year = _week_year(ctx, m)
    dom = _group(m, "dom")
    if year is None and ctx.anchor is not None and dom is not None:
        year = nearest_year(ctx.anchor, month, int(dom), ctx.direction(m.start(), m.end()))  # as a day and month
    elif year is None and ctx.anchor is not None:
        a = ctx.anchor  # as a bare month: a coming one under a future cue, else the last one
        if ctx.direction(m.start(), m.end()) > 0:
            year = a.year if month >= a.month else a.year + 1
        else:
            year = a.year if month <= a.month else a.year - 1
    if year is None:
        return ctx.unresolved("week", {"month": month, "week": -1 if last else n})
    if dom is not None:
        day = date(year, month, int(dom))  # "the week of March 6"
    else:
        first = date(year, month, 1)
        thursday = first + timedelta(days=(4 - first.isoweekday()) % 7)
        thursdays = [thursday + timedelta(weeks=i) for i in range(5) if (thursday + timedelta(weeks=i)).month == month]
        if last:
            day = thursdays[-1]
        elif n is not None and 1 <= n <= len(thursdays):
            day = thursdays[n - 1]
        else:
            return None
    return ctx.point_result(Point(day, "week"))


def h_season(ctx: Context, m: re.Match[str]) -> Result | None:
    code = ctx.g.lookup(ctx.g.seasons, m["season"])
    if code is None:
        return None
    word = m["season"]
    if ctx.g.season_names_lowercase and word[:1].isupper() and not sentence_initial(ctx.text, m.start("season")):
        return None  # "the Arab Spring", "la Primavera Árabe": a name, not a season
    start, end = m.start("season"), m.end("season")
    name_before, name_after = ctx.g.season_name_before, ctx.g.season_name_after
    if (name_before is not None and name_before.search(ctx.text, max(0, start - 24), start)) or (
        name_after is not None and name_after.match(ctx.text, end)
    ):
        return None  # "le « printemps arabe »", "арабская весна", "der Prager Frühling": a name
    if m["season"].lower() in ctx.g.ambiguous_seasons and not (m["mod"] or m["smod"] or m["y"] or m["moda"]):
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
        if not (before and before[-1] in ctx.g.season_context):
            return None  # "prices fall", "spring into action", "continue to fall"
        if not m["y"] and ctx.text[m.end() : m.end() + 4].lower() == " of ":
            return None  # "the fall of the Berlin Wall"
    mod = _mod(ctx, m)
    start_month = SEASON_MONTH[code]
    # "last year's summer" is that year's; last year's winter may be the one that ended or the one that began in it
    of_year = _year_modifier(ctx, m) if code != "WI" else None
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor is not None and of_year is not None:
        year = ctx.anchor.year + of_year
    elif ctx.anchor is None:
        return Result("DATE", f"XXXX-{code}", False, "season", None, mod, {"season": code})
    else:
        a = ctx.anchor
        explicit = _modifier(ctx, m, "mod", "moda")
        direction = explicit if explicit is not None else ctx.direction(m.start(), m.end())
        # the season's start in each candidate year; "this" = the one running or closest
        starts = [date(y, start_month, 1) for y in (a.year - 1, a.year, a.year + 1)]
        current = [s for s in starts if s <= a < date(*_season_end(s))]
        if direction == 0 or (explicit == 0):
            chosen = current[0] if current else min(starts, key=lambda s: abs((s - a).days))
        elif direction < 0:
            past = (
                [s for s in starts if date(*_season_end(s)) <= a]
                if explicit is not None
                else [s for s in starts if s <= a]
            )
            chosen = max(past) if past else starts[0]
        else:
            future = [s for s in starts if s > a]
            chosen = min(future) if future else starts[-1]
        return ctx.point_result(Point(chosen, "season", code), mod=mod)
    d = date(year, start_month, 1)
    return ctx.point_result(Point(d, "season", code), mod=mod)


def _season_end(start: date) -> tuple[int, int, int]:
    month = start.month + 3
    return (start.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


Handler = Callable[[Context, re.Match[str]], "Result | None"]
# Shape name → handler, in priority order: on equal spans the earlier shape wins.
HANDLERS: dict[str, Handler] = {
    "iso": h_iso,
    "numeric": h_numeric,
    "numeric_dm": h_numeric_dm,
    "day_month": h_day_month,
    "month_day": h_day_month,
    "month_year": h_month_year,
    "anaphoric_fixed": h_anaphoric_fixed,
    "ago": h_ago,
    "ahead": h_ahead,
    "anaphoric": h_anaphoric,
    "deictic_part": h_deictic_part,
    "deictic": h_deictic,
    "deictic_period": h_deictic_period,
    "quarter": h_quarter,
    "set": h_set,
    "relative": h_relative,
    "weekday": h_weekday,
    "season": h_season,
    "month": h_month,
    "decade": h_decade,
    "century": h_century,
    "calendar_week": h_calendar_week,
    "year": h_year,
    "year_ago": h_year_ago,
    "day_of_month": h_day_of_month,
    "spelled_year": h_spelled_year,
    "fixed_duration": h_fixed_duration,
    "holiday": h_holiday,
    "reference": h_reference,
    "duration": h_duration,
    "dotted_dm": h_dotted_dm,
    "clock": h_clock,
    "clock_named": h_clock_named,
    "bare_hour": h_bare_hour,
}
PRIORITY = {name: i for i, name in enumerate(HANDLERS)}
