"""French name-recognition data: exonyms, titles, trims (see storyline/entities)."""

TRAINED_TYPES = False
# form knowledge as tagger features: the weights learned on cs/sl/bg for "unknown capitalised word" carry over
MORPH_ANALYSER = "simplemma-fr"
ROMANIZE = [("ou", "u")]
LEADING_DETERMINERS = ("le", "la", "les", "l'", "l’")
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"photo", "lire aussi"})
EXONYMS = {
    "Kiev": "Kyiv",
    "Kyiv": "Kyiv",
    "Moscou": "Moscow",
    "Crimée": "Crimea",
    "Zaporijia": "Zaporizhzhia",
    "Kherson": "Kherson",
    "Donbass": "Donbas",
    "Maison Blanche": "White House",
    "Maison-Blanche": "White House",
    "Kremlin": "Kremlin",
    "UE": "European Union",
    "Union européenne": "European Union",
    "Commission européenne": "European Commission",
    "ONU": "United Nations",
    "OTAN": "NATO",
    "Otan": "NATO",
    "OMS": "World Health Organization",
    "Organisation mondiale de la santé": "World Health Organization",
    "USA": "United States",
    "Amérique": "United States",
    "Royaume-Uni": "United Kingdom",
}
PERSON_TITLES = frozenset(
    {"président", "présidente", "ministre", "chancelier", "porte-parole", "émissaire", "m.", "mme"}
)
