"""Stories: streaming cross-lingual clustering of articles into events inside storylines.

Public API: `articles_of_story`, `story_of_article`, `event_of_article`, `list_stories`, `get_story`,
`assign_articles`, `recluster`, the corrections `merge_stories`, `split_story`, `move_article`, and
`storyline.stories.embed.embed_texts` (fast multilingual sentence vectors). The corpus step "stories"
runs after each ingest batch.
"""

from __future__ import annotations

from storyline.pipeline import corpus_step
from storyline.store import Store
from storyline.stories.assign import assign_articles, recluster
from storyline.stories.catalog import (
    Story,
    StoryEvent,
    StoryMember,
    articles_of_story,
    event_of_article,
    get_story,
    list_stories,
    story_of_article,
    story_summary,
)
from storyline.stories.corrections import merge_stories, move_article, split_story

__all__ = [
    "Story",
    "StoryEvent",
    "StoryMember",
    "articles_of_story",
    "assign_articles",
    "event_of_article",
    "get_story",
    "list_stories",
    "merge_stories",
    "move_article",
    "recluster",
    "split_story",
    "story_of_article",
    "story_summary",
]


@corpus_step("stories")
def stories_step(store: Store, article_ids: list[str]) -> None:
    """Place the newly stored articles into events and storylines (publication order)."""
    assign_articles(store, article_ids)
