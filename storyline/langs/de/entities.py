"""German name-recognition data: spelling → romanisation, exonyms, titles (see storyline/entities)."""

TRAINED_TYPES = False  # no German training data: the tagger finds names, titles and gazetteers type them
# form knowledge as tagger features: the weights learned on cs/sl/bg for "unknown capitalised word" carry over
MORPH_ANALYSER = "simplemma-de"
# every noun is capitalised: a word the lexicon inflects as a common noun is no name without evidence
# (storyline/entities/nouns.py); plural endings tried on the word and on its umlauted stem (Stadt → Städte)
CAPITALISED_NOUNS = True
NOUN_PLURAL_ENDINGS = ("n", "en", "e", "er", "nen")
# plurals that replace the singular's ending (Ministerium → Ministerien, Virus → Viren, Thema → Themen)
NOUN_PLURAL_REPLACED = (("um", "en"), ("us", "en"), ("a", "en"))
# German spellings of Slavic names: Wolkow ~ Volkov, Hryzenko ~ Hrytsenko, Beljajew ~ Belyaev
ROMANIZE = [("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "y"), ("z", "ts")]
LEADING_DETERMINERS = ("der", "die", "das", "den", "dem", "des")
# A name opening with a compound whose head is one of these names a body, not a person (the tagger, trained on
# Slavic text, read "Landesbauernverbands Rheinland" as a person): genitive "-s"/"-es" stripped first.
ORG_HEAD_SUFFIXES = (
    "verband",
    "ministerium",
    "amt",
    "behörde",
    "gericht",
    "gerichtshof",
    "kommission",
    "partei",
    "gewerkschaft",
    "institut",
    "verein",
    "konzern",
    "agentur",
    "kammer",
    "stiftung",
    "zentrale",
    "polizei",
    "regierung",
    "parlament",
    "akademie",
    "universität",
    "hochschule",
    "klinik",
    "krankenhaus",
)
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"foto", "lesen sie auch"})
EXONYMS = {
    "Tschechische Republik": "Czechia",
    # German names of Central European cities, still usual in German news
    "Breslau": "Wrocław",
    "Danzig": "Gdańsk",
    "Stettin": "Szczecin",
    "Posen": "Poznań",
    "Krakau": "Kraków",
    "Kattowitz": "Katowice",
    "Ostrau": "Ostrava",
    "Pressburg": "Bratislava",
    "Lemberg": "Lviv",
    "Genf": "Geneva",
    "OSZE": "OSCE",
    "Organisation für Sicherheit und Zusammenarbeit in Europa": "OSCE",
    "Kiew": "Kyiv",
    "Moskau": "Moscow",
    "Krim": "Crimea",
    "Saporischschja": "Zaporizhzhia",
    "Cherson": "Kherson",
    "Luhansk": "Luhansk",
    "Donezk": "Donetsk",
    "Charkiw": "Kharkiv",
    "Odessa": "Odesa",
    "Donbass": "Donbas",
    "Weiße Haus": "White House",
    "Weißes Haus": "White House",
    "Kreml": "Kremlin",
    "EU": "European Union",
    "Europäische Union": "European Union",
    "EU-Kommission": "European Commission",
    "Europäische Kommission": "European Commission",
    "Vereinte Nationen": "United Nations",
    "UNO": "United Nations",
    "UN": "United Nations",
    "NATO": "NATO",
    "Nato": "NATO",
    "USA": "United States",
    "Amerika": "United States",
    "Großbritannien": "United Kingdom",
    "Weltgesundheitsorganisation": "World Health Organization",
}
PERSON_TITLES = frozenset(
    {
        "präsident",
        "präsidentin",
        "kanzler",
        "kanzlerin",
        "minister",
        "ministerin",
        "sprecher",
        "sprecherin",
        "herr",
        "frau",
        "gesandte",
        "sondergesandte",
        "gesandter",
        "unterhändler",
        "unterhändlerin",
        "leiter",
        "leiterin",
        "bürgermeister",
        "bürgermeisterin",
        "vorsitzende",
        "vorsitzender",
        "chef",
        "chefin",
    }
)
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "laut",
    "sagte",
    "sagte der",
    "berichtet",
    "berichtete",
    "meldet",
    "meldete",
    "zitiert von",
    "im Interview mit",
    "gegenüber",
    "nach Angaben von",
)
OUTLET_CUES_AFTER = ("berichtet", "berichtete", "meldet", "meldete", "schreibt", "schrieb")
OUTLET_NOUNS = (
    "Nachrichtenagentur",
    "Agentur",
    "Zeitung",
    "Tageszeitung",
    "Sender",
    "Nachrichtenportal",
    "Portal",
    "Magazin",
    "Nachrichtenmagazin",
    "Fernsehsender",
)
AND_WORDS = ("und", "oder")  # coordination: `X and Axios` shares X's outlet cue
# lone words typed PER without a person's evidence (storyline/entities/evidence.py): after an article (or one
# with adjectives in these endings between: `ein direktes Treffen`) a thing, after these prepositions a place
NOUN_ARTICLES = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "eines",
        "einer",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keines",
        "keiner",
        "im",
        "am",
        "beim",
        "vom",
        "zum",
        "zur",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihres",
        "ihrer",
        "sein",
        "seine",
        "seinen",
        "seinem",
        "seines",
        "seiner",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
    }
)
ARTICLE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
PLACE_PREPOSITIONS = frozenset({"in", "bei", "nach"})
# a name after an article that is no common noun: rivers and regions take one (`der Oder`, `die Krim`)
ARTICLE_NAME_TYPE = "LOC"
# a known place's genitive the base-form rules keep (`einen Antrag Polens` → `Polen`); recognize.py `_genitive_base`
NAME_GENITIVE_ENDINGS = ("s", "es")
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"fluss", "flusses", "palast", "schloss"})

# Words of spaCy's stop-word list that open names here (`Neue …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"große", "großen", "neue", "neuen", "neuer"})
