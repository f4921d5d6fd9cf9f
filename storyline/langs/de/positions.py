"""German cues for the briefing's positions grid and claim checks (see langs/en/positions.py for the keys)."""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"\b(?:USA|Vereinigte\w* Staaten|Amerika\w*|amerikanisch\w*|US-\w+|Washington|Weiße\w* Haus\w*)\b"
    ),
    "RU": re.compile(r"\b(?:Russland\w*|Russen|russisch\w*|Moskau\w*|Kreml\w*)\b"),
    "UA": re.compile(r"\b(?:Ukraine|Ukrainer\w*|ukrainisch\w*|Kiew\w*|Kyjiw)\b"),
    "EU": re.compile(r"\b(?:Europäisch\w* Union|EU|EU-\w+|Europa\w*|Europäer\w*|europäisch\w*|Brüssel\w*)\b"),
    "DE": re.compile(r"\b(?:Deutschland\w*|Bundesregierung|Berlin\w*|deutsch\w*)\b"),
    "FR": re.compile(r"\b(?:Frankreich\w*|französisch\w*|Paris)\b"),
    "PL": re.compile(r"\b(?:Polen\w*|polnisch\w*|Warschau\w*)\b"),
    "CZ": re.compile(r"\b(?:Tschechien\w*|tschechisch\w*|Prag\w*)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(
        r"\b(?:EU-Kommission\w*|Europäisch\w* Kommission|Kommission|(?:EU-)?\w*[Kk]ommissar\w*)\b"
    ),
    "farmers": re.compile(r"\b(?i:Landwirt\w*|Bauer\w*|Bäuerin\w*|Bauernverb\w*|Agrarverb\w*)\b"),
}

# A party's short name, the word that names it alone in a text about it: inside a longer name it is another body's
# ("Vorsitzender der Kommission für Jugendmedienschutz"), and votes for no party in a title (brief/actors.py).
SHORT_NAMES = {"Commission": re.compile(r"Kommission")}

ISSUES = {
    "territory": re.compile(r"\b(?:Territori\w*|Gebiet\w*|annekt\w*|Abtretung\w*)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:Pufferzone\w*|entmilitarisiert\w* Zone\w*|\d+[ -]?(?:km|Kilometer)[ -]?(?:breit\w* )?Zone\w*|Sicherheitszone\w*)\b",
        _I,
    ),
    "NATO membership": re.compile(r"\b(?:NATO|Nato|Bündnis\w*|Mitgliedschaft)\b", _I),
    "security guarantees": re.compile(r"\b(?:Sicherheitsgarantie\w*|Garantie\w*)\b", _I),
    "foreign troops": re.compile(
        r"\b(?:Friedenstruppe\w*|Blauhelm\w*|ausländisch\w* Truppen|(?:Soldat\w*|Truppen) aus (?:\w+ )*(?:NATO|Nato)\w*|NATO-Truppen|Kontingent\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bSanktion\w*\b", _I),
    "ceasefire": re.compile(r"\b(?:Waffenstillstand\w*|Waffenruhe\w*|Feuerpause\w*)\b", _I),
    "prisoner exchange": re.compile(r"\b(?:Gefangen\w*|Gefangenenaustausch\w*)\b", _I),
    "trade agreement": re.compile(r"\b(?:Handelsabkommen\w*|Mercosur|Freihandel\w*|Schutzklausel\w*)\b", _I),
}

# Issues whose generic word ("Mitgliedschaft", "Garantien") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:NATO|Nato|Bündnis\w*|Allianz)\b"),
    "security guarantees": re.compile(
        r"\b(?:Sicherheit\w*|Beistand\w*|Verteidigung\w*|Truppe\w*|Waffenruhe|Waffenstillstand\w*|Krieg\w*|Friedens\w*)\b",
        _I,
    ),
}

STANCES = [
    (
        "conditions",
        re.compile(
            r"\b(?:nur wenn|erst (?:\w+ ){0,3}\w+, wenn|unter der Bedingung|vorausgesetzt|im Gegenzug|knüpft\w*|verknüpft\w*|Bedingung\w*)\b",
            _I,
        ),
    ),
    (
        "opposes",
        re.compile(
            r"\b(?:lehnt\w*(?: \S+){0,6} ab|ablehn\w*|abgelehnt|zurückgewiesen|weist\w* zurück|gegen|Widerstand|verweigert\w*|nicht akzeptabel|kommt nicht in Frage|nicht auf der Tagesordnung)\b",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"\b(?:fordert\w*|schlägt\w* vor|vorgeschlagen|bot\w* \w+ \w+ an|bietet\w* \w+ \w+ an|Forderung\w*|verlangt\w*|besteht auf|muss|müssen|müsse|will|wollen)\b",
            _I,
        ),
    ),
    (
        "supports",
        re.compile(
            r"\b(?:unterstützt\w*|akzeptiert\w*|befürwort\w*|stimmt\w* zu|zugestimmt|einverstanden|begrüßt\w*|bereit)\b",
            _I,
        ),
    ),
    ("undecided", re.compile(r"\b(?:prüft\w*|erwägt\w*|offen|unklar|unentschieden)\b", _I)),
]

