"""Stage "quotes" on sentences shaped like real Ukrainian news (SlavicNER dev, audit 23, seed 2323).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit23_uk.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- reporting verbs after the claim that were no cues: warned, sums up ------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "В іншому разі Єврокомісія подасть позов до суду, застеріг Шарль Мішель.",
            "В іншому разі Єврокомісія подасть позов до суду",
            "Шарль Мішель",
        ),
        (
            "Міністерка фінансів застерегла, що дефіцит бюджету зросте вдвічі.",
            "що дефіцит бюджету зросте вдвічі",
            "Міністерка фінансів",
        ),
        (
            "Тепер важливо не зволікати з реформою виборчого закону, резюмує The Guardian.",
            "Тепер важливо не зволікати з реформою виборчого закону",
            "The Guardian",
        ),
    ],
)
def test_warned_and_sums_up_are_cues(text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, "uk")] == [(content, label)]


# --- a deputy is a title: the name after it speaks ------------------------------------------------------------------


def test_deputy_minister_is_a_title() -> None:
    text = "Україна отримає першу партію вакцини від Pfizer у лютому. Про це повідомив заступник міністра Віктор Ляшко."
    rows = _quotes(text, "uk")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Україна отримає першу партію вакцини від Pfizer у лютому", "Віктор Ляшко")
    ]
