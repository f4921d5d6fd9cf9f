"""Czech claims data: the currency a figure is given in ("500 milionů eur"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"tis\.|tisíc\w*|mil\.|milion\w*|mld\.|miliard\w*|bil\.|bilion\w*", _I)

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
