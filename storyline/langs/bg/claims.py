"""Bulgarian claims data: the currency a figure is given in ("500 млн евро"), so that the briefing does not take
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
    1e3: re.compile(r"хил\.|хиляд\w*", _I),
    1e6: re.compile(r"млн|милион\w*", _I),
    1e9: re.compile(r"млрд|милиард\w*", _I),
    1e12: re.compile(r"трлн|трилион\w*", _I),
}

# A percentage or percentage points, written as words (the sign % is read for every language).
PERCENT = re.compile(r"процент\w*|на сто|процентн\w* пункт\w*", _I)

# A time counted back from now ("10 hrs ago" in a list of links): no figure of the story.
RELATIVE_TIME = re.compile(
    r"преди\s+\d+\s+(?:час\w*|минут\w*|мин\.|секунд\w*|дни|ден|седмиц\w*|месец\w*|години|година)", _I
)

# An ordinal or case ending joined by a hyphen ("46-го президента", "в 90-х"): no count.
ORDINAL = re.compile(r"-[а-я]{1,3}(?!\w)", _I)

# A figure that is a part of a total named before it ("16 of them", "including 16"): after and before it.
PART_AFTER = re.compile(r"от (?:тях|които)", _I)
PART_BEFORE = re.compile(r"в това число|от тях|сред тях|включително", _I)

# A figure given as a whole ("29 dead in total"): a figure of one place is a part of it.
TOTAL = re.compile(r"общо|всичко|като цяло", _I)

# The sentence compares its figure with an earlier one ("up from its estimate last week of 20,000"): figures
# of different times, no dispute.
REVISED = re.compile(r"(?:предишн|първоначалн|предварителн)\w* (?:оценк\w*|данн\w*|цифр\w*)|нарасна\w* от", _I)

# Currency words by ISO 4217 code, matched whole and case-insensitively after or before a number.
CURRENCY = {
    "EUR": re.compile(r"евро", _I),
    "USD": re.compile(r"долар\w*", _I),
    "GBP": re.compile(r"паунд\w*|лир\w*", _I),
    "UAH": re.compile(r"гривн\w*", _I),
    "RUB": re.compile(r"рубл\w*|руб\.", _I),
    "BGN": re.compile(r"лев(?:а)?|лв\.?", _I),
}
