"""Polish name-recognition data: orthography → common romanisation, exonyms, titles (see storyline/entities)."""

TRAINED_TYPES = True  # the bundled tagger was trained on Polish SlavicNER documents
# dictionary name classes, parts of speech and base forms as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "morfeusz2"
# Head-first names decline only the head and the adjectives agreeing with it; complements keep their case
# (`Instytutu Meteorologii i Gospodarki Wodnej` → `Instytut Meteorologii i Gospodarki Wodnej`)
HEAD_FIRST_AGREEMENT = "morfeusz2"
# Polish spelling → the English-style romanisation of Slavic names (`Dmitriew` ~ `Dmitriev`, `Pieskow` ~
# `Peskov`, `Hryćenko` ~ `Hrytsenko`); applied in one pass, longest match first
ROMANIZE = [
    ("szcz", "shch"),
    ("ch", "kh"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("rz", "zh"),
    ("ż", "zh"),
    ("ź", "zh"),
    ("ć", "ts"),
    ("c", "ts"),
    ("w", "v"),
    ("ł", "l"),
    ("j", "y"),
]
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"foto", "czytaj też", "czytaj także"})

# nouns the dictionary knows that derive from a country's name are its people (`Amerykanie`, `Rosjanom`)
PEOPLE_FROM_COUNTRIES = True
# base forms of nouns for members of a people or a group that the dictionary writes small or does not derive from
# a country: typed PER they are no person (`Demokraci`, `Republikanin`, `torysów`; `Polacy`, `Brytyjczykom` the
# dictionary writes capitalised, `Amerykanie` derives from a country); storyline/entities/false_names.py `people_nouns`
PEOPLE_NOUNS = frozenset({"demokrata", "demokrat", "republikanin", "torys", "laburzysta", "konserwatysta", "liberał"})
EXONYMS = {
    "Republika Czeska": "Czechia",
    "Genewa": "Geneva",
    "OBWE": "OSCE",
    "Organizacja Bezpieczeństwa i Współpracy w Europie": "OSCE",
    "Kijów": "Kyiv",
    "Moskwa": "Moscow",
    "Krym": "Crimea",
    "Zaporoże": "Zaporizhzhia",
    "Chersoń": "Kherson",
    "Ługańsk": "Luhansk",
    "Donieck": "Donetsk",
    "Charków": "Kharkiv",
    "Odessa": "Odesa",
    "Donbas": "Donbas",
    "Biały Dom": "White House",
    "Kreml": "Kremlin",
    "Pentagon": "Pentagon",
    "Unia Europejska": "European Union",
    "UE": "European Union",
    "Komisja Europejska": "European Commission",
    "ONZ": "United Nations",
    "Organizacja Narodów Zjednoczonych": "United Nations",
    "Rada Bezpieczeństwa ONZ": "UN Security Council",
    "Światowa Organizacja Zdrowia": "World Health Organization",
    "WHO": "World Health Organization",
    "Sojusz Północnoatlantycki": "NATO",
    "NATO": "NATO",
    "USA": "United States",
    "Stany": "United States",
    "Ameryka": "United States",
    "Wielka Brytania": "United Kingdom",
}
PERSON_TITLES = frozenset(
    {
        "prezydent",
        "premier",
        "wicepremier",
        "minister",
        "rzecznik",
        "kanclerz",
        "wysłannik",
        "ambasador",
        "sekretarz",
        "doradca",
        "przewodniczący",
        "pan",
        "pani",
    }
)
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "według",
    "podaje",
    "podał",
    "podała",
    "donosi",
    "informuje",
    "zauważa",
    "pisze",
    "w rozmowie z",
    "cytowany przez",
    "cytowana przez",
)
OUTLET_CUES_AFTER = (
    "podaje",
    "podał",
    "podała",
    "donosi",
    "informuje",
    "poinformował",
    "poinformowała",
    "zauważa",
    "pisze",
    "napisał",
    "napisała",
)
OUTLET_NOUNS = (
    "agencja",
    "agencji",
    "agencję",
    "agencją",
    "dziennik",
    "dziennika",
    "dziennikowi",
    "gazeta",
    "gazety",
    "portal",
    "portalu",
    "telewizja",
    "telewizji",
    "stacja",
    "stacji",
    "serwis",
    "serwisu",
    "tygodnik",
    "tygodnika",
    "radio",
    "radia",
    "rozgłośnia",
    "rozgłośni",
)
AND_WORDS = ("i", "oraz", "lub")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset(
    {
        "rzeka",
        "rzeki",
        "rzece",
        "rzekę",
        "rzeką",
        "jezioro",
        "jeziora",
        "jeziorze",
        "dolina",
        "doliny",
        "dolinie",
        "pałac",
        "pałacu",
    }
)

# Words of spaCy's stop-word list that open names here (`Nowa …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"nowa", "nowy", "wielka"})
