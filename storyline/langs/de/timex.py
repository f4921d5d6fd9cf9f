"""German time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"  # 3.4.2026 and 3/4/2026 are 3 April
MONTHS = {**month_names("de"), "jänner": 1, "feber": 2}
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("de").items() if k.endswith(".")}
# "montags" (every Monday) is a SET adverb below; "Mittwochabend" is Wednesday (evening).
WEEKDAYS = {**weekday_names("de"), **{day + part: n for day, n in weekday_names("de").items()
                                      for part in ("abend", "morgen", "vormittag", "nachmittag", "nacht", "mittag")}}
SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
UNITS = {
    "sekunde": "second", "sekunden": "second", "minute": "minute", "minuten": "minute", "stunde": "hour",
    "stunden": "hour", "tag": "day", "tage": "day", "tagen": "day", "tages": "day", "woche": "week",
    "wochen": "week", "wochenende": "weekend", "monat": "month", "monate": "month", "monaten": "month",
    "monats": "month", "quartal": "quarter", "quartale": "quarter", "jahr": "year", "jahre": "year",
    "jahren": "year", "jahres": "year", "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade",
    "jahrhundert": "century", "jahrhunderte": "century",
}
PLURAL_UNITS = {"sekunden", "minuten", "stunden", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren",
                "jahrzehnte", "jahrzehnten", "jahrhunderte"}
NUMBERS = {"ein": 1, "eins": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
           "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
           "dreißig": 30, "fünfzig": 50, "hundert": 100}
VAGUE_NUMBERS = ["einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "viele", "vielen", "ein paar"]
ORDINALS = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4}
DAY_SUFFIX = r"\.?"
DAY_MONTH_LINK = r"\s*"
MONTH_YEAR_LINK = r"\s+"
# Words right after a present/past/future word that make it page furniture: a share button ("Jetzt teilen"), a
# section label ("Aktuell: …"); scraped pages whose newlines were collapsed hold them mid-text (semeval8 audit).
NOT_REFERENCE_AFTER = r"\s*(?::|teilen(?!\w))"
DEICTIC_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2}
REFERENCES = {"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "aktuell": "PRESENT_REF",
              "momentan": "PRESENT_REF", "kürzlich": "PAST_REF", "neulich": "PAST_REF", "vor kurzem": "PAST_REF",
              "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "künftig": "FUTURE_REF", "in zukunft": "FUTURE_REF",
              "in den kommenden tagen": "FUTURE_REF", "in den letzten jahren": "PAST_REF"}
PARTS_OF_DAY = {"morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV", "nacht": "NI",
                "früh": "MO"}
DEICTIC_PARTS = {"heute morgen": (0, "MO"), "heute früh": (0, "MO"), "heute abend": (0, "EV"), "heute nacht": (0, "NI"),
                 "gestern abend": (-1, "EV"), "gestern morgen": (-1, "MO"), "letzte nacht": (-1, "NI"),
                 "heute nachmittag": (0, "AF"), "gestern nachmittag": (-1, "AF")}
MODIFIERS_BEFORE = {
    "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1, "vergangene": -1, "vergangenen": -1,
    "vergangener": -1, "vergangenes": -1, "vorige": -1, "vorigen": -1, "voriges": -1, "vorigem": -1,
    "nächste": 1, "nächsten": 1, "nächster": 1, "nächstes": 1, "kommende": 1, "kommenden": 1, "kommender": 1,
    "kommendes": 1, "diese": 0, "diesen": 0, "dieser": 0, "dieses": 0, "diesem": 0,
    # the dative after "seit", "an", "mit": "seit vergangenem Sommer", "an kommendem Sonntag"
    "letztem": -1, "vergangenem": -1, "nächstem": 1, "kommendem": 1,
}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("im vergangenen Jahr im Juni").
YEAR_PERIOD_LINK = ["im", "in"]
SPAN_MODIFIERS = {"anfang": "START", "ende": "END", "mitte": "MID", "anfang des": "START", "ende des": "END",
                  "mitte des": "MID", "ende der": "END", "anfang der": "START", "mitte der": "MID", "spät": "END"}
AGO_BEFORE = ["vor"]
AGO_AFTER: list[str] = []
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# "in zwei Wochen" also counts how long something took, so only with a future cue.
AHEAD_BEFORE = ["in"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:nach|seit)(?!\w)"
AHEAD_NEEDS_FUTURE = True
# Words before an unspaced day-month without year ("am 5.1."); "3.2." alone is as often a section number.
NUMERIC_DAY_MONTH_BEFORE = r"(?<!\w)(?:am|vom|bis|zum|ab|seit|dem|den)\s+$"
DEICTIC_PERIODS = {"heuer": ("year", 0)}  # Austrian and Bavarian "this year"
ANAPHORIC_AFTER = {"zuvor": -1, "vorher": -1, "früher": -1, "später": 1, "danach": 1, "darauf": 1}
ANAPHORIC_FIXED = {"am vortag": ("day", -1), "am tag zuvor": ("day", -1), "tags zuvor": ("day", -1),
                   "am nächsten tag": ("day", 1), "am folgenden tag": ("day", 1), "tags darauf": ("day", 1),
                   "am selben tag": ("day", 0), "am gleichen tag": ("day", 0), "an diesem tag": ("day", 0),
                   "in der folgenden woche": ("week", 1), "im folgenden jahr": ("year", 1), "im vorjahr": ("year", -1),
                   "anfang der woche": ("week", 0), "am wochenende": ("weekend", 0),
    "ende der woche": ("week", 0), "ende des monats": ("month", 0), "ende des jahres": ("year", 0),
}
APPROXIMATORS = ["etwa", "rund", "fast", "knapp", "gut", "mehr als", "weniger als", "ungefähr", "circa", "ca."]
DURATION_LEAD = ["die letzten", "den letzten", "die nächsten", "den nächsten", "die vergangenen", "den vergangenen"]
EVERY = ["jeden", "jede", "jedes", "alle", "pro", "in der", "im"]
# Words of EVERY that make a set only after a count ("zweimal pro Woche"; "im Monat" alone is no set).
SET_NEEDS_COUNT = ["pro", "in der", "im"]
SET_COUNT_BEFORE = r"(?<!\w)(?:\w*mal|mehrmals)\s+$"
FIXED_DURATIONS = {"ein halbes jahr": "P6M", "einem halben jahr": "P6M", "eine halbe stunde": "PT30M"}
# Halves: a fractional count is written in the next smaller unit ("anderthalb Jahre" P18M).
FRACTIONS = {"anderthalb": 1.5, "eineinhalb": 1.5}
SET_ADVERBS = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "stündlich": "PT1H",
               "montags": "XXXX-WXX-1", "dienstags": "XXXX-WXX-2", "mittwochs": "XXXX-WXX-3",
               "donnerstags": "XXXX-WXX-4", "freitags": "XXXX-WXX-5", "samstags": "XXXX-WXX-6", "sonntags": "XXXX-WXX-7"}
QUARTER_WORDS = ["quartal"]
HALF_WORDS = ["halbjahr"]
QUARTER_PREFIX = r"(?:(?:im|das|dem)\s+)?"
# "die 90er Jahre", "in den 90ern": two digits only with "Jahre" or "-ern" after them
DECADE_PATTERN = (r"(?:den\s+|die\s+)?(?P<decade>1[5-9]\d0|20\d0|[2-9]0(?=ern(?!\w)|er(?:-|\s+)jahre))er"
                  r"(?:n(?!\w)|(?:-|\s+)jahren?)?")
# "um sieben Uhr": an hour spelled out ("eine Uhr" is a clock)
CLOCK_PATTERN = (r"(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)(?:\s*uhr)?|(?P<hh>[01]?\d|2[0-3])\s+uhr"
                 r"|(?P<hhw>eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+uhr")
CLOCK_NAMED = {"mittags": "12:00", "mitternacht": "24:00"}
FUTURE_CUES = r"\b(?:wird|werden|werde|würde|würden|will|wollen|soll|sollen|könnte|könnten|dürfte|dürften|plant|planen|geplant|nächste\w*|kommende\w*|bevorstehende\w*)\b"
PAST_CUES = r"\b(?:war|waren|hatte|hatten|wurde|wurden|hat|haben|ist|sind|vor|letzte\w*|vergangene\w*|sagte|erklärte)\b"
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)dass(?!\w)"
# Words right before such an opener that make its clause look ahead: an expectation, a hope, a fear ("Wir rechnen
# damit, dass der Scheitel am Montag Frankfurt erreicht"; the present tense alone says nothing of the weekday).
OPENER_LOOKS_AHEAD = (r"(?<!\w)(?:rechne[nt]?\s+(?:\w+\s+)?damit|erwarte[nt]?|gehe[nt]?\s+(?:\w+\s+)?davon\s+aus|"
                      r"hoffe[nt]?|befürchte[nt]?|fürchte[nt]?|prognostizier(?:en|t)|rechnet\s+man\s+damit)"
                      r"(?:\s+\w+){0,2}\s*,\s*$")
# Present-tense verbs of scheduled events: German news writes the coming ones in the present.
FUTURE_HINTS = (r"\b(?:findet|finden|beginnt|beginnen|startet|starten|tritt|treten|reist|reisen|trifft|treffen|"
                r"tagt|tagen|endet|enden|läuft|laufen|stimmt|stimmen|entscheidet|entscheiden)\b")
PAST_HINTS = r"\b(?:ge\w{3,}(?:t|en)|\w{3,}te)\b"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:für|bis)\s+(?:zum\s+|den\s+)?$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)seit\s+(?:dem\s+)?$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "19. Jahrhundert" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?P<cent>\d{1,2})\.\s+(?:jahrhunderts|jahrhundert)"
CLOCK_LINK = ['um', 'gegen', 'ab']
# Between a clock and the day it falls on: "um 9 Uhr am Dienstag", "um 16.53 Uhr Ortszeit am Dienstag" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['am', 'vom', 'des']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['Ortszeit', 'deutscher Zeit', 'MEZ', 'MESZ']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['erstellt', 'geändert']
STAMP_MARKS = ['Antworten', 'Melden']
STAMP_WROTE = ['schrieb']
# What after a bare year makes it an amount ("1500 Menschen", "2000 Euro").
NOT_YEAR_AFTER = r"\s+(?:Euro|Dollar|Franken|Menschen|Personen|Einwohner|Fälle|Fällen|Soldaten|Mitarbeiter|Teilnehmer|Stimmen)(?!\w)"
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)im\s+Alter\s+von\s+$"
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("nach dem 7. Januar", "vor 1997"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:nach|vor)\s+(?:dem\s+)?$"
# Words right before a bare year that make it the date of an earlier, named happening
# ("das Hochwasser von 1997"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)(?:von|aus)\s+$"
# Fixed-date holidays (month-day): New Year's Eve and Day with their nights and mornings, Christmas, Unity Day.
HOLIDAYS = {"silvester": "12-31", "silvesternacht": "12-31", "silvesterabend": "12-31", "neujahr": "01-01",
            "neujahrstag": "01-01", "neujahrsmorgen": "01-01", "neujahrsnacht": "01-01", "heiligabend": "12-24",
            "heiligen abend": "12-24", "weihnachten": "12-25", "tag der deutschen einheit": "10-03"}
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["und", "bis", "oder"]
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:arabisch\w*|Prager)\s+$"
# fmt: off
# Calendar weeks: "KW 4", "KW 04/2026", "Kalenderwoche 12", "in der 4. Kalenderwoche", "der zweiten Kalenderwoche
# dieses Jahres" (an ISO week; "KW:" alone is a place's licence-plate code, so a number must follow).
WEEK_ORDINALS = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
                 "vierte": 4, "fünften": 5, "fünfte": 5, "sechsten": 6, "sechste": 6, "siebten": 7, "siebte": 7,
                 "achten": 8, "achte": 8, "neunten": 9, "neunte": 9, "zehnten": 10, "zehnte": 10}
CALENDAR_WEEK_PATTERN = (r"(?:(?-i:KW)\s*(?P<wn>\d{1,2})(?!\d)|Kalenderwoche\s+(?P<wn2>\d{1,2})(?!\d)"
                         r"|(?:(?P<wn3>\d{1,2})\.|{ordinal})\s*Kalenderwoche)"
                         r"(?:\s*/\s*{year}|\s+{year2}"
                         r"|\s+(?P<yword>(?:des\s+)?(?P<yrel>dieses|vergangenen|letzten|nächsten|kommenden)\s+Jahres))?")
# fmt: on

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"v\.\s?Chr\.",
    r"vor Christus",
    r"v\.\s?u\.\s?Z\.",
    r"vor unserer Zeitrechnung",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "Am Freitag um 20", "gestern Abend gegen 23" ("um 20 Prozent" counts).
BARE_HOUR_BEFORE = r"(?<!\w)(?:um|gegen|ab|bis)\s+$"
BARE_HOUR_PARTS = {
    "abends": "EV",
    "morgens": "MO",
    "nachts": "NI",
    "am Abend": "EV",
    "am Morgen": "MO",
    "am Nachmittag": "AF",
    "in der Nacht": "NI",
}
# Words that may follow a bare hour told after a day (a count's noun may not): "am Freitag um 20 im Rathaus".
BARE_HOUR_WORDS_AFTER = ["in", "im", "am", "an", "auf", "vor", "und", "mit"]
# A plan word before a day makes it a coming one ("Die Sitzung soll am Donnerstag stattfinden, sagte …").
PLAN_CUES = r"\b(?:soll|sollen|geplant|angesetzt|vorgesehen|anberaumt)\b"
# Words right before a day and month written like a clock ("am 23.06", "vom 23.06 bis 25.06"): a date.
DOTTED_DATE_BEFORE = r"(?<!\w)(?:am|vom|zum|seit)\s+$"
