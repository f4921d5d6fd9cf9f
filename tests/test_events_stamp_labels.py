"""A page's time stamp is opened by the labels of its publication lines: the stamp reader (storyline/events.py
`stamp_starts`) takes `PUBLISHED_LABELS` and `UPDATED_LABELS` of langs/<iso>/clean.py ("Mis en ligne le",
"Data aktualizacji:", "Дата обновления:") and only its own extra words from langs/<iso>/timex.py (`STAMP_LABELS`:
"Update", "Posté", "Aktualizace"); each word is listed once. A label between a date and a clock opens the clock's
stamp: "— updated" is one word, not two short ones gluing date and clock into one stamp (`STAMP_GLUE`)."""

from __future__ import annotations

import re

import pytest
from stamp_articles import event_days as _days

from storyline.langs import language_data

LANGS = ["en", "fr", "it", "es", "de", "pl", "cs", "sl", "ru", "uk", "bg"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # publication labels of clean.py that the stamp reader did not list itself
        ("en", "Last modified : March 3 , 2024 6:05 pm The council voted on Tuesday to close the bridge ."),
        ("fr", "Mis en ligne le 3 mars 2024 à 18h05\nLe conseil a voté mardi la fermeture du pont."),
        ("de", "Erschienen am 3. März 2024, 18:05 Uhr Der Rat hat am Dienstag die Schließung der Brücke beschlossen."),
        ("pl", "Data aktualizacji: 03.03.2024, 18:05 Rada we wtorek przegłosowała zamknięcie mostu."),
        ("cs", "Poslední aktualizace: 3. března 2024 18:05 Rada v úterý odhlasovala uzavření mostu."),
        ("sl", "Zadnja posodobitev: 3. marca 2024 ob 18.05 Svet je v torek izglasoval zaprtje mostu."),
        ("ru", "Дата обновления: 3 марта 2024, 18:05 Совет во вторник проголосовал за закрытие моста."),
        ("uk", "Дата оновлення: 3 березня 2024, 18:05 Рада у вівторок проголосувала за закриття мосту."),
        ("bg", "Последна промяна: 3 март 2024, 18:05 Съветът във вторник гласува затварянето на моста."),
        # an update label between a date and a clock: a long word is no two short words gluing them into one stamp
        # that the label inside it did not open
        ("en", "Nora K — March 3 , 2024 — updated 6:02 pm The council voted on Tuesday to close the bridge ."),
        ("fr", "Claire Martin — 3 mars 2024 — actualisé à 9h07 Le conseil a voté mardi la fermeture du pont."),
    ],
)
def test_a_publication_label_opens_a_stamp(lang: str, text: str) -> None:
    days = _days(text, lang)
    assert not [d for d in days if d.startswith(("2024-03-03", "2024-03-04"))], days
    assert "2024-03-05" in days, days


@pytest.mark.parametrize("lang", LANGS)
def test_each_stamp_word_is_listed_once(lang: str) -> None:
    """The stamp's own labels and buttons repeat no publication label of clean.py ("Posted", "Mis à jour")."""
    page, data = language_data(lang, "clean"), language_data(lang, "timex")
    sources = [*page.PUBLISHED_LABELS, *page.UPDATED_LABELS]  # type: ignore[union-attr]
    own = [*data.STAMP_LABELS, *data.STAMP_MARKS]  # type: ignore[union-attr]
    repeated = [w for w in own for src in sources if re.fullmatch(src, w, re.IGNORECASE)]
    assert not repeated, repeated
    assert len({w.lower() for w in own}) == len(own)
