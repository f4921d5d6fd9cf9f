"""Italian time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = month_names("it")
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("it").items() if k.endswith(".")}
WEEKDAYS = {**weekday_names("it"), "lunedi": 1, "martedi": 2, "mercoledi": 3, "giovedi": 4, "venerdi": 5}
SEASONS = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}
UNITS = {"secondo": "second", "secondi": "second", "minuto": "minute", "minuti": "minute", "ora": "hour",
         "ore": "hour", "giorno": "day", "giorni": "day", "giornata": "day", "settimana": "week",
         "settimane": "week", "fine settimana": "weekend", "weekend": "weekend", "mese": "month", "mesi": "month",
         "trimestre": "quarter", "trimestri": "quarter", "anno": "year", "anni": "year", "decennio": "decade",
         "decenni": "decade", "secolo": "century", "secoli": "century"}
PLURAL_UNITS = {"secondi", "minuti", "ore", "giorni", "settimane", "mesi", "trimestri", "anni", "decenni", "secoli"}
NUMBERS = {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
           "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
           # elided before a vowel: "trent'anni", "vent'anni" (the unit follows with no space)
           "vent'": 20, "trent'": 30, "quarant'": 40, "cinquant'": 50, "sessant'": 60, "settant'": 70, "ottant'": 80,
           "novant'": 90}
VAGUE_NUMBERS = ["qualche", "alcuni", "alcune", "diversi", "diverse", "parecchi", "parecchie", "pochi", "poche", "molti", "molte"]
ORDINALS = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4}
DAY_SUFFIX = r"(?:º)?"
DAY_MONTH_LINK = r"\s+"
MONTH_YEAR_LINK = r"\s+(?:del\s+)?"
# A capitalised name's word (and "di") before a capitalised "Oggi"/"Domani" mid-sentence: a masthead ("Il Fatto di
# Domani", "Italia Oggi"), no day.
DEICTIC_NAME_BEFORE = r"(?-i:\b[A-Z]\w*\s+(?:di\s+)?)$"
DEICTIC_DAYS = {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "l’altro ieri": -2, "dopodomani": 2,
                "altroieri": -2}
REFERENCES = {"in queste ore": "PRESENT_REF", "ora": "PRESENT_REF", "adesso": "PRESENT_REF", "attualmente": "PRESENT_REF", "oggigiorno": "PRESENT_REF",
              "recentemente": "PAST_REF", "di recente": "PAST_REF", "presto": "FUTURE_REF", "prossimamente": "FUTURE_REF",
              "in futuro": "FUTURE_REF", "negli ultimi anni": "PAST_REF", "nei prossimi giorni": "FUTURE_REF"}
PARTS_OF_DAY = {"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"}
DEICTIC_PARTS = {"stamattina": (0, "MO"), "stamani": (0, "MO"), "stasera": (0, "EV"), "stanotte": (0, "NI"),
                 "ieri sera": (-1, "EV"), "ieri mattina": (-1, "MO"), "questa mattina": (0, "MO"),
                 "questa sera": (0, "EV"), "ieri pomeriggio": (-1, "AF")}
MODIFIERS_BEFORE = {"questo": 0, "questa": 0, "quest'": 0, "il prossimo": 1, "la prossima": 1, "lo scorso": -1,
                    "la scorsa": -1, "prossimo": 1, "prossima": 1, "scorso": -1, "scorsa": -1}
MODIFIERS_AFTER = {"scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "precedente": -1, "prossimo": 1,
                   "prossima": 1, "successivo": 1, "successiva": 1, "in corso": 0, "corrente": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("l'anno scorso a giugno").
YEAR_PERIOD_LINK = ["a", "in", "nel"]
SPAN_MODIFIERS = {"primi": "START", "inizio": "START", "fine": "END", "metà": "MID", "all'inizio di": "START", "alla fine di": "END",
                  "a metà": "MID", "a inizio": "START", "a fine": "END", "primi di": "START"}
AGO_BEFORE: list[str] = []
AGO_AFTER = ["fa", "addietro", "or sono"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks").
AHEAD_BEFORE = ["tra", "fra"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:dopo|da|di)(?!\w)"
ANAPHORIC_AFTER = {"prima": -1, "dopo": 1, "più tardi": 1}
# Anaphoric words that are also prepositions: with an event after them ("due anni dopo la guerra", "tre giorni prima delle elezioni") the count
# is a duration, not a shift from the time mentioned last.
ANAPHORIC_PREPOSITIONS = ["dopo", "prima"]
ANAPHORIC_EVENT_OBJECT = (r"\s+(?:l['’]|dell['’]|un['’]|(?:il|lo|la|i|gli|le|un|una|uno|di|del|dello|della|dei|degli|delle|che|"
                         r"aver|essere)(?!\w)|(?-i:[A-ZÀ-Ý]))")
# An event after "la vigilia" / "l'indomani" ("la vigilia delle elezioni"): no day we can tell.
ANAPHORIC_FIXED_OBJECT = r"(?:(?<=vigilia)|(?<=indomani))\s+(?:di|del|della|delle|dei|degli|dell['’])(?!\w)(?!\s*\d)"
ANAPHORIC_FIXED = {"il giorno prima": ("day", -1), "la vigilia": ("day", -1), "il giorno dopo": ("day", 1),
                   "il giorno successivo": ("day", 1), "l'indomani": ("day", 1), "lo stesso giorno": ("day", 0),
                   "quel giorno": ("day", 0), "la settimana successiva": ("week", 1), "l'anno successivo": ("year", 1),
                   "l'anno precedente": ("year", -1), "questo fine settimana": ("weekend", 0),
                   "nel fine settimana": ("weekend", 0),
    "la fine della settimana": ("week", 0), "la fine del mese": ("month", 0), "la fine dell'anno": ("year", 0),
}
APPROXIMATORS = ["circa", "quasi", "oltre", "più di", "meno di", "almeno"]
# "dei prossimi quattro anni": the adjective after a fused article ("dei", "degli") still leads the count
DURATION_LEAD = ["gli ultimi", "le ultime", "i prossimi", "le prossime", "ultimi", "ultime", "prossimi", "prossime", "per"]
EVERY = ["ogni", "tutti i", "tutte le", "a", "al", "alla", "per"]
# Words of EVERY that make a set only after a count ("due volte a settimana"; "a settimana" alone is no set).
SET_NEEDS_COUNT = ["a", "al", "alla", "per"]
SET_COUNT_BEFORE = r"(?<!\w)(?:volta|volte)\s+$"
FIXED_DURATIONS = {"mezz'ora": "PT30M", "mezz’ora": "PT30M", "un anno e mezzo": "P18M", "sei mesi": "P6M"}
SET_ADVERBS = {"quotidianamente": "P1D", "ogni giorno": "P1D", "settimanalmente": "P1W", "mensilmente": "P1M",
               "annualmente": "P1Y", "ogni anno": "P1Y"}
# "il secondo trimestre dell'anno": this year's quarter, "dell'anno" in its span
QUARTER_THIS_YEAR = r"\s+dell['’]anno(?!\s+(?:scorso|precedente|prossimo|successivo|\d))(?![\w])"
QUARTER_WORDS = ["trimestre"]
HALF_WORDS = ["semestre"]
QUARTER_PREFIX = r"(?:(?:il|nel|del)\s+)?"
DECADE_PATTERN = r"(?:gli\s+)?(?:(?P<smod>primi)\s+)?anni\s+['’]?(?P<decade>1[5-9]\d0|20\d0|[2-9]0)"  # "gli anni '90", "primi anni 1980"
# "alle 10" is a clock time only before punctuation or "di sera", "in punto" ("alle 10 regioni" is no time)
# "alle 16.53 ora locale": the zone is the clock's ("ora" alone is "now")
CLOCK_PATTERN = (r"(?:alle\s+)?(?P<hh24>[01]?\d|2[0-3])[:.](?P<mm24>[0-5]\d)(?:\s+ora\s+(?:locale|italiana)(?!\w))?"
                 r"|alle\s+(?P<hh2>[01]?\d|2[0-3])(?:\s+di\s+(?P<pm2>sera|pomeriggio)|\s+di\s+mattina|\s+in\s+punto)?(?=\s*[,.;:)]|\s*$|\s+di\s|\s+del\s)")
CLOCK_NAMED = {"mezzogiorno": "12:00", "mezzanotte": "24:00"}
# The conditional of reported speech is a future seen from the past ("ha detto che i negoziati riprenderebbero
# venerdì"); "avrebbe"/"sarebbe" are left out: "avrebbe ucciso" is an alleged past.
# A future ending on a lower-case word that is no other word ("però" (however), "estremo", "supremo"); a first person
# "-rò" only after "-e" ("dichiarerò") or irregular ("farò"): "dichiarò", "entrò", "girò" are the past (passato remoto).
FUTURE_CUES = (r"(?<!\w)(?:(?!(?:però|estremo|supremo|eremo)(?!\w))(?-i:[a-zà-ÿ])\w*(?:rà|ranno|(?<=e)rò|remo)|farò|sarò|avrò|andrò|potrò|dovrò|vorrò|verrò|terrò|darò|starò|(?!(?:avr|sar)ebbe)\w+rebbe(?:ro)?|prevede|previsto|prevista|"
               r"prossim\w+|dovrebbe|dovrebbero|è\s+in\s+programma|sono\s+in\s+programma)(?!\w)")
# Present-tense verbs of scheduled events, next to a weekday: "il vertice si tiene venerdì".
FUTURE_HINTS = (r"(?<!\w)(?:si\s+tiene|si\s+tengono|inizia(?:no)?|comincia(?:no)?|si\s+apre|si\s+riunisc[eo](?:no)?|"
                r"arriva(?:no)?|parte|partono|vota(?:no)?)(?!\w)")
PAST_CUES = r"(?<!\w)(?:era|erano|fu|furono|aveva|avevano|ha|hanno|è|sono|fa|scors\w+)(?!\w)"
# Plural participles (-ati, -iti) are left out: next to a weekday they are mostly nouns ("i sindacati
# venerdì", "gli Stati"), and a plural past has its auxiliary ("sono stati"), a cue of its own.
PAST_HINTS = r"(?<!\w)(?:\w{3,}(?:ato|ata|uto|uta|ito|ita|ò|arono|irono|eva|evano))(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:per|entro|fino\s+a)\s+(?:il\s+|la\s+)?$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)(?:sin\s+da|fin\s+da)\s+$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Words between a month and the relative year after it ("marzo dell'anno scorso").
PERIOD_YEAR_LINK = ["dell'", "dell’", "del"]
# Centuries: "XIX secolo" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?P<roman>[IVXL]{1,6})\s+secolo"
CLOCK_LINK = ['alle', "all'", 'verso le']
# Between a clock and the day it falls on: "alle 9 di martedì", "alle 16.53 ora locale di martedì", "alle 18 del 5 marzo" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['di', 'del', 'della giornata di']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['ora locale', 'ora italiana']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['aggiornamento', 'inserito', 'modificato']
STAMP_MARKS = ['Rispondi', 'Segnala abuso']
STAMP_WROTE = ['ha scritto']
# Words between a clock time and the part of a day after it ("alle 5 di stamattina", "alle 9 di ieri sera").
CLOCK_PART_LINK = r"\s+(?:di|del)\s+"
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!più\s)(?<!meno\s)(?<!\w)di\s+$"
# Words right after a number that make it an amount, not a year ("le 1500-2000 persone", "2000 euro").
NOT_YEAR_AFTER = r"\s+(?:euro|dollari|persone|abitanti|manifestanti|morti|feriti)(?!\w)"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("dopo il 1994", "prima di lunedì"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:dopo(?:\s+(?:il|l'|lo|la))?|prima\s+(?:di|del|dell'|della))\s*$"
# Words right before a bare year that make it the date of an earlier, named happening
# ("l'alluvione del 1994"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)dell?'?\s*$"
# A page's publication line before a date ("Questo contenuto è stato inserito il Dicembre 30, 2012 ore 12:43 pm",
# "Pubblicato il …"), a citation's cue in a bracket ("(cfr. AsiaNews 12/10/2011 …"), and a period's two years
# ("tra il 2008 e il 2010", "dal 1956 al 1970"): no dated event (storyline/events.py).
EVENT_PUBLISHED_BEFORE = (r"(?:(?:Questo|Quest['’])\s*(?:contenuto|articolo|post)\s+è\s+stato\s+(?:inserito|pubblicato|aggiornato)"
                          r"|Pubblicato|Aggiornato|Inserito)\s+(?:il|l['’]|alle|in\s+data)\s*(?:\S+\s+){0,6}$")
EVENT_CITATION_BEFORE = r"\(\s*(?:cfr\.?|vedi)\s[^()\n]{0,40}$"
EVENT_PERIOD_OPEN = r"(?i)(?<!\w)(?:tra|fra|dal|dall['’])\s*(?:il\s+)?$"
EVENT_PERIOD_LINK = r"(?i)\s+(?:e|al|a)\s+(?:il\s+)?"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["e", "a", "o", "fino a"]
# A unit that is also an ordinal, and what after it makes it the ordinal ("a second term" is no second).
ORDINAL_UNITS = ["secondo"]
ORDINAL_UNIT_AFTER = r"\s+(?!(?:e|o|di|del|della|prima|dopo|più|in|per|quando|che|fino)(?!\w))\w"
# A name's head right before a day and month (a movement, a street): a name, not a date.
DATE_NAME_BEFORE = r"(?<!\w)(?:movimento|fronte|piazza|via|viale|corso|ponte|stadio)\s+(?:del\s+)?$"
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
SEASON_NAME_AFTER = r"\s+(?:araba|arabe|di\s+Praga)(?!\w)"
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"a\.\s?C\.",
    r"avanti Cristo",
    r"a\.\s?e\.\s?v\.",
    r"prima di Cristo",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "ieri sera alle 22", "venerdì alle 9 in piazza".
BARE_HOUR_BEFORE = r"(?<!\w)(?:alle|verso\s+le|dalle|fino\s+alle)\s+$"
BARE_HOUR_PARTS = {"di sera": "EV", "di mattina": "MO", "del mattino": "MO", "di notte": "NI", "del pomeriggio": "AF"}
# Words that may follow a bare hour told after a day (a count's noun may not): "venerdì alle 21 in piazza".
BARE_HOUR_WORDS_AFTER = ["a", "al", "in", "nel", "nella", "davanti", "e", "con", "per"]
# A plan word before a day makes it a coming one ("Il vertice è previsto per giovedì, ha detto …").
# ... unless a past tense stands right before it ("era previsto"; "è previsto" is the present).
PLAN_PAST_BEFORE = r"(?<!\w)(?:era|erano|fu|furono|stat[oaie])(?!\w)"
PLAN_CUES = (
    r"(?<!\w)(?:previst[oaie]|in\s+programma|programmat[oaie]|si\s+terrà|si\s+terranno|dovrebbe|"
    r"dovrebbero)(?!\w)"
)
