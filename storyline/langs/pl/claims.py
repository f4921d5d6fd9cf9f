"""Polish claims data: the currency a figure is given in ("500 mln euro"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"tys\.|tysi[ąę]c\w*|mln|milion\w*|mld|miliard\w*|bln|bilion\w*", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"eur(?:o|a|ach)?", _I),
    "USD": re.compile(r"dolar\w*", _I),
    "GBP": re.compile(r"funt\w*", _I),
    "UAH": re.compile(r"hrywien\w*|hrywn\w*", _I),
    "RUB": re.compile(r"rubl\w*", _I),
    "PLN": re.compile(r"złot\w*|zł", _I),
    "CZK": re.compile(r"koron\w*", _I),
}
