"""Quotations of a text as plain rows, for the tests of the quotes stage on real-news shapes."""

from __future__ import annotations

from typing import Any

from storyline.model import Article
from storyline.pipeline import default_pipeline


def quote_rows(text: str, lang: str) -> list[dict[str, Any]]:
    """Content, cue, speaker words, label and stance flag (a position, not speech) of each quotation the sentences,
    mentions and quotes stages find."""
    article = Article(text=text, language=lang)
    for st in default_pipeline().stages:
        if st.name in ("sentences", "mentions", "quotes"):
            st.func(article)
    rows = []
    for q in article.spans("quote"):
        a = q.attrs
        rows.append(
            {
                "content": text[q.start : q.end],
                "cue": text[a["cue"][0] : a["cue"][1]] if a["cue"] else None,
                "speaker": text[a["speaker"][0] : a["speaker"][1]] if a["speaker"] else None,
                "label": a["speaker_label"],
                "stance": bool(a.get("stance")),
            }
        )
    return rows


def speaker_label(text: str, lang: str, content: str) -> str | None:
    """The speaker label of the one quotation of `text` whose content starts with `content`."""
    rows = [q for q in quote_rows(text, lang) if q["content"].startswith(content)]
    assert len(rows) == 1, rows
    return rows[0]["label"]
