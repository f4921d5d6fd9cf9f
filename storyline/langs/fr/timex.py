"""French time-expression grammar data (see storyline/timex)."""

from storyline.timex.cldr import month_abbreviations, month_names, weekday_names

# fmt: off
DATE_ORDER = "DMY"
MONTHS = {**month_names("fr"), "fevrier": 2, "aout": 8, "decembre": 12}
MONTH_ABBREVIATIONS = {k: v for k, v in month_abbreviations("fr").items() if k.endswith(".")}
WEEKDAYS = weekday_names("fr")
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
UNITS = {"seconde": "second", "secondes": "second", "minute": "minute", "minutes": "minute", "heure": "hour",
         "heures": "hour", "jour": "day", "jours": "day", "journée": "day", "journées": "day", "semaine": "week",
         "semaines": "week", "week-end": "weekend", "mois": "month", "trimestre": "quarter", "trimestres": "quarter",
         "an": "year", "ans": "year", "année": "year", "années": "year", "décennie": "decade", "décennies": "decade",
         "siècle": "century", "siècles": "century"}
PLURAL_UNITS = {"secondes", "minutes", "heures", "jours", "journées", "semaines", "trimestres", "ans", "années",
                "décennies", "siècles"}
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "cent": 100}
VAGUE_NUMBERS = ["plusieurs", "quelques", "de nombreux", "de nombreuses"]
ORDINALS = {"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4}
DAY_SUFFIX = r"(?:er)?"
DAY_MONTH_LINK = r"\s+"
MONTH_YEAR_LINK = r"\s+"
DEICTIC_DAYS = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2}
REFERENCES = {"à ce jour": "PRESENT_REF", "a ce jour": "PRESENT_REF", "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF",
              "récemment": "PAST_REF", "dernièrement": "PAST_REF", "bientôt": "FUTURE_REF",
              "prochainement": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "ces dernières années": "PAST_REF",
              "dans les prochains jours": "FUTURE_REF", "ces derniers jours": "PAST_REF",
              "en ce moment": "PRESENT_REF", "ces dernières semaines": "PAST_REF", "ces derniers mois": "PAST_REF",
              # the coming weeks and months in the plural: no one of them ("les mois à venir" is no 2013-08)
              "les semaines à venir": "FUTURE_REF", "les mois à venir": "FUTURE_REF", "les années à venir": "FUTURE_REF",
              "les jours à venir": "FUTURE_REF", "les prochains mois": "FUTURE_REF", "les prochaines semaines": "FUTURE_REF"}
