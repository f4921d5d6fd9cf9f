"""Czech cues for the briefing's positions grid and claim checks (see langs/pl/positions.py for the keys).

Patterns match word stems so that every grammatical case is found (Rusko, Ruska, Rusku, Ruskem; Kyjev, Kyjeva).
Czech negates a verb by its prefix ("nepodporuje", "neodmítl"): those forms are stance cues of their own.
"""

import re

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"\b(?:Spojen\w* stát\w*|USA|Ameri(?:ka|ky|ce|ku|kou)|[Aa]merick\w*|[Aa]meričtí|Washington\w*|Bíl\w* d(?:ům|om\w*)|Pentagon\w*)\b"
    ),
    "RU": re.compile(r"\b(?:[Rr]usk\w*|[Rr]uští|Rus(?:ové|ů|ům|y)|Moskv\w*|Kreml\w*)\b"),
    "UA": re.compile(r"\b(?:[Uu]krajin\w*|Kyjev\w*|Kijev\w*)\b"),
    "EU": re.compile(
        r"\b(?:Evropsk\w* uni\w*|EU(?:\s?27)?|Evrop\w*(?!\s+komis)|[Ee]vropsk\w*(?!\s+komis)|[Ee]vropští|Brusel\w*|[Uu]nijn\w*|sedmadvacítk\w*)\b"
    ),
    "GB": re.compile(r"\b(?:Velk\w* Británi\w*|Británi\w*|[Bb]ritsk\w*|[Bb]ritští|Londýn\w*)\b"),
    "FR": re.compile(r"\b(?:Franci\w*|[Ff]rancouzsk\w*|[Ff]rancouzští|Paříž\w*)\b"),
    "DE": re.compile(r"\b(?:[Nn]ěmeck\w*|[Nn]ěmečtí|Berlín\w*)\b"),
    "PL": re.compile(r"\b(?:[Pp]olsk\w*|[Pp]olští|Varšav\w*)\b"),
    "CN": re.compile(r"\b(?:Čín\w*|[Čč]ínsk\w*|[Čč]ínští|Peking\w*)\b"),
    "CZ": re.compile(r"\b(?:Česk\w* republik\w*|Česk[oaue]|Českem|[Čč]esk(?:á|é|ý|ého|ém|ou)\s+vlád\w*)\b"),
    "HU": re.compile(r"\b(?:Maďarsk\w*|maďarsk\w*|Budapešť\w*)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:Evropsk\w* komis\w*|[Kk]omisař\w*)\b"),
    "farmers": re.compile(r"\b(?i:zemědělc\w*|farmář\w*|demonstrant\w*)\b"),
}

ISSUES = {
    "territory": re.compile(r"\b(?:územ\w*|teritori\w*|anex\w*|stažení (?:\w+ )?vojsk\w*)\b", _I),
    "army size": re.compile(
        r"\b(?:velikost\w* (?:armád\w*|vojsk\w*)|početn\w* (?:armád\w*|vojsk\w*)|odzbroj\w*|demilitariz\w*|zmenšen\w* armád\w*)\b",
        _I,
    ),
    "NATO membership": re.compile(r"\b(?:NATO|Severoatlantick\w* alianc\w*|vojensk\w* alianc\w*|členstv\w*)\b", _I),
    "security guarantees": re.compile(r"\b(?:zár[uo]k\w*|garanc\w*|vzájemn\w* obran\w*)\b", _I),
    "foreign troops": re.compile(
        r"\b(?:mírov\w* (?:sil\w*|jednot\w*|mis\w*)|mnohonárodn\w* sil\w*|evropsk\w* mis\w*|stíhač\w*|vojá\w* (?:ze? )?(?:zemí|států) NATO|vojsk\w* NATO|vysl\w* (?:\w+ )?(?:vojá|vojsk)\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsank[cč]\w*\b", _I),
    # Only the G8 (Russia's return to it): the G7 of war reports is a meeting place or a price cap, no point at issue.
    "G8 return": re.compile(r"\bG8\b", _I),
    "ceasefire": re.compile(r"\b(?:příměří\w*|zastavení palby|zastaven\w* bojů|klid\w* zbraní)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:(?:nárazníkov|demilitarizovan)\w* (?:zón|pásm)\w*|\d+(?:-| )?kilometrov\w* (?:zón|pásm)\w*)\b", _I
    ),
    "prisoner exchange": re.compile(r"\b(?:zajatc\w*|zajatec|výměn\w* zajatc\w*)\b", _I),
    "trade agreement": re.compile(
        r"\b(?:obchodn\w* (?:dohod|smlouv)\w*|(?:dohod|smlouv|zón)\w* (?:o )?voln\w* obchod\w*|Mercosur\w*|ochrann\w* doložk\w*)\b",
        _I,
    ),
}

