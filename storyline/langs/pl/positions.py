"""Polish cues for the briefing's positions grid and claim checks: parties, issues, stances, sourcing.

Patterns match word stems so that every grammatical case is found (Rosja, Rosji, Rosję; Kijów, Kijowa).
"""

import re
from typing import Any

_I = re.IGNORECASE

PARTIES = {
    "US": re.compile(
        r"\b(?:Stan(?:y|ów|ach|om) Zjednoczon\w*|Stany|USA|Ameryk\w*|[Aa]merykańs[kc]\w*|Waszyngton\w*|Biał\w* Dom\w*|Pentagon\w*)\b"
    ),
    "RU": re.compile(r"\b(?:Rosj\w*|Rosjan\w*|[Rr]osyjs[kc]\w*|Moskw\w*|Kreml\w*)\b"),
    "UA": re.compile(r"\b(?:Ukrain\w*|[Uu]kraińs[kc]\w*|Kij[oó]w\w*)\b"),
    "EU": re.compile(r"\b(?:Uni[aię] Europejsk\w*|UE|Europ\w*|europejs[kc]\w*|Bruksel\w*|koalicj\w* chętnych)\b"),
    "GB": re.compile(r"\b(?:Wielk\w* Brytani\w*|[Bb]rytyjs[kc]\w*|Londyn\w*)\b"),
    "FR": re.compile(r"\b(?:Francj\w*|[Ff]rancus[kc]\w*|Paryż\w*)\b"),
    "DE": re.compile(r"\b(?:Niem(?:cy|iec|czech|com)|[Nn]iemiec[kc]\w*|Berlin\w*)\b"),
    "PL": re.compile(r"\b(?:Polsk[aiąę]|pols[kc]\w*|Warszaw\w*)\b"),
    "CN": re.compile(r"\b(?:Chin\w*|[Cc]hińs[kc]\w*|Pekin\w*)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:Komisj\w* Europejsk\w*|Komisj\w*|[Kk]omisarz\w*)\b"),
    "farmers": re.compile(r"\b(?i:rolni\w*|protestując\w*|hodowc\w*)\b"),
}

# A party's short name, the word that names it alone in a text about it: inside a longer name it is another body's
# ("szef Komisji Nadzoru Finansowego"), and votes for no party in a title (brief/actors.py).
SHORT_NAMES = {"Commission": re.compile(r"Komisj\w*")}

ISSUES = {
    "territory": re.compile(r"\b(?:terytori\w*|ziem\w*|anekt\w*|wycofani\w* wojsk)\b", _I),
    "army size": re.compile(r"\b(?:liczebnoś\w* (?:armii|wojska)|rozbroj\w*|demilitaryz\w*|mniejsz\w* armi\w*)\b", _I),
    "NATO membership": re.compile(r"\b(?:NATO|Sojusz\w* Północnoatlantyck\w*|sojusz\w* wojskow\w*|członkost\w*)\b", _I),
    "security guarantees": re.compile(r"\b(?:gwarancj\w*|zabezpiecz\w*|wzajemnej obron\w*)\b", _I),
    "foreign troops": re.compile(
        r"\b(?:sił\w* pokojow\w*|wielonarodow\w* sił\w*|misj\w* europejsk\w*|europejsk\w* misj\w*|myśliwc\w*|żołnierz\w* z (?:państw|krajów) (?:NATO|Sojuszu)|wojsk\w* NATO|wyśl\w* (?:\w+ )?wojsk\w*)\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsankcj\w*\b", _I),
    "G8 return": re.compile(r"\b(?:G8|G7|gospodark\w* światow\w*)\b", _I),
    "ceasefire": re.compile(r"\b(?:zawieszeni\w* broni|rozejm\w*)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:stref\w* (?:buforow\w*|zdemilitaryzowan\w*)|stref\w* o szerokości|\d+-kilometrow\w* stref\w*)\b", _I
    ),
    "prisoner exchange": re.compile(r"\b(?:jeńc\w*|wymian\w* jeńców)\b", _I),
    "trade agreement": re.compile(r"\b(?:umow\w* handlow\w*|wolnego handlu|Mercosur\w*|klauzul\w* ochronn\w*)\b", _I),
}

