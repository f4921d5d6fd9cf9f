"""Test helpers for page time stamps: an article of a neutral lead and the given lines, published on a Thursday, and
the days of its dated events."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.events import article_events
from storyline.model import Article, DateSource, Span, Timestamp
from storyline.sentences import split_sentences
from storyline.timex import timex_stage

# Thursday 7 March 2024: the stamps say Sunday 3 March; the news happened on Tuesday 5 March.
PUBLISHED = datetime(2024, 3, 7, 12, tzinfo=UTC)
LEAD = {
    "en": "The council met for six hours in the town hall.",
    "fr": "Le conseil a siégé six heures à la mairie.",
    "es": "El consejo se reunió seis horas en el ayuntamiento.",
    "it": "Il consiglio si è riunito per sei ore in municipio.",
    "de": "Der Rat tagte sechs Stunden lang im Rathaus.",
    "pl": "Rada obradowała przez sześć godzin w ratuszu.",
    "cs": "Rada zasedala šest hodin na radnici.",
    "sl": "Svet je zasedal šest ur na mestni hiši.",
    "ru": "Совет заседал шесть часов в мэрии.",
    "uk": "Рада засідала шість годин у мерії.",
    "bg": "Съветът заседава шест часа в кметството.",
}


def event_days(text: str, lang: str) -> list[str]:
    """The values of the article's dated events (a neutral lead first: a stamp at the very top is a dateline)."""
    text = LEAD[lang] + "\n" + text
    article = Article(text=text, raw_text=text, language=lang, published=Timestamp(PUBLISHED, DateSource.MANIFEST))
    article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    article.set_layer("mention", [])
    timex_stage(article)
    return [e.value for e in article_events(article)]
