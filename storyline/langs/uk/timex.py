"""Ukrainian time-expression grammar data (see storyline/timex): names in the cases news prose uses."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = {**month_names("uk"), "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6,
          "липні": 7, "серпні": 8, "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12}
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("uk").items() if k.endswith(".")}
WEEKDAYS = {**weekday_names("uk"), "середу": 3, "п'ятницю": 5, "п’ятницю": 5, "п'ятниця": 5, "суботу": 6,
            "неділю": 7, "понеділка": 1, "вівторка": 2, "середи": 3, "четверга": 4, "п'ятниці": 5, "суботи": 6,
            "неділі": 7}
SEASONS = {"весна": "SP", "навесні": "SP", "весною": "SP", "літо": "SU", "влітку": "SU", "літа": "SU",
           "осінь": "FA", "восени": "FA", "осені": "FA", "зима": "WI", "взимку": "WI", "узимку": "WI", "улітку": "SU", "зими": "WI", "зиму": "WI"}
UNITS = {"секунда": "second", "секунди": "second", "секунд": "second", "хвилина": "minute", "хвилини": "minute",
         "хвилин": "minute", "годину": "hour", "години": "hour", "годин": "hour", "година": "hour", "день": "day",
         "дня": "day", "днів": "day", "дні": "day", "доби": "day", "тиждень": "week", "тижня": "week",
         "тижні": "week", "тижнів": "week", "вихідні": "weekend", "вихідних": "weekend", "місяць": "month",
         "місяця": "month", "місяці": "month", "місяців": "month", "квартал": "quarter", "кварталі": "quarter",
         "рік": "year", "року": "year", "роки": "year", "років": "year", "році": "year", "десятиліття": "decade",
         "століття": "century"}
PLURAL_UNITS = {"секунд", "хвилин", "годин", "днів", "дні", "тижнів", "місяців", "років", "роки"}
NUMBERS = {"один": 1, "одна": 1, "одну": 1, "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4,
           "п'ять": 5, "п’ять": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10, "двадцять": 20,
           "тридцять": 30}
VAGUE_NUMBERS = ["кілька", "декілька", "кількох", "багато", "пару"]
ORDINALS = {"першому": 1, "перший": 1, "другому": 2, "другий": 2, "третьому": 3, "третій": 3, "четвертому": 4,
            "четвертий": 4}
DAY_SUFFIX = r"(?:-?(?:го|е))?"
DAY_MONTH_LINK = r"\s+"
MONTH_YEAR_LINK = r"\s+"
YEAR_SUFFIX = r"(?:\s*р\.|\s+року|\s+рік|\s+році|-го)?"  # "грудень 2020-го"
DEICTIC_DAYS = {"сьогодні": 0, "вчора": -1, "учора": -1, "завтра": 1, "позавчора": -2, "післязавтра": 2,
                # the adjectives: "вчорашньої заяви", "на сьогоднішньому засіданні", "завтрашній матч"
                **{stem + ending: n for stem, n in (("сьогоднішн", 0), ("вчорашн", -1), ("завтрашн", 1))
                   for ending in ("ій", "я", "є", "ього", "ьої", "ьому", "ім", "ю", "і", "іх", "іми", "ій")}}
REFERENCES = {"зараз": "PRESENT_REF", "нині": "PRESENT_REF", "наразі": "PRESENT_REF", "тепер": "PRESENT_REF",
              "нещодавно": "PAST_REF", "днями": "PAST_REF", "незабаром": "FUTURE_REF", "невдовзі": "FUTURE_REF",
              "найближчим часом": "FUTURE_REF", "в майбутньому": "FUTURE_REF", "останніми роками": "PAST_REF",
              "останніми днями": "PAST_REF", "останніми тижнями": "PAST_REF", "останніми місяцями": "PAST_REF",
              "найближчими днями": "FUTURE_REF", "найближчими тижнями": "FUTURE_REF",
              "найближчими місяцями": "FUTURE_REF", "найближчими роками": "FUTURE_REF"}
PARTS_OF_DAY = {"вранці": "MO", "зранку": "MO", "вдень": "AF", "ввечері": "EV", "увечері": "EV", "вночі": "NI",
                "уночі": "NI"}
DEICTIC_PARTS = {"сьогодні вранці": (0, "MO"), "сьогодні ввечері": (0, "EV"), "вчора ввечері": (-1, "EV"),
                 "учора ввечері": (-1, "EV"), "вчора вранці": (-1, "MO"), "минулої ночі": (-1, "NI"),
                 "цієї ночі": (0, "NI"), "сьогодні вночі": (0, "NI")}
MODIFIERS_BEFORE = {
    "минулого": -1, "минулому": -1, "минулий": -1, "минулої": -1, "минулу": -1, "минулій": -1, "попереднього": -1,
    "попередній": -1, "попередньому": -1, "наступного": 1, "наступному": 1, "наступний": 1, "наступної": 1,
    "наступну": 1, "наступній": 1, "майбутнього": 1, "майбутньому": 1, "найближчого": 1, "найближчим": 1,
    "цього": 0, "цьому": 0, "цей": 0, "цієї": 0, "цю": 0, "поточного": 0, "поточному": 0,
    # plural forms, for "ці вихідні", "минулі вихідні"
    "ці": 0, "цих": 0, "минулі": -1, "минулих": -1, "наступні": 1, "наступних": 1,
}
# No modifier stands before a day and month ("Про це 4 листопада повідомило DW": "этом" is no "this").
DAY_MONTH_MODIFIERS: list[str] = []
# "Of last year" / "of this year" before a month or season: that month of that year, where a MODIFIERS_BEFORE word
# ("last June") is the last such month before the publication day ("торішнього січня").
YEAR_MODIFIERS = {"торішній": -1, "торішнього": -1, "торішньому": -1, "торішнім": -1, "торішня": -1, "торішньої": -1,
                  "торішню": -1, "торішні": -1, "торішніх": -1, "торішньою": -1, "минулорічний": -1,
                  "минулорічного": -1, "минулорічному": -1, "минулорічним": -1, "минулорічна": -1,
                  "минулорічної": -1, "минулорічну": -1, "минулорічні": -1, "минулорічних": -1, "цьогорічний": 0,
                  "цьогорічного": 0, "цьогорічному": 0, "цьогорічним": 0, "цьогорічна": 0, "цьогорічної": 0,
                  "цьогорічну": 0, "цьогорічні": 0, "цьогорічних": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("торік у червні").
YEAR_PERIOD_LINK = ["у", "в"]
# One-word years: "торік" last year, "позаторік" the year before, "цьогоріч" this year.
DEICTIC_PERIODS = {"торік": ("year", -1), "позаторік": ("year", -2), "цьогоріч": ("year", 0)}
SPAN_MODIFIERS = {"на початку": "START", "наприкінці": "END", "в кінці": "END", "у кінці": "END",
                  "в середині": "MID", "у середині": "MID", "до кінця": "END", "у першій половині": "START",
                  "в першій половині": "START", "у другій половині": "END", "в другій половині": "END",
                  # the genitive after other prepositions: "з середини XX століття", "до середини вересня"
                  "кінця": "END", "початку": "START", "середини": "MID", "першої половини": "START",
                  "другої половини": "END"}
AGO_BEFORE: list[str] = []
AGO_AFTER = ["тому"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# told in the past it counts from the time the story is at.
AHEAD_BEFORE = ["через"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:після|з\s+моменту)(?!\w)"
# "напередодні Різдва", "напередодні інавгурації президента": a genitive after it makes "напередодні" the eve of an
# event (SlavicNER uk: 4 of 17; "Напередодні Мей заявила", "напередодні з міркувань безпеки" stay the day before)
ANAPHORIC_FIXED_OBJECT = r"(?<=напередодні)\s+\w*(?:ів|ого|ої|их|ння|ття|ії|дня|різдва)(?!\w)"
ANAPHORIC_AFTER = {"раніше": -1, "пізніше": 1, "згодом": 1, "потому": 1}
ANAPHORIC_FIXED = {"напередодні": ("day", -1), "наступного дня": ("day", 1), "днем раніше": ("day", -1),
                   "того ж дня": ("day", 0), "того дня": ("day", 0), "цього дня": ("day", 0),
                   "на вихідних": ("weekend", 0), "у вихідні": ("weekend", 0), "в вихідні": ("weekend", 0),
                   "наприкінці тижня": ("week", 0), "наприкінці місяця": ("month", 0), "наприкінці року": ("year", 0),
                   "на початку тижня": ("week", 0),
                   # "У вересні того року": the year of the time told before (storyline/timex/resolve.py)
                   "того року": ("year", 0), "того ж року": ("year", 0), "того самого року": ("year", 0),
                   "у тому ж році": ("year", 0)}
APPROXIMATORS = ["близько", "майже", "понад", "більше", "менше", "приблизно", "вже"]
DURATION_LEAD = ["останні", "найближчі", "протягом", "впродовж"]
EVERY = ["кожен", "кожного", "кожну", "кожні", "щодня", "на"]
# Words of EVERY that make a set only after a count ("dwa razy w tygodniu"; "w tygodniu" alone is no set).
SET_NEEDS_COUNT = ["на"]
SET_COUNT_BEFORE = r"(?<!\w)(?:раз|рази|разів|двічі|тричі)\s+$"
# Halves: a fractional count is written in the next smaller unit ("pół roku" P6M).
FRACTIONS = {"півтора": 1.5, "півтори": 1.5, "пів": 0.5}
FIXED_DURATIONS = {"півроку": "P6M", "півгодини": "PT30M", "півдня": "PT12H"}
SET_ADVERBS = {"щодня": "P1D", "щотижня": "P1W", "щомісяця": "P1M", "щороку": "P1Y", "щорічно": "P1Y",
               # "по п'ятницях", "щоп'ятниці": weekday habits
               "по понеділках": "XXXX-WXX-1", "по вівторках": "XXXX-WXX-2", "по середах": "XXXX-WXX-3",
               "по четвергах": "XXXX-WXX-4", "по п'ятницях": "XXXX-WXX-5", "по п’ятницях": "XXXX-WXX-5",
               "по суботах": "XXXX-WXX-6", "по неділях": "XXXX-WXX-7", "щопонеділка": "XXXX-WXX-1",
               "щовівторка": "XXXX-WXX-2", "щосереди": "XXXX-WXX-3", "щочетверга": "XXXX-WXX-4",
               "щоп'ятниці": "XXXX-WXX-5", "щоп’ятниці": "XXXX-WXX-5", "щосуботи": "XXXX-WXX-6",
               "щонеділі": "XXXX-WXX-7",
               # a part of every day ("щоранку"): TIMEX3 writes the part on any day
               "щоранку": "XXXX-XX-XXTMO", "щовечора": "XXXX-XX-XXTEV", "щоночі": "XXXX-XX-XXTNI",
               "кожного ранку": "XXXX-XX-XXTMO", "кожного вечора": "XXXX-XX-XXTEV"}
# What after a bare year makes it an amount ("від 300 до 1500 гривень", "щонайменше 1991 делегата").
NOT_YEAR_AFTER = r"\s+(?:грн|гривень|гривні|гривня|долар\w*|євро|осіб|людей|делегат\w*|тисяч\w*|тис\.|респондент\w*|учасник\w*|голоси|голосів|випадк\w*|жител\w*)(?!\w)"
QUARTER_WORDS = ["кварталі", "квартал", "кварталу"]
HALF_WORDS = ["півріччі", "півріччя"]
QUARTER_PREFIX = r"(?:(?:в|у)\s+)?"
# "90-ті роки": two digits only with the word for years after them
DECADE_PATTERN = (r"(?P<decade>1[5-9]\d0|20\d0|[2-9]0(?=-?(?:ті|х)\s+(?:роки|роках|років)))-?(?:ті|х)"
                  r"(?:\s+роки|\s+роках|\s+років)?")
# A full hour said with its word after a preposition ("о 10-й годині"); the count alone is a duration.
CLOCK_PATTERN = (r"(?:о\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)"
                 r"|об?\s+(?P<hh2>[01]?\d|2[0-3])(?:-й|-ій)?\s+годині(?:\s+(?P<pm2>вечора|дня)|\s+ранку|\s+ночі)?(?!\w)")
CLOCK_NAMED = {"опівдні": "12:00", "опівночі": "24:00"}
FUTURE_CUES = r"(?<!\w)(?:буде|будуть|буду|планує|планують|має намір|мають намір|збирається|наступн\w+|найближч\w+|\w+тиме|\w+тимуть)(?!\w)"
PAST_CUES = r"(?<!\w)(?:був|була|було|були|тому|минул\w+|\w{2,}(?:ав|яв|ив|ла|ло|ли)(?:ся|сь)?|\w*(?:вів|хотів|зумів|сидів|летів|велів|терпів))(?!\w)"
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)що(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:на|до)\s+$"
# The past is marked in the verb (-ł/-л/-l): a sentence without a past cue speaks of now or later.
PAST_MARKED = True
# "In the night to Wednesday" names the night before that day: its "на" does not look ahead.
NIGHT_BEFORE = r"(?<!\w)(?:у|в)\s+ніч\s+(?:з\s+\S+\s+)?на\s+$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)(?:з|із|від)\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "XIX столітті" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?P<roman>[IVXL]{1,6})\s+(?:столітті|століття|ст\.)"
CLOCK_LINK = ['о', 'об', 'близько']
# Between a clock and the day it falls on: "о 10:00 у вівторок", "о 16:53 за місцевим часом у вівторок" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['у', 'в', 'во']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['за місцевим часом', 'за київським часом', 'за Києвом', 'за московським часом']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['оновлення']
STAMP_MARKS = ['Відповісти', 'Поскаржитися']
STAMP_WROTE = ['написав', 'написала']
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)у\s+віці\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("після 2014 року", "до 15 березня"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:після|до|перед)\s+$"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["і", "й", "та", "по", "або", "до"]
# A name's head right before a day and month (a movement, a street): a name, not a date.
DATE_NAME_BEFORE = r"(?<!\w)(?:вул\.|вулиц[яіює]|просп\.|проспект[уі]?|площ[аеіу]|майдан[уі]?|рух[уі]?)\s*$"
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:арабськ\w+|празьк\w+)\s+$"
# fmt: off
# Calendar weeks: "на 3-му тижні року", "3-й тиждень 2026 року", "на третьому тижні січня", "в останній тиждень
# березня" (a week of a month is the ISO week of its third / last Thursday); a year or month must follow.
WEEK_ORDINALS = {"першому": 1, "перший": 1, "другому": 2, "другий": 2, "третьому": 3, "третій": 3, "четвертому": 4,
                 "четвертий": 4, "п'ятому": 5, "п’ятому": 5, "п'ятий": 5, "п’ятий": 5}
CALENDAR_WEEK_PATTERN = (r"(?:(?P<wn>\d{1,2})-?(?:й|му|го|ий)|{ordinal}|(?P<last>останньому|останній))"
                         r"\s+(?:тижні|тиждень|тижня)\s+(?:{year}(?:\s*р\.|\s+року)?|{month}(?:\s+{year2}(?:\s*р\.|\s+року)?)?"
                         r"|(?P<yword>(?:(?P<yrel>цього|поточного|минулого|наступного)\s+)?року))")
# fmt: on
# Forms of "year" that after a number name the year, never a count ("у 656 році": a count takes another case).
YEAR_ORDINAL_UNITS = ["році", "роках"]  # "у 2021-2022 роках"
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"до\s+н\.\s?е\.",
    r"до нашої ери",
    r"до Різдва Христового",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "учора ввечері о 20", "о 8 ранку".
BARE_HOUR_BEFORE = r"(?<!\w)(?:о|об|близько)\s+$"
BARE_HOUR_PARTS = {"ранку": "MO", "вечора": "EV", "ночі": "NI"}
# Words that may follow a bare hour told after a day (a count's noun may not): "у суботу о 19 на площі".
BARE_HOUR_WORDS_AFTER = ["в", "у", "на", "біля", "перед", "і", "й", "з"]
# A plan word before a day makes it a coming one ("Зустріч відбудеться в четвер, повідомив …").
PLAN_CUES = r"(?<!\w)(?:заплановано|запланован\w*|відбудеться|відбудуться|пройде|пройдуть)(?!\w)"
# Words right before a day and month written like a clock ("з 23.06 по 25.06"): a date.
DOTTED_DATE_BEFORE = r"(?<!\w)(?:з|по)\s+$"
