"""English claims data: the currency a figure is given in ("500 million dollars"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"thousand|million|billion|trillion|mln|bn", _I)

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
