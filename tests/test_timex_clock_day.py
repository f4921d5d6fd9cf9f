"""A clock time falls on the day its sentence names, in every language, and a day with its clock is one event.

Shaped on real sentences of CL-TLS, SemEval-8 and SlavicNER (audit: /work/briefs/audit_clock.md): a clock before
its day ("um 9 Uhr am Dienstag", "a las 0 del viernes", "от 0:00 ч. на 16 април") had taken the publication day
and the sentence made two events on two days; a zone between them ("Ortszeit", "ora locale", "по местному
времени") broke the link; an abbreviation's dot ("godz.", "ч.") cut the sentence so that the weekday after it read
as a coming one; an evening's hour after "wczoraj wieczorem" stayed in the morning; "hier soir à 20h" made two
events on one day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storyline.events import article_events
from storyline.model import Article, DateSource, Span, Timestamp
from storyline.sentences import split_sentences
from storyline.timex import find_time_expressions, timex_stage

PUBLISHED = date(2024, 3, 14)  # a Thursday: Tuesday is 2024-03-12, yesterday 2024-03-13


@pytest.mark.parametrize(
    ("lang", "text", "clock", "value"),
    [
        (
            "de",
            "Der Unfall ereignete sich laut Polizei um 9.15 Uhr am Dienstag auf der A7.",
            "9.15 Uhr",
            "2024-03-12T09:15",
        ),
        (
            "de",
            "Das Beben ereignete sich um 16.53 Uhr Ortszeit am Dienstag vor der Küste.",
            "16.53 Uhr",
            "2024-03-12T16:53",
        ),
        (
            "es",
            "Nabil presentó el informativo del mediodía del domingo en la televisión oficial.",
            "mediodía",
            "2024-03-10T12:00",
        ),
        (
            "es",
            "El terremoto se produjo a las 16.53 hora local del martes, según el instituto.",
            "las 16.53 hora",
            "2024-03-12T16:53",
        ),
        (
            "fr",
            "Le séisme a frappé à 16h53 heure locale mardi, selon l'institut géologique.",
            "16h53",
            "2024-03-12T16:53",
        ),
        (
            "it",
            "Il terremoto è avvenuto alle 16.53 ora locale di martedì, secondo l'Ingv.",
            "alle 16.53 ora locale",
            "2024-03-12T16:53",
        ),
        (
            "pl",
            "Trzęsienie ziemi nastąpiło o godz. 16.53 czasu lokalnego we wtorek.",
            "o godz. 16.53",
            "2024-03-12T16:53",
        ),
        ("pl", "Do pożaru doszło o godz. 15.20 we wtorek na terenie hali.", "o godz. 15.20", "2024-03-12T15:20"),
        ("ru", "Землетрясение произошло в 16:53 по местному времени во вторник.", "в 16:53", "2024-03-12T16:53"),
        ("uk", "Землетрус стався о 16:53 за місцевим часом у вівторок.", "о 16:53", "2024-03-12T16:53"),
        ("cs", "Zemětřesení udeřilo v 16:53 místního času v úterý.", "v 16:53", "2024-03-12T16:53"),
        ("bg", "Частичните мерки бяха въведени от 0:00 ч. на 11 март в двете села.", "0:00 ч.", "2024-03-11T00:00"),
        ("bg", "Земетресението стана в 16:53 ч. във вторник.", "в 16:53 ч.", "2024-03-12T16:53"),
        ("sl", "Potres se je zgodil ob 16.53 v torek, je sporočila agencija.", "ob 16.53", "2024-03-12T16:53"),
        (
            "en",
            "Officials said the blast occurred at 9:40 a.m. local time on Tuesday.",
            "9:40 a.m.",
            "2024-03-12T09:40",
        ),
        # the time restated in another zone in brackets stands between the clock and its day (Timeline17 Haiti BBC)
        (
            "en",
            "The first tremor had hit at 1653 local time (2153 GMT) on Tuesday, the US Geological Survey said.",
            "1653 local time",
            "2024-03-12T16:53",
        ),
        (
            "es",
            "El toque de queda rige desde las 16.00 hora local (14.00 GMT) del martes.",
            "14.00 GMT",
            "2024-03-12T14:00Z",
        ),
        # (a guard: a zone alone links no day told after it anaphorically; the byline's clock stays on its date)
        (
            "en",
            "By Dan Primack March 14, 2024: 2:24 PM ET One day before, the firm launched.",
            "2:24 PM",
            "2024-03-14T14:24",
        ),
        # the tense before an abbreviation's dot tells the weekday after it ("a.m. EDT", "ч."); a guard: with the dot of
        # "U.S." no longer a sentence end, "next to" had read as a coming Friday
        (
            "en",
            "''The father will leave at 4 in the morning (4 a.m. EDT Friday),'' Castro said.",
            "4 a.m.",
            "2024-03-15T04:00",
        ),
        (
            "en",
            "More than 100 people have died since a bomb ripped through a building next to the U.S. embassy in "
            "Nairobi, Kenya Friday morning at 10:30 a.m.",
            "Friday morning at 10:30 a.m.",
            "2024-03-08T10:30",
        ),
        (
            "sl",
            "V petek ob 11.00 sem bil hospitaliziran za opravljanje gastroskopije.",
            "petek ob 11.00",
            "2024-03-08T11:00",
        ),
        # a clock before a part of a day, or a day with its part: an afternoon's or evening's hour past noon
        ("en", "At 2:30 this afternoon, Senator McCain returned Senator Obama's call.", "2:30", "2024-03-14T14:30"),
        (
            "en",
            "F-16 fighter jets flew low over Liberation Square around 4:00 on Sunday afternoon.",
            "4:00",
            "2024-03-10T16:00",
        ),
        ("de", "Um 8 Uhr heute Abend beginnt die Sondersitzung des Stadtrats.", "8 Uhr", "2024-03-14T20:00"),
        (
            "fr",
            "Le feu a pris à 8h30 dimanche soir dans un immeuble du centre.",
            "8h30 dimanche soir",
            "2024-03-10T20:30",
        ),
        (
            "ru",
            "Пожар начался в 8:30 в воскресенье вечером на складе.",
            "в 8:30 в воскресенье вечером",
            "2024-03-10T20:30",
        ),
        # a clock after a part of a day: that day, an evening's hour past noon
        (
            "pl",
            "Do pożaru doszło wczoraj wieczorem o godz. 8.30 w hali magazynowej.",
            "o godz. 8.30",
            "2024-03-13T20:30",
        ),
        (
            "fr",
            "Hier soir vers 9 h 30, un incendie s'est déclaré dans un entrepôt du port.",
            "9 h 30",
            "2024-03-13T21:30",
        ),
    ],
)
def test_a_clock_falls_on_the_day_its_sentence_names(lang: str, text: str, clock: str, value: str) -> None:
    found = {t.text: t.value for t in find_time_expressions(text, lang, PUBLISHED)}
    assert found.get(clock) == value, found


def _events(text: str, lang: str) -> list[str]:
    art = Article(text=text, raw_text=text, language=lang)
    art.published = Timestamp(datetime(2024, 3, 14, 12, tzinfo=UTC), DateSource.MANIFEST)
    art.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    timex_stage(art)
    return [e.value for e in article_events(art)]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        (
            "de",
            "Der Unfall ereignete sich laut Polizei um 9.15 Uhr am Dienstag auf der A7 bei Hamburg.",
            ["2024-03-12T09:15"],
        ),
        ("es", "Desde las 0 del martes, los vecinos del barrio permanecieron en sus casas.", ["2024-03-12T00:00"]),
        ("ru", "Землетрясение произошло в 16:53 по местному времени во вторник у побережья.", ["2024-03-12T16:53"]),
        (
            "en",
            "The flow of oil was shut off at 1425 local time -LRB- 1925 GMT -RRB- on Tuesday , as part of a test .",
            ["2024-03-12T14:25"],
        ),
        ("fr", "Hier soir à 20h, un incendie a éclaté dans un entrepôt du port de Marseille.", ["2024-03-13T20:00"]),
        # two clocks of one day in one sentence: one event, at the first
        ("fr", "Hier de 16h à 20h, les manifestants ont bloqué la place centrale de la ville.", ["2024-03-13T16:00"]),
    ],
)
def test_a_day_and_its_clock_are_one_event(lang: str, text: str, values: list[str]) -> None:
    assert _events(text, lang) == values
