"""Polish time-expression grammar data (see storyline/timex): names in every case the grammar meets."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
# Polish writes day-first: 3.04.2026 / 3/4/2026 is 3 April.
DATE_ORDER = "DMY"

# Adjective endings, hard ("piątkowy") and soft ("sobotni") stems: "na piątkowym szczycie" is that Friday.
_HARD = ("y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi")
_SOFT = ("", "a", "e", "ego", "ej", "emu", "m", "ą", "ch", "mi")
# CLDR gives the nominative and genitive; the locative ("w styczniu") is added by hand, and the adjectives
# ("grudniowe porozumienie", "na marcowym szczycie": ~55 in the 807 SlavicNER pl articles) are that month.
MONTHS = {
    **month_names("pl"),
    **{stem + ending: n for n, stem in enumerate(("styczniow", "lutow", "marcow", "kwietniow", "majow", "czerwcow",
                                                  "lipcow", "sierpniow", "wrześniow", "październikow", "listopadow",
                                                  "grudniow"), 1) for ending in _HARD},
    "styczniu": 1, "lutym": 2, "marcu": 3, "kwietniu": 4, "maju": 5, "czerwcu": 6, "lipcu": 7,
    "sierpniu": 8, "wrześniu": 9, "październiku": 10, "listopadzie": 11, "grudniu": 12,
}
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("pl").items() if k.endswith(".")}
# Nominative from CLDR plus the accusative/locative/instrumental forms of news prose, and the adjectives
# ("środowy wyrok", "poniedziałkowej konferencji", "sobotniego marszu": SlavicNER pl, ~90 in 807 articles).
WEEKDAYS = {
    **weekday_names("pl"),
    **{stem + ending: n for stem, n in (("poniedziałkow", 1), ("wtorkow", 2), ("środow", 3), ("czwartkow", 4),
                                        ("piątkow", 5), ("niedzieln", 7)) for ending in _HARD},
    **{"sobotni" + ending: 6 for ending in _SOFT},
    "środę": 3, "środzie": 3, "niedzielę": 7, "niedzieli": 7, "sobotę": 6, "sobocie": 6,
    "poniedziałku": 1, "wtorku": 2, "czwartku": 4, "piątku": 5,
}
SEASONS = {"wiosna": "SP", "wiosną": "SP", "wiosny": "SP", "wiośnie": "SP", "lato": "SU", "latem": "SU",
           "lecie": "SU", "lata": "SU", "jesień": "FA", "jesienią": "FA", "jesieni": "FA", "zima": "WI",
           "zimą": "WI", "zimy": "WI", "zimie": "WI", "zimę": "WI", "wiosnę": "SP"}
UNITS = {
    "sekunda": "second", "sekundy": "second", "sekund": "second", "minuta": "minute", "minuty": "minute",
    "minut": "minute", "minutę": "minute", "godzina": "hour", "godziny": "hour", "godzin": "hour", "godzinę": "hour",
    "dzień": "day", "dni": "day", "dnia": "day", "dniu": "day", "dniach": "day", "godzinach": "hour",
    "tygodniach": "week", "miesiącach": "month", "doba": "day", "doby": "day", "dób": "day",
    "tydzień": "week", "tygodnie": "week", "tygodni": "week", "tygodnia": "week", "tygodniu": "week",
    "weekend": "weekend", "weekendzie": "weekend", "weekendu": "weekend",
    "miesiąc": "month", "miesiące": "month", "miesięcy": "month", "miesiąca": "month", "miesiącu": "month",
    "kwartał": "quarter", "kwartale": "quarter", "kwartału": "quarter",
    "rok": "year", "lata": "year", "lat": "year", "roku": "year", "latach": "year",
    "dekada": "decade", "dekady": "decade", "dekad": "decade", "dekadę": "decade",
    "wiek": "century", "wieku": "century", "stulecie": "century",
}
PLURAL_UNITS = {"sekundy", "sekund", "minuty", "minut", "godziny", "godzin", "dni", "tygodnie", "tygodni", "dniach",
                "godzinach", "tygodniach", "miesiącach",
                "miesiące", "miesięcy", "lata", "lat", "latach", "dekady", "dekad"}
NUMBERS = {
    "jeden": 1, "jedna": 1, "jedną": 1, "jednego": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3,
    "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7,
    "osiem": 8, "ośmiu": 8, "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10,
    "jedenaście": 11, "dwanaście": 12, "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30,
}
VAGUE_NUMBERS = ["kilka", "kilku", "kilkanaście", "kilkunastu", "kilkadziesiąt", "wiele", "wielu", "parę", "paru"]
ORDINALS = {"pierwszym": 1, "pierwszy": 1, "drugim": 2, "drugi": 2, "trzecim": 3, "trzeci": 3,
            "czwartym": 4, "czwarty": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
DAY_SUFFIX = r"\.?"
DAY_MONTH_LINK = r"\s*"
MONTH_YEAR_LINK = r"\s+"
YEAR_SUFFIX = r"(?:\s*r\.|\s+roku)?"

DEICTIC_DAYS = {"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2,
                # the adjectives: "wczorajszej debaty", "Dzisiejsze głosowanie", "jutrzejszym meczu"
                **{stem + ending: n for stem, n in (("dzisiejsz", 0), ("wczorajsz", -1), ("jutrzejsz", 1))
                   for ending in _HARD}}
REFERENCES = {"teraz": "PRESENT_REF", "w dzisiejszych czasach": "PRESENT_REF", "dzisiejszych czasach": "PRESENT_REF", "obecnie": "PRESENT_REF", "aktualnie": "PRESENT_REF",
              "niedawno": "PAST_REF", "ostatnio": "PAST_REF", "wkrótce": "FUTURE_REF", "niebawem": "FUTURE_REF",
              "w przyszłości": "FUTURE_REF", "w przeszłości": "PAST_REF", "dotychczas": "PAST_REF",
              "w ostatnich latach": "PAST_REF", "w najbliższych dniach": "FUTURE_REF",
              "w najbliższym czasie": "FUTURE_REF", "w ostatnich dniach": "PAST_REF",
              "w ostatnich tygodniach": "PAST_REF", "w ostatnich miesiącach": "PAST_REF",
              "w najbliższych tygodniach": "FUTURE_REF", "w najbliższych miesiącach": "FUTURE_REF",
              "w najbliższych latach": "FUTURE_REF"}
PARTS_OF_DAY = {"rano": "MO", "rankiem": "MO", "wieczorem": "EV", "wieczór": "EV", "nocą": "NI", "w nocy": "NI",
                "po południu": "AF", "przed południem": "MO"}
DEICTIC_PARTS = {"dziś rano": (0, "MO"), "dziś wieczorem": (0, "EV"), "wczoraj wieczorem": (-1, "EV"),
                 "wczoraj rano": (-1, "MO"), "minionej nocy": (-1, "NI"), "ubiegłej nocy": (-1, "NI"),
                 "zeszłej nocy": (-1, "NI"), "dziś w nocy": (0, "NI"), "tej nocy": (0, "NI")}
MODIFIERS_BEFORE = {
    "zeszły": -1, "zeszłym": -1, "zeszłego": -1, "zeszłą": -1, "zeszłej": -1, "ubiegły": -1, "ubiegłym": -1,
    "ubiegłego": -1, "ubiegłą": -1, "ubiegłej": -1, "miniony": -1, "minionym": -1, "minionego": -1,
    "minioną": -1, "minionej": -1, "poprzedni": -1, "poprzednim": -1, "poprzedniego": -1, "poprzednią": -1,
    "poprzedniej": -1, "ostatni": -1, "ostatnim": -1, "ostatniego": -1, "ostatnią": -1, "ostatniej": -1,
    "przyszły": 1, "przyszłym": 1, "przyszłego": 1, "przyszłą": 1, "przyszłej": 1, "następny": 1,
    "następnym": 1, "następnego": 1, "najbliższy": 1, "najbliższym": 1, "najbliższą": 1, "najbliższej": 1,
    "nadchodzący": 1, "nadchodzącym": 1, "nadchodzącą": 1, "nadchodzącej": 1,
    "ten": 0, "tym": 0, "tego": 0, "tę": 0, "tej": 0, "bieżący": 0, "bieżącym": 0, "bieżącego": 0,
    "obecny": 0, "obecnym": 0, "obecnego": 0,
}
MODIFIERS_AFTER: dict[str, int] = {}
# Agency abbreviations of "last/this year/month" ("29 marca ub.r.", "w marcu br.").
DEICTIC_PERIODS = {"ub.r.": ("year", -1), "ub. r.": ("year", -1), "b.r.": ("year", 0), "br.": ("year", 0),
                   "ub.m.": ("month", -1), "b.m.": ("month", 0)}
# "Of last year" / "of this year" before a month or season: that month of that year, where a MODIFIERS_BEFORE word
# ("last June") is the last such month before the publication day ("zeszłorocznego lata").
YEAR_MODIFIERS = {"zeszłoroczny": -1, "zeszłorocznego": -1, "zeszłorocznym": -1, "zeszłoroczna": -1,
                  "zeszłorocznej": -1, "zeszłoroczną": -1, "zeszłoroczne": -1, "zeszłorocznych": -1,
                  "ubiegłoroczny": -1, "ubiegłorocznego": -1, "ubiegłorocznym": -1, "ubiegłoroczna": -1,
                  "ubiegłorocznej": -1, "ubiegłoroczną": -1, "ubiegłoroczne": -1, "ubiegłorocznych": -1,
                  "tegoroczny": 0, "tegorocznego": 0, "tegorocznym": 0, "tegoroczna": 0, "tegorocznej": 0,
                  "tegoroczną": 0, "tegoroczne": 0, "tegorocznych": 0, "przyszłoroczny": 1, "przyszłorocznego": 1,
                  "przyszłorocznym": 1, "przyszłoroczna": 1, "przyszłorocznej": 1, "przyszłoroczną": 1,
                  "przyszłoroczne": 1, "przyszłorocznych": 1}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("w zeszłym roku w czerwcu").
YEAR_PERIOD_LINK = ["w", "we"]
SPAN_MODIFIERS = {"na początku": "START", "z początkiem": "START", "pod koniec": "END", "na koniec": "END",
                  "z końcem": "END", "w połowie": "MID", "na przełomie": "MID", "wczesnym": "START",
                  "późnym": "END"}
AGO_BEFORE: list[str] = []
AGO_AFTER = ["temu"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# with a past verb "za dwa tygodnie" is rare and reads "within", so only with a future (or no past) verb.
AHEAD_BEFORE = ["za"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:po|od)(?!\w)"
AHEAD_NEEDS_FUTURE = True
ANAPHORIC_AFTER = {"wcześniej": -1, "później": 1, "potem": 1, "przedtem": -1}
ANAPHORIC_FIXED = {
    "dzień wcześniej": ("day", -1), "dzień później": ("day", 1), "dzień przed": ("day", -1),
    "poprzedniego dnia": ("day", -1), "następnego dnia": ("day", 1), "nazajutrz": ("day", 1),
    "tego samego dnia": ("day", 0), "tego dnia": ("day", 0), "w przeddzień": ("day", -1),
    "tydzień wcześniej": ("week", -1), "tydzień później": ("week", 1), "rok wcześniej": ("year", -1),
    "rok później": ("year", 1), "w następnym tygodniu": ("week", 1), "w tym samym tygodniu": ("week", 0),
    "wcześniej w tym tygodniu": ("week", 0), "na początku tygodnia": ("week", 0),
    "w weekend": ("weekend", 0), "pod koniec tygodnia": ("week", 0), "pod koniec miesiąca": ("month", 0),
    "pod koniec roku": ("year", 0),
}
APPROXIMATORS = ["około", "ok.", "prawie", "niemal", "blisko", "ponad", "przez", "ostatnie", "ostatnich",
                 "najbliższe", "najbliższych", "zaledwie", "niespełna", "co najmniej", "już"]
EVERY = ["co", "każdego", "każdy", "każdą", "w każdy", "w każdą", "codziennie", "w", "na"]
# Words of EVERY that make a set only after a count ("dwa razy w tygodniu"; "w tygodniu" alone is no set).
SET_NEEDS_COUNT = ["w", "na"]
SET_COUNT_BEFORE = r"(?<!\w)razy?\s+$"
# Halves: a fractional count is written in the next smaller unit ("pół roku" P6M).
FRACTIONS = {"pół": 0.5, "półtora": 1.5, "półtorej": 1.5}
# A single unit without a count after a word of length ("Trwało to ponad rok", "przez tydzień"): Polish has no
# article to count it, so the phrase is one unit ("na rok" is left out: "budżet na rok 2021" names the year).
FIXED_DURATIONS = {f"{lead} {unit}": value for lead in ("ponad", "przez", "prawie", "niemal", "blisko", "niespełna",
                                                         "około", "cały", "całą", "całe")
                   for unit, value in (("rok", "P1Y"), ("miesiąc", "P1M"), ("tydzień", "P1W"), ("dzień", "P1D"),
                                       ("dobę", "P1D"))}
SET_ADVERBS = {"codziennie": "P1D", "dziennie": "P1D", "tygodniowo": "P1W", "miesięcznie": "P1M", "rocznie": "P1Y", "co tydzień": "P1W", "co miesiąc": "P1M", "co roku": "P1Y",
               "corocznie": "P1Y", "co dzień": "P1D", "cotygodniowo": "P1W", "co noc": "P1D",
               # weekdays in the plural are habits ("w piątki", "we wtorki"), never one day
               "w poniedziałki": "XXXX-WXX-1", "we wtorki": "XXXX-WXX-2", "w środy": "XXXX-WXX-3",
               "we środy": "XXXX-WXX-3", "w czwartki": "XXXX-WXX-4", "w piątki": "XXXX-WXX-5",
               "w soboty": "XXXX-WXX-6", "w niedziele": "XXXX-WXX-7"}
QUARTER_WORDS = ["kwartale", "kwartał", "kwartału"]
HALF_WORDS = ["połowie", "połowa", "półroczu"]
QUARTER_PREFIX = r"(?:w\s+)?"
DECADE_PATTERN = r"(?:latach|lata|lat)\s+(?P<decade>(?:19|20)?\d0)\.?(?!\d)"  # "w latach 90." = the 1990s
# "godz." names an hour whatever preposition leads it: "o godz. 15", "po godz. 21", "do godz. 18", "około godziny 10",
# "od godz. 19 czasu lokalnego" ("2 godziny 10 minut" is a length).
_HOUR_WORD = r"(?:(?:o|od|do|po|przed|około|ok\.)\s+)?(?:godz\.|godzinie|godziny|godzinach)\s*"
CLOCK_PATTERN = (rf"(?:{_HOUR_WORD})?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)(?!\d)"
                 rf"|{_HOUR_WORD}(?P<hh>[01]?\d|2[0-3])(?!\d|[:.]\d|\s+(?:min|sek)\w*)")
CLOCK_NAMED = {"w południe": "12:00", "o północy": "24:00"}

FUTURE_CUES = r"(?<!\w)(?:będzie|będą|będziemy|zostanie|zostaną|ma\s+się|mają\s+się|ma\s+zostać|mają\s+zostać|ma\s+być|mają\s+być|zaplanowan\w*|planuje|planują|zamierza|zamierzają|przyszł\w*|najbliższ\w*|odwiedzi|spotka|spotkają|odbędzie|\w+łby)(?!\w)"
# (the impersonal past "uchwalono", "przyjęto", "zatrzymano", "odkryto" is past too)
# (nouns and adverbs with a participle's ending are none: "około 18", "źródła", "ciało", "działa" is the present)
PAST_CUES = r"(?<!\w)(?:(?!(?:około|koło|ciało|ciała|źródło|źródła|działa|skrzydła)(?!\w))\w{2,}(?:ł|ła|ło|ieli|ali|ili|yli|ęli|śli|źli|ły)(?:\s+się)?|\w{2,}(?:ano|ono|ęto|ito|yto)|był\w*|temu|zeszł\w*|ubiegł\w*|wcześniej)(?!\w)"
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)że(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:na|do)\s+$"
# ... unless the expression after it is a locative adjective: "na piątkowym szczycie", "na grudniowej konferencji"
# are at that summit, which the verb dates ("na piątkowe spotkanie", the accusative, still looks ahead).
FUTURE_BEFORE_EXCEPT = r"\w+(?:ym|im|ej)(?!\w)"
# The past is marked in the verb (-ł/-л/-l): a sentence without a past cue speaks of now or later.
PAST_MARKED = True
# "In the night to Wednesday" names the night before that day: its "na" does not look ahead.
NIGHT_BEFORE = r"(?<!\w)w\s+nocy\s+(?:z\s+\S+\s+)?na\s+$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)od\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "XIX wieku" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?P<roman>[IVXL]{1,6})\s+(?:wieku|wiek|wiekach)"
CLOCK_LINK = ['o', 'około', 'ok.']
# Between a clock and the day it falls on: "o godz. 15 we wtorek", "o godz. 16.53 czasu lokalnego we wtorek" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['we', 'w', 'dnia']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['czasu lokalnego', 'czasu polskiego', 'naszego czasu']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS: list[str] = []
STAMP_MARKS = ['Odpowiedz', 'Zgłoś']
STAMP_WROTE = ['napisał', 'napisała']
# What after a bare year makes it an amount ("ponad 1900 osób", "około 1500 żołnierzy", "2092 razy").
NOT_YEAR_AFTER = r"\s+(?:osób|osoby|ludzi|złotych|zł|euro|dolarów|funtów|rodzin|razy|żołnierzy|przypadków|zakażeń|mieszkańców|worków|pracowników|uczestników|głosów|tys\.)(?!\w)"
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)w\s+wieku\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("po 1997 roku", "przed wtorkiem", "szybciej niż we wrześniu 2024 roku": a comparison; not "nie później niż w
# piątek", a deadline): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:po|przed)\s+$|(?<!\w)(?<!później\s)(?<!wcześniej\s)niż\s+(?:w\s+|we\s+)?$"
# Words right before a bare year that make it the date of an earlier, named happening
# ("powódź z 1997 roku"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)z\s+$"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["i", "do", "lub", "albo"]
# A name's head right before a day and month (a movement, a street): a name, not a date.
DATE_NAME_BEFORE = r"(?<!\w)(?:ul\.|ulic[ayę]|al\.|alej[aię]|pl\.|plac[ua]?|rond[oa]|mos[tu]|ruch[u]?)\s*$"
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:arabsk\w+|prask\w+)\s+$"
SEASON_NAME_AFTER = r"\s+(?:ludów|arabsk\w+)(?!\w)"
# fmt: off
# Calendar weeks: "w 3. tygodniu roku", "w 12 tygodniu 2026 r.", "w trzecim tygodniu stycznia", "w ostatnim
# tygodniu marca" (a week of a month is the ISO week of its third / last Thursday).
WEEK_ORDINALS = {"pierwszym": 1, "pierwszy": 1, "drugim": 2, "drugi": 2, "trzecim": 3, "trzeci": 3, "czwartym": 4,
                 "czwarty": 4, "piątym": 5, "piąty": 5}
CALENDAR_WEEK_PATTERN = (r"(?:(?P<wn>\d{1,2})\.?|{ordinal}|(?P<last>ostatnim|ostatni))\s+(?:tygodniu|tydzień)\s+"
                         r"(?:{year}(?:\s*r\.|\s+roku)?|{month}(?:\s+{year2}(?:\s*r\.|\s+roku)?)?"
                         r"|(?P<yword>(?:(?P<yrel>tego|bieżącego|ubiegłego|zeszłego|przyszłego)\s+)?roku))")
# fmt: on
# Forms of "year" that after a number name the year, never a count ("w 656 roku": a count takes another case).
YEAR_ORDINAL_UNITS = ["roku"]
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"p\.\s?n\.\s?e\.",
    r"przed naszą erą",
    r"przed Chrystusem",
    r"przed Chr\.",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "wczoraj wieczorem o 20", "w piątek o 20", "o 8 rano" ("o 20 osób", "o 20 proc." count).
BARE_HOUR_BEFORE = r"(?<!\w)(?:o|około|ok\.)\s+$"
BARE_HOUR_PARTS = {
    "wieczorem": "EV",
    "rano": "MO",
    "rankiem": "MO",
    "w nocy": "NI",
    "nad ranem": "MO",
    "po południu": "AF",
    "przed południem": "MO",
}
# Words that may follow a bare hour told after a day (a count's noun may not): "w poniedziałek około 18 w Warszawie".
BARE_HOUR_WORDS_AFTER = ["w", "we", "na", "przy", "przed", "pod", "i", "a", "z", "ze"]
# A plan word before a day makes it a coming one ("Spotkanie ma się odbyć w czwartek, poinformował rzecznik").
PLAN_CUES = (
    r"(?<!\w)(?:ma\s+się\s+odbyć|mają\s+się\s+odbyć|ma\s+odbyć\s+się|zaplanowan\w*|zaplanowano|"
    r"odbędzie\s+się|odbędą\s+się|ma\s+zostać|mają\s+zostać)(?!\w)"
)
# Words right before a day and month written like a clock ("od 23.06", "w dniach 23.06–25.06"): a date; "o 23.06",
# "godz. 23.06" stay clocks.
DOTTED_DATE_BEFORE = r"(?<!\w)(?:od|do|dnia|w\s+dniach|z\s+dnia|na|po|przed|pomiędzy|między)\s+$"
