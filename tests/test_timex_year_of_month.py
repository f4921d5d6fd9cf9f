"""A month or season said to lie in a year: "last year's January", "last year in June", "in 2016 in March".

"Last June" is the last June before the publication day; "loňského ledna" (Czech: "of last year's January") and
"loni v červnu" ("last year in June") are the month of last year whatever month it is now. Before, the adjectives
were no modifiers (the month was placed by the tense around it) and a year told right before a month did not reach
it ("loni v červnu" in a sentence of now was this June). The sentences are our own, on shapes of the shared
SlavicNER and SemEval news. Publication day: Thursday 2018-08-09, after June, where the two readings differ.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storyline.timex import find_time_expressions

AUG = date(2018, 8, 9)


def _values(text: str, lang: str, anchor: date | None = AUG) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_time_expressions(text, lang, anchor)]


# (language, sentence, expected (words, type, value) of every expression found)
# fmt: off
CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # an adjective "of last year" / "of the year before" / "of this year" before a month or season
    ("cs", "Od loňského ledna ceny rostou.", [("loňského ledna", "DATE", "2017-01")]),
    ("cs", "Od předloňského června se nic nezměnilo.", [("předloňského června", "DATE", "2016-06")]),
    ("cs", "V loňském roce ceny rostly.", [("loňském roce", "DATE", "2017")]),
    ("cs", "Zákon platí od letošního 10. ledna.", [("letošního 10. ledna", "DATE", "2018-01-10")]),
    ("sl", "Od lanskega januarja cene rastejo.", [("lanskega januarja", "DATE", "2017-01")]),
    ("sl", "Lani junija je bil vrh.", [("Lani junija", "DATE", "2017-06")]),
    ("sl", "Lansko poletje je bilo vroče.", [("Lansko poletje", "DATE", "2017-SU")]),
    ("uk", "З торішнього січня ціни зростають.", [("торішнього січня", "DATE", "2017-01")]),
    ("ru", "С прошлогоднего января цены растут.", [("прошлогоднего января", "DATE", "2017-01")]),
    ("bg", "Миналогодишното лято беше горещо.", [("Миналогодишното лято", "DATE", "2017-SU")]),
    # "lata" is a summer here, not "years"
    ("pl", "Zeszłorocznego lata padało.", [("Zeszłorocznego lata", "DATE", "2017-SU")]),
    # a year told right before the month: each keeps its own words, the month that year's
    ("cs", "Premiérka je oslabená kvůli neúspěchu ve volbách loni v červnu.",
     [("loni", "DATE", "2017"), ("červnu", "DATE", "2017-06")]),
    ("uk", "Торік у червні в Києві відбувся саміт.", [("Торік", "DATE", "2017"), ("червні", "DATE", "2017-06")]),
    ("bg", "Лани през юни имаше среща.", [("Лани", "DATE", "2017"), ("юни", "DATE", "2017-06")]),
    ("pl", "W 2016 roku w marcu podpisano umowę.", [("2016 roku", "DATE", "2016"), ("marcu", "DATE", "2016-03")]),
    ("ru", "В 2016 году в марте подписали договор.", [("2016 году", "DATE", "2016"), ("марте", "DATE", "2016-03")]),
    ("en", "In 2016 in March prices fell.", [("2016", "DATE", "2016"), ("March", "DATE", "2016-03")]),
    ("cs", "V roce 2016 v březnu podepsali smlouvu.", [("2016", "DATE", "2016"), ("březnu", "DATE", "2016-03")]),
    # a year that is no time of the month after it, and a winter (it runs into the next year), are left alone
    ("en", "He lost the 2016 election and in March he left.", [("2016", "DATE", "2016"), ("March", "DATE", "2018-03")]),
    ("uk", "Торік узимку було холодно.", [("Торік", "DATE", "2017"), ("узимку", "DATE", "2017-WI")]),
    # "last June" keeps its meaning: the last June before the publication day
    ("en", "The meeting took place last June.", [("last June", "DATE", "2018-06")]),
    ("cs", "Schůzka se konala minulý červen.", [("minulý červen", "DATE", "2018-06")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_a_month_in_the_year_named_with_it(lang: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(sentence, lang) == expected


def test_undated_the_month_keeps_its_year_relative() -> None:
    found = find_time_expressions("Loni v červnu byl summit. Od loňského ledna ceny rostou.", "cs", None)
    assert [(e.text, e.value, e.anchored) for e in found] == [
        ("Loni", "XXXX", False),
        ("červnu", "XXXX-06", False),
        ("loňského ledna", "XXXX-01", False),
    ]
    assert found[1].relative == {"month": 6, "year": {"unit": "year", "offset": -1}}
    assert found[2].relative == {"month": 1, "year": {"unit": "year", "offset": -1}}
    dated = find_time_expressions("Loni v červnu byl summit. Od loňského ledna ceny rostou.", "cs", AUG)
    assert [e.value for e in dated] == ["2017", "2017-06", "2017-01"]


# A bare four-digit count before the noun it counts is no year (NOT_YEAR_AFTER); seen in the same news.
AMOUNT_CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("bg", "Близо 1500 служители ще работят по проекта.", []),
    ("bg", "Те трябвало да съберат общо 2000 чувала зеле.", []),
    (
        "pl",
        "Do początku stycznia 2013 petycję podpisało ponad 1900 osób.",
        [("stycznia 2013", "DATE", "2013-01")],
    ),
    ("cs", "Pokuta pro jednotlivce činí přes 1900 korun.", []),
    ("sl", "Sosednji državi sta potrdili 3000 oziroma 2000 primerov okužb.", []),
    ("de", "An dem Auto entstand ein Schaden von rund 1500 Euro.", []),
    ("ru", "В 13 медицинских организациях развернуты 2027 коек.", []),
    ("uk", "Було опитано 1600 респондентів у віці від 18 років.", [("18 років", "DURATION", "P18Y")]),
    # ... while a year stays one: before a verb that starts like a counted noun, or before a dash and a number
    ("ru", "На президентских выборах 2016 г. голосовал за республиканца.", [("2016 г.", "DATE", "2016")]),
    ("pl", "Paszporty dostało 841 tys. osób, zaś w 2014 r. – 889 tys.", [("2014 r.", "DATE", "2014")]),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), AMOUNT_CASES)
def test_a_count_before_its_noun_is_no_year(lang: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(sentence, lang) == expected


def test_bulgarian_coming_day_and_week() -> None:
    """ "идния понеделник" ("the coming Monday", seen in a SlavicNER bg piece) was an undated Monday."""
    thursday = date(2018, 2, 1)
    assert _values("Съветът ще обсъди идния понеделник насоките.", "bg", thursday) == [
        ("идния понеделник", "DATE", "2018-02-05")
    ]
    assert _values("Срещата ще е идната седмица.", "bg", thursday) == [("идната седмица", "DATE", "2018-W06")]


def test_a_year_told_before_its_month_makes_one_event_the_months() -> None:
    """ "Loni v červnu se konal summit" is one event in June 2017, not a second one over all of 2017; a year told
    apart from its month (after a comma) still makes its own."""
    from storyline.events import article_events
    from storyline.model import Article, Span, Timestamp
    from storyline.sentences import split_sentences
    from storyline.timex import timex_stage

    def events(text: str, lang: str) -> list[tuple[str, str]]:
        article = Article(text=text, language=lang, published=Timestamp(datetime(2018, 8, 9, tzinfo=UTC)))
        article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
        timex_stage(article)
        return [(e.timex_text, e.value) for e in article_events(article, [])]

    assert events("Loni v červnu se ve Vídni konal summit.", "cs") == [("červnu", "2017-06")]
    assert events("Last year in June a summit was held in Vienna.", "en") == [("June", "2017-06")]
    assert ("2016", "2016") in events("In 2016, the treaty was signed in Vienna in March.", "en")
