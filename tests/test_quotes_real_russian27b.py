"""Stage "quotes" on sentences shaped like real Russian and Ukrainian news (SlavicNER, audit 27, second wave).

Each test holds a sentence written by the team in the shape of one that the hand audits of real articles
(/work/briefs/audit27_ru.md, audit27b_ru.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- a title whose holder is named a few words on, with another name after the comma -------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # the name after the comma opens the claim; the title's holder is the name before it
        ("Як сказав аналітик з Інституту миру Ендрю Вайс, Путін не піде на поступки.", "uk", "Ендрю Вайс"),
        ("Как сказал аналитик из Фонда Карнеги Эндрю Вайс, Путин не пойдет на уступки.", "ru", "Эндрю Вайс"),
    ],
)
def test_title_holder_before_a_name_opening_the_claim(text: str, lang: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)] == [label]


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
