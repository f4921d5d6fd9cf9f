"""Spanish claims data: the currency a figure is given in ("500 millones de dólares"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"mil|millones|millón|millon|mil millones|billones|billón", _I)

# The word joining a number to its currency ("500 millones de dólares").
OF = re.compile(r"de", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"euros?", _I),
    "USD": re.compile(r"dólares|dólar|dolares", _I),
    "GBP": re.compile(r"libras?(?: esterlinas?)?", _I),
    "UAH": re.compile(r"grivnas?", _I),
    "RUB": re.compile(r"rublos?", _I),
    "PLN": re.compile(r"zlotys?|eslotis", _I),
    "CZK": re.compile(r"coronas?", _I),
}
