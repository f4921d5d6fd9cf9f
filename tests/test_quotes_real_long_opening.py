"""A long opening clause before "X said, that …" is no claim in the languages that set a comma before "that".

"Несмотря на то, что Трамп не планирует сдаваться, штаб Байдена предупредил, что …" was read as the parenthesis of
"In three years, Barden says, far too many lives were lost": the whole sentence, speaker and cue included, became the
claim. A short opening was already kept apart ("Виступаючи на брифінгу, міністр заявив, що …"); in pl, cs, sl, ru,
uk, bg and de a comma always stands before the complementizer, so a long one is too. Seen in a SlavicNER uk text
(session-29 merge sweep); the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.quote_rows import quote_rows

# (language, sentence, claim, speaker words)
CASES = [
    (
        "ru",
        "Несмотря на то, что президент США Дональд Трамп не планирует сдаваться на выборах, штаб Джо Байдена "
        "предупредил, что Трампа могут выдворить из Белого дома.",
        "что Трампа могут выдворить из Белого дома",
        "штаб Джо Байдена",
    ),
    (
        "uk",
        "На тлі повідомлень, що президент США Дональд Трамп не планує здаватись на виборах, виборчий штаб Джо "
        "Байдена попередив, що Трампа можуть примусово випровадити з Білого дому.",
        "що Трампа можуть примусово випровадити з Білого дому",
        "виборчий штаб Джо Байдена",
    ),
    (
        "pl",
        "Mimo że prezydent USA Donald Trump nie zamierza się poddać po wyborach, sztab Joe Bidena ostrzegł, że Trump "
        "może zostać usunięty z Białego Domu.",
        "że Trump może zostać usunięty z Białego Domu",
        "sztab Joe Bidena",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "claim", "speaker"), CASES)
def test_a_long_opening_before_a_cue_and_its_complementizer_is_no_claim(
    lang: str, sentence: str, claim: str, speaker: str
) -> None:
    rows = quote_rows(sentence, lang)
    assert [(r["content"], r["speaker"]) for r in rows] == [(claim, speaker)]


def test_english_keeps_the_parenthesis_before_that() -> None:
    """English sets no comma before "that": "so bad, Mr. Obama noted, that …" stays one claim around the cue."""
    rows = quote_rows(
        "The damage to the region's economy was so bad after three years of drought, the governor noted, that "
        "farmers left the valley.",
        "en",
    )
    assert [r["content"] for r in rows] == [
        "The damage to the region's economy was so bad after three years of drought, the governor noted, that "
        "farmers left the valley"
    ]
