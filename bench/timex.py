"""Benchmark the "timex" stage and the "events" extraction, per article.

    python bench/timex.py [--articles 2000] [--json]

Articles are the demo corpus (examples/corpus text/JSONL), the shared seeds and the TempEval-3 dev
documents when present, each analysed once before timing (sentences), then cycled with alternating
anchors (dated / undated) so both code paths are timed. Reports articles per CPU second (and per wall
second) for the timex stage alone and with event extraction, mean characters per article, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from storyline.events import article_events  # noqa: E402
from storyline.model import Article, Span, Timestamp  # noqa: E402
from storyline.sentences import split_sentences  # noqa: E402
from storyline.timex import timex_stage  # noqa: E402


def sample_articles() -> list[tuple[str, str]]:
    """(text, language) pairs from the demo corpus, the seeds and TempEval-3 dev."""
    found: list[tuple[str, str]] = []
    for path in sorted((REPO / "examples" / "corpus" / "jsonl").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("text") and record.get("language"):
                found.append((record["text"], record["language"]))
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        found.append((path.read_text(encoding="utf-8"), "pl" if path.name.startswith("002") else "en"))
    tempeval = SHARED / "eval" / "tempeval3" / "documents.jsonl"
    if tempeval.is_file():
        for line in tempeval.read_text(encoding="utf-8").splitlines()[:200]:
            found.append((json.loads(line)["text"], "en"))
    if not found:
        raise SystemExit("no sample articles: add examples/corpus or ../shared")
    return found


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    samples = sample_articles()
    prepared = []
    for i, (text, lang) in enumerate(samples):
        published = Timestamp(datetime(2026, 1, 8, 12, tzinfo=UTC)) if i % 2 == 0 else Timestamp()
        article = Article(text=text, language=lang, published=published)
        article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
        prepared.append(article)
    timex_stage(prepared[0])  # grammar compilation is a one-off, not per article
    n = args.articles
    # CPU time of this process: on a shared machine wall time measures the neighbours too
    start, wall = time.process_time(), time.perf_counter()
    for i in range(n):
        timex_stage(prepared[i % len(prepared)])
    stage_s, stage_wall = time.process_time() - start, time.perf_counter() - wall
    start = time.process_time()
    events = 0
    for i in range(n):
        article = prepared[i % len(prepared)]
        timex_stage(article)
        events += len(article_events(article))
    both_s = time.process_time() - start
    figures = {
        "articles": n,
        "distinct_articles": len(prepared),
        "mean_chars": round(sum(len(a.text) for a in prepared) / len(prepared)),
        "timex_articles_per_cpu_s": round(n / stage_s, 1),
        "timex_articles_per_wall_s": round(n / stage_wall, 1),
        "timex_plus_events_articles_per_cpu_s": round(n / both_s, 1),
        "events_per_article": round(events / n, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>34}: {value}")


if __name__ == "__main__":
    main()
