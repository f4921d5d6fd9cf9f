"""A sentence glued to the one before it with no stop (a headline run into the lead, a section name, a caption, a
byline), and the capital letters of every script the splitter reads."""

from __future__ import annotations

import re

import pytest

from storyline.sentences import UPPER, split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


# --- a body opener (the language's BODY_OPENERS) after a word with no stop between them starts a sentence ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a headline run into the lead
        (
            "Council approves new budget for schools The city council voted 7-2 on Tuesday to approve it.",
            "en",
            ["Council approves new budget for schools", "The city council voted 7-2 on Tuesday to approve it."],
        ),
        (
            "Fire guts warehouse in Leeds A 34-year-old man has been arrested.",
            "en",
            ["Fire guts warehouse in Leeds", "A 34-year-old man has been arrested."],
        ),
        (
            'Hospital says injured cyclist is "stable" The hospital did not name her.',
            "en",
            ['Hospital says injured cyclist is "stable"', "The hospital did not name her."],
        ),
        # furniture in the middle of a text: a section name, a caption's credit
        (
            "The mayor opened the park on Sunday. Advertisement The park cost $2 million to build.",
            "en",
            ["The mayor opened the park on Sunday.", "Advertisement", "The park cost $2 million to build."],
        ),
        # English function words that open a sentence open a glued one too
        (
            "Storm closes coastal road for a week If the rain keeps on, the council will close it for longer.",
            "en",
            ["Storm closes coastal road for a week", "If the rain keeps on, the council will close it for longer."],
        ),
        (
            "Ferry strike ends after two days It was the longest stoppage since 2009.",
            "en",
            ["Ferry strike ends after two days", "It was the longest stoppage since 2009."],
        ),
        (
            "Der Bürgermeister eröffnete den Park am Sonntag. Foto: Jan Weber Der Park kostete zwei Millionen Euro.",
            "de",
            [
                "Der Bürgermeister eröffnete den Park am Sonntag.",
                "Foto: Jan Weber",
                "Der Park kostete zwei Millionen Euro.",
            ],
        ),
        (
            "Die Stadt plant neue Radwege. Mehr Geld für Radwege Seit Jahren fordern Anwohner mehr Platz.",
            "de",
            ["Die Stadt plant neue Radwege.", "Mehr Geld für Radwege", "Seit Jahren fordern Anwohner mehr Platz."],
        ),
    ],
)
def test_a_body_opener_after_a_word_starts_a_sentence(text: str, lang: str, expected: list[str]) -> None:
    assert _sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a name or a title opening with an article: a capitalised word or a number after it, or a binding word before
        ("The court in The Hague ruled on Monday that the claim was void.", "en"),
        ("She said she had read it in The New York Times that morning.", "en"),
        ("Readers can scroll down to The 3 Tele's Hypothesis for the rest.", "en"),
        ("Die Chefin der Partei Die Linke tritt nach zwei Jahren zurück.", "de"),
        ("Es gibt einen neuen Trainer für Die Adler aus Bremen.", "de"),
        # a headline in title case going on past an opener before a number
        ("Crowds Ring In 2020 At The Harbour In Sydney", "en"),
        # a language without body openers
        ("Rada miasta przyjęła budżet A radni opozycji głosowali przeciw.", "pl"),
    ],
)
def test_an_opener_in_a_name_stays_in_its_sentence(text: str, lang: str) -> None:
    assert _sentences(text, lang) == [text]


# --- capital letters of every script: UPPER holds the capitals and none of the small letters -----------------------


@pytest.mark.parametrize(
    ("lang", "capitals"),
    [
        ("en", "ABCMNXYZ"),
        ("de", "ÄÖÜ"),
        ("fr", "ÀÂÇÉÈÊËÎÏÔÙÛŸŒ"),
        ("es", "ÁÉÍÑÓÚÜ"),
        ("it", "ÀÈÉÌÒÙ"),
        ("pl", "ĄĆĘŁŃÓŚŹŻ"),
        ("cs", "ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"),
        ("sl", "ČŠŽĆĐ"),
        ("ru", "АБВЁЖЙЩЪЫЬЭЮЯ"),
        ("uk", "ҐЄІЇЙЩЬЮЯ"),
        ("bg", "ЖЙЩЪЬЮЯ"),
    ],
)
def test_upper_holds_the_capitals_of_every_script_and_no_small_letter(lang: str, capitals: str) -> None:
    capital = re.compile(rf"[{UPPER}]")
    assert [c for c in capitals if not capital.fullmatch(c)] == []
    assert [c for c in capitals.lower() if capital.fullmatch(c)] == []


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        # a dateline glued to a headline, the place's small letters outside ASCII ("ź", "ň")
        (
            "Pożar kamienicy w centrum miasta Łódź (PAP) – Strażacy gasili w nocy pożar kamienicy.",
            "pl",
            "Łódź (PAP) – Strażacy gasili w nocy pożar kamienicy.",
        ),
        (
            "Nehoda autobusu u obce Plzeň (ČTK) – Autobus havaroval v pondělí ráno.",
            "cs",
            "Plzeň (ČTK) – Autobus havaroval v pondělí ráno.",
        ),
    ],
)
def test_a_glued_dateline_with_small_letters_beyond_ascii_starts_the_body(text: str, lang: str, lead: str) -> None:
    assert _sentences(text, lang)[-1] == lead
