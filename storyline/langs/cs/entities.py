"""Czech name-recognition data: orthography → common romanisation, exonyms (see storyline/entities)."""

TRAINED_TYPES = True
# dictionary knowledge of the word and its base form as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "simplemma-cs"
# base-form endings of verbs in simplemma's form lists (`schválil` → `schválit`, `řekl` → `říci`; not the `-ost`
# nouns): a lower-case word with one after a capitalised common noun is no part of a name (entities/false_names.py)
VERB_LEMMA_ENDINGS = ("at", "át", "et", "ět", "it", "ít", "out", "ýt", "ci", "ct")
ROMANIZE = [("ch", "kh"), ("č", "ch"), ("š", "sh"), ("ž", "zh"), ("ř", "rzh"), ("c", "ts"), ("w", "v"), ("j", "y")]
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
FEMININE_SURNAME_SUFFIXES = ("ová",)  # stripped from name keys only: Mayová ~ May
NOT_NAMES = frozenset({"foto"})

# nouns the dictionary knows that derive from a country's name are its people (`Američané`, `Čechů`)
PEOPLE_FROM_COUNTRIES = True
# base forms of nouns for members of a people or a group that the dictionary does not derive from a country's
# name (`Britové`, `Evropané`, `Konzervativci`; `Američané`, `Češi` derive from one): typed PER they are no person;
# storyline/entities/false_names.py `people_nouns`
PEOPLE_NOUNS = frozenset(
    {
        "brit",
        "rus",
        "polák",
        "evropan",
        "angličan",
        "skot",
        "skoti",
        "velšan",
        "konzervativec",
        "labourista",
        "demokrat",
        "republikán",
        "lidovec",
    }
)
EXONYMS = {
    "Ženeva": "Geneva",
    "OBSE": "OSCE",
    "Organizace pro bezpečnost a spolupráci v Evropě": "OSCE",
    "Kyjev": "Kyiv",
    "Moskva": "Moscow",
    "Krym": "Crimea",
    "Záporoží": "Zaporizhzhia",
    "Cherson": "Kherson",
    "Donbas": "Donbas",
    "Bílý dům": "White House",
    "Kreml": "Kremlin",
    "EU": "European Union",
    "Evropská unie": "European Union",
    "Evropská komise": "European Commission",
    "OSN": "United Nations",
    "NATO": "NATO",
    "WHO": "World Health Organization",
    "USA": "United States",
    "Spojené státy americké": "United States",
    "Británie": "United Kingdom",
}
PERSON_TITLES = frozenset({"prezident", "premiér", "ministr", "mluvčí", "kancléř"})
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = ("podle", "uvádí", "píše", "informuje", "sdělil", "sdělila", "serveru", "pro server")
OUTLET_CUES_AFTER = ("uvádí", "uvedl", "uvedla", "píše", "napsal", "napsala", "informuje", "informoval", "informovala")
OUTLET_NOUNS = (
    "agentura",
    "agentury",
    "agentuře",
    "deník",
    "deníku",
    "server",
    "serveru",
    "televize",
    "stanice",
    "týdeník",
    "týdeníku",
)
AND_WORDS = ("a", "nebo")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"řeka", "řeky", "řece", "řeku", "řekou", "jezero", "jezera", "jezeře", "údolí"})

# Words of spaCy's stop-word list that open names here (`Nový …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"nová", "nové", "nový", "velká"})
