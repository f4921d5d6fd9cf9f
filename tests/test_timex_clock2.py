"""Bare hours, plan words and dotted days: three ways a time was read wrong in real news (audit:
/work/briefs/audit_clock2.md).

* An hour without minutes or an hour word after its preposition ("wczoraj wieczorem o 20", "last night at 11", "at 4
  in the morning", "около 9 утра") was no time at all; it is a clock where a part of the day or a day says so, and
  stays a count where a noun follows ("o 20 osób", "up from 10 yesterday").
* A day governed by a plan word ("slated for 3 p.m. on Thursday", "ma się odbyć w czwartek, poinformował …",
  "состоится в четверг, сообщил …") took the past one from the reporting verb after it; it is the coming one.
* A day and month written like a clock ("w dniach 23.06–25.06", "(15.03.)", "16.11 18:30") was a clock on the
  publication day; in a date's context it is that day ("o 23.06", "od 8.00 do 16.00" stay clocks).
"""

from __future__ import annotations

from datetime import date

import pytest

from storyline.timex import find_time_expressions

PUBLISHED = date(2019, 1, 15)  # a Tuesday: yesterday 2019-01-14, the coming Thursday 2019-01-17, Friday 2019-01-18


def _values(text: str, lang: str, anchor: date = PUBLISHED) -> dict[str, str]:
    return {e.text: e.value for e in find_time_expressions(text, lang, anchor)}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Witnesses said the shooting began last night at 11, police said.", "2019-01-14T23:00"),
        ("en", "Castro said the father will leave at 4 in the morning for Washington.", "2019-01-15T04:00"),
        (
            "en",
            "The earthquake struck around 5 o'clock in the afternoon, so many were still at work.",
            "2019-01-15T17:00",
        ),
        ("en", "It was Saturday afternoon, about 5 o'clock, when the oysters arrived.", "2019-01-12T17:00"),
        ("pl", "Wczoraj wieczorem o 20 doszło do wypadku na obwodnicy.", "2019-01-14T20:00"),
        ("de", "Gestern Abend gegen 23 kam es in der Altstadt zu einem Brand.", "2019-01-14T23:00"),
        ("fr", "Hier soir à 20, les manifestants sont arrivés place de la République.", "2019-01-14T20:00"),
        ("it", "Le esplosioni sono cominciate verso le 2 di notte, hanno detto i ribelli.", "2019-01-15T02:00"),
        ("ru", "Жительница посетовала, что около 9 утра столкнулась с огромной очередью.", "2019-01-15T09:00"),
        ("uk", "Трамп звинуватив демократів, що вони «знаходять» бюлетені о 4 ранку.", "2019-01-15T04:00"),
        (
            "uk",
            "Коли я прийшла до квартири пізно в середу, близько 11 вечора, він налив мені віскі.",
            "2019-01-09T23:00",
        ),
        ("bg", "Не искаме да се появяват бюлетини в 4 сутринта, заяви кандидатът.", "2019-01-15T04:00"),
        ("cs", "Včera večer v 8 se na náměstí sešli demonstranti.", "2019-01-14T20:00"),
        ("sl", "Včeraj zvečer ob 8 so se zbrali pred parlamentom.", "2019-01-14T20:00"),
    ],
)
def test_a_bare_hour_is_a_clock_where_the_day_says_so(lang: str, text: str, value: str) -> None:
    assert value in _values(text, lang).values()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Liczba chętnych wzrosła wczoraj o 20 osób."),
        ("en", "The death toll stands at 16. Besser said the cases are now in 11 states, up from 10 yesterday."),
        ("en", "And you were teaching in college at 18."),
        ("de", "Die Preise stiegen am Freitag um 20 Prozent."),
        ("ru", "В пятницу в 20 странах прошли акции протеста."),
        ("fr", "Il est parti hier à 20 ans à peine."),
    ],
)
def test_a_bare_number_after_a_preposition_stays_a_count(lang: str, text: str) -> None:
    assert not any(e.type == "TIME" for e in find_time_expressions(text, lang, PUBLISHED))


