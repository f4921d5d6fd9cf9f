"""Spanish name-recognition data: exonyms, titles, trims (see storyline/entities)."""

TRAINED_TYPES = False
# form knowledge as tagger features: the weights learned on cs/sl/bg for "unknown capitalised word" carry over
MORPH_ANALYSER = "simplemma-es"
ROMANIZE: list[tuple[str, str]] = []
LEADING_DETERMINERS = ("el", "la", "los", "las")
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"foto", "lea también"})
EXONYMS = {
    "Kiev": "Kyiv",
    "Moscú": "Moscow",
    "Crimea": "Crimea",
    "Zaporiyia": "Zaporizhzhia",
    "Jersón": "Kherson",
    "Donbás": "Donbas",
    "Casa Blanca": "White House",
    "Kremlin": "Kremlin",
    "UE": "European Union",
    "Unión Europea": "European Union",
    "Comisión Europea": "European Commission",
    "ONU": "United Nations",
    "OTAN": "NATO",
    "OMS": "World Health Organization",
    "EEUU": "United States",
    "EE.UU.": "United States",
    "EE. UU.": "United States",
    "Reino Unido": "United Kingdom",
}
PERSON_TITLES = frozenset(
    {"presidente", "presidenta", "ministro", "ministra", "canciller", "portavoz", "enviado", "señor", "señora"}
)
