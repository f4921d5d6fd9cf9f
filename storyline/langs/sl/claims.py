"""Slovenian claims data: the currency a figure is given in ("500 milijonov evrov"), so that the briefing does not take
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
    1e3: re.compile(r"tisoč\w*", _I),
    1e6: re.compile(r"mio\.?|milijon\w*", _I),
    1e9: re.compile(r"mrd\.?|milijard\w*", _I),
    1e12: re.compile(r"bilijon\w*", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"odstot\w*|odstotn\w* točk\w*|o\. ?t\.", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(r"pred\s+\d+\s+(?:urami|uro|ur|minutami|minut\w*|dnevi|dnem|tedni|mesec\w*|leti)", _I)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"od (?:tega|teh|njih|katerih)", _I)
PART_BEFORE = re.compile(r"od tega|med njimi|vključno", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"skupno|skupaj|vsega", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(r"(?:prejšnj|začetn|prvotn)\w* (?:ocen\w*|podatk\w*|številk\w*)|narasl\w* z", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"evr\w*", _I),
    "USD": re.compile(r"dolar\w*", _I),
    "GBP": re.compile(r"funt\w*", _I),
    "UAH": re.compile(r"grivn\w*", _I),
    "RUB": re.compile(r"rubl\w*", _I),
    "PLN": re.compile(r"zlot\w*", _I),
    "CZK": re.compile(r"kron\w*", _I),
}
