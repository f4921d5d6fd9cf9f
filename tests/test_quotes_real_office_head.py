"""Stage "quotes": the head of an office named after his title speaks himself ("szef kancelarii premiera Gergely
Gulyas", "керівник Офісу президента Андрій Єрмак"), not the office of the person he is ("office of Gergely Gulyas");
one who speaks for the office names its owner in another case ("rzecznik kancelarii prezydenta Andrzeja Dudy": the
office). Audit 26 (/work/briefs/audit26_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "- Rosja nie ma dość mocy produkcyjnych - powiedział w radiu szef kancelarii premiera Gergely Gulyas.",
            "pl",
            "Rosja nie ma",
            "Gergely Gulyas",
        ),
        (
            "Do Polski dotarło już 300 tys. dawek szczepionki – poinformował na konferencji szef Kancelarii Premiera "
            "minister Tomasz Nowak.",
            "pl",
            "Do Polski dotarło",
            "Tomasz Nowak",
        ),
        (
            "«Ми готові до переговорів у будь-якому форматі», — сказав керівник Офісу президента Андрій Єрмак.",
            "uk",
            "Ми готові",
            "Андрій Єрмак",
        ),
        (
            "«Мы готовы к переговорам в любом формате», — сказал глава офиса президента Андрей Ермак.",
            "ru",
            "Мы готовы",
            "Андрей Ермак",
        ),
    ],
)
def test_the_head_of_an_office_named_after_his_title_speaks(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "- Rosja nie ma dość mocy produkcyjnych - powiedział rzecznik kancelarii prezydenta Andrzeja Dudy.",
            "pl",
            "Rosja nie ma",
            "office of Andrzeja Dudy",
        ),
        (
            "«Ми готові до переговорів у будь-якому форматі», — сказав речник Офісу президента Володимира Зеленського.",
            "uk",
            "Ми готові",
            "office of Володимира Зеленського",
        ),
    ],
)
def test_one_speaking_for_the_office_of_a_person_named_in_another_case(
    text: str, lang: str, content: str, label: str
) -> None:
    assert speaker_label(text, lang, content) == label
