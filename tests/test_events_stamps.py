"""A page's time stamps are no events of its story: when a page, a comment or a tweet was posted or updated
("Posted by : Ann | March 3 , 2024 10:53 AM | Report abuse", "8:47 pm ET March 3 , 2024 RETWEET", "Aktualizacja:
03.03.2024, 18:05") makes no dated event; what the line after it reports keeps its day (storyline/events.py
`stamp_starts`, the languages' `STAMP_LABELS`, `STAMP_MARKS`, `STAMP_WROTE`)."""

from __future__ import annotations

import pytest
from stamp_articles import event_days as _days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a comment thread's "|" separated byline, the report after it on the same line
        (
            "en",
            "Posted by : Nora K | March 3 , 2024 10:53 AM | Report abuse The council voted on Tuesday to close the bridge .",
        ),
        ("en", "March 3 , 2024 at 5:17 pm | The council voted on Tuesday to close the bridge ."),
        # a tweet's stamp: a clock, a zone and its day, then RETWEET
        ("en", "8:47 pm ET March 3 , 2024 RETWEET The council voted on Tuesday to close the bridge ."),
        # a comment's byline verb
        ("en", "At 4:01 pm on 3 Mar 2024 , riverwatcher wrote : The council voted on Tuesday to close the bridge ."),
        # a wire page's header: place | weekday, date, clock, zone
        (
            "en",
            "SPRINGFIELD | Sun Mar 3 , 2024 9:05 am EST SPRINGFIELD -LRB- Reuters -RRB- - The council voted on Tuesday to close the bridge .",
        ),
        # a live page's update label, the same moment in a second zone
        (
            "en",
            "-LRB- Update 6:07 p.m. in Cairo , 11:07 a.m. ET Sunday -RRB- The council voted on Tuesday to close the bridge .",
        ),
        (
            "fr",
            "Claire Martin — 3 mars 2024 à 23h49 — mis à jour le 4 mars 2024 à 9h07\nLe conseil a voté mardi la fermeture du pont.",
        ),
        (
            "fr",
            "marlan en réponse au commentaire de Parigoth | 3 mars 2024 14h32 | Le conseil a voté mardi la fermeture du pont.",
        ),
        ("es", "Actualizado: 03/03/2024 18:05 El consejo votó el martes el cierre del puente."),
        ("it", "Aggiornamento: 3 marzo 2024 ore 18:05 Il consiglio ha votato martedì la chiusura del ponte."),
        ("it", "Redazione | 3 marzo 2024 | 18:05 Il consiglio ha votato martedì la chiusura del ponte."),
        ("de", "Aktualisiert: 3. März 2024, 18:05 Uhr Der Rat hat am Dienstag die Schließung der Brücke beschlossen."),
        ("pl", "Aktualizacja: 03.03.2024, 18:05 Rada we wtorek przegłosowała zamknięcie mostu."),
        ("pl", "Opublikowano 03.03.2024 o godz. 18:05 | Rada we wtorek przegłosowała zamknięcie mostu."),
        ("cs", "Aktualizováno: 3. března 2024 18:05 Rada v úterý odhlasovala uzavření mostu."),
        ("sl", "Posodobljeno: 3. marca 2024 ob 18.05 Svet je v torek izglasoval zaprtje mostu."),
        ("ru", "Опубликовано: 3 марта 2024, 18:05 Совет во вторник проголосовал за закрытие моста."),
        ("uk", "Оновлено: 3 березня 2024, 18:05 Рада у вівторок проголосувала за закриття мосту."),
        ("bg", "Обновено: 3 март 2024, 18:05 Съветът във вторник гласува затварянето на моста."),
    ],
)
def test_a_stamp_is_no_event_and_the_report_after_it_keeps_its_day(lang: str, text: str) -> None:
    days = _days(text, lang)
    assert not [d for d in days if d.startswith(("2024-03-03", "2024-03-04"))], days
    assert "2024-03-05" in days, days


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # guards (these pass without the stamp rules too): words of a stamp inside a report
        ("fr", "Il doit comparaître le 3 mars pour répondre à des accusations de fraude.", "2024-03-03"),
        ("fr", "Dans Le Figaro du 3 mars, Jean Dupont a écrit : « le pont doit fermer ».", "2024-03-03"),
        ("en", "Crowley posted on Sunday on Twitter that the bridge would close .", "2024-03-03"),
        ("es", "La manifestación del domingo reunió a miles de vecinos. | EFE", "2024-03-03"),
    ],
)
def test_stamp_words_inside_a_report_leave_its_event(lang: str, text: str, day: str) -> None:
    assert day in _days(text, lang)
