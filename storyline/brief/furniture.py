"""Site furniture a story's articles repeat word for word: teasers of other articles, legal notices, comment rules.

Scraped pages keep lines of their site's template that the per-article cleaning (`storyline.clean`) cannot
tell from body text: "España exigirá una PCR negativa …" (another article's headline in a sidebar), "Queda
prohibida toda reproducción sin permiso escrito …", "Sólo se mostrarán los mensajes moderados …". Repeated in
every article of a site, they had become the summary of a story on the 2011 Egyptian protests (each copy
counted as corroboration) and "contradicted" claims (article 32.1 vs 33.1 of a copyright law).

A line is furniture when it recurs word for word in at least `MIN_PAGES` different pages (URLs; an updated
version of an article is the same page) that were published on at least `MIN_DAYS` different days: news is
not retold word for word day after day, a template is. A wire agency's sentence that several outlets carry on
the day of the news stays. Lines of fewer than `MIN_LINE_STEMS` word stems ("Mundo") are left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from storyline.brief.claims import fold_tokens
from storyline.model import Article

MIN_PAGES = 3
MIN_DAYS = 3
MIN_LINE_STEMS = 2
_LINE = re.compile(r"[^\n]+")


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def furniture_spans(articles: Iterable[Article]) -> dict[str, list[tuple[int, int]]]:
    """Article id -> (start, end) of its lines that are site furniture (see the module docstring)."""
    lines: dict[str, list[tuple[int, int, str]]] = {}
    pages: dict[str, set[str]] = defaultdict(set)
    days: dict[str, set[date]] = defaultdict(set)
    for art in articles:
        own = [(m.start(), m.end(), _key(m.group())) for m in _LINE.finditer(art.text)]
        lines[art.id] = [ln for ln in own if ln[2]]
        if art.published.value is None:
            continue
        for key in {key for _s, _e, key in lines[art.id]}:
            pages[key].add(art.url or art.id)
            days[key].add(art.published.value.date())
    furniture = {
        key
        for key, where in pages.items()
        if len(where) >= MIN_PAGES
        and len(days[key]) >= MIN_DAYS
        and sum(not t.isdigit() for t in fold_tokens(key)) >= MIN_LINE_STEMS
    }
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, own in lines.items():
        spans = [(s, e) for s, e, key in own if key in furniture]
        if spans:
            out[aid] = spans
    return out