# Issues whose generic word ("członkostwo", "gwarancje") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:NATO|[Ss]ojusz\w* (?:Północnoatlantyck|wojskow)\w*)\b"),
    "security guarantees": re.compile(
        r"\b(?:bezpieczeńst\w*|obron\w*|wojsk\w*|zawieszeni\w* broni|rozejm\w*|wojn\w*|pokojow\w*|art(?:ykuł\w*|\.) 5)\b",
        _I,
    ),
}

STANCES = [
    (
        "conditions",
        re.compile(r"\b(?:pod warunkiem|o ile|tylko jeśli|tylko wtedy|w zamian za|uzależni\w*|warunk\w*)\b", _I),
    ),
    (
        "opposes",
        re.compile(
            r"\b(?:odrzuc\w*|sprzeciw\w*|przeciw\w*|odmaw\w*|odmówi\w*|nie zgodz\w*|nie wyśl\w*|wyklucz\w*|nie zaakceptuj\w*|nie do przyjęcia|nie zmieni\w*)\b",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"\b(?:domaga\w*|zapropon\w*|proponuj\w*|żąda\w*|chce|chcą|musi|muszą|wymaga\w*|oczekuj\w*|bez gwarancji)\b",
            _I,
        ),
    ),
    (
        "supports",
        re.compile(
            r"\b(?:popier\w*|poprze(?!z\b|dn|czn)\w*|zgodzi\w*|uzgodn\w*|zobowiąza\w*|wesprze\w*|wspier\w*|akceptuj\w*|gotow\w*)\b",
            _I,
        ),
    ),
    ("undecided", re.compile(r"\b(?:rozważ\w*|zastanawia\w*|analizuj\w*|niejasn\w*|nie zdecydowa\w*)\b", _I)),
]

PROPOSAL = re.compile(r"\b(?:plan\w*|projekt\w*|propozycj\w*)\b", _I)
PROPOSAL_TERMS = re.compile(r"\b(?:plan|projekt|propozycja) (?:zakłada|przewiduje|obejmuje|wymaga)\b", _I)

NEGATION = re.compile(r"\b(?:nie|nigdy|ani|żaden|żadn\w*|zaprzecz\w*)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(r"\b(?:zaprzecz\w*|zdementowa\w*|dementuj\w*|dementi)\b", _I)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\bwedług\b|\b(?:podał\w*|szacuj\w*|oszacowa\w*|mówi(?:ą|li|ły)? o|doliczy\w*|twierdz\w*|poinformowa\w*)\b", _I
)
COUNTER_FIGURE = re.compile(r"\b(?:mówi(?:ą|li|ły)? o|podnieśli liczbę)\b", _I)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(r"\b(?:zamiast|odstąpi\w+|zrezygnowa\w+|porzuci\w+|pierwotnie|wcześniej)\b", _I)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:podczas gdy|natomiast|ale|a)\s+")
AND = re.compile(r"i|oraz")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:przez|ze strony)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:zawiesz\w*|zawiesi\w*|wstrzyma\w*|odrocz\w*|zamroż\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("sankcje przeciwko Rosji", "sankcje na Rosję"): the party they name takes no stance by it, and where they
# are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:przeciw|przeciwko|wobec|na)(?!\w)", _I)

SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:powołując się na|według) (?:\w+ )?(?:urzędnik\w*|źród\w*|dyplomat\w*)|\bnieoficjalnie\b", _I
    ),
    "leaked document": re.compile(
        r"\b(?:projekt\w* (?:dokumentu|planu)|wyciek\w*|dokument\w*, do któr\w* dotarł\w*)\b", _I
    ),
    "another outlet": re.compile(
        r"\b(?:według|zauważa|poinformował\w*|podaje|podał\w*|pisze) (?:dziennik\w* |portal\w* |agencj\w* )?(?:Axios|Reuters\w*|CNN|BBC|PAP|AP|AFP|Bloomberg\w*|Politico|„[^”]+”)|\b(?:Axios|Reuters|CNN|BBC|PAP) (?:poinformował|podał|zauważa|pisze)\w*",
        _I,
    ),
    "official statement": re.compile(
        r"\b(?:oświadczen\w*|rzeczni\w*|komunikat\w*|ogłoszono|ministerstw\w* (?:podało|poinformowało))\b", _I
    ),
}

