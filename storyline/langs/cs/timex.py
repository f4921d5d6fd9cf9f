"""Czech time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = {**month_names("cs"), "lednu": 1, "únoru": 2, "březnu": 3, "dubnu": 4, "květnu": 5, "červnu": 6,
          "červenci": 7, "srpnu": 8, "září": 9, "říjnu": 10, "listopadu": 11, "prosinci": 12}
WEEKDAYS = {**weekday_names("cs"), "středu": 3, "neděli": 7, "sobotu": 6, "pondělí": 1, "úterý": 2, "čtvrtek": 4,
            "pátek": 5}
SEASONS = {"jaro": "SP", "na jaře": "SP", "léto": "SU", "v létě": "SU", "podzim": "FA", "na podzim": "FA",
           "zima": "WI", "v zimě": "WI"}
UNITS = {"sekunda": "second", "sekund": "second", "minuta": "minute", "minut": "minute", "hodina": "hour",
         "hodiny": "hour", "hodin": "hour", "den": "day", "dny": "day", "dní": "day", "dnů": "day", "dne": "day",
         "týden": "week", "týdny": "week", "týdnů": "week", "týdnu": "week", "víkend": "weekend", "víkendu": "weekend",
         "měsíc": "month", "měsíce": "month", "měsíců": "month", "měsíci": "month", "čtvrtletí": "quarter",
         "rok": "year", "roky": "year", "roce": "year", "let": "year", "roku": "year", "letech": "year",
         # instrumental, as "před" wants it ("před dvěma lety", "před týdnem", "před půl rokem")
         "rokem": "year", "lety": "year", "dnem": "day", "týdnem": "week", "měsícem": "month", "hodinou": "hour",
         "hodinami": "hour", "minutami": "minute", "desetiletí": "decade",
         "století": "century"}
PLURAL_UNITS = {"sekund", "minut", "hodin", "dny", "dní", "dnů", "týdny", "týdnů", "měsíce", "měsíců", "roky", "let",
                "letech", "lety", "hodinami", "minutami"}
NUMBERS = {"jeden": 1, "jedna": 1, "jedním": 1, "dva": 2, "dvě": 2, "dvěma": 2, "třemi": 3, "čtyřmi": 4, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6,
           "sedm": 7, "osm": 8, "devět": 9, "deset": 10, "dvacet": 20, "třicet": 30}
VAGUE_NUMBERS = ["několik", "několika", "pár", "mnoho"]
ORDINALS = {"prvním": 1, "první": 1, "druhém": 2, "druhé": 2, "třetím": 3, "třetí": 3, "čtvrtém": 4, "čtvrté": 4}
DAY_SUFFIX = r"\.?"
DAY_MONTH_LINK = r"\s*"
MONTH_YEAR_LINK = r"\s+"
DEICTIC_DAYS = {"dnes": 0, "včera": -1, "zítra": 1, "předevčírem": -2, "pozítří": 2}
REFERENCES = {"nyní": "PRESENT_REF", "teď": "PRESENT_REF", "v současnosti": "PRESENT_REF", "nedávno": "PAST_REF",
              "brzy": "FUTURE_REF", "v budoucnu": "FUTURE_REF", "v posledních letech": "PAST_REF"}
PARTS_OF_DAY = {"ráno": "MO", "dopoledne": "MO", "odpoledne": "AF", "večer": "EV", "v noci": "NI"}
DEICTIC_PARTS = {"dnes ráno": (0, "MO"), "dnes večer": (0, "EV"), "včera večer": (-1, "EV"), "včera ráno": (-1, "MO")}
MODIFIERS_BEFORE = {"minulý": -1, "minulém": -1, "minulého": -1, "minulou": -1, "minulé": -1,
                    "příští": 1, "příštím": 1, "příštího": 1, "tento": 0, "tomto": 0, "tuto": 0, "této": 0,
                    "letos": 0}
SPAN_MODIFIERS = {"na začátku": "START", "začátkem": "START", "na konci": "END", "koncem": "END", "v polovině": "MID"}
AGO_BEFORE = ["před"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# with a past verb "za dva týdny" reads "within two weeks", so only with a future (or no past) verb.
AHEAD_BEFORE = ["za"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:po|od)(?!\w)"
AHEAD_NEEDS_FUTURE = True
# Words before an unspaced day-month without year ("dne 5.1."); "3.2." alone is as often a section number.
NUMERIC_DAY_MONTH_BEFORE = r"(?<!\w)(?:dne|od|do|ke|k|po|před|na)\s+$"
# "Of last year" / "of this year" before a month or season: that month of that year, where a MODIFIERS_BEFORE word
# ("last June") is the last such month before the publication day ("loňského ledna").
YEAR_MODIFIERS = {"loňský": -1, "loňského": -1, "loňském": -1, "loňským": -1, "loňská": -1, "loňské": -1,
                  "loňskou": -1, "loňští": -1, "loňských": -1, "loňskému": -1, "předloňský": -2, "předloňského": -2,
                  "předloňském": -2, "předloňským": -2, "předloňská": -2, "předloňské": -2, "předloňskou": -2,
                  "předloňští": -2, "předloňských": -2, "předloňskému": -2, "letošní": 0, "letošního": 0,
                  "letošním": 0, "letošnímu": 0, "letošních": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("loni v červnu").
YEAR_PERIOD_LINK = ["v", "ve"]
# One-word years: "loni" last year, "letos" this year.
DEICTIC_PERIODS = {"loni": ("year", -1), "letos": ("year", 0)}
AGO_AFTER: list[str] = []
ANAPHORIC_AFTER = {"dříve": -1, "předtím": -1, "později": 1, "poté": 1}
ANAPHORIC_FIXED = {"den předtím": ("day", -1), "den poté": ("day", 1), "týden předtím": ("week", -1),
                   "předchozí den": ("day", -1), "o den dříve": ("day", -1), "následující den": ("day", 1),
                   "druhý den": ("day", 1), "o den později": ("day", 1), "téhož dne": ("day", 0), "na konci týdne": ("week", 0), "koncem týdne": ("week", 0),
                   "na začátku týdne": ("week", 0), "koncem měsíce": ("month", 0), "koncem roku": ("year", 0),
                   "o víkendu": ("weekend", 0)}
APPROXIMATORS = ["asi", "téměř", "skoro", "přes", "více než", "méně než", "zhruba", "přibližně"]
DURATION_LEAD = ["posledních", "příštích", "během"]
EVERY = ["každý", "každou", "každé", "každého", "za"]
# Words of EVERY that make a set only after a count ("dvakrát za týden"; "za týden" alone is no set).
SET_NEEDS_COUNT = ["za"]
SET_COUNT_BEFORE = r"(?<!\w)(?:\w*krát|jednou)\s+$"
# Halves: a fractional count is written in the next smaller unit ("půl roku" P6M).
FRACTIONS = {"půl": 0.5}
FIXED_DURATIONS = {"rok a půl": "P18M", "půlroku": "P6M", "půlhodiny": "PT30M"}
SET_ADVERBS = {"denně": "P1D", "týdně": "P1W", "měsíčně": "P1M", "ročně": "P1Y", "každý den": "P1D"}
QUARTER_WORDS = ["čtvrtletí"]
HALF_WORDS = ["pololetí"]
QUARTER_PREFIX = r"(?:(?:v|ve)\s+)?"
# A full hour said with its word after a preposition ("v 10 hodin"); the count alone is a duration.
CLOCK_PATTERN = (r"(?:v\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)"
                 r"|ve?\s+(?P<hh2>[01]?\d|2[0-3])\s+hod(?:in|iny|\.)(?:\s+(?P<pm2>večer|odpoledne)|\s+ráno|\s+dopoledne)?(?!\w)")
FUTURE_CUES = r"(?<!\w)(?:bude|budou|budeme|plánuje|plánují|chce|chtějí|příští\w*)(?!\w)"
# l-participles: -al/-il/-el/-yl and after a consonant (řekl, mohl, šel), with -a/-o/-i/-y ("se sešly", "řekla").
# After d/t/s too ("vzrostl", "vedl", "přinesl"), but not the noun "průmysl".
PAST_CUES = (r"(?<!\w)(?:byl|byla|bylo|byli|byly|před|minul\w+|"
             r"\w{2,}(?:[aeiyě]l|[kh]l|šl|šel|[dt]l|(?<!my)sl)(?:a|o|i|y)?)(?!\w)")
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)že(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:na|do)\s+$"
# The past is marked in the verb (-ł/-л/-l): a sentence without a past cue speaks of now or later.
PAST_MARKED = True
# "In the night to Wednesday" names the night before that day: its "na" does not look ahead.
NIGHT_BEFORE = r"(?<!\w)v\s+noci\s+(?:z\s+\S+\s+)?na\s+$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)od\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "19. století" (TIMEX3 writes the 19th century as 18).
# Decades: "v 90. letech".
DECADE_PATTERN = r"(?P<decade>(?:19|20)?[2-9]0)\.\s+(?:letech|léta|let)"
CENTURY_PATTERN = r"(?P<cent>\d{1,2})\.\s+století"
CLOCK_LINK = ['v', 've', 'kolem']
# Between a clock and the day it falls on: "ve 12 hodin v úterý", "v 16:53 místního času ve středu" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['ve', 'v', 'dne']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['místního času', 'našeho času', 'středoevropského času', 'SEČ', 'SELČ', 'hodin', 'hod.']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['aktualizace', 'vloženo']
STAMP_MARKS = ['Odpovědět', 'Nahlásit']
STAMP_WROTE = ['napsal', 'napsala']
# What after a bare year makes it an amount ("1500 lidí", "2000 korun").
NOT_YEAR_AFTER = r"\s+(?:lidí|osob|korun|Kč|eur|dolarů|liber|případů|nakažených|obyvatel|vojáků|zaměstnanců|hlasů|tisíc)(?!\w)"
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)ve\s+věku\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("po roce 1997", "před pondělím", "rychleji než v září 2024": a comparison; not "nejpozději … později než", a
# deadline): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:po|před)\s+$|(?<!\w)(?<!později\s)(?<!dříve\s)než\s+(?:v\s+|ve\s+)?$"
# Words right before a bare year that make it the date of an earlier, named happening
# ("povodeň z roku 1997"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)z\s+(?:roku\s+)?$"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["a", "až", "do", "nebo"]
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:arabsk\w+|pražsk\w+)\s+$"
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"př\.\s?n\.\s?l\.",
    r"před naším letopočtem",
    r"př\.\s?Kr\.",
    r"před Kristem",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "včera večer v 8", "v 8 ráno" ("v 21 zemích" counts).
BARE_HOUR_BEFORE = r"(?<!\w)(?:v|ve|kolem)\s+$"
BARE_HOUR_PARTS = {"večer": "EV", "ráno": "MO", "odpoledne": "AF", "dopoledne": "MO", "v noci": "NI"}
# Words that may follow a bare hour told after a day (a count's noun may not): "v pátek v 18 na náměstí".
BARE_HOUR_WORDS_AFTER = ["v", "ve", "na", "u", "před", "a", "s", "se"]
# A plan word before a day makes it a coming one ("Jednání se má konat ve čtvrtek, uvedl …").
PLAN_CUES = (
    r"(?<!\w)(?:naplánován\w*|se\s+uskuteční|se\s+bude\s+konat|(?:se\s+)?(?:má|mají)\s+(?:se\s+)?konat|"
    r"proběhne|proběhnou)(?!\w)"
)
# Words right before a day and month written like a clock ("od 23.06", "do 25.06"): a date.
DOTTED_DATE_BEFORE = r"(?<!\w)(?:dne|od|do|ke|k|po|před|na|mezi)\s+$"
