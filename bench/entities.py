"""Benchmark of the entity stages: articles/s of "mentions" and of the "entities" corpus step, peak RSS.

    python bench/entities.py --data ../shared/eval/slavicner/documents.jsonl --per-lang 100
    STORYLINE_ENTITY_RECOGNIZER=fast python bench/entities.py --per-lang 100   # the tagger for English too

Loads every shipped language's recogniser (spaCy for English, the bundled tagger, dictionaries,
gazetteers, base-form rules) and the name-embedding model of translated-name links before timing, so the peak RSS is that of a process with all languages loaded. English articles come
from ../shared/seeds when present. Not a test: it prints JSON.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

import click

from storyline.entities.recognize import find_mentions_batch
from storyline.entities.translated import warm
from storyline.evaluate.entities import select
from storyline.langs import available_languages
from storyline.model import Article, Span
from storyline.store import open_store


@click.command()
@click.option(
    "--data", "data_path", type=click.Path(path_type=Path), default=Path("../shared/eval/slavicner/documents.jsonl")
)
@click.option("--per-lang", default=100, show_default=True, help="Documents per SlavicNER language.")
@click.option(
    "--seeds", type=click.Path(path_type=Path), default=Path("../shared/seeds"), help="English/Polish seed texts."
)
@click.option("--batch", default=64, show_default=True)
def main(data_path: Path, per_lang: int, seeds: Path, batch: int) -> None:
    """Time the mentions stage and the linking step; print JSON."""
    items: list[tuple[str, str]] = (
        [(d["text"], d["lang"]) for d in select(data_path, limit=per_lang)] if data_path.is_file() else []
    )
    if seeds.is_dir():
        en = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
        items += [(t, "en") for t in en] * max(1, per_lang // max(len(en), 1))
    if not items:
        sys.exit("no input: pass --data with SlavicNER documents.jsonl or --seeds with .txt files")
    # every shipped language, not only those of the input: the peak RSS is that of a process that has
    # loaded every analyser, dictionary and model the stage can use
    l0 = time.process_time()
    find_mentions_batch([("Warszawa i Kijów, Berlin und Paris.", lang, None) for lang in available_languages()])
    warm()  # the name-embedding model of translated-name links (storyline/entities/translated.py)
    load_cpu = time.process_time() - l0
    t0 = time.perf_counter()
    c0 = time.process_time()
    found = []
    for i in range(0, len(items), batch):
        found += find_mentions_batch([(t, lang, None) for t, lang in items[i : i + batch]])
    mention_s = time.perf_counter() - t0
    mention_cpu = time.process_time() - c0
    store = open_store(":memory:")
    ids = []
    for n, ((text, lang), ms) in enumerate(zip(items, found, strict=True)):
        a = Article(text=text, language=lang, id=f"bench-{n}")
        a.set_layer("mention", [Span(m.start, m.end, "mention", m.attrs()) for m in ms])
        store.put_article(a)
        ids.append(a.id)
    from storyline.entities.link import link_articles

    t1 = time.perf_counter()
    c1 = time.process_time()
    link_articles(store, ids)
    link_s = time.perf_counter() - t1
    link_cpu = time.process_time() - c1
    langs: dict[str, int] = {}
    for _, lang in items:
        langs[lang] = langs.get(lang, 0) + 1
    print(
        json.dumps(
            {
                "articles": len(items),
                "recognizer": os.environ.get("STORYLINE_ENTITY_RECOGNIZER", "accurate"),
                "load_cpu_s": round(load_cpu, 2),
                "languages": langs,
                "chars_per_article": round(sum(len(t) for t, _ in items) / len(items)),
                "mentions_articles_per_s": round(len(items) / mention_s, 1),
                # per CPU-second: what one core gives when the machine is not shared (one stage = one core)
                "mentions_articles_per_cpu_s": round(len(items) / mention_cpu, 1),
                "entities_step_articles_per_s": round(len(items) / link_s, 1),
                "entities_step_articles_per_cpu_s": round(len(items) / link_cpu, 1),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
