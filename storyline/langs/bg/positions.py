"""Bulgarian cues for the briefing's positions grid and claim checks (see langs/pl/positions.py for the keys).

Bulgarian nouns have no cases but take their article as a suffix (Русия, санкциите, споразумението; руската,
руските): stems with `\\w*` find every form.
"""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"(?<!\w)(?:САЩ|Съединени\w* щати\w*|[Аа]мерикан\w*|Вашингтон\w*|Бели\w* дом\w*|Пентагон\w*)(?!\w)"
    ),
    "RU": re.compile(r"(?<!\w)(?:Руси\w*|[Рр]уск\w*|Москв\w*|Кремъл\w*|Кремл\w*)(?!\w)"),
    "UA": re.compile(r"(?<!\w)(?:Украйн\w*|[Уу]краинск\w*|Киев\w*)(?!\w)"),
    "EU": re.compile(
        r"(?<!\w)(?:Европейски\w* съюз\w*|Евросъюз\w*|ЕС|Европ\w*(?!\s+комиси)|[Ее]вропейск\w*(?!\s+комиси)|Брюксел\w*)(?!\w)"
    ),
    "GB": re.compile(
        r"(?<!\w)(?:Великобритани\w*|Велика\w* Британи\w*|Британи\w*|[Бб]ританск\w*|Лондон\w*|Обединено\w* кралство\w*)(?!\w)"
    ),
    "FR": re.compile(r"(?<!\w)(?:Франци(?:я|ята|и|ите)|[Фф]ренск\w*|Париж\w*)(?!\w)"),
    "DE": re.compile(r"(?<!\w)(?:Германи\w*|[Гг]ерманск\w*|Берлин\w*)(?!\w)"),
    "PL": re.compile(r"(?<!\w)(?:Полша\w*|[Пп]олск\w*|Варшав\w*)(?!\w)"),
    "CN": re.compile(r"(?<!\w)(?:Кита[йя]\w*|[Кк]итайск\w*|Пекин\w*)(?!\w)"),
    "BG": re.compile(r"(?<!\w)(?:България\w*|[Бб]ългарск\w* (?:правителство|власти|държава)\w*)(?!\w)"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"(?<!\w)(?:Европейска\w* комисия\w*|Еврокомисия\w*|[Ее]врокомисар\w*)(?!\w)"),
    "farmers": re.compile(r"(?<!\w)(?i:фермер\w*|земеделц\w*|земеделски\w* производител\w*|протестиращ\w*)(?!\w)"),
}

ISSUES = {
    "territory": re.compile(r"(?<!\w)(?:територи\w*|анекс\w*|изтегляне\w* на (?:\w+ )?войск\w*)(?!\w)", _I),
    "army size": re.compile(
        r"(?<!\w)(?:численост\w* на (?:армия\w*|войск\w*)|разоръжава\w*|разоръжа\w*|демилитариз\w*)(?!\w)", _I
    ),
    "NATO membership": re.compile(
        r"(?<!\w)(?:НАТО|Северноатлантическ\w* (?:алианс|съюз|пакт)\w*|военн\w* (?:алианс|съюз)\w*|членств\w*)(?!\w)",
        _I,
    ),
    "security guarantees": re.compile(r"(?<!\w)(?:гаранци\w*|взаимна\w* отбрана\w*)(?!\w)", _I),
    "foreign troops": re.compile(
        r"(?<!\w)(?:миротвор\w*|мироопазващ\w*|чуждестранн\w* войск\w*|чужд\w* войск\w*|войск\w* (?:на|от) НАТО|контингент\w*|изпрат\w* (?:\w+ )?войск\w*)(?!\w)",
        _I,
    ),
    "sanctions": re.compile(r"(?<!\w)санкци\w*(?!\w)", _I),
    "ceasefire": re.compile(
        r"(?<!\w)(?:примири(?:е|ето|я|ята)|прекратяване\w* на огъня|спиране\w* на огъня|прекратяване\w* на бойните действия)(?!\w)",
        _I,
    ),
    "demilitarised zone": re.compile(
        r"(?<!\w)(?:буферн\w* зон\w*|демилитаризиран\w* зон\w*|\d+-?километров\w* зон\w*)(?!\w)", _I
    ),
    "prisoner exchange": re.compile(
        r"(?<!\w)(?:военнопленни\w*|пленни\w*|размяна\w* на (?:военно)?пленни\w*)(?!\w)", _I
    ),
    "trade agreement": re.compile(
        r"(?<!\w)(?:търговск\w* споразумени\w*|свободна\w* търговия|Меркосур\w*|Mercosur\w*|предпазн\w* клауз\w*)(?!\w)",
        _I,
    ),
}

# Issues whose generic word ("членство", "гаранции") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"(?<!\w)(?:НАТО|[Аа]лианс\w*)(?!\w)"),
    "security guarantees": re.compile(
        r"(?<!\w)(?:сигурност\w*|отбран\w*|войск\w*|примири(?:е|ето|я|ята)|прекратяване на огъня|войн\w*|миротвор\w*|мироопаз\w*)(?!\w)",
        _I,
    ),
}

