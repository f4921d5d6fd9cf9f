"""Stage "timex": time expressions found and normalised to TIMEX3 values.

`find_time_expressions(text, lang, anchor)` is the public entry point; the stage runs it over an
article's cleaned text with the publication time as anchor and writes the `timex` layer (attrs:
`type`, `value`, `anchored`, `granularity`, and `relative` when an undated article leaves a relative
expression unresolved). Grammar words live in `storyline/langs/<iso>/timex.py`.
"""

from __future__ import annotations

from storyline.model import Article
from storyline.pipeline import stage
from storyline.timex.expression import TimeExpression
from storyline.timex.resolve import find_time_expressions

__all__ = ["TimeExpression", "find_time_expressions", "timex_stage"]


@stage("timex", needs={"sentence"}, produces={"timex"})
def timex_stage(article: Article) -> None:
    """Find the article's time expressions, resolved against its publication time when known."""
    expressions = find_time_expressions(article.text, article.language, article.published.value)
    article.set_layer("timex", [e.to_span() for e in expressions])
