"""Slovenian cues for the briefing's positions grid and claim checks (see langs/pl/positions.py for the keys).

Patterns match word stems so that every grammatical case is found (Rusija, Rusije, Rusiji, Rusijo; Kijev, Kijeva).
Slovenian writes NATO as "Nato" too (Nata, Natu): the capitalised word counts only after another word, since the
sentence-initial "Nato" is the adverb "then".
"""

import re

_I = re.IGNORECASE

# "NATO", "Nata", "Natu", "Natom"; "Nato" only after a word ("zveza Nato", "v Nato"), never opening a sentence.
_NATO = r"(?-i:NATO|Nat(?:a|u|om)|(?<=[\w,] )Nato)"

PARTIES = {
    "US": re.compile(
        r"\b(?:Združen\w* držav\w*|ZDA|Amerik\w*|[Aa]merišk\w*|Washington\w*|Bel\w* hiš\w*|Pentagon\w*)\b"
    ),
    "RU": re.compile(r"\b(?:Rusij\w*|[Rr]usk\w*|Rus(?:i|ov|om)|Moskv\w*|Kremelj\w*|Kremlj\w*)\b"),
    "UA": re.compile(r"\b(?:Ukrajin\w*|[Uu]krajinsk\w*|Kijev\w*)\b"),
    "EU": re.compile(
        r"\b(?:Evropsk\w* unij\w*|EU|Evrop\w*(?!\s+komisij)|[Ee]vropsk\w*(?!\s+komisij)|Bruselj\w*|sedemindvajseteric\w*)\b"
    ),
    "GB": re.compile(
        r"\b(?:Velik\w* Britanij\w*|Britanij\w*|[Bb]ritansk\w*|London\w*|Združen\w* kraljestv\w*|Otočan\w*)\b"
    ),
    "FR": re.compile(r"\b(?:Francij\w*|[Ff]rancosk\w*|Pariz\w*)\b"),
    "DE": re.compile(r"\b(?:Nemčij\w*|[Nn]emšk\w*|Berlin\w*)\b"),
    "PL": re.compile(r"\b(?:Poljsk\w*|poljsk\w*|Varšav\w*)\b"),
    "CN": re.compile(r"\b(?:Kitajsk\w*|kitajsk\w*|Peking\w*)\b"),
    "SI": re.compile(r"\b(?:Slovenij\w*|[Ss]lovensk\w* vlad\w*)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:Evropsk\w* komisij\w*|[Kk]omisar\w*)\b"),
    "farmers": re.compile(r"\b(?i:kmet(?:je|ov|om|i|a|e)?|kmetovalc\w*|protestnik\w*)\b"),
}

ISSUES = {
    "territory": re.compile(r"\b(?:ozemlj\w*|teritori\w*|aneks\w*|umik\w* (?:\w+ )?(?:vojsk|enot)\w*)\b", _I),
    "army size": re.compile(
        r"\b(?:velikost\w* (?:vojsk|armad)\w*|številčnost\w* (?:vojsk|armad)\w*|razoroži\w*|razorožit\w*|demilitariz\w*)\b",
        _I,
    ),
    "NATO membership": re.compile(
        rf"\b(?:{_NATO}|[Ss]evernoatlantsk\w* zavez\w*|vojašk\w* zavezništv\w*|članstv\w*)\b", _I
    ),
    "security guarantees": re.compile(
        r"\b(?:jamstv\w*|garancij\w*|varnostn\w* zagotovil\w*|vzajemn\w* obramb\w*)\b", _I
    ),
    "foreign troops": re.compile(
        rf"\b(?:mirovn\w* (?:sil|misij|enot)\w*|mirovnik\w*|večnacionaln\w* sil\w*|tuj\w* (?:vojak|vojsk)\w*|vojak\w* (?:iz )?(?:držav|članic) {_NATO}|vojsk\w* {_NATO}|posla\w* (?:\w+ )?(?:vojak|vojsk)\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsankcij\w*\b", _I),
    "ceasefire": re.compile(r"\b(?:premirj\w*|prekinit\w* ognja|ustavit\w* (?:ognja|spopadov))\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:(?:tamponsk|varovaln|demilitarizir)\w* (?:con|pas)\w*|\d+(?:-| )?kilometrsk\w* (?:con|pas)\w*)\b", _I
    ),
    "prisoner exchange": re.compile(r"\b(?:ujetnik\w*|izmenjav\w* ujetnik\w*|vojn\w* ujet\w*)\b", _I),
    "trade agreement": re.compile(
        r"\b(?:trgovinsk\w* sporazum\w*|prost\w* trgovin\w*|Mercosur\w*|zaščitn\w* klavzul\w*)\b", _I
    ),
}

