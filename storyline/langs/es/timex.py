"""Spanish time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = {**month_names("es"), "setiembre": 9}
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("es").items() if k.endswith(".")}
WEEKDAYS = {**weekday_names("es"), "miercoles": 3, "sabado": 6}
SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
UNITS = {"segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute", "hora": "hour",
         "horas": "hour", "día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week",
         "semanas": "week", "fin de semana": "weekend", "mes": "month", "meses": "month", "trimestre": "quarter",
         "trimestres": "quarter", "año": "year", "años": "year", "década": "decade", "décadas": "decade",
         "siglo": "century", "siglos": "century"}
PLURAL_UNITS = {"segundos", "minutos", "horas", "días", "dias", "semanas", "meses", "trimestres", "años", "décadas",
                "siglos"}
NUMBERS = {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
           "cien": 100}
VAGUE_NUMBERS = ["varios", "varias", "unos", "unas", "algunos", "algunas", "muchos", "muchas", "pocos", "pocas"]
ORDINALS = {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4}
DAY_SUFFIX = r"(?:º)?"
DAY_MONTH_LINK = r"\s+de\s+"
MONTH_YEAR_LINK = r"\s+(?:de(?:l)?\s+)?"
DEICTIC_DAYS = {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2, "pasado mañana": 2}
REFERENCES = {"hoy por hoy": "PRESENT_REF", "hoy, por hoy": "PRESENT_REF", "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "en la actualidad": "PRESENT_REF",
              "recientemente": "PAST_REF", "últimamente": "PAST_REF", "pronto": "FUTURE_REF",
              "próximamente": "FUTURE_REF", "en el futuro": "FUTURE_REF", "en los últimos años": "PAST_REF",
              "en los próximos días": "FUTURE_REF", "en los últimos días": "PAST_REF",
              "en las últimas semanas": "PAST_REF", "en los últimos meses": "PAST_REF",
              "en las próximas semanas": "FUTURE_REF", "en los próximos meses": "FUTURE_REF"}
PARTS_OF_DAY = {"por la mañana": "MO", "por la tarde": "AF", "por la noche": "NI", "de madrugada": "NI"}
DEICTIC_PARTS = {"esta mañana": (0, "MO"), "esta tarde": (0, "AF"), "esta noche": (0, "NI"), "anoche": (-1, "NI"),
                 "ayer por la tarde": (-1, "AF"), "ayer por la noche": (-1, "NI")}
MODIFIERS_BEFORE = {"este": 0, "esta": 0, "el próximo": 1, "la próxima": 1, "el pasado": -1, "la pasada": -1,
                    "el último": -1, "la última": -1, "próximo": 1, "próxima": 1}
MODIFIERS_AFTER = {"pasado": -1, "pasada": -1, "anterior": -1, "próximo": 1, "próxima": 1, "siguiente": 1,
                   "que viene": 1, "entrante": 1, "en curso": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("el año pasado en junio").
YEAR_PERIOD_LINK = ["en"]
SPAN_MODIFIERS = {"principios de": "START", "a principios de": "START", "finales de": "END", "a finales de": "END",
                  "mediados de": "MID", "a mediados de": "MID", "comienzos de": "START", "fines de": "END"}
AGO_BEFORE = ["hace"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks").
AHEAD_BEFORE = ["dentro de"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:después|de|tras)(?!\w)"
AGO_AFTER: list[str] = []
ANAPHORIC_AFTER = {"antes": -1, "después": 1, "más tarde": 1}
# Anaphoric words that are also prepositions: with an event after them ("50 años después del asesinato", "dos días antes de la votación") the count
# is a duration, not a shift from the time mentioned last.
ANAPHORIC_PREPOSITIONS = ["después", "antes"]
ANAPHORIC_EVENT_OBJECT = r"\s+(?:del?|que)(?!\w)"
ANAPHORIC_FIXED = {"el día anterior": ("day", -1), "la víspera": ("day", -1), "al día siguiente": ("day", 1),
                   "el día siguiente": ("day", 1), "ese mismo día": ("day", 0), "ese día": ("day", 0),
                   "la semana siguiente": ("week", 1), "el año siguiente": ("year", 1), "el año anterior": ("year", -1),
                   "este fin de semana": ("weekend", 0), "el fin de semana": ("weekend", 0),
    "finales de la semana": ("week", 0), "finales de mes": ("month", 0),
    # "el 18 de julio de ese mismo año": the year of the time told before (storyline/timex/resolve.py)
    "ese mismo año": ("year", 0), "ese año": ("year", 0), "aquel año": ("year", 0), "el mismo año": ("year", 0),
}
# ("hace tan solo unas semanas": "tan solo", "apenas" stand where an approximator does)
APPROXIMATORS = ["unos", "unas", "casi", "más de", "menos de", "cerca de", "alrededor de", "aproximadamente",
                 "tan solo", "tan sólo", "solo", "sólo", "apenas"]
# What after a reference word makes it a conjunction: "tan pronto como" is "as soon as".
NOT_REFERENCE_AFTER = r"\s+como(?!\w)"
DURATION_LEAD = ["los últimos", "las últimas", "los próximos", "las próximas", "durante", "desde hace"]
EVERY = ["cada", "todos los", "todas las", "por", "a la", "al"]
# Words of EVERY that make a set only after a count ("dos veces por semana"; "por semana" alone is no set).
SET_NEEDS_COUNT = ["por", "a la", "al"]
SET_COUNT_BEFORE = r"(?<!\w)(?:vez|veces)\s+$"
FIXED_DURATIONS = {"medio año": "P6M", "año y medio": "P18M", "media hora": "PT30M"}
SET_ADVERBS = {"diariamente": "P1D", "a diario": "P1D", "semanalmente": "P1W", "mensualmente": "P1M",
               "anualmente": "P1Y", "cada año": "P1Y", "cada día": "P1D",
               # "todos los domingos", "los lunes": weekdays after a plural article are habits
               **{f"{lead}los {day if day.endswith('s') else day + 's'}": f"XXXX-WXX-{n}"
                  for day, n in weekday_names("es").items() for lead in ("", "todos ")},
               # a part of every day ("cada mañana"): TIMEX3 writes the part on any day
               "cada mañana": "XXXX-XX-XXTMO", "todas las mañanas": "XXXX-XX-XXTMO", "cada tarde": "XXXX-XX-XXTAF",
               "todas las tardes": "XXXX-XX-XXTAF", "cada noche": "XXXX-XX-XXTNI", "todas las noches": "XXXX-XX-XXTNI"}
# What after a bare year makes it an amount ("2011 euros", "1997 personas").
NOT_YEAR_AFTER = r"\s+(?:euros?|dólares|personas|habitantes|manifestantes|muertos)(?!\w)"
QUARTER_WORDS = ["trimestre"]
HALF_WORDS = ["semestre"]
# "el segundo trimestre del año": this year's quarter, "del año" in its span ("del año pasado" is joined as a year)
QUARTER_THIS_YEAR = r"\s+del\s+año(?!\s+(?:pasado|anterior|próximo|siguiente|que\s+viene|\d))(?![\w])"
QUARTER_PREFIX = r"(?:(?:el|del)\s+)?"
DECADE_PATTERN = r"(?:los\s+)?(?:años\s+)['’]?(?P<decade>1[5-9]\d0|20\d0|[2-9]0)"  # "los años 90"
# A day of the month without its month after a modifier ("el pasado día 7", "el próximo día 15"); "el día 2 de
# marzo" is a day and month.
DAY_OF_MONTH_PATTERN = r"(?P<mod>el\s+pasado|el\s+próximo)\s+día\s+(?P<d>[0-3]?\d)(?!\d|[:.,]\d|\s+de\s|\s+del\s)"
# A full hour said with its word after a preposition ("a las 10 horas"); the count alone is a duration.
# "las 15:30 h", "las 16.00 horas", "las 16.00 hora local" (the word whole: no "h" cut from "hora")
CLOCK_PATTERN = (r"(?:las\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)(?:\s*(?:horas?|h)(?!\w))?"
                 r"|(?:a|hacia|sobre|desde|hasta)\s+las\s+(?P<hh2>[01]?\d|2[0-3])(?![.:,]?\d)(?:\s+(?:horas|h\.?))?(?:\s+de\s+la\s+(?P<pm2>tarde|noche)|\s+de\s+la\s+mañana)?(?!\w)")
CLOCK_NAMED = {"mediodía": "12:00", "medianoche": "24:00"}
# Present-tense verbs of scheduled events, next to a weekday: "la cumbre se celebra el viernes".
FUTURE_HINTS = (r"(?<!\w)(?:se\s+celebran?|comienzan?|empiezan?|arranca|se\s+reúnen?|viajan?|llegan?|votan?|"
                r"se\s+abren?|tienen?\s+lugar|se\s+inaugura)(?!\w)")
FUTURE_CUES = (r"(?<!\w)(?:(?-i:[a-zà-ÿ])\w*(?:rá|rán|ré|remos)|va a|van a|"
               # the conditional reports a plan made in the past ("dijo que presentaría …"), not "habría"
               # (+ participle: a past) nor nouns in -ría
               r"(?!(?:habr|mayor|minor|categor|mar|hungr|secretar|galer|bater|loter|tesorer|ingenier)ían?(?!\w))"
               r"\w{2,}rían?|prevé|previsto|prevista|próxim\w+|tendrá)(?!\w)")
PAST_CUES = r"(?<!\w)(?:fue|fueron|era|eran|había|habían|ha|han|hace|pasad\w+|anterior)(?!\w)"
PAST_HINTS = r"(?<!\w)(?:\w{3,}(?:ó|aron|ieron|ado|ido|aba|aban|ía|ían))(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:para|hasta)\s+(?:el\s+|la\s+)?$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)desde\s+(?:el\s+|la\s+)?$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Words between a month and the relative year after it ("marzo del año pasado").
PERIOD_YEAR_LINK = ["del", "de"]
# Centuries: "siglo XIX" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"siglo\s+(?P<roman>[IVXL]{1,6})"
CLOCK_LINK = ['a las', 'a la', 'hacia las', 'sobre las', 'a', 'hacia', 'sobre']
# Between a clock and the day it falls on: "a las 0 del viernes", "a las 16.00 hora local del martes", "al mediodía del domingo" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['del', 'de este', 'de ese', 'el']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['hora local', 'local', 'hora peninsular', 'peninsular', 'hora española', 'horas']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['actualización', 'modificado']
STAMP_MARKS = ['Responder', 'Denunciar']
STAMP_WROTE = ['escribió']
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!más\s)(?<!menos\s)(?<!\w)de\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Holidays ("las Navidades de 2009"): month-day.
HOLIDAYS = {"navidad": "12-25", "navidades": "12-25", "nochebuena": "12-24", "nochevieja": "12-31",
            "año nuevo": "01-01", "día de reyes": "01-06"}
# Units are lower-case in running text: a capitalised one after a count is a name ("20 MINUTOS EDITORA").
UNIT_NAMES_LOWERCASE = True
# Words right before "mañana" that make it the morning, not tomorrow ("en la mañana de este domingo").
DEICTIC_NOUN_BEFORE = r"(?<!\w)(?:la|una|esa|aquella|cada|media)\s+$"
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("después de 1997", "tras el lunes"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:después\s+del?|antes\s+del?|tras)\s+(?:el\s+)?$"
# Words right before a bare year that make it the date of an earlier, named happening
# ("las inundaciones de 1997"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)de\s+$"
# A page's publication line before a date ("Publicado el 3 de mayo de 2012 a las 12:40"), a citation's cue in a
# bracket ("(véase El País del 3 de mayo)"), and a period's two years ("entre 1979 y 1995", "de 1956 a 1970"): no
# dated event (storyline/events.py).
EVENT_PUBLISHED_BEFORE = r"(?<!\w)(?:Publicado|Actualizado|Modificado)\s+(?:el|a\s+las|en)\s+(?:\S+\s+){0,6}$"
EVENT_CITATION_BEFORE = r"\(\s*(?:cfr\.|véase|ver)\s[^()\n]{0,40}$"
EVENT_PERIOD_OPEN = r"(?i)(?<!\w)(?:entre|de|desde)\s+(?:el\s+)?$"
EVENT_PERIOD_LINK = r"(?i)\s+(?:y|a|hasta)\s+(?:el\s+)?"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["y", "a", "o", "hasta"]
# A unit that is also an ordinal, and what after it makes it the ordinal ("a second term" is no second).
ORDINAL_UNITS = ["segundo"]
ORDINAL_UNIT_AFTER = r"\s+(?!(?:y|o|de|del|antes|después|más|en|para|cuando|que|hasta)(?!\w))\w"
# A name's head right before a day and month (a movement, a street): a name, not a date.
# A group's adjectives may stand between ("el grupo juvenil opositor 16 de Abril").
DATE_NAME_BEFORE = (
    r"(?<!\w)(?:movimiento|grupo|frente|plaza|avenida|calle|puente|estadio|colonia)"
    r"(?:\s+(?:juvenil|opositor|estudiantil|revolucionario|activista))*\s+(?:del?\s+)?$"
)
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_AFTER = r"\s+(?:árabe|árabes|de\s+Praga)(?!\w)"
# fmt: off
# Calendar weeks: "la semana 4 de 2026", "la semana 12 del año", "la tercera semana de enero", "la última semana
# de marzo" (a week of a month is the ISO week of its third / last Thursday); a year or month must follow.
WEEK_ORDINALS = {"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5}
CALENDAR_WEEK_PATTERN = (r"(?:semana\s+(?P<wn>\d{1,2})|{ordinal}\s+semana|(?P<last>última)\s+semana)"
                         r"\s+(?:del?\s+(?:año\s+)?{year}|(?P<yword>del\s+año(?:\s+(?P<yrel>pasado|próximo|que\s+viene))?)"
                         r"|de\s+{month}(?:\s+(?:de(?:l)?\s+)?{year2})?)")
# fmt: on
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"a\.\s?(?:de\s)?C\.",
    r"a\.\s?n\.\s?e\.",
    r"antes de Cristo",
    r"antes de nuestra era",
]

# A plan word before a day makes it a coming one ("La votación está prevista para el jueves, informó …").
PLAN_CUES = (
    r"(?<!\w)(?:previst[oa]s?|programad[oa]s?|se\s+celebrará|se\s+celebrarán|tendrá\s+lugar|"
    r"tendrán\s+lugar)(?!\w)"
)
