"""Slovene name-recognition data: orthography → common romanisation, exonyms (see storyline/entities)."""

TRAINED_TYPES = True
# dictionary knowledge of the word and its base form as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "simplemma-sl"
# base-form endings of verbs in simplemma's form lists (`sprejel` → `sprejeti`): a lower-case word with one after a
# capitalised common noun is no part of a name (storyline/entities/false_names.py)
VERB_LEMMA_ENDINGS = ("ti", "či")
ROMANIZE = [("č", "ch"), ("š", "sh"), ("ž", "zh"), ("c", "ts"), ("j", "y")]
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"foto"})
EXONYMS = {
    "Ženeva": "Geneva",
    "OVSE": "OSCE",
    "Organizacija za varnost in sodelovanje v Evropi": "OSCE",
    "Kijev": "Kyiv",
    "Moskva": "Moscow",
    "Krim": "Crimea",
    "Bela hiša": "White House",
    "Kremelj": "Kremlin",
    "EU": "European Union",
    "Evropska unija": "European Union",
    "Evropska komisija": "European Commission",
    "OZN": "United Nations",
    "Nato": "NATO",
    "NATO": "NATO",
    "WHO": "World Health Organization",
    "ZDA": "United States",
    "Velika Britanija": "United Kingdom",
}
PERSON_TITLES = frozenset({"predsednik", "predsednica", "premier", "minister", "ministrica", "kancler", "tiskovni"})
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = ("po poročanju", "poroča", "piše", "je povedal", "je povedala")
OUTLET_CUES_AFTER = ("poroča", "piše", "je poročal", "je poročala", "je poročalo")
OUTLET_NOUNS = (
    "agencija",
    "agencije",
    "agenciji",
    "časnik",
    "časnika",
    "časopis",
    "časopisa",
    "portal",
    "portala",
    "televizija",
    "televizije",
)
AND_WORDS = ("in", "ali")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"reka", "reke", "reki", "reko", "jezero", "jezera"})

# Words of spaCy's stop-word list that open names here (`Nato …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"nato", "nova", "novo", "velika"})