# Issues whose generic word ("članstvo", "jamstva") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(rf"\b(?:{_NATO}|[Zz]avezništv\w*|[Ss]evernoatlantsk\w* zavez\w*)\b"),
    "security guarantees": re.compile(
        r"\b(?:varnost\w*|obramb\w*|vojsk\w*|vojak\w*|premirj\w*|prekinit\w* ognja|vojn[aeio]\w*|vojnah|mirovn\w*|člen\w* 5)\b",
        _I,
    ),
}

STANCES = [
    (
        "conditions",
        re.compile(r"\b(?:pod pogojem|samo če|le če|samo takrat|le takrat|v zameno za|pogojuj\w*|pogoj\w*)\b", _I),
    ),
    (
        "opposes",
        re.compile(
            r"\b(?:zavrača\w*|zavrnil\w*|zavrni\w*|zavrnit\w*|nasprotuj\w*|nasprotoval\w*|proti|zoper|ne strinja\w*|nesprejemljiv\w*|izključuj\w*|izključil\w*|blokira\w*|kritizira\w*|ne bo (?:poslal|sprejel)\w*|ni na dnevnem redu)\b",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"\b(?:zahteva\w*|zahtev[aeio]?|predlaga\w*|hoče|hočejo|želi|želijo|mora|morajo|moramo|pričakuj\w*|poziva\w*|pozval\w*|vztraja\w*|brez jamstev)\b",
            _I,
        ),
    ),
    (
        "supports",
        re.compile(
            r"\b(?:podpira\w*|podprl\w*|podpre(?:jo|mo|te|ti)?|podpor[aeio]|strinja\w*|soglaša\w*|dogovoril\w*|zavezal\w*|zavezuj\w*|odobril\w*|odobri|pozdravi\w*|pozdravlja\w*|pripravljen\w*)\b",
            _I,
        ),
    ),
    (
        "undecided",
        re.compile(
            r"\b(?:razmišlja\w*|razmisl\w*|preučuj\w*|proučuj\w*|tehta\w*|ni (?:se )?odločil\w*|nejasn\w*|neodločen\w*|okleva\w*)\b",
            _I,
        ),
    ),
]

PROPOSAL = re.compile(r"\b(?:načrt\w*|predlog\w*|osnut\w*)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:načrt|predlog|osnutek) (?:predvideva|vključuje|zahteva)\b", _I)

NEGATION = re.compile(r"\b(?:ne|ni|niso|nista|nikoli|niti|noben\w*|zanika\w*)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"\b(?:zanika\w*|zanikal\w*|demantira\w*|ovrgl\w*|ovrača\w*)\b", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\bpo (?:podatkih|ocenah|navedbah|besedah)\b|\b(?:navaja\w*|ocenjuj\w*|ocenil\w*|našteli|trdi\w*|sporoči\w*|govori\w* o)\b",
    _I,
)
COUNTER_FIGURE = re.compile(r"\b(?:govori\w* o|našteli)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"\b(?:namesto|odstopil\w* od|opustil\w*|prvotno|sprva|prej|poprej)\b", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("Francija in Poljska zahtevata ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:medtem ko|a|ampak|toda|vendar|pa)\s+")
AND = re.compile(r"in|ter")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:s strani)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:zamrzn\w*|odlož\w*|odloži\w*|začasn\w* ustavi\w*|suspendira\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("sankcije proti Rusiji", "sankcije zoper Moskvo"): the party they name takes no stance by it, and where they
# are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:proti|zoper|na)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:po navedbah|sklicujoč se na|po besedah) (?:\w+ )?(?:neimenovan\w*|vir\w*|uradnik\w*|diplomat\w*)|\b(?:neimenovan|anonimn)\w*",
        _I,
    ),
    "leaked document": re.compile(
        r"\b(?:osnut\w* (?:dokumenta|načrta)|uhajanj\w*|uhajal\w*|dokument\w*, ki (?:ga|jih) je pridobil\w*)", _I
    ),
    "another outlet": re.compile(
        r"\b(?:poroča|poročal\w*|piše|pisal\w*|navaja|po poročanju|po pisanju) (?:časnik\w* |agencij\w* |portal\w* )?(?:Axios|Reuters\w*|CNN|BBC|STA|AP|AFP|Bloomberg\w*|Politico|»[^«]+«)|\b(?:Axios|Reuters|CNN|BBC|STA) (?:poroča|je poročal)\w*",
        _I,
    ),
    "official statement": re.compile(
        r"\b(?:izjav\w*|tiskovn\w* predstavni\w*|govornik\w*|govornic\w*|sporočil[oau]?|ministrstv\w* (?:je sporočilo|sporoča))\b",
        _I,
    ),
}

