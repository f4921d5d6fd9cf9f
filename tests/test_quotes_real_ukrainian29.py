"""Stage "quotes", Ukrainian shapes from the fresh sample of session 29 (/work/briefs/audit29_uk.md).
Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        # an adjective in "-ий" opening the speaker phrase after the cue ("виконавчий", "старший")
        (
            '"Зараз ми думаємо, що криза затягнеться", - сказав виконавчий директор Acme Labs Том Гарві.',
            "виконавчий директор Acme Labs Том Гарві",
            "Том Гарві",
        ),
        (
            '"Вибори ще не закінчилися", — заявив старший радник кампанії Метт Гордон.',
            "старший радник кампанії Метт Гордон",
            "Метт Гордон",
        ),
        # a feminine genitive adjective in "-ої" inside the phrase keeps the body's name after it
        (
            '"Перевірка пройшла успішно", - заявив виконавчий директор некомерційної організації CountRight, '
            "що брала участь у підрахунку.",
            "виконавчий директор некомерційної організації CountRight",
            "виконавчий директор некомерційної організації CountRight",
        ),
    ],
)
def test_adjective_opening_an_inverted_speaker_phrase(text: str, speaker: str, label: str) -> None:
    assert [(r["speaker"], r["label"]) for r in quote_rows(text, "uk")] == [(speaker, label)]


def test_already_opening_a_subject_is_no_part_of_it() -> None:
    text = "Уже другий американський телеканал повідомив, що Байден випереджає Трампа."
    assert [(r["content"], r["speaker"]) for r in quote_rows(text, "uk")] == [
        ("що Байден випереджає Трампа", "другий американський телеканал")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Білорусь стала першою державою, де зареєстрували вакцину, наголосив гендиректор Російського фонду "
            "прямих інвестицій (РФПІ) Кирило Дмитрієв.",
            "uk",
            "Білорусь стала першою державою, де зареєстрували вакцину",
            "Кирило Дмитрієв",
        ),
        (
            "Белоруссия стала первой страной, где зарегистрировали вакцину, подчеркнул гендиректор Российского фонда "
            "прямых инвестиций (РФПИ) Кирилл Дмитриев.",
            "ru",
            "Белоруссия стала первой страной, где зарегистрировали вакцину",
            "Кирилл Дмитриев",
        ),
    ],
)
def test_general_director_named_past_the_body_acronym(text: str, lang: str, content: str, label: str) -> None:
    # "гендиректор" is a title; the name comes after the body's acronym in brackets
    assert [(r["content"], r["label"]) for r in quote_rows(text, lang)] == [(content, label)]
