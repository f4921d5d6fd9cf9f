"""Bulgarian name-recognition data: exonyms (romanisation by anyascii; see storyline/entities)."""

TRAINED_TYPES = True
# dictionary knowledge of the word and its base form as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "simplemma-bg"
ROMANIZE: list[tuple[str, str]] = []
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES: frozenset[str] = frozenset()
EXONYMS = {
    "Женева": "Geneva",
    "ОССЕ": "OSCE",
    "Организация за сигурност и сътрудничество в Европа": "OSCE",
    "Киев": "Kyiv",
    "Москва": "Moscow",
    "Крим": "Crimea",
    "Запорожие": "Zaporizhzhia",
    "Херсон": "Kherson",
    "Донбас": "Donbas",
    "Белият дом": "White House",
    "Кремъл": "Kremlin",
    "ЕС": "European Union",
    "Европейският съюз": "European Union",
    "Европейската комисия": "European Commission",
    "ООН": "United Nations",
    "НАТО": "NATO",
    "СЗО": "World Health Organization",
    "САЩ": "United States",
    "Великобритания": "United Kingdom",
}
PERSON_TITLES = frozenset({"президент", "премиер", "министър", "говорител", "канцлер"})
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = ("според", "съобщава", "пише", "предава", "каза пред")
OUTLET_CUES_AFTER = ("съобщава", "пише", "предава", "съобщи")
OUTLET_NOUNS = (
    "агенция",
    "агенцията",
    "вестник",
    "вестника",
    "изданието",
    "телевизия",
    "телевизията",
    "сайта",
    "портала",
)
AND_WORDS = ("и", "или")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"река", "реката", "реки", "езеро", "езерото", "дворец", "двореца"})

# Words of spaCy's stop-word list that open names here (`Нова …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"нов", "нова", "първи"})
