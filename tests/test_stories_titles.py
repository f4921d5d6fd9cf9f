"""An untitled story's title is a headline stand-in that starts where its article's news starts: no page stamp,
dateline, byline, correction note or share prompt before it (the four largest stories of the end-to-end bench
store were titled "6 January 2011 Last updated at 17:03 GMT Help A US report…", "WASHINGTON | Fri May 1 , 2009
5:03 pm BST WASHINGTON -LRB-…", "This article misstated the first name of …" and "By the CNN Wire Staff …").
The title stays the article's own words."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storyline.stories.catalog import _key_phrase, _title, news_start

BODY = "The well poured millions of gallons of oil into the Gulf of Mexico before being capped ."


def _phrase(first_line: str, lang: str = "en") -> str:
    phrase = _key_phrase(f"{first_line}\n{BODY}", set(), set(), lang)
    assert phrase.rstrip("…") in f"{first_line}\n{BODY}"  # a span of the article's text, never made up
    return phrase


@pytest.mark.parametrize(
    ("line", "lang", "news"),
    [
        # a page stamp with its label and button (BBC)
        (
            "6 January 2011 Last updated at 17:03 GMT Help A US report into the BP oil leak has spread blame .",
            "en",
            "A US report into the BP oil leak",
        ),
        # a dateline, a "|" separated stamp, the dateline again with its agency (Reuters, tokenised)
        (
            "WASHINGTON | Fri May 1 , 2009 5:03 pm BST WASHINGTON -LRB- Reuters -RRB- - The outbreak of a new flu may "
            "not be as severe as it first looked .",
            "en",
            "The outbreak of a new flu",
        ),
        (
            "Sat Apr 25 , 2009 12:51 am BST -LRB- Reuters -RRB- - Health officials around the globe are watching .",
            "en",
            "Health officials around the globe",
        ),
        (
            "ATLANTA | Thu Oct 21 , 2010 12:25 am EDT ATLANTA Oct 21 -LRB- Reuters Legal -RRB- - U.S. environmental "
            "groups filed suit .",
            "en",
            "U.S. environmental groups",
        ),
        ("Tuesday , February 10 , 2009 ; 11:44 AM The Senate voted on the stimulus plan .", "en", "The Senate voted"),
        ("09:27 UK time , Friday , 28 May 2010 The amount has risen again .", "en", "The amount has risen"),
        (
            "updated : Sun Jul 29 2012 08:01:00 Since the start of the Arab spring , prices rose .",
            "en",
            "Since the start of the Arab spring",
        ),
        ("Publié le 12/02/2011 à 18:05 Le gouvernement a annoncé un plan d'aide.", "fr", "Le gouvernement"),
        ("Aktualizacja: 08.01.2026 21:58 Rząd przyjął projekt ustawy.", "pl", "Rząd przyjął"),
        # datelines as running text and tokenised text write them
        ("GRAND ISLE , La. -- The women of Grand Isle are nervous .", "en", "The women of Grand Isle"),
        ("BERLIN (Reuters) - Die Bundesregierung hat am Montag neue Hilfen beschlossen.", "de", "Die Bundesregierung"),
        ("VIENNA — Envoys of Ukraine and Russia met on Monday.", "en", "Envoys of Ukraine"),
        ("-LRB- CNN -RRB- -- The Mubarak regime has been undemocratic and corrupt .", "en", "The Mubarak regime"),
        ("МОСКВА, 15 янв — РИА Новости. Массовая вакцинация россиян стартует 18 января.", "ru", "Массовая вакцинация"),
        # bylines: a desk, a bracketed one, one a dateline or a stamp ends, one a dash ends
        (
            "By the CNN Wire Staff Main opposition party , the Muslim Brotherhood , says 149 members are arrested",
            "en",
            "Main opposition party",
        ),
        (
            "-LRB- By Frank Polich -- Associated Press -RRB- Performance-enhancing drugs may be akin under the skin .",
            "en",
            "Performance-enhancing drugs",
        ),
        (
            "By Shailagh Murray and Paul Kane TOLEDO , Ohio -- Determined to keep the spotlight on the economy",
            "en",
            "Determined to keep",
        ),
        (
            "By Dan Primack February 2 , 2011 : 2:24 PM ET One day before Egyptians took to the streets",
            "en",
            "One day before Egyptians",
        ),
        (
            "By Tarek Osman , Special to CNN Egypt protests represent significant challenge to Mubarak regime",
            "en",
            "Egypt protests represent",
        ),
        (
            "Par Jean Dupont — Le gouvernement a annoncé lundi un plan d'aide aux agriculteurs.",
            "fr",
            "Le gouvernement a annoncé",
        ),
        ("Von Anna Schmidt | Die Landwirte protestieren in Berlin gegen das Abkommen.", "de", "Die Landwirte"),
        ("Автор: Иван Петров | Правительство одобрило законопроект.", "ru", "Правительство одобрило"),
    ],
)
def test_the_key_phrase_starts_where_the_news_starts(line: str, lang: str, news: str) -> None:
    """A page stamp, a dateline or a byline opening an untitled article's first line is passed over."""
    assert _phrase(line, lang).startswith(news)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a correction or editor's note, a share prompt: the next line has the news
        ("This article misstated the first name of James B. Lockhart III , the head of the agency .", "en"),
        ("A previous version of this edited transcript omitted part of John Williamson 's answer .", "en"),
        ("Correction: An earlier version of this story gave the wrong date.", "en"),
        ("Copy the URL and paste into your emails or Tweets , or post on your favorite sites .", "en"),
        ("Sprostowanie: w poprzedniej wersji artykułu podaliśmy błędną datę.", "pl"),
        ("Korrektur: In einer früheren Version dieses Artikels stand ein falscher Name.", "de"),
        ("Исправление: в предыдущей версии статьи была указана неверная дата.", "ru"),
        ("Fe de errores: una versión anterior de esta noticia daba otra cifra.", "es"),
        # a stamp or a byline alone on its line
        ("Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54", "it"),
        ("miércoles 11 de noviembre, 2020", "es"),
        ("Автор: Иван Петров", "ru"),
        ("Autor: Jan Kowalski", "pl"),
        ("автор:Дума", "bg"),
        ("От: Агенция Монитор (66497)", "bg"),
        ("Автор: news.bg", "bg"),
        # a stamp and the author's name after it
        ("05 ноября 2020 21:40 Денис Давыдов, Валентин Богданов", "ru"),
    ],
)
def test_a_line_without_news_is_passed_over(line: str, lang: str) -> None:
    """A line that holds a note, a prompt, a stamp or a byline alone gives no title: the next line does."""
    assert _phrase(line, lang).startswith("The well poured millions")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("By Tuesday , the company had lost half its value .", "en"),  # a time, no author
        ("By contrast , for Obama the deal is a victory .", "en"),  # a sentence, no desk
        ("2011 was a year of protest across the Arab world .", "en"),  # a year that is the news
        ("Par ailleurs , le gouvernement a annoncé un plan .", "fr"),
        ("Von den 500 Passagieren wurden 20 verletzt.", "de"),
        ("EDGAR HERNANDEZ - FIRST CONFIRMED CASE Edgar Hernandez says he now feels fine .", "en"),
        ("Ukraine and Russia sit down in Vienna as envoys push for a ceasefire", "en"),
    ],
)
def test_news_that_looks_like_furniture_stays(line: str, lang: str) -> None:
    """Only what is certainly a stamp, dateline or byline is passed over."""
    assert news_start(line, lang) == (0, True)
    assert _phrase(line, lang) == _key_phrase(line, set(), set(), lang)