# Issues whose generic word ("členství", "záruky") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:NATO|Alianc\w*|(?:[Ss]everoatlantick|[Vv]ojensk)\w* alianc\w*)\b"),
    "security guarantees": re.compile(
        r"\b(?:bezpečnost\w*|obran\w*|vojsk\w*|vojá\w*|příměří\w*|zastavení palby|válk\w*|válc[ei]|válek|válečn\w*|mírov\w*|článk\w* 5)\b",
        _I,
    ),
}

STANCES = [
    (
        "conditions",
        re.compile(
            r"\b(?:pod podmínkou|za podmínky|jen pokud|pouze pokud|jen tehdy|pouze tehdy|výměnou za|podmín\w*|podmiň\w*)\b",
            _I,
        ),
    ),
    (
        "opposes",
        re.compile(
            r"\b(?:odmít\w*|nesouhlas\w*|nepodporuj\w*|nepodpoř(?:il\w*|í|it|íme)|proti|vystupuj\w* proti|blokuj\w*|zablok\w*|vyluč\w*|vylouč\w*|nepřijateln\w*|nepřijme|nepřijmou|nechce|nechtějí|nepošl\w*|nezmění|kritiz\w*|není na pořadu \w+)\b",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"\b(?:požad\w*|požád\w*|žád(?:á|ají|al\w*|at|ost\w*)|navrh(?:l|la|li|ly|lo|uje|ují|ujeme|nout|ne|nou|oval|ovala|ovali)|navrhn\w*|chce|chtějí|musí|musejí|musíme|vyzv(?:al\w*|at|e\w*)|vyzýv\w*|očekáv\w*|trv\w* na|bez záruk)\b",
            _I,
        ),
    ),
    (
        "supports",
        re.compile(
            r"\b(?:podporuj\w*|podpoř(?:il\w*|í|it|íme)|podporova\w*|souhlas\w*|dohodl\w*|dohodn\w*|zavázal\w*|zavazuj\w*|zaváž\w*|schvál\w*|akceptuj\w*|připraven\w*|vít(?:á|ají|al\w*)|uvít\w*)\b",
            _I,
        ),
    ),
    (
        "undecided",
        re.compile(
            r"\b(?:zvaž\w*|zváž\w*|uvažuj\w*|analyzuj\w*|nejasn\w*|nerozhodl\w*|neodmít\w*|váh(?:á|ají|al\w*))\b", _I
        ),
    ),
]

PROPOSAL = re.compile(r"\b(?:plán\w*|návrh\w*|projekt\w*)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:plán|návrh|projekt) (?:počítá s|předpokládá|zahrnuje|vyžaduje|obsahuje)\b", _I)

