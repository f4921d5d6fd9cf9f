"""Calendar weeks as news writes them ("KW 4", "w 3. tygodniu roku", "the last week of March"): ISO week values.

The sentences are our own. Publication day: Thursday 2026-03-12 unless a case says otherwise; an undated
article keeps the week number it was given and invents no year.
"""

from __future__ import annotations

from datetime import date

import pytest

from storyline.timex import find_time_expressions

ANCHOR = date(2026, 3, 12)


def _values(text: str, lang: str, anchor: date | None = ANCHOR) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_time_expressions(text, lang, anchor)]


# (language, sentence, expected (words, type, value) of every expression found, dated and undated)
# fmt: off
CASES: list[tuple[str, str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = [
    ("de", "Die Lieferung kommt in KW 4.", [("KW 4", "DATE", "2026-W04")], [("KW 4", "DATE", "XXXX-W04")]),
    ("de", "Die Zahlen der KW 12/2025 liegen vor.", [("KW 12/2025", "DATE", "2025-W12")],
     [("KW 12/2025", "DATE", "2025-W12")]),
    ("de", "Einen Anstieg gab es erst in der zweiten Kalenderwoche dieses Jahres.",
     [("zweiten Kalenderwoche dieses Jahres", "DATE", "2026-W02")],
     [("zweiten Kalenderwoche dieses Jahres", "DATE", "XXXX-W02")]),
    # a week number far from the publication day is the one of the nearer year: KW 52 in March is last December's
    ("de", "In der 52. Kalenderwoche blieb es ruhig.", [("52. Kalenderwoche", "DATE", "2025-W52")],
     [("52. Kalenderwoche", "DATE", "XXXX-W52")]),
    # "KW:" without a number is a place's plate code (Königs Wusterhausen), no week
    ("de", "KW: Trotz eines milden Winters blühen die Bäume.", [], []),
    ("en", "Sales rose in week 3 of 2026.", [("week 3 of 2026", "DATE", "2026-W03")],
     [("week 3 of 2026", "DATE", "2026-W03")]),
    # a week of a month is the ISO week of that month's n-th (last) Thursday
    ("en", "The plant closed in the last week of March.", [("the last week of March", "DATE", "2026-W13")],
     [("the last week of March", "DATE", "XXXX-WXX")]),
    ("en", "It opened in the third week of January 2025.", [("the third week of January 2025", "DATE", "2025-W03")],
     [("the third week of January 2025", "DATE", "2025-W03")]),
    ("en", "Talks resume the week of March 16.", [("the week of March 16", "DATE", "2026-W12")],
     [("the week of March 16", "DATE", "XXXX-WXX")]),
    # a bare "Week 3" is a sports season's
    ("en", "He played in Week 3 against Dallas.", [], []),
    ("pl", "Najwięcej zakażeń odnotowano w 3. tygodniu roku.", [("3. tygodniu roku", "DATE", "2026-W03")],
     [("3. tygodniu roku", "DATE", "XXXX-W03")]),
    ("pl", "Szczepienia ruszą w trzecim tygodniu stycznia.", [("trzecim tygodniu stycznia", "DATE", "2027-W03")],
     [("trzecim tygodniu stycznia", "DATE", "XXXX-WXX")]),
    ("pl", "Dostawy dotarły w ostatnim tygodniu marca 2024 r.",
     [("ostatnim tygodniu marca 2024 r.", "DATE", "2024-W13")], [("ostatnim tygodniu marca 2024 r.", "DATE", "2024-W13")]),
    ("ru", "На 3-й неделе года цены выросли.", [("3-й неделе года", "DATE", "2026-W03")],
     [("3-й неделе года", "DATE", "XXXX-W03")]),
    ("ru", "Инфляция за 5-ю неделю 2025 года составила 0,2%.", [("5-ю неделю 2025 года", "DATE", "2025-W05")],
     [("5-ю неделю 2025 года", "DATE", "2025-W05")]),
    # two weeks of March are a count, not the second week
    ("ru", "За последние 2 недели марта цены выросли.", [("последние 2 недели", "DURATION", "P2W"),
                                                        ("марта", "DATE", "2026-03")],
     [("последние 2 недели", "DURATION", "P2W"), ("марта", "DATE", "XXXX-03")]),
    ("uk", "На 3-му тижні року ціни зросли.", [("3-му тижні року", "DATE", "2026-W03")],
     [("3-му тижні року", "DATE", "XXXX-W03")]),
    ("fr", "Les ventes ont chuté la 4e semaine de l'année.", [("4e semaine de l'année", "DATE", "2026-W04")],
     [("4e semaine de l'année", "DATE", "XXXX-W04")]),
    ("fr", "Le chantier a repris la dernière semaine de février.",
     [("dernière semaine de février", "DATE", "2026-W09")], [("dernière semaine de février", "DATE", "XXXX-WXX")]),
    ("es", "Los contagios bajaron en la semana 12 del año.", [("semana 12 del año", "DATE", "2026-W12")],
     [("semana 12 del año", "DATE", "XXXX-W12")]),
    ("es", "Llegó la última semana de marzo de 2025.", [("última semana de marzo de 2025", "DATE", "2025-W13")],
     [("última semana de marzo de 2025", "DATE", "2025-W13")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "dated", "undated"), CASES)
def test_calendar_week(lang: str, text: str, dated: list[tuple[str, str, str]], undated: list[tuple[str, str, str]]):
    assert _values(text, lang) == dated
    assert _values(text, lang, None) == undated


def test_the_week_of_a_day_takes_the_days_year() -> None:
    # "the week of March 6" in a February article without a tense cue is this March's, as "March 6" would be
    found = _values("The hearings the week of March 2 could decide the matter.", "en", date(2026, 2, 20))
    assert found == [("the week of March 2", "DATE", "2026-W10")]
