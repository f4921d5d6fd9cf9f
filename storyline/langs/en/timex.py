"""English time-expression grammar data: names, relative words, tense cues (see storyline/timex)."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
# US-style news writes 3/4/2026 for March 4; a first number above 12 flips it (see timex.resolve).
DATE_ORDER = "MDY"

MONTHS = month_names("en")
MONTH_ABBREVIATIONS = {**month_abbreviations("en"), "sept.": 9, "sept": 9}
# Month names that are also common words: accepted alone only after one of MONTH_CONTEXT words.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
MONTH_CONTEXT = ["in", "since", "until", "till", "by", "from", "to", "of", "through", "last", "this", "next",
                 "early", "late", "mid", "mid-", "during", "before", "after", "for", "end", "the"]
WEEKDAYS = weekday_names("en")
# Words after which an ambiguous season name is the season: MONTH_CONTEXT without "to", which before
# "fall" / "spring" is mostly the infinitive ("continue to fall", "began to fall apart").
SEASON_CONTEXT = [w for w in MONTH_CONTEXT if w != "to"]
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Season names that are also common words: accepted alone only with a modifier or after MONTH_CONTEXT.
AMBIGUOUS_SEASONS = frozenset({"fall", "spring"})

UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "weekend": "weekend", "weekends": "weekend", "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year", "fiscal year": "year",
    "fiscal years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
PLURAL_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "weekends", "months", "quarters", "years", "fiscal years",
                "decades", "centuries"}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2, "a dozen": 12,
}
VAGUE_NUMBERS = ["several", "a few", "few", "many", "some", "a number of"]
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
DAY_SUFFIX = r"(?:st|nd|rd|th)?"
DAY_MONTH_LINK = r"(?:\s+of)?\s+"
MONTH_YEAR_LINK = r"\s*,?\s+(?:of\s+)?"
YEAR_SUFFIX = ""
YEAR_PREFIX = r"(?:(?:fiscal|the\s+year)\s+)?"

DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                "the day after tomorrow": 2}
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "formerly": "PAST_REF", "the future": "FUTURE_REF",
    "current": "PRESENT_REF", "recent years": "PAST_REF", "recent weeks": "PAST_REF", "recent months": "PAST_REF", "recent days": "PAST_REF",
}
# A hyphen right after a present/past word makes it part of an adjective ("a now-deleted post", "the now-defunct
# firm"), no time (semeval8 en audit).
NOT_REFERENCE_AFTER = r"-\w"
# Phrases TimeBank marks as a one-period duration ("for the year", "during the fiscal year").
FIXED_DURATIONS = {"the year": "P1Y", "the fiscal year": "P1Y",
                   # halves said in words
                   "half a year": "P6M", "a year and a half": "P18M", "half an hour": "PT30M", "half a day": "PT12H"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
DEICTIC_PARTS = {"tonight": (0, "NI"), "last night": (-1, "NI"), "this morning": (0, "MO"),
                 "this afternoon": (0, "AF"), "this evening": (0, "EV")}

# Relative modifiers before / after a unit, weekday, month or season: -1 last, 0 this, +1 next.
MODIFIERS_BEFORE = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
                    "current": 0, "this past": -1, "this coming": 1, "the coming": 1, "the past": -1,
                    "the next": 1, "the current": 0}
MODIFIERS_AFTER: dict[str, int] = {}
# Words that set a part of a period (kept inside the expression; TIMEX3 `mod`).
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("last year in June").
YEAR_PERIOD_LINK = ["in"]
SPAN_MODIFIERS = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID", "earlier": "START",
                  "later": "END", "the end of": "END", "the beginning of": "START", "the start of": "START",
                  "the middle of": "MID", "end of": "END", "the rest of": "END"}
AGO_BEFORE: list[str] = []
AGO_AFTER = ["ago"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# in English mostly a stretch up to now ("the first rise in two years"), so only with a future cue.
AHEAD_BEFORE = ["in"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:after|since|of|from)(?!\w)"
AHEAD_NEEDS_FUTURE = True
# A superlative or "first" a few words before "in two years" makes it the stretch up to now, even in a sentence
# that looks ahead ("met for the first time in more than a year, opening talks that would …").
AHEAD_STRETCH_BEFORE = (r"(?<!\w)(?:first|only|highest|lowest|biggest|largest|smallest|worst|best|longest|shortest|"
                        r"strongest|weakest|deadliest|fastest|slowest|sharpest|steepest|most|least|fewest|record)"
                        r"(?:[\s-]+[\w'’-]+){0,4}\s+$")
# "two days later", "a year earlier": counted from the previously mentioned time.
ANAPHORIC_AFTER = {"earlier": -1, "before": -1, "later": 1, "after": 1, "afterwards": 1}
# Anaphoric words that are also prepositions: with an event after them ("two years after the war", "three days before he left", "a week after Obama") the count
# is a duration, not a shift from the time mentioned last.
ANAPHORIC_PREPOSITIONS = ["after", "before"]
ANAPHORIC_EVENT_OBJECT = r"\s+(?:the|a|an|his|her|its|their|our|my|your|he|she|they|we|it|I|\w+ing|(?-i:[A-Z]))(?!\w)"
ANAPHORIC_FIXED = {
    "the day before": ("day", -1), "the previous day": ("day", -1), "the day earlier": ("day", -1),
    "the next day": ("day", 1), "the following day": ("day", 1), "the day after": ("day", 1),
    "that day": ("day", 0), "the same day": ("day", 0), "that same day": ("day", 0),
    "the following week": ("week", 1), "the previous week": ("week", -1), "that week": ("week", 0),
    "the following month": ("month", 1), "the previous month": ("month", -1), "that month": ("month", 0),
    "the following year": ("year", 1), "the previous year": ("year", -1), "that year": ("year", 0),
    "later that year": ("year", 0), "earlier that year": ("year", 0), "earlier that day": ("day", 0),
    "later that day": ("day", 0), "earlier in the week": ("week", 0), "later in the week": ("week", 0),
    "earlier in the day": ("day", 0), "later in the day": ("day", 0), "earlier in the month": ("month", 0),
    "later in the month": ("month", 0), "earlier in the year": ("year", 0), "later in the year": ("year", 0),
    "the weekend": ("weekend", 0), "this weekend": ("weekend", 0), "the next morning": ("day", 1),
    "the end of the week": ("week", 0), "the end of the month": ("month", 0), "the end of the year": ("year", 0),
}
# Words kept inside an "ago" expression ("almost four years ago"), as TimeML annotators do.
APPROXIMATORS = ["about", "almost", "nearly", "some", "roughly", "around", "more than", "less than", "at least",
                 "just", "only", "barely"]
# Words kept inside a duration ("the past two months"); "about", "only" stay outside, as in TimeBank.
DURATION_LEAD = ["the last", "the past", "the next", "the first", "the coming", "the previous", "the",
                 "another", "an additional", "the remaining", "a full", "less than", "more than", "at least"]
# A "quarter" followed by "of" is a fraction ("a quarter of the vote").
NOT_DURATION_AFTER = r"\s+of\b"
DURATION_SUFFIX = r"(?:-long)?(?![\s-]+old\b)"
EVERY = ["every", "each", "per", "a"]
# Words of EVERY that make a set only after a count ("twice a week"; "a week" alone is a duration).
SET_NEEDS_COUNT = ["a", "an", "per"]
SET_COUNT_BEFORE = r"(?:times|once|twice|\d)\s+$"
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "every day": "P1D",
               # a part of every day ("news every morning"): TIMEX3 writes the part on any day
               **{f"{every} {part}": f"XXXX-XX-XXT{code}" for every in ("every", "each")
                  for part, code in (("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"))}}
QUARTER_WORDS = ["quarter"]
# "the latest period", "the year-ago period": the quarter a company reports on (needs a QUARTER_PREFIX word)
PERIOD_WORDS = ["period"]
# "the same period" is a quarter only after a quarter was named ("the third quarter … the same period a year
# earlier"); elsewhere it is the stretch just told ("an attack late on Thursday … thirty drones in the same
# period"), no date of its own. TempEval-3 dev: value F1 0.7872 either way (every such case names a quarter).
PERIOD_BACK_REFS = ["same", "comparable", "corresponding"]
HALF_WORDS = ["half"]
QUARTER_PREFIX = (r"(?:the\s+)?(?:(?P<qyear>this|last|next)\s+year's\s+)?(?:fiscal\s+)?"
                  r"(?:(?P<qref>latest|current|year-earlier|year-ago|comparable|corresponding|same)\s+)?")
# Years written out: "nineteen ninety-six", "the year two thousand"
SPELLED_YEAR_PATTERN = (r"(?:the\s+year\s+)?(?:(?P<hi>nineteen|eighteen|twenty)\s+(?P<lo>(?:twenty|thirty|forty|fifty|sixty"
                        r"|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven"
                        r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                        r"|two\s+thousand(?:\s+(?:and\s+)?(?P<lo2>one|two|three|four|five|six|seven|eight|nine|ten))?)")
# Fixed feasts as MM-DD; movable ones as MM-W<iso weekday><n>: Thanksgiving = 4th Thursday of November.
HOLIDAYS = {"christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24", "new year's day": "01-01",
            "new year's eve": "12-31", "independence day": "07-04", "halloween": "10-31",
            "valentine's day": "02-14", "thanksgiving": "11-W44", "thanksgiving day": "11-W44",
            "labor day": "09-W11"}
# "year-earlier"/"year-ago": the period last mentioned, one year back (TimeBank financial reports).
YEAR_AGO_PATTERN = r"(?:the\s+)?(?:year-earlier|year-ago|year-before)(?:\s+(?:period|results?))?"
DECADE_PATTERN = r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<decade>1[5-9]\d0|20\d0)'?s"
# Military time before a zone or "hours" ("at 1653 local time", "0900 GMT"): the clock, not a year (a Timeline17
# Haiti briefing had dated the quake to the year 1653); not in brackets, where it restates the time just told in
# another zone ("10:35 a.m. (0735 GMT)": TimeBank marks only the first).
CLOCK_PATTERN = (r"(?P<hh>\d{1,2})(?:[:.](?P<mm>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
                 r"|(?P<hh24>\d{1,2}):(?P<mm24>\d{2})(?!\d)"
                 r"|(?<!\()(?P<hhm>[01]\d|2[0-3])(?P<mmm>[0-5]\d)(?=\s*(?:hours|hrs|local\s+time|GMT|UTC)\b)"
                 r"(?:\s*(?:hours|hrs))?(?:\s+local\s+time)?")
CLOCK_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

# Tense cues in the sentence around a bare weekday, month or day: the nearest strong cue decides
# past vs coming; without one, the nearest weak hint; without any, the past (news reports the past).
FUTURE_CUES = (r"\b(?:will|'ll|shall|going to|plans? to|planned to|planning to|expected|expects? to|scheduled|due to|upcoming|"
               r"set to|aims? to|hopes? to|intends? to|next(?!\s+to\b)|as early as|as soon as|coming|would(?!\s+(?:have|not have|'ve)))\b")
PAST_CUES = r"\b(?:was|were|had|did|ago|last|earlier|since|been|ended)\b"
FUTURE_HINTS = (r"\b(?:is|are|enters?|begins?|starts?|ends?|opens?|takes? place|resumes?|"
                r"meets?|passes)\b")
PAST_HINTS = r"\b(?:said|told|\w{3,}ed)\b"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)since\s+(?:the\s+)?$"
# A preposition right before a weekday or date that puts it ahead ("by Friday", "until Monday"); after the
# expression "by" is mostly a passive agent ("a rally Thursday by media workers"), so it is no hint there.
FUTURE_BEFORE = r"(?<!\w)(?:by|until|till)\s+(?:the\s+)?$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Words between a month and the relative year after it ("March of last year").
PERIOD_YEAR_LINK = ["of"]
# Centuries: "the 19th century" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century"
CLOCK_LINK = ['at', 'around', 'about', 'by']
# between a clock and the day it falls on: "at 9 a.m. on Tuesday" (storyline/timex/resolve.py `_clock_on_day`)
CLOCK_DAY_LINK = ['on']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['local time', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'PT', 'PST', 'PDT', 'BST']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['update', 'submitted']
STAMP_MARKS = ['RETWEET', 'Report abuse', 'Reply', 'Permalink', 'Recommend']
STAMP_WROTE = ['wrote']
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)aged\s+$"
# Words before a capitalised "Today" that make it a newspaper's name ("USA Today", "FLORIDA TODAY"), no day.
DEICTIC_NAME_BEFORE = r"(?-i:\b(?:USA|[A-Z]{3,}))\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("after 1997", "before Monday's vote", "faster than in September 2024": a comparison; not "no later than Friday",
# a deadline): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = (r"(?<!\w)(?:after|before|prior\s+to|ahead\s+of)\s+(?:the\s+)?$"
                          r"|(?<!\w)(?<!later\s)(?<!earlier\s)(?<!sooner\s)than\s+(?:in\s+|on\s+|at\s+)?$")
# Words right before a bare year that make it the date of an earlier, named happening
# ("the flood of 1997"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)of\s+$"
# A page's publication line before a date ("Published: 24 September 2012", "Updated at 12:50"), a citation's cue in
# a bracket ("(see The Times, 3 May)"), and a period's two years ("between 1979 and 1995", "from 1956 to 1970"): no
# dated event (storyline/events.py).
EVENT_PUBLISHED_BEFORE = r"(?<!\w)(?:Published|Updated|Last\s+updated)(?:\s+on|\s+at)?:?\s+(?:\S+\s+){0,6}$"
EVENT_CITATION_BEFORE = r"\(\s*(?:see|cf\.)\s[^()\n]{0,40}$"
EVENT_PERIOD_OPEN = r"(?i)(?<!\w)(?:between|from)\s+$"
EVENT_PERIOD_LINK = r"(?i)\s+(?:and|to|through|until)\s+"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["and", "to", "through", "or", "until", "till"]
# A unit that is also an ordinal, and what after it makes it the ordinal ("a second term" is no second).
ORDINAL_UNITS = ["second"]
ORDINAL_UNIT_AFTER = r"\s+(?!(?:and|or|of|before|after|later|earlier|ago|too|longer|more|to|in|on|at|the|for|when|as|than|that|until|or\s+two)(?!\w))\w"
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:Arab|Prague)\s+$"
# fmt: off
# Calendar weeks: "week 3 of 2026", "the third week of the year", "the last week of March" (the ISO week of the
# month's third / last Thursday), "the week of March 6"; a bare "Week 3" is mostly a sports season's, no date.
WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3,
                 "4th": 4, "5th": 5}
CALENDAR_WEEK_PATTERN = (r"(?:the\s+)?(?:{ordinal}|(?P<last>last|final))\s+week\s+of\s+"
                         r"(?:{month}(?:\s*,?\s+{year})?|(?P<yword>(?P<yrel>the|this|last|next)\s+year)|{year2})"
                         r"|week\s+(?P<wn>\d{1,2})\s+of\s+(?:{year3}|(?P<yword2>the\s+year))"
                         r"|the\s+week\s+of\s+{month2}\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)")
# fmt: on

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"BCE?",
    r"B\.C\.(?:E\.)?",
    r"before Christ",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`): the
# preposition right before it, and the words after it that name its part of the day ("" none): "at 4 in the morning",
# "about 5 o'clock"; "last night at 11", "at 11 tonight" take the day's part from the deictic part around it.
BARE_HOUR_BEFORE = r"(?<!\w)(?:at|around|about|by|until|till|before|after|from)\s+$"
BARE_HOUR_PARTS = {
    "o'clock": "",
    **{
        f"{lead}{words}": part
        for lead in ("", "o'clock ")
        for words, part in (
            ("in the morning", "MO"),
            ("in the afternoon", "AF"),
            ("in the evening", "EV"),
            ("at night", "NI"),
        )
    },
}
# Words that may follow a bare hour told after a day (a count's noun may not): "today at 12 to help answer".
BARE_HOUR_WORDS_AFTER = ["to", "in", "at", "on", "and", "near", "outside", "with", "for"]
# A plan word before a day makes it a coming one, whatever reporting verb follows ("is scheduled to depart on
# Saturday, said spokeswoman"; "slated for 3 p.m. local time on Thursday"), unless a past verb stands between them
# (`PLAN_ENDS`: "will be closed, he said Sunday"; a participle after "be" is the plan's own: "to be released").
PLAN_CUES = (
    r"\b(?:slated|scheduled|set\s+(?:for|to)|due(?!\s+(?:to|process|diligence)\b)|planned\s+for|"
    r"planning\s+to|plans?\s+to|will|'ll|shall|expected\s+to|is\s+to|are\s+to)\b"
)
PLAN_ENDS = (
    r"\b(?:was|were|had|did|ago|last|earlier|since|ended|said|says|told|"
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!ly\s)\w{3,}ed)\b"
)