ROLE_WORDS = re.compile(
    r"^(?:prezydent\w*|premier\w*|wicemin\w*|wiceprem\w*|minist\w*|rzeczni\w*|wysłanni\w*|specjaln\w*|szef\w*|przywódc\w*|sekretarz\w*|"
    r"ukraińsk\w*|rosyjsk\w*|amerykańsk\w*|europejsk\w*|doradc\w*|dowódc\w*|ambasador\w*|Rosji|USA|Ukrainy|"
    r"spraw|zagranicznych|obrony|stanu|kanclerz\w*)$",
    _I,
)


def title_agrees(title: str, name: str) -> bool:
    """Whether a title word can be the title of the name after it: both share number and case
    ("prezydenta Donalda Trumpa"), so "wysłannikami prezydenta" or "Wysłannicy Trumpa" (the envoys of
    someone) are not the named person's titles. Masculine titles also name women; unknown words agree.
    """
    title_forms, name_forms = _forms(title), _forms(name)
    if not title_forms or not name_forms:
        return True
    return any(
        tn == nn and tc == nc and (tg == ng or tg.startswith("m1"))
        for tn, tc, tg in title_forms
        for nn, nc, ng in name_forms
    )


def _forms(word: str) -> set[tuple[str, str, str]]:
    """(number, case, gender) of every noun or adjective reading of a word (morfeusz2)."""
    out = set()
    for _, _, (_, _, tag, *_rest) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if parts[0] not in ("subst", "adj", "depr") or len(parts) < 4:
            continue
        for number in parts[1].split("."):
            for case in parts[2].split("."):
                for gender in parts[3].split("."):
                    out.add((number, case, gender))
    return out


def _morfeusz() -> Any:
    """The shared morfeusz2 analyser (`storyline.entities.morph.morfeusz`, built on first use)."""
    from storyline.entities.morph import morfeusz

    return morfeusz()


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(r"\b(?:w trakcie|w czasie|podczas|przed|do czasu|od czasu)\s+(?:\w+\s+)?$", _I)

# "sojusznicy Ukrainy", "partnerzy Kijowa": others named by their tie to a party speak for themselves.
THIRD_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:sojusznic\w*|sojusznik\w*|partner\w*|przeciwni\w*|krytyc\w*|sąsied\w*|sąsiad\w*)\s+$", _I
)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("naciski na Ukrainę",
# "sankcje przeciwko Rosji", "rozmowy wobec Kijowa") is an object or target, never the subject of the clause ('z' and
# 'dla' are left out: "delegacja z Kijowa" is the subject's, "nie do przyjęcia dla Moskwy" is Moscow's view); one
# after a place preposition ("W Brukseli uważają") or in another case than the nominative (`oblique_form`,
# morfeusz2: "Przedstawiciele Kijowa podkreślają") is at best the subject's place or possessor.
PARTY_PREPOSITION = re.compile(r"(?<!\w)(?:przeciw|przeciwko|na|wobec|do|między|o|ku|nad|za)\s+$", _I)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:w|we)\s+$", _I)
# Words opening a subordinate clause: "Rosja twierdzi, że rząd Ukrainy musi …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:że|żeby|aby|by)(?!\w)", _I)


def oblique_form(word: str) -> bool:
    """Whether a party word is in a case other than the nominative in every reading morfeusz2 knows ("Kijowa",
    "Rosji", "Ukrainy", "rosyjską"); an unknown or indeclinable word ("USA") may be the subject."""
    readings = [tag.split(":") for _, _, (_, _, tag, *_rest) in _morfeusz().analyse(word)]
    readings = [r for r in readings if r[0] in ("subst", "adj", "depr") and len(r) >= 4]
    return bool(readings) and not any(_nominative(r) for r in readings)


def _nominative(reading: list[str]) -> bool:
    """A nominative reading that can name a party. A place's plural ("Ukrainy", "Europy" read as "Ukraines") cannot:
    only a singular, a people ("Rosjanie", m1), a plural-only name ("Niemcy", "Stany", "USA": pt) or an adjective."""
    pos, number, cases, genders = reading[0], reading[1], reading[2].split("."), reading[3:]
    if "nom" not in cases:
        return False
    return pos == "adj" or "sg" in number.split(".") or "pt" in genders or genders[0].startswith("m1")
