"""Benchmark of the briefing: seconds to brief a 500-article story after ingest, and peak RSS.

    python bench/brief.py --data ../shared/eval/timeline17/bpoil/articles.jsonl --articles 500
    python bench/brief.py --data ../shared/eval/cl_tls/egypt/articles.jsonl \
        --data ../shared/eval/timeline17/EgyptianProtest/articles.jsonl --articles 500   # es/fr/it + en

Ingests the first N non-empty articles (publication order, outlets from their source folder; several
collections are mixed into one multilingual story) into a fresh store, then times `build_briefing` of all
of them as one story (`all`, so the figure does not depend on how the stories stage clusters them) plus
rendering HTML and JSON: cold without the exact-model check, cold with it (no cached sentence vectors),
and warm. Wall and CPU seconds, with the load average (the machine is shared). The embedding models'
one-off load is reported apart. Not a test: it prints JSON.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click

from storyline.brief.build import build_briefing
from storyline.brief.html import to_html
from storyline.brief.render import to_json
from storyline.ingest import ingest
from storyline.store import open_store

MAX_CHARS = 20_000  # web-page dumps of hundreds of thousands of characters are not news articles


def _rows(paths: tuple[Path, ...], n: int) -> list[dict[str, Any]]:
    """The first N usable articles of each collection in turn, in publication order (N in all)."""
    per_file = []
    for path in paths:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        rows = [r for r in rows if r.get("text", "").strip() and len(r["text"]) <= MAX_CHARS]
        rows.sort(key=lambda r: (r["date"], r["id"]))
        per_file.append(rows)
    share = -(-n // len(per_file))
    out = [r for rows in per_file for r in rows[:share]]
    if len(out) < n:  # a small collection leaves room for more of the others
        taken = {r["id"] for r in out}
        out += [r for rows in per_file for r in rows if r["id"] not in taken][: n - len(out)]
    return sorted(out[:n], key=lambda r: (r["date"], r["id"]))


def _timed(store: Any, since: str, exact: bool) -> tuple[dict[str, float], Any]:
    began, cpu = time.perf_counter(), time.process_time()
    brief = build_briefing(store, "all", since=since, record=False, exact=exact)
    built, built_cpu = time.perf_counter() - began, time.process_time() - cpu
    to_html(brief), to_json(brief)
    timing = {
        "build_s": round(built, 2),
        "build_cpu_s": round(built_cpu, 2),
        "render_s": round(time.perf_counter() - began - built, 2),
    }
    return timing, brief


def _clear_vectors(store: Any) -> None:
    with store.atomic():
        store.execute("DELETE FROM brief_sentence_vectors")


@click.command()
@click.option(
    "--data",
    "data_paths",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    default=[Path("../shared/eval/timeline17/bpoil/articles.jsonl")],
    show_default=True,
    help="Article collection(s) (JSONL); several are mixed into one multilingual story.",
)
@click.option("--articles", "n", default=500, show_default=True, help="Articles in the story.")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Keep the ingested store here; a store that already holds the articles is reused (no ingest).",
)
def main(data_paths: tuple[Path, ...], n: int, db_path: Path | None) -> None:
    """Ingest N articles, brief them as one story, print timings as JSON."""
    rows = _rows(data_paths, n)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        with feed.open("w", encoding="utf-8") as fh:
            for r in rows:
                record = {
                    "id": r["id"],
                    "outlet": r.get("source_folder", "").split("_")[-1] or None,
                    "language": r.get("lang", "en"),
                    "published_at": f"{r['date']}T12:00:00+00:00",
                    "text": r["text"],
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        store = open_store(db_path or Path(tmp) / "bench.db")
        began = time.perf_counter()
        if store.count_articles() < len(rows):
            ingest([feed], store)
        ingest_s = time.perf_counter() - began
        # The embedding models load once per process (a CLI run pays this on top of the cold figures).
        began, cpu = time.perf_counter(), time.process_time()
        from storyline.stories.embed import _e5, embed_texts

        embed_texts(["warm up"]), _e5()
        load = {
            "model_load_s": round(time.perf_counter() - began, 2),
            "model_load_cpu_s": round(time.process_time() - cpu, 2),
        }
        since = rows[len(rows) // 2]["date"]
        _clear_vectors(store)  # a reused store keeps the vectors of the last run: cold means none cached
        no_exact, _ = _timed(store, since, exact=False)
        _clear_vectors(store)
        cold, _ = _timed(store, since, exact=True)
        warm, brief = _timed(store, since, exact=True)  # sentence vectors of both models cached in the store
        html, js = to_html(brief), to_json(brief)
        out = {
            "benchmark": "brief",
            "data": [str(p) for p in data_paths],
            "articles_ingested": store.count_articles(),
            "languages": dict(Counter(a.get("lang", "en") for a in rows)),
            "ingest_s": round(ingest_s, 1),
            "story_articles": brief.header.articles,
            **load,
            "cold_without_exact": no_exact,
            "cold": cold,
            "warm": warm,
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "html_bytes": len(html.encode("utf-8")),
            "json_bytes": len(js.encode("utf-8")),
            "timeline_dates": len(brief.timeline),
            "claims": len(brief.claims),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
