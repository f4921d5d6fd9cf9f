"""Russian name-recognition data: exonyms and titles (romanisation by anyascii; see storyline/entities)."""

TRAINED_TYPES = True
# dictionary name classes, parts of speech and base forms as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "pymorphy3-ru"
# adjective + noun names take their base form by agreement (storyline/entities/agreement.py)
PHRASE_AGREEMENT = "pymorphy3-ru"
ROMANIZE: list[tuple[str, str]] = []
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES: frozenset[str] = frozenset()
# nouns the dictionary knows that derive from a country's name are its people (`Американцы`, `Британцы`)
PEOPLE_FROM_COUNTRIES = True
# base forms of nouns for members of a people or a group that the dictionary does not derive from a country's
# name (`Европейцы`, `Демократы`, `Лейбористы`; `Американцы`, `Британцы` derive from one): typed PER they are no
# person; storyline/entities/false_names.py `people_nouns`
PEOPLE_NOUNS = frozenset({"европеец", "демократ", "республиканец", "консерватор", "лейборист", "англичанин"})
EXONYMS = {
    "Женева": "Geneva",
    "ОБСЕ": "OSCE",
    "Организация по безопасности и сотрудничеству в Европе": "OSCE",
    "Киев": "Kyiv",
    "Москва": "Moscow",
    "Крым": "Crimea",
    "Запорожье": "Zaporizhzhia",
    "Херсон": "Kherson",
    "Луганск": "Luhansk",
    "Донецк": "Donetsk",
    "Харьков": "Kharkiv",
    "Одесса": "Odesa",
    "Донбасс": "Donbas",
    "Белый дом": "White House",
    "Кремль": "Kremlin",
    "Пентагон": "Pentagon",
    "Евросоюз": "European Union",
    "ЕС": "European Union",
    "Европейский союз": "European Union",
    "Еврокомиссия": "European Commission",
    "Европейская комиссия": "European Commission",
    "ООН": "United Nations",
    "Совбез ООН": "UN Security Council",
    "Совет Безопасности ООН": "UN Security Council",
    "ВОЗ": "World Health Organization",
    "Всемирная организация здравоохранения": "World Health Organization",
    "НАТО": "NATO",
    "Североатлантический альянс": "NATO",
    "США": "United States",
    "Штаты": "United States",
    "Америка": "United States",
    "Британия": "United Kingdom",
}
PERSON_TITLES = frozenset({"президент", "премьер", "министр", "пресс-секретарь", "канцлер", "спецпосланник"})
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = ("сообщает", "по данным", "пишет", "передает", "передаёт", "в интервью", "сообщило", "сообщил")
OUTLET_CUES_AFTER = ("сообщает", "пишет", "передает", "передаёт", "сообщило", "сообщил", "сообщила")
OUTLET_NOUNS = (
    "агентство",
    "агентства",
    "агентству",
    "агентством",
    "газета",
    "газеты",
    "газете",
    "издание",
    "издания",
    "изданию",
    "телеканал",
    "телеканала",
    "портал",
    "портала",
    "радиостанция",
    "радиостанции",
)
AND_WORDS = ("и", "или")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset(
    {"река", "реки", "реке", "реку", "рекой", "озеро", "озера", "озере", "долина", "долины", "дворец", "дворце"}
)

# Words of spaCy's stop-word list that open names here (`Новая …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"новая", "новый", "первый"})
