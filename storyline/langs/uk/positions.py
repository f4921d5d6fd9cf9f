"""Ukrainian cues for the briefing's positions grid and claim checks (see langs/en/positions.py for the keys)."""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"(?<!\w)(?:США|Сполучен\w* Штат\w*|[Аа]мериканськ\w*|Вашингтон\w*|Біл\w* дім|Білому домі|Білого дому)(?!\w)"
    ),
    "RU": re.compile(r"(?<!\w)(?:Росі\w*|[Рр]осійськ\w*|Москв\w*|Кремл\w*)(?!\w)"),
    "UA": re.compile(r"(?<!\w)(?:Україн\w*|[Уу]країнськ\w*|Київ\w*|Києв\w*)(?!\w)"),
    "EU": re.compile(r"(?<!\w)(?:Євросоюз\w*|ЄС|Європейськ\w* Союз\w*|Європ\w*|європейськ\w*|Брюссел\w*)(?!\w)"),
    "GB": re.compile(
        r"(?<!\w)(?:Великобритані\w*|Британі\w*|[Бб]ританськ\w*|Лондон\w*|Сполучен\w* Королівств\w*)(?!\w)"
    ),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"(?<!\w)(?:Єврокомісі\w*|Європейськ\w* комісі\w*|[Єє]врокомісар\w*)(?!\w)"),
    "farmers": re.compile(r"(?<!\w)(?i:фермер\w*|аграрі\w*)(?!\w)"),
}

ISSUES = {
    "territory": re.compile(r"(?<!\w)(?:територі\w*|анекс\w*)(?!\w)", _I),
    "demilitarised zone": re.compile(
        r"(?<!\w)(?:буферн\w* зон\w*|демілітаризован\w* зон\w*|\d+-?кілометров\w* зон\w*)(?!\w)", _I
    ),
    "NATO membership": re.compile(r"(?<!\w)(?:НАТО|членств\w*|військов\w* альянс\w*)(?!\w)", _I),
    "security guarantees": re.compile(r"(?<!\w)(?:гаранті\w* безпеки|гаранті\w*)(?!\w)", _I),
    "foreign troops": re.compile(
        r"(?<!\w)(?:миротворц\w*|миротворч\w*|іноземн\w* військ\w*|військов\w* (?:із|з) країн НАТО|військ\w* НАТО|контингент\w*)(?!\w)",
        _I,
    ),
    "sanctions": re.compile(r"(?<!\w)санкці\w*(?!\w)", _I),
    "ceasefire": re.compile(r"(?<!\w)(?:припинен\w* вогню|перемир\w*)(?!\w)", _I),
    "prisoner exchange": re.compile(r"(?<!\w)(?:полонен\w*|обмін\w* полоненими)(?!\w)", _I),
}

# Issues whose generic word ("членство", "гарантії") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"(?<!\w)(?:НАТО|[Аа]льянс\w*)(?!\w)"),
    "security guarantees": re.compile(
        r"(?<!\w)(?:безпек\w*|оборон\w*|військ\w*|перемир\w*|припинен\w* вогню|війн\w*|миротвор\w*)(?!\w)", _I
    ),
}

STANCES = [
    ("conditions", re.compile(r"(?<!\w)(?:за умови|лише якщо|в обмін на)(?!\w)", _I)),
    (
        "opposes",
        re.compile(
            r"(?<!\w)(?:відкида\w*|відхил\w*|відмов\w*|проти|заперечу\w*|неприйнятн\w*|не погод\w*|не стоїть на порядку денному)(?!\w)",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"(?<!\w)(?:вимага\w*|запропон\w*|пропону\w*|вимог\w*|наполяга\w*|хоче|хочуть|повин\w*|потрібн\w*|не відступ\w*)(?!\w)",
            _I,
        ),
    ),
    ("supports", re.compile(r"(?<!\w)(?:підтрим\w*|погод\w*|схвал\w*|вітає|вітають|готов\w*)(?!\w)", _I)),
    ("undecided", re.compile(r"(?<!\w)(?:розгляда\w*|вивча\w*|не виріш\w*|незрозуміл\w*)(?!\w)", _I)),
]