ROLE_WORDS = re.compile(
    r"^(?:predsednik\w*|predsednic\w*|premier\w*|premierk\w*|minist\w*|podpredsedni\w*|govorni\w*|tiskovn\w*|predstavni\w*|"
    r"odposlan\w*|posebn\w*|veleposlani\w*|vodj\w*|šef\w*|voditelj\w*|generaln\w*|sekretar\w*|rusk\w*|ukrajinsk\w*|"
    r"amerišk\w*|evropsk\w*|britansk\w*|svetoval\w*|poveljni\w*|kancler\w*|zunanje|zadeve|obrambn\w*|Rusije|ZDA|Ukrajine)$",
    _I,
)

# Words before an issue that make it a time ("med premirjem"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:med|v času|po|pred|vse do|od)\s+(?:\w+\s+)?$", _I)

# "zavezniki Ukrajine", "partnerji Kijeva", "ukrajinski zavezniki": others named by their tie to a party speak for
# themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:zavezni\w*|partner\w*|nasprotni\w*|kritik\w*|kritiki|sosed\w*|prijatelj\w*)\s+$", _I
)
THIRD_PARTY_AFTER = re.compile(r"\s+(?:zavezni\w*|nasprotni\w*|kritik\w*|sosed\w*)(?!\w)", _I)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("invazija na Ukrajino",
# "sankcije proti Rusiji", "pogovori z Moskvo") is an object or target, never the subject of the clause ('iz' and
# 'za' are left out: "delegacija iz Kijeva" is the subject's, "za Moskvo nesprejemljivo" is Moscow's view); one after
# a place preposition ("V Bruslju menijo") or whose ending is no nominative's (`oblique_form`: "ruskega", "Rusiji",
# "Moskve") is at best the subject's place or possessor.
PARTY_PREPOSITION = re.compile(r"(?<!\w)(?:proti|zoper|na|do|k|h|med|o|nad|s|z)\s+$", _I)
PARTY_OBLIQUE = re.compile(r"(?<!\w)v\s+$", _I)
# Words opening a subordinate clause: "Rusija trdi, da mora Ukrajina …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:da|ali)(?!\w)", _I)
# Endings of the party words' forms that are never nominative: adjectives (ruskega, ruskemu, ruskem, ruskim,
# ruskimi, ruskih) and nouns (Rusiji, Rusijo, Rusije, Ukrajini, Ukrajino, Ukrajine, Moskvi, Moskvo, Moskve,
# Kijevu, Kijevom). '-a', '-i', '-o' alone are left out: nominatives end so too (Rusija, ruski, rusko).
OBLIQUE_ENDINGS = (
    "ega",
    "emu",
    "em",
    "im",
    "imi",
    "ih",
    "iji",
    "ijo",
    "ije",
    "ini",
    "ino",
    "ine",
    "vi",
    "vo",
    "ve",
    "vu",
    "om",
)


def oblique_form(word: str) -> bool:
    """Whether a party word's ending is no nominative's (an abbreviation, "EU", "ZDA", never is)."""
    return word.endswith(OBLIQUE_ENDINGS)