@pytest.mark.parametrize(
    ("lang", "text", "day", "value", "anchor"),
    [
        (
            "en",
            "The hearing is slated for 3 p.m. local time on Thursday, a court clerk said.",
            "Thursday",
            "2019-01-17",
            PUBLISHED,
        ),
        (
            "en",
            "Delta Air Lines' last flight from Cairo is scheduled to depart on Saturday, said spokeswoman Susan Elliot.",
            "Saturday",
            "2011-01-29",
            date(2011, 1, 28),
        ),
        ("en", "Test results are due Monday, Grantham said.", "Monday", "2010-07-05", date(2010, 7, 4)),
        ("pl", "Spotkanie ma się odbyć w czwartek, poinformował rzecznik.", "czwartek", "2019-01-17", PUBLISHED),
        ("ru", "Встреча состоится в четверг, сообщил представитель.", "четверг", "2019-01-17", PUBLISHED),
        ("uk", "Зустріч відбудеться в четвер, повідомив речник.", "четвер", "2019-01-17", PUBLISHED),
        ("cs", "Jednání se má konat ve čtvrtek, uvedl mluvčí.", "čtvrtek", "2019-01-17", PUBLISHED),
        (
            "de",
            "Die Sitzung soll nach Angaben der Regierung am Donnerstag stattfinden, sagte ein Sprecher.",
            "Donnerstag",
            "2019-01-17",
            PUBLISHED,
        ),
        ("fr", "Le sommet doit se tenir jeudi, a indiqué l'Élysée.", "jeudi", "2019-01-17", PUBLISHED),
        ("es", "La votación está prevista el jueves, informó el portavoz.", "jueves", "2019-01-17", PUBLISHED),
        ("it", "Il vertice è previsto a Bruxelles giovedì, ha detto il portavoce.", "giovedì", "2019-01-17", PUBLISHED),
        (
            "bg",
            "Той отхвърли стратегията, която Мей предстои да представи в петък, казвайки, че тя е обречена.",
            "петък",
            "2019-01-18",
            PUBLISHED,
        ),
    ],
)
def test_a_planned_day_is_a_coming_one(lang: str, text: str, day: str, value: str, anchor: date) -> None:
    assert _values(text, lang, anchor)[day] == value


def test_the_clock_of_a_planned_day_takes_that_day() -> None:
    text = "The hearing is slated for 3 p.m. local time on Thursday, a court clerk said."
    assert _values(text, "en")["3 p.m."] == "2019-01-17T15:00"


@pytest.mark.parametrize(
    ("lang", "text", "day", "value"),
    [
        # a past verb between the plan and the day, or right before the plan: a plan of the past
        ("en", "The operation is proceeding as we planned it, Hayward said Monday.", "Monday", "2019-01-14"),
        ("en", "The first payment was due on Monday, but has now been canceled.", "Monday", "2019-01-14"),
        ("ru", "Встреча была запланирована в понедельник, но её отменили.", "понедельник", "2019-01-14"),
    ],
)
def test_a_plan_of_the_past_keeps_its_past_day(lang: str, text: str, day: str, value: str) -> None:
    assert _values(text, lang)[day] == value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Konferencja odbędzie się w dniach 23.06–25.06 w Krakowie.",
            {"23.06": "2019-06-23", "25.06": "2019-06-25"},
        ),
        ("pl", "Nowe zasady obowiązują od 23.06 we wszystkich urzędach.", {"23.06": "2018-06-23"}),
        ("pl", "Rząd oświadczył w czwartek (15.03.), że nie ma to nic wspólnego z brexitem.", {"15.03": "2019-03-15"}),
        ("ru", "Свидетельство о регистрации ЭЛ № ФС 77 - 79279 от 02.11 2020 г.", {"02.11": "2020-11-02"}),
        (
            "uk",
            "Чому угода може поховати уряд. 16.11 18:30 У вівторок представники домовилися.",
            {"16.11 18:30": "2018-11-16T18:30"},
        ),
        ("cs", "Výstava potrvá od 23.06 do 25.06 v Brně.", {"23.06": "2019-06-23", "25.06": "2019-06-25"}),
    ],
)
def test_a_day_and_month_written_like_a_clock_is_a_date_in_a_dates_context(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    found = {e.text: e for e in find_time_expressions(text, lang, PUBLISHED)}
    for span, value in expected.items():
        # the day and month (and the clock told with them); a bare one's year is the tense's (storyline/timex)
        assert found[span].type == ("TIME" if "T" in value else "DATE")
        assert found[span].value[5:] == value[5:]


def test_a_year_after_a_dotted_day_is_its_year() -> None:
    assert _values("Свидетельство ЭЛ № ФС 77 - 79279 от 02.11 2020 г.", "ru")["02.11"] == "2020-11-02"


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        ("Pociąg odjechał o 23.06 z Dworca Centralnego.", ["23.06"]),
        ("Lokale są otwarte od 8.00 do 16.00.", ["8.00", "16.00"]),
        ("Zebranie trwało od 10.05 do 12.30.", ["10.05", "12.30"]),
        ("Godzina emisji: 12.37; 13.06; 15.10.", ["12.37", "13.06", "15.10"]),
    ],
)
def test_a_clock_stays_a_clock(text: str, clocks: list[str]) -> None:
    found = {e.text: e.type for e in find_time_expressions(text, "pl", PUBLISHED)}
    assert all(found.get(c) == "TIME" or found.get("o " + c) == "TIME" for c in clocks), found


