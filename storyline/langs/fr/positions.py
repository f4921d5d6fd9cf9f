"""French cues for the briefing's positions grid and claim checks (see langs/en/positions.py for the keys)."""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"\b(?:États-Unis|Etats-Unis|américain\w*|Américain\w*|Washington|Maison-Blanche|Maison Blanche)\b"
    ),
    "RU": re.compile(r"\b(?:Russie|russe\w*|Russe\w*|Moscou|Kremlin)\b"),
    "UA": re.compile(r"\b(?:Ukraine|ukrainien\w*|Ukrainien\w*|Kiev|Kyiv)\b"),
    "EU": re.compile(r"\b(?:Union européenne|UE|Europe|européen\w*|Européen\w*|Bruxelles)\b"),
    "FR": re.compile(r"\b(?:France|français\w*|Français\w*|Paris|gouvernement français|Élysée)\b"),
    "DE": re.compile(r"\b(?:Allemagne|allemand\w*|Berlin)\b"),
    "PL": re.compile(r"\b(?:Pologne|polonais\w*|Varsovie)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:Commission européenne|Commission|[Cc]ommissaire\w*)\b"),
    "farmers": re.compile(r"\b(?i:agricult(?:eur|rice)s?|paysan\w*|éleveur\w*|syndicats? agricoles?)\b"),
}

# A party's short name, the word that names it alone in a text about it: inside a longer name it is another body's
# ("président de la Commission nationale"), and votes for no party in a title (brief/actors.py).
SHORT_NAMES = {"Commission": re.compile(r"Commission")}

ISSUES = {
    "territory": re.compile(r"\b(?:territoir\w*|territorial\w*|annex\w*|cession\w*)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:zone tampon|zone démilitarisée|zone de sécurité|zone de \d+ (?:km|kilomètres))\b", _I
    ),
    "NATO membership": re.compile(r"\b(?:OTAN|Otan|adhésion|alliance\w* militaire\w*)\b", _I),
    "security guarantees": re.compile(r"\b(?:garanties? de sécurité|garanties?)\b", _I),
    "foreign troops": re.compile(
        r"\b(?:casques bleus|force\w* de maintien de la paix|troupes étrangères|(?:troupes|soldats) (?:de pays |des pays )?(?:de l'|membres de l')?OTAN|contingent\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsanctions?\b", _I),
    "ceasefire": re.compile(r"\b(?:cessez-le-feu|trêve)\b", _I),
    "prisoner exchange": re.compile(r"\b(?:prisonniers?|échange de prisonniers)\b", _I),
    "trade agreement": re.compile(r"\b(?:accord commercial|libre-échange|Mercosur|clause de sauvegarde)\b", _I),
}

# Issues whose generic word ("adhésion", "garanties") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:OTAN|Otan|[Aa]lliance\w*)\b"),
    "security guarantees": re.compile(r"\b(?:sécurité|défense|troupes?|cessez-le-feu|guerre|paix)\b", _I),
}

STANCES = [
    (
        "conditions",
        re.compile(r"\b(?:à condition|seulement si|pourvu que|en échange|conditionn\w*|subordonn\w*)\b", _I),
    ),
    (
        "opposes",
        re.compile(r"\b(?:rejett?\w*|refus\w*|s'oppos\w*|oppos\w*|contre|hostile\w*|inacceptable|pas question)\b", _I),
    ),
    ("demands", re.compile(r"\b(?:exig\w*|propos\w*|réclam\w*|demand\w*|insist\w*|veut|veulent|doit|doivent)\b", _I)),
    (
        "supports",
        re.compile(r"\b(?:soutien\w*|soutient|approuv\w*|accept\w*|favorable\w*|salu\w*|prêt\w*|d'accord)\b", _I),
    ),
    ("undecided", re.compile(r"\b(?:examin\w*|envisag\w*|étudi\w*|incertain\w*|indécis\w*)\b", _I)),
]

PROPOSAL = re.compile(r"\b(?:plan|projet|proposition|accord)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:plan|projet|proposition) (?:prévoit|comprend|exige)\b", _I)

NEGATION = re.compile(r"\b(?:ne|n'|pas|jamais|aucun\w*|démenti\w*|dément)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"\b(?:dément\w*|démenti\w*|nié|nie|nient|contest(?:é|e|ent) (?:les )?informations)\b", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\b(?:selon|d\'après|ont compté|a compté|revendiqu\w+|estim\w+|chiffr\w+|ont parlé de|a parlé de|ont affirmé|a affirmé)\b",
    _I,
)
COUNTER_FIGURE = re.compile(r"\b(?:revendiqu\w+|ont parlé de|a parlé de|chiffr\w+ à)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"\b(?:au lieu de|plutôt que|renonc\w+|abandonn\w+|initialement|auparavant)\b", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:tandis que|alors que|mais)\s+")
AND = re.compile(r"et")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:par|de la part)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:suspend\w*|suspension|report(?:er|é|ée|és|ées|ent|ait)|annul\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits ("sanctions contre la Russie"):
# the party they name takes no stance by it, and where they are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:contre)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:source\w* (?:diplomatique|proche\w*|gouvernementale)\w*|selon un (?:responsable|diplomate) (?:\w+ )?(?:anonyme)?)\b",
        _I,
    ),
    "leaked document": re.compile(r"\b(?:document (?:consulté|obtenu)|projet (?:consulté|obtenu)|fuité\w*)\b", _I),
    "another outlet": re.compile(
        r"\b(?:selon|rapporte|d'après) (?:l'agence |le journal )?(?:Reuters|AFP|AP|Le Monde|Le Figaro|Libération|Axios|Bloomberg)\b"
    ),
    "official statement": re.compile(r"\b(?:porte-parole|communiqué|a déclaré|a annoncé|ministère)\b", _I),
}

ROLE_WORDS = re.compile(
    r"^(?:président\w*|ministre\w*|porte-parole|envoyé\w*|émissaire\w*|chef\w*|commissaire\w*|ambassadeur\w*|"
    r"négociateur\w*|maire|préfet\w*|secrétaire|spécial\w*|ukrainien\w*|russe|américain\w*|européen\w*|de|du|des|la|le|l')$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:pendant|durant|après|avant|jusqu\'à|depuis)\s+(?:le |la |l\'|les |un |une )?$", _I)

# "les alliés de l'Ukraine": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:alliés|partenaires|adversaires|détracteurs|voisins|soutiens)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+)$",
    _I,
)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("pression sur Kiev",
# "sanctions contre la Russie", "avec l'Allemagne") is an object or target, never the subject of the clause ('pour'
# is left out: "inacceptable pour Moscou" is Moscow's view); one after 'de' is at best the subject's possessor
# ("le ministre de la Russie").
PARTY_PREPOSITION = re.compile(
    r"(?<!\w)(?:contre|sur|à|au|aux|avec|envers|entre|vers)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?$", _I
)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:de\s+|du\s+|des\s+|d['’]\s*)(?:l['’]\s*|la\s+|le\s+|les\s+)?$", _I)
# Words opening a subordinate clause: "Moscou estime que l'Ukraine doit …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:que|qu['’])", _I)
