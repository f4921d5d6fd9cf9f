"""Russian cues for the briefing's positions grid and claim checks (see langs/en/positions.py for the keys).

Stems stand for every case ending (Россия, России, Россию; Киев, Киева).
"""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"(?<!\w)(?:США|Соединённ\w* Штат\w*|Соединенн\w* Штат\w*|[Аа]мериканск\w*|Вашингтон\w*|Бел\w* дом\w*)(?!\w)"
    ),
    "RU": re.compile(r"(?<!\w)(?:Росси\w*|[Рр]оссийск\w*|Москв\w*|Кремл\w*)(?!\w)"),
    "UA": re.compile(r"(?<!\w)(?:Украин\w*|[Уу]краинск\w*|Киев\w*)(?!\w)"),
    "EU": re.compile(r"(?<!\w)(?:Евросоюз\w*|ЕС|Европейск\w* союз\w*|Европ\w*|европейск\w*|Брюссел\w*)(?!\w)"),
    "GB": re.compile(
        r"(?<!\w)(?:Великобритани\w*|Британи\w*|[Бб]ританск\w*|Лондон\w*|Соединённ\w* Королевств\w*|Соединенн\w* Королевств\w*)(?!\w)"
    ),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"(?<!\w)(?:Еврокомисси\w*|Европейск\w* комисси\w*|[Ее]врокомиссар\w*)(?!\w)"),
    "farmers": re.compile(r"(?<!\w)(?i:фермер\w*|аграри\w*)(?!\w)"),
}

ISSUES = {
    "territory": re.compile(r"(?<!\w)(?:территори\w*|аннекс\w*)(?!\w)", _I),
    "demilitarised zone": re.compile(
        r"(?<!\w)(?:буферн\w* зон\w*|демилитаризованн\w* зон\w*|\d+-?километров\w* зон\w*)(?!\w)", _I
    ),
    "NATO membership": re.compile(r"(?<!\w)(?:НАТО|членств\w*|военн\w* альянс\w*)(?!\w)", _I),
    "security guarantees": re.compile(r"(?<!\w)(?:гарантии безопасности|гаранти\w*)(?!\w)", _I),
    "foreign troops": re.compile(
        r"(?<!\w)(?:миротворц\w*|миротворческ\w*|иностранн\w* войск\w*|военнослужащ\w* (?:из )?стран (?:НАТО|Североатлантическ\w* альянс\w*)|войск\w* НАТО|контингент\w*)(?!\w)",
        _I,
    ),
    "sanctions": re.compile(r"(?<!\w)санкци\w*(?!\w)", _I),
    "ceasefire": re.compile(r"(?<!\w)(?:прекращени\w* огня|перемири\w*)(?!\w)", _I),
    "prisoner exchange": re.compile(r"(?<!\w)(?:пленн\w*|обмен\w* пленными)(?!\w)", _I),
}

# Issues whose generic word ("членство", "гарантии") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"(?<!\w)(?:НАТО|[Аа]льянс\w*)(?!\w)"),
    "security guarantees": re.compile(
        r"(?<!\w)(?:безопасност\w*|оборон\w*|войск\w*|перемири\w*|прекращени\w* огня|войн\w*|миротвор\w*)(?!\w)", _I
    ),
}

STANCES = [
    ("conditions", re.compile(r"(?<!\w)(?:при условии|только если|в обмен на|с учётом|с учетом)(?!\w)", _I)),
    (
        "opposes",
        re.compile(
            r"(?<!\w)(?:отвер\w*|отказ\w*|против|возража\w*|неприемлем\w*|не соглас\w*|исключен\w*|не стоит на повестке)(?!\w)",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"(?<!\w)(?:требу\w*|предлож\w*|предлага\w*|требовани\w*|настаива\w*|хочет|хотят|должн\w*|рассчитыва\w* на|ждёт от|ждет от|ожида\w* от)(?!\w)",
            _I,
        ),
    ),
    ("supports", re.compile(r"(?<!\w)(?:поддерж\w*|соглас\w*|одобр\w*|приветств\w*|готов\w*)(?!\w)", _I)),
    ("undecided", re.compile(r"(?<!\w)(?:рассматрива\w*|изуча\w*|не решил\w*|неясн\w*)(?!\w)", _I)),
]

