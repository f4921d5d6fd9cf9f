"""Time expressions as real German news writes them (SemEval-2022 task 8 German articles, undated).

Each case is shaped on an expression that came out wrong in a hand-read sample of the shared eval collection; the
sentences are our own. Undated cases keep relative values and invent nothing; dated ones are published on
Wednesday 2020-01-08.
"""

from __future__ import annotations

from datetime import date

import pytest

from storyline.timex import find_time_expressions

WED = date(2020, 1, 8)


def _values(text: str, anchor: date | None) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_time_expressions(text, "de", anchor)]


# (sentence, anchor, expected (words, type, value) of every expression found)
# fmt: off
CASES: list[tuple[str, date | None, list[tuple[str, str, str]]]] = [
    # a modifier in the dative ("seit vergangenem Sommer") belongs to the expression
    ("Der Sänger ist seit vergangenem Sommer in Haft.", WED, [("vergangenem Sommer", "DATE", "2019-SU")]),
    ("Der Sänger ist seit vergangenem Sommer in Haft.", None, [("vergangenem Sommer", "DATE", "XXXX-SU")]),
    ("Die Wahl findet an kommendem Sonntag statt.", WED, [("kommendem Sonntag", "DATE", "2020-01-12")]),
    # holidays: New Year's Eve and Day, with their nights and mornings
    ("Im Zoo ist in der Silvesternacht das Affenhaus abgebrannt.", None, [("Silvesternacht", "DATE", "XXXX-12-31")]),
    ("Am Neujahrsmorgen kam eine Autofahrerin von der Straße ab.", None, [("Neujahrsmorgen", "DATE", "XXXX-01-01")]),
    ("Wie die Polizei an Neujahr mitteilte, war die Frau betrunken.", WED, [("Neujahr", "DATE", "2020-01-01")]),
    ("Die Geschäfte bleiben an Heiligabend geschlossen.", None, [("Heiligabend", "DATE", "XXXX-12-24")]),
    # a clock time with its hour spelled out
    ("Schon um sieben Uhr beginnt die Ausbildung.", None, [("sieben Uhr", "TIME", "XXXX-XX-XXT07:00")]),
    ("Um zwölf Uhr läuten die Glocken.", WED, [("zwölf Uhr", "TIME", "2020-01-08T12:00")]),
    # ... but "eine Uhr" is a clock, not one o'clock
    ("Er trug eine Uhr am Handgelenk.", None, []),
    # page furniture: a share button and a section label are no present reference
    ("Jetzt teilen: Jetzt teilen: Im Gebiet der Stadt sollen Straßen erneuert werden.", None, []),
    ("Aktuell: Massive Störungen der Lieferketten erwartet.", None, []),
    ("Aktuell gibt es keine Störungen.", None, [("Aktuell", "DATE", "PRESENT_REF")]),
    ("Jetzt haben wir keine Zeit mehr.", None, [("Jetzt", "DATE", "PRESENT_REF")]),
    # an undated weekday keeps its clock time ("Sonntagnachmittag gegen 16:40 Uhr"), as a dated one does
    ("Der Unfall geschah am Sonntagnachmittag gegen 16:40 Uhr bei Völklingen.", None,
     [("Sonntagnachmittag gegen 16:40 Uhr", "TIME", "XXXX-WXX-7T16:40")]),
    # an expectation's "dass" clause looks ahead: the present tense alone had put the weekday in the past (the
    # demo's "Wir rechnen damit, dass der Scheitel Frankfurt (Oder) am Montag erreicht", said on a Friday)
    ("Wir rechnen damit, dass der Scheitel Frankfurt (Oder) am Montag erreicht.", WED,
     [("Montag", "DATE", "2020-01-13")]),
    ("Die Behörden befürchten, dass der Pegel am Freitag die Marke von sieben Metern übersteigt.", WED,
     [("Freitag", "DATE", "2020-01-10")]),
    # ... unless its own tense says otherwise; a plain "dass" clause keeps the past
    ("Man hofft, dass die Deiche am Montag gehalten haben.", WED, [("Montag", "DATE", "2020-01-06")]),
    ("Die Polizei teilte mit, dass der Mann am Montag Frankfurt erreicht.", WED, [("Montag", "DATE", "2020-01-06")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "anchor", "expected"), CASES)
def test_german_news_time_expressions(text: str, anchor: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text, anchor) == expected