@pytest.mark.parametrize(
    ("lang", "text", "day", "value", "anchor"),
    [
        # a plan told after a dated byline or a dated schedule continues that chronology, not the publication year
        (
            "en",
            "By Daniela Deane, CNN | October 29, 2009 Diva Beyonce Knowles strutting her stuff in the Middle East? Her "
            "year-long tour, which has taken her from Canada to China since March, is due in Egypt on November 6 at "
            "the Red Sea resort of Port Ghalib.",
            "November 6",
            "2009-11-06",
            date(2011, 2, 11),
        ),
        (
            "ru",
            "Конгресс утвердит результаты голосования 6 января 2017 года. Инаугурация нового президента пройдет 20 "
            "января.",
            "20 января",
            "2017-01-20",
            PUBLISHED,
        ),
    ],
)
def test_a_plan_in_a_chronology_keeps_its_year(lang: str, text: str, day: str, value: str, anchor: date) -> None:
    assert _values(text, lang, anchor)[day] == value


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        # the dot of "p.m." before a weekday ends no sentence: the plan before the clock dates the weekday after it
        (
            "Nile TV reported. The curfew will run from 3 p.m. Monday to 8 a.m. Tuesday.",
            "3 p.m. Monday",
            "2011-01-31T15:00",
        ),
        (
            "Lohan will be arraigned on the charge at 1:30 p.m. Wednesday at the court.",
            "1:30 p.m. Wednesday",
            "2011-02-02T13:30",
        ),
    ],
)
def test_a_weekday_after_a_clocks_p_m_keeps_its_sentences_tense(text: str, day: str, value: str) -> None:
    assert _values(text, "en", date(2011, 1, 30))[day] == value


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # "godz." names an hour whatever preposition leads it
        ("Do pożaru doszło we wtorek w Łańcucie. Po godz. 21 jedna osoba zginęła.", "Po godz. 21", "2019-01-15T21:00"),
        ("Lokale są zamykane od godz. 19 czasu lokalnego.", "od godz. 19", "2019-01-15T19:00"),
        (
            "Transport przylatuje rano i około godziny 10 powinien być już w magazynach.",
            "około godziny 10",
            "2019-01-15T10:00",
        ),
        ("Wczoraj do godz. 18 zaszczepiono 50 tys. osób.", "Wczoraj do godz. 18", "2019-01-14T18:00"),
    ],
)
def test_an_hour_word_after_any_preposition_is_a_clock(text: str, clock: str, value: str) -> None:
    assert _values(text, "pl")[clock] == value


def test_an_hour_word_before_minutes_is_a_length() -> None:
    assert all(
        e.type == "DURATION" for e in find_time_expressions("Operacja trwała 2 godziny 10 minut.", "pl", PUBLISHED)
    )


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        # a clock after a weekday's set is the habit's hour, not a dated clock
        (
            "pl",
            "Zgodnie z systemem w czwartki do godz. 12 szpitale składają zamówienia.",
            "w czwartki do godz. 12",
            "XXXX-WXX-4T12:00",
        ),
        (
            "pl",
            "Akcja odbywa się cyklicznie - w każdą niedzielę o godzinie 18 przy stacji metra.",
            "w każdą niedzielę o godzinie 18",
            "XXXX-WXX-7T18:00",
        ),
        ("en", "The market opens every Monday at 9 a.m. sharp.", "every Monday at 9 a.m.", "XXXX-WXX-1T09:00"),
    ],
)
def test_a_clock_of_a_weekly_habit_is_a_set(lang: str, text: str, span: str, value: str) -> None:
    found = {e.text: e for e in find_time_expressions(text, lang, PUBLISHED)}
    assert (found[span].type, found[span].value) == ("SET", value)


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        # a bare hour after a day may be followed by a preposition ("w Warszawie"), never by a count's noun; "około" is
        # no past participle ("-ło"): the Monday Merkel will meet is the coming one
        (
            "pl",
            "Angela Merkel spotka się w poniedziałek około 18 w Warszawie.",
            "poniedziałek około 18",
            "2019-01-21T18:00",
        ),
        ("en", "Joining us today at 12 to help answer those questions is Bil Loth.", "today at 12", "2019-01-15T12:00"),
    ],
)
def test_a_bare_hour_after_a_day_may_take_a_preposition(lang: str, text: str, span: str, value: str) -> None:
    assert _values(text, lang)[span] == value


def test_a_count_after_a_day_and_a_preposition_stays_a_count() -> None:
    assert not any(
        e.type == "TIME"
        for e in find_time_expressions("rescued on Friday after 10 days in the rubble", "en", PUBLISHED)
    )


@pytest.mark.parametrize(
    ("lang", "text", "span", "value", "anchor"),
    [
        # "until" before a day's clock governs the day after the clock, unless the clause is told in the past
        (
            "en",
            "The service has given the Miami relatives until 9 a.m. Tuesday to sign a paper.",
            "9 a.m. Tuesday",
            "2000-04-04T09:00",
            date(2000, 4, 3),
        ),
        (
            "en",
            "EgyptAir canceled flights until 10 a.m. Wednesday, according to state television.",
            "10 a.m. Wednesday",
            "2011-02-02T10:00",
            date(2011, 2, 1),
        ),
        (
            "ru",
            "Комендантский час был введен с 18:00 среды до 06:00 четверга.",
            "06:00 четверга",
            "2019-01-10T06:00",
            PUBLISHED,
        ),
    ],
)
def test_until_before_a_days_clock_makes_the_day_a_coming_one(
    lang: str, text: str, span: str, value: str, anchor: date
) -> None:
    assert _values(text, lang, anchor)[span] == value
