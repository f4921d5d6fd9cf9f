"""Italian cues for the briefing's positions grid and claim checks (see langs/en/positions.py for the keys)."""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(r"\b(?:Stati Uniti|USA|statunitens\w*|american\w*|Washington|Casa Bianca)\b"),
    "RU": re.compile(r"\b(?:Russia|russ[oaie]|Mosca|Cremlino)\b"),
    "UA": re.compile(r"\b(?:Ucraina|ucrain\w*|Kiev|Kyiv)\b"),
    "EU": re.compile(r"\b(?:Unione europea|Ue|UE|Europa|europe[oia]|Bruxelles)\b"),
    "IT": re.compile(r"\b(?:Italia|italian\w*|Roma|governo italiano)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:Commissione europea|Commissione|[Cc]ommissari[oa]\w*)\b"),
    "farmers": re.compile(r"\b(?i:agricoltor\w*|allevator\w*|organizzazioni agricole|contadin\w*)\b"),
}

# A party's short name, the word that names it alone in a text about it: inside a longer name it is another body's
# ("presidente della Commissione Affari Costituzionali"), and votes for no party in a title (brief/actors.py).
SHORT_NAMES = {"Commission": re.compile(r"Commissione")}

ISSUES = {
    "territory": re.compile(r"\b(?:territori\w*|annession\w*|cessione)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:zona (?:cuscinetto|smilitarizzata|di sicurezza)|zona (?:di|larga) \d+ (?:km|chilometri))\b", _I
    ),
    "NATO membership": re.compile(r"\b(?:NATO|Nato|adesione|alleanz\w* militar\w*)\b", _I),
    "security guarantees": re.compile(r"\b(?:garanzie di sicurezza|garanzi\w*)\b", _I),
    "foreign troops": re.compile(
        r"\b(?:caschi blu|forz\w* di pace|truppe straniere|(?:truppe|soldati) (?:di paesi |dei paesi )?(?:della )?NATO|contingent\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsanzion\w*\b", _I),
    "ceasefire": re.compile(r"\b(?:cessate il fuoco|tregua)\b", _I),
    "prisoner exchange": re.compile(r"\b(?:prigionier\w*|scambio di prigionieri)\b", _I),
    "trade agreement": re.compile(r"\b(?:accordo commerciale|libero scambio|Mercosur|clausola di salvaguardia)\b", _I),
}

# Issues whose generic word ("adesione", "garanzie") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:NATO|Nato|[Aa]lleanz\w*)\b"),
    "security guarantees": re.compile(r"\b(?:sicurezza|difesa|truppe|cessate il fuoco|guerra|pace)\b", _I),
}

STANCES = [
    ("conditions", re.compile(r"\b(?:a condizione|solo se|purché|in cambio di|condizion\w*|subordin\w*)\b", _I)),
    ("opposes", re.compile(r"\b(?:rifiut\w*|respin\w*|si oppone\w*|contrari\w*|contro|inaccettabile)\b", _I)),
    (
        "demands",
        re.compile(r"\b(?:chied\w*|propon\w*|offr\w*|esig\w*|pretend\w*|insist\w*|vuole|vogliono|deve|devono)\b", _I),
    ),
    ("supports", re.compile(r"\b(?:sostien\w*|sostegno|appogg\w*|accett\w*|approv\w*|favorevol\w*|pront\w*)\b", _I)),
    ("undecided", re.compile(r"\b(?:valut\w*|consider\w*|esamin\w*|incert\w*|indecis\w*)\b", _I)),
]

PROPOSAL = re.compile(r"\b(?:piano|proposta|progetto|accordo)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:piano|proposta|progetto) (?:prevede|include|chiede)\b", _I)

NEGATION = re.compile(r"\b(?:non|mai|nessun\w*|smentit\w*|smentisce|negato)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"\b(?:smenti\w*|smentisc\w*|negat[oaie]|nega(?:to|no)?)\b", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\b(?:secondo|stando a|ha(?:nno)? contato|parla(?:no|to)? di|stima\w*|ha(?:nno)? dichiarato|ha(?:nno)? riferito)\b",
    _I,
)
COUNTER_FIGURE = re.compile(r"\b(?:parla(?:no|to)? di|hanno parlato di|ha parlato di)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"\b(?:invece di|anziché|rinunci\w+|abbandon\w+|inizialmente|in precedenza)\b", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:mentre|ma)\s+")
AND = re.compile(r"e|ed")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:da parte d\w*|da|dal\w*)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:sospe\w*|rinvi\w*|congel\w*|annull\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits ("sanzioni contro la Russia"):
# the party they name takes no stance by it, and where they are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:contro)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:fonti (?:diplomatiche|vicine|governative|della mediazione)|un funzionario che ha chiesto l'anonimato)\b",
        _I,
    ),
    "leaked document": re.compile(
        r"\b(?:documento (?:visionato|ottenuto)|bozza (?:visionata|trapelata)|trapelat\w*)\b", _I
    ),
    "another outlet": re.compile(
        r"\b(?:secondo|riferisce|riporta) (?:l'agenzia |il quotidiano )?(?:Reuters|ANSA|AFP|AP|Corriere|Repubblica|Axios|Bloomberg)\b"
    ),
    "official statement": re.compile(r"\b(?:portavoce|comunicato|ha dichiarato|ha annunciato|ministero)\b", _I),
}

ROLE_WORDS = re.compile(
    r"^(?:president\w*|ministr\w*|portavoce|inviat\w*|special\w*|capo|commissari\w*|ambasciat\w*|negoziat\w*|"
    r"sindaco|segretari\w*|ucrain\w*|russ[oa]|american\w*|europe[oa]|di|del|della|dell')$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:durante|dopo|prima|fino a)\s+(?:il |la |lo |l\'|un |una |del |della )?$", _I)

# "gli alleati dell'Ucraina": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:alleati|partner|avversari|critici|vicini)\s+(?:di\s+|del\s+|della\s+|dell['’]\s*|degli\s+)$", _I
)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("pressione su Kiev",
# "sanzioni contro la Russia", "con la Russia") is an object or target, never the subject of the clause ('per' is
# left out: "inaccettabile per Mosca" is Moscow's view); one after 'di' is at best the subject's possessor
# ("il ministro della Russia").
PARTY_PREPOSITION = re.compile(
    r"(?<!\w)(?:(?:contro|su|sul|sulla|sugli|a|al|alla|ai|agli|con|col|verso|tra|fra)\s+(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?"
    r"|(?:all|sull|coll)['’]\s*)$",
    _I,
)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:(?:di|del|dello|della|dei|degli|delle)\s+|dell['’]\s*)$", _I)
# Words opening a subordinate clause: "Mosca afferma che l'Ucraina deve …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)che(?!\w)", _I)
