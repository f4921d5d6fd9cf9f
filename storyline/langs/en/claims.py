"""English claims data: the currency a figure is given in ("500 million dollars"), so that the briefing does not take
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
    1e3: re.compile(r"thousand|k", _I),
    1e6: re.compile(r"million|mln|mn", _I),
    1e9: re.compile(r"billion|bn", _I),
    1e12: re.compile(r"trillion|tn", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"per ?cent|pct\.?|percentage points?|points? percent", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(r"\d+\s*(?:hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?)\s+ago", _I)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"of (?:them|whom|those|these|which)", _I)
PART_BEFORE = re.compile(r"including|among them|of whom|of them", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"in total|in all|all told|altogether|overall|total", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(
    r"(?:up|down) from|(?:increase|jump|rise|drop|fall)s? (?:on|from)|(?:rose|risen|fell|fallen|jumped|climbed) from|(?:earlier|previous|last|initial|original) (?:estimate|figure)s?|doubl\w* (?:their|its|the) estimates?|revised",
    _I,
)

# The word joining a number to what it counts ("$10 billion of assets").
OF = re.compile(r"of", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"euros?", _I),
    "USD": re.compile(r"(?:US )?dollars?", _I),
    "GBP": re.compile(r"pounds?(?: sterling)?|sterling", _I),
    "UAH": re.compile(r"hryvnias?|hryvnia", _I),
    "RUB": re.compile(r"roubles?|rubles?", _I),
    "PLN": re.compile(r"zlot(?:y|ys|ies)", _I),
    "CZK": re.compile(r"(?:Czech )?crowns?|korunas?", _I),
}
