"""Spanish name-recognition data: exonyms, titles, trims (see storyline/entities)."""

import re

TRAINED_TYPES = False
# form knowledge as tagger features: the weights learned on cs/sl/bg for "unknown capitalised word" carry over
MORPH_ANALYSER = "simplemma-es"
# base-form endings of verbs in simplemma's form lists (`aprobó` → `aprobar`): a lower-case word with one after a
# capitalised common noun is no part of a name (storyline/entities/false_names.py)
VERB_LEMMA_ENDINGS = ("ar", "er", "ir")
ROMANIZE: list[tuple[str, str]] = []
LEADING_DETERMINERS = ("el", "la", "los", "las")
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"foto", "lea también"})
EXONYMS = {
    "República Checa": "Czechia",
    "Ginebra": "Geneva",
    "OSCE": "OSCE",
    "Organización para la Seguridad y la Cooperación en Europa": "OSCE",
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
    {
        "presidente",
        "presidenta",
        "ministro",
        "ministra",
        "canciller",
        "portavoz",
        "enviado",
        "señor",
        "señora",
        "alcalde",
        "alcaldesa",
    }
)
# "el alcalde de Sevilla José Luis Sanz": a three-word name right after a title and one of these is the title's
# place and the person (trims.py `_title_place_split`)
TITLE_PLACE_CONNECTORS = frozenset({"de", "del"})
# the titles held for a place (a spokesman "de José Luis Ábalos" is someone's: the name stays whole)
TITLE_PLACE_TITLES = frozenset(
    {"alcalde", "alcaldesa", "gobernador", "gobernadora", "delegado", "delegada", "consejero", "consejera"}
)
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "según",
    "informa",
    "publica",
    "dijo a",
    "declaró a",
    "citado por",
    "citada por",
    "en una entrevista con",
)
OUTLET_CUES_AFTER = ("informa", "informó", "publica", "publicó", "reveló", "escribe")
OUTLET_NOUNS = ("agencia", "diario", "periódico", "cadena", "portal", "semanario", "emisora", "revista")
# Spanish place names the gazetteer gives to a foreign city (CLDR's time-zone city `Córdoba` is the
# Argentine one; Spanish news mostly means Andalusia's): linked only with shared context (entities/link.py)
HOMONYM_PLACES = frozenset({"córdoba"})
AND_WORDS = ("y", "o")  # coordination: `X and Axios` shares X's outlet cue
# lone words typed PER without a person's evidence (storyline/entities/evidence.py): after an article a body
# (`el Mercosur`), after these prepositions (one word, or two ending in one) a place (`en Extremadura`,
# `los alrededores de Lyon`; not `a`: `a Sánchez` is a person, nor `cerca de`: `cerca de Sánchez`)
NOUN_ARTICLES = frozenset({"el", "la", "los", "las", "del", "al", "un", "una"})
PLACE_PREPOSITIONS = frozenset(
    {"en", "alrededores de", "afueras de", "sur de", "norte de", "este de", "oeste de", "provincia de"}
)
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"río", "palacio", "lago", "valle"})
# names whose head comes first, linked by a preposition: the tagger often finds only the tail
# (`Comité international de la` + `Croix-Rouge`); trims.py `_romance_head` takes the head in
NAME_HEAD_CONNECTORS = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w-]+)(?: [a-záéíóúñ]+){0,2} (?:de la |de los |de las |del |de )")

# Words of spaCy's stop-word list that open names here (`Estados …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"buenos", "casa", "estados", "gran", "nueva", "nuevo"})

# Head nouns of a place's name: a name opening with one is a place, whatever the tagger said ("la Plaza Tahrir"
# had stood among a story's actors as a person). Not "canal": a television channel's name opens with it too.
PLACE_HEAD_NOUNS = frozenset(
    {"plaza", "calle", "avenida", "paseo", "barrio", "puente", "parque", "estación", "golfo", "monte", "lago"}
)