PARTS_OF_DAY = {"matin": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"}
DEICTIC_PARTS = {"ce matin": (0, "MO"), "ce soir": (0, "EV"), "cette nuit": (0, "NI"), "hier soir": (-1, "EV"),
                 "hier matin": (-1, "MO"), "cet après-midi": (0, "AF")}
MODIFIERS_BEFORE = {"ce": 0, "cet": 0, "cette": 0, "le dernier": -1, "la dernière": -1, "le prochain": 1,
                    "la prochaine": 1}
MODIFIERS_AFTER = {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "précédent": -1, "précédente": -1,
                   "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1, "à venir": 1, "en cours": 0}
# Words between a year told and the month or season right after it, which falls in that year (storyline/timex/resolve.py
# `_period_in_year_before`) ("l'an dernier en juin").
YEAR_PERIOD_LINK = ["en"]
SPAN_MODIFIERS = {"début": "START", "fin": "END", "mi": "MID", "mi-": "MID", "au début de": "START",
                  "à la fin de": "END", "à la mi-": "MID", "courant": "MID", "milieu de": "MID", "au milieu de": "MID",
                  "en milieu de": "MID"}
# Words between a count and its unit in a duration ("les trois dernières années").
DURATION_INFIX = ["dernières", "derniers", "prochaines", "prochains"]
AGO_BEFORE = ["il y a"]
# A preposition before a count of units that puts a time that far ahead of the publication day ("in two weeks").
AHEAD_BEFORE = ["dans"]
# Words right after such a count that tie it to an event ("two weeks after the election"): no date then.
AHEAD_EVENT_AFTER = r"\s+(?:après|de)(?!\w)"
AGO_AFTER: list[str] = []
ANAPHORIC_AFTER = {"plus tôt": -1, "auparavant": -1, "avant": -1, "plus tard": 1, "après": 1}
# Anaphoric words that are also prepositions: with an event after them ("deux ans après sa première venue", "trois jours avant le scrutin") the count
# is a duration, not a shift from the time mentioned last.
ANAPHORIC_PREPOSITIONS = ["après", "avant"]
ANAPHORIC_EVENT_OBJECT = (r"\s+(?:l['’]|d['’]|qu['’]|(?:la|le|les|sa|son|ses|leur|leurs|un|une|du|des|de|que|ce|cet|cette)(?!\w)|"
                          r"(?-i:[A-ZÀ-Ý]))")
# An event after "la veille" / "le lendemain" ("Le lendemain de l'attaque"): the eve or the morrow of it, no day we
# can tell from the time told last; not a date ("à la veille du 30 juin").
ANAPHORIC_FIXED_OBJECT = r"(?<=veille|demain)\s+(?:de|d['’]|du|des)(?!\w)(?!\s*\d)"
ANAPHORIC_FIXED = {"la veille": ("day", -1), "le lendemain": ("day", 1), "le jour même": ("day", 0),
                   "ce jour-là": ("day", 0), "le même jour": ("day", 0), "la semaine suivante": ("week", 1),
                   "l'année suivante": ("year", 1), "l'année précédente": ("year", -1), "ce week-end": ("weekend", 0),
                   "le week-end": ("weekend", 0), "en début de semaine": ("week", 0),
    "la fin de la semaine": ("week", 0), "la fin du mois": ("month", 0), "la fin de l'année": ("year", 0),
    # "en juin de la même année": the year of the time told before (storyline/timex/resolve.py)
    "la même année": ("year", 0), "cette année-là": ("year", 0),
}
# ("il y a encore trois ans": "encore", "à peine" stand where an approximator does)
APPROXIMATORS = ["environ", "près de", "presque", "plus de", "moins de", "quelque", "encore", "à peine", "seulement"]
DURATION_LEAD = ["les derniers", "les dernières", "les prochains", "les prochaines", "pendant", "depuis"]
EVERY = ["chaque", "tous les", "toutes les", "par"]
# Words of EVERY that make a set only after a count ("deux fois par semaine"; "par semaine" alone is no set).
SET_NEEDS_COUNT = ["par"]
SET_COUNT_BEFORE = r"(?<!\w)fois\s+$"
FIXED_DURATIONS = {"un an et demi": "P18M", "une demi-heure": "PT30M", "une demi-journée": "PT12H"}
SET_ADVERBS = {"quotidiennement": "P1D", "chaque jour": "P1D", "tous les jours": "P1D", "chaque semaine": "P1W",
               "chaque mois": "P1M", "chaque année": "P1Y", "annuellement": "P1Y", "hebdomadaire": "P1W",
               # "tous les lundis": weekdays in the plural are habits
               **{f"tous les {day}s": f"XXXX-WXX-{n}" for day, n in weekday_names("fr").items()},
               # a part of every day ("Chaque matin à 8 heures"): TIMEX3 writes the part on any day
               **{f"{every} {part}": f"XXXX-XX-XXT{code}" for every in ("chaque", "tous les")
                  for part, code in (("matin", "MO"), ("soir", "EV"), ("nuit", "NI"))
                  if not (every == "tous les" and part == "nuit")}, "toutes les nuits": "XXXX-XX-XXTNI"}
# What after a bare year makes it an amount ("2011 euros", "1997 personnes").
NOT_YEAR_AFTER = r"\s+(?:euros?|dollars?|personnes|habitants|manifestants|morts)(?!\w)"
# "le deuxième trimestre de l'année": this year's quarter, "de l'année" in its span
QUARTER_THIS_YEAR = r"\s+de\s+l['’]année(?!\s+(?:dernière|précédente|prochaine|suivante|\d))(?![\w])"
QUARTER_WORDS = ["trimestre"]
HALF_WORDS = ["semestre"]
QUARTER_PREFIX = r"(?:(?:au|le|du)\s+)?"
DECADE_PATTERN = r"(?:les\s+)?années\s+['’]?(?P<decade>1[5-9]\d0|20\d0|[2-9]0)"  # "les années 90"
# "14h30", "10 h"; "10 heures" is a clock time only after "à"/"vers"/"dès" ("pendant 10 heures" lasts)
CLOCK_PATTERN = (r"(?P<hh24>[01]?\d|2[0-3])\s*h\s*(?P<mm24>[0-5]\d)?(?!\w)"
                 r"|(?:à|vers|dès)\s+(?P<hh2>[01]?\d|2[0-3])\s+heures?(?:\s+(?P<mm2>[0-5]\d))?(?:\s+du\s+(?P<pm2>soir))?(?!\w)")
CLOCK_NAMED = {"midi": "12:00", "minuit": "24:00"}
# The conditional of reported speech is a future seen from the past ("a annoncé que les négociations
# reprendraient vendredi"); "aurait"/"serait" are left out: "l'attaque aurait fait dix morts" is an alleged past.
# A future ending on a lower-case word that is no noun or adjective ("le Front de salut national", "le vrai
# problème", "aux environs de" were future cues).
FUTURE_CUES = (r"(?<!\w)(?:(?!(?:vrai|front|affront|environs|extra|ultra|caméra|opéra)(?!\w))(?-i:[a-zà-ÿ])\w*"
               r"(?:ra|ront|rai|rons|rez)|(?!(?:aur|ser)(?:ait|aient)(?!\w))\w+r(?:ait|aient)|va|vont|doit|doivent|"
               r"prévu\w*|prochain\w*|devrait|devraient|a\s+lieu|ont\s+lieu)(?!\w)")
# Present-tense verbs of scheduled events, next to a weekday: "le sommet se tient vendredi".
FUTURE_HINTS = (r"(?<!\w)(?:se\s+tien(?:t|nent)|commencen?t?|débuten?t?|s['’]ouvren?t?|reprennent|reprend|"
                r"se\s+réuni(?:t|ssent)|se\s+rend(?:ent)?|arriven?t?|parten?t?|votent|vote)(?!\w)")
PAST_CUES = r"(?<!\w)(?:a|ont|avait|avaient|était|étaient|fut|furent|dernier|dernière|passée?|il y a)(?!\w)"
PAST_HINTS = r"(?<!\w)(?:\w{3,}(?:é|ée|és|ées|ait|aient))(?!\w)"
# A preposition right before a weekday or date that makes it a coming one ("for Thursday").
FUTURE_BEFORE = r"(?<!\w)(?:pour|d'ici|d’ici|jusqu'à|jusqu’à)\s+(?:le\s+|la\s+)?$"
# A preposition right before a weekday or date that puts it in the past ("since Monday").
PAST_BEFORE = r"(?<!\w)depuis\s+(?:le\s+|la\s+)?$"
# Words that join a day and a clock time into one expression ("Tuesday at 10:30").
# Words between a month and the relative year after it ("mars de l'année dernière").
PERIOD_YEAR_LINK = ["de l'", "de l’", "de"]  # "juin de la même année"
# Centuries: "XIXe siècle" (TIMEX3 writes the 19th century as 18).
CENTURY_PATTERN = r"(?P<roman>[IVXL]{1,6})(?:e|ème)\s+siècle"
CLOCK_LINK = ['à', 'vers', 'dès']
# Between a clock and the day it falls on: "à 14 heures le mardi 5 mars", "à 16h53 heure locale mardi", "à 20h ce mardi" (storyline/timex/resolve.py `_clock_on_day`).
CLOCK_DAY_LINK = ['le', 'ce', 'du', 'dans la nuit de']
# A zone told between a clock and its day (the link word may follow it).
CLOCK_ZONE = ['heure locale', 'heure de Paris', 'heure française', 'heures locales']
# A page's time stamp is no event (storyline/events.py `stamp_starts`). Its labels are the publication labels of
# langs/<iso>/clean.py (PUBLISHED_LABELS, UPDATED_LABELS: "Publié le", "Aktualizacja:") and these, which clean.py
# does not read as a page's dates; a label opens a stamp at a line's start or after "|", a dash or a bracket (any
# case); after a separator, as written, one of these or an UPDATED_LABELS label is the page's next field ("— mis à
# jour le"). STAMP_MARKS: the page's buttons after a stamp (a capitalised one may follow directly, any one after a
# separator); STAMP_WROTE: a comment's byline verb before ":" after a stamp with a clock.
STAMP_LABELS = ['mise à jour', 'dernière mise à jour', 'posté']
STAMP_MARKS = ['Répondre', 'Signaler un abus']
STAMP_WROTE = ['a écrit']
# Words right before "N years" that make it an age ("aged 30"), not a duration.
AGE_BEFORE = r"(?<!plus\s)(?<!moins\s)(?<!\w)(?:de|âgée?s?\s+de)\s+$"
# Season names are lower-case in running text: a capitalised one mid-sentence is a name ("Arab Spring").
SEASON_NAMES_LOWERCASE = True
# Units are lower-case in running text: a capitalised one after a count is a name ("© Copyright 20 Minutes").
UNIT_NAMES_LOWERCASE = True
# "été" is also the participle of "être" ("a été"): alone it must follow one of these words.
AMBIGUOUS_SEASONS = frozenset({"été"})
MONTH_CONTEXT = ["en", "l'", "l’", "cet", "de", "au", "du", "pendant", "depuis", "dès", "fin", "début", "mi", "cette", "tout"]
# Words right before a date that make it a reference point, not when the sentence's news happened
# ("après 1997", "avant lundi"): such a date makes no dated event (storyline/events.py).
EVENT_REFERENCE_BEFORE = r"(?<!\w)(?:après|avant)\s+(?:le\s+)?$"
# Words right before a bare year that make it the date of an earlier, named happening
# ("la crue de 1997"): no dated event either.
EVENT_YEAR_OF_BEFORE = r"(?<!\w)de\s+$"
# A page's publication line before a date ("Publié le 24 septembre 2012 à 12h40 - Mis à jour le …"), a citation's cue
# in a bracket ("(cf. Le Monde du 3 mai)"), and a period's two years ("entre 1979 et 1995", "de 1956 à 1970"): no
# dated event (storyline/events.py).
EVENT_PUBLISHED_BEFORE = r"(?<!\w)(?:Publié|Mis\s+à\s+jour|Modifié)\s+(?:le|à)\s+(?:\S+\s+){0,6}$"
EVENT_CITATION_BEFORE = r"\(\s*(?:cf\.|voir)\s[^()\n]{0,40}$"
EVENT_PERIOD_OPEN = r"(?i)(?<!\w)(?:entre|de|depuis)\s+$"
EVENT_PERIOD_LINK = r"(?i)\s+(?:et|à|au|jusqu['’]en)\s+"
# fmt: on
# Words joining two months of a range that names its year once ("May and June 2024"): both take that year.
RANGE_LINKS = ["et", "à", "ou", "au"]
# A unit that is also an ordinal, and what after it makes it the ordinal ("a second term" is no second).
ORDINAL_UNITS = ["seconde"]
ORDINAL_UNIT_AFTER = r"\s+(?!(?:et|ou|de|d['’]|avant|après|plus|en|pour|quand|que|qu['’]|jusqu['’])(?!\w))\w"
# A name's head right before a day and month (a movement, a street): a name, not a date.
DATE_NAME_BEFORE = (
    r"(?<!\w)(?:mouvement|front|place|rue|avenue|boulevard|pont|stade|appel)\s+(?:du\s+)?$"  # "l'appel du 18 juin"
    r"|(?<!\w)révolution\s+d['’]$"  # "la révolution d'octobre" (1917); "la révolution du 25 janvier" keeps its day
)
# Words around a season that make it a historical name ("the Arab Spring" however it is written).
# A people's or a movement's adjective after it makes one too ("les printemps libyens", "un rude hiver islamiste");
# "prochain" and "lointain" end like them and are no name.
SEASON_NAME_AFTER = (
    r"\s+(?:arabes?|de\s+Prague|des\s+peuples|turcs?|turques?|kurdes?|grecs?|grecques?|"
    r"(?!(?:prochaine?s?|lointaine?s?)(?!\w))\w+(?:[iy]ens?|[iy]ennes?|ais|aises?|ois|oises?|istes?|ains?|aines?))(?!\w)"
)
# fmt: off
# Calendar weeks: "la semaine 4 de 2026", "la 4e semaine de l'année", "la troisième semaine de janvier", "la
# dernière semaine de mars" (a week of a month is the ISO week of its third / last Thursday); "semaine 4" alone
# is as often a season's or a course's, so a year, "l'année" or a month must follow.
WEEK_ORDINALS = {"première": 1, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5}
CALENDAR_WEEK_PATTERN = (r"(?:semaine\s+(?P<wn>\d{1,2})|(?P<wn2>\d{1,2})(?:e|ème)\s+semaine"
                         r"|{ordinal}\s+semaine|(?P<last>dernière)\s+semaine)"
                         r"\s+(?:de\s+{year}|(?P<yword>de\s+l['’]année(?:\s+(?P<yrel>dernière|prochaine|passée))?)"
                         r"|d['’]{month}|de\s+{month2})(?:\s+{year2})?")
# fmt: on
# Month names are lower-case in running text: a capitalised bare one mid-sentence is a name ("Maja Ostaszewska").
MONTH_NAMES_LOWERCASE = True

# Marks of a year before the Common Era, right after the year: the year is TIMEX3 "BC…" and makes no event.
ERA_BEFORE_CHRIST = [
    r"av\.\s?J\.?-?C\.?",
    r"avant J\.?-?C\.?",
    r"avant Jésus-Christ",
    r"av\.\s?n\.\s?è\.",
    r"avant notre ère",
]

# A bare hour is a clock where a part of the day or a day says so (storyline/timex/amounts.py `h_bare_hour`):
# "hier soir à 20", "à 8 du matin" ("à 20 ans" counts).
BARE_HOUR_BEFORE = r"(?<!\w)(?:à|vers|dès|jusqu['’]à)\s+$"
BARE_HOUR_PARTS = {"du matin": "MO", "du soir": "EV", "de l'après-midi": "AF", "dans la nuit": "NI"}
# Words that may follow a bare hour told after a day (a count's noun may not): "samedi à 20 devant la mairie".
BARE_HOUR_WORDS_AFTER = ["à", "au", "aux", "dans", "devant", "et", "sur", "avec", "pour"]
# A plan word before a day makes it a coming one ("Le sommet doit se tenir jeudi, a indiqué …").
PLAN_CUES = (
    r"(?<!\w)(?:doit|doivent|devrait|devraient|prévue?s?|programmée?s?|se\s+tiendra|se\s+tiendront|"
    r"aura\s+lieu|auront\s+lieu)(?!\w)"
)
