"""Stage "quotes": Polish speakers named by a trade ("Jej obrońca przypomniał, że …", "Prawnik chrześcijanki
utrzymywał, że …", "Niestety obrońcy praw człowieka ostrzegają, że …", "– … – podkreśla lekarka") and sentence
adverbs before a subjectless cue ("Ogółem ocenił, że …"). No speaker phrase was read from the trade nouns, so the
claims were missed; "Ogółem" and "Niestety" were taken for names. Audit 29 (/work/briefs/audit29_pl.md): 3 misses and
1 wrong speaker in one sample text each. A lawyer speaks for a client: a bare "prawnik" is labelled, never the person
named just before. Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Sąd w Lahaur zebrał się w środę. Jej obrońca przypomniał, że w więzieniu kilkakrotnie próbowano ją zabić.",
            "że w więzieniu kilkakrotnie próbowano ją zabić",
            "Jej obrońca",
        ),
        (
            "Sprawa ciągnie się od lat. Prawnik oskarżonej utrzymywał, że fałszywe zarzuty wystosowała sąsiadka.",
            "że fałszywe zarzuty wystosowała sąsiadka",
            "Prawnik oskarżonej",
        ),
        (
            "Kobieta przebywa w ukryciu. Niestety obrońcy praw człowieka ostrzegają, że radykałowie wciąż jej grożą.",
            "że radykałowie wciąż jej grożą",
            "obrońcy praw człowieka",
        ),
        (
            "Minister zdrowia Piotr Wrona odwiedził w sobotę Gdańsk. Ogółem ocenił, że szczepienia przebiegają sprawnie.",
            "że szczepienia przebiegają sprawnie",
            "Piotr Wrona",
        ),
        (
            "Karetki wyjeżdżają do chorych w minutę, mówi Ewa Malinowska. – Jesteśmy codziennie narażeni na zakażenie – "
            "podkreśla lekarka.",
            "Jesteśmy codziennie narażeni na zakażenie",
            "Ewa Malinowska",
        ),
    ],
)
def test_trade_nouns_and_sentence_adverbs(text: str, content: str, label: str) -> None:
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["label"]) for r in rows if r["content"] == content] == [(content, label)], rows


def test_a_bare_lawyer_is_not_the_client_named_before() -> None:
    text = (
        "Islamiści domagali się śmierci Asii Nowak. Prawnik oświadczył, że pozostanie w kraju jest dla niego zbyt "
        "niebezpieczne."
    )
    rows = quote_rows(text, "pl")
    assert [r["label"] for r in rows if r["cue"] == "oświadczył"] == ["Prawnik"], rows
