"""Stage "quotes": a relative after a Czech or Polish source word ("Sergej Lavrov, podle kterého …", "wyliczenia
Komitetu Regionów, według których …"). The relative was read as the source and the clause before "podle"/"według" as
its claim. Now the phrase before the relative is the source where it names one and the relative clause is the claim
(RELATIVE_SOURCES, as Italian "secondo cui"); the clause before is no claim. Audit 29 (/work/briefs/audit29_cs.md): 2
wrong rows in the 6 Czech sample texts; sweeps: cs 23 wrong rows gone, 7 right ones new; pl 5 gone, 2 new.
Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Na tiskové konferenci to dnes řekl ministr zahraničí Petr Novotný, podle kterého nezáleží na Praze, jak "
            "spor skončí.",
            "cs",
            "nezáleží na Praze, jak spor skončí",
            "Petr Novotný",
        ),
        (
            "Belg przytoczył wyliczenia Komitetu Regionów, według których nakłady na spójność spadną o 10 procent.",
            "pl",
            "nakłady na spójność spadną o 10 procent",
            "wyliczenia Komitetu Regionów",
        ),
    ],
)
def test_relative_after_source_word_points_back_to_the_source(text: str, lang: str, content: str, label: str) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)], rows


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Začátkem dubna jste popsal závěry průzkumu mezi klinikami, podle které má nemoc u dětí mírný průběh.",
            "cs",
        ),
        ("W Pakistanie obowiązuje surowe prawo, według którego za obrazę proroka grozi kara śmierci.", "pl"),
    ],
)
def test_clause_before_a_relative_source_is_no_claim(text: str, lang: str) -> None:
    rows = quote_rows(text, lang)
    assert not [r for r in rows if r["cue"] in ("podle", "według")], rows
