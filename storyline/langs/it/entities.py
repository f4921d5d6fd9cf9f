"""Italian name-recognition data: exonyms, titles, trims (see storyline/entities)."""

import re

TRAINED_TYPES = False
# form knowledge as tagger features: the weights learned on cs/sl/bg for "unknown capitalised word" carry over
MORPH_ANALYSER = "simplemma-it"
# base-form endings of verbs in simplemma's form lists (`ha` → `avere`; adjectives in -are (`parlamentare`) count too, so end no name): a lower-case word with one after a
# capitalised common noun is no part of a name (storyline/entities/false_names.py)
VERB_LEMMA_ENDINGS = ("are", "ere", "ire", "rre")
ROMANIZE: list[tuple[str, str]] = []
LEADING_DETERMINERS = ("il", "lo", "la", "i", "gli", "le", "l'", "l’")
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES = frozenset({"foto", "leggi anche"})
EXONYMS = {
    "Repubblica Ceca": "Czechia",
    "Ginevra": "Geneva",
    "OSCE": "OSCE",
    "Organizzazione per la sicurezza e la cooperazione in Europa": "OSCE",
    "Kiev": "Kyiv",
    "Mosca": "Moscow",
    "Crimea": "Crimea",
    "Zaporizhzhia": "Zaporizhzhia",
    "Cherson": "Kherson",
    "Donbass": "Donbas",
    "Casa Bianca": "White House",
    "Cremlino": "Kremlin",
    "UE": "European Union",
    "Unione Europea": "European Union",
    "Commissione europea": "European Commission",
    "ONU": "United Nations",
    "NATO": "NATO",
    "Nato": "NATO",
    "OMS": "World Health Organization",
    "USA": "United States",
    "Regno Unito": "United Kingdom",
}
PERSON_TITLES = frozenset(
    {
        "presidente",
        "ministro",
        "ministra",
        "cancelliere",
        "portavoce",
        "inviato",
        "signor",
        "signora",
        "sindaco",
        "sindaca",
    }
)
# "il sindaco di Milano Giuseppe Sala": a three-word name right after a title and one of these is the title's
# place and the person (trims.py `_title_place_split`)
TITLE_PLACE_CONNECTORS = frozenset({"di", "del", "della"})
# the titles held for a place (a spokesman "de José Luis Ábalos" is someone's: the name stays whole)
TITLE_PLACE_TITLES = frozenset(
    {"sindaco", "sindaca", "prefetto", "prefetta", "governatore", "governatrice", "assessore", "questore"}
)
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "secondo",
    "riporta",
    "ha detto a",
    "ha dichiarato a",
    "citato da",
    "citata da",
    "in un'intervista a",
    "in un’intervista a",
)
OUTLET_CUES_AFTER = ("riporta", "ha riportato", "scrive", "ha scritto", "rivela")
OUTLET_NOUNS = ("agenzia", "quotidiano", "giornale", "emittente", "testata", "portale", "settimanale", "rivista")
AND_WORDS = ("e", "o")  # coordination: `X and Axios` shares X's outlet cue
# lone words typed PER without a person's evidence (storyline/entities/evidence.py): after an article a body
# (`il Mercosur`; not the feminine `la`: `la Meloni` is a person), after these prepositions (one word, or two ending in one) a place (`a Bolzano`)
NOUN_ARTICLES = frozenset(
    {"il", "lo", "l'", "l’", "del", "dello", "al", "allo", "nel", "nello", "dal", "dallo", "un", "uno"}
)
PLACE_PREPOSITIONS = frozenset({"a", "in", "vicino a", "pressi di", "nord di", "sud di", "provincia di"})
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"fiume", "palazzo", "lago", "valle"})
# names whose head comes first, linked by a preposition: the tagger often finds only the tail
# (`Comité international de la` + `Croix-Rouge`); trims.py `_romance_head` takes the head in
NAME_HEAD_CONNECTORS = re.compile(
    r"(?:[A-ZÀ-Ý][\w-]+)(?: [a-zà-ÿ]+){0,2} (?:della |dello |dell['’]|del |dei |degli |delle |di )"
)
# Italian capitalises only the first word of a body's name: a capitalised kind-of-body noun, its lower-case
# adjectives (told from verbs by their endings) and an optional one-word tail are one ORG (`Partito democratico`,
# `Banca centrale europea`, `Protezione civile`); recall.py `_adjective_names`
ADJECTIVE_NAMES = re.compile(
    r"(?<![\w-])(?:Partito|Movimento|Confederazione|Federazione|Unione|Assemblea|Camera|Consiglio|Corte|Banca|"
    r"Sindacato|Comitato|Associazione|Agenzia|Istituto|Commissione|Autorità|Guardia|Polizia|Protezione|Marina|"
    r"Esercito|Chiesa|Lega|Alleanza|Coalizione|Fondazione|Coordinamento|Coordinazione|Fronte)"
    r"(?: [a-zà-ÿ]{2,}(?:ale|ali|ico|ica|ici|iche|iano|iana|iani|iane|ese|esi|ista|isti|iste|ivo|iva|ivi|ive|ario|"
    r"aria|ari|arie|iera|iere|ile|ili|ea|eo|ee|ei|ino|ina|ini|ine)(?![\w-])){1,2}"
    r"(?: [A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?![\w-])(?! [A-ZÀ-Ý]))?"
)

# Words of spaCy's stop-word list that open names here (`Casa …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"casa", "forza", "gran", "nuova", "stati"})

# Head nouns of a place's name: a name opening with one is a place, whatever the tagger said ("Piazza Tahrir").
# Not "canale": a television channel's name opens with it too ("Canale News").
PLACE_HEAD_NOUNS = frozenset(
    {"piazza", "via", "viale", "corso", "largo", "ponte", "parco", "stazione", "quartiere", "golfo", "lago"}
)