PROPOSAL = re.compile(r"(?<!\w)(?:план\w*|проект\w*|предложени\w*)(?!\w)", _I)
PROPOSAL_TERMS = re.compile(r"(?<!\w)(?:план|проект|предложение) (?:предусматривает|включает|требует)(?!\w)", _I)

NEGATION = re.compile(r"(?<!\w)(?:не|нет|никак\w*|никогда|опроверг\w*)(?!\w)", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"(?<!\w)(?:опроверг\w*|опровер\w*|отрица\w*|дезавуир\w*)(?!\w)", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"(?<!\w)(?:по данным|по словам|по оценк\w+|сообщил\w*|насчитал\w*|заявил\w*|говор\w+ о)(?!\w)", _I
)
COUNTER_FIGURE = re.compile(r"(?<!\w)(?:говор\w+ о|насчитал\w*)(?!\w)", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"(?<!\w)(?:вместо|отказал\w*|первоначально|изначально|ранее)(?!\w)", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:тогда как|в то время как|а|но)\s+")
AND = re.compile(r"и")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:со стороны)(?!\w)")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"(?<!\w)(?:приостанов\w*|заморо\w*|отлож\w*|отмен\w*)(?!\w)", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("санкции против России", "санкции в отношении банков"): the party they name takes no stance by it, and where they
# are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:против|в отношении)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(r"(?<!\w)(?:источник\w* (?:в|близк\w*)|на условиях анонимности)(?!\w)", _I),
    "leaked document": re.compile(r"(?<!\w)(?:документ\w*, (?:оказавш\w*|имеющ\w*) в распоряжении|утечк\w*)(?!\w)", _I),
    "another outlet": re.compile(
        r"(?<!\w)(?:сообщает|сообщил\w*|по данным|пишет) (?:агентств\w* )?(?:Reuters|ТАСС|РИА Новости|Интерфакс|AFP|Axios|Bloomberg)"
    ),
    "official statement": re.compile(
        r"(?<!\w)(?:пресс-секретар\w*|официальн\w* представител\w*|заявил\w*|заявлени\w*|МИД)(?!\w)", _I
    ),
}

ROLE_WORDS = re.compile(
    r"^(?:президент\w*|министр\w*|пресс-секретар\w*|представител\w*|посланник\w*|спецпосланник\w*|глав\w*|"
    r"переговорщик\w*|посол|мэр\w*|губернатор\w*|российск\w*|украинск\w*|американск\w*|МИД|России|Украины|США)$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"(?<!\w)(?:во время|в ходе|после|перед|с момента)\s+(?:\w+\s+)?$", _I)

# "союзники Украины", "партнёры Киева": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(r"(?<!\w)(?:союзник\w*|партн[её]р\w*|противник\w*|критик\w*|сосед\w*)\s+$", _I)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("давление на Россию",
# "санкции против Москвы", "переговоры с Киевом") is an object or target, never the subject of the clause ('из' and
# 'для' are left out: "делегация из Киева" is the subject's, "неприемлемо для Москвы" is Moscow's view); one after a
# place preposition ("В Кремле заявили") or in another case than the nominative (`oblique_form`, pymorphy3:
# "Пресс-секретарь Кремля") is at best the subject's place or possessor.
PARTY_PREPOSITION = re.compile(
    r"(?<!\w)(?:против|на|к|ко|между|о|об|за|над|с|со|перед|относительно|в отношении)\s+$", _I
)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:в|во)\s+$", _I)
# Words opening a subordinate clause: "Москва заявила, что Украина должна …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:что|чтобы|ли)(?!\w)", _I)


def oblique_form(word: str) -> bool:
    """Whether a party word is in a case other than the nominative in every reading pymorphy3's dictionary
    gives ("России", "Киеву", "российское" is nominative too); an unknown or indeclinable word ("США") may be
    the subject."""
    from storyline.entities.morph import oblique_only

    return oblique_only("ru", word)
