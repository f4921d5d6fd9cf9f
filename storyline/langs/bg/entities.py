"""Bulgarian name-recognition data: exonyms (romanisation by anyascii; see storyline/entities)."""

TRAINED_TYPES = True
# dictionary knowledge of the word and its base form as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "simplemma-bg"
ROMANIZE: list[tuple[str, str]] = []
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES: frozenset[str] = frozenset()
EXONYMS = {
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
