"""Bulgarian claims data: the currency a figure is given in ("500 млн евро"), so that the briefing does not take
two reports of one sum in different currencies for one claim (the EU's 500 million euros of military aid is
not the US's 500 million dollars of economic aid). Currency symbols (€, $, £) and ISO codes are read by
`storyline.brief.figures` for every language.
"""

import re

_I = re.IGNORECASE

# Words of scale that may stand between a number and its currency ("500 million euros").
SCALE = re.compile(r"хил\.|хиляд\w*|млн|милион\w*|млрд|милиард\w*|трлн|трилион\w*", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"евро", _I),
    "USD": re.compile(r"долар\w*", _I),
    "GBP": re.compile(r"паунд\w*|лир\w*", _I),
    "UAH": re.compile(r"гривн\w*", _I),
    "RUB": re.compile(r"рубл\w*|руб\.", _I),
    "BGN": re.compile(r"лев(?:а)?|лв\.?", _I),
}
