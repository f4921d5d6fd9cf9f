"""Site furniture that articles repeat word for word: teasers of other articles, legal notices, comment rules.

Scraped pages keep lines of their site's template that the per-article cleaning (`storyline.clean`) cannot
tell from body text: "España exigirá una PCR negativa …" (another article's headline in a sidebar), "Queda
prohibida toda reproducción sin permiso escrito …", "Sólo se mostrarán los mensajes moderados …". Repeated in
every article of a site, they had become the summary of a story on the 2011 Egyptian protests (each copy
counted as corroboration), "contradicted" claims (article 32.1 vs 33.1 of a copyright law) and the story's
title (an untitled article's first line).

A line is furniture when it recurs word for word in at least `MIN_PAGES` different pages (URLs; an updated
version of an article is the same page) that were published on at least `MIN_DAYS` different days: news is
not retold word for word day after day, a template is. A wire agency's sentence that several outlets carry on
the day of the news stays. Lines of fewer than `MIN_LINE_WORDS` words of four letters or more ("Mundo") are
left alone. Judged over the articles at hand (a story's, or those a timeline lists): the briefing's material
(`storyline.brief.material`), the story's title (`storyline.stories.catalog`) and `storyline timeline` leave
these lines out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from storyline.model import Article

if TYPE_CHECKING:
    from storyline.store import Store

MIN_PAGES = 3
MIN_DAYS = 3
MIN_LINE_WORDS = 2
_LINE = re.compile(r"[^\n]+")
_CHUNK = 500  # article ids per query
COUNTER_WORDS = 6
OPENING_WORDS = 6  # a story's title skips lines whose opening its pages repeat over days
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{4,}")


def line_key(line: str) -> str:
    """A line as compared across pages: case and runs of white space do not count, nor, in a line of at most
    `COUNTER_WORDS` words, its numbers: "Se han publicado 4 comentarios", "12 comments" are one page widget
    (a longer line's numbers are news: "Al menos 29 personas han muerto …" rising day by day)."""
    words = line.casefold().split()
    if len(words) <= COUNTER_WORDS:
        words = [_DIGITS.sub("#", w) for w in words]
    return " ".join(words)


def opening(line: str) -> str:
    """The first `OPENING_WORDS` words of a line's `line_key`: hand-written templates vary their ends ("Este post es
    parte de nuestra cobertura especial de las Protestas en Yemen 2011." / "… especial sobre las Protestas …")."""
    return " ".join(line_key(line).split()[:OPENING_WORDS])


def furniture_keys(pages: Iterable[tuple[str, str, date | None]], keyed: Callable[[str], str] = line_key) -> set[str]:
    """The keys (`line_key`, or `opening`) of the furniture lines among (text, page, publication day) of a story's
    articles."""
    where: dict[str, set[str]] = defaultdict(set)
    days: dict[str, set[date]] = defaultdict(set)
    for text, page, day in pages:
        if day is None:
            continue
        for key in {keyed(m.group()) for m in _LINE.finditer(text)}:
            if key:
                where[key].add(page)
                days[key].add(day)
    return {
        key
        for key, seen in where.items()
        if len(seen) >= MIN_PAGES and len(days[key]) >= MIN_DAYS and len(_WORD.findall(key)) >= MIN_LINE_WORDS
    }


def stored_furniture(store: Store, article_ids: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """`furniture_spans` of stored articles, reading only their text, URL and date (no layers)."""
    ids = list(dict.fromkeys(article_ids))
    rows: list[dict[str, Any]] = []
    for k in range(0, len(ids), _CHUNK):
        chunk = ids[k : k + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows += store.query(f"SELECT id, text, url, published_at FROM articles WHERE id IN ({marks})", chunk)
    keys = furniture_keys((r["text"] or "", r["url"] or r["id"], iso_day(r["published_at"])) for r in rows)
    return _spans(((r["id"], r["text"] or "") for r in rows), keys)


def iso_day(published_at: str | None) -> date | None:
    """The day of a stored ISO 8601 time, or None."""
    try:
        return date.fromisoformat(published_at[:10]) if published_at else None
    except ValueError:
        return None


def _spans(texts: Iterable[tuple[str, str]], keys: set[str]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, text in texts if keys else ():
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text) if line_key(m.group()) in keys]
        if spans:
            out[aid] = spans
    return out


def furniture_spans(articles: Iterable[Article]) -> dict[str, list[tuple[int, int]]]:
    """Article id -> (start, end) of its lines that are site furniture (see the module docstring)."""
    articles = list(articles)
    keys = furniture_keys(
        (a.text, a.url or a.id, a.published.value.date() if a.published.value else None) for a in articles
    )
    return _spans(((a.id, a.text) for a in articles), keys)
