"""Benchmark of the "quotes" stage: articles/s (wall and CPU), load and peak RSS over real news text.

    nice -n 10 python bench/quotes.py --n-polnear 200 --repeat 3

Two article sets: "seed-sized" (the shared seeds and the demo corpus's plain-text articles, several
languages, ~2,000 characters) and "polnear" (the first PolNeAR documents: English political news,
~4,000 characters, dense with attributions). Each is timed in both modes of the `quote_parser` setting:
"accurate" (rules + spaCy parse of the sentences that hold a learned cue) and "fast" (rules only).
With `--processes N` (default 2) each set is also run by N forked workers sharing it: the wall-clock
articles/s on N cores, the figure the issue's "200 articles/s on 2 cores" asks for (fair only on an idle machine).
Sentences and entity mentions are computed once before timing (they belong to other stages); the timed
loop runs only the quotes stage, as the pipeline does; the sentences the parse path parses are counted. The
machine is shared, so CPU seconds (`time.process_time`) are the fairer measure; the load average is printed
beside them. Not a test: it prints JSON.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

import click

from storyline.model import Article
from storyline.pipeline import freeze_loaded, registered_stages
from storyline.quotes import quote_stage


def _load(seeds: Path, examples: Path, polnear: Path, n_polnear: int) -> dict[str, list[Article]]:
    articles: list[Article] = []
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        articles.append(Article(text=path.read_text(encoding="utf-8"), source=str(path)))
    for path in sorted((examples / "corpus" / "text").glob("*.txt")) if examples.is_dir() else []:
        try:
            articles.append(Article(text=path.read_text(encoding="utf-8"), source=str(path)))
        except UnicodeDecodeError:  # cp1250/cp1251 demo files are the ingest benchmark's business
            continue
    news: list[Article] = []
    if polnear.is_file() and n_polnear:
        with polnear.open(encoding="utf-8") as fh:
            for line, _ in zip(fh, range(n_polnear), strict=False):
                news.append(Article(text=json.loads(line)["text"], language="en"))
    return {name: group for name, group in (("seed-sized", articles), ("polnear", news)) if group}


def _run_share(articles: list[Article], repeat: int, out: Any) -> None:
    """A forked worker's share: the stage over `articles`, `repeat` times; sends back its CPU seconds."""
    freeze_loaded()  # as the ingest workers do (storyline.ingest.parallel)
    cpu = time.process_time()
    for _ in range(repeat):
        for article in articles:
            quote_stage(article)
    out.send(time.process_time() - cpu)
    out.close()


def _time_processes(articles: list[Article], repeat: int, processes: int) -> dict[str, float | int]:
    """Wall-clock throughput of `processes` forked workers sharing the articles, as a pipeline on that many
    cores runs the stage; the parent has warmed every language up, so the workers inherit loaded models."""
    ctx = multiprocessing.get_context("fork")
    shares = [articles[k::processes] for k in range(processes)]
    pipes = [ctx.Pipe(duplex=False) for _ in shares]
    workers = [
        ctx.Process(target=_run_share, args=(share, repeat, send))
        for share, (_, send) in zip(shares, pipes, strict=True)
    ]
    wall = time.perf_counter()
    for worker in workers:
        worker.start()
    cpu = sum(receive.recv() for receive, _ in pipes)
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - wall
    n = len(articles) * repeat
    return {
        "processes": processes,
        "articles_per_second": round(n / wall, 1),
        "articles_per_cpu_second": round(n / cpu, 1),
    }


def _time(articles: list[Article], repeat: int) -> dict[str, float | int]:
    from storyline.quotes import extract

    first_of_language = {article.language: article for article in reversed(articles)}
    for article in first_of_language.values():  # compile every language's lexicons and load the parser untimed
        quote_stage(article)
    plain = extract.parse_sentences
    parsed = [0]

    def counted(*args: object, **kwargs: object) -> list[tuple[int, object]]:
        found = plain(*args, **kwargs)  # type: ignore[arg-type]
        parsed[0] += len(found)
        return found

    extract.parse_sentences = counted  # counts the sentences the parse path parses
    wall, cpu = time.perf_counter(), time.process_time()
    n_quotes = 0
    for _ in range(repeat):
        for article in articles:
            quote_stage(article)
            n_quotes += len(article.spans("quote"))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    extract.parse_sentences = plain
    n = len(articles) * repeat
    return {
        "articles": n,
        "quotes": n_quotes,
        "wall_seconds": round(wall, 3),
        "articles_per_second": round(n / wall, 1),
        "articles_per_cpu_second": round(n / cpu, 1),
        "sentences_parsed_per_article": round(parsed[0] / n, 2),
    }


@click.command()
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("../shared/seeds"))
@click.option("--examples", type=click.Path(path_type=Path), default=Path("examples"))
@click.option(
    "--polnear", "polnear", type=click.Path(path_type=Path), default=Path("../shared/eval/polnear/documents.jsonl")
)
@click.option("--n-polnear", default=200, show_default=True, help="PolNeAR documents to add.")
@click.option("--repeat", default=3, show_default=True, help="Timed passes over each article set.")
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Also time this many forked workers sharing each set (wall-clock articles/s on that many cores; 1: skip).",
)
def main(seeds: Path, examples: Path, polnear: Path, n_polnear: int, repeat: int, processes: int) -> None:
    """Time the quotes stage alone, per article set and parser mode; print JSON."""
    groups = _load(seeds, examples, polnear, n_polnear)
    if not groups:
        sys.exit("no input: pass --seeds, --examples or --polnear")
    import storyline.entities
    import storyline.language
    import storyline.sentences  # noqa: F401
    from storyline.quotes import extract

    stages = registered_stages()
    for articles in groups.values():
        for article in articles:
            if not article.language:
                stages["language"].func(article)
            stages["sentences"].func(article)
            stages["mentions"].func(article)
    results: dict[str, dict[str, object]] = {}
    for mode in ("accurate", "fast"):
        os.environ["STORYLINE_QUOTE_PARSER"] = mode
        extract._parse_enabled.cache_clear()
        for name, articles in groups.items():
            results[f"{name}/{mode}"] = {
                "mean_chars": round(sum(len(a.text) for a in articles) / len(articles)),
                **_time(articles, repeat),
            }
            if processes > 1 and "fork" in multiprocessing.get_all_start_methods():
                results[f"{name}/{mode}"]["on_cores"] = _time_processes(articles, repeat, processes)
    langs: dict[str, int] = {}
    for articles in groups.values():
        for a in articles:
            langs[a.language or "?"] = langs.get(a.language or "?", 0) + 1
    print(
        json.dumps(
            {
                "stage": "quotes",
                "languages": langs,
                "runs": results,
                "load_average": [round(x, 2) for x in os.getloadavg()],
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
