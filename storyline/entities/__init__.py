"""Entities: stage "mentions" (names in one article) and corpus step "entities" (one entity per referent).

* `mentions` (per article, needs sentences): layer `mention` with attrs `type` (PER ORG LOC EVT PRO),
  `lemma` (nominative base form) and `lang`; see `recognize.py`.
* `entities` (after each ingest batch): links mentions across articles, languages and scripts into
  canonical entities (`link.py`; translated names by multilingual embeddings in `translated.py`),
  writes `entity_id` into the stored mentions and keeps the `entities`,
  `entity_mentions`, `entity_keys` and `entity_corrections` tables (migration 0002_entities.sql).
* Helpers for other stages: `entity_at`, `get_entity`, `entity_names`, `article_entities`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.entities.db import Entity, article_entities, entity_at, entity_names, find_entities, get_entity
from storyline.model import Article, Span
from storyline.pipeline import corpus_step, stage

if TYPE_CHECKING:
    from storyline.store import Store

__all__ = [
    "Entity",
    "article_entities",
    "entity_at",
    "entity_names",
    "find_entities",
    "get_entity",
    "link_entities",
    "mentions_stage",
]


@stage("mentions", needs={"sentence"}, produces={"mention"})
def mentions_stage(article: Article) -> None:
    """Find person, organisation, place, event and product names with their base forms.

    A people's or a group's noun the recogniser types PER (`Brytyjczykom`, `Američany`, `американцы`: SlavicNER's
    scheme, which `storyline eval entities` scores) is left out of the layer: it names no person, and as one it
    became a quote speaker by fallback ("Jego zdaniem …" → `Brytyjczykom`) and a briefing actor.
    """
    from storyline.entities.recognize import find_mentions

    sentences = [(s.start, s.end) for s in article.sentences]
    found = find_mentions(article.text, article.language, sentences or None)
    article.set_layer("mention", [Span(m.start, m.end, "mention", m.attrs()) for m in found if not m.people])


@corpus_step("entities")
def link_entities(store: Store, article_ids: list[str]) -> None:
    """Link the mentions of newly stored articles to canonical entities (and re-apply corrections)."""
    from storyline.entities.link import link_articles

    link_articles(store, article_ids)