STANCES = [
    ("conditions", re.compile(r"(?<!\w)(?:при условие|само ако|само тогава|в замяна на|обвърз\w*)(?!\w)", _I)),
    (
        "opposes",
        re.compile(
            r"(?<!\w)(?:отхвърл\w*|отказ\w*|против|противопостав\w*|възраз\w*|възразява\w*|неприемлив\w*|не (?:е|са|сме) съгласн\w*|не приема\w*|изключва\w*|изключен[оаи]?|блокира\w*|критикува\w*|не стои на дневен ред)(?!\w)",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"(?<!\w)(?:(?:по)?иска(?:|т|ше|ха|ме|л\w*)|искане\w*|искания\w*|настоява\w*|предлага\w*|предложи\w*|изисква\w*|призова\w*|призовава\w*|трябва|очаква\w* от|разчита\w* на)(?!\w)",
            _I,
        ),
    ),
    (
        "supports",
        re.compile(
            r"(?<!\w)(?:подкреп\w*|съгласи\w*|съгласен|съгласна|съгласни|одобр\w*|приветств\w*|готов(?:а|и|о)?\s+да|готовност\w*|ангажира\w*)(?!\w)",
            _I,
        ),
    ),
    (
        "undecided",
        re.compile(
            r"(?<!\w)(?:обмисля\w*|разглежда\w*|проучва(?:|т|ме|ше|ха)|не е решил\w*|не са решили|неясн\w*|колеба\w*)(?!\w)",
            _I,
        ),
    ),
]

PROPOSAL = re.compile(r"(?<!\w)(?:план\w*|проект\w*|предложени\w*)(?!\w)", _I)
PROPOSAL_TERMS = re.compile(
    r"(?<!\w)(?:планът|план|проектът|проект|предложението) (?:предвижда|включва|изисква)(?!\w)", _I
)

NEGATION = re.compile(r"(?<!\w)(?:не|няма|никога|нито|никакв\w*|отрича\w*)(?!\w)", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"(?<!\w)(?:отрича\w*|отрече\w*|опроверга\w*|опровер\w*|демантира\w*)(?!\w)", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"(?<!\w)(?:според|по данни на|по оценк\w*|съобщи\w*|преброи\w*|заяви\w*|говор\w* за)(?!\w)", _I
)
COUNTER_FIGURE = re.compile(r"(?<!\w)(?:говор\w* за|преброи\w*)(?!\w)", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"(?<!\w)(?:вместо|отказа\w* се|първоначално|по-рано|преди това)(?!\w)", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("Франция и Полша поискаха ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:докато|а|но|обаче)\s+")
AND = re.compile(r"и")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:от страна на)(?!\w)")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"(?<!\w)(?:преустанов\w*|замраз\w*|отлож\w*|суспендира\w*)(?!\w)", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("санкции срещу Русия", "санкциите спрямо Москва"): the party they name takes no stance by it, and where they
# are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:срещу|против|спрямо|към)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"(?<!\w)(?:източни\w* (?:в|от|близ\w*)|пожелал\w* анонимност|анонимн\w*|неназован\w*)(?!\w)", _I
    ),
    "leaked document": re.compile(
        r"(?<!\w)(?:изтекл\w*|изтичане\w*|проект\w* на (?:документ|план)\w*|документ\w*, с (?:който|които) разполага\w*)(?!\w)",
        _I,
    ),
    "another outlet": re.compile(
        r"(?<!\w)(?:съобщава|съобщи|според|пише|писа|информира) (?:агенция |агенциите |изданието |вестник\w* |сайт\w* )?(?:Ройтерс|Reuters|БТА|Франс прес|АФП|AFP|Блумбърг|Bloomberg|Асошиейтед прес|Би Би Си|BBC|Си Ен Ен|CNN|Политико|Politico|„[^“]+“)"
    ),
    "official statement": re.compile(
        r"(?<!\w)(?:говорител\w*|официалн\w* представител\w*|изявлени\w*|МВнР|министерств\w* (?:съобщи|заяви)\w*)(?!\w)",
        _I,
    ),
}

ROLE_WORDS = re.compile(
    r"^(?:президент\w*|премиер\w*|министър\w*|министр\w*|вицепремиер\w*|вицепрезидент\w*|говорител\w*|представител\w*|"
    r"пратени\w*|специалн\w*|посланик\w*|ръководител\w*|шеф\w*|лидер\w*|председател\w*|секретар\w*|генерал\w*|"
    r"руск\w*|украинск\w*|американск\w*|европейск\w*|британск\w*|съветни\w*|командир\w*|канцлер\w*|"
    r"външните|работи|отбраната|Русия|САЩ|Украйна|МВнР)$",
    _I,
)

# Words before an issue that make it a time ("по време на примирието"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"(?<!\w)(?:по време на|в хода на|след|преди|докато трае|от момента на)\s+(?:\w+\s+)?$", _I)

# "съюзниците на Украйна", "партньорите на Киев", "украинските съюзници": others named by their tie to a party
# speak for themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:съюзни\w*|партньор\w*|противни\w*|критиц\w*|критик\w*|съсед\w*)\s+(?:на\s+)?$", _I
)
THIRD_PARTY_AFTER = re.compile(r"\s+(?:съюзни\w*|противни\w*|критиц\w*|съсед\w*)(?!\w)", _I)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("достъп до британските
# води", "санкции срещу Русия", "споразумение между ЕС и Великобритания") is an object or target, never the subject of
# the clause ('от' and 'за' are left out: "предложен от Великобритания" is an agent, "неприемливо за Москва" is
# Moscow's view); one after 'на' or a place preposition ("министърът на Русия", "В Брюксел смятат") is at best the
# subject's possessor or place.
PARTY_PREPOSITION = re.compile(r"(?<!\w)(?:срещу|против|към|до|между|с|със|спрямо|върху)\s+$", _I)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:на|в|във)\s+$", _I)
# Words opening a subordinate clause: "Москва заяви, че Украйна трябва …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:че|дали)(?!\w)", _I)
