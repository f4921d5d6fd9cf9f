"""Bulgarian time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = month_names("bg")
WEEKDAYS = weekday_names("bg")
SEASONS = {"пролет": "SP", "пролетта": "SP", "лято": "SU", "лятото": "SU", "есен": "FA", "есента": "FA",
           "зима": "WI", "зимата": "WI"}
UNITS = {"секунда": "second", "секунди": "second", "минута": "minute", "минути": "minute", "час": "hour",
         "часа": "hour", "часове": "hour", "ден": "day", "дни": "day", "дена": "day", "седмица": "week",
         "седмици": "week", "седмицата": "week", "уикенд": "weekend", "уикенда": "weekend", "месец": "month",
         "месеца": "month", "месеци": "month", "тримесечие": "quarter", "година": "year", "години": "year",
         "годината": "year", "десетилетие": "decade", "десетилетия": "decade", "век": "century"}
PLURAL_UNITS = {"секунди", "минути", "часове", "дни", "седмици", "месеци", "години", "десетилетия"}
NUMBERS = {"един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6,
           "седем": 7, "осем": 8, "девет": 9, "десет": 10, "двадесет": 20}
VAGUE_NUMBERS = ["няколко", "много"]
ORDINALS = {"първото": 1, "първо": 1, "второто": 2, "второ": 2, "третото": 3, "трето": 3, "четвъртото": 4}
DAY_SUFFIX = r"(?:-?(?:ви|ри|ти|ми))?"
DAY_MONTH_LINK = r"\s+"
MONTH_YEAR_LINK = r"\s+"
YEAR_SUFFIX = r"(?:\s*г\.|\s+година)?"
DEICTIC_DAYS = {"днес": 0, "вчера": -1, "утре": 1, "онзи ден": -2, "вдругиден": 2}
REFERENCES = {"сега": "PRESENT_REF", "понастоящем": "PRESENT_REF", "в момента": "PRESENT_REF",
              "наскоро": "PAST_REF", "скоро": "FUTURE_REF", "в бъдеще": "FUTURE_REF", "през последните години": "PAST_REF"}
PARTS_OF_DAY = {"сутринта": "MO", "следобед": "AF", "вечерта": "EV", "през нощта": "NI"}
DEICTIC_PARTS = {"тази сутрин": (0, "MO"), "тази вечер": (0, "EV"), "снощи": (-1, "NI"), "вчера вечерта": (-1, "EV")}
MODIFIERS_BEFORE = {"миналата": -1, "миналия": -1, "миналото": -1, "предишната": -1, "предишния": -1,
                    "следващата": 1, "следващия": 1, "следващото": 1, "другата": 1, "другия": 1, "идния": 1, "идната": 1, "идното": 1, "тази": 0,
                    "този": 0, "това": 0, "текущата": 0}
# "Of last year" / "of this year" before a month or season: that month of that year, where a MODIFIERS_BEFORE word
# ("last June") is the last such month before the publication day ("миналогодишното лято").
YEAR_MODIFIERS = {"миналогодишен": -1, "миналогодишния": -1, "миналогодишният": -1, "миналогодишна": -1,
                  "миналогодишната": -1, "миналогодишно": -1, "миналогодишното": -1, "миналогодишни": -1,
                  "миналогодишните": -1, "тазгодишен": 0, "тазгодишния": 0, "тазгодишният": 0, "тазгодишна": 0,
                  "тазгодишната": 0, "тазгодишно": 0, "тазгодишното": 0, "тазгодишни": 0, "тазгодишните": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("лани през юни").
YEAR_PERIOD_LINK = ["през", "в"]
# One-word years: "лани" last year, "догодина" next year.
DEICTIC_PERIODS = {"лани": ("year", -1), "догодина": ("year", 1)}
SPAN_MODIFIERS = {"в началото на": "START", "в края на": "END", "в средата на": "MID"}
AGO_BEFORE = ["преди"]
# Units with the definite article need a count to be "ago": "преди уикенда" is before the weekend.
DEFINITE_UNITS = ["седмицата", "годината", "уикенда"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# told in the past it counts from the time the story is at.
AHEAD_BEFORE = ["след"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:след|от)(?!\w)"
AGO_AFTER: list[str] = []
ANAPHORIC_AFTER = {"по-рано": -1, "по-късно": 1, "след това": 1}
ANAPHORIC_FIXED = {"предишния ден": ("day", -1), "ден по-рано": ("day", -1), "на следващия ден": ("day", 1),
                   "същия ден": ("day", 0), "в края на седмицата": ("week", 0),
                   "в края на месеца": ("month", 0), "в края на годината": ("year", 0), "в началото на седмицата": ("week", 0), "през уикенда": ("weekend", 0)}
APPROXIMATORS = ["около", "почти", "над", "повече от", "по-малко от", "близо"]
DURATION_LEAD = ["последните", "следващите", "през"]
EVERY = ["всеки", "всяка", "всяко", "на"]
# Words of EVERY that make a set only after a count ("два пъти на седмица"; "на седмица" alone is no set).
SET_NEEDS_COUNT = ["на"]
SET_COUNT_BEFORE = r"(?<!\w)(?:пъти|път|веднъж)\s+$"
FIXED_DURATIONS = {"половин година": "P6M", "година и половина": "P18M", "половин час": "PT30M"}
SET_ADVERBS = {"ежедневно": "P1D", "всеки ден": "P1D", "седмично": "P1W", "месечно": "P1M", "годишно": "P1Y"}
QUARTER_WORDS = ["тримесечие"]
HALF_WORDS = ["полугодие"]
# A full hour said with its word after a preposition ("в 10 часа"); the count alone is a duration.
CLOCK_PATTERN = (r"(?:в\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)(?:\s*ч\.)?"
                 r"|в\s+(?P<hh2>[01]?\d|2[0-3])\s+(?:часа|ч\.)(?:\s+(?P<pm2>вечерта|следобед)|\s+сутринта)?(?!\w)")
FUTURE_CUES = r"(?<!\w)(?:ще|планира|планират|следващ\w+)(?!\w)"
# The aorist singular of perfective verbs of news ("обяви", "заяви", "каза") is past: their present
# stands only after "да" or "ще", which are left out.
_AORISTS = ("обяви|заяви|каза|съобщи|посочи|подчерта|допълни|отбеляза|призова|подписа|прие|одобри|реши|поиска|"
            "започна|завърши|загина|почина|нападна|избра|предложи|отхвърли|потвърди|отказа|разкри|обясни|"
            "уточни|поясни|напусна|пристигна|посети|получи|арестува|задържа|стана|излезе|влезе|даде|взе|отиде|"
            "дойде|остана|обеща|предупреди|разпореди|внесе|гласува|обвини|осъди")
PAST_CUES = (rf"(?<!\w)(?:беше|бяха|бил|била|били|преди|минал\w+|\w{{2,}}(?:а|я|и)ха|"
             rf"(?<!\bще\s)(?<!\bда\s)(?:{_AORISTS})(?:\s+се)?)(?!\w)")
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)че(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:за|до)\s+$"
# The past is marked in the verb (-ł/-л/-l): a sentence without a past cue speaks of now or later.
PAST_MARKED = True
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)от\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "XIX век" (TIMEX3 writes the 19th century as 18).
# Decades: "през 90-те години".
DECADE_PATTERN = r"(?P<decade>(?:19|20)?[2-9]0)-те(?:\s+години)?"
CENTURY_PATTERN = r"(?P<roman>[IVXL]{1,6})\s+(?:век|века)"
CLOCK_LINK = ['в', 'около']
# Between a clock and the day it falls on: "в 16:53 ч. местно време във вторник", "от 0:00 ч. на 16 април" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['във', 'в', 'на']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['местно време', 'българско време', 'московско време', 'часа']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['публикация', 'актуализация']
STAMP_MARKS = ['Отговори', 'Докладвай']
STAMP_WROTE = ['написа']
# What after a bare year makes it an amount ("1504 случая", "2000 долара", "близо 1500 служители").
NOT_YEAR_AFTER = r"\s+(?:евро|долар\w*|лева|паунда|души|човека|случа\w*|служители|анкетирани|чувала|милиона|хиляди|теста|гласа|деца|жители|заразени|лица)(?!\w)"
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)на\s+възраст\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("след 2014 г.", "преди понеделник"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:след|преди|до)\s+$"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["и", "до", "или"]
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:арабск\w+|пражк\w+)\s+$"
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"пр\.\s?н\.\s?е\.",
    r"преди новата ера",
    r"пр\.\s?Хр\.",
    r"преди Христа",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "снощи в 23", "в 8 сутринта".
BARE_HOUR_BEFORE = r"(?<!\w)(?:в|около)\s+$"
BARE_HOUR_PARTS = {"сутринта": "MO", "вечерта": "EV", "през нощта": "NI", "следобед": "AF"}
# Words that may follow a bare hour told after a day (a count's noun may not): "в петък в 18 пред парламента".
BARE_HOUR_WORDS_AFTER = ["в", "във", "на", "пред", "и", "с", "със"]
# A plan word before a day makes it a coming one ("стратегията, която Мей предстои да представи в петък").
PLAN_CUES = r"(?<!\w)(?:ще\s+се\s+проведе|ще\s+се\s+състои|насрочен\w*|предстои)(?!\w)"
# Words right before a day and month written like a clock ("на 23.06"): a date (Bulgarian writes clocks with dots).
DOTTED_DATE_BEFORE = r"(?<!\w)на\s+$"
