"""Stored quotations as rows: who said what, in which article, filtered by speaker, language, article."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from storyline.model import Article, Span
from storyline.store import ArticleFilter, Store
from storyline.store.fold import fold

# (entity id, canonical name, spellings) of the entities a listing has looked up, by the id a mention links to:
# a head of state speaks in thousands of articles, and his names are read once per listing (`list_quotes`).
Names = dict[str, tuple[str, str, list[str]]]


def _speaker_entity(
    store: Store, article: Article, mention: list[int] | None, looked_up: Names | None = None
) -> tuple[str | None, str | None, list[str]]:
    """(entity id, canonical name, every spelling) of the entity a speaker's `mention` [s, e] belongs to."""
    if not mention:
        return None, None, []
    try:
        from storyline.entities import entity_at, entity_names
    except ImportError:  # the entities stage is optional: speakers then match by their words
        return None, None, []
    entity_id = entity_at(store, article.id, mention[0], mention[1])
    if entity_id is None:
        return None, None, []
    if looked_up is None:
        looked_up = {}
    if entity_id not in looked_up:
        looked_up[entity_id] = entity_names(store, entity_id)
    eid, name, spellings = looked_up[entity_id]
    return eid, name, [name, *spellings]


def _joint_speakers(
    store: Store, article: Article, quote: Span, looked_up: Names | None = None
) -> list[dict[str, Any]]:
    """Each speaker of a joint statement (`speaker_mentions`: "Chuck Schumer and Nancy Pelosi said") as
    {"name", "entity", "spellings"}: the entity's name, else the mention's words; empty for one speaker."""
    joint = quote.attrs.get("speaker_mentions")
    if not isinstance(joint, list) or len(joint) < 2:
        return []
    out = []
    for mention in joint:
        entity_id, name, spellings = _speaker_entity(store, article, mention, looked_up)
        out.append({"name": name or _text(article, mention), "entity": entity_id, "spellings": spellings})
    return out


def _text(article: Article, span: list[int] | None) -> str | None:
    return article.text[span[0] : span[1]] if span else None


def quote_parts(quote: Span) -> list[tuple[int, int]]:
    """The character spans of a quotation's own words: its pieces when an attribution interrupts it (the
    `parts` attribute of “A,” she said. “B.”), else its whole span (what a briefing should cite)."""
    parts = quote.attrs.get("parts")
    if parts:
        return [(int(s), int(e)) for s, e in parts]
    return [(quote.start, quote.end)]


def quote_content(article: Article, quote: Span) -> str:
    """A quotation's words: its pieces joined by an ellipsis when an attribution interrupts it
    (“A,” she said. “B.” is shown as "A, … B."), else its span's text."""
    return " … ".join(article.text[s:e] for s, e in quote_parts(quote))


def _matches(query: str, names: list[str]) -> bool:
    words = fold(query).split()
    return any(words and all(w in fold(name).split() for w in words) for name in names if name)


def quote_rows(
    store: Store, article: Article, speaker: str | None = None, looked_up: Names | None = None
) -> list[dict[str, Any]]:
    """The quote rows of one stored article (only those whose speaker matches `speaker`, when given); `looked_up`
    keeps the entities' names read across calls."""
    rows = []
    for quote in article.spans("quote"):
        attrs = quote.attrs
        entity_id, entity_name, spellings = _speaker_entity(store, article, attrs.get("speaker_mention"), looked_up)
        joint = _joint_speakers(store, article, quote, looked_up)
        speaker_text = _text(article, attrs.get("speaker"))
        names = [
            *spellings,
            *(form for one in joint for form in [one["name"] or "", *one["spellings"]]),
            attrs.get("speaker_label") or "",
            speaker_text or "",
            _text(article, attrs.get("speaker_mention")) or "",
        ]
        if speaker and not _matches(speaker, names):
            continue
        shown = entity_name or attrs.get("speaker_label") or speaker_text
        label, named = attrs.get("speaker_label"), _text(article, attrs.get("speaker_mention"))
        if joint:
            # every speaker by the entity's name where the entities step linked them all, else the label that
            # names them all in the article's words ("Чак Шумер і Ненсі Пелосі")
            linked = all(one["entity"] for one in joint)
            shown = ", ".join(str(one["name"]) for one in joint) if linked else label or speaker_text
        elif entity_name and label and named and named != label and named in label:
            # "his office" resolved to Zelensky's mention: the office speaks ("office of Volodymyr Zelensky"), not he.
            shown = label.replace(named, entity_name)
        speakers = [{"name": one["name"], "entity": one["entity"]} for one in joint] or (
            [{"name": shown, "entity": entity_id}] if shown else []
        )
        rows.append(
            {
                "article_id": article.id,
                "language": article.language,
                "published": article.published.value.isoformat() if article.published.value else None,
                # a learned attribution by a verb that is no reporting verb is a stance, not speech (extract.py)
                "kind": "stance" if attrs.get("stance") else attrs.get("kind"),
                "speaker": shown,
                "speaker_text": speaker_text,
                "speaker_entity": entity_id,
                # each speaker with its entity: several for a joint statement ("Chuck Schumer and Nancy Pelosi said")
                "speakers": speakers,
                "source_kind": attrs.get("source_kind"),
                # the medium that carried the speaker's words ("X, quoted by Reuters")
                "quoted_by": _text(article, attrs.get("speaker_via")),
                "cue": _text(article, attrs.get("cue")),
                "content": quote_content(article, quote),
                "parts": attrs.get("parts"),
                "start": quote.start,
                "end": quote.end,
            }
        )
    return rows


def list_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    lang: str | None = None,
    article_id: str | None = None,
    kinds: Collection[str] = (),
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotations stored in `store`, in publication order, filtered by speaker name, language, article or kind
    (direct, reported, stance); the first `limit` of them when given (a page of a large store stops reading
    articles there)."""
    articles: Iterable[Article]
    if article_id:
        articles = [store.get_article(article_id)]
    else:  # one article in memory at a time
        articles = store.iter_articles([row["id"] for row in store.list_articles(ArticleFilter(language=lang))])
    looked_up: Names = {}
    rows: list[dict[str, Any]] = []
    for article in articles:
        if lang and article.language != lang:
            continue
        rows.extend(r for r in quote_rows(store, article, speaker, looked_up) if not kinds or r["kind"] in kinds)
        if limit is not None and len(rows) >= limit:
            return rows[:limit]
    return rows
