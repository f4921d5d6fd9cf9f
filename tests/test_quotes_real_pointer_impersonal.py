"""Stage "quotes": an impersonal cue after a pointer to the sentence before ("Про це йдеться у заяві …", "Об этом
говорится в …", "Това се посочва в …") names where the sentence before was said; the words after the cue are never
the claim. Found on the fresh Ukrainian sample of session 28 (/work/briefs/audit28_uk.md: 'Про це йдеться в сюжеті
"Сьогодні"' gave the content 'в сюжеті "Сьогодні"'). Sentences written for this fix."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Уряд планує вакцинувати половину населення країни до кінця року. Про це йдеться у заяві міністерства.",
            "uk",
            "Уряд планує вакцинувати половину населення країни до кінця року",
            "заяві міністерства",
        ),
        # a relaying medium after the document closes it
        (
            "Не встановлено зв'язку між вакциною і смертністю людей похилого віку. Про це йдеться у звіті медиків, "
            "пише видання Euronews.",
            "uk",
            "Не встановлено зв'язку між вакциною і смертністю людей похилого віку",
            "звіті медиків",
        ),
        (
            "Мерките засягат почти 2,7 милиарда работници по света. Това се посочва в доклад на Международната "
            "организация на труда.",
            "bg",
            "Мерките засягат почти 2,7 милиарда работници по света",
            "доклад",
        ),
    ],
)
def test_pointer_before_impersonal_cue_takes_the_sentence_before(
    text: str, lang: str, content: str, label: str
) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)]


@pytest.mark.parametrize(
    ("text", "lang", "contents"),
    [
        # the sentence before names its own speaker: the pointer adds nothing, and says nothing itself
        (
            "Прем'єр-міністр Денис Шмигаль заявив, що українців вакцинуватимуть від коронавірусу в п'ять етапів. "
            'Про це йдеться в сюжеті "Сьогодні".',
            "uk",
            ["що українців вакцинуватимуть від коронавірусу в п'ять етапів"],
        ),
        # a document described at length: no claim after the cue either
        (
            "Великобритания трябва да остане в митническия съюз на ЕС при настоящите условия. Това се посочва в "
            "писмо, изпратено до ТАСС в петък вечерта от ръководителите на три британски ведомства.",
            "bg",
            [],
        ),
        (
            "Россия остаётся одним из крупнейших вредителей в глобальном интернете. Об этом говорится в его "
            "официальном заявлении, размещённом на сайте Госдепа США.",
            "ru",
            [],
        ),
    ],
)
def test_words_after_a_pointer_and_impersonal_cue_are_no_claim(text: str, lang: str, contents: list[str]) -> None:
    assert [r["content"] for r in quote_rows(text, lang)] == contents


def test_impersonal_cue_with_its_claim_after_it_is_kept() -> None:
    # guard: with no pointer, "У заяві йдеться, що …" still opens its claim after the cue
    rows = quote_rows("У заяві міністерства йдеться, що вакцинація почнеться в лютому наступного року.", "uk")
    assert [r["content"] for r in rows] == ["що вакцинація почнеться в лютому наступного року"]