@pytest.mark.parametrize("label", ["Webcafe", "Атанаска Маркова"])
def test_a_name_after_a_line_without_news_is_passed_over(label: str) -> None:
    """After a page stamp alone on its line, a line of a few capitalised words and no full stop is the author's or
    the site's name ("22.11.2020", "Webcafe"), not the news."""
    assert _key_phrase(f"22.11.2020\n{label}\n{BODY}", set(), set(), "bg").startswith("The well poured millions")


def test_a_byline_whose_end_is_unclear_is_uncertain() -> None:
    """ "by : Phil Keating His name is Jack": the name may end after "Keating" or after "His"."""
    assert news_start("July 29 , 2010 - 8:50 AM | by : Phil Keating His name is Jack , not Noah .", "en")[1] is False
    assert news_start("By Richard Black Environment correspondent , BBC News Vast amounts of methane", "en")[1] is False


def _rows(first_lines: list[str]) -> list[dict[str, object]]:
    return [
        {
            "article_id": f"a{i}",
            "title": None,
            "language": "en",
            "url": f"https://example.com/{i}",
            "published_at": f"2010-07-{10 + i:02d}T12:00:00+00:00",
            "text": f"{first}\n{BODY}",
        }
        for i, first in enumerate(first_lines)
    ]


def test_the_title_prefers_a_central_member_whose_phrase_is_clean() -> None:
    """The member nearest the centroid opens with a byline whose end is unclear: the next nearest, whose news
    starts after its dateline, names the story."""
    rows = _rows(
        [
            "July 29 , 2010 - 8:50 AM | by : Phil Keating His name is Jack , not Noah , but his mission is the same .",
            "HOPEDALE , La. -- In a way , they are the invisible victims of the BP oil disaster .",
            "NEW ORLEANS -- Oil from BP 's blown out well is seeping into the marshes .",
        ]
    )
    vectors = [np.array([1.0, 0.0]), np.array([0.9, 0.1]), np.array([0.0, 1.0])]
    feats = {r["article_id"]: SimpleNamespace(vector=v) for r, v in zip(rows, vectors, strict=True)}
    title, lang = _title(rows, feats, None)
    assert title.startswith("In a way , they are the invisible victims") and lang == "en"


def test_an_untitled_story_of_one_article_is_named_by_its_clean_line() -> None:
    """With no other member, a first line whose byline cannot be told from the news gives way to the next line."""
    title, _lang = _title(
        _rows(["By Richard Black Environment correspondent , BBC News Vast amounts of methane"]), {}, None
    )
    assert title.startswith("The well poured millions")


def test_a_titled_story_keeps_its_headline() -> None:
    """A member's headline is the story's title as before."""
    rows = _rows(["By the CNN Wire Staff Main opposition party says 149 members are arrested"])
    rows[0]["title"] = "Egypt arrests opposition members"
    assert _title(rows, {}, None) == ("Egypt arrests opposition members", "en")