NEGATION = re.compile(r"\b(?:ne|není|nejsou|nikdy|ani|žádn\w*|nikoli|popír\w*|popřel\w*)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"\b(?:popír\w*|popřel\w*|popřít|dementova\w*|dementuj\w*|vyvrac\w*|vyvrátil\w*)\b", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\bpodle\b|\b(?:uvedl\w*|uvádí|odhad\w*|napočítal\w*|tvrd\w*|informoval\w*|hovoř\w* o|mluv\w* o)\b", _I
)
COUNTER_FIGURE = re.compile(r"\b(?:hovoř\w* o|mluv\w* o|zvýšil\w* počet)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"\b(?:místo|namísto|upustil\w*|upouští|vzdal\w* se|původně|dříve|předtím)\b", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("Francie a Polsko žádají ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:zatímco|kdežto|ale|avšak|však|a)\s+")
AND = re.compile(r"a|i")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:ze strany)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:pozastav\w*|zmraz\w*|zmraž\w*|odlož\w*|odklád\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("sankce proti Rusku", "sankce vůči Moskvě", "uvalit sankce na Rusko"): the party they name takes no stance by it,
# and where they are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:proti|vůči|na|pro)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:s odvoláním na|podle) (?:\w+ )?(?:nejmenovan\w* )?(?:zdroj\w*|činitel\w*|úředník\w*|diplomat\w*)|\b(?:nejmenovan|anonymn)\w*",
        _I,
    ),
    "leaked document": re.compile(
        r"\b(?:návrh\w* (?:dokumentu|plánu)|únik\w*|unikl\w*|dokument\w*, (?:který|jenž|které) (?:má|získal)\w*)", _I
    ),
    "another outlet": re.compile(
        r"\b(?:podle|uvedl\w*|informuje|informoval\w*|píše|napsal\w*) (?:deník\w* |server\w* |agentur\w* |web\w* )?(?:Axios|Reuters\w*|CNN|BBC|ČTK|AP|AFP|Bloomberg\w*|Politico|„[^“]+“)|\b(?:Axios|Reuters|CNN|BBC|ČTK|Bloomberg) (?:informoval|uvedl|napsal|píše)\w*",
        _I,
    ),
    "official statement": re.compile(
        r"\b(?:prohlášen\w*|mluvč\w*|tiskov\w* zpráv\w*|oznámil\w*|ministerstv\w* (?:uvedlo|oznámilo|informovalo))\b",
        _I,
    ),
}

ROLE_WORDS = re.compile(
    r"^(?:prezident\w*|premiér\w*|ministr\w*|ministryn\w*|místopředsed\w*|vicepremiér\w*|mluvč\w*|vyslan\w*|velvyslan\w*|"
    r"zvláštn\w*|šéf\w*|šéfk\w*|předsed\w*|lídr\w*|tajemník\w*|generáln\w*|ukrajinsk\w*|rusk\w*|americk\w*|evropsk\w*|"
    r"poradc\w*|poradkyn\w*|velitel\w*|kancléř\w*|zahraničí|obrany|zahraničních|věcí|Ruska|USA|Ukrajiny)$",
    _I,
)

# Words before an issue that make it a time ("během příměří"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:během|v průběhu|v době|před|po|do doby|od doby)\s+(?:\w+\s+)?$", _I)

# "spojenci Ukrajiny", "kritici Kremlu", "ukrajinští spojenci": others named by their tie to a party speak for
# themselves.
THIRD_PARTY_BEFORE = re.compile(r"(?<!\w)(?:spojen(?:ec|c\w*)|partner\w*|odpůrc\w*|kritic\w*|soused\w*)\s+$", _I)
THIRD_PARTY_AFTER = re.compile(r"\s+(?:spojen(?:ec|c\w*)|odpůrc\w*|kritic\w*|soused\w*)(?!\w)", _I)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("za ruskou invazi",
# "sankce proti Rusku", "jednání s Kyjevem") is an object or target, never the subject of the clause ('z' and 'pro'
# are left out: "delegace z Kyjeva" is the subject's, "pro Moskvu nepřijatelné" is Moscow's view); one after a place
# preposition ("V Bruselu tvrdí") or whose ending is no nominative's (`oblique_form`: "Rusku", "Kyjevem") is at best
# the subject's place or possessor.
PARTY_PREPOSITION = re.compile(r"(?<!\w)(?:proti|vůči|na|do|k|ke|mezi|o|za|nad|s|se)\s+$", _I)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:v|ve)\s+$", _I)
# Words opening a subordinate clause: "Rusko tvrdí, že vláda Ukrajiny musí …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:že|aby|zda|zdali)(?!\w)", _I)
# Endings of the party words' forms that are never nominative: adjectives (ruského, ruskému, ruském, ruským,
# ruskými, ruských, ruskou) and nouns (Rusku, Ukrajinu, Ukrajině, Ruskem, Moskvou). '-a', '-y', '-e' are left
# out: nominatives end so too (Ukrajina, Spojené státy, Británie).
OBLIQUE_ENDINGS = ("ého", "ému", "ém", "ým", "ými", "ých", "ou", "em", "ě", "u", "ovi")


def oblique_form(word: str) -> bool:
    """Whether a party word's ending is no nominative's (an abbreviation, "EU", "USA", never is)."""
    return word.endswith(OBLIQUE_ENDINGS)