PROPOSAL = re.compile(r"(?<!\w)(?:план\w*|проєкт\w*|проект\w*|пропозиці\w*)(?!\w)", _I)
PROPOSAL_TERMS = re.compile(r"(?<!\w)(?:план|проєкт|пропозиція) (?:передбачає|включає|вимагає)(?!\w)", _I)

NEGATION = re.compile(r"(?<!\w)(?:не|ні|жодн\w*|ніколи|спростов\w*)(?!\w)", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"(?<!\w)(?:спростов\w*|спростува\w*|заперечи\w*|заперечу\w*)(?!\w)", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"(?<!\w)(?:за даними|за словами|за оцінк\w+|повідомил\w*|нарахувал\w*|заявил\w*|говор\w+ про)(?!\w)", _I
)
COUNTER_FIGURE = re.compile(r"(?<!\w)(?:говор\w+ про|нарахувал\w*)(?!\w)", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"(?<!\w)(?:замість|відмовил\w*|спочатку|раніше)(?!\w)", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:тоді як|у той час як|а|але)\s+")
AND = re.compile(r"і|й|та")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:з боку)(?!\w)")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"(?<!\w)(?:призупин\w*|замороз\w*|відклад\w*|скасув\w*)(?!\w)", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("санкції проти Росії", "санкції щодо банків"): the party they name takes no stance by it, and where they
# are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:проти|щодо)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(r"(?<!\w)(?:джерел\w* (?:в|у|близьк\w*)|на умовах анонімності)(?!\w)", _I),
    "leaked document": re.compile(
        r"(?<!\w)(?:документ\w*, (?:що|який) (?:є|опинився) в розпорядженні|витік\w*)(?!\w)", _I
    ),
    "another outlet": re.compile(
        r"(?<!\w)(?:повідомляє|повідомил\w*|за даними|пише) (?:агентств\w* )?(?:Reuters|Укрінформ|УНІАН|Інтерфакс|AFP|Axios|Bloomberg)"
    ),
    "official statement": re.compile(r"(?<!\w)(?:речни\w*|прессекретар\w*|речниц\w*|заяв\w*|МЗС)(?!\w)", _I),
}

ROLE_WORDS = re.compile(
    r"^(?:президент\w*|міністр\w*|речни\w*|речниц\w*|представни\w*|посланц\w*|спецпосланц\w*|посланни\w*|спецпосланни\w*|голов\w*|заступни\w*|"
    r"переговірни\w*|посол|мер\w*|губернатор\w*|російськ\w*|українськ\w*|американськ\w*|МЗС|України|Росії|США|перший)$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"(?<!\w)(?:під час|у ході|після|перед|з моменту)\s+(?:\w+\s+)?$", _I)

# "союзники України", "партнери Києва": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(r"(?<!\w)(?:союзник\w*|партнер\w*|противник\w*|критик\w*|сусід\w*)\s+$", _I)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("тиск на Росію",
# "санкції проти Москви", "щодо російської агресії") is an object or target, never the subject of the clause ('з' and
# 'для' are left out: "делегація з Києва" is the subject's, "неприйнятна для Москви" is Moscow's view); one after a
# place preposition ("У Брюсселі заявили") or in another case than the nominative (`oblique_form`, pymorphy3:
# "речник Кремля") is at best the subject's place or possessor.
PARTY_PREPOSITION = re.compile(r"(?<!\w)(?:проти|на|до|між|про|за|над|перед|щодо|стосовно)\s+$", _I)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:в|у)\s+$", _I)
# Words opening a subordinate clause: "Москва заявила, що Україна має …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:що|щоб|чи)(?!\w)", _I)


def oblique_form(word: str) -> bool:
    """Whether a party word is in a case other than the nominative in every reading pymorphy3's dictionary
    gives ("України", "Києву", "російської"); an unknown or indeclinable word ("США") may be the subject."""
    from storyline.entities.morph import oblique_only

    return oblique_only("uk", word)
