"""Stage "quotes": Polish words of when and how between a speaker and the cue name no one. A month in the locative
opening the sentence ("W styczniu ogłosiła, że …") and "po"/"przed" phrases after an inverted cue ("– powiedział po
spotkaniu.") are the time of the saying, so the subjectless verb goes to the person the text is about; an adverb
("Downing Street ogólnie powiedział, że …") stands between the subject and its cue; "zatweetował" reports words.
Audit 27 (/work/briefs/audit27_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _row(text: str, content: str) -> dict[str, object]:
    rows = [q for q in quote_rows(text, "pl") if q["content"].startswith(content)]
    assert len(rows) == 1, quote_rows(text, "pl")
    return rows[0]


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Minister Anna Nowak odwiedziła w piątek szpital. W marcu zapowiedziała, że resort przygotuje nowe przepisy.",
            "że resort",
            "Anna Nowak",
        ),
        (
            "Minister Jan Kowalski spotkał się z prezydentem. – Nie zgadzamy się na takie warunki – powiedział po "
            "spotkaniu.",
            "Nie zgadzamy się",
            "Jan Kowalski",
        ),
        (
            "Minister Jan Kowalski spotkał się z prezydentem. – Czyż tunel nie powinien być pierwszym krokiem – "
            "zatweetował po szczycie.",
            "Czyż tunel",
            "Jan Kowalski",
        ),
        (
            "Pomysł ministra nie spodobał się rządowi. Downing Street ogólnie powiedział, że powstanie panel ekspertów.",
            "że powstanie",
            "Downing Street",
        ),
    ],
)
def test_when_and_how_name_no_speaker(text: str, content: str, label: str) -> None:
    assert _row(text, content)["label"] == label


def test_a_month_with_no_person_before_leaves_the_speaker_open() -> None:
    text = "Firma zmniejszy produkcję w Anglii. W styczniu ogłosiła, że ograniczy zatrudnienie w zakładzie."
    assert _row(text, "że ograniczy")["speaker"] is None


def test_a_name_after_the_time_phrase_still_speaks() -> None:
    text = "– Nie zgadzamy się na takie warunki – powiedział po spotkaniu minister Jan Kowalski."
    assert _row(text, "Nie zgadzamy się")["label"] == "Jan Kowalski"
