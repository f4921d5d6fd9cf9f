"""Italian claims data: the currency a figure is given in ("500 milioni di euro"), so that the briefing does not take
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
    1e3: re.compile(r"mila", _I),
    1e6: re.compile(r"milion[ei]|mln", _I),
    1e9: re.compile(r"miliard[oi]|mld", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"per ?cento|punti percentuali|punto percentuale", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(
    r"\d+\s+(?:ore|ora|minuti|minuto|secondi|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa", _I
)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"di (?:loro|essi|esse)|dei quali|delle quali|tra (?:loro|questi)", _I)
PART_BEFORE = re.compile(r"di cui|tra (?:cui|loro)|compresi|comprese", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"in totale|complessivamente|totale", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(
    r"(?:stima|cifra|bilancio) (?:precedente|iniziale)|stime (?:precedenti|iniziali)|(?:salit[oa]|passat[oa]|aumentat[oa]) da",
    _I,
)

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
