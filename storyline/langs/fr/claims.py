"""French claims data: the currency a figure is given in ("500 millions d'euros"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language. The same module reads figures with these words: scale words
(multiplied), percentages, times counted back ("10 hrs ago"), parts and totals, figures compared with earlier ones.
"""

import re

_I = re.IGNORECASE

# Words of scale by the power of ten they multiply a number by ("2,3 Mrd.", "20 млрд", "1,5 mln"); a scale word
# may stand between a number and its currency ("500 million euros"). Several multiply (es "mil millones").
SCALES = {
    1e3: re.compile(r"mille", _I),
    1e6: re.compile(r"millions?|mns?|M", _I),
    1e9: re.compile(r"milliards?|mds?|Md", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"pour ?cent|points? de pourcentage", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(
    r"il y a\s+\d+\s*(?:heures?|h|minutes?|min|secondes?|jours?|semaines?|mois|ans?|années?)", _I
)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"d'entre (?:eux|elles)|d’entre (?:eux|elles)", _I)
PART_BEFORE = re.compile(r"dont|parmi (?:eux|elles)|y compris", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"au total|en tout|total", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(
    r"(?:estimation|chiffre|bilan)s? (?:pr[ée]c[ée]dente?|initiale?|ant[ée]rieure?)s?|contre \S+ (?:auparavant|pr[ée]c[ée]demment)|(?:pass[ée]|grimp[ée]|mont[ée]) de",
    _I,
)

# The word joining a number to its currency ("500 millones de dólares").
OF = re.compile(r"d'|d’|de", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"euros?", _I),
    "USD": re.compile(r"dollars?", _I),
    "GBP": re.compile(r"livres?(?: sterling)?", _I),
    "UAH": re.compile(r"hryvnias?", _I),
    "RUB": re.compile(r"roubles?", _I),
    "PLN": re.compile(r"zlotys?", _I),
    "CZK": re.compile(r"couronnes?", _I),
}
