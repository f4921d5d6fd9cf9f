"""Every per-article stage runs through real articles that once made one fail with an internal error.

Ingest skips an article a stage fails on (and reports it), so such a failure loses the whole article. A sweep of
the default pipeline over the shared eval collections found these; each entry names the collection, the line of
its JSONL and what failed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.pipeline import default_pipeline

FAILED_BEFORE = [
    # the CRF tagger's source "'" ("Let 's see" in tokenised text) made the speaker resolver index no word
    ("timeline17/EgyptianProtest/articles.jsonl", 118),
    ("timeline17/Finan/articles.jsonl", 17),
    # a person mention starting inside a token ("Leahy" of "by the Gramm-Leahy act was")
    ("timeline17/Finan/articles.jsonl", 5),
    # two sources named at one position before a plural verb: sorting them compared two speakers
    ("timeline17/Finan/articles.jsonl", 56),
]


def _record(eval_dir: Path, name: str, line: int) -> dict:
    path = eval_dir / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    with path.open(encoding="utf-8") as fh:
        for k, row in enumerate(fh):
            if k == line:
                return json.loads(row)
    raise AssertionError(f"{path} has no line {line}")


@pytest.mark.parametrize(("name", "line"), FAILED_BEFORE)
def test_every_stage_runs_through_the_article(eval_dir: Path, name: str, line: int) -> None:
    record = _record(eval_dir, name, line)
    article = Article(text=record["text"], language=record.get("lang", "en"))
    for st in default_pipeline().stages:
        st.func(article)
    assert article.spans("sentence")
