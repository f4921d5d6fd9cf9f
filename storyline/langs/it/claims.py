"""Italian claims data: the currency a figure is given in ("500 milioni di euro"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"mila|milion[ei]|miliard[oi]|mld|mln", _I)

# The word joining a number to its currency ("500 millones de dólares").
OF = re.compile(r"di", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"euro", _I),
    "USD": re.compile(r"dollari|dollaro", _I),
    "GBP": re.compile(r"sterline|sterlina|libbre?", _I),
    "UAH": re.compile(r"grivne?|hryvnia", _I),
    "RUB": re.compile(r"rubli|rublo", _I),
    "PLN": re.compile(r"zloty", _I),
    "CZK": re.compile(r"corone|corona", _I),
}
