"""Slovenian time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = {**month_names("sl"), "januarja": 1, "februarja": 2, "marca": 3, "aprila": 4, "maja": 5, "junija": 6,
          "julija": 7, "avgusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12}
WEEKDAYS = {**weekday_names("sl"), "sredo": 3, "nedeljo": 7, "soboto": 6, "ponedeljek": 1, "torek": 2,
            "četrtek": 4, "petek": 5}
SEASONS = {"pomlad": "SP", "spomladi": "SP", "poletje": "SU", "poleti": "SU", "jesen": "FA", "jeseni": "FA",
           "zima": "WI", "pozimi": "WI"}
UNITS = {"sekunda": "second", "sekund": "second", "minuta": "minute", "minut": "minute", "ura": "hour", "ur": "hour",
         "uro": "hour", "dan": "day", "dni": "day", "dneva": "day", "dnevi": "day", "dnevoma": "day", "dnevom": "day", "teden": "week", "tedna": "week",
         "tednov": "week", "tednu": "week", "tedne": "week", "tednih": "week",
         "dneve": "day", "mesece": "month", "ure": "hour", "letih": "year", "mesecih": "month", "dnevih": "day",
         # instrumental, as "pred" wants it ("pred dvema letoma", "pred tednom", "pred tremi meseci")
         "letom": "year", "letoma": "year", "leti": "year", "tednom": "week", "tednoma": "week", "tedni": "week",
         "mesecem": "month", "mesecema": "month", "meseci": "month", "urama": "hour", "urami": "hour", "vikend": "weekend", "mesec": "month", "meseca": "month",
         "mesecev": "month", "mesecu": "month", "četrtletje": "quarter", "leto": "year", "leta": "year",
         "let": "year", "letu": "year", "desetletje": "decade", "stoletje": "century"}
PLURAL_UNITS = {"sekund", "minut", "ur", "dni", "tednov", "mesecev", "let", "tedne", "tednih", "dneve", "mesece", "ure",
                "letoma", "leti", "tednoma", "tedni", "mesecema", "meseci", "urama", "urami", "dnevi", "dnevoma",
                "letih", "mesecih", "dnevih"}
NUMBERS = {"en": 1, "ena": 1, "eno": 1, "enim": 1, "dva": 2, "dve": 2, "dvema": 2, "tremi": 3, "dveh": 2, "treh": 3, "štirih": 4, "petih": 5, "tri": 3, "štiri": 4, "pet": 5, "šest": 6, "sedem": 7,
           "osem": 8, "devet": 9, "deset": 10, "dvajset": 20}
VAGUE_NUMBERS = ["nekaj", "več", "veliko"]
ORDINALS = {"prvem": 1, "prvo": 1, "drugem": 2, "drugo": 2, "tretjem": 3, "tretje": 3, "četrtem": 4}
DAY_SUFFIX = r"\.?"
DAY_MONTH_LINK = r"\s*"
MONTH_YEAR_LINK = r"\s+"
DEICTIC_DAYS = {"danes": 0, "včeraj": -1, "jutri": 1, "predvčerajšnjim": -2, "pojutrišnjem": 2}
REFERENCES = {"zdaj": "PRESENT_REF", "sedaj": "PRESENT_REF", "trenutno": "PRESENT_REF", "nedavno": "PAST_REF",
              "kmalu": "FUTURE_REF", "v prihodnosti": "FUTURE_REF", "v zadnjih letih": "PAST_REF"}
PARTS_OF_DAY = {"zjutraj": "MO", "dopoldne": "MO", "popoldne": "AF", "zvečer": "EV", "ponoči": "NI"}
DEICTIC_PARTS = {"danes zjutraj": (0, "MO"), "nocoj": (0, "NI"), "sinoči": (-1, "EV"), "včeraj zvečer": (-1, "EV")}
MODIFIERS_BEFORE = {"prejšnji": -1, "prejšnjem": -1, "prejšnjo": -1, "prejšnjega": -1,
                    "prihodnji": 1, "prihodnjem": 1, "prihodnjo": 1, "naslednji": 1, "naslednjem": 1,
                    "naslednjo": 1, "ta": 0, "tem": 0, "to": 0}
SPAN_MODIFIERS = {"na začetku": "START", "v začetku": "START", "ob koncu": "END", "konec": "END", "sredi": "MID"}
AGO_BEFORE = ["pred"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# told in the past it counts from the time the story is at ("čez dva tedna je odstopil").
AHEAD_BEFORE = ["čez"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:po|od)(?!\w)"
# Words before an unspaced day-month without year ("dne 5.1."); "3.2." alone is as often a section number.
NUMERIC_DAY_MONTH_BEFORE = r"(?<!\w)(?:dne|od|do|za|po|pred)\s+$"
# "Of last year" / "of this year" before a month or season: that month of that year, where a MODIFIERS_BEFORE word
# ("last June") is the last such month before the publication day ("lanskega januarja", "Lani junija").
YEAR_MODIFIERS = {"lani": -1, "lanski": -1, "lanskega": -1, "lanskem": -1, "lanskim": -1, "lanska": -1, "lanske": -1,
                  "lansko": -1, "lanskih": -1, "letos": 0, "letošnji": 0, "letošnjega": 0, "letošnjem": 0,
                  "letošnjim": 0, "letošnja": 0, "letošnje": 0, "letošnjo": 0, "letošnjih": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("lani v juniju").
YEAR_PERIOD_LINK = ["v"]
# One-word years: "lani" last year, "letos" this year.
DEICTIC_PERIODS = {"lani": ("year", -1), "letos": ("year", 0)}
AGO_AFTER: list[str] = []
ANAPHORIC_AFTER = {"prej": -1, "pozneje": 1, "kasneje": 1}
ANAPHORIC_FIXED = {"dan prej": ("day", -1), "dan pozneje": ("day", 1), "naslednji dan": ("day", 1),
                   "isti dan": ("day", 0), "konec tedna": ("week", 0), "ob koncu tedna": ("week", 0),
                   "v začetku tedna": ("week", 0), "konec meseca": ("month", 0), "čez vikend": ("weekend", 0), "med vikendom": ("weekend", 0)}
APPROXIMATORS = ["približno", "skoraj", "več kot", "manj kot", "okoli"]
DURATION_LEAD = ["zadnjih", "naslednjih", "v zadnjih"]
EVERY = ["vsak", "vsako", "vsakega", "na"]
# Words of EVERY that make a set only after a count ("dvakrat na teden"; "na teden" alone is no set).
SET_NEEDS_COUNT = ["na"]
SET_COUNT_BEFORE = r"(?<!\w)(?:\w*krat)\s+$"
# Halves: a fractional count is written in the next smaller unit ("pol leta" P6M).
FRACTIONS = {"pol": 0.5}
FIXED_DURATIONS = {"leto in pol": "P18M", "pol ure": "PT30M"}
SET_ADVERBS = {"dnevno": "P1D", "vsak dan": "P1D", "tedensko": "P1W", "mesečno": "P1M", "letno": "P1Y",
               # "ob ponedeljkih": weekdays in the plural are habits
               "ob ponedeljkih": "XXXX-WXX-1", "ob torkih": "XXXX-WXX-2", "ob sredah": "XXXX-WXX-3",
               "ob četrtkih": "XXXX-WXX-4", "ob petkih": "XXXX-WXX-5", "ob sobotah": "XXXX-WXX-6",
               "ob nedeljah": "XXXX-WXX-7"}
QUARTER_WORDS = ["četrtletju", "četrtletje"]
HALF_WORDS = ["polletju", "polletje"]
# A full hour said with its word after a preposition ("ob 10. uri"); the count alone is a duration.
CLOCK_PATTERN = (r"(?:ob\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)"
                 r"|ob\s+(?P<hh2>[01]?\d|2[0-3])\.?\s+uri(?:\s+(?P<pm2>zvečer|popoldne)|\s+zjutraj)?(?!\w)")
FUTURE_CUES = r"(?<!\w)(?:bo|bodo|bomo|načrtuje|načrtujejo|prihodnj\w+|naslednj\w+)(?!\w)"
# l-participles in every gender and number ("sprejela", "narasle", "naraslo", "sem bil"); after a future auxiliary
# ("se bodo sestali", "bo odpotoval") the same participle is the future, not the past.
_FUTURE_AUX = "".join(rf"(?<!\b{aux}\s)" for aux in ("bo", "bom", "boš", "bova", "bomo", "boste", "bosta", "bodo"))
PAST_CUES = (rf"(?<!\w)(?:je bil|je bila|so bili|(?:sem|si|smo|ste|sta|sva)\s+bil[aeio]?|pred|prejšnj\w+|"
             rf"{_FUTURE_AUX}\w{{2,}}(?:[aeiu]l|[aeiu]l[aeio]|[aeiu]li|sel|[sdt]l[aeio]))(?!\w)")
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)da(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:za|do)\s+$"
# The past is marked in the verb (-ł/-л/-l): a sentence without a past cue speaks of now or later.
PAST_MARKED = True
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)od\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "19. stoletju" (TIMEX3 writes the 19th century as 18).
# Decades: "v 90. letih".
DECADE_PATTERN = r"(?P<decade>(?:19|20)?[2-9]0)\.\s+(?:letih|leta|let)"
CENTURY_PATTERN = r"(?P<cent>\d{1,2})\.\s+(?:stoletju|stoletje|stoletja)"
CLOCK_LINK = ['ob', 'okoli']
# Between a clock and the day it falls on: "ob 16.53 v torek", "ob 10. uri v sredo" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['v', 'na', 'dne']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['po lokalnem času', 'po našem času', 'po slovenskem času', 'po srednjeevropskem času', 'uri']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['posodobitev', 'objava']
STAMP_MARKS = ['Odgovori', 'Prijavi']
STAMP_WROTE = ['je napisal', 'je napisala', 'napisal', 'napisala']
# What after a bare year makes it an amount ("3000 oziroma 2000 primerov okužb").
NOT_YEAR_AFTER = r"\s+(?:ljudi|oseb|evrov|dolarjev|primerov|okužb|okuženih|prebivalcev|vojakov|zaposlenih|glasov|tisoč)(?!\w)"
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)pri\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("po letu 1997", "pred ponedeljkom"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:po|pred)\s+$"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["in", "do", "ali"]
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:arabsk\w+|praš\w+)\s+$"
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"pr\.\s?n\.\s?št\.",
    r"pred našim štetjem",
    r"pr\.\s?Kr\.",
    r"pred Kristusom",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "včeraj zvečer ob 20", "ob 8 zjutraj".
BARE_HOUR_BEFORE = r"(?<!\w)(?:ob|okoli)\s+$"
BARE_HOUR_PARTS = {"zjutraj": "MO", "zvečer": "EV", "ponoči": "NI", "popoldne": "AF"}
# Words that may follow a bare hour told after a day (a count's noun may not): "v petek ob 18 pred parlamentom".
BARE_HOUR_WORDS_AFTER = ["v", "na", "pri", "pred", "in", "z", "s"]
# A plan word before a day makes it a coming one ("Srečanje bo potekalo v četrtek, je povedal …").
PLAN_CUES = r"(?<!\w)(?:načrtovan\w*|bo\s+potekal\w*|bodo\s+potekal\w*)(?!\w)"
# Words right before a day and month written like a clock ("od 23.06 do 25.06"): a date.
DOTTED_DATE_BEFORE = r"(?<!\w)(?:dne|od|do|za|po|pred)\s+$"
