"""Benchmark of the "quotes" stage: articles/s and peak RSS over real multilingual news text.

    python bench/quotes.py --polnear 200 --repeat 5

Articles: the shared seeds, the demo corpus's plain-text articles and the first PolNeAR documents (English
political news, ~3,300 characters each). Sentences and entity mentions are computed once before timing
(they belong to other stages); the timed loop runs only the quotes stage, as the pipeline does. Not a
test: it prints JSON.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import click

from storyline.model import Article
from storyline.pipeline import registered_stages
from storyline.quotes import quote_stage


def _load(seeds: Path, examples: Path, polnear: Path, n_polnear: int) -> list[Article]:
    articles = []
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        articles.append(Article(text=path.read_text(encoding="utf-8"), source=str(path)))
    for path in sorted((examples / "corpus" / "text").glob("*.txt")) if examples.is_dir() else []:
        try:
            articles.append(Article(text=path.read_text(encoding="utf-8"), source=str(path)))
        except UnicodeDecodeError:  # cp1250/cp1251 demo files are the ingest benchmark's business
            continue
    if polnear.is_file() and n_polnear:
        with polnear.open(encoding="utf-8") as fh:
            for line, _ in zip(fh, range(n_polnear), strict=False):
                articles.append(Article(text=json.loads(line)["text"], language="en"))
    return articles


@click.command()
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("../shared/seeds"))
@click.option("--examples", type=click.Path(path_type=Path), default=Path("examples"))
@click.option(
    "--polnear", "polnear", type=click.Path(path_type=Path), default=Path("../shared/eval/polnear/documents.jsonl")
)
@click.option("--n-polnear", default=200, show_default=True, help="PolNeAR documents to add.")
@click.option("--repeat", default=5, show_default=True, help="Timed passes over all articles.")
def main(seeds: Path, examples: Path, polnear: Path, n_polnear: int, repeat: int) -> None:
    """Time the quotes stage alone; print JSON."""
    articles = _load(seeds, examples, polnear, n_polnear)
    if not articles:
        sys.exit("no input: pass --seeds, --examples or --polnear")
    import storyline.entities
    import storyline.language
    import storyline.sentences  # noqa: F401

    stages = registered_stages()
    for article in articles:
        if not article.language:
            stages["language"].func(article)
        stages["sentences"].func(article)
        stages["mentions"].func(article)
    quote_stage(articles[0])  # compile the lexicons before timing
    chars = sum(len(a.text) for a in articles)
    t0 = time.perf_counter()
    n_quotes = 0
    for _ in range(repeat):
        for article in articles:
            quote_stage(article)
            n_quotes += len(article.spans("quote"))
    elapsed = time.perf_counter() - t0
    langs: dict[str, int] = {}
    for a in articles:
        langs[a.language or "?"] = langs.get(a.language or "?", 0) + 1
    print(
        json.dumps(
            {
                "stage": "quotes",
                "articles": len(articles) * repeat,
                "languages": langs,
                "mean_chars": round(chars / len(articles)),
                "quotes": n_quotes,
                "seconds": round(elapsed, 3),
                "articles_per_second": round(len(articles) * repeat / elapsed, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
