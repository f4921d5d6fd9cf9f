"""Dated events as a timeline reader judges them on real news (French, Spanish, Italian web pages).

Each case is shaped on an event that came out wrong in a hand-read sample of the shared CL-TLS collections (see
/work/briefs/audit_time4.md): a page's publication line, a citation, a banner or a period's two ends made events
that no timeline should show. The sentences are our own; the news sentence beside each still makes its event.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.events import article_events, is_banner
from storyline.model import Article, DateSource, Span, Timestamp
from storyline.sentences import split_sentences
from storyline.timex import timex_stage

PUBLISHED = datetime(2012, 9, 24, 12, 0, tzinfo=UTC)  # a Monday


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    article = Article(text=text, raw_text=text, language=lang, published=Timestamp(PUBLISHED, DateSource.MANIFEST))
    article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    article.set_layer("mention", [])
    timex_stage(article)
    return [(e.value, e.timex_text) for e in article_events(article)]


# (language, text, expected (value, words) of every event)
# fmt: off
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a page's publication and update line is when the page was written, not news
    ("fr", "Par Claire Martin (Le Caire, correspondance) Publié le 24 septembre 2012 à 12h40 - Mis à jour le 24 "
           "septembre 2012 à 12h50\nLa police a dispersé les manifestants vendredi 21 septembre devant l'ambassade.",
     [("2012-09-21", "vendredi 21 septembre")]),
    ("it", "Questo contenuto è stato inserito il Settembre 24, 2012 ore 12:43 pm nelle categorie Flash News.\n"
           "Questo articolo è stato pubblicato il 24 settembre 2012 alle ore 11:52.\n"
           "La polizia ha sgomberato la piazza il 21 settembre, dopo tre giorni di sit-in.",
     [("2012-09-21", "21 settembre")]),
    ("es", "Por la redacción de El Mundo en Madrid. Publicado el 24 de septiembre de 2012 a las 12:40 por la redacción "
           "de El Mundo\nLa policía dispersó a los manifestantes el 21 de septiembre frente a la embajada.",
     [("2012-09-21", "21 de septiembre")]),
    # ... while a report published on a day is news of that day
    ("fr", "Le rapport publié le 21 septembre accuse la police d'avoir tiré sur la foule.",
     [("2012-09-21", "21 septembre")]),
    # a citation's date closing a bracket, or after "cfr.", is when a book or article came out
    ("it", "Il più significativo è probabilmente La rivoluzione egiziana di Ala Al-Aswani (Feltrinelli, 2011).\n"
           "Anche Sonia Serra ha raccontato l'Egitto in rivolta in un libro (Edizioni Ananke, 2011).\n"
           "Nel 2011 il numero dei turisti è sceso del 30% rispetto all'anno precedente.",
     [("2011", "2011")]),
    ("it", "I militari hanno investito le persone in piazza (cfr. AsiaNews 12/10/2011 L'Egitto sotto shock per il "
           "massacro) e la corte ha condannato due copti il 4 settembre.",
     [("2012-09-04", "4 settembre")]),
    ("es", "Las mujeres de Taiz marcharon el 4 de octubre de 2011 contra los bombardeos de la ciudad.\n"
           "Global Voices Online, 7 oct, 2011: Yemen: Festejos por el premio Nobel de la Paz",
     [("2011-10-04", "4 de octubre de 2011")]),
    # a banner written all in capitals is the page's, not news
    ("it", "GRAZIE PER AVER GIÀ LETTO XX ARTICOLI QUESTO MESE.\nIl 12 settembre la polizia ha arrestato 30 persone "
           "al Pireo.",
     [("2012-09-12", "12 settembre")]),
    # the same moment restated in brackets in another clock is one event
    ("fr", "Nous donnons à Mohamed Morsi jusqu'à mardi 25 septembre à 17H00 (15H00 GMT) pour quitter le pouvoir, a "
           "affirmé Tamarrod.",
     [("2012-09-25T17:00", "mardi 25 septembre à 17H00")]),
    ("es", "El presidente se reúne a partir de las 15:30 hora local (21:30 hora española) con su equipo de seguridad.",
     [("2012-09-24T15:30", "las 15:30 hora")]),
    # a period's two years are no two events; a year of its own still is
    ("fr", "Pendant son mandat (1956-1970, avant la République arabe unie), il a parodié les Frères musulmans.\n"
           "Entre 1979 et 1995, il a gravi tous les échelons de la confrérie.\nEn 1997, il a pris la présidence.",
     [("1997", "1997")]),
    ("it", "Tra il 2008 e il 2010 la crisi ha colpito il paese. Nel 2011 le proteste hanno sconvolto il regno.",
     [("2011", "2011")]),
    ("es", "Entre 1979 y 1995 fue ministro de Defensa. En 2005 fue elegido presidente por última vez.",
     [("2005", "2005")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_real_news_events(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


def test_a_banner_is_written_in_capitals_not_in_digits() -> None:
    assert is_banner("GRAZIE PER AVER GIÀ LETTO XX ARTICOLI QUESTO MESE.")
    assert is_banner("ЗАЯВЛЕНИЕ МИД РОССИИ ОТ 5 МАЯ")
    assert not is_banner("08/07 15:57 - 10:40 -")  # a comment thread's stamps: no letters, no banner
    assert not is_banner("Il 12 settembre la polizia ha arrestato 30 persone.")


def test_a_clock_before_its_day_is_one_event_on_that_day() -> None:
    """'at 1653 local time on Tuesday' (Timeline17 Haiti, published Wednesday): the clock had taken the publication
    day and the day made a second event; now one event, on Tuesday, to the minute."""
    from datetime import UTC, datetime

    from storyline.events import article_events
    from storyline.model import Article, DateSource, Span, Timestamp
    from storyline.sentences import split_sentences
    from storyline.timex import timex_stage

    text = "The quake struck at 1653 local time on Tuesday, killing thousands in the capital."
    art = Article(text=text, raw_text=text, language="en")
    art.published = Timestamp(datetime(2010, 1, 13, 12, tzinfo=UTC), DateSource.MANIFEST)
    art.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, "en")])
    timex_stage(art)
    assert [e.value for e in article_events(art)] == ["2010-01-12T16:53"]
