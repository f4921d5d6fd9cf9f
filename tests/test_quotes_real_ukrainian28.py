"""Stage "quotes", Ukrainian shapes from the fresh sample of session 28 (/work/briefs/audit28_uk.md): reporters as a
plural source ("…, зазначають журналісти, …"), "сам" stressing the subject it opens ("Сам американський глава …") and
"Як раніше інформував УНН, …".
Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a parenthesis inside the claim
        (
            "Нова угода, зазначають журналісти, буде націлена на створення спільної митної території.",
            "Нова угода, зазначають журналісти, буде націлена на створення спільної митної території",
        ),
        # after the claim
        (
            "Нова угода буде націлена на створення спільної митної території, зазначають журналісти.",
            "Нова угода буде націлена на створення спільної митної території",
        ),
    ],
)
def test_reporters_are_a_source(text: str, content: str) -> None:
    assert [(r["content"], r["speaker"]) for r in quote_rows(text, "uk")] == [(content, "журналісти")]


def test_himself_opening_a_parenthesised_claim_is_no_speaker() -> None:
    text = "Сам американський глава, зазначають журналісти, досі лютує через поразку на виборах."
    rows = quote_rows(text, "uk")
    assert [(r["content"], r["speaker"]) for r in rows] == [(text[:-1], "журналісти")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Президент Дональд Трамп прилетів до Лондона. Сам президент заявив, що угода буде націлена на створення "
            "спільної митної території.",
            "Дональд Трамп",
        ),
        (
            "Сама прем'єрка наголосила, що угода буде націлена на створення спільної митної території.",
            "прем'єрка",
        ),
    ],
)
def test_himself_before_a_title_is_no_part_of_the_speaker(text: str, label: str) -> None:
    assert [r["label"] for r in quote_rows(text, "uk")] == [label]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Як раніше інформував УНН , офіційні переговори між Лондоном і Брюсселем почалися 19 червня 2017 року.",
            "офіційні переговори між Лондоном і Брюсселем почалися 19 червня 2017 року",
            "УНН",
        ),
        (
            "Як інформувала “Новинарня“, надвечір 6 січня натовп прибічників президента взяв штурмом будівлю Капітолію.",
            "надвечір 6 січня натовп прибічників президента взяв штурмом будівлю Капітолію",
            "Новинарня",
        ),
    ],
)
def test_as_the_medium_informed_opens_its_claim(text: str, content: str, speaker: str) -> None:
    # "Як (раніше) інформував X, …": the past of "інформує" (the present was listed)
    assert [(r["content"], r["speaker"]) for r in quote_rows(text, "uk")] == [(content, speaker)]
