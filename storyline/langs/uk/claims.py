"""Ukrainian claims data: the currency a figure is given in ("500 млн доларів"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"тис\.|тисяч\w*|млн|мільйон\w*|млрд|мільярд\w*|трлн|трильйон\w*", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"євро", _I),
    "USD": re.compile(r"долар\w*|дол\.", _I),
    "GBP": re.compile(r"фунт\w*", _I),
    "UAH": re.compile(r"гривен\w*|гривн\w*|грн", _I),
    "RUB": re.compile(r"рубл\w*|руб\.", _I),
    "PLN": re.compile(r"злот\w*", _I),
    "CZK": re.compile(r"крон\w*", _I),
}
