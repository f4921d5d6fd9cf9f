"""French name-recognition data: exonyms, titles, trims (see storyline/entities)."""

import re

TRAINED_TYPES = False
# form knowledge as tagger features: the weights learned on cs/sl/bg for "unknown capitalised word" carry over
MORPH_ANALYSER = "simplemma-fr"
# base-form endings of verbs in simplemma's form lists (`devrait` → `devoir`, `propose` → `proposer`): a lower-case word with one after a
# capitalised common noun is no part of a name (storyline/entities/false_names.py)
VERB_LEMMA_ENDINGS = ("er", "ir", "re", "oir")
ROMANIZE = [("ou", "u")]
LEADING_DETERMINERS = ("le", "la", "les", "l'", "l’")
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
# "le prix Nobel de la paix Mohamed ElBaradei": "Nobel" alone names the prize, not a person (the quotes stage took it
# for the speaker of the sentence; French texts of the shared sets: every "Nobel" alone is the prize); laughs opening
# a quoted post ("@waelabbas: Haha! …" made "Haha" the blogger's next "il")
NOT_NAMES = frozenset({"photo", "lire aussi", "nobel", "haha", "hahaha", "lol", "mdr"})
EXONYMS = {
    "République tchèque": "Czechia",
    "Genève": "Geneva",
    "OSCE": "OSCE",
    "Organisation pour la sécurité et la coopération en Europe": "OSCE",
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
    {"président", "présidente", "ministre", "chancelier", "porte-parole", "émissaire", "m.", "mme", "maire"}
)
# "le maire de Marseille Benoît Payan": a three-word name right after a title and one of these is the title's
# place and the person (trims.py `_title_place_split`)
TITLE_PLACE_CONNECTORS = frozenset({"de", "du"})
# the titles held for a place (a spokesman "de José Luis Ábalos" is someone's: the name stays whole)
TITLE_PLACE_TITLES = frozenset(
    {"maire", "préfet", "préfète", "gouverneur", "député", "députée", "sénateur", "sénatrice"}
)
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "selon",
    "d'après",
    "d’après",
    "a déclaré à",
    "a indiqué à",
    "a confié à",
    "rapporte",
    "cité par",
    "citée par",
    "dans un entretien à",
    "dans une interview à",
)
OUTLET_CUES_AFTER = ("rapporte", "a rapporté", "indique", "écrit", "a écrit", "révèle")
OUTLET_NOUNS = (
    "agence",
    "l'agence",
    "l’agence",
    "journal",
    "quotidien",
    "hebdomadaire",
    "chaîne",
    "site",
    "radio",
    "magazine",
)
# French names of foreign cities that are also French places (lower-cased): `Vienne` is Vienna and a town
# on the Rhône (and a department), `Valence` Valencia and the Drôme's prefecture; such a mention links to
# the foreign city only with shared context (storyline/entities/link.py)
HOMONYM_PLACES = frozenset({"vienne", "valence"})
AND_WORDS = ("et", "ou")  # coordination: `X and Axios` shares X's outlet cue
# lone words typed PER without a person's evidence (storyline/entities/evidence.py): after an article a body
# (`le Mercosur`), after these prepositions (one word, or two ending in one) a place (`à Lyon`)
NOUN_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "du", "au", "aux", "un", "une"})
PLACE_PREPOSITIONS = frozenset(
    {"à", "en", "autour de", "près de", "sud de", "nord de", "est de", "ouest de", "environs de", "banlieue de"}
)
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset({"fleuve", "rivière", "palais", "lac", "vallée", "rue", "avenue", "boulevard"})
# names whose head comes first, linked by a preposition: the tagger often finds only the tail
# (`Comité international de la` + `Croix-Rouge`); trims.py `_romance_head` takes the head in
NAME_HEAD_CONNECTORS = re.compile(r"(?:[A-ZÀ-Ý][\w-]+)(?: [a-zà-ÿ]+){0,2} (?:de la |de l['’]|du |des |de |d['’])")
# French capitalises only the first word of a body's name: a capitalised kind-of-body noun, its lower-case
# adjectives (told from verbs by their endings) and an optional one-word regional tail are one ORG
# (`Coordination paysanne Rhône-Alpes`, `Assemblée nationale`, `Banque centrale européenne`, `Parti socialiste`);
# recall.py `_adjective_names`. A tail followed by another capitalised word is a name of its own
# (`Rassemblement national Jordan Bardella`).
ADJECTIVE_NAMES = re.compile(
    r"(?<![\w-])(?:Coordination|Confédération|Fédération|Union|Assemblée|Parti|Front|Rassemblement|Conseil|Cour|"
    r"Banque|Syndicat|Mouvement|Comité|Association|Chambre|Agence|Office|Institut|Caisse|Commission|Autorité|"
    r"Garde|Police|Gendarmerie|Marine|Armée|Église|Ligue|Alliance|Coalition|Fondation|Mutualité|Sécurité|Éducation)"
    r"(?: [a-zà-ÿ]{2,}(?:ale|ales|al|aux|elle|elles|el|els|enne|ennes|ien|iens|ienne|iennes|anne|annes|aine|aines|ain|"
    r"ains|aise|aises|ais|oise|oises|ois|iste|istes|ique|iques|ive|ives|if|ifs|aire|aires|ière|ières|ier|iers|ême|ate|ates)"
    r"(?![\w-])){1,2}"
    r"(?: [A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?![\w-])(?! [A-ZÀ-Ý]))?"
)

# Words of spaCy's stop-word list that open names here (`Grand …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"front", "grand", "grande", "nouvelle"})

# Head nouns of a place's name: a name opening with one is a place, whatever the tagger said ("la Plaza Tahrir"
# had stood among a story's actors as a person). Not "canal": a television channel's name opens with it too.
PLACE_HEAD_NOUNS = frozenset(
    {"place", "rue", "avenue", "boulevard", "quartier", "pont", "gare", "parc", "square", "golfe", "mont", "lac"}
)
