"""Stage "quotes" on sentences shaped like real Russian and Ukrainian news (SlavicNER, audit 27, second wave).

Each test holds a sentence written by the team in the shape of one that the hand audits of real articles
(/work/briefs/audit27_ru.md, audit27b_ru.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- the institution a place names, past the writer's opening word ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Нагадаємо, у МОЗ заявили, що вакцини вистачить для всіх регіонів.", "uk", "МОЗ"),
        ("Напомним, в Кремле заявили, что переговоры продолжатся на следующей неделе.", "ru", "Кремль"),
        ("Przypomnijmy, w MSZ poinformowano, że ambasada zostanie zamknięta do odwołania.", "pl", "MSZ"),
    ],
)
def test_locative_source_after_an_opening_word(text: str, lang: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)] == [label]
