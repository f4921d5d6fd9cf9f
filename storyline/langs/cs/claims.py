"""Czech claims data: the currency a figure is given in ("500 milionů eur"), so that the briefing does not take
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
    1e3: re.compile(r"tis\.|tisíc\w*", _I),
    1e6: re.compile(r"mil\.|milion\w*", _I),
    1e9: re.compile(r"mld\.|miliard\w*", _I),
    1e12: re.compile(r"bil\.|bilion\w*", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"procent\w*|proc\.|procentní\w* bod\w*|p\. ?b\.", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(
    r"před\s+\d+\s+(?:hodin\w*|hod\.|minut\w*|min\.|sekund\w*|dny|dnem|týdn\w*|měsíc\w*|lety|rokem)", _I
)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"z nich|z toho|z kterých|ze kterých", _I)
PART_BEFORE = re.compile(r"z toho|z nich|včetně|mezi nimi", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"celkem|dohromady|celkový", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(
    r"(?:předchozí|původní|dřívější|první)\w* (?:odhad\w*|údaj\w*|čísl\w*)|vzrostl\w* z|oproti \S+ dříve", _I
)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"eur(?:o|a|ech)?", _I),
    "USD": re.compile(r"dolar\w*", _I),
    "GBP": re.compile(r"lib(?:ra|er|ry|rách)", _I),
    "UAH": re.compile(r"hřiv\w*", _I),
    "RUB": re.compile(r"rubl\w*", _I),
    "PLN": re.compile(r"zlot\w*", _I),
    "CZK": re.compile(r"korun\w*|kč", _I),
}
