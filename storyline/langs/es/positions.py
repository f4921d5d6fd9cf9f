"""Spanish cues for the briefing's positions grid and claim checks (see langs/en/positions.py for the keys)."""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(r"\b(?:Estados Unidos|EE\.? ?UU\.?|estadounidense\w*|Washington|Casa Blanca)\b"),
    "RU": re.compile(r"\b(?:Rusia|rus[oa]s?|Moscú|Kremlin)\b"),
    "UA": re.compile(r"\b(?:Ucrania|ucranian[oa]s?|Kiev|Kyiv)\b"),
    "EU": re.compile(r"\b(?:Unión Europea|UE|Europa|europe[oa]s?|Bruselas)\b"),
    "ES": re.compile(r"\b(?:España|español\w*|Madrid|Gobierno español)\b"),
    "FR": re.compile(r"\b(?:Francia|francés|francesa\w*|París)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:Comisión Europea|Comisión|[Cc]omisari[oa]\w*)\b"),
    "farmers": re.compile(r"\b(?i:agricultor\w*|ganader\w*|organizaciones agrarias|campesin\w*)\b"),
}

# A party's short name, the word that names it alone in a text about it: inside a longer name it is another body's
# ("presidente de la Comisión Electoral"), and votes for no party in a title (brief/actors.py).
SHORT_NAMES = {"Commission": re.compile(r"Comisión")}

ISSUES = {
    "territory": re.compile(r"\b(?:territori\w*|anexi\w*|cesión)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:zona (?:de amortiguación|desmilitarizada|de seguridad)|zona de \d+ (?:km|kilómetros))\b", _I
    ),
    "NATO membership": re.compile(r"\b(?:OTAN|adhesión|alianza\w* militar\w*)\b", _I),
    "security guarantees": re.compile(r"\b(?:garantías? de seguridad|garantías?)\b", _I),
    "foreign troops": re.compile(
        r"\b(?:cascos azules|fuerza\w* de paz|tropas extranjeras|(?:tropas|soldados) de (?:países de )?la OTAN|contingente\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsanci\w*\b", _I),
    "ceasefire": re.compile(r"\b(?:alto el fuego|tregua)\b", _I),
    "prisoner exchange": re.compile(r"\b(?:prisioneros?|canje de prisioneros|intercambio de prisioneros)\b", _I),
    "trade agreement": re.compile(
        r"\b(?:acuerdo comercial|libre comercio|Mercosur|cláusula de salvaguardia|salvaguardia)\b", _I
    ),
}

# Issues whose generic word ("adhesión", "garantías") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:OTAN|[Aa]lianza\w*)\b"),
    "security guarantees": re.compile(r"\b(?:seguridad|defensa|tropas?|alto el fuego|guerra|paz)\b", _I),
}

STANCES = [
    ("conditions", re.compile(r"\b(?:siempre que|solo si|con la condición|a cambio de|condicion\w*|supedit\w*)\b", _I)),
    (
        "opposes",
        re.compile(r"\b(?:rechaz\w*|se opone\w*|oposición|contra|no aceptará\w*|inaceptable|se niega\w*)\b", _I),
    ),
    ("demands", re.compile(r"\b(?:exig\w*|propus\w*|propon\w*|reclam\w*|pide\w*|insist\w*|quiere\w*|debe\w*)\b", _I)),
    (
        "supports",
        re.compile(
            r"\b(?:apoy\w*|respald\w*|defend\w*|defiende\w*|acept\w*|aprob\w*|acuerdo|dispuest\w*|celebr\w*)\b", _I
        ),
    ),
    ("undecided", re.compile(r"\b(?:estudi\w*|consider\w*|analiz\w*|incierto\w*|indeciso\w*)\b", _I)),
]

PROPOSAL = re.compile(r"\b(?:plan|propuesta|proyecto|acuerdo)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:plan|propuesta|proyecto) (?:prevé|incluye|exige|contempla)\b", _I)

NEGATION = re.compile(r"\b(?:no|nunca|jamás|ningún|ninguna|negó|niega|desmint\w*)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(
    r"\b(?:desmint\w*|desmiente|neg(?:ó|aron)|niega\w*|rechaz(?:ó|aron) (?:las |los )?(?:informaciones|informes|noticias))\b",
    _I,
)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\b(?:según|de acuerdo con|elev(?:ó|aron) la cifra|cifr(?:ó|aron|an)|dijeron|dijo|afirm(?:ó|aron)|contabiliz\w+|calcul(?:ó|aron|an)|estim(?:ó|aron|an))\b",
    _I,
)
COUNTER_FIGURE = re.compile(r"\b(?:elev(?:ó|aron) la cifra|cifr(?:ó|aron|an) en|hablaron de|habló de)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(
    r"\b(?:en lugar de|en vez de|renunci\w+|abandon\w+|inicialmente|originalmente|anteriormente)\b", _I
)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:mientras que|mientras|pero)\s+")
AND = re.compile(r"y|e")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:por parte de|por)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:suspend\w*|suspensión|paraliz\w*|aplaz\w*|congel\w*|cancel\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits ("sanciones contra Rusia"):
# the party they name takes no stance by it, and where they are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:contra)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:fuentes? (?:diplomáticas?|cercanas?|oficiales?|de la mediación)|un (?:alto )?funcionario que pidió el anonimato)\b",
        _I,
    ),
    "leaked document": re.compile(
        r"\b(?:documento (?:al que ha tenido acceso|filtrado)|borrador filtrado|filtraci\w*)\b", _I
    ),
    "another outlet": re.compile(
        r"\b(?:según|informa|informó) (?:la agencia |el diario )?(?:Reuters|EFE|AFP|AP|El País|El Mundo|Axios|Bloomberg)\b"
    ),
    "official statement": re.compile(r"\b(?:portavoz|comunicado|declaró|anunció|ministerio)\b", _I),
}

ROLE_WORDS = re.compile(
    r"^(?:president\w*|ministr\w*|portavoz|enviad\w*|especial|jefe\w*|comisari\w*|embajador\w*|negociador\w*|"
    r"alcalde\w*|secretari\w*|ucranian\w*|rus[oa]|estadounidense|europe[oa]|de|del|la|el)$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:durante|después de|antes de|hasta|desde)\s+(?:el |la |los |las |un |una )?$", _I)

# "los aliados de Ucrania": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:aliados|socios|adversarios|críticos|vecinos)\s+(?:de\s+(?:la\s+|los\s+)?|del\s+)$", _I
)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("presión sobre Kiev",
# "sanciones contra Rusia", "acuerdo con el Mercosur") is an object or target, never the subject of the clause
# ('para' is left out: "inaceptable para Moscú" is Moscow's view); one after 'de' is at best the subject's possessor
# or origin ("agricultores llegados de Madrid").
PARTY_PREPOSITION = re.compile(r"(?<!\w)(?:contra|sobre|a|al|con|hacia|entre|ante)\s+(?:(?:el|la|los|las)\s+)?$", _I)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:de|del)\s+(?:(?:la|los|las)\s+)?$", _I)
# Words opening a subordinate clause: "Moscú afirma que Ucrania debe …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)que(?!\w)", _I)
