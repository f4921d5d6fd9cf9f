"""Spanish claims data: the currency a figure is given in ("500 millones de dólares"), so that the briefing does not take
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
    1e3: re.compile(r"mil", _I),
    1e6: re.compile(r"millones|millón|millon|mill\.", _I),
    1e12: re.compile(r"billones|billón", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"por ?ciento|puntos? porcentuales?", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(r"hace\s+\d+\s+(?:horas?|h|minutos?|min|segundos?|días?|semanas?|mes(?:es)?|años?)", _I)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"de (?:ellos|ellas|los cuales|las cuales|estos|estas)", _I)
PART_BEFORE = re.compile(r"(?:de|entre) (?:ellos|ellas)|incluidos|incluidas|de los cuales|de las cuales", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"en total|en conjunto|total", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(
    r"(?:estimaci[oó]n|cifra|c[aá]lculo)(?:es)? (?:anterior|inicial|previa|original)(?:es)?|frente a (?:los|las) \S+ (?:anteriores|iniciales)|(?:subi[oó]|aument[oó]|pas[oó]) de",
    _I,
)

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
