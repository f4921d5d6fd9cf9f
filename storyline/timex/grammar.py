"""Build one language's time-expression grammar (compiled regular expressions) from its data module.

The words live in `storyline/langs/<iso>/timex.py`; this module only knows the shapes of time
expressions (day-month-year, modifier + unit, number + unit + "ago", ...) and turns the word lists
into alternations. A language without a data module still gets the script-neutral shapes (ISO dates,
numeric dates, years, clock times) with day-first order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from storyline.langs import language_data


def alternation(words: Any) -> str:
    """A regex alternation of words/phrases, longest first; spaces match any whitespace; never empty."""
    # a phrase with an apostrophe matches the typographic one too ("New Year’s Eve", "aujourd’hui")
    plain = {str(w).lower() for w in words if str(w)}
    forms = sorted(plain | {w.replace("'", "’") for w in plain}, key=len, reverse=True)
    if not forms:
        return NOTHING
    parts = []
    for form in forms:
        escaped = re.escape(form).replace(r"\ ", " ").replace(" ", r"\s+")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


NOTHING = r"(?!x)x"
_WORD = re.compile(r"\w+")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
           "XVIII", "XIX", "XX", "XXI"]  # fmt: skip
# Words a century in Roman numerals starts with ("XIX", French "XIXe"), for the start-word index.
ROMAN_STARTS = {r.lower() + suffix for r in _ROMANS for suffix in ("", "e", "ème")}
ROMAN_VALUE = {r: i for i, r in enumerate(_ROMANS, 1)}
CLOCK_24H = r"(?P<hh24>[01]?\d|2[0-3]):(?P<mm24>[0-5]\d)(?!\d)"


@dataclass
class Grammar:
    """Word tables and compiled patterns for one language."""

    lang: str
    date_order: str
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, int]
    vague: set[str]
    fractions: dict[str, float]
    ordinals: dict[str, int]
    deictic_days: dict[str, int]
    deictic_periods: dict[str, tuple[str, int]]
    references: dict[str, str]
    parts_of_day: dict[str, str]
    deictic_parts: dict[str, tuple[int, str]]
    modifiers: dict[str, int]
    span_modifiers: dict[str, str]
    anaphoric_after: dict[str, int]
    anaphoric_fixed: dict[str, tuple[str, int]]
    set_adverbs: dict[str, str]
    holidays: dict[str, str]
    period_words: frozenset[str]
    period_back_refs: frozenset[str]
    half_words: frozenset[str]
    fixed_durations: dict[str, str]
    not_duration_after: re.Pattern[str] | None
    not_reference_after: re.Pattern[str] | None
    # what after a bare year makes it an amount ("1500 гривень", "1942 рублей", "1997 человек")
    not_year_after: re.Pattern[str] | None
    # words before a capitalised "Today" that make it a masthead ("USA Today", "FLORIDA TODAY"), no day
    deictic_name_before: re.Pattern[str] | None
    # words before a deictic word that make it a noun ("en la mañana de este domingo" is a morning, not tomorrow)
    deictic_noun_before: re.Pattern[str] | None
    ambiguous_months: frozenset[str]
    ambiguous_seasons: frozenset[str]
    plural_units: frozenset[str]
    definite_units: frozenset[str]
    month_context: set[str]
    season_context: set[str]
    clock_named: dict[str, str]
    future: re.Pattern[str] | None
    past: re.Pattern[str] | None
    future_hints: re.Pattern[str] | None
    past_hints: re.Pattern[str] | None
    future_before: re.Pattern[str] | None
    # an expression's own form that makes FUTURE_BEFORE's preposition mean "at" ("na piątkowym szczycie")
    future_before_except: re.Pattern[str] | None
    night_before: re.Pattern[str] | None
    past_before: re.Pattern[str] | None
    past_marked: bool
    clause_opener: re.Pattern[str] | None
    # what right before a clause opener makes its clause look ahead ("wir rechnen damit, dass")
    opener_looks_ahead: re.Pattern[str] | None
    clock_link: re.Pattern[str]
    year_link: re.Pattern[str]
    range_link: re.Pattern[str]
    age_before: re.Pattern[str] | None
    # season names, named clock times ("midi") and set adverbs ("daily") are lower-case in running text
    season_names_lowercase: bool
    # units are lower-case in running text: a capitalised one after a count is a name ("20 Minutes", "20 MINUTOS")
    unit_names_lowercase: bool
    # month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska")
    month_names_lowercase: bool
    ahead_needs_future: bool
    numeric_dm_before: re.Pattern[str] | None
    ahead_event_after: re.Pattern[str] | None
    # what before "in two years" makes it the stretch up to now ("for the first time in more than a year")
    ahead_stretch_before: re.Pattern[str] | None
    # anaphoric words that are also prepositions ("after", "après") and what after them is an event they
    # head ("two years after the war"): then the count is a duration, not a shift from the last time
    anaphoric_prepositions: frozenset[str]
    anaphoric_event_object: re.Pattern[str] | None
    # what after a fixed anaphoric word makes it a preposition heading an event ("накануне выборов", "напередодні
    # Різдва": on the eve of the vote, no day before the time told last)
    anaphoric_fixed_object: re.Pattern[str] | None
    # units that are also an ordinal ("second") and what after them makes them the ordinal ("a second term")
    ordinal_units: frozenset[str]
    # forms of "year" that after a number make it the year's number, never a count ("w 656 roku", "в 656 году")
    year_ordinal_units: frozenset[str]
    # a name's head word right before a day and month ("movimiento 6 de abril", "ul. 3 Maja"): a name, no date
    date_name_before: re.Pattern[str] | None
    # words around a season that make it a historical name ("printemps arabe", "Пражская весна")
    season_name_before: re.Pattern[str] | None
    season_name_after: re.Pattern[str] | None
    ordinal_unit_after: re.Pattern[str] | None
    set_needs_count: frozenset[str]
    set_count_before: re.Pattern[str] | None
    # ordinal words of a calendar week ("zweiten Kalenderwoche", "третьей неделе") and their numbers
    week_ordinals: dict[str, int] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # a day number and the language's link right before a month ("14 de ", "3 ", "6-"): where a name's head is looked for
    day_before: re.Pattern[str] | None = None
    # words between a clock time and the part of a day after it ("alle 5 di stamattina"): one TIME
    clock_part_link: re.Pattern[str] | None = None
    # a plan word that makes the day after it a coming one ("slated for … Thursday", "ma się odbyć w czwartek") and
    # what between them ends its reach (a past verb: "planned it, he said Sunday")
    plan_cues: re.Pattern[str] | None = None
    plan_ends: re.Pattern[str] | None = None
    # a past cue right before a plan word that makes it a plan of the past ("was due", "era previsto"; not "è previsto")
    plan_past_before: re.Pattern[str] | None = None
    # a bare hour ("o 20", "at 11"): the preposition right before it, the words after it that make it a clock (with the
    # part of the day they name, "" for none: "o'clock", "in the morning", "wieczorem"), and a day or a part of a day
    # right before the preposition or right after the hour that does ("wczoraj wieczorem o 20", "at 11 last night")
    bare_hour_before: re.Pattern[str] | None = None
    bare_hour_parts: dict[str, str] = field(default_factory=dict)
    bare_hour_day_before: re.Pattern[str] | None = None
    bare_hour_day_after: re.Pattern[str] | None = None
    # words that may follow such an hour told after a day, as no count's noun does ("w poniedziałek około 18 w
    # Warszawie", "today at 12 to help"): prepositions and conjunctions
    bare_hour_free_after: re.Pattern[str] | None = None
    # words right before a day and month written like a clock ("od 23.06", "w dniach 23.06–25.06"): a date
    dotted_date_before: re.Pattern[str] | None = None
    # a day number and a list or range link right before a day and month ("10 i 17 marca", "am 20. und 21. April"),
    # and after a month and day ("March 10 and 17"): that day of the same month
    day_list_before: re.Pattern[str] = re.compile(NOTHING)
    day_list_after: re.Pattern[str] = re.compile(NOTHING)
    # "of last year" / "of this year" before a month or season ("loňského ledna", "торішнього січня"): that month of
    # that year, where "last January" (a modifier) is the last January before the anchor
    year_modifiers: dict[str, int] = field(default_factory=dict)
    # between a year told and a month right after it ("loni v červnu", "last year in June"): the month of that year;
    # a year in digits alone counts only after such a word or a word for "year" ("in 2016 in March", "v roce 2016 v
    # březnu", not "a peak of 2000 in April")
    year_period_link: re.Pattern[str] = re.compile(NOTHING)
    year_period_before: re.Pattern[str] = re.compile(NOTHING)
    # Which shapes can start at a word (lower-cased first words of their tables and literal text), and
    # which at a number: each shape is tried only at such words, which is what makes the stage fast
    # (scanning every position of the text with 20+ patterns is ~5x slower).
    starts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    digit_shapes: tuple[str, ...] = ()
    # Words that are a whole expression alone ("Monday", "wczoraj"); any other start word ("the",
    # "last", "w") only begins one when the next word is grammar vocabulary or a number.
    standalone: frozenset[str] = frozenset()
    vocabulary: frozenset[str] = frozenset()

    def candidates(self, text: str) -> list[tuple[str, int]]:
        """(shape, offset) pairs worth trying: the shapes that may start at each word of the text."""
        starts, digit_shapes, standalone, vocabulary = self.starts, self.digit_shapes, self.standalone, self.vocabulary
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
        found: list[tuple[str, int]] = []
        for i, (pos, word) in enumerate(words):
            if word[0].isdigit():
                found.extend((shape, pos) for shape in digit_shapes)
                continue
            lower = word.lower()
            shapes = starts.get(lower)
            if not shapes:
                continue
            if lower not in standalone:
                following = words[i + 1][1] if i + 1 < len(words) else ""
                if not following or not (following[0].isdigit() or following.lower() in vocabulary):
                    continue  # "the president", "w Warszawie": no time expression starts here
            found.extend((shape, pos) for shape in shapes)
        return found

    def number(self, words: str) -> int | None:
        """Value of a number written in digits or words ("two", "twenty-five", "kilka" → None = vague)."""
        w = " ".join(words.lower().split()).replace("’", "'")
        if w in self.vague or w in self.fractions:
            return None
        if re.fullmatch(r"\d+", w):
            return int(w)
        if w in self.numbers:
            return self.numbers[w]
        total = 0
        for part in re.split(r"[\s-]+", w):
            if part not in self.numbers:
                return None
            total += self.numbers[part]
        return total or None

    def fraction(self, words: str) -> float | None:
        """Value of a fractional count ("pół" 0.5, "полтора" 1.5), None for any other word."""
        return self.fractions.get(" ".join(words.lower().split()))

    def lookup(self, table: dict[str, Any], words: str) -> Any:
        """Look a matched phrase up in a table, normalising case, inner whitespace and typographic apostrophes."""
        key = " ".join(words.lower().split())
        return table[key] if key in table else table.get(key.replace("’", "'"))


def _first_words(*tables: Any) -> set[str]:
    """The lower-cased first word of every phrase in the tables."""
    found: set[str] = set()
    for table in tables:
        for phrase in table:
            words = _WORD.findall(str(phrase).lower())
            if words:
                found.add(words[0])
    return found


def _literal_words(pattern: str) -> set[str]:
    """Every run of letters in a regex (over-inclusive on purpose: it only decides where to try it)."""
    return {w.lower() for w in re.findall(r"[^\W\d_]+", pattern)}


def _calendar_week_pattern(pattern: str | None, month: str, ordinal: str) -> str | None:
    """A language's `CALENDAR_WEEK_PATTERN` with its placeholders filled: {month}, {month2} a month name (groups mon,
    mon2), {year}, {year2}, {year3} a year (y, y2, y3), {ordinal} a word of `WEEK_ORDINALS` (group word)."""
    if not pattern:
        return None
    names = {"month": "mon", "year": "y"}
    shapes = {"month": month, "year": r"1[5-9]\d\d|20\d\d"}

    def fill(m: re.Match[str]) -> str:
        kind, n = m[1], m[2]
        if kind == "ordinal":
            return f"(?P<word>{ordinal})"
        return f"(?P<{names[kind]}{n}>{shapes[kind]})" + (r"(?!\d)" if kind == "year" else "")

    return re.sub(r"\{(month|year|ordinal)(\d?)\}", fill, pattern)


def _get(data: ModuleType | None, name: str, default: Any) -> Any:
    return getattr(data, name, default) if data is not None else default


def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@cache
def grammar_for(lang: str | None) -> Grammar:
    """The compiled grammar of a language (cached); languages without data get script-neutral rules."""
    data = language_data(lang, "timex") if lang else None
    months = {k.lower(): v for k, v in _get(data, "MONTHS", {}).items()}
    # a full name with a dot ("mai.", "juin.") is no abbreviation: the dot ends the sentence ("fin mai.")
    abbreviations = {
        k.lower(): v
        for k, v in _get(data, "MONTH_ABBREVIATIONS", {}).items()
        if not (k.endswith(".") and k[:-1].lower() in months)
    }
    weekdays = {k.lower(): v for k, v in _get(data, "WEEKDAYS", {}).items()}
    seasons = {k.lower(): v for k, v in _get(data, "SEASONS", {}).items()}
    units = {k.lower(): v for k, v in _get(data, "UNITS", {}).items()}
    numbers = {k.lower(): v for k, v in _get(data, "NUMBERS", {}).items()}
    vague = {k.lower() for k in _get(data, "VAGUE_NUMBERS", [])}
    ordinals = {k.lower(): v for k, v in _get(data, "ORDINALS", {}).items()}
    year_modifiers = {k.lower(): v for k, v in _get(data, "YEAR_MODIFIERS", {}).items()}
    modifiers = {**{k.lower(): v for k, v in _get(data, "MODIFIERS_BEFORE", {}).items()}, **year_modifiers}
    modifiers_after = {k.lower(): v for k, v in _get(data, "MODIFIERS_AFTER", {}).items()}
    span_mods = {k.lower(): v for k, v in _get(data, "SPAN_MODIFIERS", {}).items()}
    future = _get(data, "FUTURE_CUES", None)
    past = _get(data, "PAST_CUES", None)
    g = Grammar(
        lang=lang or "",
        date_order=_get(data, "DATE_ORDER", "DMY"),
        months={**abbreviations, **months},
        weekdays=weekdays,
        seasons=seasons,
        units=units,
        numbers=numbers,
        vague=vague,
        fractions={k.lower(): float(v) for k, v in _get(data, "FRACTIONS", {}).items()},
        ordinals=ordinals,
        deictic_days={k.lower(): v for k, v in _get(data, "DEICTIC_DAYS", {}).items()},
        deictic_periods={k.lower(): v for k, v in _get(data, "DEICTIC_PERIODS", {}).items()},
        references={k.lower(): v for k, v in _get(data, "REFERENCES", {}).items()},
        parts_of_day={k.lower(): v for k, v in _get(data, "PARTS_OF_DAY", {}).items()},
        deictic_parts={k.lower(): v for k, v in _get(data, "DEICTIC_PARTS", {}).items()},
        modifiers={**modifiers, **modifiers_after},
        span_modifiers=span_mods,
        anaphoric_after={k.lower(): v for k, v in _get(data, "ANAPHORIC_AFTER", {}).items()},
        anaphoric_fixed={k.lower(): v for k, v in _get(data, "ANAPHORIC_FIXED", {}).items()},
        set_adverbs={k.lower(): v for k, v in _get(data, "SET_ADVERBS", {}).items()},
        holidays={k.lower(): v for k, v in _get(data, "HOLIDAYS", {}).items()},
        period_words=frozenset(w.lower() for w in _get(data, "PERIOD_WORDS", [])),
        period_back_refs=frozenset(w.lower() for w in _get(data, "PERIOD_BACK_REFS", [])),
        half_words=frozenset(w.lower() for w in _get(data, "HALF_WORDS", [])),
        fixed_durations={k.lower(): v for k, v in _get(data, "FIXED_DURATIONS", {}).items()},
        not_duration_after=_compiled(_get(data, "NOT_DURATION_AFTER", None)),
        not_reference_after=_compiled(_get(data, "NOT_REFERENCE_AFTER", None)),
        not_year_after=_compiled(_get(data, "NOT_YEAR_AFTER", None)),
        deictic_name_before=_compiled(_get(data, "DEICTIC_NAME_BEFORE", None)),
        deictic_noun_before=_compiled(_get(data, "DEICTIC_NOUN_BEFORE", None)),
        ambiguous_months=frozenset(m.lower() for m in _get(data, "AMBIGUOUS_MONTHS", frozenset())),
        ambiguous_seasons=frozenset(m.lower() for m in _get(data, "AMBIGUOUS_SEASONS", frozenset())),
        plural_units=frozenset(m.lower() for m in _get(data, "PLURAL_UNITS", frozenset())),
        definite_units=frozenset(m.lower() for m in _get(data, "DEFINITE_UNITS", frozenset())),
        month_context={w.lower() for w in _get(data, "MONTH_CONTEXT", [])},
        season_context={w.lower() for w in _get(data, "SEASON_CONTEXT", _get(data, "MONTH_CONTEXT", []))},
        clock_named={k.lower(): v for k, v in _get(data, "CLOCK_NAMED", {}).items()},
        future=re.compile(future, re.IGNORECASE) if future else None,
        past=re.compile(past, re.IGNORECASE) if past else None,
        future_hints=_compiled(_get(data, "FUTURE_HINTS", None)),
        past_hints=_compiled(_get(data, "PAST_HINTS", None)),
        future_before=_compiled(_get(data, "FUTURE_BEFORE", None)),
        future_before_except=_compiled(_get(data, "FUTURE_BEFORE_EXCEPT", None)),
        night_before=_compiled(_get(data, "NIGHT_BEFORE", None)),
        past_before=_compiled(_get(data, "PAST_BEFORE", None)),
        past_marked=bool(_get(data, "PAST_MARKED", False)),
        clause_opener=_compiled(_get(data, "CLAUSE_OPENER", None)),
        opener_looks_ahead=_compiled(_get(data, "OPENER_LOOKS_AHEAD", None)),
        age_before=_compiled(_get(data, "AGE_BEFORE", None)),
        season_names_lowercase=bool(_get(data, "SEASON_NAMES_LOWERCASE", False)),
        unit_names_lowercase=bool(_get(data, "UNIT_NAMES_LOWERCASE", False)),
        month_names_lowercase=bool(_get(data, "MONTH_NAMES_LOWERCASE", False)),
        ahead_needs_future=bool(_get(data, "AHEAD_NEEDS_FUTURE", False)),
        numeric_dm_before=_compiled(_get(data, "NUMERIC_DAY_MONTH_BEFORE", None)),
        ahead_event_after=_compiled(_get(data, "AHEAD_EVENT_AFTER", None)),
        ahead_stretch_before=_compiled(_get(data, "AHEAD_STRETCH_BEFORE", None)),
        anaphoric_prepositions=frozenset(w.lower() for w in _get(data, "ANAPHORIC_PREPOSITIONS", [])),
        anaphoric_event_object=_compiled(_get(data, "ANAPHORIC_EVENT_OBJECT", None)),
        anaphoric_fixed_object=_compiled(_get(data, "ANAPHORIC_FIXED_OBJECT", None)),
        ordinal_units=frozenset(w.lower() for w in _get(data, "ORDINAL_UNITS", [])),
        year_ordinal_units=frozenset(w.lower() for w in _get(data, "YEAR_ORDINAL_UNITS", [])),
        date_name_before=_compiled(_get(data, "DATE_NAME_BEFORE", None)),
        season_name_before=_compiled(_get(data, "SEASON_NAME_BEFORE", None)),
        season_name_after=_compiled(_get(data, "SEASON_NAME_AFTER", None)),
        ordinal_unit_after=_compiled(_get(data, "ORDINAL_UNIT_AFTER", None)),
        set_needs_count=frozenset(w.lower() for w in _get(data, "SET_NEEDS_COUNT", [])),
        set_count_before=_compiled(_get(data, "SET_COUNT_BEFORE", None)),
        week_ordinals={k.lower(): v for k, v in _get(data, "WEEK_ORDINALS", {}).items()},
        clock_link=re.compile(rf"[\s,]*(?:{alternation(_get(data, 'CLOCK_LINK', []))}\s*)?", re.IGNORECASE),
        # words between a month and the relative year after it ("marzo del año pasado"); whitespace alone elsewhere
        year_link=re.compile(rf"\s+(?:{alternation(_get(data, 'PERIOD_YEAR_LINK', []))}\s*)?", re.IGNORECASE),
        # between the months of a range that names its year once ("janvier/février 2011", "May and June 2024")
        range_link=re.compile(rf"\s*[/–—-]\s*|\s+(?:{alternation(_get(data, 'RANGE_LINKS', []))})\s+", re.IGNORECASE),
    )

    month_full = alternation(list(months) + [a for a in abbreviations if a.endswith(".") and len(a) > 3])
    month_any = alternation(list(months) + list(abbreviations))
    wd = alternation(weekdays)
    season = alternation(seasons)
    unit = alternation(units)
    num_words = alternation(list(numbers) + list(vague) + list(_get(data, "FRACTIONS", {})))
    tens = alternation([w for w, v in numbers.items() if v and v >= 20 and v % 10 == 0 and v < 100])
    ones = alternation([w for w, v in numbers.items() if v and v < 10 and " " not in w and len(w) > 2])
    num = rf"(?:\d+(?:[.,]\d+)?|{tens}[\s-]+{ones}|{num_words})"
    # a count joins its unit by a space or hyphen, or by nothing after an elided one ("trent'anni", "vent'anni")
    num_join = r"(?:(?<=['’])|[\s-]+)"
    mod_b = alternation(modifiers)
    # modifiers a day and month may take ("el próximo 15 de junio"); Russian has none ("Об этом 31 октября сообщает")
    day_month_modifiers = {k.lower() for k in _get(data, "DAY_MONTH_MODIFIERS", modifiers)}
    mod_dm = alternation(day_month_modifiers)
    mod_a = alternation(modifiers_after)
    span_mod = alternation(span_mods)
    pod = alternation(g.parts_of_day)
    ordinal = alternation(ordinals)
    day_suffix = _get(data, "DAY_SUFFIX", "")
    dm_link = _get(data, "DAY_MONTH_LINK", r"\.?\s*")
    my_link = _get(data, "MONTH_YEAR_LINK", r",?\s+")
    year_suffix = _get(data, "YEAR_SUFFIX", "")
    year_prefix = _get(data, "YEAR_PREFIX", "")
    year = r"(?P<y>1[5-9]\d\d|20\d\d)(?!\d)"
    day = r"(?P<d>[0-3]?\d)(?!\d)"
    # a weekday may lead a date after a comma or a page header's bullet ("Giovedì • 10 Settembre 2015")
    weekday_lead = rf"(?:(?P<wd>{wd})\s*[,•·|]?\s+)?"
    approx = alternation(_get(data, "APPROXIMATORS", []))
    dur_lead = alternation(_get(data, "DURATION_LEAD", []))
    ago_b = alternation(_get(data, "AGO_BEFORE", []))
    ago_a = alternation(_get(data, "AGO_AFTER", []))
    ahead_b = alternation(_get(data, "AHEAD_BEFORE", []))
    numeric_dm = _get(data, "NUMERIC_DAY_MONTH_BEFORE", None)
    ana_a = alternation(g.anaphoric_after)
    every = alternation(_get(data, "EVERY", []))
    quarter = alternation(_get(data, "QUARTER_WORDS", []) + _get(data, "PERIOD_WORDS", []))
    half = alternation(_get(data, "HALF_WORDS", []))
    quarter_prefix = _get(data, "QUARTER_PREFIX", "")
    quarter_this_year = _get(data, "QUARTER_THIS_YEAR", NOTHING)
    dur_suffix = _get(data, "DURATION_SUFFIX", "")
    dur_infix = alternation(_get(data, "DURATION_INFIX", []))
    left, right = r"(?<![\w])", r"(?![\w])"
    clock = _get(data, "CLOCK_PATTERN", CLOCK_24H)
    decade = _get(data, "DECADE_PATTERN", NOTHING)
    century = _get(data, "CENTURY_PATTERN", None)
    year_ago = _get(data, "YEAR_AGO_PATTERN", NOTHING)
    day_of_month = _get(data, "DAY_OF_MONTH_PATTERN", NOTHING)
    spelled_year = _get(data, "SPELLED_YEAR_PATTERN", NOTHING)
    week_words = _get(data, "CALENDAR_WEEK_PATTERN", "")
    calendar_week = _calendar_week_pattern(week_words, month_any, alternation(g.week_ordinals))

    shapes: dict[str, str] = {
        "iso": r"(?<![\d.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2}))?(?![\d-])",
        # a weekday may lead it, as in a dateline ("Viernes 07/10/2011")
        "numeric": rf"{weekday_lead}(?<![\d.,/])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<sp>(?:(?<=\.)[ \u00a0])?)(?P<b>\d{{1,2}})(?P=sep)(?P=sp)(?P<y>\d{{4}}|\d{{2}})(?![\d/]|[.,]\d){year_suffix}",
        "day_month": rf"{left}{weekday_lead}(?:(?P<mod>{mod_dm})\s+)?{day}{day_suffix}{dm_link}(?P<mon>{month_any}){right}(?:{my_link}{year}{year_suffix}|\s+(?P<moda>{mod_a}){right})?",
        "month_day": rf"{left}{weekday_lead}(?:(?P<mod>{mod_dm})\s+)?(?P<mon>{month_any})\s+{day}{day_suffix}{right}(?:\s*,?\s+{year})?",
        # "am 5.1.", "5. 1.": day and month with closing dots and no year; the handler wants a spaced one
        # or one after a word of NUMERIC_DAY_MONTH_BEFORE ("3.2." alone is as often a section number)
        "numeric_dm": (
            r"(?<![\d.,/])(?P<a>\d{1,2})\.(?P<sp>[ \u00a0]?)(?P<b>\d{1,2})\.(?![ \u00a0]?\d)" if numeric_dm else NOTHING
        ),
        # a year may be cut to two digits after an apostrophe: "gennaio '92", "March '92"
        "month_year": (
            rf"{left}(?:(?P<smod>{span_mod})\s+)?(?P<mon>{month_full})"
            rf"(?:{my_link}{year}{year_suffix}|\s+['’](?P<y2>\d\d)(?![\w'’]))"
        ),
        "month": rf"{left}(?:(?P<smod>{span_mod})[\s-]*)?(?:(?P<mod>{mod_b})\s+)?(?P<mon>{month_full})(?:\s+(?P<moda>{mod_a}))?{right}",
        "weekday": rf"{left}(?:(?P<mod>{mod_b})\s+)?(?P<wd>{wd})(?:\s+(?P<moda>{mod_a}))?(?:\s+(?P<pod>{pod}))?{right}",
        "deictic": rf"{left}(?:(?P<smod>{span_mod})\s+)?(?P<deictic>{alternation(g.deictic_days)})(?:\s+(?P<pod>{pod}))?{right}",
        "deictic_period": rf"{left}(?P<period>{alternation(g.deictic_periods)}){right}",
        "deictic_part": rf"{left}(?P<part>{alternation(g.deictic_parts)}){right}",
        "reference": rf"{left}(?P<ref>{alternation(g.references)}){right}",
        "relative": rf"{left}(?:(?P<smod>{span_mod})\s+)?(?:(?P<mod>{mod_b})\s+(?P<unit>{unit})(?:\s+(?P<moda>{mod_a}))?|(?P<unit2>{unit})\s+(?P<moda2>{mod_a})){right}",
        # the count may be left out: "rok temu", "неделю назад", "преди седмица" are one unit back
        "ago": rf"{left}(?:(?:{approx})\s+)?(?:(?:(?P<num>{num}){num_join})?(?P<unit>{unit})\s+(?P<ago>{ago_a})|(?P<agob>{ago_b})\s+(?:(?:{approx})\s+)?(?:(?P<num2>{num})\s+)?(?P<unit2>{unit})){right}",
        "ahead": rf"{left}(?P<ahead>{ahead_b})\s+(?:(?:{approx})\s+)?(?:(?P<num>{num}){num_join})?(?P<unit>{unit}){right}",
        "anaphoric": rf"{left}(?:(?:{approx})\s+)?(?P<num>{num}){num_join}(?P<unit>{unit})\s+(?P<ana>{ana_a}){right}",
        "anaphoric_fixed": rf"{left}(?P<fixed>{alternation(g.anaphoric_fixed)}){right}",
        "quarter": rf"{left}{quarter_prefix}(?:(?P<y0>1[5-9]\d\d|20\d\d)\s+)?(?:(?P<ord>{ordinal})[\s-]+)?(?:fiscal\s+)?(?P<qword>{quarter}|{half}){right}(?:\s+(?:of\s+)?(?:fiscal\s+)?{year}{year_suffix}|{quarter_this_year})?",
        # a hyphen next to a year only where it joins two years ("w latach 2008-2010"): "2008-10" is a code or a month
        "year": (
            rf"(?:(?<![\w$€£.,/-])|(?<=\d{{4}}[-–]))(?:(?P<smod>{span_mod})[\s-]*)?{year_prefix}{year}{year_suffix}"
            rf"(?![\w%]|-(?!(?:1[5-9]\d\d|20\d\d)(?![\w-]))|[.,]\d)"
        ),
        "year_ago": rf"{left}{year_ago}{right}",
        # a day of the month without its month ("el pasado día 7"): groups mod and d
        "day_of_month": rf"{left}{day_of_month}",
        "spelled_year": rf"{left}{spelled_year}{right}(?![\s-]+{unit})",
        "fixed_duration": rf"{left}(?P<fixed_duration>{alternation(g.fixed_durations)})(?![\w-])",
        # with its year: "las Navidades de 2009"
        "holiday": rf"{left}(?:(?P<mod>{mod_b})\s+)?(?P<holiday>{alternation(g.holidays)}){right}(?:{my_link}{year}{year_suffix})?",
        "decade": rf"{left}{decade}{right}",
        # "XIX wieku", "19. Jahrhundert", "the 19th century": groups cent (digits) or roman
        # "второй половины XX века", "с середины XX века": a span modifier before it is the century's part
        "century": rf"{left}(?:(?P<smod>{span_mod})\s+)?{century}{right}" if century else NOTHING,
        # "KW 4", "in der 4. Kalenderwoche", "w 3. tygodniu roku", "the third week of March": an ISO week
        "calendar_week": rf"{left}{calendar_week}{right}" if calendar_week else NOTHING,
        "season": rf"{left}(?:(?P<smod>{span_mod})\s+)?(?:(?P<mod>{mod_b})\s+)?(?P<season>{season})(?:\s+(?P<moda>{mod_a}))?(?:\s+(?:of\s+)?{year}{year_suffix})?{right}",
        # not the minutes of a clock time ("21:30 hora española" is no 30 hours)
        "duration": rf"{left}(?<!\d[:.])(?:(?:{dur_lead})\s+)?(?P<num>{num}){num_join}(?:(?:{dur_infix})\s+)?(?P<unit>{unit}){dur_suffix}{right}",
        "set": rf"{left}(?:(?P<every>{every})\s+(?:(?P<num>{num})\s+)?(?:(?P<unit>{unit})|(?P<wd>{wd}))|(?P<adverb>{alternation(g.set_adverbs)})){right}",
        # Not inside a number on either side: "6.000 personas" and "20.000 manifestantes" (thousands
        # dots in de/es/it/pl...) are counts, not 06:00 and 20:00.
        # "18:00 UTC" / "0800 GMT": universal time, TIMEX3 writes it with a trailing Z ("GMT +8" is not).
        "clock": rf"(?<![\w.:,])(?:{clock})(?![.,]?\d)(?:\s*(?P<utc>UTC|GMT)(?!\s*[+\-−]\s*\d)\b)?",
        "clock_named": rf"{left}(?P<named>{alternation(g.clock_named)}){right}",
        # an hour without minutes or an hour word ("o 20", "at 11 last night", "at 4 in the morning"); the handler
        # wants the preposition before it and a day, a part of a day or "o'clock" around it
        "bare_hour": (
            rf"(?<![\w.:,/-])(?P<bh>[01]?\d|2[0-4])(?![\w%/-]|[.,:]\d)"
            rf"(?:\s+(?P<bpart>{alternation(_get(data, 'BARE_HOUR_PARTS', {}))}){right})?"
            if _get(data, "BARE_HOUR_BEFORE", None)
            else NOTHING
        ),
        # a day and month written like a clock ("od 23.06", "23.06–25.06", "(15.03.)"): the handler wants a date's context
        "dotted_dm": (
            r"(?<![\w.:,/])(?P<a>[0-3]?\d)\.(?P<b>[01]\d)(?!\d|[.,:]\d)"
            if _get(data, "DOTTED_DATE_BEFORE", None)
            else NOTHING
        ),
    }
    g.patterns = {name: re.compile(p, re.IGNORECASE) for name, p in shapes.items()}
    list_link = rf"(?:\s*[–—-]\s*|\s+{alternation(_get(data, 'RANGE_LINKS', []))}\s+)"
    g.day_list_before = re.compile(rf"(?<![\w.,:/])(?P<d>[0-3]?\d){day_suffix}{list_link}$", re.IGNORECASE)
    # a word after the day makes it a count ("March 5 and 12 people"), no day
    g.day_list_after = re.compile(
        rf"{list_link}(?P<d>[0-3]?\d){day_suffix}(?![\w.,:/]\w|\w|\s+[^\W\d_])", re.IGNORECASE
    )
    g.day_before = re.compile(rf"(?<!\d)\d{{1,2}}{day_suffix}(?:{dm_link}|-)$", re.IGNORECASE)
    g.year_modifiers = year_modifiers
    year_links = alternation(_get(data, "YEAR_PERIOD_LINK", []))
    g.year_period_link = re.compile(rf"\s+(?:{year_links}\s+)?", re.IGNORECASE)
    year_words = alternation([w for w, unit in units.items() if unit == "year"])  # "v roce 2016 v březnu"
    g.year_period_before = re.compile(rf"(?<!\w)(?:{year_links}|{year_words})\s+$", re.IGNORECASE)
    g.clock_part_link = _compiled(_get(data, "CLOCK_PART_LINK", None))
    g.plan_cues = _compiled(_get(data, "PLAN_CUES", None))
    g.plan_ends = _compiled(_get(data, "PLAN_ENDS", past))
    g.plan_past_before = _compiled(_get(data, "PLAN_PAST_BEFORE", past))
    g.bare_hour_before = _compiled(_get(data, "BARE_HOUR_BEFORE", None))
    g.bare_hour_parts = {k.lower(): v for k, v in _get(data, "BARE_HOUR_PARTS", {}).items()}
    g.dotted_date_before = _compiled(_get(data, "DOTTED_DATE_BEFORE", None))
    free_after = _get(data, "BARE_HOUR_WORDS_AFTER", [])
    g.bare_hour_free_after = re.compile(rf"\s+{alternation(free_after)}(?!\w)", re.IGNORECASE) if free_after else None
    # a day or a part of a day that tells a bare hour after it is a clock ("last night at 11", "w piątek o 20")
    days_and_parts = alternation([*g.parts_of_day, *g.deictic_parts, *g.deictic_days, *weekdays])
    g.bare_hour_day_before = re.compile(rf"(?<!\w)(?P<day>{days_and_parts})[\s,]*$", re.IGNORECASE)
    # after it only a part of a day: "up from 10 yesterday" counts
    g.bare_hour_day_after = re.compile(
        rf"\s*(?P<day>{alternation([*g.parts_of_day, *g.deictic_parts])})(?!\w)", re.IGNORECASE
    )
    firsts = _first_words
    literal = _literal_words
    shape_starts: dict[str, set[str]] = {
        "day_month": firsts(weekdays, day_month_modifiers),
        "month_day": firsts(weekdays, day_month_modifiers, months, abbreviations),
        "numeric": firsts(weekdays),
        "month_year": firsts(span_mods, months, abbreviations),
        "month": firsts(span_mods, modifiers, months, abbreviations),
        "weekday": firsts(modifiers, weekdays),
        "deictic": firsts(span_mods, g.deictic_days),
        "deictic_part": firsts(g.deictic_parts),
        "deictic_period": firsts(g.deictic_periods),
        "ahead": firsts(_get(data, "AHEAD_BEFORE", [])),
        "reference": firsts(g.references),
        "relative": firsts(span_mods, modifiers, units),
        "ago": firsts(_get(data, "APPROXIMATORS", []), numbers, vague, g.fractions, _get(data, "AGO_BEFORE", []))
        | (firsts(units) if _get(data, "AGO_AFTER", []) else set()),
        "anaphoric": firsts(_get(data, "APPROXIMATORS", []), numbers, vague, g.fractions),
        "anaphoric_fixed": firsts(g.anaphoric_fixed),
        "quarter": firsts(
            ordinals, _get(data, "QUARTER_WORDS", []), _get(data, "HALF_WORDS", []), _get(data, "PERIOD_WORDS", [])
        )
        | literal(quarter_prefix)
        | {"fiscal"},
        "year": firsts(span_mods) | literal(year_prefix),
        "year_ago": literal(year_ago),
        "day_of_month": literal(day_of_month),
        "spelled_year": literal(spelled_year),
        "fixed_duration": firsts(g.fixed_durations),
        "holiday": firsts(modifiers, g.holidays),
        "decade": literal(decade),
        "century": (literal(century) | ROMAN_STARTS | firsts(span_mods)) if century else set(),
        "calendar_week": (literal(week_words) | firsts(g.week_ordinals)) if calendar_week else set(),
        "season": firsts(span_mods, modifiers, seasons),
        "duration": firsts(_get(data, "DURATION_LEAD", []), numbers, vague, g.fractions),
        "set": firsts(_get(data, "EVERY", []), g.set_adverbs),
        "clock": literal(clock),
        "clock_named": firsts(g.clock_named),
        "bare_hour": set(),
        "dotted_dm": set(),
    }
    by_word: dict[str, list[str]] = {}
    for shape, words in shape_starts.items():
        for word in words:
            by_word.setdefault(word, []).append(shape)
    g.starts = {word: tuple(shapes) for word, shapes in by_word.items()}
    single_word_tables = (
        months,
        abbreviations,
        weekdays,
        seasons,
        g.deictic_days,
        g.deictic_periods,
        g.references,
        g.set_adverbs,
        g.deictic_parts,
        g.clock_named,
        g.holidays,
        g.fixed_durations,
        g.anaphoric_fixed,
    )
    standalone: set[str] = set()
    for table in single_word_tables:
        for phrase in table:
            tokens = _WORD.findall(str(phrase).lower())
            if len(tokens) == 1:  # "jan." counts as "jan"
                standalone.add(tokens[0])
    g.standalone = frozenset(standalone)
    vocabulary: set[str] = set()
    for shape_words in shape_starts.values():
        vocabulary |= shape_words
    more_tables: tuple[Any, ...] = (
        *single_word_tables,
        units,
        numbers,
        vague,
        g.fractions,
        ordinals,
        modifiers,
        span_mods,
        g.parts_of_day,
        g.anaphoric_after,
        _get(data, "AGO_AFTER", []),
        _get(data, "AGO_BEFORE", []),
        _get(data, "AHEAD_BEFORE", []),
        _get(data, "QUARTER_WORDS", []),
        _get(data, "HALF_WORDS", []),
        _get(data, "PERIOD_WORDS", []),
        _get(data, "APPROXIMATORS", []),
        _get(data, "DURATION_LEAD", []),
        _get(data, "DURATION_INFIX", []),
        _get(data, "EVERY", []),
        g.week_ordinals,
    )
    for table in more_tables:
        for phrase in table:
            vocabulary.update(_WORD.findall(str(phrase).lower()))
    for pattern in (
        quarter_prefix,
        year_prefix,
        year_ago,
        day_of_month,
        spelled_year,
        decade,
        clock,
        century or "",
        week_words,
    ):
        vocabulary |= literal(pattern)
    g.vocabulary = frozenset(vocabulary)
    g.digit_shapes = (
        "iso",
        "numeric",
        *(("numeric_dm",) if numeric_dm else ()),
        *(("century",) if century else ()),
        *(("calendar_week",) if calendar_week else ()),
        "day_month",
        "ago",
        "anaphoric",
        "quarter",
        "year",
        "decade",
        "duration",
        "clock",
        *(("bare_hour",) if g.bare_hour_before is not None else ()),
        *(("dotted_dm",) if g.dotted_date_before is not None else ()),
    )
    return g
