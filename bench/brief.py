"""Benchmark of the briefing: seconds to brief a 500-article story after ingest, and peak RSS.

    python bench/brief.py --data ../shared/eval/timeline17/bpoil/articles.jsonl --articles 500

Ingests the first N non-empty articles (publication order, outlets from their source folder) into a fresh
store, then times `build_briefing` of all of them as one story (`all`, so the figure does not depend on how
the stories stage clusters them) plus rendering HTML and JSON, cold (no cached sentence vectors) and warm.
Not a test: it prints JSON.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

import click

from storyline.brief.build import build_briefing
from storyline.brief.html import to_html
from storyline.brief.render import to_json
from storyline.ingest import ingest
from storyline.store import open_store

MAX_CHARS = 20_000  # web-page dumps of hundreds of thousands of characters are not news articles


@click.command()
@click.option(
    "--data",
    "data_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=Path("../shared/eval/timeline17/bpoil/articles.jsonl"),
    show_default=True,
)
@click.option("--articles", "n", default=500, show_default=True, help="Articles in the story.")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Keep the ingested store here; a store that already holds the articles is reused (no ingest).",
)
def main(data_path: Path, n: int, db_path: Path | None) -> None:
    """Ingest N articles, brief them as one story, print timings as JSON."""
    rows = [json.loads(line) for line in data_path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r.get("text", "").strip() and len(r["text"]) <= MAX_CHARS]
    rows.sort(key=lambda r: (r["date"], r["id"]))
    rows = rows[:n]
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
        timings = []
        with store.atomic():  # a reused store keeps the vectors of the last run: cold means none cached
            store.execute("DELETE FROM brief_sentence_vectors")
        for _ in range(2):  # cold, then warm (sentence vectors cached in the store)
            began = time.perf_counter()
            brief = build_briefing(store, "all", since=rows[len(rows) // 2]["date"], record=False)
            built = time.perf_counter() - began
            html, js = to_html(brief), to_json(brief)
            timings.append({"build_s": round(built, 2), "render_s": round(time.perf_counter() - began - built, 2)})
        out = {
            "benchmark": "brief",
            "data": str(data_path),
            "articles_ingested": store.count_articles(),
            "ingest_s": round(ingest_s, 1),
            "story_articles": brief.header.articles,
            "cold": timings[0],
            "warm": timings[1],
            "html_bytes": len(html.encode("utf-8")),
            "json_bytes": len(js.encode("utf-8")),
            "timeline_dates": len(brief.timeline),
            "claims": len(brief.claims),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
