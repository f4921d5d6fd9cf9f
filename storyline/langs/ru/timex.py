"""Russian time-expression grammar data (see storyline/timex): names in the cases news prose uses."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
# CLDR: nominative + genitive; the prepositional ("в январе") is added by hand.
MONTHS = {**month_names("ru"), "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
          "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12}
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("ru").items() if k.endswith(".")}
# the nominative "среда" is far more often a milieu ("Культурная среда", "конкурентная среда"; SlavicNER ru: 4 of 5)
WEEKDAYS = {**{k: v for k, v in weekday_names("ru").items() if k != "среда"}, "среду": 3, "пятницу": 5, "субботу": 6, "понедельника": 1, "вторника": 2,
            "среды": 3, "четверга": 4, "пятницы": 5, "субботы": 6, "воскресенья": 7}
SEASONS = {"весна": "SP", "весной": "SP", "весны": "SP", "лето": "SU", "летом": "SU", "лета": "SU", "осень": "FA",
           "осенью": "FA", "осени": "FA", "зима": "WI", "зимой": "WI", "зимы": "WI", "зиму": "WI"}
UNITS = {"секунда": "second", "секунды": "second", "секунд": "second", "минута": "minute", "минуты": "minute",
         "минут": "minute", "минуту": "minute", "час": "hour", "часа": "hour", "часов": "hour", "день": "day",
         "дня": "day", "дней": "day", "дни": "day", "сутки": "day", "суток": "day", "неделя": "week",
         "неделе": "week", "недели": "week", "неделю": "week", "недель": "week", "выходные": "weekend",
         "выходных": "weekend", "месяц": "month", "месяца": "month", "месяцев": "month", "месяце": "month",
         "квартал": "quarter", "квартале": "quarter", "квартала": "quarter", "год": "year", "года": "year",
         "году": "year", "лет": "year", "годы": "year", "годах": "year", "десятилетие": "decade",
         "десятилетия": "decade", "десятилетий": "decade", "век": "century", "века": "century", "веке": "century"}
PLURAL_UNITS = {"секунд", "минут", "часов", "дней", "дни", "недель", "месяцев", "лет", "годы", "годах", "десятилетий"}
NUMBERS = {"один": 1, "одна": 1, "одну": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
           "трёх": 3, "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "семь": 7, "восемь": 8,
           "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30}
VAGUE_NUMBERS = ["несколько", "нескольких", "много", "многих", "пару", "пары"]
ORDINALS = {"первом": 1, "первый": 1, "втором": 2, "второй": 2, "третьем": 3, "третий": 3, "четвертом": 4,
            "четвёртом": 4, "четвертый": 4}
DAY_SUFFIX = r"(?:-?(?:го|е))?"
DAY_MONTH_LINK = r"\s+"
MONTH_YEAR_LINK = r"\s+"
YEAR_SUFFIX = r"(?:\s*г\.|\s+года|\s+году|\s+год|-го)?"  # "декабрь 2020-го"
DEICTIC_DAYS = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2,
                # the adjectives: "вчерашнего заявления", "на сегодняшнем заседании", "завтрашний матч"
                **{stem + ending: n for stem, n in (("сегодняшн", 0), ("вчерашн", -1), ("завтрашн", 1))
                   for ending in ("ий", "яя", "ее", "его", "ей", "ему", "им", "юю", "ие", "их", "ими", "ем")}}
REFERENCES = {"сейчас": "PRESENT_REF", "теперь": "PRESENT_REF", "в настоящее время": "PRESENT_REF",
              "недавно": "PAST_REF", "на днях": "PAST_REF", "вскоре": "FUTURE_REF", "скоро": "FUTURE_REF",
              "в будущем": "FUTURE_REF", "в последние годы": "PAST_REF", "на сегодняшний день": "PRESENT_REF", "в ближайшие дни": "FUTURE_REF", "в ближайшее время": "FUTURE_REF",
              "в последние дни": "PAST_REF", "в последние недели": "PAST_REF", "в последние месяцы": "PAST_REF",
              "в ближайшие недели": "FUTURE_REF", "в ближайшие месяцы": "FUTURE_REF", "в ближайшие годы": "FUTURE_REF"}
PARTS_OF_DAY = {"утром": "MO", "днем": "AF", "днём": "AF", "вечером": "EV", "ночью": "NI"}
DEICTIC_PARTS = {"сегодня утром": (0, "MO"), "сегодня вечером": (0, "EV"), "вчера вечером": (-1, "EV"),
                 "вчера утром": (-1, "MO"), "прошлой ночью": (-1, "NI"), "этой ночью": (0, "NI"),
                 "сегодня ночью": (0, "NI"), "вчера днем": (-1, "AF")}
MODIFIERS_BEFORE = {
    "прошлый": -1, "прошлом": -1, "прошлой": -1, "прошлую": -1, "прошлого": -1, "прошедший": -1, "прошедшей": -1,
    "прошедшую": -1, "минувший": -1, "минувшей": -1, "минувшую": -1, "минувшем": -1, "минувшего": -1,
    "предыдущий": -1, "предыдущей": -1, "следующий": 1, "следующей": 1, "следующем": 1, "следующую": 1,
    "следующего": 1, "будущий": 1, "будущей": 1, "будущем": 1, "будущую": 1, "будущего": 1, "ближайший": 1,
    "ближайшей": 1, "ближайшую": 1, "ближайшие": 1, "этот": 0, "этой": 0, "этом": 0, "эту": 0, "этого": 0,
    "текущий": 0, "текущем": 0, "текущего": 0, "нынешний": 0, "нынешнем": 0,
    # plural forms, for "эти выходные", "прошлые выходные"
    "эти": 0, "этих": 0, "прошлые": -1, "прошлых": -1, "следующие": 1, "следующих": 1,
}
# No modifier stands before a day and month ("Об этом 31 октября сообщает Би-би-си": "этом" is no "this").
DAY_MONTH_MODIFIERS: list[str] = []
# "Of last year" / "of this year" before a month or season: that month of that year, where a MODIFIERS_BEFORE word
# ("last June") is the last such month before the publication day ("прошлогоднего января").
YEAR_MODIFIERS = {"прошлогодний": -1, "прошлогоднего": -1, "прошлогоднем": -1, "прошлогодним": -1,
                  "прошлогодняя": -1, "прошлогодней": -1, "прошлогоднюю": -1, "прошлогодние": -1, "прошлогодних": -1,
                  "позапрошлогодний": -2, "позапрошлогоднего": -2, "позапрошлогоднем": -2, "позапрошлогодним": -2,
                  "позапрошлогодняя": -2, "позапрошлогодней": -2, "позапрошлогоднюю": -2, "позапрошлогодние": -2,
                  "позапрошлогодних": -2}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("в прошлом году в июне").
YEAR_PERIOD_LINK = ["в"]
SPAN_MODIFIERS = {"в начале": "START", "в конце": "END", "в середине": "MID", "в первой половине": "START",
                  "во второй половине": "END", "к концу": "END", "до конца": "END",
                  # the genitive after other prepositions: "с середины XX века", "второй половины XX века"
                  "конца": "END", "начала": "START", "середины": "MID", "первой половины": "START",
                  "второй половины": "END"}
AGO_BEFORE: list[str] = []
AGO_AFTER = ["назад", "тому назад"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks");
# told in the past it counts from the time the story is at ("через две недели он вернулся").
AHEAD_BEFORE = ["через"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:после|с\s+момента)(?!\w)"
# "накануне выборов", "накануне дня голосования": a genitive after it makes "накануне" the eve of an event (SlavicNER
# ru: it takes 17 of 67 "накануне", one wrongly: "снятие накануне саботировавшего расследование … прокурора";
# "накануне вечером", "Накануне ультрарелигиозная партия" stay the day before)
ANAPHORIC_FIXED_OBJECT = r"(?<=накануне)\s+\w*(?:ов|ев|ого|его|ых|их|ния|тия|дня|ума|ора)(?!\w)"
ANAPHORIC_AFTER = {"раньше": -1, "ранее": -1, "спустя": 1, "позже": 1, "позднее": 1}
ANAPHORIC_FIXED = {"накануне": ("day", -1), "на следующий день": ("day", 1), "днем ранее": ("day", -1),
                   "днём ранее": ("day", -1), "днем позже": ("day", 1), "в тот же день": ("day", 0),
                   "в тот день": ("day", 0), "на следующей неделе": ("week", 1), "в этот день": ("day", 0),
                   "в выходные": ("weekend", 0), "на выходных": ("weekend", 0), "в конце недели": ("week", 0),
                   "в конце месяца": ("month", 0), "в конце года": ("year", 0), "в начале недели": ("week", 0),
                   # "В сентябре того года": the year of the time told before (storyline/timex/resolve.py)
                   "того года": ("year", 0), "того же года": ("year", 0), "в том же году": ("year", 0)}
APPROXIMATORS = ["около", "почти", "более", "менее", "примерно", "больше", "меньше", "уже"]
DURATION_LEAD = ["последние", "ближайшие", "в течение", "течение"]
EVERY = ["каждый", "каждую", "каждое", "каждые", "ежедневно", "в"]
# Words of EVERY that make a set only after a count ("dwa razy w tygodniu"; "w tygodniu" alone is no set).
SET_NEEDS_COUNT = ["в"]
SET_COUNT_BEFORE = r"(?<!\w)раза?\s+$"
# Halves: a fractional count is written in the next smaller unit ("pół roku" P6M).
FRACTIONS = {"полтора": 1.5, "полторы": 1.5}
FIXED_DURATIONS = {"полгода": "P6M", "полугода": "P6M", "полчаса": "PT30M", "полдня": "PT12H"}
SET_ADVERBS = {"ежедневно": "P1D", "еженедельно": "P1W", "ежемесячно": "P1M", "ежегодно": "P1Y",
               "каждый день": "P1D", "каждую неделю": "P1W", "каждый год": "P1Y",
               # "по пятницам": weekdays in the dative plural are habits
               "по понедельникам": "XXXX-WXX-1", "по вторникам": "XXXX-WXX-2", "по средам": "XXXX-WXX-3",
               "по четвергам": "XXXX-WXX-4", "по пятницам": "XXXX-WXX-5", "по субботам": "XXXX-WXX-6",
               "по воскресеньям": "XXXX-WXX-7",
               # a part of every day ("каждое утро"): TIMEX3 writes the part on any day
               "каждое утро": "XXXX-XX-XXTMO", "каждый вечер": "XXXX-XX-XXTEV", "каждую ночь": "XXXX-XX-XXTNI",
               "по утрам": "XXXX-XX-XXTMO", "по вечерам": "XXXX-XX-XXTEV", "по ночам": "XXXX-XX-XXTNI"}
# What after a bare year makes it an amount ("1942 рублей", "привиты 1965 человек").
NOT_YEAR_AFTER = r"\s+(?:руб\w*|доллар\w*|евро|гривен\w*|гривн\w*|человек\w*|тысяч\w*|тыс\.|коек|учител\w*|центр\w*|случа\w*|жител\w*|голоса|голосов)(?!\w)"
QUARTER_WORDS = ["квартале", "квартал", "квартала"]
HALF_WORDS = ["полугодии", "полугодие"]
QUARTER_PREFIX = r"(?:(?:в|во)\s+)?"
# "90-е годы": two digits only with the word for years after them ("10-е место" is a place)
DECADE_PATTERN = (r"(?P<decade>1[5-9]\d0|20\d0|[2-9]0(?=-?(?:е|х)\s+(?:годы|годах|годов)))-?(?:е|х)"
                  r"(?:\s+годы|\s+годах|\s+годов)?")
# A full hour said with its word after a preposition ("в 10 часов утра"); the count alone is a duration.
CLOCK_PATTERN = (r"(?:в\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)"
                 r"|в\s+(?P<hh2>[01]?\d|2[0-3])\s+час(?:а|ов)?(?:\s+(?P<pm2>вечера|дня)|\s+утра|\s+ночи)?(?!\w)")
CLOCK_NAMED = {"в полдень": "12:00", "в полночь": "24:00"}
FUTURE_CUES = r"(?<!\w)(?:будет|будут|буду|станет|планирует|планируют|намерен\w*|собирается|собираются|следующ\w+|ближайш\w+)(?!\w)"
PAST_CUES = r"(?<!\w)(?:был|была|было|были|назад|прошл\w+|минувш\w+|\w{2,}(?:ал|ял|ил|ел|ёл|ла|ло|ли)(?:сь|ся)?|\w+(?:шёл|ёс|ёк))(?!\w)"
# A word that opens a reported or subordinate clause: the tense that dates an expression is the one of
# its own clause ("powiedział, że spotkanie może się odbyć w weekend" looks ahead).
CLAUSE_OPENER = r"(?<!\w)что(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:на|до)\s+$"
# The past is marked in the verb (-ł/-л/-l): a sentence without a past cue speaks of now or later.
PAST_MARKED = True
# "In the night to Wednesday" names the night before that day: its "на" does not look ahead.
NIGHT_BEFORE = r"(?<!\w)в\s+ночь\s+на\s+$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)с\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Centuries: "XIX веке" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?P<roman>[IVXL]{1,6})\s+(?:веке|век|века|веков)"
CLOCK_LINK = ['в', 'около', 'к']
# Between a clock and the day it falls on: "в 15:00 во вторник", "в 16:53 по местному времени во вторник" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['во', 'в']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['по местному времени', 'по московскому времени', 'по Москве', 'по мск', 'мск', 'по киевскому времени', 'по Киеву']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['обновление']
STAMP_MARKS = ['Ответить', 'Пожаловаться']
STAMP_WROTE = ['написал', 'написала']
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!\w)в\s+возрасте\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("после 2014 года", "до 15 марта"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:после|до|перед)\s+$"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["и", "по", "или", "до"]
# A name's head right before a day and month (a movement, a street): a name, not a date.
DATE_NAME_BEFORE = r"(?<!\w)(?:ул\.|улиц[аеуы]|пр\.|проспект[ае]?|площад[ьи]|движени[ея])\s*$"
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_BEFORE = r"(?<!\w)(?:арабск\w+|пражск\w+)\s+$"
# fmt: off
# Calendar weeks: "на 3-й неделе года", "3-я неделя 2026 года", "на третьей неделе января", "в последнюю неделю
# марта" (a week of a month is the ISO week of its third / last Thursday); "3-я неделя" alone is as often a
# count of weeks of something (a strike, a quarantine), so a year or month must follow.
WEEK_ORDINALS = {"первой": 1, "первую": 1, "первая": 1, "второй": 2, "вторую": 2, "вторая": 2, "третьей": 3,
                 "третью": 3, "третья": 3, "четвертой": 4, "четвёртой": 4, "четвертую": 4, "четвёртую": 4,
                 "четвертая": 4, "четвёртая": 4, "пятой": 5, "пятую": 5, "пятая": 5}
CALENDAR_WEEK_PATTERN = (r"(?:(?P<wn>\d{1,2})-?(?:я|й|ю|ой|ей)|{ordinal}|(?P<last>последней|последнюю|последняя))"
                         r"\s+недел[еияю]\s+(?:{year}(?:\s*г\.|\s+года)?|{month}(?:\s+{year2}(?:\s*г\.|\s+года)?)?"
                         r"|(?P<yword>(?:(?P<yrel>этого|текущего|прошлого|следующего)\s+)?года))")
# fmt: on
# Forms of "year" that after a number name the year, never a count ("в 656 году": a count takes another case).
YEAR_ORDINAL_UNITS = ["году", "годы", "годах"]  # "с 1987 по 2014 годы", "в 2013-2014 годах"
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"до\s+н\.\s?э\.",
    r"до нашей эры",
    r"до Рождества Христова",
    r"до Р\.\s?Х\.",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "вчера вечером в 20", "в 8 утра" ("в 20 странах" counts; "дня" is left out: "раз в 2 дня" is every two days).
BARE_HOUR_BEFORE = r"(?<!\w)(?:в|около|к)\s+$"
BARE_HOUR_PARTS = {"утра": "MO", "вечера": "EV", "ночи": "NI"}
# Words that may follow a bare hour told after a day (a count's noun may not): "в субботу в 19 на площади".
BARE_HOUR_WORDS_AFTER = ["в", "во", "на", "у", "перед", "и", "с", "со"]
# A plan word before a day makes it a coming one ("Встреча состоится в четверг, сообщил …").
PLAN_CUES = r"(?<!\w)(?:запланирован\w*|намечен\w*|состоится|состоятся|пройд[её]т|пройдут)(?!\w)"
# Words right before a day and month written like a clock ("с 23.06 по 25.06"): a date.
DOTTED_DATE_BEFORE = r"(?<!\w)(?:с|по)\s+$"
