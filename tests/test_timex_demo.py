"""The demo corpus (examples/): its gold time expressions resolve, and its events come out in every language."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from storyline.events import article_events
from storyline.model import Article, DateSource, Span, Timestamp
from storyline.sentences import split_sentences
from storyline.settings import load_settings
from storyline.timex import find_time_expressions, timex_stage

# Share of the gold expressions of each language resolved to the gold value (date part when the gold
# has no clock time); measured: en 34/36, pl 30/32, de 21/22, uk 9/10, fr es it ru cs all right (153/159).
FLOOR = 0.85
SMALL = 5  # languages with fewer gold items only need most of them right


@pytest.fixture(scope="module")
def demo(examples_dir: Path) -> tuple[dict, dict[str, Article]]:
    """expected.json and the demo articles by id, read with the ingest readers."""
    gold_path = examples_dir / "expected.json"
    if not gold_path.is_file():
        pytest.skip("examples/expected.json is not present")
    from storyline.ingest.sources import read_inputs

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    read = [a for a in read_inputs([examples_dir / "corpus"], load_settings()) if isinstance(a, Article)]
    by_id: dict[str, Article] = {}
    for aid, meta in gold["articles"].items():
        url = (meta.get("url") or "").rstrip("/")
        match = [a for a in read if url and (a.url or "").rstrip("/") == url]
        match = match or [a for a in read if a.source.endswith(meta["path"])]
        if match:
            article = match[0]
            article.language = meta["language"]
            if not article.published.known and meta.get("published_at"):  # dated by header or manifest
                article.published = Timestamp(datetime.fromisoformat(meta["published_at"]), DateSource.MANIFEST)
            by_id[aid] = article
    return gold, by_id


def test_gold_time_expressions_resolve_in_every_language(demo: tuple[dict, dict[str, Article]]) -> None:
    gold, articles = demo
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    wrong = []
    for item in gold["time_expressions"]:
        article = articles[item["article"]]
        lang = article.language or ""
        total[lang] += 1
        m = re.search(rf"(?<!\w){re.escape(item['text'])}(?!\w)", article.text)
        assert m, f"{item['text']!r} not in {item['article']}"
        found = find_time_expressions(article.text, lang, date.fromisoformat(item["anchor"]))
        values = {
            e.value if "T" in item["value"] else e.value.split("T")[0]
            for e in found
            if e.start < m.end() and m.start() < e.end
        }
        if item["value"] in values:
            right[lang] += 1
        else:
            wrong.append((lang, item["text"], item["value"], values))
    print("demo time expressions right/total:", {lang: f"{right[lang]}/{n}" for lang, n in sorted(total.items())})
    assert len(total) >= 8, total
    for lang, n in total.items():
        floor = FLOOR if n >= SMALL else 0.5
        assert right[lang] / n >= floor, (lang, right[lang], n, [w for w in wrong if w[0] == lang])


def test_events_come_out_in_every_language(demo: tuple[dict, dict[str, Article]]) -> None:
    gold, articles = demo
    event_dates: dict[str, set[str]] = defaultdict(set)
    gold_dates: dict[str, set[str]] = defaultdict(set)
    for item in gold["time_expressions"]:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["value"]):
            gold_dates[articles[item["article"]].language or ""].add(item["value"])
    for article in articles.values():
        if not article.published.known:
            continue
        lang = article.language or ""
        article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(article.text, lang)])
        timex_stage(article)
        event_dates[lang].update(e.value.split("T")[0] for e in article_events(article))
    for lang, dates in gold_dates.items():
        assert event_dates[lang], f"no events in {lang}"
        share = len(dates & event_dates[lang]) / len(dates)
        assert share >= 0.6, (lang, sorted(dates - event_dates[lang]))
