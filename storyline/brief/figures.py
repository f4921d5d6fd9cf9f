"""Disputed figures: one quantity given differently by two sources, within one report or one news cycle.

Crowd sizes, tolls and counts are often reported as a pair ("police counted 1,800 tractors; organisers
said 4,000"): the article itself shows the contradiction. A dispute is two comparable figures (same
magnitude, not years, not parts of a date or time) in one sentence or in two consecutive sentences, each
attributed to a source (`FIGURE_SOURCE` of the language's positions data), that count the same thing:
the same word follows both numbers, or the second figure stands alone ("... spoke of 4,000."), or the
second source explicitly gives another figure (`COUNTER_FIGURE`: "raised the figure to"). Disputes of
articles of one news cycle that give the same figures are one claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from storyline.brief.material import Sentence
from storyline.langs import language_data

# Two figures of one quantity from two sources differ at most this much (police and organisers' crowd
# counts commonly differ 2-4x); a larger gap is two different quantities (350 tractors vs 20,000 people).
DISPUTE_RATIO = 4.0
# Disputes of articles published this close that share two figures are the same dispute.
CYCLE_HOURS = 24
# A number: digit groups ("35,000", "12 284", "2.000") and a decimal part ("50,91", "1.47"). Glued letters are
# read only as a scale after a currency ("$20bn", "€500m") or a percentage ("7%"); "46-го", "9/11", "4:00" are
# no figures (the numbers of "9/11" and "4:00" still match claims).
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)((?:[.,]\d+)?)(?!\d)")
# A number glued to a slash or colon is part of a date, a time or a score ("9/11", "4:00", "2000:"), no figure.
_DATE_MARKS = ("/", ":")
# A range's second figure: "от 15 до 20 миллионов тонн" counts millions of tonnes, "5,000-10,000 people" people.
_RANGE_END = re.compile(r"(?:\s+[^\W\d_]\w{0,3}\s+|\s*[-–]\s*)(?:US)?[$€£₴₽]?(?=\d)")
# The word a figure counts: the next word (a hashtag's too: "12 #Egipcios"), a hyphen joins it ("a 16-year-old").
_WORD = re.compile(r"(?:\s+#?|\s*-\s*|#)([^\W\d_][\w'’]*)")
_GAP = re.compile(r"[\s\u00a0]*")
# Scale letters glued to a sum after a currency sign ("$20bn", "€500m", "£2.5k"), the same in every language.
_GLUED_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "mld": 1e9, "mrd": 1e9}
_GLUED = re.compile(r"(k|mn|mln|m|bn|b|mld|mrd)(?!\w)", re.IGNORECASE)
# A figure's clause, for the places it names: up to a comma, a colon or semicolon, a bracket or a dash.
_CLAUSE_END = re.compile(r"[,;:()\[\]–—]|\s-\s")
# Digit groups with a leading zero or standing side by side are a phone number or a code.
_CODE = re.compile(r"0\d")
_CODE_BEFORE = re.compile(r"\d\s+$")
_CODE_AFTER = re.compile(r"\s+\d")
# A figure set off by commas after a name ("Wismond Exantus, 24, was found") is an age, not a figure on its own.
_APPOSITION = re.compile(r",\s*$")
_APPOSITION_END = re.compile(r"\s*,")

# Currency signs and ISO 4217 codes, the same in every language; currency words are language data (`claims`).
CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "₴": "UAH", "₽": "RUB"}
ISO_CURRENCY = re.compile(r"(?<!\w)(EUR|USD|GBP|UAH|RUB|PLN|CZK|BGN|CHF|JPY|CNY)(?!\w)")
PERCENT = "%"
MONEY = "money"


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a sentence as a reader takes it: "$20bn" is 2e10 of money, "7%" a percentage, "16 de ellas"
    a part of a total, "16 osób zginęło w Kairze" the count of one place."""

    value: float
    kind: str  # PERCENT, MONEY or "" (a count of `word`)
    word: str  # what it counts: the first five letters of the word after it (for money, of the noun after "of")
    start: int  # offset in the sentence
    alone: bool  # no word, no unit: "... spoke of 4,000."
    part: bool = False  # "16 of them", "w tym 16"
    total: bool = False  # "29 in total"
    places: frozenset[str] = frozenset()  # places its clause names after it ("in Cairo")


@dataclass(slots=True)
class Dispute:
    """Sentences (pool positions) of one article giving one quantity differently, and why."""

    members: set[int]
    values: set[float]
    reason: str
    article_id: str


