"""Ukrainian claims data: the currency a figure is given in ("500 млн доларів"), so that the briefing does not take
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
    1e3: re.compile(r"тис\.|тисяч\w*", _I),
    1e6: re.compile(r"млн|мільйон\w*", _I),
    1e9: re.compile(r"млрд|мільярд\w*", _I),
    1e12: re.compile(r"трлн|трильйон\w*", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"відсот\w*|процент\w*|в\. ?п\.|відсотков\w* пункт\w*", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(
    r"\d+\s+(?:годин\w*|хвилин\w*|хв\.|секунд\w*|дн\w*|тижн\w*|місяц\w*|рок\w*|років)\s+тому", _I
)

# An ordinal or case ending joined by a hyphen ("46-го президента", "в 90-х"): no count.
ORDINAL = re.compile(r"-[а-яієїґ']{1,3}(?!\w)", _I)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"з (?:них|яких)", _I)
PART_BEFORE = re.compile(r"у тому числі|в тому числі|з них|серед них|включно з", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"загалом|усього|всього|в цілому", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(
    r"(?:попередн|первинн|початков)\w* (?:оцін\w*|дан\w*|цифр\w*)|зріс\w* з|(?:проти|порівняно з) \S+ раніше", _I
)

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
