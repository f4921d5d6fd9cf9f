"""Test helpers for the briefing: an article whose sentences are its lines, and the stances a briefing sees in it."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.brief.actors import index_entities
from storyline.brief.material import Material
from storyline.brief.positions import observe
from storyline.model import Article, Span, Timestamp

DAY = datetime(2026, 3, 14, 9, tzinfo=UTC)


def lines_article(text: str, lang: str, published: datetime = DAY) -> Article:
    """An article whose sentences are its lines."""
    art = Article(text=text, language=lang, published=Timestamp(published))
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line), "sentence", {}))
        pos += len(line) + 1
    art.set_layer("sentence", spans)
    return art


def observed(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(party, issue, stance) of an article whose sentences are its lines."""
    material = Material("t", None, [lines_article(text, lang)])
    return {(o.party, o.issue, o.stance) for o in observe(material, index_entities(material))}
