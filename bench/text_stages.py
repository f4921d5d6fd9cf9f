"""Benchmark the text stages (clean, language, sentences) and duplicate detection, per article.

    python bench/text_stages.py [--articles 5000] [--chars 3500] [--json] [--quality ../shared/eval]

Articles are generated from the demo corpus (examples/corpus: text files and JSONL records) and, when present,
the shared seeds: each is a random mix of paragraphs of one language (~3.5 kB, the issue's "typical 3-5 kB"),
with a quarter of the words swapped so that articles differ as real ones do, plus 5% exact wire copies, 5%
updated versions and 5% copies with a rewritten intro, as in a real feed. Reports CPU milliseconds per article
for each stage, articles/s over all of them, and peak RSS. Models are loaded before timing starts (their
one-off load time is reported separately).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from storyline.clean import clean  # noqa: E402
from storyline.dedup import DuplicateIndex  # noqa: E402
from storyline.language import language  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.sentences import sentences  # noqa: E402


def sample_texts() -> list[str]:
    """Raw article bodies from the demo corpus and, if present, the shared seeds."""
    texts: list[str] = []
    for path in sorted((REPO / "examples" / "corpus" / "text").glob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:  # the corpus holds cp1250/cp1251 files on purpose; ingest decodes those
            continue
    for path in sorted((REPO / "examples" / "corpus" / "jsonl").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                texts.append(record["text"])
    seeds = REPO.parent / "shared" / "seeds"
    texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))] if seeds.is_dir() else []
    if not texts:
        raise SystemExit("no sample texts found under examples/corpus; run from a full checkout")
    return texts


def paragraph_pools(texts: list[str]) -> list[list[str]]:
    """Body paragraphs grouped by language, so generated articles are monolingual like real ones."""
    pools: dict[str, list[str]] = {}
    for raw in texts:
        article = Article(text=raw, raw_text=raw)
        clean(article)
        language(article)
        lines = [line for line in raw.split("\n") if line.strip()]
        pools.setdefault(article.language or "und", []).extend(lines)
    return [lines for lines in pools.values() if len(lines) >= 4]


def generate(pools: list[list[str]], n: int, target_chars: int, seed: int = 7) -> list[Article]:
    """`n` articles of about `target_chars`: distinct texts, 5% exact copies, 5% updates, 5% near copies."""
    rng = random.Random(seed)
    articles: list[Article] = []
    for i in range(n):
        roll = rng.random()
        if articles and roll < 0.05:
            base = rng.choice(articles)
            articles.append(Article(text=base.raw_text, raw_text=base.raw_text, outlet=f"wire-{i}", title=f"copy {i}"))
            continue
        if articles and roll < 0.10:
            base = rng.choice(articles)
            raw = base.raw_text + f"\nThis article was updated at {i % 24:02d}:00 with new figures.\n"
            articles.append(Article(text=raw, raw_text=raw, outlet=base.outlet, title=base.title))
            continue
        if articles and roll < 0.15:
            base = rng.choice(articles)
            head, _, rest = base.raw_text.partition("\n")
            raw = f"{' '.join(reversed(head.split()))}\n{rest}"  # a wire copy with a rewritten intro
            articles.append(Article(text=raw, raw_text=raw, outlet=f"agency-{i % 7}", title=f"wire {i}"))
            continue
        pool = rng.choice(pools)
        vocabulary = rng.choice(pool).split() + rng.choice(pool).split()
        lines: list[str] = []
        size = 0
        while size < target_chars:
            # A sampled paragraph with a quarter of its words swapped: same language and sentence shapes,
            # but shingles of its own, as two different articles have.
            words = rng.choice(pool).split()
            for k in range(0, len(words), 4):
                words[k] = rng.choice(vocabulary)
            line = " ".join(words)
            lines.append(line)
            size += len(line) + 1
        raw = "\n".join(lines) + f"\nReference {i}: figures checked on day {i % 28 + 1}.\n\n\n"
        articles.append(Article(text=raw, raw_text=raw, outlet=f"outlet-{i % 40}", title=f"article {i}"))
    return articles


def run(n: int, target_chars: int) -> dict[str, float | int]:
    """Time each stage over `n` generated articles; return the figures."""
    started = time.perf_counter()
    pools = paragraph_pools(sample_texts())  # loads fastText and babel month names on the way
    for article in generate(pools, 20, target_chars, seed=1):
        clean(article)
        language(article)
        sentences(article)
    language(Article(text="Krótki tekst."))  # lingua, used for short texts
    load_s = time.perf_counter() - started

    articles = generate(pools, n, target_chars)
    index = DuplicateIndex(0.8)
    steps = {"clean": 0.0, "language": 0.0, "sentences": 0.0, "dedup": 0.0}
    duplicates: dict[str, int] = {}
    chars = 0
    wall = time.perf_counter()
    for article in articles:
        t0 = time.process_time()
        clean(article)
        t1 = time.process_time()
        language(article)
        t2 = time.process_time()
        sentences(article)
        t3 = time.process_time()
        found = index.link(article)
        index.add(article)
        t4 = time.process_time()
        steps["clean"] += t1 - t0
        steps["language"] += t2 - t1
        steps["sentences"] += t3 - t2
        steps["dedup"] += t4 - t3
        chars += len(article.raw_text)
        if found is not None:
            duplicates[found.kind] = duplicates.get(found.kind, 0) + 1
    wall_s = time.perf_counter() - wall
    cpu_s = sum(steps.values())
    result: dict[str, float | int] = {
        "articles": n,
        "mean_chars": round(chars / n),
        "model_load_s": round(load_s, 2),
        **{f"{name}_ms": round(1000 * s / n, 3) for name, s in steps.items()},
        "total_cpu_ms": round(1000 * cpu_s / n, 3),
        "articles_per_cpu_s": round(n / cpu_s, 1),
        "articles_per_wall_s": round(n / wall_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    result.update({f"duplicates_{kind}": count for kind, count in sorted(duplicates.items())})
    return result


def quality(eval_dir: Path) -> dict[str, float | int]:
    """Language-id accuracy (slavicner, semeval8) and sentence-boundary P/R (meantime) on the shared eval data."""
    from storyline.language import detect_language
    from storyline.sentences import split_sentences

    result: dict[str, float | int] = {}
    labelled: list[tuple[str, str]] = []
    for line in (eval_dir / "slavicner" / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        labelled.append((record["text"], record["lang"]))
    result["slavicner_docs"] = len(labelled)
    result["slavicner_language_accuracy"] = round(
        sum(detect_language(t).lang == g for t, g in labelled) / len(labelled), 4
    )
    pairs = [
        json.loads(line) for line in (eval_dir / "semeval8" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts = [(p[f"text{k}"], p[f"lang{k}"]) for p in pairs for k in "12"]
    result["semeval8_texts"] = len(texts)
    result["semeval8_language_accuracy"] = round(sum(detect_language(t).lang == g for t, g in texts) / len(texts), 4)
    tp = fp = fn = 0
    for line in (eval_dir / "meantime" / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        starts: dict[int, int] = {}
        for _token, sentence, start, _end in record["tokens"]:
            starts.setdefault(sentence, start)
        gold = {s for s in starts.values() if s > 0}
        found = {s for s, _ in split_sentences(record["text"], "en") if s > 0}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    result["meantime_sentence_precision"] = round(tp / (tp + fp), 4)
    result["meantime_sentence_recall"] = round(tp / (tp + fn), 4)
    return result


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="how many articles to generate (default 5000)")
    parser.add_argument("--chars", type=int, default=3500, help="approximate article size (default 3500)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--quality", type=Path, metavar="EVAL_DIR", help="also score language id and sentences on ../shared/eval"
    )
    args = parser.parse_args()
    result = run(args.articles, args.chars)
    if args.quality:
        result.update(quality(args.quality))
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>30}: {value}")


if __name__ == "__main__":
    main()