def currency_before(text: str, start: int) -> str | None:
    """The currency sign or code written before a number ("$500", "US$ 500", "USD 500")."""
    head = text[:start].rstrip()
    if head[-1:] in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[head[-1]]
    m = ISO_CURRENCY.search(head[-4:])
    return m.group(1) if m and head.endswith(m.group(1)) else None


def currency_at(text: str, pos: int, data: object) -> tuple[str, int] | None:
    """The currency sign, code or word (the language's `CURRENCY`) at `pos`, and where it ends."""
    if text[pos : pos + 1] in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[text[pos]], pos + 1
    m = ISO_CURRENCY.match(text, pos)
    if m:
        return m.group(1), m.end()
    for code, pattern in getattr(data, "CURRENCY", {}).items():
        w = whole(pattern).match(text, pos)
        if w:
            return str(code), w.end()
    return None


@cache
def whole(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The language data's pattern matching whole words only: not "Euro" of "Europe", nor "mil" of "millones"
    (a match may end in an apostrophe or a dot: "d'euros", "mil. Kč")."""
    return re.compile(f"(?:{pattern.pattern})(?:(?<!\\w)|(?!\\w))", pattern.flags)


def gap(text: str, pos: int) -> int:
    """The position after the spaces at `pos`."""
    return _GAP.match(text, pos).end()  # type: ignore[union-attr]


@cache
def _before(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The language data's pattern ending just before a figure ("including 16", "w tym 16 osób")."""
    return re.compile(f"(?<!\\w)(?:{pattern.pattern})[\\s:,]*$", pattern.flags)


def scales(text: str, pos: int, data: object, money: bool = False) -> tuple[float, int]:
    """The scale words after a number (multiplied: es "mil millones"; the first may be hyphened: "a $20-billion
    fund"), glued ones after a currency sign too."""
    scale = 1.0
    glued = _GLUED.match(text, pos) if money else None
    if glued:
        return _GLUED_SCALE[glued.group(1).lower()], glued.end()
    while True:
        at = gap(text, pos)
        if scale == 1.0 and text[at : at + 1] == "-":
            at += 1
        for factor, pattern in getattr(data, "SCALES", {}).items():
            m = whole(pattern).match(text, at)
            if m:
                scale *= factor
                pos = m.end()
                break
        else:
            return scale, pos


def _unit(text: str, pos: int, data: object, money: bool) -> tuple[float, str, str, int, str]:
    """(scale, kind, word, end, currency) of what follows a number: "% ", "procent", "mld zł", "million of dollars",
    "персон"; the currency is the ISO code of the sign, code or word after the scale ("" where none is written)."""
    if text[pos : pos + 1] == "%":
        return 1.0, PERCENT, "", pos + 1, ""
    scale, pos = scales(text, pos, data, money)
    at = gap(text, pos)
    if text[at : at + 1] == "%":
        return scale, PERCENT, "", at + 1, ""
    percent = getattr(data, "PERCENT", None)
    m = whole(percent).match(text, at) if percent is not None else None
    if m:
        return scale, PERCENT, "", m.end(), ""
    of = getattr(data, "OF", None)
    joined = whole(of).match(text, at) if of is not None and scale != 1.0 else None
    cur = currency_at(text, gap(text, joined.end()) if joined else at, data)
    if cur is not None:
        money, pos = True, cur[1]
    if money:
        # What the sum is of: "$10 billion of assets" is not "$20 billion" a fund needs.
        at = gap(text, pos)
        joined = whole(of).match(text, at) if of is not None else None
        word = _WORD.match(text, joined.end()) if joined else None
        return scale, MONEY, (word.group(1).lower()[:5] if word else ""), pos, cur[0] if cur else ""
    word = _WORD.match(text, pos)
    return scale, "", (word.group(1).lower()[:5] if word else ""), word.end() if word else pos, ""


@dataclass(frozen=True, slots=True)
class Reading:
    """A number written with digits as the figure reader reads it, before any judgement of what it counts: its
    value with decimals and scale ("$20bn" and "20 billion dollars" are 2e10, "6,2 млн" 6.2e6) and the currency
    of a sum (an ISO code: "$20bn" USD, "500 млн долларов" USD; "" where none is written)."""

    match: re.Match[str]  # `_NUMBER`: digit groups, decimal part
    digits: str  # the digit groups without their separators ("35,000" -> "35000")
    raw: float  # the number as written, decimals included
    money: bool  # a currency sign or code stands before it
    scale: float
    kind: str  # PERCENT, MONEY or ""
    word: str  # what follows it (for money, the noun after "of")
    end: int  # the end of the number with its unit
    currency: str

    @property
    def value(self) -> float:
        return self.raw * self.scale


def _readings(text: str, data: object, start: int = 0, end: int | None = None) -> Iterator[Reading]:
    """The numbers written with digits in text[start:end], those of "9/11" and "4:00" too (`_figures` leaves them
    out); not "3D", "46th", "5G": letters glued to a number make none, but a scale after a currency does ("$20bn",
    "€500m")."""
    for m in _NUMBER.finditer(text, start, len(text) if end is None else end):
        money = currency_before(text, m.start(1))
        tail = m.end(2)
        if text[tail : tail + 1].isalpha() and not (money and _GLUED.match(text, tail)):
            continue
        digits = re.sub(r"[.,\u00a0 ]", "", m.group(1))
        raw = float(digits + "." + m.group(2)[1:]) if m.group(2) else float(digits)
        scale, kind, word, after, currency = _unit(text, tail, data, money is not None)
        yield Reading(m, digits, raw, money is not None, scale, kind, word, after, currency or money or "")


def amounts(text: str, language: str) -> list[tuple[float, str]]:
    """Every number written with digits in the text, as (value, currency): `Reading.value` and `Reading.currency`,
    years, dates and codes included (claims match on shared numbers; `_figures` judges which are figures)."""
    data = language_data(language, "claims")
    return [(r.value, r.currency) for r in _readings(text, data)]


def _figures(s: Sentence, start: int = 0, end: int | None = None) -> list[Figure]:
    """The sentence's figures outside time expressions, read as a reader does: value with its decimals and scale
    ("6,2 млн" 6.2e6, "$20bn" 2e10), kind (a percentage, money, or a count of the word after it), part or total,
    and the places its clause names. A figure without a word or unit after it stands alone ("... spoke of 4,000."),
    unless it is an apposition (", 24,"); a bare figure in brackets ("hoy (25)", "Marruecos (38,71)") is a note,
    a time counted back ("10 hrs ago") no figure of the story."""
    text = s.text
    language = s.article.language or ""
    data = language_data(language, "claims")
    stop = len(text) if end is None else end
    timex = [(t.start - s.start, t.end - s.start) for t in s.article.spans("timex") if s.start <= t.start < s.end]
    relative = getattr(data, "RELATIVE_TIME", None)
    if relative is not None:
        timex += [(m.start(), m.end()) for m in relative.finditer(text)]
    part_after, part_before = getattr(data, "PART_AFTER", None), getattr(data, "PART_BEFORE", None)
    total = getattr(data, "TOTAL", None)
    ordinal = getattr(data, "ORDINAL", None)
    places = [
        (m.start - s.start, str(m.attrs.get("entity_id") or text[m.start - s.start : m.end - s.start]))
        for m in s.article.spans("mention")
        if s.start <= m.start < s.end and m.attrs.get("type") == "LOC"
    ]
    starts = {at for at, _ in places}
    breaks = [
        (c.start(), c.end())
        for c in _CLAUSE_END.finditer(text)
        if not (c.group() == "," and gap(text, c.end()) in starts)
    ]
    out: list[Figure] = []
    previous = 0
    for r in _readings(text, data, start, stop):
        m, digits, raw, money, tail = r.match, r.digits, r.raw, r.money, r.match.end(2)
        # A time expression covering the whole number makes it a date or time; one ending inside it does not
        # ("6.000 personas" read as 06:00 by the time tagger is still a count).
        if any(a <= m.start(1) and m.end(2) <= b for a, b in timex):
            continue
        if _CODE.match(digits) or _CODE_BEFORE.search(text, 0, m.start(1)) or _CODE_AFTER.match(text, m.end(2)):
            continue  # a phone number or code ("0370 60 60 900"), no count
        if m.group(2) and m.group(2)[0] in m.group(1):
            continue  # "618.813.7080": a decimal part after groups split by the same mark is a phone number
        if text[m.start(1) - 1 : m.start(1)] == "(" and text[m.end(2) : m.end(2) + 1] == ")":
            continue  # "hoy (25)", "Arabia Saudí (71,68)": a bracketed note, no count of its own
        if ordinal is not None and ordinal.match(text, tail):
            continue  # "46-го президента": an ordinal
        if text[m.start(1) - 1 : m.start(1)] in _DATE_MARKS or text[tail : tail + 1] in _DATE_MARKS:
            continue  # "9/11", "4:00"
        if digits == m.group(1) and not m.group(2) and 1900 <= raw <= 2100 and len(digits) == 4:
            continue  # a year (one written "2.000" is a count)
        scale, kind, word, after = r.scale, r.kind, r.word, r.end
        # "15 to 20 million tonnes", "от 18 до 24 месяцев", "1.47 million to 2.52 million gallons", "5,000-10,000
        # people": the range's unit (and its scale, where the first has none)
        first_scale, joint = scales(text, tail, data, money)
        rest = _RANGE_END.match(text, joint) if kind != PERCENT else None
        second = _NUMBER.match(text, rest.end()) if rest is not None else None
        if second is not None and not text[second.end(2) : second.end(2) + 1].isalpha():
            scale, kind, word, reach, _ = _unit(
                text, second.end(2), data, money or bool(currency_before(text, second.start(1)))
            )
            scale = first_scale if first_scale != 1.0 else scale
        else:
            reach = after  # the end of the figure with its unit, or of its range ("$3 - $6 billion in total")
        value = raw * scale
        if raw < 2 and scale == 1.0 and kind != PERCENT:
            continue
        apposition = bool(_APPOSITION.search(text, 0, m.start(1)) and _APPOSITION_END.match(text, m.end(2)))
        head = text[max(0, m.start(1) - 30) : m.start(1)]
        if money:
            head = head.rstrip()[:-1] if head.rstrip()[-1:] in CURRENCY_SIGNS else head
        is_part = bool(
            (part_after is not None and any(whole(part_after).match(text, gap(text, x)) for x in (tail, after)))
            or (part_before is not None and _before(part_before).search(head))
        )
        # The figure's clause: from the last clause break (or number) before it to the next after it. A comma
        # before a place is an apposition ("in Haiti's capital, Port-au-Prince"), no break.
        ends = [c for c in breaks if c[0] >= reach]
        clause_end = ends[0][0] if ends else len(text)
        following = _NUMBER.search(text, reach, clause_end)
        clause_end = following.start() if following else clause_end
        clause_start = max([c[1] for c in breaks if c[1] <= m.start(1)] + [previous])
        previous = after
        out.append(
            Figure(
                value,
                kind,
                word,
                m.start(1),
                kind == "" and not word and not apposition,
                is_part,
                bool(total and total.search(text, clause_start, clause_end)),
                frozenset(e for at, e in places if clause_start <= at < clause_end and not m.start(1) <= at < after),
            )
        )
    # "16 de ellas fallecieron 16 personas en hospitales de El Cairo": the part, restated, is still the part
    parts = {f.value for f in out if f.part}
    return [replace(f, part=True) if f.value in parts else f for f in out]


def _one_quantity(a: Figure, b: Figure, counter: bool, words: bool = True, report: bool = False) -> bool:
    """Whether figure `b` can count what figure `a` counts: not a part against its whole ("16 de ellas", "16 in
    Cairo" against "29 in total" or "29 in Cairo and Suez"); `b` standing alone ("... spoke of 4,000."), or the same
    unit (a percentage is no count, a sum no percentage) and, in one language (`words`), the same counted word (for
    a sum: the same "of" noun, "$10 billion of assets" is not the $20 billion a fund needs). A second source that
    gives another figure (`counter`: "raised the figure to") counts what the first counts. In one `report` a total
    and a figure not given as one are the whole and a part ("has spent $1.6 billion so far … $3-6 billion in total
    this year")."""
    if a.part != b.part or not _places_fit(a, b, report) or (report and a.total != b.total):
        return False
    if b.alone:
        return True
    if a.alone:
        return counter
    if a.kind != b.kind:
        return False
    if counter or a.kind == PERCENT or not words:
        return True
    if a.kind == MONEY:
        return a.word == b.word
    return bool(a.word) and a.word == b.word


def _places_fit(a: Figure, b: Figure, report: bool = False) -> bool:
    """Whether two figures' places allow one quantity: no place on one side unless the other is a total ("29 in
    total" against "16 in Cairo"); places in common. In one `report` the places must be the same ("29 in Cairo and
    Suez" against "13 in Suez"); across reports, whose place names are tagged unevenly ("Oder" found in one
    language, missed in another), other places must not be all they name ("16 in Cairo" against "13 in Suez")."""
    if a.places == b.places:
        return True
    if not (a.places and b.places):
        return not ((a.total and b.places) or (b.total and a.places))
    return not report and bool(a.places & b.places)


def _comparable(a: list[Figure], b: list[Figure], counter: bool, report: bool = False) -> tuple[float, float] | None:
    """A figure of `a` and a different one of `b` that count the same thing, or None."""
    values_a = {f.value for f in a}
    for fb in b:
        if fb.value in values_a:
            continue
        for fa in a:
            if max(fa.value, fb.value) / min(fa.value, fb.value) > DISPUTE_RATIO:
                continue
            if _one_quantity(fa, fb, counter, report=report):
                return fa.value, fb.value
    return None


def figure_values(s: Sentence) -> set[float]:
    """The values of the sentence's figures (`_figures`, scale applied: "$20bn" is 2e10): no number of a time
    expression ("la dictadura de 30 años", "15.33 h", "10 hrs ago"), no year, no phone number."""
    return {f.value for f in _figures(s)}


def revised(s: Sentence) -> bool:
    """Whether the sentence compares its figure with an earlier one (the language's `REVISED`: "up from its
    estimate last week", "BP's initial estimates"): a figure of another time, no dispute."""
    pattern = getattr(language_data(s.article.language or "", "claims"), "REVISED", None)
    return bool(pattern and pattern.search(s.text))


def same_quantity(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences' different figures can count one thing: a figure of each of one unit (a percentage,
    a sum of money, a count of the same word: "14 dead", "12 dead") or one standing alone ("the toll reached
    12."), not a part against its whole, not a figure compared with an earlier one ("up from 20,000"). Across
    languages the counted words cannot tell, but units, parts and places (entity ids) can."""
    if revised(a) or revised(b):
        return False
    fa, fb = _figures(a), _figures(b)
    if (a.article.language or "") != (b.article.language or ""):
        return any(
            _one_quantity(x, y, False, words=False) or _one_quantity(y, x, False, words=False) for x in fa for y in fb
        )
    return bool(fa and fb and (_comparable(fa, fb, False) or _comparable(fb, fa, False)))


def disputes_in(sentences: list[tuple[int, Sentence]]) -> list[Dispute]:
    """The disputed figures of one article's pool sentences ((pool position, sentence) in text order)."""
    if not sentences:
        return []
    art = sentences[0][1].article
    data = language_data(art.language or "", "positions")
    source = getattr(data, "FIGURE_SOURCE", None)
    counter_cue = getattr(data, "COUNTER_FIGURE", None)
    if source is None:
        return []
    out = []
    for n, (i, s) in enumerate(sentences):
        cues = [m.start() for m in source.finditer(s.text)]
        if not cues or revised(s):
            continue  # no source, or a figure compared with an earlier one ("up from its estimate last week")
        # Two sources in one sentence: the figures before the second source against those after it.
        if len(cues) > 1:
            before, after = _figures(s, 0, cues[-1]), _figures(s, cues[-1])
            counter = bool(counter_cue and counter_cue.search(s.text, cues[-1]))
            pair = _comparable(before, after, counter, report=True) if before and after else None
            if pair:
                out.append(_dispute({i}, pair, art.id))
                continue
        if n + 1 >= len(sentences):
            continue
        j, t = sentences[n + 1]
        if t.index != s.index + 1 or not source.search(t.text) or revised(t):
            continue
        mine, theirs = _figures(s), _figures(t)
        counter = bool(counter_cue and counter_cue.search(t.text))
        pair = _comparable(mine, theirs, counter, report=True) if mine and theirs else None
        if pair:
            out.append(_dispute({i, j}, pair, art.id))
    return out


def _dispute(members: set[int], pair: tuple[float, float], article_id: str) -> Dispute:
    shown = " vs ".join(show_value(v) for v in pair)
    return Dispute(members, set(pair), f"sources give different figures: {shown}", article_id)


def show_value(v: float) -> str:
    """A figure as a reader writes it: "29", "35,000", "62,000,000", "50.91" (never "6.2e+07")."""
    return f"{int(v):,}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def merge_disputes(disputes: list[Dispute], published: dict[str, float | None]) -> list[Dispute]:
    """Disputes of different articles of one news cycle that give two of the same figures are one claim."""
    merged: list[Dispute] = []
    for d in disputes:
        home = next(
            (
                m
                for m in merged
                if len(m.values & d.values) >= 2
                and published.get(m.article_id) is not None
                and published.get(d.article_id) is not None
                and abs(published[m.article_id] - published[d.article_id]) <= CYCLE_HOURS  # type: ignore[operator]
            ),
            None,
        )
        if home is None:
            merged.append(Dispute(set(d.members), set(d.values), d.reason, d.article_id))
        else:
            home.members |= d.members
            home.values |= d.values
    return merged
