"""Stage "quotes": a topic right after a Russian, Ukrainian, Bulgarian or Slovenian cue is no claim, as in Polish and
Czech (TOPIC_OPENERS; test_quotes_real_polish_topics.py). "Министр говорил о реформе" (spoke about), "оголосив про
вихід з гонки" (announced his withdrawal), "настоя за търговска сделка" (insisted on), "je poročala o odpovedi"
(reported on): the words after the cue say what was spoken about, not what was said. A clause after the topic's
pointer ("сообщил о том, что …") is still the claim, and so is a sentence of the speaker's own that opens with the
preposition after a colon ("odgovarja: O predlogu zakona je potekala razprava …"). Session-28 sweep of the ru, uk, bg
and sl texts. Sentences written for this test."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Министр финансов Антон Силуанов говорил о реформе пенсионной системы.", "ru"),
        ("Министр обороны Иван Петров объявил о своей отставке в понедельник.", "ru"),
        ("Президент Володимир Зеленський говорив про реформу судової системи.", "uk"),
        ("Бізнесмен Петро Іваненко, що посів третє місце, оголосив про вихід з гонки.", "uk"),
        ("Министър-председателят Тереза Мей настоя за амбициозна търговска сделка с Европейския съюз.", "bg"),
        ("Slovenska tiskovna agencija je prva poročala o odpovedi tekme v Planici.", "sl"),
    ],
)
def test_topic_after_cue_is_no_claim(text: str, lang: str) -> None:
    assert quote_rows(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Глава МИД Сергей Лавров сообщил о том, что переговоры продолжатся в понедельник.",
            "ru",
            "что переговоры продолжатся в понедельник",
            "Сергей Лавров",
        ),
        (
            "Прем'єр-міністр Денис Шмигаль повідомив про те, що уряд виділить кошти.",
            "uk",
            "що уряд виділить кошти",
            "Денис Шмигаль",
        ),
        ("Министърът Иван Петров заяви за БНТ, че болниците са готови.", "bg", "че болниците са готови", "Иван Петров"),
    ],
)
def test_clause_after_topic_pointer_is_the_claim(text: str, lang: str, content: str, label: str) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)]


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Rzecznik ministerstwa Jan Kowalski odpowiedział: O reformie nikt z nami nie rozmawiał.",
            "pl",
            "O reformie nikt z nami nie rozmawiał",
            "Jan Kowalski",
        ),
        (
            "Ministrstvo za zdravje odgovarja: O predlogu zakona je potekala javna razprava do konca septembra.",
            "sl",
            "O predlogu zakona je potekala javna razprava do konca septembra",
            "Ministrstvo za zdravje",
        ),
        (
            "Профессор Иван Петров ответил: О переговорах мы узнали из газет.",
            "ru",
            "О переговорах мы узнали из газет",
            "Иван Петров",
        ),
    ],
)
def test_sentence_opening_with_the_preposition_after_a_colon_is_a_claim(
    text: str, lang: str, content: str, label: str
) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)]