PROPOSAL = re.compile(r"\b(?:Plan\w*|Entwurf\w*|Vorschlag\w*|Abkommen\w*)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:Plan|Entwurf|Vorschlag) (?:sieht (?:\w+ )?vor|enthält|verlangt)\b", _I)

NEGATION = re.compile(r"\b(?:nicht|kein\w*|nie|niemals|dementiert\w*|bestritt\w*|bestreitet)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(
    r"\b(?:dementi\w*|bestr(?:itt|eitet|itten)|wies\w* (?:die )?Berichte\w* zurück|zurückgewiesen)\b", _I
)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\b(?:nach Angaben|laut|zufolge|sprachen? von|sprach von|zählte\w*|gezählt|schätz\w+|bezifferte\w*|berichtete\w*|sagte\w*)\b",
    _I,
)
COUNTER_FIGURE = re.compile(r"\b(?:sprachen? von|bezifferten? (?:die Zahl|sie) auf|gingen von)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"\b(?:statt|anstatt|anstelle|verzichtet\w*|fallen gelassen|ursprünglich|zuvor|zunächst)\b", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:während|wohingegen|doch|aber)\s+")
AND = re.compile(r"und|sowie")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:von|seitens)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:Aussetz\w*|aussetz\w*|Stopp\w*|stopp\w*|Aufschub|Verschiebung\w*|verschieb\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits ("Sanktionen gegen Russland"):
# the party they name takes no stance by it, and where they are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:gegen)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:aus (?:Regierungs|Verhandlungs|Diplomaten)kreisen|nach Angaben (?:eines|von) (?:\w+ )?(?:Beamten|Diplomaten|Insidern))\b",
        _I,
    ),
    "leaked document": re.compile(
        r"\b(?:Entwurf, der \w+ vorliegt|geleakt\w*|durchgesickert\w*|internes Papier)\b", _I
    ),
    "another outlet": re.compile(
        r"\b(?:berichtet\w*|meldet\w*|laut|zufolge) (?:die |der |das )?(?:Reuters|dpa|AFP|AP|Bloomberg|Spiegel|FAZ|Süddeutsche|Bild|Axios|PAP)\b|\b(?:Reuters|dpa|AFP|AP) (?:berichtet\w*|meldet\w*)"
    ),
    "official statement": re.compile(r"\b(?:Sprecher\w*|Ministerium \w+ mit|teilte \w+ mit|erklärte|Erklärung)\b", _I),
}

ROLE_WORDS = re.compile(
    r"^(?:Präsident\w*|Minister\w*|Außenminister\w*|Sprecher\w*|Gesandt\w*|Sondergesandt\w*|Chef\w*|Kanzler\w*|"
    r"Regierungschef\w*|Delegationsleiter\w*|Leiter\w*|Bürgermeister\w*|Gouverneur\w*|Botschafter\w*|Verhandlungsführer\w*|Kommissar\w*|"
    r"ukrainisch\w*|russisch\w*|amerikanisch\w*|polnisch\w*|deutsch\w*|der|die|des|für)$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:während|nach|vor|bis zu|seit)\s+(?:der|dem|des|einer|einem|eines)?\s*$", _I)

# "die Verbündeten der Ukraine", "Kiews Partner": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:Verbündete\w*|Partner\w*|Gegner\w*|Kritiker\w*|Nachbar\w*)\s+(?:der|des|von)\s+$", _I
)
THIRD_PARTY_AFTER = re.compile(r"s?\s+(?:Verbündete\w*|Partner\w*|Gegner\w*|Kritiker\w*|Nachbar\w*)(?!\w)", _I)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("Druck auf Kiew",
# "Sanktionen gegen Russland", "Gespräche mit Moskau") is an object or target, never the subject of the clause ('für'
# is left out: "für Moskau inakzeptabel" is Moscow's view); one after 'von' is at best the subject's possessor
# ("Vertreter von Russland").
PARTY_PREPOSITION = re.compile(
    r"(?<!\w)(?:gegen|auf|an|zu|zum|zur|(?<!zusammen )mit|über|zwischen|gegenüber)\s+(?:(?:der|die|das|den|dem|des)\s+)?$",
    _I,
)
PARTY_OBLIQUE = re.compile(r"(?<!\w)von\s+(?:(?:der|dem)\s+)?$", _I)
# Words opening a subordinate clause: "Moskau sagt, dass die Ukraine … muss" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:dass|daß|ob)(?!\w)", _I)
